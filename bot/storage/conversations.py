"""Repository of conversations and their transcripts."""

from __future__ import annotations

import functools
import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, TextClause, bindparam, delete, insert, select, update
from sqlalchemy import text as sql
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from bot.storage.tables import ConversationRow, MessageRow, utcnow
from bot.storage.telegram_inbox import delete_for_sender

# one transcript line: role ("user", "bot"), text, intent, and a bot line's cards as shown
Line = tuple[str, str, str | None, dict[str, Any] | None]

# Every turn reads one conversation and writes its state and transcript lines: plain SQL
# statements built once, run on the turn's connection – no ORM identity map, unit of work or
# statement building per turn (issue 14: the ORM was a quarter of a turn's CPU).
CONVERSATIONS: Table = ConversationRow.__table__  # type: ignore[assignment]
MESSAGES: Table = MessageRow.__table__  # type: ignore[assignment]
_LOCKED = (select(*CONVERSATIONS.c).where(CONVERSATIONS.c.sender_hash == bindparam("key"))
           .with_for_update())
_SAVE = (update(CONVERSATIONS).where(CONVERSATIONS.c.id == bindparam("conversation"))
         .values(state=bindparam("new_state", type_=CONVERSATIONS.c.state.type),
                 crisis_flag=bindparam("flag"),
                 updated_at=bindparam("now", type_=CONVERSATIONS.c.updated_at.type)))
_APPEND = insert(MESSAGES)


@functools.lru_cache(maxsize=16)
def _save_turn(count: int) -> TextClause:
    """PostgreSQL: `count` transcript lines and the state in one statement, written once per
    number of lines (parameters role0, text0, intent0, custom0, … beside _SAVE's). Plain SQL:
    SQLAlchemy compiles an UPDATE with an INSERT in its WITH anew on every run."""
    c, rows = MESSAGES.c, ", ".join(f"(:conversation, :role{i}, :text{i}, :intent{i}, :now, :custom{i})"
                                    for i in range(count))
    return sql(f"WITH lines AS (INSERT INTO messages (conversation_id, role, text, intent, created_at, "
               f"custom) VALUES {rows}) UPDATE conversations SET state = :new_state, crisis_flag = :flag, "
               f"updated_at = :now WHERE id = :conversation").bindparams(
        bindparam("new_state", type_=CONVERSATIONS.c.state.type), bindparam("now", type_=c.created_at.type),
        *(bindparam(f"custom{i}", type_=c.custom.type) for i in range(count)))


@dataclass(frozen=True, slots=True)
class StoredConversation:
    """One conversation as read (row-locked) at the start of a turn."""

    id: str
    channel: str
    sender_hash: str
    state: dict[str, Any]
    crisis_flag: bool
    created_at: datetime
    updated_at: datetime


def sender_hash(secret: bytes, channel: str, sender: str) -> str:
    """Keyed hash of a channel's sender id: the raw id is never stored."""
    return hmac.new(secret, f"{channel}:{sender}".encode(), hashlib.sha256).hexdigest()


class ConversationRepository:
    """Load, save and delete conversations inside one session (one turn)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, key: str) -> StoredConversation | None:
        row = self.session.connection().execute(_LOCKED, {"key": key}).first()
        return StoredConversation(**row._mapping) if row is not None else None

    def get_or_create(self, key: str, channel: str) -> StoredConversation:
        """The sender's conversation, row-locked; made if new. Race-free: a first message
        racing another (another process) finds the row the other one made, never an error."""
        return self.get(key) or self.create(key, channel)

    def create(self, key: str, channel: str) -> StoredConversation:
        """Make the sender's conversation unless a racing turn made it first (its INSERT
        waits for that turn's commit), and return it row-locked."""
        dialect = self.session.get_bind().dialect.name
        insert = pg_insert if dialect == "postgresql" else sqlite_insert
        self.session.connection().execute(
            insert(CONVERSATIONS).values(sender_hash=key, channel=channel, state={})
            .on_conflict_do_nothing(index_elements=["sender_hash"]))
        row = self.get(key)
        assert row is not None  # inserted now, or by the turn that won the race
        return row

    def save_state(self, row: StoredConversation, state: dict[str, Any], *, crisis: bool = False) -> None:
        """One UPDATE statement."""
        self.session.connection().execute(_SAVE, {
            "conversation": row.id, "new_state": state, "flag": row.crisis_flag or crisis, "now": utcnow()})

    def save_turn(self, row: StoredConversation, lines: list[Line], state: dict[str, Any], *,
                  crisis: bool = False) -> None:
        """A turn's transcript lines and its new state: on PostgreSQL one statement (the
        lines' INSERT as a common table expression of the state's UPDATE: one round trip
        where there were two, issue 14), else an INSERT and an UPDATE."""
        if not lines or self.session.get_bind().dialect.name != "postgresql":
            self.append_lines(row, lines)
            self.save_state(row, state, crisis=crisis)
            return
        values: dict[str, Any] = {"conversation": row.id, "new_state": state,
                                  "flag": row.crisis_flag or crisis, "now": utcnow()}
        for i, (role, text, intent, custom) in enumerate(lines):
            values |= {f"role{i}": role, f"text{i}": text, f"intent{i}": intent, f"custom{i}": custom}
        self.session.connection().execute(_save_turn(len(lines)), values)

    def append(self, row: StoredConversation, role: str, text: str, intent: str | None = None,
               custom: dict[str, Any] | None = None) -> None:
        self.append_lines(row, [(role, text, intent, custom)])

    def append_lines(self, row: StoredConversation, lines: list[Line]) -> None:
        """Transcript lines (role, text, intent, custom) in one INSERT of many rows; `custom`:
        a bot line's cards as shown (bot/transcript.py shown_cards), else None."""
        if lines:
            now = utcnow()
            self.session.connection().execute(_APPEND, [
                {"conversation_id": row.id, "role": role, "text": text, "intent": intent,
                 "custom": custom, "created_at": now} for role, text, intent, custom in lines])

    def has_user_line(self, key: str, text: str, *, since: datetime) -> bool:
        """Whether this sender's conversation holds `text` as a line of theirs written since
        `since` (a crisis message whose own turn was stored after all: its commit went through
        while the answer to it was lost, so the crisis spool must not record it again)."""
        stmt = (select(MessageRow.id).join(ConversationRow)
                .where(ConversationRow.sender_hash == key, MessageRow.role == "user",
                       MessageRow.text == text, MessageRow.created_at >= since).limit(1))
        return self.session.scalar(stmt) is not None

    def transcript(self, row: StoredConversation) -> list[MessageRow]:
        stmt = select(MessageRow).where(MessageRow.conversation_id == row.id).order_by(MessageRow.id)
        return list(self.session.scalars(stmt))

    def delete_older_than(self, cutoff: datetime) -> int:
        """Retention: delete conversations (with transcript and state) last active before `cutoff`."""
        ids = list(self.session.scalars(
            select(ConversationRow.id).where(ConversationRow.updated_at < cutoff)))
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            self.session.execute(delete(MessageRow).where(MessageRow.conversation_id.in_(chunk)))
            self.session.execute(delete(ConversationRow).where(ConversationRow.id.in_(chunk)))
        return len(ids)

    def delete(self, key: str) -> int:
        """Delete everything stored for one sender; returns the number of conversations."""
        delete_for_sender(self.session, key)  # their Telegram updates and buttons
        row = self.get(key)
        if row is None:
            return 0
        self.session.execute(delete(MessageRow).where(MessageRow.conversation_id == row.id))
        self.session.execute(delete(ConversationRow).where(ConversationRow.id == row.id))
        return 1
