"""Embedding (bot/web/embedding.py, LOTSE_WIDGET_ORIGINS): CORS only for the allowed origins,
the widget frame's frame-ancestors, colours within contrast limits, and a sender's history."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import Engine
from starlette.testclient import TestClient

from bot.service import Lotse
from bot.settings import Settings
from bot.web.app import create_app
from bot.web.embedding import DEFAULT_ACCENT, accent_colour, contrast, parse_origins

HOST = "https://www.kreis-beispiel.de"
SENDER = "web-3f2a9c1e-5b7d-4e8f-9a6b-1c2d3e4f5a6b"


@pytest.fixture
def client(sqlite_engine: Engine, make_lotse: Callable[..., Lotse]) -> Iterator[TestClient]:
    app = create_app(make_lotse(sqlite_engine), widget_origins=parse_origins(HOST))
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


def say(client: TestClient, text: str, message_id: str, sender: str = SENDER) -> list[dict]:  # type: ignore[type-arg]
    response = client.post("/webhooks/rest/webhook", json={
        "sender": sender, "message": text, "metadata": {"message_id": message_id}})
    assert response.status_code == 200, response.text
    return list(response.json())


def test_origins_are_a_list_without_wildcards() -> None:
    assert parse_origins("https://A.de/, http://localhost:8080,,") == (
        "https://a.de", "http://localhost:8080")
    assert parse_origins("") == ()
    for bad in ("*", "https://a.de/chat", "a.de", "javascript:alert(1)"):
        with pytest.raises(ValueError):
            parse_origins(bad)
    assert Settings(widget_origins="").widget_origins == ""  # the default: no other website
    assert Settings(widget_origins="https://A.de/ ").widget_origins == "https://a.de"
    with pytest.raises(ValueError, match="no origin"):
        Settings(widget_origins="*")


def test_a_preflight_from_an_allowed_origin_is_answered_and_others_get_no_cors(
        client: TestClient) -> None:
    asked = {"origin": HOST, "access-control-request-method": "POST",
             "access-control-request-headers": "content-type"}
    ok = client.options("/webhooks/rest/webhook", headers=asked)
    assert ok.status_code == 204
    assert ok.headers["access-control-allow-origin"] == HOST
    assert "POST" in ok.headers["access-control-allow-methods"]
    assert "content-type" in ok.headers["access-control-allow-headers"]
    other = client.options("/webhooks/rest/webhook",
                           headers={**asked, "origin": "https://evil.example"})
    assert other.status_code == 403 and "access-control-allow-origin" not in other.headers
    answer = client.post("/webhooks/rest/webhook", headers={"origin": HOST},
                         json={"sender": SENDER, "message": "hallo"})
    assert answer.status_code == 200 and answer.headers["access-control-allow-origin"] == HOST
    foreign = client.post("/webhooks/rest/webhook", headers={"origin": "https://evil.example"},
                          json={"sender": SENDER, "message": "hallo"})
    assert "access-control-allow-origin" not in foreign.headers
    # the history is read by Lotse's own frame only: not even an allowed host page gets it
    # (it may hold the sender id for the frame when third-party storage is blocked)
    history = client.get("/webhooks/rest/history", params={"sender": SENDER},
                         headers={"origin": HOST})
    assert history.status_code == 200 and "access-control-allow-origin" not in history.headers
    preflight = client.options("/webhooks/rest/history", headers={
        "origin": HOST, "access-control-request-method": "GET"})
    assert "access-control-allow-origin" not in preflight.headers


def test_only_the_widget_frame_may_be_framed_and_only_by_the_allowed_origins(
        client: TestClient) -> None:
    frame = client.get("/widget?embed=1&color=%23ffff00&topic=seek_internship&lang=ar")
    assert frame.status_code == 200
    policy = frame.headers["content-security-policy"]
    assert f"frame-ancestors 'self' {HOST};" in policy and "*" not in policy
    assert "x-frame-options" not in frame.headers
    assert f'data-accent="{DEFAULT_ACCENT}"' in frame.text  # yellow: too little contrast
    assert 'data-topic="seek_internship"' in frame.text and 'data-language="ar"' in frame.text
    odd = client.get("/widget?topic=<script>&lang=xx&color=red")
    assert odd.status_code == 200 and 'data-topic=""' in odd.text and 'data-language=""' in odd.text
    page = client.get("/")
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    assert page.headers["x-frame-options"] == "DENY"
    script = client.get("/widget.js")
    assert script.status_code == 200 and "javascript" in script.headers["content-type"]


def test_colours_keep_white_text_readable() -> None:
    assert accent_colour("#1D6B2F") == "#1d6b2f"  # dark green: 6.6 : 1
    assert accent_colour("#ffcc00") == DEFAULT_ACCENT
    assert accent_colour("url(x)") == DEFAULT_ACCENT
    assert contrast(DEFAULT_ACCENT, "#ffffff") >= 4.5
    assert round(contrast("#000000", "#ffffff")) == 21


def test_the_history_is_the_senders_own_and_goes_with_deletion(client: TestClient) -> None:
    first = say(client, "/start", "m1")
    say(client, "ich hab schulden", "m2")
    found = client.get("/webhooks/rest/history", params={"sender": SENDER})
    assert found.status_code == 200 and found.headers["cache-control"] == "no-store"
    lines = found.json()["messages"]
    assert lines[0]["role"] == "bot"  # the widget's "/start" is no line of the person's
    assert lines[0]["text"] == first[0]["text"]
    assert any(line["role"] == "user" and line["text"] == "ich hab schulden" for line in lines)
    assert all(line["at"] for line in lines)
    assert client.get("/webhooks/rest/history",
                      params={"sender": SENDER}).json()["language"] == "de"  # the chat's
    assert client.get("/webhooks/rest/history",
                      params={"sender": SENDER[:-1] + "c"}).json()["messages"] == []
    assert client.get("/webhooks/rest/history", params={"sender": "ida"}).status_code == 422
    assert client.get("/webhooks/rest/history").status_code == 422
    say(client, "lösch alles über mich", "m3")
    reply = say(client, "ja", "m4")
    assert reply and reply[0]["custom"]["deleted"] is True  # the widget forgets the id too
    assert client.get("/webhooks/rest/history", params={"sender": SENDER}).json()["messages"] == []


def test_the_open_quick_replies_come_back_with_the_history(client: TestClient) -> None:
    answer = say(client, "/start", "m1")
    offered = [b for m in answer for b in m.get("buttons", [])]
    found = client.get("/webhooks/rest/history", params={"sender": SENDER}).json()
    assert found["buttons"] == offered


def test_a_topic_from_the_snippet_starts_the_chat_there(client: TestClient) -> None:
    answer = say(client, "/seek_internship", "m1")
    assert answer and answer[0]["text"]


def test_the_launcher_words_follow_the_language(client: TestClient) -> None:
    german = client.get("/webhooks/rest/widget-words", params={"lang": "de-DE"}).json()
    assert german["open"] == "Chat mit Lotse öffnen"
    assert set(client.get("/webhooks/rest/widget-words?lang=zz").json()) == {
        "language", "open", "close", "unread"}
    # the unread count per plural category, for the browser's Intl.PluralRules to pick
    assert german["unread"] == {"one": "{count} neue Nachricht", "other": "{count} neue Nachrichten"}
    russian = client.get("/webhooks/rest/widget-words", params={"lang": "ru"}).json()
    assert russian["language"] == "ru"
    assert russian["unread"] == {"one": "{count} новое сообщение", "few": "{count} новых сообщения",
                                 "many": "{count} новых сообщений"}
    arabic = client.get("/webhooks/rest/widget-words", params={"lang": "ar"}).json()["unread"]
    assert set(arabic) == {"zero", "one", "two", "few", "many", "other"}


def hinted(client: TestClient, text: str, message_id: str, region: object,
           sender: str = SENDER) -> list[dict]:  # type: ignore[type-arg]
    response = client.post("/webhooks/rest/webhook", json={
        "sender": sender, "message": text,
        "metadata": {"message_id": message_id, "region": region}})
    assert response.status_code == 200, response.text
    return list(response.json())


def test_a_kreis_websites_region_hint_routes_to_its_offers(client: TestClient) -> None:
    hinted(client, "ich hab schulden wegen meinem handyvertrag", "m1", "06434")
    answer = hinted(client, "16", "m2", "06434")
    offers = [o for m in answer for o in m.get("custom", {}).get("offers", [])]
    assert offers and {o["region"] for o in offers} <= {"06434", "DE"}
    assert any(o["region"] == "06434" for o in offers)
    assert any("Hochtaunuskreis" in m.get("text", "") for m in answer)  # said, to be corrected


def test_the_persons_own_place_beats_the_region_hint(client: TestClient) -> None:
    answer = hinted(client, "bin 16, wohne in Quedlinburg und hab schulden", "m1", "06434")
    offers = [o for m in answer for o in m.get("custom", {}).get("offers", [])]
    assert offers and {o["region"] for o in offers} <= {"15085", "DE"}


def test_a_region_hint_is_checked_on_the_server(client: TestClient) -> None:
    bad = client.post("/webhooks/rest/webhook", json={
        "sender": SENDER, "message": "hallo", "metadata": {"region": "Hochtaunus"}})
    assert bad.status_code == 422 and bad.json()["detail"]["fields"] == ["metadata.region"]
    assert client.post("/webhooks/rest/webhook", json={
        "sender": SENDER, "message": "hallo", "metadata": {"region": 6434}}).status_code == 422
    # a Kreis the catalogue does not serve (Berlin) is no hint: the place is asked for
    hinted(client, "ich hab schulden", "m1", "11000")
    answer = hinted(client, "16", "m2", "11000")
    assert answer[-1]["custom"]["expects"] == "place"
    frame = client.get("/widget?embed=1&region=06434")
    assert 'data-region="06434"' in frame.text
    for odd in ("11000", "0643", "<b>"):
        assert 'data-region=""' in client.get("/widget", params={"region": odd}).text
