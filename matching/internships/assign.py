"""Assignment rounds: many young people to places with capacities, in one go.

`allocate` solves a min-cost flow (OR-Tools) on the eligibility graph

    source ─1─▶ applicant ─1, wish cost─▶ place ─capacity─▶ company ─1 each, load cost─▶ sink

with `solve_max_flow_with_min_cost`: first the largest number placed, then, among all ways
to place that many, the lowest cost. Costs (integers):
- the wish: (rank)² × WISH_UNIT – a 2nd wish costs 1, a 3rd 4, a 4th 9 units ("generous":
  few people far down their list);
- the company's load: its k-th intern costs (k - 1) × LOAD_UNIT more (convex, so the same
  interns spread over more companies when wishes allow);
- priority groups (jbh, foerderschule, newcomer) by a lower cost, not reserved seats: every
  non-priority placement costs `priority_groups_share` × (the dearest wish + the dearest load
  step) extra. Lower costs never leave a seat empty and never lower the number placed, while
  a reserved seat stays empty when no priority applicant can take it (travel, law, dates);
- a seeded tie-break below one unit, so equal choices are settled the same way every time.
Pins are placed first (if lawful and a seat is free) and use up their seat; exclusions
remove the edge. `deferred_acceptance` is the applicant-proposing Gale–Shapley for rounds
where companies really rank their applicants.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

import numpy as np
from ortools.graph.python import min_cost_flow

from matching.internships import texts
from matching.internships.graph import wish_graph
from matching.internships.model import PRIORITY_GROUPS, Applicant, Company, InternshipPlace
from matching.internships.rank import Eligible, rank_places

WISH_UNIT = 1000
LOAD_UNIT = 300
JITTER = 100  # < WISH_UNIT: only breaks ties
DEFAULT_OPTIONS = 10
PRIORITY = frozenset(PRIORITY_GROUPS)


@dataclass(frozen=True)
class Allocation:
    assignments: Mapping[str, str]  # applicant id → place id
    reasons: Mapping[str, str]  # applicant id → why this place (or why none), in German
    wish_ranks: Mapping[str, int]  # applicant id → 1-based rank of the assigned wish
    options: Mapping[str, tuple[str, ...]]  # applicant id → feasible places, best first
    pinned: tuple[tuple[str, str], ...] = ()
    rejected_pins: tuple[tuple[str, str, str], ...] = ()  # (applicant, place, why)
    capacities: Mapping[str, int] = field(default_factory=dict)  # place id → seats
    place_company: Mapping[str, str] = field(default_factory=dict)  # place id → company id

    def report(
        self,
        applicants: Iterable[Applicant],
        *,
        place_prefs: Mapping[str, Sequence[str]] | None = None,
    ) -> RoundReport:
        """The round's figures; blocking pairs only where places rank their applicants."""
        return round_report(self, tuple(applicants), place_prefs=place_prefs)


@dataclass(frozen=True)
class RoundReport:
    applicants: int
    with_option: int  # applicants with at least one feasible place
    placed: int
    placed_share: float  # placed ÷ with_option
    rank_profile: Mapping[str, int]  # "1", "2", "3", "other" → number placed there
    top3_share: float  # placed at wish 1–3 ÷ placed
    companies_used: int
    companies_offering: int
    parity: Mapping[str, float | None]  # group → its match rate ÷ the others' rate
    wasted_wishes: int  # (applicant, place) where they preferred a place that kept a free seat
    blocking_pairs: int | None  # None when places do not rank applicants


