"""Frozen values of the internship engine: companies, places, applicants, rule checks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

INTERNSHIP_KINDS = ("school", "holiday", "jbh", "taster")
TRAVEL_MODES = ("walk", "bike", "transit", "car")
LANDS = ("HE", "NW", "ST")  # Hessen, Nordrhein-Westfalen, Sachsen-Anhalt: the five regions' Länder
SUPPORT_NEEDS = ("accessible", "easy_language", "language_support", "short_days",
                 "quiet_workplace", "mentor", "transport_help")
# what a company can be ready for (the readiness profile), each self-declared or verified
READINESS = ("named_mentor", "seal", "step_free", "short_days", "plain_language",
             "foerderschule_experience", "newcomer_experience", "jbh_experience",
             "rehab_trainer", "transport_help", "quiet_workplace")
HAZARDS = ("machines", "heights", "chemicals", "noise", "biological_agents", "piece_rate",
           "heat", "electricity", "heavy_loads")
PRIORITY_GROUPS = ("jbh", "foerderschule", "newcomer")
WEEKDAYS = ("mo", "tu", "we", "th", "fr", "sa", "su")  # index = date.weekday()


@dataclass(frozen=True, slots=True)
class Schedule:
    """When an intern works: a date range, weekdays (0 = Monday), daily hours and break."""

    start_date: date
    end_date: date
    weekdays: frozenset[int] = frozenset({0, 1, 2, 3, 4})
    start: time = time(8, 0)
    end: time = time(14, 30)
    break_minutes: int = 30


@dataclass(frozen=True, slots=True)
class Readiness:
    """One thing a company is ready for; `verified_by` empty = self-declared."""

    key: str
    verified_by: str = ""
    verified_on: date | None = None


@dataclass(frozen=True, slots=True)
class Company:
    id: str
    name: str
    postal_code: str
    place: str
    region: str  # Kreis key (AGS)
    lat: float
    lon: float
    sector: str  # e.g. "bakery", "hospitality", "retail", "crafts", "care", "office", "agriculture"
    trains_apprentices: bool = False
    offers_eq: bool = False
    contact_role: str = ""
    contact: str = ""  # an institutional contact (phone or e-mail), never a person's own line
    readiness: tuple[Readiness, ...] = ()
    seal: str | None = None  # e.g. "Praktika-Siegel Harz"
    seal_valid_until: date | None = None


@dataclass(frozen=True, slots=True)
class InternshipPlace:
    id: str
    company_id: str
    occupation: str  # title as in the BA list
    kldb: str  # KldB 2010 code, 5 digits
    kind: str  # one of INTERNSHIP_KINDS
    schedule: Schedule
    capacity: int = 1
    min_age: int = 14
    requires: tuple[str, ...] = ()  # e.g. "safety_shoes", "ifsg43", "measles_proof"
    hazards: tuple[str, ...] = ()  # from HAZARDS
    languages: tuple[str, ...] = ("de",)
    german_level: str | None = None  # lowest level tolerated, e.g. "A2"


@dataclass(frozen=True, slots=True)
class Applicant:
    id: str  # a pseudonymous code
    birth_date: date
    land: str  # Land of school, one of LANDS
    full_time_school: bool  # still in full-time compulsory schooling (Vollzeitschulpflicht)
    kind: str  # the internship wanted, one of INTERNSHIP_KINDS
    available: tuple[tuple[date, date], ...]
    lat: float
    lon: float
    region: str
    travel_mode: str = "transit"
    max_travel_minutes: int = 45
    holiday_days_used: int = 0  # holiday internship days already worked this calendar year
    wishes: tuple[str, ...] = ()  # occupation wishes, best first: KldB codes or titles
    support_needs: tuple[str, ...] = ()
    priority_groups: tuple[str, ...] = ()
    school_status: str | None = None


@dataclass(frozen=True, slots=True)
class RuleCheck:
    """One legal rule checked for a pair, with its paragraph and a plain German sentence."""

    rule: str  # e.g. "JArbSchG §8"
    ok: bool
    text: str
    warning: bool = False  # a missing document: shown, does not exclude the pair
