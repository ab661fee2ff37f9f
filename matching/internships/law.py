"""The law for one internship pair, checked day by day and explained in plain German.

`check_pair` looks at the internship's *actual* days: the place's schedule (date range and
weekdays) intersected with the applicant's available periods; public holidays are days off
unless the company's sector may work on them (§ 17 Abs. 2 JArbSchG). Age is computed on
each day, so someone who turns 15, 16 or 18 during the internship is judged by the rules of
that day. Minors: JArbSchG §§ 2, 5, 7/8, 11–18, 22, 23. Adults: ArbZG §§ 3, 4, 5, 9.
Required documents are warnings (ok=False, warning=True) that do not exclude the pair.

Not legal advice: a conservative screen for a matcher. The texts speak to the young person
("du"); a coordinator reads the same sentences.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from functools import lru_cache

import numpy as np
from dateutil.easter import easter

from matching.internships import texts
from matching.internships.calendar import is_school_holiday, land_of_region, public_holiday_name
from matching.internships.model import Applicant, Company, InternshipPlace, RuleCheck, Schedule
from matching.internships.texts import DOCUMENT_OTHER, DOCUMENTS, HAZARD_NAMES, LAND_NAMES, MONTHS

# Years of full-time compulsory schooling (Vollzeitschulpflicht) by Land, for the § 2 text;
# whether it still applies is the applicant's `full_time_school` (research file § 3).
FULL_TIME_SCHOOL_YEARS = {"HE": 9, "NW": 10, "ST": 9}  # § 59 HSchG, § 37 SchulG NRW, § 40 SchulG LSA

# sectors with exceptions (Company.sector values)
SATURDAY_SECTORS = frozenset({"hospitality", "retail", "bakery", "care", "health",
                              "agriculture", "hairdresser", "transport", "automotive",
                              "household", "media", "sport"})  # § 16 Abs. 2 JArbSchG
SUNDAY_SECTORS = frozenset({"hospitality", "care", "health", "agriculture", "household",
                            "media", "sport"})  # § 17 Abs. 2 JArbSchG
ADULT_SUNDAY_SECTORS = SUNDAY_SECTORS | {"transport"}  # § 10 ArbZG (simplified)
LONG_SHIFT_SECTORS = frozenset({"hospitality", "agriculture", "construction"})  # § 12: 11 h
DANGEROUS_HAZARDS = ("machines", "heights", "chemicals", "biological_agents", "electricity",
                     "heavy_loads", "noise", "heat")  # § 22 Abs. 1 JArbSchG
HOLIDAY_WEEKS_MAX_DAYS = 20  # § 5 Abs. 4: four weeks of five days
# rules that are not a paragraph of a law (dates and the company's own minimum age)
NON_LEGAL_RULES = frozenset({"Termine", "Mindestalter"})


def age_on(birth: date, day: date) -> int:
    """Completed years on `day` (born 29 Feb: one year older on 1 Mar in common years)."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def _dm(day: date) -> str:
    return texts.LAW_DAY_MONTH.format(day=day.day, month=day.month)


def _hours(minutes: int) -> str:
    whole, rest = divmod(minutes, 60)
    if rest == 0:
        return texts.LAW_HOURS.format(hours=whole) if whole != 1 else texts.LAW_HOUR_ONE
    return texts.LAW_HOURS.format(hours=f"{minutes / 60:.2f}".rstrip("0").replace(".", ","))


def _clock(t: time) -> str:
    return texts.LAW_CLOCK.format(hour=t.hour, minute=t.minute)


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


@dataclass(frozen=True, slots=True)
class Day:
    """One actual working day of the pair, with the person's status on it."""

    day: date
    age: int
    child: bool  # counts as a child (§ 2 Abs. 1 and 3): under 15, or minor in Vollzeitschulpflicht
    holiday: str | None  # name of the public holiday, if any (then a sector may work)

    @property
    def minor(self) -> bool:
        return self.age < 18