def allocate(
    applicants: Iterable[Applicant],
    places: Iterable[InternshipPlace],
    companies: Mapping[str, Company] | Iterable[Company],
    *,
    eligible: Eligible,
    preferences: Mapping[str, Sequence[str]] | None = None,
    pins: Iterable[tuple[str, str]] = (),
    exclusions: Iterable[tuple[str, str]] = (),
    priority_groups_share: float = 1.0,
    seed: int = 0,
    options: int = DEFAULT_OPTIONS,
    place_prefs: Mapping[str, Sequence[str]] | None = None,
) -> Allocation:
    """Assign applicants to places: most placed, then best wishes, spread, priority groups.

    `preferences` maps an applicant id to place ids, best first (their wishes); without it
    each applicant's `options` best places by `rank_places` stand in for wishes. When the
    companies really rank their applicants (`place_prefs`: place id → applicant ids, best
    first; an applicant not on a place's list is not acceptable there), the round is a
    deferred acceptance on the feasible wishes instead: stable (no blocking pair), the best
    stable outcome for every young person, and applying honestly is their best strategy.
    A place without a list accepts every feasible applicant, in id order.
    """
    people = sorted(applicants, key=lambda a: a.id)
    seats = {p.id: p for p in sorted(places, key=lambda p: p.id)}
    by_company = companies if isinstance(companies, Mapping) else {c.id: c for c in companies}
    excluded = set(exclusions)
    capacity = {pid: max(0, p.capacity) for pid, p in seats.items()}
    pinned, rejected = _apply_pins(pins, people, seats, by_company, capacity, eligible)
    pinned_ids = {a for a, _ in pinned}

    option_lists: dict[str, tuple[str, ...]] = {}
    wish_number: dict[tuple[str, str], int] = {}
    catalogue = tuple(seats.values())
    free = [person for person in people if person.id not in pinned_ids]
    if preferences is not None:  # exclusions are left out while the graph is built
        found = wish_graph(free, seats, by_company, preferences, eligible, excluded)
    else:
        found = {person.id: tuple((pid, n) for pid, n in _ranked_options(
                     person, catalogue, by_company, eligible, options)
                     if (person.id, pid) not in excluded) for person in free}
    for person in free:
        kept = found.get(person.id, ())
        option_lists[person.id] = tuple([pid for pid, _ in kept])
        for pid, n in kept:
            wish_number[(person.id, pid)] = n

    assignments = dict(pinned)
    if place_prefs is None:
        assignments.update(_solve(people, seats, capacity, option_lists, wish_number, pinned,
                                   priority_groups_share, seed))
    else:
        wishing: dict[str, list[str]] = {}
        for a in sorted(option_lists):
            for pid in option_lists[a]:
                wishing.setdefault(pid, []).append(a)
        lists: dict[str, list[str]] = {}
        for pid, ids in wishing.items():  # a ranked list keeps those who wish the place
            wished = set(ids)
            lists[pid] = ([a for a in place_prefs[pid] if a in wished] if pid in place_prefs
                          else ids)
        assignments.update(deferred_acceptance(option_lists, lists, capacity))
    reasons = _reasons(people, assignments, option_lists, wish_number, pinned_ids,
                       capacity, pinned, seats)
    ranks = {a: wish_number.get((a, p), 1) for a, p in assignments.items()}
    all_options = dict(option_lists)
    all_options.update({a: (p,) for a, p in pinned})
    return Allocation(
        assignments=MappingProxyType(assignments), reasons=MappingProxyType(reasons),
        wish_ranks=MappingProxyType(ranks), options=MappingProxyType(all_options),
        pinned=tuple(pinned), rejected_pins=tuple(rejected),
        capacities=MappingProxyType({pid: max(0, p.capacity) for pid, p in seats.items()}),
        place_company=MappingProxyType({pid: p.company_id for pid, p in seats.items()}),
    )


