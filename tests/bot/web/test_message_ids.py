"""Contract § 4: `metadata.message_id` – the same id from the same sender is answered once, and
a repeat gets the same answer again (a retry after a lost connection, a double tap, two
requests racing). On both databases."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session
from starlette.testclient import TestClient

from bot.service import Lotse
from bot.storage.conversations import sender_hash
from bot.storage.tables import ConversationRow, MessageReceiptRow, MessageRow
from bot.web.app import create_app
from tests.conftest import TUESDAY_AFTERNOON

SECRET = b"test-secret-key-for-hashing"  # the make_lotse factory's


@pytest.fixture
def app(db_engine: Engine, make_lotse: Callable[..., Lotse]) -> Iterator[TestClient]:
    with TestClient(create_app(make_lotse(db_engine)), raise_server_exceptions=False) as client:
        yield client


def say(client: TestClient, sender: str, text: str, message_id: object = None) -> list[dict]:  # type: ignore[type-arg]
    body: dict[str, object] = {"sender": sender, "message": text}
    if message_id is not None:
        body["metadata"] = {"message_id": message_id}
    response = client.post("/webhooks/rest/webhook", json=body)
    assert response.status_code == 200, response.text
    return list(response.json())


def user_lines(engine: Engine, sender: str) -> list[str]:
    key = sender_hash(SECRET, "web", sender)
    with Session(engine) as session:
        return list(session.scalars(select(MessageRow.text).join(ConversationRow).where(
            ConversationRow.sender_hash == key, MessageRow.role == "user")
            .order_by(MessageRow.id)))


def test_a_repeated_id_gets_the_same_answer_and_no_second_turn(app: TestClient,
                                                               db_engine: Engine) -> None:
    say(app, "ida", "hallo", "m1")
    first = say(app, "ida", "hab schulden", "m2")
    again = say(app, "ida", "hab schulden", "m2")
    assert again == first
    assert user_lines(db_engine, "ida") == ["hallo", "hab schulden"]
    say(app, "ida", "hab schulden", 3)  # a new id (a number, as some clients send) is a turn
    assert user_lines(db_engine, "ida") == ["hallo", "hab schulden", "hab schulden"]
    assert say(app, "otto", "hab schulden", "m2") != []  # ids belong to their sender
    assert user_lines(db_engine, "otto") == ["hab schulden"]


def test_without_an_id_every_message_is_a_turn(app: TestClient, db_engine: Engine) -> None:
    say(app, "bea", "hallo")
    say(app, "bea", "hallo")
    assert user_lines(db_engine, "bea") == ["hallo", "hallo"]


def test_racing_twins_are_one_turn(app: TestClient, db_engine: Engine,
                                   caplog: pytest.LogCaptureFixture) -> None:
    say(app, "cem", "hallo", "a")
    answers: list[list[dict]] = []  # type: ignore[type-arg]
    lock = threading.Lock()

    def twin() -> None:
        found = say(app, "cem", "ich bin 17", "b")
        with lock:
            answers.append(found)

    threads = [threading.Thread(target=twin) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert len(answers) == 6 and all(a == answers[0] for a in answers), answers
    assert user_lines(db_engine, "cem") == ["hallo", "ich bin 17"]
    # the twins look for the receipt under the sender's lock: no second turn ran and failed
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING], caplog.text


def test_crisis_help_is_never_held_back_by_an_id(app: TestClient) -> None:
    first = say(app, "dora", "ich will nicht mehr leben", "x")
    again = say(app, "dora", "ich will nicht mehr leben", "x")  # answered again: help twice
    assert "TelefonSeelsorge" in json.dumps(first, ensure_ascii=False)
    assert "TelefonSeelsorge" in json.dumps(again, ensure_ascii=False)


def test_receipts_go_with_deletion_and_after_a_day(app: TestClient, db_engine: Engine,
                                                   make_lotse: Callable[..., Lotse]) -> None:
    say(app, "emil", "hallo", "e1")
    say(app, "fred", "hallo", "f1")
    say(app, "emil", "/loeschen", "e2")
    say(app, "emil", "ja", "e3")
    with Session(db_engine) as session:
        left = set(session.scalars(select(MessageReceiptRow.message_id)))
    assert "e1" not in left and "f1" in left
    with Session(db_engine) as session, session.begin():
        session.execute(update(MessageReceiptRow).values(
            created_at=TUESDAY_AFTERNOON - timedelta(days=2)))
    make_lotse(db_engine).purge_expired()
    with Session(db_engine) as session:
        assert session.scalar(select(func.count()).select_from(MessageReceiptRow)) == 0
