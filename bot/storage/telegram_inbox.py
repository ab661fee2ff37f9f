"""The durable inbox of Telegram updates and the payloads behind inline buttons.

An update moves received → handling → answered → done (or failed). It is written before
Telegram gets its acknowledgement, so a crash loses nothing; its `update_id` is the key, so
a redelivered update is stored (and answered) once. The update's text is dropped as soon
as the dialogue has answered it; the replies are kept only until they are sent.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.storage.tables import TelegramButtonRow, TelegramUpdateRow

RECEIVED, HANDLING, ANSWERED, DONE, FAILED = "received", "handling", "answered", "done", "failed"
PENDING = (RECEIVED, HANDLING, ANSWERED)
HANDLED = (DONE, FAILED)
# Telegram keeps unacknowledged updates for 24 hours; a handled id is kept a while longer.
DEDUPE_WINDOW = timedelta(days=2)


@dataclass(frozen=True, slots=True)
class PendingUpdate:
    """An update still to be answered (or whose answer is still to be sent)."""

    update_id: int
    sender_hash: str | None
    status: str
    payload: dict[str, Any] | None
    outgoing: list[dict[str, Any]] | None
    sent: int
    attempts: int


def button_token(payload: str) -> str:
    """A short, stable id for a button payload (12 characters of callback data)."""
    digest = hashlib.sha256(payload.encode()).digest()[:9]
    return base64.urlsafe_b64encode(digest).decode()


class TelegramInbox:
    """Each method is one short transaction; called from worker threads."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def accept(self, update_id: int, sender_hash: str | None, payload: dict[str, Any] | None) -> bool:
        """Store a new update; False if this update_id was stored before. Without a payload
        the update is recorded as done (nothing to answer, kept only against redelivery)."""
        try:
            with self.sessions.begin() as session:
                if session.get(TelegramUpdateRow, update_id) is not None:
                    return False
                session.add(TelegramUpdateRow(
                    update_id=update_id, sender_hash=sender_hash, payload=payload,
                    status=RECEIVED if payload is not None else DONE, sent=0, attempts=0))
        except IntegrityError:  # the same update arrived twice at the same moment
            return False
        return True

    def claim_next(self, sender_hash: str) -> PendingUpdate | None:
        """The oldest unfinished update of one chat, marked as being handled (a received one
        becomes `handling`; the status returned is the one it had)."""
        with self.sessions.begin() as session:
            stmt = (select(TelegramUpdateRow)
                    .where(TelegramUpdateRow.status.in_(PENDING),
                           TelegramUpdateRow.sender_hash == sender_hash)
                    .order_by(TelegramUpdateRow.update_id).limit(1).with_for_update())
            row = session.scalars(stmt).first()
            if row is None:
                return None
            pending = PendingUpdate(row.update_id, row.sender_hash, row.status, row.payload,
                                    row.outgoing, row.sent, row.attempts)
            if row.status == RECEIVED:
                row.status = HANDLING
            return pending

    def pending_senders(self) -> list[str]:
        """Chats with unfinished updates, the longest-waiting first (recovery after a restart)."""
        with self.sessions.begin() as session:
            stmt = (select(TelegramUpdateRow.sender_hash)
                    .where(TelegramUpdateRow.status.in_(PENDING),
                           TelegramUpdateRow.sender_hash.is_not(None))
                    .group_by(TelegramUpdateRow.sender_hash)
                    .order_by(func.min(TelegramUpdateRow.update_id)))
            return [key for key in session.scalars(stmt) if key is not None]

    def answer(self, update_id: int, outgoing: Sequence[Mapping[str, Any]],
               buttons: Mapping[str, str]) -> bool:
        """Keep the replies until they are sent and forget the update's text. False when the
        row is gone (the turn deleted this person's data); then nothing new is stored."""
        with self.sessions.begin() as session:
            return record_answer(session, update_id, outgoing, buttons)

    def mark_sent(self, update_id: int, sent: int) -> None:
        self._set(update_id, sent=sent)

    def finish(self, update_id: int, *, status: str = DONE) -> None:
        """Handled: keep only the id and status (against redelivery)."""
        self._set(update_id, status=status, payload=None, outgoing=None)

    def count_attempt(self, update_id: int) -> int:
        """One more failed try; returns the number of tries so far."""
        with self.sessions.begin() as session:
            row = session.get(TelegramUpdateRow, update_id, with_for_update=True)
            if row is None:
                return 0
            row.attempts += 1
            return row.attempts

    def button_payload(self, sender_hash: str, token: str) -> str | None:
        with self.sessions.begin() as session:
            row = session.get(TelegramButtonRow, (sender_hash, token))
            return row.payload if row else None

    def _set(self, update_id: int, **values: Any) -> None:
        with self.sessions.begin() as session:
            session.execute(update(TelegramUpdateRow)
                            .where(TelegramUpdateRow.update_id == update_id).values(**values))


def record_answer(session: Session, update_id: int, outgoing: Sequence[Mapping[str, Any]],
                  buttons: Mapping[str, str]) -> bool:
    """`TelegramInbox.answer` inside a transaction of the caller's (the dialogue step's own,
    so the step and the replies it owes are stored together or not at all)."""
    row = session.get(TelegramUpdateRow, update_id, with_for_update=True)
    if row is None:
        return False
    row.status, row.payload, row.outgoing, row.sent = ANSWERED, None, [dict(m) for m in outgoing], 0
    if buttons and row.sender_hash is not None:
        _remember_buttons(session, row.sender_hash, buttons)
    return True


def _remember_buttons(session: Session, sender_hash: str, buttons: Mapping[str, str]) -> None:
    known = set(session.scalars(select(TelegramButtonRow.token).where(
        TelegramButtonRow.sender_hash == sender_hash, TelegramButtonRow.token.in_(list(buttons)))))
    for token, payload in buttons.items():
        if token not in known:
            session.add(TelegramButtonRow(sender_hash=sender_hash, token=token, payload=payload))


def delete_for_sender(session: Session, sender_hash: str) -> None:
    """Deletion on request: the person's updates and buttons. Updates still waiting behind the
    one being handled stay: they are messages sent after the request and get their answer."""
    session.execute(delete(TelegramUpdateRow).where(TelegramUpdateRow.sender_hash == sender_hash,
                                                    TelegramUpdateRow.status != RECEIVED))
    session.execute(delete(TelegramButtonRow).where(TelegramButtonRow.sender_hash == sender_hash))


def delete_expired(session: Session, *, now: datetime, cutoff: datetime) -> int:
    """Retention: handled ids after the dedupe window, anything older than `cutoff`."""
    result = session.execute(delete(TelegramUpdateRow).where(or_(
        TelegramUpdateRow.received_at < cutoff,
        TelegramUpdateRow.status.in_(HANDLED) & (TelegramUpdateRow.updated_at < now - DEDUPE_WINDOW))))
    session.execute(delete(TelegramButtonRow).where(TelegramButtonRow.created_at < cutoff))
    return int(getattr(result, "rowcount", 0) or 0)
