"""Assignment rounds: maximum placed, wishes, priority groups, pins, exclusions, the report."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from matching.internships.assign import (
    allocate,
    deferred_acceptance,
    first_come_first_served,
)
from matching.internships.model import Applicant, Company, InternshipPlace, RuleCheck
from tests.matching.internships.test_rank import always, make_applicant, make_company, make_place

COMPANIES = [make_company("c1"), make_company("c2"), make_company("c3")]


def banning(banned: frozenset[tuple[str, str]]):  # type: ignore[no-untyped-def]
    def eligible(applicant: Applicant, place: InternshipPlace,
                 company: Company) -> tuple[bool, tuple[RuleCheck, ...]]:
        ok = (applicant.id, place.id) not in banned
        return ok, (RuleCheck(rule="Test", ok=ok, text="Testregel."),)
    return eligible


def test_more_placed_than_first_come_first_served() -> None:
    people = [make_applicant("a1"), make_applicant("a2")]
    places = [make_place("p1", company_id="c1"), make_place("p2", company_id="c2")]
    prefs = {"a1": ["p1", "p2"], "a2": ["p1"]}
    result = allocate(people, places, COMPANIES, eligible=always, preferences=prefs)
    assert dict(result.assignments) == {"a1": "p2", "a2": "p1"}
    assert result.reasons["a1"] == "Dein 2. Wunsch, weil dein 1. Wunsch schon voll war."
    assert result.reasons["a2"] == "Dein 1. Wunsch."
    assert first_come_first_served(["a1", "a2"], prefs, {"p1": 1, "p2": 1}) == {"a1": "p1"}


def test_unplaced_reasons() -> None:
    people = [make_applicant("a1"), make_applicant("a2"), make_applicant("a3")]
    places = [make_place("p1")]
    prefs = {"a1": ["p1"], "a2": ["p1"], "a3": ["nowhere"]}
    result = allocate(people, places, COMPANIES, eligible=always, preferences=prefs)
    assert len(result.assignments) == 1
    loser = ({"a1", "a2"} - set(result.assignments)).pop()
    assert result.reasons[loser] == "Diesmal war kein passender Platz mehr frei."
    assert "keinen Platz, der zu dir passt" in result.reasons["a3"]
    report = result.report(people)
    assert (report.with_option, report.placed, report.placed_share) == (2, 1, 0.5)


def test_priority_group_gets_the_contested_seat() -> None:
    for seed in range(5):
        people = [make_applicant("a1"), make_applicant("a2", groups=("jbh",)),
                  make_applicant("a3")]
        prefs = {a.id: ["p1"] for a in people}
        result = allocate(people, [make_place("p1")], COMPANIES, eligible=always,
                          preferences=prefs, seed=seed)
        assert dict(result.assignments) == {"a2": "p1"}


def test_without_priority_the_seed_decides_deterministically() -> None:
    people = [make_applicant(f"a{i}") for i in range(6)]
    prefs = {a.id: ["p1"] for a in people}
    winners = {
        seed: dict(allocate(people, [make_place("p1")], COMPANIES, eligible=always,
                            preferences=prefs, seed=seed, priority_groups_share=0.0).assignments)
        for seed in range(8)
    }
    assert len({tuple(w) for w in winners.values()}) > 1
    again = allocate(people, [make_place("p1")], COMPANIES, eligible=always,
                     preferences=prefs, seed=3, priority_groups_share=0.0)
    assert dict(again.assignments) == winners[3]


def test_spread_over_companies_when_wishes_tie() -> None:
    people = [make_applicant(f"a{i}") for i in range(2)]
    places = [make_place("p1", company_id="c1", capacity=2),
              make_place("p2", company_id="c2", capacity=2)]
    result = allocate(people, places, COMPANIES, eligible=always)  # ranked by rank_places
    assert sorted(result.assignments.values()) == ["p1", "p2"]


def test_pins_and_exclusions() -> None:
    people = [make_applicant("a1"), make_applicant("a2"), make_applicant("a3")]
    places = [make_place("p1"), make_place("p2", company_id="c2")]
    prefs = {"a1": ["p1", "p2"], "a2": ["p1", "p2"], "a3": ["p1", "p2"]}
    result = allocate(people, places, COMPANIES, eligible=banning(frozenset({("a3", "p2")})),
                      preferences=prefs, pins=[("a2", "p2"), ("a3", "p2")],
                      exclusions=[("a1", "p1")])
    assert result.assignments["a2"] == "p2"
    assert "a1" not in result.assignments or result.assignments["a1"] != "p1"
    assert result.assignments.get("a3") == "p1"
    assert [r[:2] for r in result.rejected_pins] == [("a3", "p2")]
    assert "fest für dich eingeplant" in result.reasons["a2"]


def test_deferred_acceptance_textbook() -> None:
    applicant_prefs = {"a": ["x", "y"], "b": ["x", "y"], "c": ["x"]}
    place_prefs = {"x": ["c", "b", "a"], "y": ["a", "b"]}
    assert deferred_acceptance(applicant_prefs, place_prefs, {"x": 1, "y": 1}) == {
        "c": "x", "a": "y"}


def test_report_profile_parity_blocking() -> None:
    people = [make_applicant("a1", groups=("newcomer",)), make_applicant("a2"),
              make_applicant("a3")]
    places = [make_place("p1"), make_place("p2", company_id="c2"),
              make_place("p3", company_id="c3")]
    prefs = {"a1": ["p1"], "a2": ["p1", "p2"], "a3": ["p3", "p2", "p1", "p9"]}
    result = allocate(people, places, COMPANIES, eligible=always, preferences=prefs)
    report = result.report(people, place_prefs={"p1": ["a2", "a1"], "p2": ["a2"]})
    assert dict(report.rank_profile) == {"1": 2, "2": 1, "3": 0, "other": 0}
    assert report.companies_used == 3 and report.top3_share == 1.0
    assert report.parity["newcomer"] == 1.0 and report.parity["jbh"] is None
    assert report.blocking_pairs == 1  # a2 prefers p1, and p1 ranks a2 above a1
    assert report.wasted_wishes == 0


# ---- properties on small random instances ------------------------------------------------

@st.composite
def rounds(draw: st.DrawFn):  # type: ignore[no-untyped-def]
    n_people = draw(st.integers(0, 6))
    n_places = draw(st.integers(1, 4))
    places = [make_place(f"p{i}", company_id=f"c{i % 3 + 1}",
                         capacity=draw(st.integers(0, 2))) for i in range(n_places)]
    people = [make_applicant(f"a{i}", groups=tuple(draw(st.sets(st.sampled_from(
        ["jbh", "foerderschule", "newcomer"]), max_size=1)))) for i in range(n_people)]
    place_ids = [p.id for p in places]
    prefs = {a.id: draw(st.lists(st.sampled_from(place_ids), unique=True)) for a in people}
    pairs = st.tuples(st.sampled_from([a.id for a in people] or ["a0"]),
                      st.sampled_from(place_ids))
    banned = frozenset(draw(st.lists(pairs, max_size=4)))
    pins = draw(st.lists(pairs, max_size=2))
    exclusions = draw(st.lists(pairs, max_size=3))
    return people, places, prefs, banned, pins, exclusions, draw(st.integers(0, 3))


def max_placed(options: Mapping[str, Sequence[str]], capacity: dict[str, int]) -> int:
    people = sorted(options)

    def best(i: int) -> int:
        if i == len(people):
            return 0
        top = best(i + 1)
        for p in options[people[i]]:
            if capacity[p] > 0:
                capacity[p] -= 1
                top = max(top, 1 + best(i + 1))
                capacity[p] += 1
        return top
    return best(0)


@settings(max_examples=200, deadline=None)
@given(rounds())
def test_round_invariants(instance) -> None:  # type: ignore[no-untyped-def]
    people, places, prefs, banned, pins, exclusions, seed = instance
    eligible = banning(banned)
    result = allocate(people, places, COMPANIES, eligible=eligible, preferences=prefs,
                      pins=pins, exclusions=exclusions, seed=seed)
    seats = {p.id: p for p in places}
    by_id = {a.id: a for a in people}
    companies = {c.id: c for c in COMPANIES}
    load = Counter(result.assignments.values())
    assert all(load[p] <= seats[p].capacity for p in load)
    for a, p in result.assignments.items():
        assert eligible(by_id[a], seats[p], companies[seats[p].company_id])[0]
        assert (a, p) in set(result.pinned) or (
            (a, p) not in set(exclusions) and p in prefs[a])
    for a, p in result.pinned:
        assert result.assignments[a] == p
    pinned_people = {a for a, _ in result.pinned}
    for a, p, _ in result.rejected_pins:
        assert a in pinned_people or a not in by_id or p not in seats or (a, p) in banned or (
            load[p] == seats[p].capacity)
    assert set(result.reasons) == set(by_id)
    again = allocate(people, list(reversed(places)), COMPANIES, eligible=eligible,
                     preferences=prefs, pins=pins, exclusions=exclusions, seed=seed)
    assert dict(again.assignments) == dict(result.assignments)
    free = {p.id: p.capacity for p in places}
    for _, p in result.pinned:
        free[p] -= 1
    rest = {a: opts for a, opts in result.options.items() if a not in pinned_people}
    assert len(result.assignments) == len(result.pinned) + max_placed(rest, free)


@st.composite
def markets(draw: st.DrawFn):  # type: ignore[no-untyped-def]
    people = [f"a{i}" for i in range(draw(st.integers(0, 5)))]
    places = [f"p{i}" for i in range(draw(st.integers(1, 3)))]
    a_prefs = {a: draw(st.lists(st.sampled_from(places), unique=True)) for a in people}
    p_prefs = {p: draw(st.permutations(people)) for p in places}
    caps = {p: draw(st.integers(0, 2)) for p in places}
    return a_prefs, p_prefs, caps


@settings(max_examples=200, deadline=None)
@given(markets())
def test_deferred_acceptance_is_stable(market) -> None:  # type: ignore[no-untyped-def]
    a_prefs, p_prefs, caps = market
    match = deferred_acceptance(a_prefs, p_prefs, caps)
    load = Counter(match.values())
    assert all(load[p] <= caps[p] for p in load)
    assert all(p in a_prefs[a] for a, p in match.items())
    for a, prefs in a_prefs.items():
        got = match.get(a)
        better = prefs if got is None else prefs[: prefs.index(got)]
        for p in better:
            holders = [h for h, q in match.items() if q == p]
            rank = {x: i for i, x in enumerate(p_prefs[p])}
            if caps[p] == 0:
                continue
            assert len(holders) == caps[p]
            assert all(rank[h] < rank[a] for h in holders)


@settings(max_examples=150, deadline=None)
@given(rounds(), st.randoms(use_true_random=False))
def test_ranked_rounds_are_stable_and_lawful(instance, rnd) -> None:  # type: ignore[no-untyped-def]
    people, places, prefs, banned, pins, exclusions, seed = instance
    eligible = banning(banned)
    ids = [a.id for a in people]
    ranks = {p.id: rnd.sample(ids, len(ids)) for p in places if rnd.random() < 0.8}
    result = allocate(people, places, COMPANIES, eligible=eligible, preferences=prefs,
                      pins=pins, exclusions=exclusions, seed=seed, place_prefs=ranks)
    seats = {p.id: p for p in places}
    load = Counter(result.assignments.values())
    assert all(load[p] <= seats[p].capacity for p in load)
    pinned = set(result.pinned)
    for a, p in result.assignments.items():
        assert (a, p) in pinned or (p in result.options[a] and (a, p) not in set(exclusions))
    full_lists = {p.id: ranks.get(p.id, sorted(ids)) for p in places}
    report = result.report(people, place_prefs=full_lists)
    if not pinned:  # pins are the coordinator's word, outside the companies' lists
        assert report.blocking_pairs == 0


def test_a_company_ranking_decides_the_contested_seat() -> None:
    people = [make_applicant("a1"), make_applicant("a2")]
    places = [make_place("p1", company_id="c1"), make_place("p2", company_id="c2")]
    prefs = {"a1": ["p1", "p2"], "a2": ["p1", "p2"]}
    by_rank = allocate(people, places, COMPANIES, eligible=banning(frozenset()),
                       preferences=prefs, place_prefs={"p1": ["a2", "a1"]})
    assert dict(by_rank.assignments) == {"a2": "p1", "a1": "p2"}
    assert by_rank.report(people, place_prefs={"p1": ["a2", "a1"],
                                               "p2": ["a1", "a2"]}).blocking_pairs == 0
