"""Reports of a wrong fact about an offer (from /angebote), read and closed at /berater/hinweise.

A report holds what the person wrote and, if they gave one, a work address for questions back;
nothing else about them (no IP address, no cookie). Each account sees only the reports it is
responsible for (`Scope`): those about its organisation's own offers and, for admins, those about
offers no organisation in Lotse serves – someone must keep those right too. A counsellor of
another organisation never sees a report, nor the reporter's address."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, false, or_, select
from sqlalchemy.orm import Session

from bot.storage.tables import FactReportRow, OrganisationRow, UserRow

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


@dataclass(frozen=True, slots=True)
class Scope:
    """Which reports an account is responsible for: its organisation's offers, and (admins) the
    offers no organisation serves (`unserved_except` = every offer some organisation serves)."""

    own_offers: frozenset[str]
    unserved_except: frozenset[str] | None

    def covers(self, offer_id: str) -> bool:
        return offer_id in self.own_offers or (
            self.unserved_except is not None and offer_id not in self.unserved_except)

    def where(self) -> ColumnElement[bool]:
        own = FactReportRow.offer_id.in_(self.own_offers) if self.own_offers else false()
        if self.unserved_except is None:
            return own
        unserved = (FactReportRow.offer_id.not_in(self.unserved_except) if self.unserved_except
                    else FactReportRow.offer_id.is_not(None))
        return or_(own, unserved)


def scope_of(session: Session, user: UserRow) -> Scope:
    organisations = list(session.scalars(select(OrganisationRow)))
    own = next((set(org.offer_ids or []) for org in organisations if org.id == user.org_id), set())
    served = frozenset(offer for org in organisations for offer in (org.offer_ids or []))
    return Scope(frozenset(own), served if user.role == "admin" else None)


def listing(session: Session, scope: Scope, *, status: str | None = None,
            limit: int = 500) -> list[FactReportRow]:
    """The reports in `scope`, newest first; only those of `status` when it is one of STATUSES."""
    query = (select(FactReportRow).where(scope.where())
             .order_by(FactReportRow.created_at.desc()).limit(limit))
    if status in STATUSES:
        query = query.where(FactReportRow.status == status)
    return list(session.scalars(query))


def set_status(session: Session, scope: Scope, report_id: str, status: str, *, by: str,
               now: datetime) -> FactReportRow | None:
    """Close or reopen a report; None when there is no such report in `scope` or no such status."""
    row = session.get(FactReportRow, report_id[:36])
    if row is None or status not in STATUSES or not scope.covers(row.offer_id):
        return None
    row.status = status
    row.done_at, row.done_by = (now, by) if status == "done" else (None, None)
    return row