def _apply_pins(
    pins: Iterable[tuple[str, str]],
    people: Sequence[Applicant],
    seats: Mapping[str, InternshipPlace],
    companies: Mapping[str, Company],
    capacity: dict[str, int],
    eligible: Eligible,
) -> tuple[list[tuple[str, str]], list[tuple[str, str, str]]]:
    by_id = {a.id: a for a in people}
    pinned: list[tuple[str, str]] = []
    rejected: list[tuple[str, str, str]] = []
    done: set[str] = set()
    for applicant_id, place_id in sorted(set(pins)):
        person, place = by_id.get(applicant_id), seats.get(place_id)
        company = companies.get(place.company_id) if place else None
        if person is None or place is None or company is None:
            rejected.append((applicant_id, place_id, texts.PIN_UNKNOWN))
        elif applicant_id in done:
            rejected.append((applicant_id, place_id, texts.PIN_TAKEN))
        elif not eligible(person, place, company)[0]:
            rejected.append((applicant_id, place_id, texts.PIN_UNLAWFUL))
        elif capacity[place_id] <= 0:
            rejected.append((applicant_id, place_id, texts.PIN_FULL))
        else:
            capacity[place_id] -= 1
            done.add(applicant_id)
            pinned.append((applicant_id, place_id))
    return pinned, rejected


def _ranked_options(
    person: Applicant,
    catalogue: Sequence[InternshipPlace],
    companies: Mapping[str, Company],
    eligible: Eligible,
    limit: int,
) -> tuple[tuple[str, int], ...]:
    """Without wishes: the `limit` best places by `rank_places`; equal scores, equal rank."""
    ranked = rank_places(person, catalogue, companies, eligible=eligible, limit=limit)
    scores = sorted({m.score for m in ranked}, reverse=True)
    return tuple((m.place.id, scores.index(m.score) + 1) for m in ranked)


def _solve(
    people: Sequence[Applicant],
    seats: Mapping[str, InternshipPlace],
    capacity: Mapping[str, int],
    option_lists: Mapping[str, tuple[str, ...]],
    wish_number: Mapping[tuple[str, str], int],
    pinned: Sequence[tuple[str, str]],
    priority_groups_share: float,
    seed: int,
) -> dict[str, str]:
    active = [a for a in people if option_lists.get(a.id)]
    used_places = sorted({p for a in active for p in option_lists[a.id] if capacity[p] > 0})
    if not active or not used_places:
        return {}
    companies = sorted({seats[p].company_id for p in used_places})
    pinned_load: dict[str, int] = {}
    for _, pid in pinned:
        cid = seats[pid].company_id
        pinned_load[cid] = pinned_load.get(cid, 0) + 1
    a_node = {a.id: 2 + i for i, a in enumerate(active)}
    p_node = {p: 2 + len(active) + i for i, p in enumerate(used_places)}
    c_node = {c: 2 + len(active) + len(used_places) + i for i, c in enumerate(companies)}
    source, sink = 0, 1
    seats_of = {c: 0 for c in companies}
    for p in used_places:
        seats_of[seats[p].company_id] += capacity[p]
    max_rank = max(wish_number.values(), default=1)
    max_load = max(pinned_load.get(c, 0) + seats_of[c] for c in companies)
    bonus = int(priority_groups_share * ((max_rank - 1) ** 2 * WISH_UNIT + max_load * LOAD_UNIT))
    # the wish arcs: applicant → place, capacity 1, cost by the wish's rank (+ the bonus)
    extra = {a.id: 0 if PRIORITY & set(a.priority_groups) else bonus for a in active}
    wishes = [(a.id, pid) for a in active for pid in option_lists[a.id] if capacity[pid] > 0]
    ranks = np.array([wish_number[wish] - 1 for wish in wishes], dtype=np.int64)
    jitter = np.random.default_rng(seed).integers(JITTER, size=len(wishes))
    wish_costs = (ranks * ranks * WISH_UNIT + jitter
                  + np.array([extra[a] for a, _ in wishes], dtype=np.int64))
    loads = [(c, k) for c in companies
             for k in range(pinned_load.get(c, 0), pinned_load.get(c, 0) + seats_of[c])]
    tails = ([source] * len(active) + [a_node[a] for a, _ in wishes]
             + [p_node[p] for p in used_places] + [c_node[c] for c, _ in loads])
    heads = ([a_node[a.id] for a in active] + [p_node[p] for _, p in wishes]
             + [c_node[seats[p].company_id] for p in used_places] + [sink] * len(loads))
    caps = ([1] * len(active) + [1] * len(wishes) + [capacity[p] for p in used_places]
            + [1] * len(loads))
    costs = np.concatenate([np.zeros(len(active), dtype=np.int64), wish_costs,
                            np.zeros(len(used_places), dtype=np.int64),
                            np.array([k * LOAD_UNIT for _, k in loads], dtype=np.int64)])
    flow = min_cost_flow.SimpleMinCostFlow()
    flow.add_arcs_with_capacity_and_unit_cost(np.array(tails), np.array(heads), np.array(caps),
                                              costs)
    flow.set_node_supply(source, len(active))
    flow.set_node_supply(sink, -len(active))
    status = flow.solve_max_flow_with_min_cost()
    if status != flow.OPTIMAL:
        raise RuntimeError(f"min-cost flow failed with status {status}")
    first = len(active)
    used = flow.flows(np.arange(first, first + len(wishes)))
    return {a: p for (a, p), f in zip(wishes, used.tolist(), strict=True) if f > 0}


