"""The durable inbox of Telegram updates and the payloads behind inline buttons.

An update moves received → handling → answered → done (or failed). It is written before
Telegram gets its acknowledgement, so a crash loses nothing; its `update_id` is the key, so
a redelivered update is stored (and answered) once. The update's text is dropped as soon
as the dialogue has answered it; the replies are kept only until they are sent.

Several processes share the inbox. Only the oldest unfinished update of a chat (its head) can
be claimed, under `FOR UPDATE SKIP LOCKED`, and a claim is a lease: `claimed_by` one process
until `claimed_until`, renewed while it works. So one chat's updates are handled one after the
other, in `update_id` order, by one process at a time; a process that died loses its lease
when it runs out and another takes the update over. Every later write of the claim checks
that it still holds it.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
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
LEASE = timedelta(seconds=60)  # renewed by the worker while it works (a third of it at most)

log = logging.getLogger("lotse.telegram")


class LeaseLost(Exception):
    """Another process took this update over (this one was too slow or thought dead)."""


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
    """Each method is one short transaction; called from worker threads. `owner` names this
    process in its leases."""

    def __init__(self, sessions: sessionmaker[Session], *, owner: str | None = None,
                 lease: timedelta = LEASE, clock: Callable[[], datetime] | None = None) -> None:
        self.sessions = sessions
        self.owner = owner or f"{os.getpid()}-{uuid.uuid4().hex[:16]}"
        self.lease = lease
        self.clock = clock or (lambda: datetime.now(UTC))

    def accept(self, update_id: int, sender_hash: str | None, payload: dict[str, Any] | None,
               *, claim: bool = False) -> bool:
        """Store a new update; False if this update_id was stored before. Without a payload
        the update is recorded as done (nothing to answer, kept only against redelivery).
        With `claim` it is stored leased to this process: a crisis update whose help may go
        out from memory before it lands, which no other process may answer a second time."""
        leased = claim and payload is not None
        try:
            with self.sessions.begin() as session:
                if session.get(TelegramUpdateRow, update_id) is not None:
                    return False
                session.add(TelegramUpdateRow(
                    update_id=update_id, sender_hash=sender_hash, payload=payload,
                    status=RECEIVED if payload is not None else DONE, sent=0, attempts=0,
                    claimed_by=self.owner if leased else None,
                    claimed_until=self.clock() + self.lease if leased else None))
        except IntegrityError:  # the same update arrived twice at the same moment
            return False
        return True

    def claim_next(self, sender_hash: str) -> PendingUpdate | None:
        """The oldest unfinished update of one chat, leased to this process (a received one
        becomes `handling`; the status returned is the one it had). Claiming its own update
        again renews the lease. None when the chat has nothing to do or another process holds
        its head: that process goes on with the chat's later updates itself."""
        now = self.clock()
        with self.sessions.begin() as session:
            row = _lock_head(session, sender_hash)
            if row is None:
                return None
            if row.claimed_by not in (None, self.owner):
                if row.claimed_until is not None and row.claimed_until > now:
                    return None
                log.warning("Telegram: taking over an update whose process stopped (lease over)")
            row.claimed_by, row.claimed_until = self.owner, now + self.lease
            pending = PendingUpdate(row.update_id, row.sender_hash, row.status, row.payload,
                                    row.outgoing, row.sent, row.attempts)
            if row.status == RECEIVED:
                row.status = HANDLING
            return pending

    def is_pending(self, update_id: int) -> bool:
        with self.sessions.begin() as session:
            row = session.get(TelegramUpdateRow, update_id)
            return row is not None and row.status in PENDING

    def keep_offline(self, update_ids: Sequence[int]) -> set[int]:
        """Updates whose crisis help this process sent from memory (`OfflineAnswer`): those
        still waiting to be recorded stay leased to it (renewed), so no other process answers
        them while it lives; an answer its late turn stored is settled as done (it was not sent
        and must not be). Returns the ids that are finished (done or failed): this process can
        forget them."""
        if not update_ids:
            return set()
        now = self.clock()
        with self.sessions.begin() as session:
            rows = {row.update_id: row for row in session.scalars(
                select(TelegramUpdateRow).where(TelegramUpdateRow.update_id.in_(list(update_ids)))
                .with_for_update(skip_locked=True))}
            for row in rows.values():
                if row.status not in PENDING or row.claimed_by not in (None, self.owner):
                    continue
                if row.status == ANSWERED:
                    row.status, row.payload, row.outgoing = DONE, None, None
                    row.claimed_by, row.claimed_until = None, None
                else:
                    row.claimed_by, row.claimed_until = self.owner, now + self.lease
            return {update_id for update_id, row in rows.items() if row.status in HANDLED}

    def renew(self, update_id: int) -> bool:
        """Extend this process's lease on an update it is still working on."""
        with self.sessions.begin() as session:
            result = session.execute(update(TelegramUpdateRow).where(
                TelegramUpdateRow.update_id == update_id, TelegramUpdateRow.claimed_by == self.owner)
                .values(claimed_until=self.clock() + self.lease))
            return bool(getattr(result, "rowcount", 0))

    def release(self, update_id: int) -> None:
        """Give an unfinished update back (this process stops): another takes it at once."""
        self._set(update_id, claimed_by=None, claimed_until=None)

    def pending_senders(self) -> list[str]:
        """Chats with unfinished updates that no process holds (any more), the longest-waiting
        first: after a restart, and now and then for updates of a process that died."""
        now = self.clock()
        held = (select(TelegramUpdateRow.sender_hash)
                .where(TelegramUpdateRow.status.in_(PENDING),
                       TelegramUpdateRow.claimed_until > now,
                       TelegramUpdateRow.sender_hash.is_not(None)))
        with self.sessions.begin() as session:
            stmt = (select(TelegramUpdateRow.sender_hash)
                    .where(TelegramUpdateRow.status.in_(PENDING),
                           TelegramUpdateRow.sender_hash.is_not(None),
                           TelegramUpdateRow.sender_hash.not_in(held))
                    .group_by(TelegramUpdateRow.sender_hash)
                    .order_by(func.min(TelegramUpdateRow.update_id)))
            return [key for key in session.scalars(stmt) if key is not None]

    def answer(self, update_id: int, outgoing: Sequence[Mapping[str, Any]],
               buttons: Mapping[str, str]) -> bool:
        """Keep the replies until they are sent and forget the update's text. False when the
        row is gone (the turn deleted this person's data); then nothing new is stored.
        Raises LeaseLost when another process took the update over."""
        with self.sessions.begin() as session:
            return record_answer(session, update_id, outgoing, buttons, self.owner)

    def mark_sent(self, update_id: int, sent: int) -> None:
        self._set(update_id, sent=sent)

    def finish(self, update_id: int, *, status: str = DONE) -> None:
        """Handled: keep only the id and status (against redelivery)."""
        self._set(update_id, status=status, payload=None, outgoing=None, claimed_by=None,
                  claimed_until=None)

    def count_attempt(self, update_id: int) -> int:
        """One more failed try; returns the number of tries so far."""
        with self.sessions.begin() as session:
            row = session.get(TelegramUpdateRow, update_id, with_for_update=True)
            if row is None or row.claimed_by not in (None, self.owner):
                return 0
            row.attempts += 1
            return row.attempts

    def button_payload(self, sender_hash: str, token: str) -> str | None:
        with self.sessions.begin() as session:
            row = session.get(TelegramButtonRow, (sender_hash, token))
            return row.payload if row else None

    def _set(self, update_id: int, **values: Any) -> None:
        """Change an update this process holds (a lost lease changes nothing)."""
        with self.sessions.begin() as session:
            session.execute(update(TelegramUpdateRow)
                            .where(TelegramUpdateRow.update_id == update_id,
                                   or_(TelegramUpdateRow.claimed_by == self.owner,
                                       TelegramUpdateRow.claimed_by.is_(None)))
                            .values(**values))


