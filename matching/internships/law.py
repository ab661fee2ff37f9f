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

from dateutil.easter import easter

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
    return f"{day.day}.{day.month}."


def _hours(minutes: int) -> str:
    whole, rest = divmod(minutes, 60)
    if rest == 0:
        return f"{whole} Stunden" if whole != 1 else "1 Stunde"
    return f"{minutes / 60:.2f}".rstrip("0").replace(".", ",") + " Stunden"


def _clock(t: time) -> str:
    return f"{t.hour:02d}:{t.minute:02d} Uhr"


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
    parts = [f"Am ersten Tag bist du {first.age}."]
    if first.age < 15:
        parts.append("Damit giltst du im Gesetz als Kind.")
    elif first.child:
        years = FULL_TIME_SCHOOL_YEARS.get(applicant.land)
        where = (f" (in {LAND_NAMES[applicant.land]} {years} Schuljahre)"
                 if years and applicant.land in LAND_NAMES else "")
        parts.append(f"Du bist noch vollzeitschulpflichtig{where}. "
                     "Deshalb gelten für dich die Regeln für Kinder.")
    else:
        parts.append("Damit giltst du im Gesetz als Jugendliche*r.")
    for turning in (15, 16, 18):
        birthday = next((d for d in days if d.age == turning and first.age < turning), None)
        if birthday is not None:
            parts.append(f"Ab dem {_dm(birthday.day)} bist du {turning}. "
                         "Ab da gelten die Regeln für dein neues Alter.")
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
                                 f"Ferienpraktika sind erst ab 15 erlaubt. Am "
                                 f"{_dm(under_15.day)} bist du noch {under_15.age}."))
            return checks
        if not child_days:
            checks.append(_check("JArbSchG §5 Abs. 4", True,
                                 "Du bist nicht mehr vollzeitschulpflichtig. Die Grenze von "
                                 "vier Wochen Ferienarbeit im Jahr gilt für dich nicht."))
            return checks
        checks.append(_holiday_weeks(applicant, child_days))
        checks.append(_school_holidays(applicant, child_days))
        return checks
    if not child_days:
        return checks
    if place.kind in ("school", "taster"):
        checks.append(_check("JArbSchG §5 Abs. 2", True,
                             "Das Praktikum läuft über deine Schule. "
                             "Das ist für dich erlaubt."))
    else:
        checks.append(_check("JArbSchG §5 Abs. 1", False,
                             "Solange du als Kind giltst, darfst du nur ein Praktikum über "
                             "deine Schule machen."))
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
                          f"In den Ferien darfst du höchstens 4 Wochen im Jahr arbeiten "
                          f"(20 Tage). Mit diesem Praktikum wären es {total} Tage.")
    used = applicant.holiday_days_used
    total = used + per_year[first_year]
    return _check("JArbSchG §5 Abs. 4", True,
                  f"Mit diesem Praktikum arbeitest du {total} von 20 erlaubten "
                  f"Ferientagen in diesem Jahr.")


def _school_holidays(applicant: Applicant, child_days: Sequence[Day]) -> RuleCheck:
    outside = _first(d for d in child_days if not is_school_holiday(applicant.land, d.day))
    if outside is not None:
        return _check("JArbSchG §5 Abs. 4", False,
                      f"Ein Ferienpraktikum muss in den Schulferien liegen. Der "
                      f"{_dm(outside.day)} ist kein Ferientag.")
    return _check("JArbSchG §5 Abs. 4", True, "Alle Praktikumstage liegen in deinen Ferien.")


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
                                 f"Du würdest {_hours(shift.work)} am Tag arbeiten. "
                                 f"Erlaubt sind höchstens {hours}."))
        elif worst > week_limit:
            checks.append(_check(rule, False,
                                 f"Du würdest {_hours(worst)} in der Woche arbeiten. "
                                 f"Erlaubt sind höchstens {hours * 5}."))
        else:
            checks.append(_check(rule, True,
                                 f"Du arbeitest {_hours(shift.work)} am Tag. "
                                 f"Erlaubt sind {hours} am Tag und {hours * 5} in der Woche."))
    return checks