def _reasons(
    people: Sequence[Applicant],
    assignments: Mapping[str, str],
    option_lists: Mapping[str, tuple[str, ...]],
    wish_number: Mapping[tuple[str, str], int],
    pinned_ids: set[str],
    capacity: Mapping[str, int],
    pinned: Sequence[tuple[str, str]],
    seats: Mapping[str, InternshipPlace],
) -> dict[str, str]:
    filled: dict[str, int] = {}
    for a, p in assignments.items():
        if a not in pinned_ids:
            filled[p] = filled.get(p, 0) + 1
    reasons: dict[str, str] = {}
    for person in people:
        place_id = assignments.get(person.id)
        opts = option_lists.get(person.id, ())
        if person.id in pinned_ids:
            reasons[person.id] = texts.ASSIGN_PINNED
        elif place_id is None:
            reasons[person.id] = texts.ASSIGN_NO_SEAT_LEFT if opts else texts.ASSIGN_NO_OPTION
        else:
            n = wish_number[(person.id, place_id)]
            if n == 1:
                reasons[person.id] = texts.ASSIGN_FIRST
            elif opts and opts[0] != place_id and filled.get(opts[0], 0) >= capacity[opts[0]]:
                first = wish_number[(person.id, opts[0])]
                reasons[person.id] = texts.ASSIGN_FIRST_FULL.format(n=n, first=first)
            elif opts and opts[0] == place_id:
                reasons[person.id] = texts.ASSIGN_EARLIER_UNFIT.format(n=n)
            else:
                reasons[person.id] = texts.ASSIGN_FOR_ALL.format(n=n)
    return reasons


def round_report(
    allocation: Allocation,
    applicants: Sequence[Applicant],
    *,
    place_prefs: Mapping[str, Sequence[str]] | None = None,
) -> RoundReport:
    """Share placed, rank profile, companies used, parity and blocking pairs of a round."""
    assigned = allocation.assignments
    with_option = [a for a in applicants if allocation.options.get(a.id)]
    placed = [a for a in with_option if a.id in assigned]
    profile = {"1": 0, "2": 0, "3": 0, "other": 0}
    for a in placed:
        n = allocation.wish_ranks.get(a.id, 1)
        profile[str(n) if n <= 3 else "other"] += 1
    parity: dict[str, float | None] = {}
    for group in PRIORITY_GROUPS:
        members = [a for a in with_option if group in a.priority_groups]
        others = [a for a in with_option if not set(a.priority_groups) & set(PRIORITY_GROUPS)]
        if not members or not others:
            parity[group] = None
            continue
        rate = sum(a.id in assigned for a in members) / len(members)
        rest = sum(a.id in assigned for a in others) / len(others)
        parity[group] = round(rate / rest, 4) if rest else None
    fill: dict[str, int] = {}
    for p in assigned.values():
        fill[p] = fill.get(p, 0) + 1
    wasted = sum(
        1 for a in with_option
        for p in _better_than(allocation, a.id)
        if fill.get(p, 0) < allocation.capacities.get(p, 0)
    )
    blocking = None if place_prefs is None else _blocking(allocation, with_option, place_prefs)
    return RoundReport(
        applicants=len(applicants), with_option=len(with_option), placed=len(placed),
        placed_share=round(len(placed) / len(with_option), 4) if with_option else 1.0,
        rank_profile=MappingProxyType(profile),
        top3_share=round((profile["1"] + profile["2"] + profile["3"]) / len(placed), 4)
        if placed else 1.0,
        companies_used=len({allocation.place_company[p] for p in assigned.values()}),
        companies_offering=len(set(allocation.place_company.values())),
        parity=MappingProxyType(parity), wasted_wishes=wasted, blocking_pairs=blocking,
    )


