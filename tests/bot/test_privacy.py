"""Deletion that deletes, disclosure of what is stored, retention, rate limit, no text in logs."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import Engine, MetaData, func, select, update

from bot.rate_limit import RateLimiter
from bot.service import Lotse
from bot.storage.conversations import sender_hash
from bot.storage.tables import ConversationRow
from tests.conftest import TUESDAY_AFTERNOON


def rows_in_every_table(engine: Engine) -> dict[str, int]:
    """Row counts of every table the migrations created (except Alembic's own and the
    anonymous demand counters, which hold no person and outlive them: tests/bot/stats)."""
    meta = MetaData()
    meta.reflect(engine)
    with engine.connect() as conn:
        return {name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                for name, table in meta.tables.items()
                if name not in {"alembic_version", "demand_counts"}}


def chat(lotse: Lotse, sender: str, *lines: str) -> list[str]:
    texts: list[str] = []
    for line in lines:
        texts = [r.text for r in lotse.handle("web", sender, line)]
    return texts


def test_delete_command_removes_everything_after_one_confirmation(
    db_engine: Engine, make_lotse: Callable[..., Lotse]
) -> None:
    lotse = make_lotse(db_engine)
    chat(lotse, "keep", "hallo", "hab schulden", "17")
    chat(lotse, "gone", "hallo", "hab schulden", "18", "Halberstadt", "ich will nicht mehr leben")
    before = rows_in_every_table(db_engine)
    assert "Soll ich wirklich" in chat(lotse, "gone", "/loeschen")[0]
    assert rows_in_every_table(db_engine) == {t: n + (2 if t == "messages" else 0)
                                              for t, n in before.items()}
    assert "gelöscht" in chat(lotse, "gone", "ja")[0]
    after = rows_in_every_table(db_engine)
    assert after["conversations"] == 1
    # only the other person's conversation is left, in every table
    chat(lotse, "keep", "/loeschen", "ja")
    assert set(rows_in_every_table(db_engine).values()) == {0}


def test_delete_can_be_called_off(db_engine: Engine, make_lotse: Callable[..., Lotse]) -> None:
    lotse = make_lotse(db_engine)
    chat(lotse, "x", "hallo", "hab schulden")
    assert "lösche nichts" in chat(lotse, "x", "lösch meine daten", "nein")[0]
    assert rows_in_every_table(db_engine)["conversations"] == 1


def test_auskunft_shows_what_is_stored_and_stores_nothing_new(
    db_engine: Engine, make_lotse: Callable[..., Lotse]
) -> None:
    lotse = make_lotse(db_engine)
    assert "nichts gespeichert" in chat(lotse, "new", "/auskunft")[0]
    assert rows_in_every_table(db_engine)["conversations"] == 0
    chat(lotse, "me", "hallo", "hab schulden", "17", "Wernigerode")
    before = rows_in_every_table(db_engine)
    text = chat(lotse, "me", "/auskunft")[0]
    assert "Alter: 17" in text and "Wernigerode" in text and "Geld" in text
    assert "Nachrichten" in text and "90 Tage" in text
    assert rows_in_every_table(db_engine) == before


def test_asking_in_words_what_is_stored_is_the_same_as_auskunft(
    db_engine: Engine, make_lotse: Callable[..., Lotse]
) -> None:
    lotse = make_lotse(db_engine)
    chat(lotse, "asks", "hallo", "hab schulden", "17", "Wernigerode")
    assert chat(lotse, "asks", "was weißt du eigentlich über mich?") == chat(lotse, "asks", "/auskunft")
    assert "Wernigerode" in chat(lotse, "asks", "что ты вообще про меня знаешь?")[0]


def test_retention_deletes_only_what_is_older_than_the_limit(
    db_engine: Engine, make_lotse: Callable[..., Lotse]
) -> None:
    lotse = make_lotse(db_engine, now=TUESDAY_AFTERNOON + timedelta(days=91))
    lotse.handle("web", "old", "hallo")
    lotse.handle("web", "recent", "hallo")
    last_active = {"old": TUESDAY_AFTERNOON,  # 91 days before the service's clock
                   "recent": TUESDAY_AFTERNOON + timedelta(days=1, hours=1)}
    table = ConversationRow.__table__
    with db_engine.begin() as conn:
        for sender, when in last_active.items():
            key = sender_hash(b"test-secret-key-for-hashing", "web", sender)
            conn.execute(update(table).where(table.c.sender_hash == key).values(updated_at=when))
    assert lotse.purge_expired() == 1
    counts = rows_in_every_table(db_engine)
    assert counts["conversations"] == 1 and counts["messages"] > 0


def test_rate_limit_answers_kindly_and_keeps_crisis_help(
    sqlite_engine: Engine, make_lotse: Callable[..., Lotse]
) -> None:
    lotse = make_lotse(sqlite_engine)
    lotse.limiter = RateLimiter("3/minute")
    for _ in range(3):
        lotse.handle("web", "fast", "hallo")
    slowed = lotse.handle("web", "fast", "hallo")
    assert "sehr schnell" in slowed[0].text
    crisis = lotse.handle("web", "fast", "ich will nicht mehr leben")
    assert crisis[0].crisis
    check_in = lotse.handle("web", "fast", "niemand würde mich vermissen")  # possible danger
    assert "sehr schnell" not in check_in[0].text  # the check-in is never held back either
    assert "sehr schnell" not in lotse.handle("web", "someone-else", "hallo")[0].text


@pytest.mark.parametrize("message", ["ich heiße Lara Beispiel und hab schulden",
                                     "ich will nicht mehr leben"])
def test_logs_never_contain_message_text_or_raw_sender_ids(
    sqlite_engine: Engine, make_lotse: Callable[..., Lotse], caplog: pytest.LogCaptureFixture,
    message: str
) -> None:
    caplog.set_level(logging.DEBUG)
    lotse = make_lotse(sqlite_engine)
    lotse.handle("web", "sender-id-0815", message)
    lotse.handle("web", "sender-id-0815", "/loeschen")
    lotse.handle("web", "sender-id-0815", "ja")
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "0815" not in logged
    assert message not in logged and "Beispiel" not in logged


def test_telegram_deletion_removes_its_updates_and_buttons_too(
    db_engine: Engine, make_lotse: Callable[..., Lotse]
) -> None:
    from bot.storage.telegram_inbox import TelegramInbox
    from bot.telegram.render import render_replies

    lotse = make_lotse(db_engine)
    inbox = TelegramInbox(lotse.sessions)
    key = sender_hash(b"test-secret-key-for-hashing", "telegram", "4711")

    def turn(update_id: int, words: str) -> None:  # what the channel's worker does
        inbox.accept(update_id, key, {"update_id": update_id, "message": {"text": words}})
        assert inbox.claim_next(key) is not None
        messages, buttons = render_replies(4711, lotse.handle("telegram", "4711", words))
        if inbox.answer(update_id, messages, buttons):
            inbox.finish(update_id)

    for update_id, words in enumerate(["hallo", "hab schulden", "17", "/loeschen"], start=1):
        turn(update_id, words)
    assert rows_in_every_table(db_engine)["telegram_buttons"] > 0
    turn(5, "ja")
    assert set(rows_in_every_table(db_engine).values()) == {0}


def test_deletion_removes_handoffs_consents_notes_and_notifications_too(
    db_engine: Engine, make_lotse: Callable[..., Lotse]
) -> None:
    from sqlalchemy.orm import Session

    from bot.storage.tables import HandoffNoteRow, HandoffRow, OrganisationRow

    with Session(db_engine) as session, session.begin():
        session.add(OrganisationRow(id="jba", name="JBA Harz", offer_ids=["harz-jba-janalos"],
                                    notify_email="team@jba.example",
                                    notify_webhook="https://jba.example/hook"))
    lotse = make_lotse(db_engine)
    payload = '/talk_to_human{"offer": "harz-jba-janalos"}'
    for sender in ("gone", "keep"):
        chat(lotse, sender, "ich bin 17 aus Quedlinburg und suche eine ausbildung",
             "ich geh zur schule", "weiß nicht", payload, "ja", "0151 23456789",
             "ruf mich nach der schule an")
    with Session(db_engine) as session, session.begin():
        for handoff in session.scalars(select(HandoffRow)):
            session.add(HandoffNoteRow(handoff_id=handoff.id, author="b@jba.example",
                                       text="Mailbox, morgen nochmal"))
    before = rows_in_every_table(db_engine)
    for table in ("handoffs", "consents", "handoff_notes", "conversations"):
        assert before[table] == 2, table
    assert before["notifications"] == 4
    assert "gelöscht" in chat(lotse, "gone", "/loeschen", "ja")[0]
    after = rows_in_every_table(db_engine)
    for table in ("handoffs", "consents", "handoff_notes", "conversations"):
        assert after[table] == 1, table
    assert after["notifications"] == 2
    chat(lotse, "keep", "/loeschen", "ja")
    left = {t: n for t, n in rows_in_every_table(db_engine).items() if n}
    assert left == {"organisations": 1}  # the organisation is no one's personal data