@dataclass(frozen=True, slots=True)
class Shift:
    """The daily hours of a schedule, in minutes."""

    span: int  # start to end, breaks included (Schichtzeit)
    pause: int  # breaks that count (≥ 15 min)
    work: int  # working time without counted breaks

    @classmethod
    def of(cls, start: time, end: time, break_minutes: int) -> Shift:
        span = (_minutes(end) - _minutes(start)) % (24 * 60) or 24 * 60
        pause = break_minutes if break_minutes >= 15 else 0  # § 11 Abs. 1 S. 3, § 4 ArbZG
        return cls(span=span, pause=min(pause, span), work=max(span - pause, 0))


def _week(day: date) -> tuple[int, int]:
    iso = day.isocalendar()
    return (iso[0], iso[1])


def _in_periods(day: date, periods: Sequence[tuple[date, date]]) -> bool:
    return not periods or any(first <= day <= last for first, last in periods)


def _holiday_land(applicant: Applicant, company: Company) -> str:
    return land_of_region(company.region) or applicant.land


@lru_cache(maxsize=4096)
def _schedule_days(schedule: Schedule, land: str, works_on_holidays: bool
                   ) -> tuple[tuple[tuple[date, str | None], ...], tuple[tuple[date, str], ...]]:
    """The schedule's days with their public holiday, and the holidays given off (cached)."""
    days: list[tuple[date, str | None]] = []
    off: list[tuple[date, str]] = []
    day = schedule.start_date
    while day <= schedule.end_date:
        if day.weekday() in schedule.weekdays:
            holiday = public_holiday_name(land, day)
            if holiday is not None and not works_on_holidays:
                off.append((day, holiday))
            else:
                days.append((day, holiday))
        day += timedelta(days=1)
    return tuple(days), tuple(off)


def actual_days(applicant: Applicant, place: InternshipPlace, company: Company
                ) -> tuple[tuple[Day, ...], tuple[tuple[date, str], ...]]:
    """The working days (schedule ∩ availability) and the public holidays given off."""
    land = _holiday_land(applicant, company)
    planned, off_planned = _schedule_days(place.schedule, land,
                                          company.sector in SUNDAY_SECTORS)
    days: list[Day] = []
    for day, holiday in planned:
        if _in_periods(day, applicant.available):
            age = age_on(applicant.birth_date, day)
            child = age < 15 or (age < 18 and applicant.full_time_school)
            days.append(Day(day, age, child, holiday))
    off = tuple((day, name) for day, name in off_planned
                if _in_periods(day, applicant.available))
    return tuple(days), off


def _check(rule: str, ok: bool, text: str) -> RuleCheck:
    return RuleCheck(rule=rule, ok=ok, text=text)


def _first(days: Iterable[Day]) -> Day | None:
    return next(iter(days), None)


# ---------------------------------------------------------------- minors (JArbSchG)

def _status(applicant: Applicant, days: Sequence[Day]) -> RuleCheck:
    first = days[0]
    parts = [texts.LAW_STATUS_AGE.format(age=first.age)]
    if first.age < 15:
        parts.append(texts.LAW_STATUS_CHILD)
    elif first.child:
        years = FULL_TIME_SCHOOL_YEARS.get(applicant.land)
        where = (texts.LAW_STATUS_SCHOOL_YEARS.format(land=LAND_NAMES[applicant.land], years=years)
                 if years and applicant.land in LAND_NAMES else "")
        parts.append(texts.LAW_STATUS_FULL_TIME_SCHOOL.format(where=where))
    else:
        parts.append(texts.LAW_STATUS_YOUTH)
    for turning in (15, 16, 18):
        birthday = next((d for d in days if d.age == turning and first.age < turning), None)
        if birthday is not None:
            parts.append(texts.LAW_STATUS_BIRTHDAY.format(day=_dm(birthday.day), age=turning))
    return _check("JArbSchG §2", True, " ".join(parts))


