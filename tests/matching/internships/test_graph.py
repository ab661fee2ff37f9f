"""The bulk eligibility graph decides exactly as `feasible` does pair by pair."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from matching.internships.graph import wish_graph
from matching.internships.law import LegalScreen
from matching.internships.model import Applicant, Company, InternshipPlace, Readiness
from matching.internships.rank import feasible
from tests.matching.internships.test_rank import (
    START,
    make_applicant,
    make_company,
    make_place,
    min_age_law,
)


@st.composite
def rounds(draw: st.DrawFn) -> tuple[list[Applicant], dict[str, InternshipPlace],
                                     dict[str, Company], dict[str, list[str]],
                                     set[tuple[str, str]]]:
    companies = {f"c{i}": make_company(
        f"c{i}", lat=draw(st.floats(51.60, 52.00)), lon=draw(st.floats(10.80, 11.40)),
        readiness=tuple(Readiness(key=k) for k in draw(st.sets(st.sampled_from(
            ["step_free", "named_mentor", "plain_language"]))))) for i in range(4)}
    places = {}
    for i in range(draw(st.integers(1, 8))):
        start = START + timedelta(days=draw(st.sampled_from([0, 7, 60])))
        places[f"p{i}"] = make_place(f"p{i}", company_id=draw(st.sampled_from(
            [*companies, "gone"])), capacity=draw(st.integers(0, 3)), start=start,
            end=start + timedelta(days=draw(st.integers(0, 11))),
            min_age=draw(st.integers(13, 16)),
            languages=draw(st.sampled_from([("de",), ("de", "uk")])))
    people = [make_applicant(
        f"a{i}", needs=tuple(draw(st.sets(st.sampled_from(
            ["accessible", "mentor", "language_support"]), max_size=2))),
        max_minutes=draw(st.integers(5, 90)),
        mode=draw(st.sampled_from(["walk", "bike", "transit", "car"])),
        lat=draw(st.floats(51.60, 52.00)), lon=draw(st.floats(10.80, 11.40)),
        available=draw(st.sampled_from([(), ((START, START + timedelta(days=11)),),
                                        ((START + timedelta(days=60), START + timedelta(days=70)),)])),
        birth=date(2013, 3, 1) - timedelta(days=draw(st.integers(0, 3 * 365))))
        for i in range(draw(st.integers(0, 6)))]
    wished = [*places, "unknown"]
    prefs = {a.id: draw(st.lists(st.sampled_from(wished), max_size=6)) for a in people}
    excluded = set(draw(st.lists(st.tuples(st.sampled_from([a.id for a in people] or ["a0"]),
                                           st.sampled_from(wished)), max_size=3)))
    return people, places, companies, prefs, excluded


@settings(max_examples=200, deadline=None)
@given(rounds())
def test_graph_equals_feasible_pair_by_pair(instance) -> None:  # type: ignore[no-untyped-def]
    people, places, companies, prefs, excluded = instance
    for eligible in (min_age_law, LegalScreen()):
        graph = wish_graph(people, places, companies, prefs, eligible, excluded)
        for person in people:
            expected, seen = [], set()
            for n, pid in enumerate(prefs[person.id], start=1):
                place = places.get(pid)
                if place is None or pid in seen:
                    continue
                seen.add(pid)
                company = companies.get(place.company_id)
                if company is None or (person.id, pid) in excluded:
                    continue
                if feasible(person, place, company, eligible=eligible):
                    expected.append((pid, n))
            assert list(graph.get(person.id, ())) == expected


def test_nobody_wishes_anything() -> None:
    assert wish_graph([make_applicant()], {}, {}, {}, min_age_law) == {}
