"""The papers of a placement, rendered for real and read back: PDF text, calendar events."""

from __future__ import annotations

import io
from datetime import date

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from bot.internships.documents import Placement, agreement_pdf, calendar_ics, certificate_pdf
from matching.internships.demo import demo_data
from matching.internships.law import LegalScreen
from matching.internships.rank import rank_places


@pytest.fixture(scope="module")
def placement() -> Placement:
    data = demo_data()
    person = next(a for a in data.applicants if a.region == "15085")
    companies = {c.id: c for c in data.companies}
    best = rank_places(person, data.places, companies, eligible=LegalScreen(), limit=1)[0]
    return Placement("harz-2027", person, best.place, best.company)


def text_of(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_agreement_says_who_when_which_rules_and_no_pay(placement: Placement) -> None:
    text = " ".join(text_of(agreement_pdf(placement, today=date(2027, 2, 1))).split())
    assert text.startswith("Praktikumsvereinbarung")
    assert placement.company.name in text and placement.place.occupation in text
    assert placement.applicant.id in text and f"{len(placement.days)} Praktikumstage" in text
    first = placement.days[0]
    assert f"{first.day:02d}.{first.month:02d}.{first.year}" in text
    assert placement.place.schedule.start.strftime("%H:%M") in text
    assert "JArbSchG" in text and "Mindestlohn gilt dafür nicht" in text
    assert "Erziehungsberechtigten" in text


def test_the_certificate_is_for_the_berufswahlpass(placement: Placement) -> None:
    text = " ".join(text_of(certificate_pdf(placement, today=date(2027, 2, 1))).split())
    assert "Praktikumsbescheinigung" in text and "Berufswahlpass" in text
    assert placement.place.occupation in text and placement.company.name in text


def test_the_calendar_has_every_working_day(placement: Placement) -> None:
    calendar = Calendar.from_ical(calendar_ics(placement))
    events = [c for c in calendar.walk("VEVENT")]
    assert [e.decoded("dtstart").date() for e in events] == list(placement.days)
    assert all(e.decoded("dtstart").time() == placement.place.schedule.start for e in events)
    assert str(events[0]["summary"]).startswith("Praktikum: ")
