"""The conversation repository on SQLite and PostgreSQL (mandatory in CI)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine, func, inspect, select, text

from bot.service import Lotse
from bot.storage.conversations import ConversationRepository, StoredConversation, sender_hash
from bot.storage.database import make_sessionmaker
from bot.storage.tables import ConversationRow, MessageRow


def test_state_and_transcript_round_trip(db_engine: Engine) -> None:
    sessions = make_sessionmaker(db_engine)
    key = sender_hash(b"k", "web", "alice")
    with sessions.begin() as s:
        repo = ConversationRepository(s)
        row = repo.get_or_create(key, "web")
        repo.append(row, "user", "hallo ö 🙂", "greet")
        repo.append(row, "bot", "Hi!")
        repo.save_state(row, {"name": "ask_need", "profile": {"age": 16}})
    with sessions.begin() as s:
        repo = ConversationRepository(s)
        row = repo.get(key)
        assert row is not None
        assert row.state == {"name": "ask_need", "profile": {"age": 16}}
        assert [(m.role, m.text) for m in repo.transcript(row)] == [
            ("user", "hallo ö 🙂"), ("bot", "Hi!")]


def test_a_turn_saved_in_one_statement_stores_what_two_did(db_engine: Engine) -> None:
    # PostgreSQL: the lines' INSERT inside the state's UPDATE; SQLite: two statements
    sessions = make_sessionmaker(db_engine)
    cards = {"offers": [{"id": "o1", "name": "Beratung ö"}]}
    with sessions.begin() as s:
        repo = ConversationRepository(s)
        row = repo.get_or_create("turn", "web")
        repo.save_turn(row, [("user", "hallo ö 🙂", "greet", None), ("bot", "Hi!", None, cards),
                             ("bot", "Wie alt bist du?", None, None)], {"name": "ask_age", "turns": 1}, crisis=True)
    with sessions.begin() as s:
        repo = ConversationRepository(s)
        row = repo.get("turn")
        assert row is not None and row.state == {"name": "ask_age", "turns": 1} and row.crisis_flag
        lines = repo.transcript(row)
        assert [(m.role, m.text, m.intent, m.custom) for m in lines] == [
            ("user", "hallo ö 🙂", "greet", None), ("bot", "Hi!", None, cards), ("bot", "Wie alt bist du?", None, None)]
        assert s.scalar(select(func.count()).select_from(MessageRow).where(MessageRow.custom.is_(None))) == 2


def test_sender_ids_are_stored_only_as_keyed_hashes(
    db_engine: Engine, make_lotse: Callable[..., Lotse]
) -> None:
    lotse = make_lotse(db_engine)
    lotse.handle("web", "raw-sender-id-4711", "hallo")
    with db_engine.connect() as conn:
        stored = conn.execute(select(ConversationRow.sender_hash, ConversationRow.channel)).all()
    assert len(stored) == 1
    assert "4711" not in stored[0][0] and len(stored[0][0]) == 64
    assert stored[0][0] == sender_hash(b"test-secret-key-for-hashing", "web", "raw-sender-id-4711")


def test_delete_removes_conversation_and_transcript(db_engine: Engine) -> None:
    sessions = make_sessionmaker(db_engine)
    with sessions.begin() as s:
        repo = ConversationRepository(s)
        row = repo.get_or_create("abc", "web")
        repo.append(row, "user", "hi")
    with sessions.begin() as s:
        assert ConversationRepository(s).delete("abc") == 1
    with sessions.begin() as s:
        assert s.scalar(select(ConversationRow).limit(1)) is None
        assert s.scalar(select(MessageRow).limit(1)) is None


def test_migrations_create_the_tables(db_engine: Engine) -> None:
    from alembic.script import ScriptDirectory

    from bot.storage.database import MIGRATIONS

    tables = set(inspect(db_engine).get_table_names())
    assert {"conversations", "messages", "handoffs", "consents", "alembic_version"} <= tables
    heads = set(ScriptDirectory(str(MIGRATIONS)).get_heads())
    with db_engine.connect() as conn:
        applied = set(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
    assert applied == heads  # every migration branch is applied


def test_conversation_continues_with_a_new_service_instance(
    db_engine: Engine, make_lotse: Callable[..., Lotse]
) -> None:
    make_lotse(db_engine).handle("web", "bob", "hallo")
    replies = make_lotse(db_engine).handle("web", "bob", "/money_problems")
    assert replies[-1].expects == "age"


def test_a_turn_reads_a_plain_locked_row_and_the_crisis_flag_stays(db_engine: Engine) -> None:
    sessions = make_sessionmaker(db_engine)
    with sessions.begin() as s:
        repo = ConversationRepository(s)
        row = repo.get_or_create("key", "web")
        assert isinstance(row, StoredConversation) and row.state == {} and not row.crisis_flag
        repo.save_state(row, {"name": "crisis_care"}, crisis=True)
    with sessions.begin() as s:
        repo = ConversationRepository(s)
        row = repo.get_or_create("key", "web")  # the same conversation, not a second one
        repo.save_state(row, {"name": "ask_need"})  # a calm turn later does not clear the flag
    with sessions.begin() as s:
        stored = ConversationRepository(s).get("key")
        assert stored is not None and stored.crisis_flag and stored.state == {"name": "ask_need"}
        assert s.scalar(select(func.count()).select_from(ConversationRow)) == 1
