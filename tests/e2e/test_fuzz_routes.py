"""Hostile bodies against every POST route of the real app (the route table is read from the
app, so a new route is covered without touching this file): huge numbers, deep nesting, NaN,
wrong content types (multipart with and without boundary, broken multipart, form bodies that
are not UTF-8, text, none), oversized bodies (with and without a length) – each sent by a
stranger, by a signed-in member of staff without and with the CSRF token, with the Telegram
secret. Never a 5xx; the HTML areas answer with a German page, the JSON endpoints with their
friendly JSON; afterwards a conversation, the staff sessions and the stored data are intact.
The chat alone gets 10,000 more in tests/e2e/test_fuzz_chat.py.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session
from starlette.testclient import TestClient

from bot.rate_limit import RateLimiter
from bot.reference import Reference
from bot.service import Lotse
from bot.storage.accounts import AccountRepository
from bot.storage.database import make_engine, make_sessionmaker, upgrade
from bot.storage.tables import HandoffRow, OrganisationRow, UserRow
from bot.telegram.channel import TelegramChannel, build_application
from bot.telegram.webhook import PATH as TELEGRAM_PATH
from bot.telegram.webhook import SECRET_HEADER
from bot.web.app import create_app
from bot.web.berater import Inbox
from tests.bot.telegram.fake_bot_api import TOKEN, FakeBotApi
from tests.conftest import PG_URL, _reset_postgres, skip_or_fail
from tests.e2e.routes import Endpoint, post_endpoints

PASSWORD = "Kq7!vorsichtig-Feldweg-93"
TELEGRAM_SECRET = "fuzz-webhook-secret_7"
GENERATED = 400  # hypothesis examples over all routes, states and content types
FUZZ = settings(deadline=None, database=None, derandomize=True, max_examples=GENERATED,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])
JSON, FORM, TEXT = "application/json", "application/x-www-form-urlencoded", "text/plain"


def multipart(*parts: bytes, boundary: bytes = b"b0undary") -> bytes:
    return b"".join(b"--" + boundary + b"\r\n" + p + b"\r\n" for p in parts) + b"--" + boundary + b"--\r\n"


FIELD = b'Content-Disposition: form-data; name="email"\r\n\r\na@b.example'
UPLOAD = b'Content-Disposition: form-data; name="file"; filename="x.csv"\r\nContent-Type: text/csv\r\n\r\na;b\n1;2'
MP = "multipart/form-data; boundary=b0undary"
# (name, content type or None, body): the findings of issue 14 and their relatives
HOSTILE: list[tuple[str, str | None, bytes]] = [
    ("int of 5,000 digits", JSON, b'{"sender": "s", "message": ' + b"1" * 5000 + b"}"),
    ("int of 4,301 digits in a profile", JSON, b'{"age": ' + b"9" * 4301 + b', "needs": ["greet"]}'),
    ("update id of 5,000 digits", JSON, b'{"update_id": ' + b"7" * 5000 + b"}"),
    ("20,000 nested arrays", JSON, b"[" * 20_000 + b"]" * 20_000),
    ("10,000 nested objects", JSON, b'{"a":' * 10_000 + b"1" + b"}" * 10_000),
    ("deep inside a message", JSON, b'{"sender": "s", "message": "x", "metadata": ' + b"[" * 5000 + b"]" * 5000 + b"}"),
    ("NaN", JSON, b'{"sender": "s", "message": NaN, "update_id": Infinity}'),
    ("garbage as JSON", JSON, b"\xff\xfe{garbage"),
    ("empty JSON", JSON, b""),
    ("JSON to a form", JSON, b'{"email": "a@b.example", "password": "x"}'),
    ("multipart", MP, multipart(FIELD, UPLOAD)),
    ("multipart file first", MP, multipart(UPLOAD, FIELD)),
    ("multipart without boundary", "multipart/form-data", multipart(FIELD)),
    ("multipart ;boundary= without space", "multipart/form-data;boundary=b0undary", multipart(FIELD)),
    ("multipart quoted boundary", 'multipart/form-data; boundary="b0undary"', multipart(FIELD)),
    ("multipart empty boundary", "multipart/form-data; boundary=", multipart(FIELD)),
    ("multipart broken", MP, b"--b0undary\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--b0undary\r\nbroken"),
    ("multipart not multipart", MP, b"sender=a&message=b"),
    ("multipart 2,000 fields", MP, multipart(*[b'Content-Disposition: form-data; name="f%d"\r\n\r\nv' % i for i in range(2000)])),
    ("form not UTF-8", FORM, b"email=\xff\xfe&password=\xc0"),
    ("form with 3,000 fields", FORM, b"&".join(b"f%d=v" % i for i in range(3000))),
    ("form with a number of 5,000 digits", FORM, b"age=" + b"9" * 5000),
    ("text", TEXT, "hallo 🙂 ich will nicht mehr leben".encode()),
    ("no content type", None, b"x=1"),
    ("odd content type", "application/x-evil; boundary=\x00", b"\x00\x01"),
    ("70 KB", JSON, b'{"sender": "s", "message": "' + b"a" * 70_000 + b'"}'),
    ("70 KB form", FORM, b"email=" + b"a" * 70_000),
]
OVERSIZED = 7 * 1024 * 1024  # above every limit, also /lotsen's upload limit


@dataclass
class Target:
    """The real app with Telegram, an inbox counsellor and a coordinator, on one database."""

    client: TestClient  # a stranger (cookies cleared before every request)
    staff: TestClient  # signed in to /berater and /lotsen
    tokens: dict[str, str]  # CSRF token of each staff area
    routes: list[Endpoint]
    sessions: Any

    def post(self, route: Endpoint, state: str, content_type: str | None, body: Any) -> httpx.Response:
        headers = {SECRET_HEADER: TELEGRAM_SECRET}
        if content_type is not None:
            headers["content-type"] = content_type
        client = self.staff
        if state == "stranger":
            client = self.client
            client.cookies.clear()
        elif state == "staff with token":
            area = "/" + route.path.split("/")[1]
            if area in self.tokens:
                headers["x-csrftoken"] = self.tokens[area]
        return client.post(route.url(), content=body, headers=headers, follow_redirects=False)

    def counts(self) -> tuple[int, ...]:
        with self.sessions() as session:
            return tuple(session.scalar(select(func.count()).select_from(t)) or 0
                         for t in (UserRow, OrganisationRow, HandoffRow))


STATES = ("stranger", "staff without token", "staff with token")


def _token(client: TestClient, path: str) -> str:
    match = re.search(r'name="csrftoken" value="([^"]+)"', client.get(path).text)
    assert match, path
    return match.group(1)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def target(request: pytest.FixtureRequest, reference: Reference,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    if request.param == "sqlite":
        engine: Engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('routes') / 'f.sqlite3'}")
    else:
        if not PG_URL:
            skip_or_fail("PostgreSQL tests need LOTSE_TEST_DATABASE_URL")
        engine = make_engine(PG_URL)
        _reset_postgres(engine)
    upgrade(engine)
    with Session(engine) as session, session.begin():
        session.add_all([OrganisationRow(id="beratung", name="Beratung", offer_ids=[]),
                         OrganisationRow(id="lotsen", name="Lotsen", offer_ids=[], regions=["15085"])])
        session.flush()
        accounts = AccountRepository(session)
        accounts.add_user(org_id="beratung", email="ana@beratung.example", password=PASSWORD)
        accounts.add_user(org_id="lotsen", email="lotse@harz.example", password=PASSWORD,
                          role="coordinator")
    sessions = make_sessionmaker(engine)
    fuzzy = reference.fuzzy_backend()
    lotse = Lotse(sessions=sessions, nlu=fuzzy, fallback_nlu=fuzzy, offers=reference.offers,
                  places=reference.places, secret=b"fuzz-secret-key-0123",
                  limiter=RateLimiter("1000000/minute"))
    api = FakeBotApi().start()
    channel = TelegramChannel(lotse, build_application(TOKEN, api_url=api.base_url, overall_max_rate=0),
                              secret_token=TELEGRAM_SECRET, webhook_url=None, polling=False,
                              retry_delays=(0.05,))
    app = create_app(lotse, inbox=Inbox(sessions), telegram=channel)
    # one lifespan (background jobs, the Telegram channel) for the app; the staff's client
    # only sends requests
    staff = TestClient(app, raise_server_exceptions=False)
    with TestClient(app, raise_server_exceptions=False) as client:
        tokens = {}
        for area, email in (("/berater", "ana@beratung.example"), ("/lotsen", "lotse@harz.example")):
            signed = staff.post(f"{area}/login", data={"email": email, "password": PASSWORD,
                                                       "csrftoken": _token(staff, f"{area}/login")},
                                follow_redirects=False)
            assert signed.status_code == 303, signed.text
            tokens[area] = _token(staff, f"{area}/")
        yield Target(client, staff, tokens, post_endpoints(app), sessions)
    api.stop()
    engine.dispose()


def problem(route: Endpoint, response: httpx.Response) -> str | None:
    """What is wrong with an answer to a hostile body; None if it is a friendly one."""
    text, kind = response.text, response.headers.get("content-type", "")
    if response.status_code >= 500:
        return f"{response.status_code}: {text[:200]}"
    if "Traceback" in text or "Internal Server Error" in text:
        return f"a stack trace or bare error: {text[:200]}"
    if response.status_code in (204, 303):
        return None
    if route.html:
        if not kind.startswith("text/html") or not re.search(r"<html lang=\"?de", text):
            return f"not a German page ({response.status_code} {kind}): {text[:200]}"
        return None
    if not kind.startswith("application/json"):
        return f"not JSON ({response.status_code} {kind}): {text[:200]}"
    body = response.json()
    if response.status_code >= 400 and not (isinstance(body, dict) and body.get("message")):
        return f"an error without a friendly message: {text[:200]}"
    return None


def test_every_post_route_is_found(target: Target) -> None:
    paths = {r.path for r in target.routes}
    assert {"/webhooks/rest/webhook", "/api/match", TELEGRAM_PATH, "/berater/login",
            "/berater/f/{handoff_id}/{action}", "/lotsen/import", "/z/{token}"} <= paths
    assert len(paths) >= 15


def test_hostile_bodies_on_every_post_route(target: Target) -> None:
    """Every route × every hostile body × stranger / staff / staff with CSRF token."""
    failures = []
    for route in target.routes:
        for state in STATES:
            if state == "staff with token" and route.path.endswith("/logout"):
                continue  # would end the session the other states need; strangers try it
            for name, content_type, body in HOSTILE:
                found = problem(route, target.post(route, state, content_type, body))
                if found:
                    failures.append(f"POST {route.path} [{state}] {name}: {found}")
        for name, content_type, body in [("7 MB", JSON, b"[" + b"1," * (OVERSIZED // 2) + b"1]"),
                                         ("7 MB without a length", FORM,
                                          iter([b"a=" + b"x" * 65_536] * 110))]:
            found = problem(route, target.post(route, "staff with token", content_type, body))
            if found:
                failures.append(f"POST {route.path} {name}: {found}")
    assert not failures, f"{len(failures)} unfriendly answers:\n" + "\n".join(failures[:40])


CONTENT_TYPES = [JSON, FORM, TEXT, MP, "multipart/form-data", "multipart/form-data; boundary=x",
                 'multipart/form-data; boundary="b0undary"; charset=latin-1', None, "",
                 "application/json; charset=utf-16", "image/png"]
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=15)
form_pairs = st.lists(st.tuples(st.sampled_from(["email", "password", "csrftoken", "answer", "note",
                                                 "status", "file", "round", "region", "x"]),
                                st.text(max_size=40)), max_size=6)
bodies = st.one_of(
    st.binary(max_size=400),
    json_values.map(lambda v: json.dumps(v).encode()),
    form_pairs.map(lambda pairs: "&".join(f"{k}={v}" for k, v in pairs).encode("utf-8", "surrogatepass")),
    form_pairs.map(lambda pairs: multipart(*[f'Content-Disposition: form-data; name="{k}"\r\n\r\n{v}'.encode(
        "utf-8", "surrogatepass") for k, v in pairs])),
    st.tuples(st.integers(1, 200), st.sampled_from([b"[", b'{"a":', b"1", b"-9"])).map(
        lambda n_piece: n_piece[1] * n_piece[0] * 30),
)


@settings(FUZZ)
@given(data=st.data(), state=st.sampled_from(STATES), content_type=st.sampled_from(CONTENT_TYPES),
       body=bodies)
def test_generated_bodies_on_every_post_route(target: Target, data: st.DataObject, state: str,
                                              content_type: str | None, body: bytes) -> None:
    route = data.draw(st.sampled_from(target.routes), label="route")
    if state == "staff with token" and route.path.endswith("/logout"):
        state = "stranger"
    found = problem(route, target.post(route, state, content_type, body))
    assert found is None, f"POST {route.path} [{state}]: {found}"


def test_nothing_lost_after_the_hostile_bodies(target: Target) -> None:
    """Runs after the fuzzing (file order): sessions still hold, a chat still goes on."""
    say: Callable[[str], list[dict[str, Any]]] = lambda text: target.client.post(  # noqa: E731
        "/webhooks/rest/webhook", json={"sender": "anchor", "message": text}).json()
    assert say("hi ich suche ein praktikum in quedlinburg")[-1]["custom"]["expects"] == "age"
    assert say("16")[-1]["custom"]["expects"] != "age"
    for area in ("/berater/", "/lotsen/"):
        assert target.staff.get(area, follow_redirects=False).status_code == 200, area
    users, organisations, handoffs = target.counts()
    assert (users, organisations, handoffs) == (2, 2, 0)
    assert target.client.get("/healthz").json()["status"] == "ok"