def _breaks_minor(shift: Shift) -> RuleCheck:
    need = 60 if shift.work > 6 * 60 else 30 if shift.work > 270 else 0
    if shift.pause < need:
        got = f"nur {shift.pause} Minuten" if shift.pause else "keine"
        return _check("JArbSchG §11", False,
                      f"Bei {_hours(shift.work)} Arbeit brauchst du {need} Minuten Pause. "
                      f"Geplant sind {got}.")
    if need == 0:
        return _check("JArbSchG §11", True, "Du arbeitest nicht länger als 4,5 Stunden. "
                                            "Eine Pause ist nicht vorgeschrieben.")
    return _check("JArbSchG §11", True, f"Du hast {shift.pause} Minuten Pause. "
                                        f"Das reicht für {_hours(shift.work)} Arbeit.")


def _shift_minor(company: Company, shift: Shift) -> RuleCheck:
    limit = 11 if company.sector in LONG_SHIFT_SECTORS else 10
    if shift.span > limit * 60:
        return _check("JArbSchG §12", False,
                      f"Dein Tag im Betrieb dauert mit Pausen {_hours(shift.span)}. "
                      f"Erlaubt sind höchstens {limit}.")
    return _check("JArbSchG §12", True,
                  f"Dein Tag im Betrieb dauert mit Pausen {_hours(shift.span)}. "
                  f"Erlaubt sind {limit}.")


def _rest(rule: str, hours: int, shift: Shift, days: Sequence[Day]) -> RuleCheck:
    consecutive = any(b.day - a.day == timedelta(days=1) for a, b in zip(days, days[1:], strict=False))
    rest = 24 * 60 - shift.span
    if consecutive and rest < hours * 60:
        return _check(rule, False, f"Zwischen zwei Arbeitstagen hast du nur {_hours(rest)} "
                                   f"frei. Du brauchst mindestens {hours}.")
    return _check(rule, True, f"Zwischen zwei Arbeitstagen hast du mindestens {hours} "
                              f"Stunden frei.")


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
                          f"Am {_dm(d.day)} darfst du nur zwischen {lo // 60:02d}:00 und "
                          f"{hi // 60:02d}:00 Uhr arbeiten. Geplant ist "
                          f"{_clock(place.schedule.start)} bis {_clock(place.schedule.end)}.")
    return _check("JArbSchG §14", True,
                  f"Du arbeitest von {_clock(place.schedule.start)} bis "
                  f"{_clock(place.schedule.end)}. Das ist zu einer erlaubten Zeit.")


def _five_days(days: Sequence[Day]) -> RuleCheck:
    weekly: dict[tuple[int, int], int] = defaultdict(int)
    for d in days:
        weekly[_week(d.day)] += 1
    most = max(weekly.values())
    if most > 5:
        return _check("JArbSchG §15", False, f"Du würdest {most} Tage in einer Woche "
                                             "arbeiten. Erlaubt sind höchstens 5.")
    return _check("JArbSchG §15", True, f"Du arbeitest höchstens {most} Tage in der Woche.")


def _saturday(company: Company, days: Sequence[Day]) -> RuleCheck:
    saturday = _first(d for d in days if d.day.weekday() == 5)
    if saturday is None:
        return _check("JArbSchG §16", True, "Samstags hast du frei.")
    if company.sector in SATURDAY_SECTORS:
        return _check("JArbSchG §16", True,
                      "In dieser Branche darfst du auch samstags arbeiten. Dafür musst du "
                      "an einem anderen Tag der Woche frei haben.")
    return _check("JArbSchG §16", False, f"Am Samstag, {_dm(saturday.day)}, darfst du hier "
                                         "nicht arbeiten.")