def _kind_gate(place: InternshipPlace, applicant: Applicant, days: Sequence[Day]
               ) -> list[RuleCheck]:
    """§ 5: children only in a school internship; holiday internships from 15, four weeks."""
    child_days = [d for d in days if d.child]
    checks: list[RuleCheck] = []
    if place.kind == "holiday":
        under_15 = _first(d for d in days if d.age < 15)
        if under_15 is not None:
            checks.append(_check("JArbSchG §5 Abs. 1", False,
                                 texts.LAW_HOLIDAY_UNDER_15.format(day=_dm(under_15.day),
                                                               age=under_15.age)))
            return checks
        if not child_days:
            checks.append(_check("JArbSchG §5 Abs. 4", True, texts.LAW_HOLIDAY_NO_LIMIT))
            return checks
        checks.append(_holiday_weeks(applicant, child_days))
        checks.append(_school_holidays(applicant, child_days))
        return checks
    if not child_days:
        return checks
    if place.kind in ("school", "taster"):
        checks.append(_check("JArbSchG §5 Abs. 2", True, texts.LAW_SCHOOL_INTERNSHIP_OK))
    else:
        checks.append(_check("JArbSchG §5 Abs. 1", False, texts.LAW_SCHOOL_INTERNSHIP_ONLY))
    return checks


def _holiday_weeks(applicant: Applicant, child_days: Sequence[Day]) -> RuleCheck:
    per_year: dict[int, int] = defaultdict(int)
    for d in child_days:
        per_year[d.day.year] += 1
    first_year = child_days[0].day.year
    for year in sorted(per_year):
        used = applicant.holiday_days_used if year == first_year else 0
        total = used + per_year[year]
        if total > HOLIDAY_WEEKS_MAX_DAYS:
            return _check("JArbSchG §5 Abs. 4", False,
                          texts.LAW_HOLIDAY_WEEKS_OVER.format(total=total))
    used = applicant.holiday_days_used
    total = used + per_year[first_year]
    return _check("JArbSchG §5 Abs. 4", True, texts.LAW_HOLIDAY_WEEKS_OK.format(total=total))


def _school_holidays(applicant: Applicant, child_days: Sequence[Day]) -> RuleCheck:
    outside = _first(d for d in child_days if not is_school_holiday(applicant.land, d.day))
    if outside is not None:
        return _check("JArbSchG §5 Abs. 4", False,
                      texts.LAW_HOLIDAY_OUTSIDE.format(day=_dm(outside.day)))
    return _check("JArbSchG §5 Abs. 4", True, texts.LAW_HOLIDAY_INSIDE)


def _hours_minor(place: InternshipPlace, shift: Shift, days: Sequence[Day]
                 ) -> list[RuleCheck]:
    """§ 7 S. 1 Nr. 2 (children in a school internship: 7 h / 35 h) and § 8 (8 h / 40 h)."""
    def limit(d: Day) -> int:
        return 7 if d.child and place.kind != "holiday" else 8

    checks: list[RuleCheck] = []
    for hours, rule in ((7, "JArbSchG §7"), (8, "JArbSchG §8")):
        group = [d for d in days if limit(d) == hours]
        if not group:
            continue
        weekly: dict[tuple[int, int], int] = defaultdict(int)
        for d in days:  # the whole week counts, the tighter limit of that week's days
            weekly[_week(d.day)] += shift.work
        week_limit = hours * 5 * 60
        worst = max(weekly[_week(d.day)] for d in group)
        if shift.work > hours * 60:
            checks.append(_check(rule, False,
                                 texts.LAW_MINOR_DAY_OVER.format(worked=_hours(shift.work),
                                                             hours=hours)))
        elif worst > week_limit:
            checks.append(_check(rule, False,
                                 texts.LAW_MINOR_WEEK_OVER.format(worked=_hours(worst),
                                                              week_hours=hours * 5)))
        else:
            checks.append(_check(rule, True,
                                 texts.LAW_MINOR_HOURS_OK.format(worked=_hours(shift.work),
                                                             hours=hours,
                                                             week_hours=hours * 5)))
    return checks