def _lock_head(session: Session, sender_hash: str) -> TelegramUpdateRow | None:
    """The chat's oldest unfinished update, row-locked; None when there is none or another
    transaction has it locked right now (SKIP LOCKED: that one is claiming or finishing it)."""
    for _ in range(3):  # the head may be finished between the two statements: look again
        head = session.scalar(select(func.min(TelegramUpdateRow.update_id)).where(
            TelegramUpdateRow.status.in_(PENDING), TelegramUpdateRow.sender_hash == sender_hash))
        if head is None:
            return None
        row = session.scalars(
            select(TelegramUpdateRow).where(TelegramUpdateRow.update_id == head)
            .with_for_update(skip_locked=True)
            .execution_options(populate_existing=True)).first()
        if row is None:
            return None
        if row.status in PENDING:
            return row
    return None


def record_answer(session: Session, update_id: int, outgoing: Sequence[Mapping[str, Any]],
                  buttons: Mapping[str, str], owner: str | None = None) -> bool:
    """`TelegramInbox.answer` inside a transaction of the caller's (the dialogue step's own,
    so the step and the replies it owes are stored together or not at all). With `owner`,
    raises LeaseLost when another process holds the update: the step is then rolled back."""
    row = session.get(TelegramUpdateRow, update_id, with_for_update=True,
                      populate_existing=True)
    if row is None:
        return False
    if owner is not None and row.claimed_by not in (None, owner):
        raise LeaseLost(update_id)
    if row.status in HANDLED:  # recorded meanwhile from the crisis spool (help sent offline)
        raise LeaseLost(update_id)
    row.status, row.payload, row.outgoing, row.sent = ANSWERED, None, [dict(m) for m in outgoing], 0
    if buttons and row.sender_hash is not None:
        _remember_buttons(session, row.sender_hash, buttons)
    return True


class OfflineAnswer:
    """The `record` of a Telegram crisis message whose help went out from memory while its
    update could not be stored (the crisis spool's replay, `Lotse.record_spooled`). Asked
    under the sender's lock before the turn: an update a worker has answered meanwhile is not
    recorded a second time. Called in the turn's transaction: the update is kept as done."""

    def __init__(self, update_id: int, sender_hash: str) -> None:
        self.update_id, self.sender_hash = update_id, sender_hash
        self.found_answered = False

    def answered(self, session: Session) -> bool:
        row = session.get(TelegramUpdateRow, self.update_id, with_for_update=True,
                          populate_existing=True)
        self.found_answered = row is not None and row.status not in (RECEIVED, HANDLING)
        return self.found_answered

    def __call__(self, session: Session, _replies: object) -> None:
        row = session.get(TelegramUpdateRow, self.update_id)
        if row is None:
            session.add(TelegramUpdateRow(update_id=self.update_id, sender_hash=self.sender_hash,
                                          payload=None, status=DONE, sent=0, attempts=0))
        else:  # stored late by an intake that had hung: a worker holding it rolls back
            row.status, row.payload, row.claimed_by, row.claimed_until = DONE, None, None, None


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
