"""Model values → table rows (column key → cell), as the export writes them.

Codes are written as their German labels (the import reads labels and codes alike),
lists joined with "; ", dates as dates (ISO in CSV), yes/no as "ja"/"nein".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import time
from typing import Any

from bot.internships.labels import (
    GROUP_WORDS,
    HAZARD_WORDS,
    KIND_WORDS,
    LAND_WORDS,
    MODE_WORDS,
    NEED_WORDS,
    REQUIREMENT_WORDS,
    SCHOOL_STATUS_WORDS,
    WEEKDAY_WORDS,
    label,
)
from bot.internships.values import Cell
from matching.internships.model import (
    WEEKDAYS,
    Applicant,
    Company,
    InternshipPlace,
    Readiness,
)
from matching.places import PlaceIndex

LIST_JOIN = "; "
POSTAL_CODE_MAX_KM = 1.0  # an applicant's coordinates are a postal code's place, or no code


@dataclass(frozen=True, slots=True)
class AssignmentRow:
    """One line of an assignment export: who got which place (none: place_id "") and why."""

    applicant_id: str
    place_id: str = ""
    company_id: str = ""
    wish_rank: int | None = None
    reason: str = ""


def assignment_rows(allocation: Any) -> tuple[AssignmentRow, ...]:
    """The rows of an `assign.Allocation`: every applicant with a place or a reason, by code."""
    people = sorted(set(allocation.assignments) | set(allocation.reasons))
    return tuple(AssignmentRow(
        applicant_id=person,
        place_id=allocation.assignments.get(person, ""),
        company_id=allocation.place_company.get(allocation.assignments.get(person, ""), ""),
        wish_rank=allocation.wish_ranks.get(person),
        reason=allocation.reasons.get(person, ""),
    ) for person in people)


def to_row(kind: str, item: Any, *, place_index: PlaceIndex | None = None) -> dict[str, Cell]:
    """The cells of one model value of `kind`."""
    if kind == "companies" and isinstance(item, Company):
        return company_row(item)
    if kind == "places" and isinstance(item, InternshipPlace):
        return place_row(item)
    if kind == "applicants" and isinstance(item, Applicant):
        return applicant_row(item, place_index=place_index)
    if kind == "assignments" and isinstance(item, AssignmentRow):
        return {"applicant_id": item.applicant_id, "place_id": item.place_id,
                "company_id": item.company_id, "wish_rank": item.wish_rank, "reason": item.reason}
    raise TypeError(f"{type(item).__name__} is no row of {kind}")


def company_row(company: Company) -> dict[str, Cell]:
    return {
        "id": company.id, "name": company.name, "postal_code": company.postal_code,
        "place": company.place, "sector": company.sector,
        "trains_apprentices": yes_no(company.trains_apprentices),
        "offers_eq": yes_no(company.offers_eq), "contact_role": company.contact_role,
        "contact": company.contact,
        "readiness": LIST_JOIN.join(readiness_text(r) for r in company.readiness),
        "seal": company.seal or "", "seal_valid_until": company.seal_valid_until,
        "region": company.region, "lat": company.lat, "lon": company.lon,
    }


def place_row(place: InternshipPlace) -> dict[str, Cell]:
    schedule = place.schedule
    return {
        "id": place.id, "company_id": place.company_id, "occupation": place.occupation,
        "kldb": place.kldb, "kind": label(KIND_WORDS, place.kind),
        "start_date": schedule.start_date, "end_date": schedule.end_date,
        "weekdays": weekdays_text(schedule.weekdays), "start": clock(schedule.start),
        "end": clock(schedule.end), "break_minutes": schedule.break_minutes,
        "capacity": place.capacity, "min_age": place.min_age,
        "requires": labels(REQUIREMENT_WORDS, place.requires),
        "hazards": labels(HAZARD_WORDS, place.hazards),
        "languages": LIST_JOIN.join(place.languages), "german_level": place.german_level or "",
    }


def applicant_row(person: Applicant, *, place_index: PlaceIndex | None = None) -> dict[str, Cell]:
    first = person.available[0] if person.available else None
    home = place_index.nearest(person.lat, person.lon, max_km=POSTAL_CODE_MAX_KM) if place_index else None
    return {
        "id": person.id, "birth_date": person.birth_date, "land": label(LAND_WORDS, person.land),
        "full_time_school": yes_no(person.full_time_school), "kind": label(KIND_WORDS, person.kind),
        "available_from": first[0] if first else None,
        "available_until": first[1] if first else None,
        "more_periods": LIST_JOIN.join(f"{a.isoformat()} bis {b.isoformat()}"
                                       for a, b in person.available[1:]),
        "postal_code": home.postal_code if home else "",
        "travel_mode": label(MODE_WORDS, person.travel_mode),
        "max_travel_minutes": person.max_travel_minutes,
        "holiday_days_used": person.holiday_days_used,
        "wishes": LIST_JOIN.join(person.wishes),
        "support_needs": labels(NEED_WORDS, person.support_needs),
        "priority_groups": labels(GROUP_WORDS, person.priority_groups),
        "school_status": label(SCHOOL_STATUS_WORDS, person.school_status) if person.school_status else "",
        "region": person.region, "lat": person.lat, "lon": person.lon,
    }


def yes_no(value: bool) -> str:
    return "ja" if value else "nein"


def clock(value: time) -> str:
    return value.strftime("%H:%M")


def labels(words: Mapping[str, tuple[str, ...]], codes: Iterable[str]) -> str:
    return LIST_JOIN.join(label(words, c) for c in codes)


def readiness_text(item: Readiness) -> str:
    """"step_free" or "step_free (geprüft von IHK am 2026-11-15)"."""
    if not item.verified_by and item.verified_on is None:
        return item.key
    when = f" am {item.verified_on.isoformat()}" if item.verified_on else ""
    return f"{item.key} (geprüft von {item.verified_by}{when})"


def weekdays_text(days: frozenset[int]) -> str:
    """"Mo-Fr" for a run of days, else the days listed: "Mo; Mi; Sa"."""
    ordered = sorted(days)
    names = [label(WEEKDAY_WORDS, WEEKDAYS[d]) for d in ordered]
    if len(ordered) >= 3 and ordered == list(range(ordered[0], ordered[-1] + 1)):
        return f"{names[0]}-{names[-1]}"
    return LIST_JOIN.join(names)
