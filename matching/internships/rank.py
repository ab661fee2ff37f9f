"""Rank internship places for one young person: hard filters first, then an explained score.

Hard filters (a place failing one never appears): the legal rules (`eligible`, passed in so
this module does not depend on the rule engine), travel time within the person's maximum,
the internship's dates overlapping the person's free time, and readiness for every support
need that requires it. The score lies in [0, 1]. How well the occupation fits sets the band
(exact title > same KldB 4-digit group > 3-digit > 2-digit field > other), so an exact title
always ranks above a mere group match; a wish that is itself a group (a code of 2–4 digits,
e.g. a field's groups for "was mit Tieren") fits the places inside it in the group band and
no others; within a band the wish's rank, travel time, date fit
and readiness (verified counts more than self-declared) decide. Ties: shorter way, then id.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from math import cos, radians
from typing import cast

from matching.internships.model import Applicant, Company, InternshipPlace, Readiness, RuleCheck
from matching.internships.texts import (
    DATES_FIT,
    DATES_PARTLY,
    FIT_REASONS,
    NEED_REASONS,
    TRAVEL,
    VERIFIED_SUFFIX,
    WISH_RANK,
    WITH_SEAL,
)
from matching.internships.travel import (
    MODE_LABELS,
    area_of,
    haversine_km,
    minutes_for_km,
    reach_km,
)

Eligible = Callable[[Applicant, InternshipPlace, Company], tuple[bool, tuple[RuleCheck, ...]]]

# support need → the readiness a company must have (any one of them)
NEED_READINESS: dict[str, tuple[str, ...]] = {
    "accessible": ("step_free",),
    "easy_language": ("plain_language",),
    "mentor": ("named_mentor",),
    "transport_help": ("transport_help",),
    "short_days": ("short_days",),
    "quiet_workplace": ("quiet_workplace",),
    "language_support": ("newcomer_experience",),  # or a working language besides German
}
# occupation fit: (lower, upper) of the score band and the German reason
FIT_BANDS: dict[str, tuple[float, float]] = {
    "exact": (0.75, 1.0), "group4": (0.55, 0.75), "group3": (0.40, 0.55),
    "field2": (0.25, 0.40), "other": (0.0, 0.25),
}
LEVEL_ORDER = {level: i for i, level in enumerate(FIT_BANDS)}
VERIFIED, SELF_DECLARED = 1.0, 0.6
KM_PER_DEGREE = 111.0  # a degree of latitude is 110.6–111.7 km: slightly low keeps the box wide
# weights of the parts within a band; they add up to 1
W_WISH, W_TRAVEL, W_DATES, W_READY = 0.35, 0.35, 0.10, 0.20


@dataclass(frozen=True, slots=True)
class PlaceMatch:
    place: InternshipPlace
    company: Company
    score: float
    reasons: tuple[str, ...]
    checks: tuple[RuleCheck, ...]
    travel_minutes: int


def rank_places(
    applicant: Applicant,
    places: Iterable[InternshipPlace],
    companies: Mapping[str, Company] | Iterable[Company],
    *,
    eligible: Eligible,
    limit: int | None = 10,
    kldb_of: Callable[[str], str | None] | None = None,
) -> tuple[PlaceMatch, ...]:
    """The best places for `applicant`, best first; `limit=None` returns every feasible one."""
    by_id = companies if isinstance(companies, Mapping) else {c.id: c for c in companies}
    catalogue = tuple(places)
    wishes = resolve_wishes(applicant.wishes, catalogue, kldb_of)
    # a cheap box around the person first: most places are too far to be worth scoring
    reach = reach_km(applicant.max_travel_minutes, mode=applicant.travel_mode,
                     area=area_of(applicant.region)) + 0.5
    max_dlat = reach / KM_PER_DEGREE
    max_dlon = reach / (KM_PER_DEGREE * max(0.05, cos(radians(applicant.lat))))
    lat, lon = applicant.lat, applicant.lon
    mode, area = applicant.travel_mode, area_of(applicant.region)
    cache: dict[tuple[object, ...], object] = {}  # date fit, readiness, occupation fit
    bands: dict[str, list[tuple[InternshipPlace, Company]]] = {level: [] for level in FIT_BANDS}
    for place in catalogue:
        company = by_id.get(place.company_id)
        if company is None or abs(company.lat - lat) > max_dlat or abs(company.lon - lon) > max_dlon:
            continue
        fit_key = ("fit", place.occupation, place.kldb)
        fit = cache.get(fit_key)
        if fit is None:
            fit = cache[fit_key] = occupation_fit(place, wishes)
        bands[cast(tuple[str, int], fit)[0]].append((place, company))
    minutes_to: dict[str, int] = {}  # a company's places share its way
    found: list[tuple[float, int, str, int, InternshipPlace, Company, _Scored]] = []
    for level, (_, top) in FIT_BANDS.items():  # best band first; a band never outranks one above
        if limit is not None and len(found) >= limit and -heapq.nsmallest(limit, found)[-1][0] > top:
            break  # the list is full with scores above anything this band can reach
        for place, company in bands[level]:
            minutes = minutes_to.get(company.id)
            if minutes is None:
                km = haversine_km(lat, lon, company.lat, company.lon)
                minutes = minutes_to[company.id] = minutes_for_km(km, mode=mode, area=area)
            scored = _evaluate(applicant, place, company, eligible, wishes, minutes, cache)
            if scored is not None:
                found.append((-scored[0], minutes, place.id, len(found), place, company, scored))
    best = sorted(found) if limit is None else heapq.nsmallest(limit, found)
    return tuple(_explain(applicant, place, company, scored)
                 for _, _, _, _, place, company, scored in best)


def title_codes(places: Iterable[InternshipPlace]) -> dict[str, str]:
    """Occupation title in lower case → its KldB code, as the places spell them."""
    titles: dict[str, str] = {}
    for place in places:
        titles.setdefault(place.occupation.casefold(), place.kldb)
    return titles


def resolve_wishes(
    wishes: Sequence[str],
    places: Iterable[InternshipPlace] | Mapping[str, str],
    kldb_of: Callable[[str], str | None] | None = None,
) -> tuple[tuple[str, str], ...]:
    """Each wish as (title in lower case or "", KldB code or "") – codes found via the places."""
    titles = places if isinstance(places, Mapping) else title_codes(places)
    resolved = []
    for wish in wishes:
        text = wish.strip()
        if text.isdigit():
            resolved.append(("", text))
            continue
        code = titles.get(text.casefold()) or (kldb_of(text) if kldb_of else None) or ""
        resolved.append((text.casefold(), code))
    return tuple(resolved)


def occupation_fit(place: InternshipPlace, wishes: Sequence[tuple[str, str]]) -> tuple[str, int]:
    """The best fit level over the wishes and the 0-based rank of the wish that gives it."""
    best, best_rank = "other", len(wishes)
    title = place.occupation.casefold()
    for rank, (wish_title, code) in enumerate(wishes):
        if (wish_title and wish_title == title) or (len(code) == 5 and code == place.kldb):
            level = "exact"
        elif 0 < len(code) < 5:  # a wished group (or a field's group): inside it, or not at all
            if not place.kldb.startswith(code):
                continue
            level = "group4"
        elif len(code) >= 4 and code[:4] == place.kldb[:4]:
            level = "group4"
        elif len(code) >= 3 and code[:3] == place.kldb[:3]:
            level = "group3"
        elif len(code) >= 2 and code[:2] == place.kldb[:2]:
            level = "field2"
        else:
            continue
        if LEVEL_ORDER[level] < LEVEL_ORDER[best]:
            best, best_rank = level, rank
        if best == "exact":
            break
    return best, best_rank


def match_place(
    applicant: Applicant,
    place: InternshipPlace,
    company: Company,
    *,
    eligible: Eligible,
    wishes: Sequence[tuple[str, str]] | None = None,
) -> PlaceMatch | None:
    """Score one place for one person, or None when a hard filter excludes it."""
    km = haversine_km(applicant.lat, applicant.lon, company.lat, company.lon)
    minutes = minutes_for_km(km, mode=applicant.travel_mode, area=area_of(applicant.region))
    if wishes is None:
        wishes = resolve_wishes(applicant.wishes, (place,))
    scored = _evaluate(applicant, place, company, eligible, wishes, minutes)
    return None if scored is None else _explain(applicant, place, company, scored)


# score, minutes, fit level, wish rank, date fit, readiness reasons, rule checks
_Scored = tuple[float, int, str, int, float, tuple[str, ...], tuple[RuleCheck, ...]]


def feasible(
    applicant: Applicant,
    place: InternshipPlace,
    company: Company,
    *,
    eligible: Eligible,
    minutes: int | None = None,
    cache: dict[tuple[object, ...], object] | None = None,
) -> bool:
    """Whether a place passes every hard filter for the person (no score, no reasons)."""
    if minutes is None:
        km = haversine_km(applicant.lat, applicant.lon, company.lat, company.lon)
        minutes = minutes_for_km(km, mode=applicant.travel_mode, area=area_of(applicant.region))
    return _filters(applicant, place, company, eligible, minutes,
                    {} if cache is None else cache) is not None


_Passed = tuple[float, tuple[float, tuple[str, ...]], tuple[RuleCheck, ...]]


def _filters(
    applicant: Applicant,
    place: InternshipPlace,
    company: Company,
    eligible: Eligible,
    minutes: int,
    cache: dict[tuple[object, ...], object],
) -> _Passed | None:
    """The hard filters, cheapest first and the law last: (date fit, readiness, rule checks),
    or None. `cache` belongs to one applicant (date fit by period, readiness by company)."""
    if place.capacity <= 0 or minutes > applicant.max_travel_minutes:
        return None
    schedule = place.schedule
    date_key = ("dates", schedule.start_date, schedule.end_date)
    dates = cache.get(date_key)
    if dates is None:
        dates = cache[date_key] = date_fit(place, applicant.available)
    if dates == 0.0:
        return None
    ready_key = ("ready", company.id, place.languages, schedule.start_date)
    if ready_key in cache:
        ready = cache[ready_key]
    else:
        ready = cache[ready_key] = readiness_fit(applicant.support_needs, place, company)
    if ready is None:
        return None
    ok, checks = eligible(applicant, place, company)
    if not ok:
        return None
    return cast(float, dates), cast(tuple[float, tuple[str, ...]], ready), checks


def _evaluate(
    applicant: Applicant,
    place: InternshipPlace,
    company: Company,
    eligible: Eligible,
    wishes: Sequence[tuple[str, str]],
    minutes: int,
    cache: dict[tuple[object, ...], object] | None = None,
) -> _Scored | None:
    """The hard filters, then the score's parts."""
    if cache is None:
        cache = {}
    passed = _filters(applicant, place, company, eligible, minutes, cache)
    if passed is None:
        return None
    dates, ready, checks = passed
    fit_key = ("fit", place.occupation, place.kldb)
    fit = cache.get(fit_key)
    if fit is None:
        fit = cache[fit_key] = occupation_fit(place, wishes)
    level, wish_rank = cast(tuple[str, int], fit)
    low, high = FIT_BANDS[level]
    wish_part = 1.0 if level == "other" else 1.0 / (1.0 + 0.25 * wish_rank)
    travel_part = 1.0 - minutes / max(applicant.max_travel_minutes, 1)
    ready_part, ready_reasons = ready
    inner = W_WISH * wish_part + W_TRAVEL * travel_part + W_DATES * dates + W_READY * ready_part
    score = round(low + (high - low) * min(1.0, max(0.0, inner)), 6)
    return score, minutes, level, wish_rank, dates, ready_reasons, checks