def _breaks_minor(shift: Shift) -> RuleCheck:
    need = 60 if shift.work > 6 * 60 else 30 if shift.work > 270 else 0
    if shift.pause < need:
        return _check("JArbSchG §11", False, _pause_too_short(shift, need))
    if need == 0:
        return _check("JArbSchG §11", True, texts.LAW_MINOR_PAUSE_NOT_NEEDED)
    return _check("JArbSchG §11", True,
                  texts.LAW_MINOR_PAUSE_OK.format(pause=shift.pause, worked=_hours(shift.work)))


def _pause_too_short(shift: Shift, need: int) -> str:
    """The sentence for a break that is too short (§ 11 JArbSchG, § 4 ArbZG)."""
    got = texts.LAW_PAUSE_ONLY.format(minutes=shift.pause) if shift.pause else texts.LAW_PAUSE_NONE
    return texts.LAW_PAUSE_TOO_SHORT.format(worked=_hours(shift.work), need=need, got=got)


def _shift_minor(company: Company, shift: Shift) -> RuleCheck:
    limit = 11 if company.sector in LONG_SHIFT_SECTORS else 10
    if shift.span > limit * 60:
        return _check("JArbSchG §12", False,
                      texts.LAW_SHIFT_OVER.format(span=_hours(shift.span), limit=limit))
    return _check("JArbSchG §12", True,
                  texts.LAW_SHIFT_OK.format(span=_hours(shift.span), limit=limit))


def _rest(rule: str, hours: int, shift: Shift, days: Sequence[Day]) -> RuleCheck:
    consecutive = any(b.day - a.day == timedelta(days=1) for a, b in zip(days, days[1:], strict=False))
    rest = 24 * 60 - shift.span
    if consecutive and rest < hours * 60:
        return _check(rule, False, texts.LAW_REST_SHORT.format(rest=_hours(rest), hours=hours))
    return _check(rule, True, texts.LAW_REST_OK.format(hours=hours))


def _night_window(company: Company, d: Day) -> tuple[tuple[int, int], ...]:
    """Allowed (earliest start, latest end) windows in minutes for a minor on a day (§ 14)."""
    normal = (6 * 60, 20 * 60)
    if d.child or d.age < 16:
        return (normal,)
    if company.sector == "bakery":
        return ((4 * 60 if d.age >= 17 else 5 * 60, 20 * 60),)
    if company.sector == "hospitality":
        return ((6 * 60, 22 * 60),)
    if company.sector == "agriculture":
        return ((5 * 60, 20 * 60), (6 * 60, 21 * 60))
    return (normal,)


def _night_minor(place: InternshipPlace, company: Company, days: Sequence[Day]) -> RuleCheck:
    start, end = _minutes(place.schedule.start), _minutes(place.schedule.end)
    if end <= start:
        end += 24 * 60
    for d in days:
        windows = _night_window(company, d)
        if not any(lo <= start and end <= hi for lo, hi in windows):
            lo, hi = windows[0]
            return _check("JArbSchG §14", False,
                          texts.LAW_NIGHT_OUTSIDE.format(day=_dm(d.day), earliest=lo // 60,
                                                     latest=hi // 60,
                                                     start=_clock(place.schedule.start),
                                                     end=_clock(place.schedule.end)))
    return _check("JArbSchG §14", True,
                  texts.LAW_NIGHT_OK.format(start=_clock(place.schedule.start),
                                        end=_clock(place.schedule.end)))


