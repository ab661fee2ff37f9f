"""The sender id the host page keeps for the chat's frame is sealed (issue 16): the page and
its scripts cannot open the conversation with it, only the frame unseals it – through an
endpoint without CORS."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import Engine
from starlette.testclient import TestClient

from bot.service import Lotse
from bot.web import sealed_sender
from bot.web.app import create_app
from bot.web.embedding import parse_origins

HOST = "https://www.kreis-beispiel.de"
SENDER = "web-0b6f3c1e-5d2a-4f7e-9a61-2c8d4e5f6a7b"


@pytest.fixture
def client(sqlite_engine: Engine, make_lotse: Callable[..., Lotse]) -> Iterator[TestClient]:
    app = create_app(make_lotse(sqlite_engine), widget_origins=parse_origins(HOST))
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


def test_a_sealed_id_opens_only_with_the_same_secret() -> None:
    token = sealed_sender.seal(b"secret-one-0123456789", SENDER)
    assert token is not None and SENDER not in token
    assert sealed_sender.unseal(b"secret-one-0123456789", token) == SENDER
    assert sealed_sender.unseal(b"secret-two-0123456789", token) is None
    assert sealed_sender.seal(b"secret-one-0123456789", "someone-else") is None  # not a widget id
    assert sealed_sender.unseal(b"secret-one-0123456789", "x" * 60) is None


def test_the_frame_seals_and_unseals_and_no_other_site_reads_the_answer(client: TestClient) -> None:
    sealed = client.post("/widget/seal", json={"sender": SENDER},
                         headers={"origin": HOST})
    assert sealed.status_code == 200 and "access-control-allow-origin" not in sealed.headers
    token = sealed.json()["token"]
    opened = client.post("/widget/unseal", json={"token": token}, headers={"origin": HOST})
    assert opened.json() == {"sender": SENDER}
    # the browser lets a script of the host page read nothing of it: no CORS header, and a
    # preflight for the JSON request is not granted
    assert "access-control-allow-origin" not in opened.headers
    preflight = client.options("/widget/unseal", headers={
        "origin": HOST, "access-control-request-method": "POST",
        "access-control-request-headers": "content-type"})
    assert "access-control-allow-origin" not in preflight.headers
    # the chat endpoint, which the host page may call, knows no conversation by the token
    client.post("/webhooks/rest/webhook", json={"sender": SENDER, "message": "hab schulden"})
    told = client.post("/webhooks/rest/webhook", json={"sender": token, "message": "/auskunft"},
                       headers={"origin": HOST}).json()
    assert "nichts gespeichert" in " ".join(m.get("text", "") for m in told)


@pytest.mark.parametrize("body", [{}, {"token": 5}, {"token": "nope"}, [1], {"sender": "x"}])
def test_anything_else_gets_a_clear_refusal(client: TestClient, body: object) -> None:
    for path in ("/widget/seal", "/widget/unseal"):
        answer = client.post(path, json=body)
        assert answer.status_code == 422 and answer.json()["error"] == "invalid_request"
