"""The crisis spool's replay into the conversations (`Lotse.replay_spool`): a message whose own
turn was stored after all – the commit went through, the answer to it was lost with the
connection – is not recorded a second time; one that was not stored is."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine, select

from bot.service import Lotse
from bot.spool import SpooledMessage
from bot.storage.conversations import sender_hash
from bot.storage.tables import ConversationRow, MessageRow

CRISIS = "ich will nicht mehr leben"


def user_lines(engine: Engine, key: str) -> list[str]:
    with engine.connect() as conn:
        return list(conn.execute(select(MessageRow.text).join(ConversationRow).where(
            ConversationRow.sender_hash == key, MessageRow.role == "user")).scalars())


def test_a_message_its_own_turn_stored_is_not_recorded_again(
        make_lotse: Callable[..., Lotse], sqlite_engine: Engine) -> None:
    lotse = make_lotse(sqlite_engine)
    key = sender_hash(lotse.secret, "web", "lost-answer")
    lotse.handle("web", "lost-answer", CRISIS)  # stored; as if its answer never arrived …
    lotse.spool.add(SpooledMessage.new(channel="web", key=key, text=CRISIS))  # … and spooled
    lotse.replay_spool()
    assert user_lines(sqlite_engine, key) == [CRISIS]
    assert lotse.spool.pending() == []


def test_a_message_that_was_not_stored_is_recorded_once(
        make_lotse: Callable[..., Lotse], sqlite_engine: Engine) -> None:
    lotse = make_lotse(sqlite_engine)
    key = sender_hash(lotse.secret, "web", "never-stored")
    lotse.spool.add(SpooledMessage.new(channel="web", key=key, text=CRISIS))
    lotse.replay_spool()
    lotse.replay_spool()
    assert user_lines(sqlite_engine, key) == [CRISIS]
    assert lotse.spool.pending() == []