def _five_days(days: Sequence[Day]) -> RuleCheck:
    weekly: dict[tuple[int, int], int] = defaultdict(int)
    for d in days:
        weekly[_week(d.day)] += 1
    most = max(weekly.values())
    if most > 5:
        return _check("JArbSchG §15", False, texts.LAW_FIVE_DAYS_OVER.format(days=most))
    return _check("JArbSchG §15", True, texts.LAW_FIVE_DAYS_OK.format(days=most))


def _saturday(company: Company, days: Sequence[Day]) -> RuleCheck:
    saturday = _first(d for d in days if d.day.weekday() == 5)
    if saturday is None:
        return _check("JArbSchG §16", True, texts.LAW_SATURDAY_FREE)
    if company.sector in SATURDAY_SECTORS:
        return _check("JArbSchG §16", True, texts.LAW_SATURDAY_SECTOR)
    return _check("JArbSchG §16", False, texts.LAW_SATURDAY_NOT_HERE.format(day=_dm(saturday.day)))


def _sunday(company: Company, days: Sequence[Day]) -> RuleCheck:
    sundays = [d for d in days if d.day.weekday() == 6]
    if not sundays:
        return _check("JArbSchG §17", True, texts.LAW_SUNDAY_FREE)
    if company.sector not in SUNDAY_SECTORS:
        return _check("JArbSchG §17", False,
                      texts.LAW_SUNDAY_NOT_HERE.format(day=_dm(sundays[0].day)))
    per_month: dict[tuple[int, int], int] = defaultdict(int)
    for d in sundays:
        per_month[(d.day.year, d.day.month)] += 1
    for (year, month), worked in sorted(per_month.items()):
        first = date(year, month, 1)
        total = sum(1 for i in range(31) if (first + timedelta(days=i)).month == month
                    and (first + timedelta(days=i)).weekday() == 6)
        if worked > total - 2:
            return _check("JArbSchG §17", False,
                          texts.LAW_SUNDAY_TWO_FREE.format(month=MONTHS[month - 1], worked=worked))
    return _check("JArbSchG §17", True, texts.LAW_SUNDAY_SECTOR)


@lru_cache(maxsize=64)
def _never_days(year: int) -> dict[date, str]:
    names = texts.NEVER_WORK_DAY_NAMES
    return {date(year, 12, 25): names["christmas"], date(year, 1, 1): names["new_year"],
            easter(year): names["easter_sunday"], date(year, 5, 1): names["may_day"]}


def _holiday_minor(place: InternshipPlace, days: Sequence[Day],
                   off: Sequence[tuple[date, str]]) -> RuleCheck:
    for d in days:
        never = _never_days(d.day.year).get(d.day)
        if never is not None:
            return _check("JArbSchG §18", False,
                          texts.LAW_HOLIDAY_NEVER.format(day=_dm(d.day), name=never))
        if (d.day.month, d.day.day) in ((12, 24), (12, 31)) and (
                _minutes(place.schedule.end) > 14 * 60
                or place.schedule.end <= place.schedule.start):
            return _check("JArbSchG §18", False, texts.LAW_HOLIDAY_UNTIL_14.format(day=_dm(d.day)))
    worked = [d for d in days if d.holiday]
    if worked:
        return _check("JArbSchG §18", True,
                      texts.LAW_HOLIDAY_SECTOR.format(day=_dm(worked[0].day),
                                                  name=worked[0].holiday))
    if off:
        day, name = off[0]
        return _check("JArbSchG §18", True, texts.LAW_HOLIDAY_OFF.format(day=_dm(day), name=name))
    return _check("JArbSchG §18", True, texts.LAW_HOLIDAY_NONE)


