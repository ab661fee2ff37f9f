"""The papers of a placement: Praktikumsvereinbarung, Praktikumsbescheinigung and – when the
internship takes school days – the Freistellungsantrag for the school as PDF (WeasyPrint, from
the templates beside this module), and the internship's days as an .ics calendar file
(icalendar). `PAPERS` names them for the web layer, with whether each is offered.

Everything comes from the stored place, its company and the rules checked for the actual days;
Lotse stores no names, so the papers leave a line for the name to be written by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event
from jinja2 import Environment, FileSystemLoader, select_autoescape

from bot.internships import leave
from bot.internships.labels import (
    KIND_WORDS,
    LAND_WORDS,
    REQUIREMENT_WORDS,
    WEEKDAY_WORDS,
    label,
)
from matching.internships.law import actual_days, age_on, check_pair
from matching.internships.model import WEEKDAYS, Applicant, Company, InternshipPlace, RuleCheck

HERE = Path(__file__).resolve().parent / "templates"
LOCAL = ZoneInfo("Europe/Berlin")  # the five regions' time
_env = Environment(loader=FileSystemLoader(HERE), autoescape=select_autoescape(["html"]))


@dataclass(frozen=True, slots=True)
class Placement:
    """One young person (by code) at one place of a round."""

    round_id: str
    applicant: Applicant
    place: InternshipPlace
    company: Company

    @property
    def days(self) -> tuple[date, ...]:
        return tuple(d.day for d in actual_days(self.applicant, self.place, self.company)[0])

    @property
    def checks(self) -> tuple[RuleCheck, ...]:
        return check_pair(self.applicant, self.place, self.company)

    @property
    def school_days(self) -> tuple[date, ...]:
        """The days the school must release the young person for (see `leave`)."""
        return leave.missed_school_days(self.applicant, self.place, self.company)


def needs_leave(p: Placement) -> bool:
    """Whether the placement needs a Freistellungsantrag (school days, not the school's own)."""
    return bool(p.school_days)


def _german(day: date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def _context(p: Placement, today: date) -> dict[str, object]:
    days = p.days
    schedule = p.place.schedule
    return {
        "code": p.applicant.id, "round_id": p.round_id, "today": _german(today),
        "company": p.company, "place": p.place, "checks": p.checks,
        "kind": label(KIND_WORDS, p.place.kind),
        "first": _german(days[0]) if days else "–", "last": _german(days[-1]) if days else "–",
        "day_count": len(days),
        "weekdays": ", ".join(label(WEEKDAY_WORDS, WEEKDAYS[d]) for d in sorted(schedule.weekdays)),
        "start": schedule.start.strftime("%H:%M"), "end": schedule.end.strftime("%H:%M"),
        "requires": ", ".join(label(REQUIREMENT_WORDS, r) for r in p.place.requires),
        "css": (HERE / "document.css").read_text(encoding="utf-8"),
    }


def _html(template: str, p: Placement, today: date, **extra: object) -> str:
    return _env.get_template(template).render(**_context(p, today), **extra)


def _pdf(template: str, p: Placement, today: date, **extra: object) -> bytes:
    from weasyprint import HTML  # imported here: pango loads only when a paper is made

    return bytes(HTML(string=_html(template, p, today, **extra), base_url=str(HERE)).write_pdf())


def agreement_pdf(p: Placement, *, today: date) -> bytes:
    """The Praktikumsvereinbarung: parties, dates, hours and breaks, rules, duties, no pay."""
    return _pdf("vereinbarung.html", p, today)


def certificate_pdf(p: Placement, *, today: date) -> bytes:
    """The Praktikumsbescheinigung for the Berufswahlpass, to be signed by the company."""
    return _pdf("bescheinigung.html", p, today)


def leave_request_pdf(p: Placement, *, today: date) -> bytes:
    """The Freistellungsantrag: asks the school management to release the pupil from lessons
    on the internship's school days; raises `leave.NoSchoolDays` when it is not needed."""
    missed = p.school_days
    if not missed:
        raise leave.NoSchoolDays(p.applicant.id)
    return _pdf("freistellung.html", p, today, **_leave_context(p, missed, today))


def _leave_context(p: Placement, missed: tuple[date, ...], today: date) -> dict[str, object]:
    return {
        "school_days": [{"weekday": label(WEEKDAY_WORDS, WEEKDAYS[d.weekday()]), "date": _german(d)}
                        for d in missed],
        "other_days": len(p.days) - len(missed),
        "land": label(LAND_WORDS, p.applicant.land),
        # parents sign while the pupil is a minor: when the paper is made or on the first day
        "minor": age_on(p.applicant.birth_date, min(today, missed[0])) < 18,
    }


def calendar_ics(p: Placement) -> bytes:
    """Every working day of the internship as an event, in the company's local time."""
    calendar = Calendar()
    calendar.add("prodid", "-//Lotse//Praktikalotsen//DE")
    calendar.add("version", "2.0")
    schedule = p.place.schedule
    for day in p.days:
        event = Event()
        event.add("uid", f"{p.round_id}-{p.applicant.id}-{p.place.id}-{day.isoformat()}@lotse")
        event.add("summary", f"Praktikum: {p.place.occupation} bei {p.company.name}")
        event.add("location", f"{p.company.postal_code} {p.company.place}")
        event.add("dtstart", datetime.combine(day, schedule.start, tzinfo=LOCAL))
        event.add("dtend", datetime.combine(day, schedule.end, tzinfo=LOCAL))
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def _always(p: Placement) -> bool:
    return True


@dataclass(frozen=True, slots=True)
class Paper:
    """One paper of a placement as the web layer serves it: maker, media type, offered when."""

    make: Callable[[Placement, date], bytes]
    media_type: str
    offered: Callable[[Placement], bool] = _always


# file name (the last part of /lotsen/runden/ROUND/unterlagen/CODE/…) → paper
PAPERS: Mapping[str, Paper] = {
    "vereinbarung.pdf": Paper(lambda p, day: agreement_pdf(p, today=day), "application/pdf"),
    "bescheinigung.pdf": Paper(lambda p, day: certificate_pdf(p, today=day), "application/pdf"),
    "freistellung.pdf": Paper(lambda p, day: leave_request_pdf(p, today=day), "application/pdf",
                              offered=needs_leave),
    "termine.ics": Paper(lambda p, day: calendar_ics(p), "text/calendar; charset=utf-8"),
}
