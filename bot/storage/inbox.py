"""The counsellor inbox's view of the database: always scoped to one organisation."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import labels
from bot.stats.events import handoff_status_events
from bot.storage import demand
from bot.storage.tables import AuditRow, HandoffNoteRow, HandoffRow, NotificationRow

STATUSES = ("new", "contacted", "closed")
NEXT_STATUS = {"new": ("contacted", "closed"), "contacted": ("closed",), "closed": ("contacted",)}


@dataclass(frozen=True)
class Filters:
    status: str | None = None
    offer_id: str | None = None
    age_min: int | None = None
    age_max: int | None = None
    since: date | None = None
    until: date | None = None
    urgent: bool | None = None


def as_utc(moment: datetime) -> datetime:
    """An aware datetime; naive ones (SQLite) are UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


class InboxRepository:
    """Reads and writes of one organisation's inbox; dates in filters are days in `tz`."""

    def __init__(self, session: Session, org_id: str, *, tz: tzinfo = UTC,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.session = session
        self.org_id = org_id
        self.tz = tz
        self.clock = clock

    def handoffs(self, f: Filters) -> list[HandoffRow]:
        stmt = select(HandoffRow).where(HandoffRow.org_id == self.org_id)
        if f.status in STATUSES:
            stmt = stmt.where(HandoffRow.status == f.status)
        if f.offer_id:
            stmt = stmt.where(HandoffRow.offer_id == f.offer_id)
        if f.age_min is not None:
            stmt = stmt.where(HandoffRow.age >= f.age_min)
        if f.age_max is not None:
            stmt = stmt.where(HandoffRow.age <= f.age_max)
        if f.since:
            stmt = stmt.where(HandoffRow.created_at >= self._day_start(f.since))
        if f.until:
            stmt = stmt.where(HandoffRow.created_at < self._day_start(f.until + timedelta(days=1)))
        if f.urgent is not None:
            stmt = stmt.where(HandoffRow.urgent == f.urgent)
        stmt = stmt.order_by(HandoffRow.urgent.desc(), HandoffRow.created_at.desc())
        return list(self.session.scalars(stmt))

    def _day_start(self, day: date) -> datetime:
        return datetime.combine(day, time(), self.tz).astimezone(UTC)

    def offers(self) -> list[tuple[str, str]]:
        stmt = (select(HandoffRow.offer_id, HandoffRow.offer_name)
                .where(HandoffRow.org_id == self.org_id).distinct())
        return sorted(((oid, name) for oid, name in self.session.execute(stmt)), key=lambda r: r[1])

    def get(self, handoff_id: str) -> HandoffRow | None:
        """A handoff of this organisation, or None – also for other organisations' ids."""
        stmt = select(HandoffRow).where(HandoffRow.id == handoff_id,
                                        HandoffRow.org_id == self.org_id)
        return self.session.scalars(stmt).first()

    def set_status(self, row: HandoffRow, status: str, *, by: str, now: datetime) -> bool:
        if status not in NEXT_STATUS.get(row.status, ()):
            return False
        first_contact = row.status == "new" and status == "contacted"
        row.status, row.status_changed_by, row.status_changed_at = status, by, now
        # anonymous counters (bot/stats): the organisation, the region, how long it took
        created = row.created_at
        hours = ((now - created).total_seconds() / 3600
                 if first_contact and created is not None and now.tzinfo is not None
                 and created.tzinfo is not None else None)
        demand.add(self.session, handoff_status_events(row.org_id, status, hours_waited=hours),
                   region=(row.summary or {}).get("region_code"), at=now)
        return True

    def add_note(self, row: HandoffRow, text: str, *, by: str) -> HandoffNoteRow:
        note = HandoffNoteRow(handoff_id=row.id, author=by, text=text)
        self.session.add(note)
        return note

    def notes(self, row: HandoffRow) -> list[HandoffNoteRow]:
        return list(self.session.scalars(select(HandoffNoteRow).where(
            HandoffNoteRow.handoff_id == row.id).order_by(HandoffNoteRow.id)))

    def notifications(self, row: HandoffRow) -> list[NotificationRow]:
        return list(self.session.scalars(select(NotificationRow).where(
            NotificationRow.handoff_id == row.id).order_by(NotificationRow.id)))

    def notifications_by_handoff(self, rows: list[HandoffRow]) -> dict[str, list[NotificationRow]]:
        """The notifications of several handoffs at once (for the list)."""
        found: dict[str, list[NotificationRow]] = defaultdict(list)
        if rows:
            stmt = (select(NotificationRow).where(NotificationRow.handoff_id.in_([r.id for r in rows]))
                    .order_by(NotificationRow.id))
            for n in self.session.scalars(stmt):
                if n.handoff_id is not None:
                    found[n.handoff_id].append(n)
        return found

    def status_history(self, row: HandoffRow) -> list[AuditRow]:
        """Every status change of a handoff: who, when, from what to what."""
        return list(self.session.scalars(select(AuditRow).where(
            AuditRow.org_id == self.org_id, AuditRow.handoff_id == row.id,
            AuditRow.action == "status").order_by(AuditRow.id)))

    def audit(self, actor: str, action: str, handoff_id: str | None = None,
              **detail: Any) -> None:
        self.session.add(AuditRow(at=self.clock(), actor=actor, org_id=self.org_id, action=action,
                                  handoff_id=handoff_id, detail=detail))

    def audit_log(self, limit: int = 200) -> list[AuditRow]:
        return list(self.session.scalars(select(AuditRow).where(AuditRow.org_id == self.org_id)
                                         .order_by(AuditRow.id.desc()).limit(limit)))


CSV_COLUMNS = ("Datum", "Code", "Status", "Dringend", "Alter", "Ort", "Anliegen", "Schule",
               "Schulabschluss", "Sprachen", "Angebot", "Kontaktweg", "Status geändert von",
               "Status geändert am")


def csv_safe(value: Any) -> str:
    """A cell that a spreadsheet will not run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_row(row: HandoffRow, tz: tzinfo = UTC) -> list[str]:
    """One handoff as CSV cells in German words (times in `tz`, "24.11.2026 09:00");
    never the transcript, note or contact value."""
    s = row.summary or {}

    def when(moment: datetime | None) -> str:
        return as_utc(moment).astimezone(tz).strftime("%d.%m.%Y %H:%M") if moment else ""

    def told(value: Any, label: Callable[[Any], str]) -> str:
        return label(value) if value else ""

    values = (when(row.created_at), row.reference, labels.handoff_status_label(row.status),
              labels.yes_no(row.urgent), row.age, s.get("place"),
              told(s.get("needs"), lambda v: labels.needs_label(v, "; ")),
              told(s.get("school_status"), labels.school_status_label),
              told(s.get("school_qualification"), labels.school_qualification_label),
              told(s.get("languages"), lambda v: labels.languages_label(v, "; ")),
              row.offer_name, labels.contact_method_label(row.contact_method),
              row.status_changed_by, when(row.status_changed_at))
    return [csv_safe(v) for v in values]