def _danger_minor(place: InternshipPlace, days: Sequence[Day]) -> list[RuleCheck]:
    checks: list[RuleCheck] = []
    found = [h for h in DANGEROUS_HAZARDS if h in place.hazards]
    if found:
        names = ", ".join(HAZARD_NAMES[h] for h in found)
        if any(d.child for d in days):
            checks.append(_check("JArbSchG §22", False,
                                 texts.LAW_DANGER_CHILD.format(names=names)))
        else:
            checks.append(RuleCheck("JArbSchG §22", False,
                                    texts.LAW_DANGER_SUPERVISED.format(names=names), warning=True))
    else:
        checks.append(_check("JArbSchG §22", True, texts.LAW_DANGER_NONE))
    if "piece_rate" in place.hazards:
        checks.append(_check("JArbSchG §23", False, texts.LAW_PIECE_RATE))
    else:
        checks.append(_check("JArbSchG §23", True, texts.LAW_PIECE_RATE_NONE))
    return checks


def _minor_checks(applicant: Applicant, place: InternshipPlace, company: Company,
                  all_days: Sequence[Day], off: Sequence[tuple[date, str]]) -> list[RuleCheck]:
    shift = Shift.of(place.schedule.start, place.schedule.end, place.schedule.break_minutes)
    days = [d for d in all_days if d.minor]
    return [
        _status(applicant, all_days),
        *_kind_gate(place, applicant, days),
        *_hours_minor(place, shift, days),
        _breaks_minor(shift),
        _shift_minor(company, shift),
        _rest("JArbSchG §13", 12, shift, days),
        _night_minor(place, company, days),
        _five_days(days),
        _saturday(company, days),
        _sunday(company, days),
        _holiday_minor(place, days, off),
        *_danger_minor(place, days),
    ]


# ---------------------------------------------------------------- adults (ArbZG)

def _adult_checks(place: InternshipPlace, company: Company, days: Sequence[Day],
                  off: Sequence[tuple[date, str]]) -> list[RuleCheck]:
    shift = Shift.of(place.schedule.start, place.schedule.end, place.schedule.break_minutes)
    checks: list[RuleCheck] = []
    if shift.work > 10 * 60:
        checks.append(_check("ArbZG §3", False,
                             texts.LAW_ADULT_DAY_OVER.format(worked=_hours(shift.work))))
    elif shift.work > 8 * 60:
        checks.append(_check("ArbZG §3", True,
                             texts.LAW_ADULT_DAY_AVERAGE.format(worked=_hours(shift.work))))
    else:
        checks.append(_check("ArbZG §3", True,
                             texts.LAW_ADULT_DAY_OK.format(worked=_hours(shift.work))))
    need = 45 if shift.work > 9 * 60 else 30 if shift.work > 6 * 60 else 0
    if shift.pause < need:
        checks.append(_check("ArbZG §4", False, _pause_too_short(shift, need)))
    else:
        checks.append(_check("ArbZG §4", True, texts.LAW_ADULT_PAUSE_OK))
    checks.append(_rest("ArbZG §5", 11, shift, days))
    sunday = _first(d for d in days if d.day.weekday() == 6 or d.holiday)
    if sunday is not None and company.sector not in ADULT_SUNDAY_SECTORS:
        what = (texts.LAW_ADULT_SUNDAY if sunday.day.weekday() == 6
                else texts.LAW_ADULT_HOLIDAY.format(name=sunday.holiday))
        checks.append(_check("ArbZG §9", False,
                             texts.LAW_ADULT_SUNDAY_NOT_HERE.format(day=_dm(sunday.day), what=what)))
    elif sunday is not None:
        checks.append(_check("ArbZG §9", True, texts.LAW_ADULT_SUNDAY_SECTOR))
    elif off:
        day, name = off[0]
        checks.append(_check("ArbZG §9", True, texts.LAW_HOLIDAY_OFF.format(day=_dm(day), name=name)))
    else:
        checks.append(_check("ArbZG §9", True, texts.LAW_ADULT_SUNDAY_FREE))
    return checks


# ---------------------------------------------------------------- the pair

def _documents(place: InternshipPlace) -> list[RuleCheck]:
    checks = []
    for key in place.requires:
        rule, text = DOCUMENTS.get(key, (DOCUMENT_OTHER[0], DOCUMENT_OTHER[1].format(key=key)))
        checks.append(RuleCheck(rule, False, text, warning=True))
    return checks


