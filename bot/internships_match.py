"""Internship places for one profile (`lotse match`, `POST /api/match`): the edge that turns
the contract's profile into an `Applicant`, loads the stored places and calls `rank_places`.

Defaults when the profile leaves something out (all fields are optional):
- birth date: from `age` the youngest that age can be today (the stricter rules: safe side);
- kind: "school" under 16, else "holiday" (only informs; a given kind also filters places);
- dates: the coming twelve months – the law then keeps only the days a place's kind allows
  (a holiday internship inside the school holidays, a child only in a school internship);
- travel: bus and train, 45 minutes.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from matching.internships.calendar import land_of_region
from matching.internships.fields import field_codes, field_of
from matching.internships.law import FULL_TIME_SCHOOL_YEARS, LegalScreen
from matching.internships.model import WEEKDAYS, Applicant, Company, InternshipPlace
from matching.internships.rank import PlaceMatch, rank_places
from matching.internships.texts import FIELD_REASON, FIT_REASONS
from matching.model import Place
from matching.text import fold

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
DEFAULT_MODE = "transit"
DEFAULT_MINUTES = 45
DEFAULT_HORIZON_DAYS = 365
SCHOOL_KIND_BELOW_AGE = 16
DEFAULT_LIMIT = 10
SCHOOL_START_AGE = 6  # full-time compulsory schooling counted from the usual first school year


class InternshipProfile(Protocol):
    """What the edge reads of the contract's profile (bot.routing_api.ProfileIn)."""

    @property
    def age(self) -> int | None: ...
    @property
    def needs(self) -> Sequence[str]: ...
    @property
    def occupation(self) -> str | None: ...
    @property
    def support_needs(self) -> Sequence[str]: ...
    @property
    def school_status(self) -> str | None: ...
    @property
    def birth_date(self) -> date | None: ...
    @property
    def internship_kind(self) -> str | None: ...
    @property
    def travel_mode(self) -> str | None: ...
    @property
    def max_travel_minutes(self) -> int | None: ...
    @property
    def date_range(self) -> tuple[date, date] | None: ...


def wants_internship(profile: InternshipProfile) -> bool:
    """True when the profile asks for an internship (the need, or a kind given)."""
    return "seek_internship" in profile.needs or profile.internship_kind is not None


def birth_date_for(profile: InternshipProfile, today: date) -> date | None:
    """The given birth date, or the youngest birth date of the given age."""
    if profile.birth_date is not None:
        return profile.birth_date
    if profile.age is None:
        return None
    try:
        return date(today.year - profile.age - 1, today.month, today.day) + timedelta(days=1)
    except ValueError:  # 29 February in a common year
        return date(today.year - profile.age - 1, 3, 1)