def _better_than(allocation: Allocation, applicant_id: str) -> tuple[str, ...]:
    """The feasible places `applicant_id` prefers to the one they got (all if unplaced)."""
    opts = allocation.options.get(applicant_id, ())
    got = allocation.assignments.get(applicant_id)
    return opts if got is None or got not in opts else opts[: opts.index(got)]


def _blocking(
    allocation: Allocation,
    applicants: Sequence[Applicant],
    place_prefs: Mapping[str, Sequence[str]],
) -> int:
    holders: dict[str, list[str]] = {}
    for a, p in allocation.assignments.items():
        holders.setdefault(p, []).append(a)
    count = 0
    for person in applicants:
        for p in _better_than(allocation, person.id):
            ranking = {a: i for i, a in enumerate(place_prefs.get(p, ()))}
            if person.id not in ranking:
                continue
            held = holders.get(p, [])
            if len(held) < allocation.capacities.get(p, 0) or any(
                ranking.get(h, len(ranking)) > ranking[person.id] for h in held
            ):
                count += 1
    return count


def deferred_acceptance(
    applicant_prefs: Mapping[str, Sequence[str]],
    place_prefs: Mapping[str, Sequence[str]],
    capacities: Mapping[str, int],
) -> dict[str, str]:
    """Applicant-proposing deferred acceptance (Gale–Shapley with capacities).

    A place accepts only applicants on its list; the result is stable and the best stable
    outcome for every applicant (and applying honestly is their best strategy).
    """
    rank_at = {p: {a: i for i, a in enumerate(prefs)} for p, prefs in place_prefs.items()}
    next_choice = {a: 0 for a in applicant_prefs}
    held: dict[str, list[tuple[int, str]]] = {p: [] for p in place_prefs}
    free = sorted(applicant_prefs, reverse=True)
    while free:
        a = free.pop()
        prefs = applicant_prefs[a]
        while next_choice[a] < len(prefs):
            p = prefs[next_choice[a]]
            next_choice[a] += 1
            if a not in rank_at.get(p, {}) or capacities.get(p, 0) <= 0:
                continue
            bucket = held[p]  # a max-heap of (-rank, applicant): the worst held on top
            heapq.heappush(bucket, (-rank_at[p][a], a))
            if len(bucket) <= capacities[p]:
                break
            _, rejected = heapq.heappop(bucket)
            if rejected != a:
                free.append(rejected)
                break
    return {a: p for p, bucket in held.items() for _, a in bucket}


def first_come_first_served(
    order: Sequence[str], option_lists: Mapping[str, Sequence[str]], capacities: Mapping[str, int]
) -> dict[str, str]:
    """Serial dictatorship in registration order (the Praktikumswoche rule), for comparison."""
    left = dict(capacities)
    result: dict[str, str] = {}
    for a in order:
        for p in option_lists.get(a, ()):
            if left.get(p, 0) > 0:
                left[p] -= 1
                result[a] = p
                break
    return result

