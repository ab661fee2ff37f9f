"""The eligibility graph of an assignment round, built in bulk.

Which of each applicant's wished places pass every hard filter of `rank.feasible` – a free
seat, travel time within the person's maximum, dates that meet their free time, readiness for
each support need that requires it, and the law (`eligible`) – decided for all wishes at once:
travel times for every pair in one vectorised step (`travel.minutes_many`), date overlaps once
per (person, date range), readiness only for people who have a support need, and the law once
per distinct (legal shape, legal profile) when `eligible` is a `LegalScreen` (any other
`eligible` is asked pair by pair). The result equals `rank.feasible` pair by pair (tested).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from matching.internships.law import LegalScreen
from matching.internships.model import Applicant, Company, InternshipPlace
from matching.internships.rank import Eligible, date_fit, readiness_fit
from matching.internships.travel import area_of, minutes_many


def wish_graph(
    people: Sequence[Applicant],
    seats: Mapping[str, InternshipPlace],
    companies: Mapping[str, Company],
    preferences: Mapping[str, Sequence[str]],
    eligible: Eligible,
    excluded: frozenset[tuple[str, str]] | set[tuple[str, str]] = frozenset(),
) -> dict[str, tuple[tuple[str, int], ...]]:
    """Applicant id → the feasible wished places with their 1-based wish number, in order."""
    places: list[InternshipPlace] = []  # the wished places that exist, with a seat
    owners: list[Company] = []
    number_of: dict[str, int] = {}
    who: list[int] = []  # per wish: index into people, into places, and the wish number
    which: list[int] = []
    rank: list[int] = []
    for i, person in enumerate(people):
        seen: set[str] = set()
        for n, pid in enumerate(preferences.get(person.id, ()), start=1):
            if pid in seen:
                continue
            seen.add(pid)
            j = number_of.get(pid)
            if j is None:
                place = seats.get(pid)
                company = companies.get(place.company_id) if place is not None else None
                if place is None or company is None or place.capacity <= 0:
                    continue
                j = number_of[pid] = len(places)
                places.append(place)
                owners.append(company)
            if excluded and (person.id, pid) in excluded:
                continue
            who.append(i)
            which.append(j)
            rank.append(n)
    if not who:
        return {}
    pair_person = np.fromiter(who, dtype=np.int64, count=len(who))
    pair_place = np.fromiter(which, dtype=np.int64, count=len(which))
    ways: dict[tuple[str, str], int] = {}  # (mode, area) → number, per person
    way = np.array([ways.setdefault((p.travel_mode, area_of(p.region)), len(ways))
                    for p in people], dtype=np.int64)
    minutes = minutes_many(
        np.array([p.lat for p in people])[pair_person], np.array([p.lon for p in people])[pair_person],
        np.array([c.lat for c in owners])[pair_place], np.array([c.lon for c in owners])[pair_place],
        ways=list(ways), way=way[pair_person])
    keep = minutes <= np.array([p.max_travel_minutes for p in people])[pair_person]
    keep &= _dates_meet(people, places, pair_person, pair_place)
    for k in np.flatnonzero(keep & np.array([bool(p.support_needs) for p in people])[pair_person]):
        person, place = people[who[k]], places[which[k]]
        keep[k] = readiness_fit(person.support_needs, place, owners[which[k]]) is not None
    left = np.flatnonzero(keep)
    if isinstance(eligible, LegalScreen):
        keep[left] = eligible.verdicts(people, places, owners, pair_person[left], pair_place[left])
    else:
        for pair in left.tolist():
            keep[pair] = eligible(people[who[pair]], places[which[pair]], owners[which[pair]])[0]
    graph: dict[str, list[tuple[str, int]]] = {p.id: [] for p in people}
    for pair in np.flatnonzero(keep).tolist():
        graph[people[who[pair]].id].append((places[which[pair]].id, rank[pair]))
    return {a: tuple(found) for a, found in graph.items()}


def _dates_meet(people: Sequence[Applicant], places: Sequence[InternshipPlace],
                pair_person: np.ndarray, pair_place: np.ndarray) -> np.ndarray:
    """Per pair: whether the place's dates meet the person's free time (once per date range)."""
    spans: dict[tuple[object, object], int] = {}
    span_of_place = np.array([spans.setdefault((p.schedule.start_date, p.schedule.end_date),
                                               len(spans)) for p in places], dtype=np.int64)
    codes, inverse = np.unique(pair_person * len(spans) + span_of_place[pair_place],
                               return_inverse=True)
    first = np.unique(inverse, return_index=True)[1]
    meets = np.array([date_fit(places[j], people[i].available) > 0.0
                      for i, j in zip(pair_person[first].tolist(), pair_place[first].tolist(),
                                      strict=True)], dtype=bool)
    return meets[inverse] if len(codes) else np.zeros(0, dtype=bool)
