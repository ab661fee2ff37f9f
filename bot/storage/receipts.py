"""Answered once: a client's message id (contract § 4, `metadata.message_id`) and the answer it
got. The receipt is written inside the turn's transaction (`Lotse.handle(record=…)`), so a
turn and its receipt exist together or not at all; a second request with the same id – a
retry after a lost connection, a double tap, a proxy that sent it twice – gets the stored
answer. Two requests racing with one id: the second turn fails on the receipt's key and is
rolled back, and its caller reads the first one's answer.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session, sessionmaker

from bot.storage.tables import MessageReceiptRow, utcnow

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


def delete_for(session: Session, key: str) -> None:
    session.execute(delete(MessageReceiptRow).where(MessageReceiptRow.sender_hash == key))


def delete_older_than(session: Session, now: datetime) -> None:
    session.execute(delete(MessageReceiptRow).where(MessageReceiptRow.created_at < now - KEPT))
