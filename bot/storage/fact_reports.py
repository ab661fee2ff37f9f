"""Reports of a wrong fact about an offer (from /angebote), read and closed at /berater/hinweise.

A report holds what the person wrote and, if they gave one, a work address for questions back;
nothing else about them (no IP address, no cookie)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.storage.tables import FactReportRow

# what can be wrong, in the order the form offers it
TOPICS: dict[str, str] = {
    "phone": "Telefonnummer",
    "email": "E-Mail-Adresse",
    "web": "Internetseite",
    "address": "Adresse",
    "hours": "Öffnungszeiten",
    "age": "Alter / Zielgruppe",
    "description": "Beschreibung",
    "gone": "Angebot gibt es nicht mehr",
    "other": "Etwas anderes",
}
STATUSES: dict[str, str] = {"new": "Offen", "done": "Erledigt"}
MAX_TEXT = 2000
MAX_CONTACT = 254
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")


class ReportProblem(ValueError):
    """A report that cannot be stored as sent; `german` says why, for the form."""

    def __init__(self, german: str) -> None:
        super().__init__(german)
        self.german = german


@dataclass(frozen=True, slots=True)
class NewReport:
    """A checked report, ready to store."""

    offer_id: str
    offer_name: str
    topic: str
    text: str
    contact: str | None


def check_report(offer_id: str, offer_name: str, *, topic: str, text: str,
                 contact: str) -> NewReport:
    """The report as stored, or ReportProblem with a German explanation."""
    text, contact = text.strip(), contact.strip()
    if topic not in TOPICS:
        raise ReportProblem("Bitte wähle aus, was nicht stimmt.")
    if len(text) < 5:
        raise ReportProblem("Bitte beschreibe kurz, was nicht stimmt und was richtig ist.")
    if len(text) > MAX_TEXT:
        raise ReportProblem(f"Bitte fasse dich kürzer (höchstens {MAX_TEXT} Zeichen).")
    if contact and (len(contact) > MAX_CONTACT or not EMAIL.match(contact)):
        raise ReportProblem("Die E-Mail-Adresse für Rückfragen sieht nicht richtig aus. "
                            "Du kannst das Feld auch leer lassen.")
    return NewReport(offer_id, offer_name[:200], topic, text, contact or None)


def add(session: Session, report: NewReport, *, now: datetime) -> FactReportRow:
    row = FactReportRow(offer_id=report.offer_id, offer_name=report.offer_name,
                        topic=report.topic, text=report.text, contact=report.contact,
                        status="new", created_at=now)
    session.add(row)
    session.flush()
    return row


def listing(session: Session, *, status: str | None = None, limit: int = 500) -> list[FactReportRow]:
    """Reports, newest first; only those of `status` when it is one of STATUSES."""
    query = select(FactReportRow).order_by(FactReportRow.created_at.desc()).limit(limit)
    if status in STATUSES:
        query = query.where(FactReportRow.status == status)
    return list(session.scalars(query))


def set_status(session: Session, report_id: str, status: str, *, by: str,
               now: datetime) -> FactReportRow | None:
    """Close or reopen a report; None when there is no such report or status."""
    row = session.get(FactReportRow, report_id[:36])
    if row is None or status not in STATUSES:
        return None
    row.status = status
    row.done_at, row.done_by = (now, by) if status == "done" else (None, None)
    return row
