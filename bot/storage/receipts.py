"""Answered once: a client's message id (contract § 4, `metadata.message_id`) and the answer it
got. The receipt is written inside the turn's transaction (`Lotse.handle(record=…)`), so a
turn and its receipt exist together or not at all; a second request with the same id – a
retry after a lost connection, a double tap, a proxy that sent it twice – gets the stored
answer. Two requests racing with one id both find no receipt before their turn; the turns run
one after the other under the sender's lock, and the second one looks again there
(`Receipt.answered`): it runs no turn, and its caller reads the first one's answer. (Should a
turn still meet the receipt's key, it fails and is rolled back – never a doubled step.)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete
from sqlalchemy.orm import Session, sessionmaker

from bot.storage.tables import MessageReceiptRow, utcnow

if TYPE_CHECKING:
    from bot.core.messages import Reply

KEPT = timedelta(days=1)  # a client retries within minutes; a day is plenty


def find(sessions: sessionmaker[Session], key: str, message_id: str) -> list[dict[str, Any]] | None:
    with sessions() as session:
        row = session.get(MessageReceiptRow, (key, message_id))
        return list(row.replies) if row is not None else None


def keep(session: Session, key: str, message_id: str, replies: list[dict[str, Any]]) -> None:
    """Store the answer in the turn's transaction (IntegrityError when the id was answered
    meanwhile: the turn is then rolled back)."""
    session.add(MessageReceiptRow(sender_hash=key, message_id=message_id, replies=replies,
                                  created_at=utcnow()))
    session.flush()


@dataclass(frozen=True)
class Receipt:
    """The `record` of a turn that answers a message id (`Lotse.handle(record=…)`): called in
    the turn's transaction, it keeps the answer as `render` gives it."""

    key: str
    message_id: str
    render: Callable[[list[Reply]], list[dict[str, Any]]]

    def answered(self, session: Session) -> bool:
        """Whether a twin with the same id was answered meanwhile (asked under the sender's
        lock, before the turn)."""
        return session.get(MessageReceiptRow, (self.key, self.message_id)) is not None

    def __call__(self, session: Session, replies: list[Reply]) -> None:
        keep(session, self.key, self.message_id, self.render(replies))


def delete_for(session: Session, key: str) -> None:
    session.execute(delete(MessageReceiptRow).where(MessageReceiptRow.sender_hash == key))


def delete_older_than(session: Session, now: datetime) -> None:
    session.execute(delete(MessageReceiptRow).where(MessageReceiptRow.created_at < now - KEPT))