def _age(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


# --- occupations ----------------------------------------------------------------------------

class OccupationResolver(Protocol):
    def resolve(self, text: str) -> str | None: ...


@lru_cache(maxsize=4)
def title_kldb(data_dir: Path) -> dict[str, str]:
    """Folded BA title → KldB 2010 code (data/berufe/berufe.csv)."""
    with (data_dir / "berufe" / "berufe.csv").open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return {fold(r["title"]): r["kldb5"].strip() for r in rows if r.get("kldb5")}


@lru_cache(maxsize=4)
def occupation_index(data_dir: Path) -> OccupationResolver:
    """The project's occupation resolver over the BA titles (built once per data folder)."""
    from nlu.occupations import OccupationIndex

    return OccupationIndex(title_kldb(data_dir))


@dataclass(frozen=True, slots=True)
class Wishes:
    """The occupation wish as the ranking takes it: titles or KldB codes, best first."""

    values: tuple[str, ...] = ()
    field: str | None = None  # set when the wish is a field ("was mit Tieren")


def wishes_for(text: str | None, *, resolver: OccupationResolver,
               codes: dict[str, str]) -> Wishes:
    """A free-text occupation → wishes: a title with its code, a field's groups, or the text."""
    if not text or not text.strip():
        return Wishes()
    resolved = resolver.resolve(text)
    field = field_of(resolved)
    if field is not None:
        return Wishes(field_codes(field), field)
    if resolved is not None:
        code = codes.get(resolved)
        return Wishes((code,) if code else (resolved,))
    return Wishes((text.strip(),))


# --- the applicant and the places -----------------------------------------------------------

def applicant_for(profile: InternshipProfile, place: Place, wishes: Wishes, *,
                  today: date) -> Applicant | None:
    """The profile as an `Applicant` at `place`, or None without an age or birth date."""
    birth = birth_date_for(profile, today)
    if birth is None:
        return None
    age = _age(birth, today)
    land = land_of_region(place.region) or ""
    years = FULL_TIME_SCHOOL_YEARS.get(land, 9)
    in_school = profile.school_status in (None, "in_school")
    dates = profile.date_range or (today, today + timedelta(days=DEFAULT_HORIZON_DAYS))
    return Applicant(
        id="profile", birth_date=birth, land=land,
        full_time_school=in_school and age < SCHOOL_START_AGE + years,
        kind=profile.internship_kind or ("school" if age < SCHOOL_KIND_BELOW_AGE else "holiday"),
        available=(dates,), lat=place.lat, lon=place.lon, region=place.region,
        travel_mode=profile.travel_mode or DEFAULT_MODE,
        max_travel_minutes=profile.max_travel_minutes or DEFAULT_MINUTES,
        wishes=wishes.values, support_needs=tuple(profile.support_needs),
        school_status=profile.school_status)


def internship_item(match: PlaceMatch, applicant: Applicant, wishes: Wishes) -> dict[str, Any]:
    """One `internships` item of contract § 3."""
    place, schedule = match.place, match.place.schedule
    reasons = list(match.reasons)
    if wishes.field is not None and reasons:  # a field's groups are not ranked wishes
        in_field = any(place.kldb.startswith(code) for code in wishes.values)
        reasons[0] = FIELD_REASON if in_field else FIT_REASONS["other"]
    return {
        "id": place.id, "company": match.company.name, "occupation": place.occupation,
        "kldb": place.kldb, "score": round(match.score, 4), "reasons": reasons,
        "legal": [{"rule": c.rule, "ok": c.ok, "text": c.text}
                  | ({"warning": True} if c.warning else {}) for c in match.checks],
        "requires": list(place.requires), "travel_minutes": match.travel_minutes,
        "travel_mode": applicant.travel_mode, "kind": place.kind,
        "region": match.company.region, "place": match.company.place,
        "schedule": {"from": schedule.start_date.isoformat(),
                     "to": schedule.end_date.isoformat(),
                     "weekdays": [WEEKDAYS[d] for d in sorted(schedule.weekdays)],
                     "start": schedule.start.strftime("%H:%M"),
                     "end": schedule.end.strftime("%H:%M"),
                     "break_minutes": schedule.break_minutes},
    }


def find_internships(profile: InternshipProfile, place: Place | None,
                     places: Sequence[InternshipPlace], companies: Sequence[Company], *,
                     today: date, resolver: OccupationResolver, codes: dict[str, str],
                     limit: int = DEFAULT_LIMIT) -> list[dict[str, Any]]:
    """The best lawful places for the profile as contract items; [] when none apply."""
    if place is None or not places or not wants_internship(profile):
        return []
    wishes = wishes_for(profile.occupation, resolver=resolver, codes=codes)
    applicant = applicant_for(profile, place, wishes, today=today)
    if applicant is None:
        return []
    if profile.internship_kind is not None:
        places = [p for p in places if p.kind == profile.internship_kind]
    matches = rank_places(applicant, places, companies, eligible=LegalScreen(), limit=limit)
    return [internship_item(m, applicant, wishes) for m in matches]


# (profile, place) → contract items, best first; None when no internship place is stored at
# all (the pilot does not run here), [] when none fits
InternshipFinder = Callable[[InternshipProfile, Place | None], list[dict[str, Any]] | None]


class StoredInternships:
    """A finder over the places stored in the database (read per request: always current).
    Called alone it reads them in a transaction of its own; `within(session)` gives one that
    reads them in a chat turn's own transaction – a turn must never hold one pooled
    connection while it waits for a second (fifty conversations at once had waited for the
    pool, every one holding a connection and wanting another, issue 14)."""

    def __init__(self, sessions: sessionmaker[Session], data_dir: Path = DATA_DIR, *,
                 clock: Callable[[], date] = date.today) -> None:
        self.sessions, self.data_dir, self.clock = sessions, data_dir, clock

    def __call__(self, profile: InternshipProfile, place: Place | None) -> list[dict[str, Any]] | None:
        if place is None or not wants_internship(profile):
            return []
        with self.sessions.begin() as session:
            return self._find(session, profile, place)

    def within(self, session: Session) -> InternshipFinder:
        def find(profile: InternshipProfile, place: Place | None) -> list[dict[str, Any]] | None:
            if place is None or not wants_internship(profile):
                return []
            return self._find(session, profile, place)
        return find

    def _find(self, session: Session, profile: InternshipProfile,
              place: Place) -> list[dict[str, Any]] | None:
        from bot.storage.internships import InternshipRepository

        repo = InternshipRepository(session)
        stored_places = repo.places()
        companies = repo.companies() if stored_places else []
        if not stored_places:
            return None
        return find_internships(profile, place, stored_places, companies, today=self.clock(),
                                resolver=occupation_index(self.data_dir), codes=title_kldb(self.data_dir))


def stored_internships(sessions: sessionmaker[Session], data_dir: Path = DATA_DIR, *,
                       clock: Callable[[], date] = date.today) -> StoredInternships:
    """The finder over the stored places (see StoredInternships)."""
    return StoredInternships(sessions, data_dir, clock=clock)