def _sunday(company: Company, days: Sequence[Day]) -> RuleCheck:
    sundays = [d for d in days if d.day.weekday() == 6]
    if not sundays:
        return _check("JArbSchG §17", True, "Sonntags hast du frei.")
    if company.sector not in SUNDAY_SECTORS:
        return _check("JArbSchG §17", False, f"Am Sonntag, {_dm(sundays[0].day)}, darfst du "
                                             "hier nicht arbeiten.")
    per_month: dict[tuple[int, int], int] = defaultdict(int)
    for d in sundays:
        per_month[(d.day.year, d.day.month)] += 1
    for (year, month), worked in sorted(per_month.items()):
        first = date(year, month, 1)
        total = sum(1 for i in range(31) if (first + timedelta(days=i)).month == month
                    and (first + timedelta(days=i)).weekday() == 6)
        if worked > total - 2:
            return _check("JArbSchG §17", False,
                          f"Im {MONTHS[month - 1]} müssen mindestens zwei Sonntage frei bleiben. "
                          f"Geplant sind {worked} Sonntage Arbeit.")
    return _check("JArbSchG §17", True,
                  "In dieser Branche darfst du auch sonntags arbeiten. Mindestens zwei "
                  "Sonntage im Monat bleiben frei.")


@lru_cache(maxsize=64)
def _never_days(year: int) -> dict[date, str]:
    return {date(year, 12, 25): "1. Weihnachtstag", date(year, 1, 1): "Neujahr",
            easter(year): "Ostersonntag", date(year, 5, 1): "1. Mai"}


def _holiday_minor(place: InternshipPlace, days: Sequence[Day],
                   off: Sequence[tuple[date, str]]) -> RuleCheck:
    for d in days:
        never = _never_days(d.day.year).get(d.day)
        if never is not None:
            return _check("JArbSchG §18", False,
                          f"Am {_dm(d.day)} ({never}) darfst du nie arbeiten.")
        if (d.day.month, d.day.day) in ((12, 24), (12, 31)) and (
                _minutes(place.schedule.end) > 14 * 60
                or place.schedule.end <= place.schedule.start):
            return _check("JArbSchG §18", False,
                          f"Am {_dm(d.day)} darfst du nur bis 14:00 Uhr arbeiten.")
    worked = [d for d in days if d.holiday]
    if worked:
        return _check("JArbSchG §18", True,
                      f"In dieser Branche darfst du am {_dm(worked[0].day)} "
                      f"({worked[0].holiday}) arbeiten. Dafür musst du an einem anderen Tag "
                      "frei haben.")
    if off:
        day, name = off[0]
        return _check("JArbSchG §18", True,
                      f"Am {_dm(day)} ({name}) ist Feiertag. Da hast du frei.")
    return _check("JArbSchG §18", True, "Im Praktikum liegt kein Feiertag.")


