"""The web chat's history (GET /webhooks/rest/history, bot/web/history.py) brings offer and crisis
cards back as the live answer had them (issue 16), leaves out the widget's opening messages,
and goes with deletion and retention."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import schemathesis
from sqlalchemy import Engine, func, select
from starlette.testclient import TestClient

from bot.service import Lotse
from bot.storage.database import make_sessionmaker
from bot.storage.tables import MessageRow
from bot.web.app import create_app

SENDER = "web-7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f"


@pytest.fixture
def client(db_engine: Engine, make_lotse: Callable[..., Lotse]) -> Iterator[TestClient]:
    with TestClient(create_app(make_lotse(db_engine)), raise_server_exceptions=False) as client:
        yield client


def say(client: TestClient, *texts: str, sender: str = SENDER) -> list[dict[str, Any]]:
    """The live answers to every message, one after the other (each with its message id)."""
    answers: list[dict[str, Any]] = []
    for text in texts:
        response = client.post("/webhooks/rest/webhook", json={
            "sender": sender, "message": text,
            "metadata": {"message_id": f"m-{len(answers)}-{text[:20]}"}})
        assert response.status_code == 200, response.text
        answers.extend(response.json())
    return answers


def history(client: TestClient, sender: str = SENDER) -> list[dict[str, Any]]:
    found = client.get("/webhooks/rest/history", params={"sender": sender})
    assert found.status_code == 200
    return list(found.json()["messages"])


def without_open_now(offers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in offer.items() if k != "open_now"} for offer in offers]


def test_offer_and_crisis_cards_come_back_as_the_live_answer_had_them(
        client: TestClient, db_engine: Engine) -> None:
    live = say(client, "/start", "ich hab schulden wegen meinem handyvertrag", "16", "Quedlinburg",
               "ich will nicht mehr leben")
    with_cards = [m for m in live if m["custom"].get("offers") or m["custom"].get("crisis")]
    offers = [m for m in live if m["custom"].get("offers")]
    assert len(offers) == 2 and any(m["custom"].get("crisis") for m in offers)
    restored = [m for m in history(client) if m["role"] == "bot"]
    # every bot line with its text as shown, and the cards where it had some
    assert [m["text"] for m in restored] == [m["text"] for m in live]
    assert [m.get("custom") for m in restored if m.get("custom")] == [
        {**{k: v for k, v in m["custom"].items() if k in {"language", "crisis"}},
         **({"offers": without_open_now(m["custom"]["offers"])} if m["custom"].get("offers") else {})}
        for m in with_cards]
    crisis = next(m for m in restored if m.get("custom", {}).get("crisis") and m["custom"].get("offers"))
    assert crisis["custom"]["language"] == "de"
    assert all(card["contact"].get("phone") or card["contact"].get("chat")
               for card in crisis["custom"]["offers"])  # tap to call or write, as shown
    assert not any("open_now" in card for m in restored for card in m.get("custom", {}).get("offers", []))
    # the counsellor's transcript still names the cards in its line
    with make_sessionmaker(db_engine)() as session:
        lines = list(session.scalars(select(MessageRow.text)))
    assert any(line.startswith("Für „Geld und Schulden“") and "\nAngebote: " in line for line in lines)
    assert any("\nKrisenhilfe: " in line for line in lines)


def test_a_start_topic_is_no_line_of_the_persons(client: TestClient) -> None:
    say(client, "/seek_internship")
    assert [m["role"] for m in history(client)] == ["bot"] * len(history(client))
    # the same words tapped later are the person's own
    other = SENDER[:-4] + "aaaa"
    answer = say(client, "/start", sender=other)
    payload = next(b["payload"] for m in answer for b in m.get("buttons", [])
                   if b["title"] == "Praktikum finden")
    say(client, payload, sender=other)
    assert [m["text"] for m in history(client, other) if m["role"] == "user"] == ["Praktikum finden"]


def test_the_cards_go_with_deletion_and_retention(
        client: TestClient, db_engine: Engine, make_lotse: Callable[..., Lotse]) -> None:
    def kept_cards() -> int:
        with make_sessionmaker(db_engine)() as session:
            return session.scalar(select(func.count()).select_from(MessageRow)
                                  .where(MessageRow.custom.is_not(None))) or 0

    say(client, "/start", "ich will nicht mehr leben")
    other = SENDER[:-4] + "bbbb"
    say(client, "/start", "ich hab schulden wegen meinem handyvertrag", "16", "Quedlinburg",
        sender=other)
    assert any(m.get("custom", {}).get("offers") for m in history(client))
    both = kept_cards()
    assert both > 1
    say(client, "lösch alles über mich", "ja")
    assert history(client) == []
    assert 0 < kept_cards() < both  # the other person's are still there
    # the lines are stamped with the real time (utcnow): retention runs a day past its days
    later = make_lotse(db_engine, now=datetime.now(UTC) + timedelta(days=Lotse.retention_days + 1))
    later.purge_expired()
    assert kept_cards() == 0 and history(client, other) == []


def test_a_history_with_cards_conforms_to_the_openapi_document(
        db_engine: Engine, make_lotse: Callable[..., Lotse]) -> None:
    app = create_app(make_lotse(db_engine))
    with TestClient(app, raise_server_exceptions=False) as client:
        say(client, "/start", "ich will nicht mehr leben")
        found = client.get("/webhooks/rest/history", params={"sender": SENDER})
        assert any(m.get("custom", {}).get("offers") for m in found.json()["messages"])
        schemathesis.openapi.from_asgi("/openapi.json", app)["/webhooks/rest/history"]["GET"] \
            .validate_response(found)