def _min_age(place: InternshipPlace, days: Sequence[Day]) -> RuleCheck:
    first = days[0]
    if first.age < place.min_age:
        return _check("Mindestalter", False,
                      texts.LAW_MIN_AGE_TOO_YOUNG.format(min_age=place.min_age, age=first.age))
    return _check("Mindestalter", True, texts.LAW_MIN_AGE_OK.format(min_age=place.min_age))


def check_pair(applicant: Applicant, place: InternshipPlace, company: Company
               ) -> tuple[RuleCheck, ...]:
    """Every rule for this applicant at this place on the internship's actual days."""
    days, off = actual_days(applicant, place, company)
    if not days:
        return (_check("Termine", False, texts.LAW_DATES_NONE),)
    checks = [_check("Termine", True,
                     texts.LAW_DATES_OK.format(count=len(days), first=_dm(days[0].day),
                                           last=_dm(days[-1].day), year=days[-1].day.year))]
    checks.append(_min_age(place, days))
    minors = [d for d in days if d.minor]
    adults = [d for d in days if not d.minor]
    if minors:
        checks.extend(_minor_checks(applicant, place, company, days, off))
    if adults:
        checks.extend(_adult_checks(place, company, adults, off))
    checks.extend(_documents(place))
    return tuple(checks)


def overlaps(applicant: Applicant, place: InternshipPlace) -> bool:
    """Whether the place's dates meet the applicant's free time at all (cheap)."""
    start, end = place.schedule.start_date, place.schedule.end_date
    return not applicant.available or any(s <= end and start <= e for s, e in applicant.available)


# what `check_pair` reads of an applicant, relative to one date range: the age on its first
# day, the birthday (month, day) when the age changes inside it, full-time schooling, Land,
# kind, holiday days used and the free time clipped to the range (None: no free day in it)
LegalProfile = tuple[int, tuple[int, int] | None, bool, str, str, int,
                     tuple[tuple[date, date], ...] | None]


def legal_profile(applicant: Applicant, start: date, end: date) -> LegalProfile | None:
    """Everything `check_pair` depends on for a place running `start`–`end`; None when the
    range is longer than a year (the age may change twice: no sharing)."""
    birth = applicant.birth_date
    first, last = age_on(birth, start), age_on(birth, end)
    if last - first > 1:
        return None
    periods: tuple[tuple[date, date], ...] | None = ()
    if applicant.available:
        periods = tuple(sorted((max(s, start), min(e, end))
                               for s, e in applicant.available if s <= end and start <= e)) or None
    return (first, (birth.month, birth.day) if last != first else None,
            applicant.full_time_school, applicant.land, applicant.kind,
            applicant.holiday_days_used, periods)


