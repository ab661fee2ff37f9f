"""One outbox row of the confirmation loop → the message to send: the address is looked up and
the personal link made only now, so the outbox never holds an address or a token. A row whose
placement has changed or whose address is gone is dropped (None), never sent to the wrong
person.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot.internships.loop import LADDER, company_channel
from bot.storage.internships import InternshipRepository
from bot.storage.placement_links import PlacementLinks
from bot.storage.tables import (
    InternshipAssignmentRow,
    InternshipCompanyRow,
    InternshipPlaceRow,
    NotificationRow,
)
from matching.internships import texts

LOCAL = ZoneInfo("Europe/Berlin")  # dates as the people in the five regions read them


@dataclass(frozen=True, slots=True)
class Message:
    channel: str  # email | telegram
    address: str
    subject: str
    text: str


def _german(day: date | datetime) -> str:
    if isinstance(day, datetime):
        day = day.astimezone(LOCAL)
    return day.strftime("%d.%m.%Y")


def placement_message(session: Session, row: NotificationRow, *, now: datetime,
                      public_url: str) -> Message | None:
    """The message for a placement outbox row, with a fresh personal link where it needs one;
    None when it can no longer be sent (placement gone or changed, no address)."""
    if row.round_id is None or row.applicant_id is None or row.role is None:
        return None
    placement = session.get(InternshipAssignmentRow, (row.round_id, row.applicant_id))
    words = texts.LOOP_MESSAGES.get((row.purpose or "", row.role))
    if placement is None or words is None:
        return None
    place = session.get(InternshipPlaceRow, placement.place_id)
    company = session.get(InternshipCompanyRow, place.company_id) if place else None
    if place is None or company is None:
        return None
    if row.role == "company":
        channel = company_channel(company.contact)
        address = company.contact.strip()
    else:
        found = InternshipRepository(session).contacts([row.applicant_id]).get(
            row.applicant_id, {}).get(row.role)
        channel, address = found if found else (None, "")
    if channel is None or channel != row.channel:
        return None
    link = ""
    if row.purpose in ("confirm", "attendance", "feedback", "followup"):
        expires = (placement.deadline_at if row.purpose == "confirm" and placement.deadline_at
                   else now + timedelta(days=LADDER.answer_days))
        token = PlacementLinks(session).create_one(row.round_id, row.applicant_id, row.role,
                                                   row.purpose, expires_at=expires, now=now)
        link = f"{public_url.rstrip('/')}/z/{token}"
    values = {"company": company.name, "occupation": place.occupation,
              "first_day": _german(place.start_date), "code": row.applicant_id,
              "deadline": _german(placement.deadline_at) if placement.deadline_at else "–",
              "link": link}
    subject, text = words
    return Message(channel, address, subject.format(**values), text.format(**values))