def _explain(applicant: Applicant, place: InternshipPlace, company: Company,
             scored: _Scored) -> PlaceMatch:
    score, minutes, level, wish_rank, dates, ready_reasons, checks = scored
    reasons = [FIT_REASONS[level] if level == "other" or wish_rank == 0
               else WISH_RANK.format(reason=FIT_REASONS[level], rank=wish_rank + 1)]
    reasons.append(TRAVEL.format(minutes=minutes, mode=MODE_LABELS[applicant.travel_mode]))
    reasons.append(DATES_FIT if dates == 1.0 or not applicant.available else DATES_PARTLY)
    reasons.extend(ready_reasons)
    return PlaceMatch(place=place, company=company, score=score, reasons=tuple(reasons),
                      checks=checks, travel_minutes=minutes)


def date_fit(place: InternshipPlace, available: Sequence[tuple[date, date]]) -> float:
    """Share of the internship's days inside the free time; 0.5 when no free time is given."""
    if not available:
        return 0.5
    start, end = place.schedule.start_date, place.schedule.end_date
    total = (end - start).days + 1
    if total <= 0:
        return 0.0
    covered = 0
    for free_start, free_end in sorted(available):
        lo, hi = max(start, free_start), min(end, free_end)
        if lo <= hi:
            covered += (hi - lo).days + 1
    return min(1.0, covered / total)


def readiness_fit(
    needs: Sequence[str], place: InternshipPlace, company: Company
) -> tuple[float, tuple[str, ...]] | None:
    """How ready the company is for the person's needs, or None when a need is not met."""
    ready: dict[str, Readiness] = {r.key: r for r in company.readiness}
    parts: list[float] = []
    reasons: list[str] = []
    for need in dict.fromkeys(needs):
        keys = NEED_READINESS.get(need)
        if keys is None:
            continue
        found = [ready[k] for k in keys if k in ready]
        if found:
            verified = any(r.verified_by for r in found)
            parts.append(VERIFIED if verified else SELF_DECLARED)
            reasons.append(NEED_REASONS[need] + (VERIFIED_SUFFIX if verified else ""))
        elif need == "language_support" and any(lang != "de" for lang in place.languages):
            parts.append(SELF_DECLARED)
            reasons.append(NEED_REASONS[need])
        else:
            return None
    if parts:
        return sum(parts) / len(parts), tuple(reasons)
    seal = company.seal is not None and (
        company.seal_valid_until is None or company.seal_valid_until >= place.schedule.start_date
    )
    return (1.0, (WITH_SEAL,)) if seal else (0.8, ())