def _danger_minor(place: InternshipPlace, days: Sequence[Day]) -> list[RuleCheck]:
    checks: list[RuleCheck] = []
    found = [h for h in DANGEROUS_HAZARDS if h in place.hazards]
    if found:
        names = ", ".join(HAZARD_NAMES[h] for h in found)
        if any(d.child for d in days):
            checks.append(_check("JArbSchG §22", False,
                                 f"Hier gibt es gefährliche Arbeit ({names}). Das ist für "
                                 "dich nicht erlaubt."))
        else:
            checks.append(RuleCheck("JArbSchG §22", False,
                                    f"Hier gibt es gefährliche Arbeit ({names}). Du darfst "
                                    "sie nur unter Aufsicht einer Fachkraft machen. Frag "
                                    "vorher nach.", warning=True))
    else:
        checks.append(_check("JArbSchG §22", True, "Hier gibt es keine gefährliche Arbeit."))
    if "piece_rate" in place.hazards:
        checks.append(_check("JArbSchG §23", False,
                             "Hier wird im Akkord oder im Maschinentakt gearbeitet. Das ist "
                             "unter 18 nicht erlaubt."))
    else:
        checks.append(_check("JArbSchG §23", True, "Hier gibt es keine Akkordarbeit."))
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
        checks.append(_check("ArbZG §3", False, f"Du würdest {_hours(shift.work)} am Tag "
                                                "arbeiten. Erlaubt sind höchstens 10."))
    elif shift.work > 8 * 60:
        checks.append(_check("ArbZG §3", True,
                             f"Du arbeitest {_hours(shift.work)} am Tag. Mehr als 8 geht "
                             "nur, wenn es im Schnitt bei 8 Stunden bleibt."))
    else:
        checks.append(_check("ArbZG §3", True, f"Du arbeitest {_hours(shift.work)} am Tag. "
                                               "Erlaubt sind 8."))
    need = 45 if shift.work > 9 * 60 else 30 if shift.work > 6 * 60 else 0
    if shift.pause < need:
        got = f"nur {shift.pause} Minuten" if shift.pause else "keine"
        checks.append(_check("ArbZG §4", False,
                             f"Bei {_hours(shift.work)} Arbeit brauchst du {need} Minuten "
                             f"Pause. Geplant sind {got}."))
    else:
        checks.append(_check("ArbZG §4", True, "Deine Pausen sind lang genug."))
    checks.append(_rest("ArbZG §5", 11, shift, days))
    sunday = _first(d for d in days if d.day.weekday() == 6 or d.holiday)
    if sunday is not None and company.sector not in ADULT_SUNDAY_SECTORS:
        what = "Sonntag" if sunday.day.weekday() == 6 else f"Feiertag ({sunday.holiday})"
        checks.append(_check("ArbZG §9", False,
                             f"Am {_dm(sunday.day)} ist {what}. Da darfst du hier nicht "
                             "arbeiten."))
    elif sunday is not None:
        checks.append(_check("ArbZG §9", True, "In dieser Branche darfst du auch an Sonn- "
                                               "und Feiertagen arbeiten."))
    elif off:
        day, name = off[0]
        checks.append(_check("ArbZG §9", True, f"Am {_dm(day)} ({name}) ist Feiertag. "
                                               "Da hast du frei."))
    else:
        checks.append(_check("ArbZG §9", True, "An Sonn- und Feiertagen hast du frei."))
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
        return _check("Mindestalter", False, f"Der Betrieb nimmt Leute ab {place.min_age}. "
                                             f"Am ersten Tag bist du {first.age}.")
    return _check("Mindestalter", True, f"Der Betrieb nimmt Leute ab {place.min_age}. "
                                        f"Das passt.")


def check_pair(applicant: Applicant, place: InternshipPlace, company: Company
               ) -> tuple[RuleCheck, ...]:
    """Every rule for this applicant at this place on the internship's actual days."""
    days, off = actual_days(applicant, place, company)
    if not days:
        return (_check("Termine", False, "Die Tage des Praktikums passen nicht zu den Tagen, "
                                         "an denen du Zeit hast."),)
    checks = [_check("Termine", True,
                     f"Du arbeitest {len(days)} Tage, vom {_dm(days[0].day)} bis "
                     f"{_dm(days[-1].day)}{days[-1].day.year}.")]
    checks.append(_min_age(place, days))
    minors = [d for d in days if d.minor]
    adults = [d for d in days if not d.minor]
    if minors:
        checks.extend(_minor_checks(applicant, place, company, days, off))
    if adults:
        checks.extend(_adult_checks(place, company, adults, off))
    checks.extend(_documents(place))
    return tuple(checks)


def is_lawful(checks: Iterable[RuleCheck]) -> bool:
    """True when no rule failed; warnings (missing documents) do not count."""
    return all(check.ok or check.warning for check in checks)


def failed(checks: Iterable[RuleCheck]) -> tuple[RuleCheck, ...]:
    """The failed rules that exclude the pair (warnings left out)."""
    return tuple(c for c in checks if not c.ok and not c.warning)

