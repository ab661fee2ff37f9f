"""The outbox: tell an organisation about a new handoff (e-mail or a webhook), and send the
sides of an internship placement their personal links (e-mail or Telegram; rows of kind
"placement" written by bot/internships/loop.py, made into messages by bot/internships/outbox.py).

A handoff writes one NotificationRow per configured channel in the same transaction, so no
notification is lost. `Notifier.send_due()` sends what is due; a failure is recorded
(attempts, last_error – shown in the inbox) and retried with exponential backoff
(1, 2, 4 … minutes, at most 6 hours). The message carries no personal data: only the
reference code and the link to the inbox, where a login is needed.
"""

from __future__ import annotations

import logging
import smtplib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot import metrics
from bot.internships.outbox import Message, placement_message
from bot.storage.tables import HandoffRow, NotificationRow, OrganisationRow

TelegramSend = Callable[[str, str], None]  # (chat id, text); raises on failure

log = logging.getLogger("lotse.notify")
MAX_BACKOFF = timedelta(hours=6)


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int = 587
    user: str | None = None
    password: str | None = None
    sender: str = "lotse@localhost"
    starttls: bool = True
    timeout: float = 10.0


def queue_for(session: Session, handoff: HandoffRow) -> int:
    """Outbox rows for a new handoff, one per channel its organisation configured."""
    org = session.get(OrganisationRow, handoff.org_id)
    channels = [c for c, target in (("email", org.notify_email if org else None),
                                    ("webhook", org.notify_webhook if org else None)) if target]
    for channel in channels:
        session.add(NotificationRow(handoff_id=handoff.id, org_id=handoff.org_id, channel=channel,
                                    attempts=0, next_attempt_at=handoff.created_at))
    return len(channels)


def backoff(attempts: int) -> timedelta:
    return min(timedelta(minutes=2 ** max(attempts - 1, 0)), MAX_BACKOFF)


@dataclass
class Notifier:
    sessions: sessionmaker[Session]
    public_url: str = "http://127.0.0.1:8000"
    smtp: SmtpConfig | None = None
    clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    transport: httpx.BaseTransport | None = None
    telegram: TelegramSend | None = None
    prepare: Callable[[], object] | None = None  # runs before each pass (the internship loop)

    def text(self, reference: str, handoff_id: str, urgent: bool) -> tuple[str, str]:
        link = f"{self.public_url.rstrip('/')}/berater/f/{handoff_id}"
        subject = f"{'DRINGEND: ' if urgent else ''}Neue Anfrage {reference} über Lotse"
        body = (f"Eine junge Person hat über Lotse um Kontakt gebeten (Code {reference}).\n"
                f"Bitte im Posteingang ansehen (Anmeldung nötig):\n{link}\n\n"
                "Diese Nachricht enthält absichtlich keine persönlichen Daten.")
        return subject, body

    def send_due(self) -> int:
        """Send every due notification once; returns how many went out."""
        if self.prepare is not None:
            self.prepare()
        sent = 0
        now = self.clock()
        with self.sessions.begin() as session:
            due = list(session.scalars(select(NotificationRow).where(
                NotificationRow.sent_at.is_(None), NotificationRow.next_attempt_at <= now)
                .order_by(NotificationRow.id).with_for_update(skip_locked=True)))
            for row in due:
                if row.kind == "placement":
                    sent += self._send_placement(session, row, now)
                    continue
                handoff = session.get(HandoffRow, row.handoff_id)
                org = session.get(OrganisationRow, row.org_id)
                if handoff is None or org is None:
                    continue
                try:
                    self._send(row.channel, org, handoff)
                except (OSError, smtplib.SMTPException, httpx.HTTPError, ValueError) as exc:
                    row.attempts += 1
                    row.last_error = f"{type(exc).__name__}: {str(exc)[:200]}"
                    row.next_attempt_at = now + backoff(row.attempts)
                    metrics.NOTIFICATION_FAILURES.labels("handoff", row.channel).inc()
                    log.warning("notification %d (%s) failed, attempt %d", row.id, row.channel,
                                row.attempts)
                else:
                    row.attempts += 1
                    row.sent_at, row.last_error = now, None
                    sent += 1
        return sent

    def _send_placement(self, session: Session, row: NotificationRow, now: datetime) -> int:
        """One loop message: its link is made inside a savepoint, so a failed send leaves no
        working link behind; a row that can no longer be sent is dropped."""
        savepoint = session.begin_nested()
        try:
            message = placement_message(session, row, now=now, public_url=self.public_url)
            if message is None:
                savepoint.rollback()
                session.delete(row)
                log.info("placement message %d dropped (placement or address gone)", row.id)
                return 0
            self._deliver(message)
        except (OSError, smtplib.SMTPException, httpx.HTTPError, ValueError, RuntimeError) as exc:
            if savepoint.is_active:
                savepoint.rollback()
            row.attempts += 1
            row.last_error = f"{type(exc).__name__}: {str(exc)[:200]}"
            row.next_attempt_at = now + backoff(row.attempts)
            metrics.NOTIFICATION_FAILURES.labels("placement", row.channel).inc()
            log.warning("placement message %d (%s) failed, attempt %d", row.id, row.channel,
                        row.attempts)
            return 0
        savepoint.commit()
        row.attempts += 1
        row.sent_at, row.last_error = now, None
        return 1

    def _deliver(self, message: Message) -> None:
        if message.channel == "telegram":
            if self.telegram is None:
                raise ValueError("no Telegram bot configured (LOTSE_TELEGRAM_TOKEN)")
            self.telegram(message.address, message.text)
            return
        self._mail(message.address, message.subject, message.text)

    def _mail(self, to: str, subject: str, body: str) -> None:
        if self.smtp is None:
            raise ValueError("no SMTP server configured (LOTSE_SMTP_HOST)")
        email = EmailMessage()
        email["From"], email["To"], email["Subject"] = self.smtp.sender, to, subject
        email.set_content(body)
        with smtplib.SMTP(self.smtp.host, self.smtp.port, timeout=self.smtp.timeout) as smtp:
            if self.smtp.starttls:
                smtp.starttls()
            if self.smtp.user:
                smtp.login(self.smtp.user, self.smtp.password or "")
            smtp.send_message(email)

    def _send(self, channel: str, org: OrganisationRow, handoff: HandoffRow) -> None:
        subject, body = self.text(handoff.reference, handoff.id, handoff.urgent)
        if channel == "webhook":
            if not org.notify_webhook:
                raise ValueError("no webhook configured")
            with httpx.Client(timeout=10, transport=self.transport) as client:
                client.post(org.notify_webhook, json={
                    "event": "handoff.created", "reference": handoff.reference,
                    "urgent": handoff.urgent, "url": body.split("\n")[2],
                }).raise_for_status()
            return
        if not org.notify_email:
            raise ValueError("no e-mail address configured")
        self._mail(org.notify_email, subject, body)
