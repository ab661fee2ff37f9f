"""Hostile input, generated: 10,000 messages and bodies against the chat endpoint.

Hypothesis sends 6,000 hostile chat messages (any Unicode incl. lone surrogates, control and
direction characters, markup, SQL, huge and empty strings, command look-alikes) from a small
crowd of senders, and 4,000 arbitrary bodies (any JSON value, wrong types, raw bytes). The
endpoint must answer every one with 200 or a 4xx JSON error – never a 5xx – and a
conversation that runs alongside must be intact afterwards.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine
from starlette.testclient import TestClient

from bot.rate_limit import RateLimiter
from bot.service import Lotse
from bot.web.app import create_app

URL = "/webhooks/rest/webhook"
MESSAGES = 6_000
BODIES = 4_000
FUZZ = settings(deadline=None, database=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])

HOSTILE_SNIPPETS = [
    "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'; DROP TABLE messages; --",
    "{{7*7}}", "${jndi:ldap://x}", "../../etc/passwd", "\u202egnp.exe", "\x00\x01\x1b[31m",
    "/start", "/loeschen", "/auskunft", "/restart", "/choose{\"x\":", "/help@lotse_bot",
    "ja", "nein", "17", "06484", "ich will nicht mehr leben", "🙂" * 50, "ẞ" * 30,
    "\ud800", "\udfff", "\ufeff", "a" * 2001, "\n" * 500, "  ", "",
]
messages = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec=None, min_codepoint=0, max_codepoint=0x10FFFF),
            max_size=120),
    st.sampled_from(HOSTILE_SNIPPETS),
    st.lists(st.sampled_from(HOSTILE_SNIPPETS), min_size=1, max_size=6).map(" ".join),
    st.text(alphabet="0123456789/{}[]\"':,.-", max_size=40),
)
senders = st.one_of(st.sampled_from(["s1", "s2", "s3", "fuzz-ü", "x" * 200]),
                    st.text(min_size=1, max_size=50))
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10),
                                                                      children, max_size=5),
    max_leaves=20,
)
bodies = st.one_of(
    json_values.map(lambda v: json.dumps(v).encode()),
    st.fixed_dictionaries({"sender": json_values, "message": json_values}).map(
        lambda v: json.dumps(v).encode()),
    st.binary(max_size=300),
)


@pytest.fixture(scope="module")
def fuzz_client(reference, tmp_path_factory) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    from bot.storage.database import make_engine, make_sessionmaker, upgrade

    engine: Engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'fuzz.sqlite3'}")
    upgrade(engine)
    fuzzy = reference.fuzzy_backend()
    lotse = Lotse(sessions=make_sessionmaker(engine), nlu=fuzzy, fallback_nlu=fuzzy,
                  offers=reference.offers, places=reference.places, secret=b"fuzz-secret-key-0123",
                  limiter=RateLimiter("1000000/minute"))
    with TestClient(create_app(lotse), raise_server_exceptions=False) as client:
        yield client
    engine.dispose()


def _check(response) -> None:  # type: ignore[no-untyped-def]
    assert response.status_code < 500, response.text
    body = response.json()  # always JSON, never a stack trace
    assert "Traceback" not in response.text
    if response.status_code == 200:
        assert isinstance(body, list) and body and all(m["text"] for m in body)
    else:
        assert body["message"]


def _say(client: TestClient, sender: str, text: str) -> list[dict]:  # type: ignore[type-arg]
    response = client.post(URL, json={"sender": sender, "message": text})
    _check(response)
    return response.json()


@pytest.fixture(scope="module")
def anchor(fuzz_client: TestClient) -> Callable[[], list[dict]]:  # type: ignore[type-arg]
    """A real conversation, started before the fuzzing; continued after it."""
    first = _say(fuzz_client, "anchor", "hi ich suche ein praktikum in quedlinburg")
    assert first[-1]["custom"]["expects"] == "age"
    return lambda: _say(fuzz_client, "anchor", "16")


@settings(FUZZ, max_examples=MESSAGES)
@given(sender=senders, text=messages)
def test_hostile_messages(fuzz_client: TestClient, anchor, sender: str, text: str) -> None:  # type: ignore[no-untyped-def]
    response = fuzz_client.post(URL, content=json.dumps({"sender": sender, "message": text}),
                                headers={"content-type": "application/json"})
    _check(response)


@settings(FUZZ, max_examples=BODIES)
@given(body=bodies)
def test_hostile_bodies(fuzz_client: TestClient, body: bytes) -> None:
    response = fuzz_client.post(URL, content=body, headers={"content-type": "application/json"})
    _check(response)


def test_state_intact_after_fuzzing(fuzz_client: TestClient, anchor) -> None:  # type: ignore[no-untyped-def]
    """Runs after the fuzz tests (file order): the anchor conversation goes on where it was."""
    replies = anchor()
    assert replies[-1]["custom"]["expects"] != "age"  # 16 was taken as the answer to "how old"
    assert "16" in " ".join(m["text"] for m in _say(fuzz_client, "anchor", "/auskunft"))
    assert fuzz_client.get("/healthz").json()["status"] == "ok"