class LegalScreen:
    """`check_pair` as an `Eligible` that remembers. `check_pair` reads only a place's legal
    shape (schedule, kind, minimum age, requirements, hazards; the company's sector and Kreis)
    and an applicant's `legal_profile` for those dates, so pairs that agree on both share one
    check – exact, since a person's age on every day follows from the age on the first day and
    the birthday. An assignment round thus checks every pair and computes each distinct
    (shape, profile) once. One screen per catalogue snapshot (objects are known by identity)."""

    def __init__(self) -> None:
        self._shapes: dict[tuple[object, ...], int] = {}
        self._ranges: dict[tuple[date, date], int] = {}
        self._shape_of: dict[int, tuple[InternshipPlace, Company, int, int]] = {}
        self._profiles: dict[LegalProfile, int] = {}
        self._profile_of: dict[tuple[int, int], tuple[Applicant, int]] = {}
        self._results: dict[tuple[int, int], tuple[bool, tuple[RuleCheck, ...]]] = {}
        self.computed = 0  # how many times `check_pair` really ran

    def __call__(self, applicant: Applicant, place: InternshipPlace, company: Company
                 ) -> tuple[bool, tuple[RuleCheck, ...]]:
        _, _, shape_no, range_no = self._shape(place, company)
        profile_no = self._profile(applicant, place, range_no)
        if profile_no is None:  # longer than a year: checked on its own
            self.computed += 1
            checks = check_pair(applicant, place, company)
            return is_lawful(checks), checks
        key = (shape_no, profile_no)
        result = self._results.get(key)
        if result is None:
            self.computed += 1
            checks = check_pair(applicant, place, company)
            result = self._results[key] = (is_lawful(checks), checks)
        return result

    def verdicts(self, people: Sequence[Applicant], places: Sequence[InternshipPlace],
                 companies: Sequence[Company], who: np.ndarray, which: np.ndarray) -> np.ndarray:
        """Lawful or not for many pairs at once: pair k is (people[who[k]], places[which[k]]),
        `companies` aligned with `places`. Each distinct (shape, profile) is looked up once."""
        if len(who) == 0:
            return np.zeros(0, dtype=bool)
        shapes = np.array([self._shape(p, c)[2:] for p, c in zip(places, companies, strict=True)],
                          dtype=np.int64).reshape(-1, 2)
        spans, span_of_pair = np.unique(who * (len(self._ranges) + 1) + shapes[which, 1],
                                        return_inverse=True)
        numbers = np.empty(len(spans), dtype=np.int64)
        private = -1  # a profile of its own (longer than a year): never shared
        for n, first in enumerate(np.unique(span_of_pair, return_index=True)[1].tolist()):
            number = self._profile(people[who[first]], places[which[first]],
                                   int(shapes[which[first], 1]))
            numbers[n], private = (number, private) if number is not None else (private,
                                                                               private - 1)
        profile_of_pair = numbers[span_of_pair] - numbers.min()
        keys, key_of_pair = np.unique(
            shapes[which, 0] * (int(profile_of_pair.max()) + 1) + profile_of_pair,
            return_inverse=True)
        ok = np.empty(len(keys), dtype=bool)
        for n, first in enumerate(np.unique(key_of_pair, return_index=True)[1].tolist()):
            i, j = int(who[first]), int(which[first])
            ok[n] = self(people[i], places[j], companies[j])[0]
        return ok[key_of_pair]

    def _shape(self, place: InternshipPlace, company: Company
               ) -> tuple[InternshipPlace, Company, int, int]:
        """The place's legal shape and date range as small numbers (cached by identity)."""
        known = self._shape_of.get(id(place))
        if known is None or known[0] is not place or known[1] is not company:
            schedule = place.schedule
            shape = (schedule, place.kind, place.min_age, place.requires, place.hazards,
                     company.sector, company.region)
            span = (schedule.start_date, schedule.end_date)
            known = self._shape_of[id(place)] = (
                place, company, self._shapes.setdefault(shape, len(self._shapes)),
                self._ranges.setdefault(span, len(self._ranges)))
        return known

    def _profile(self, applicant: Applicant, place: InternshipPlace, range_no: int) -> int | None:
        """The applicant's legal profile for the place's dates as a number; None: not shared."""
        seen = self._profile_of.get((id(applicant), range_no))
        if seen is None or seen[0] is not applicant:
            profile = legal_profile(applicant, place.schedule.start_date, place.schedule.end_date)
            if profile is None:
                return None
            seen = self._profile_of[(id(applicant), range_no)] = (
                applicant, self._profiles.setdefault(profile, len(self._profiles)))
        return seen[1]


def is_lawful(checks: Iterable[RuleCheck]) -> bool:
    """True when no rule failed; warnings (missing documents) do not count."""
    return all(check.ok or check.warning for check in checks)


def failed(checks: Iterable[RuleCheck]) -> tuple[RuleCheck, ...]:
    """The failed rules that exclude the pair (warnings left out)."""
    return tuple(c for c in checks if not c.ok and not c.warning)

