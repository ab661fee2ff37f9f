"""The papers of a placement, rendered for real and read back: PDF text, calendar events;
when a Freistellungsantrag is needed (school days in term time, not the school's own)."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, time

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from bot.internships.documents import (
    PAPERS,
    Placement,
    _html,
    agreement_pdf,
    calendar_ics,
    certificate_pdf,
    leave_request_pdf,
    needs_leave,
)
from bot.internships.leave import NoSchoolDays, missed_school_days
from matching.internships.calendar import is_school_holiday, public_holiday_name
from matching.internships.demo import demo_data
from matching.internships.law import LegalScreen
from matching.internships.model import Applicant, Company, InternshipPlace, Schedule
from matching.internships.rank import rank_places
from tests.xss import XSS, Tags


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


# ---------------------------------------------------------------- Freistellungsantrag

HARZ = Company("c-harz", "Beispiel-Backstube Harz", "06484", "Quedlinburg", "15085", 51.79,
               11.14, "bakery", contact_role="Backstubenleitung", contact="harz@beispiel.example")
BOCHUM = replace(HARZ, id="c-bochum", postal_code="44787", place="Bochum", region="05911")


def pupil(**changes: object) -> Applicant:
    """A 15-year-old pupil in Sachsen-Anhalt, in full-time schooling, free all the time."""
    base = Applicant("HZ-0007", date(2012, 3, 1), "ST", True, "taster", (), 51.8, 11.1, "15085",
                     school_status="in_school")
    return replace(base, **changes)  # type: ignore[arg-type]


def at(first: date, last: date, *, kind: str = "taster", company: Company = HARZ,
       weekdays: frozenset[int] = frozenset({0, 1, 2, 3, 4}), **person: object) -> Placement:
    place = InternshipPlace("p-1", company.id, "Bäcker", "29222", kind,
                            Schedule(first, last, weekdays, time(7, 0), time(13, 0)))
    return Placement("harz-2027", pupil(**person), place, company)


def test_the_dates_below_are_what_the_calendars_say() -> None:
    assert not any(is_school_holiday("ST", date(2027, 6, d)) for d in range(7, 12))
    assert all(is_school_holiday("ST", date(2027, 7, d)) for d in range(12, 17))
    assert not any(is_school_holiday("NW", date(2027, 7, d)) for d in range(12, 17))
    assert public_holiday_name("ST", date(2027, 5, 6)) == "Christi Himmelfahrt"


@pytest.mark.parametrize(("case", "placement", "expected"), [
    ("weekdays in term time", at(date(2027, 6, 7), date(2027, 6, 11)), True),
    ("in the Land's summer holidays", at(date(2027, 7, 12), date(2027, 7, 16)), False),
    ("the school's own internship", at(date(2027, 6, 7), date(2027, 6, 11), kind="school"), False),
    ("a holiday internship on school days", at(date(2027, 6, 7), date(2027, 6, 11),
                                               kind="holiday"), True),
    ("not at school any more", at(date(2027, 6, 7), date(2027, 6, 11), full_time_school=False,
                                  school_status="in_training"), False),
    ("upper school, past full-time schooling", at(date(2027, 6, 7), date(2027, 6, 11),
                                                  full_time_school=False), True),
    ("on a public holiday only", at(date(2027, 5, 6), date(2027, 5, 6)), False),
    ("on a Saturday only", at(date(2027, 6, 12), date(2027, 6, 12), weekdays=frozenset({5}),
                              company=replace(HARZ, sector="retail")), False),
    ("free only in the holidays", at(date(2027, 7, 5), date(2027, 7, 16),
                                     available=((date(2027, 7, 12), date(2027, 7, 31)),)), False),
    ("the school's Land decides: NW term, ST holidays", at(date(2027, 7, 12), date(2027, 7, 16),
                                                           land="NW"), True),
    ("the school's Land decides: ST holidays, NW term", at(date(2027, 7, 12), date(2027, 7, 16),
                                                           company=BOCHUM), False),
])
def test_needs_leave(case: str, placement: Placement, expected: bool) -> None:
    assert needs_leave(placement) is expected, case
    assert bool(placement.school_days) is expected
    assert PAPERS["freistellung.pdf"].offered(placement) is expected


def test_only_the_school_days_are_missed() -> None:
    p = at(date(2027, 7, 5), date(2027, 7, 16))  # ST summer holidays begin on Saturday 10 July
    assert len(p.days) == 10
    assert missed_school_days(p.applicant, p.place, p.company) == tuple(
        date(2027, 7, d) for d in range(5, 10))


def test_the_leave_request_lists_days_company_purpose_and_signatures() -> None:
    p = at(date(2027, 7, 5), date(2027, 7, 16))
    text = " ".join(text_of(leave_request_pdf(p, today=date(2027, 6, 1))).split())
    assert text.startswith("An die Schulleitung") and "Freistellung vom Unterricht" in text
    assert "(Name der Schule)" in text and "Klasse" in text and "Code HZ-0007" in text
    for day in ("Mo, 05.07.2027", "Di, 06.07.2027", "Mi, 07.07.2027", "Do, 08.07.2027",
                "Fr, 09.07.2027"):
        assert day in text
    assert "Mo, 12.07.2027" not in text and "an 5 Schultagen" in text
    assert "Die übrigen 5 Praktikumstage liegen in den Ferien" in text and "Sachsen-Anhalt" in text
    assert "Beispiel-Backstube Harz, 06484 Quedlinburg" in text and "Bäcker" in text
    assert "Schnuppertag" in text and "Berufsorientierung" in text
    assert "07:00 bis 13:00 Uhr" in text and "nicht bezahlt" in text
    assert "Unterschrift der Schülerin / des Schülers" in text
    assert "Unterschrift einer/eines Erziehungsberechtigten" in text
    assert "Entscheidung der Schule" in text and "genehmigt" in text and "nicht genehmigt" in text
    assert "Unterschrift der Schulleitung" in text
    assert len(PdfReader(io.BytesIO(leave_request_pdf(p, today=date(2027, 6, 1)))).pages) == 1


def test_an_adult_pupil_signs_alone() -> None:
    p = at(date(2027, 6, 7), date(2027, 6, 11), birth_date=date(2008, 1, 1), full_time_school=False)
    text = " ".join(text_of(leave_request_pdf(p, today=date(2027, 6, 1))).split())
    assert "Unterschrift der Schülerin / des Schülers" in text
    assert "Erziehungsberechtigten" not in text


def test_no_leave_request_without_school_days() -> None:
    with pytest.raises(NoSchoolDays):
        leave_request_pdf(at(date(2027, 7, 12), date(2027, 7, 16)), today=date(2027, 6, 1))


def test_a_company_name_is_text_not_markup() -> None:
    evil = replace(HARZ, name='<script>alert("x")</script><b>Fett</b> & Co')
    p = at(date(2027, 6, 7), date(2027, 6, 11), company=evil)
    text = " ".join(text_of(leave_request_pdf(p, today=date(2027, 6, 1))).split())
    assert '<script>alert("x")</script><b>Fett</b> & Co' in text


@pytest.mark.parametrize("template", ["freistellung.html", "vereinbarung.html",
                                      "bescheinigung.html"])
def test_hostile_stored_values_stay_inert_in_every_paper(template: str) -> None:
    """The HTML the PDFs are made from, with 50 payloads as company, contact and occupation."""
    p = at(date(2027, 6, 7), date(2027, 6, 11))
    extra = {"school_days": [], "other_days": 0, "land": "", "minor": True}
    allowed = {t for t, _ in Tags(_html(template, p, date(2027, 6, 1), **extra)).tags}
    for payload in XSS:
        company = replace(p.company, name=payload, contact=payload, contact_role=payload)
        hostile = replace(p, company=company, place=replace(p.place, occupation=payload))
        tags = Tags(_html(template, hostile, date(2027, 6, 1), **extra)).tags
        assert {t for t, _ in tags} == allowed, payload
        assert not [a for _, attrs in tags for a in attrs if a.startswith("on")], payload
    assert "script" not in allowed


def test_every_paper_is_made_for_a_placement_that_needs_them_all() -> None:
    p = at(date(2027, 6, 7), date(2027, 6, 11))
    for name, paper in PAPERS.items():
        assert paper.offered(p), name
        content = paper.make(p, date(2027, 6, 1))
        assert content.startswith(b"%PDF" if name.endswith(".pdf") else b"BEGIN:VCALENDAR"), name
