"""Ranking places for one person: hard filters, bands by occupation fit, reasons."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matching.internships.model import (
    Applicant,
    Company,
    InternshipPlace,
    Readiness,
    RuleCheck,
    Schedule,
)
from matching.internships.rank import PlaceMatch, date_fit, match_place, rank_places

QUEDLINBURG = (51.7884, 11.1501)
START, END = date(2027, 3, 1), date(2027, 3, 12)


def always(applicant: Applicant, place: InternshipPlace,
           company: Company) -> tuple[bool, tuple[RuleCheck, ...]]:
    return True, (RuleCheck(rule="JArbSchG §8", ok=True, text="Höchstens 7 Stunden am Tag."),)


def min_age_law(applicant: Applicant, place: InternshipPlace,
                company: Company) -> tuple[bool, tuple[RuleCheck, ...]]:
    ok = applicant.birth_date <= date(2027 - place.min_age, 3, 1)
    return ok, (RuleCheck(rule="Mindestalter", ok=ok, text="Alt genug."),)


def make_company(cid: str = "c1", *, lat: float = QUEDLINBURG[0], lon: float = QUEDLINBURG[1],
                 readiness: tuple[Readiness, ...] = (), seal: str | None = None) -> Company:
    return Company(id=cid, name=f"Beispiel-Betrieb {cid} GmbH", postal_code="06484",
                   place="Quedlinburg", region="15085", lat=lat, lon=lon, sector="crafts",
                   readiness=readiness, seal=seal)


def make_place(pid: str = "p1", *, company_id: str = "c1", occupation: str = "Tierpfleger/in",
               kldb: str = "11612", capacity: int = 1, start: date = START, end: date = END,
               languages: tuple[str, ...] = ("de",), min_age: int = 14) -> InternshipPlace:
    return InternshipPlace(id=pid, company_id=company_id, occupation=occupation, kldb=kldb,
                           kind="school", schedule=Schedule(start_date=start, end_date=end),
                           capacity=capacity, languages=languages, min_age=min_age)


def make_applicant(aid: str = "a1", *, wishes: tuple[str, ...] = ("Tierpfleger/in",),
                   needs: tuple[str, ...] = (), max_minutes: int = 45, mode: str = "transit",
                   lat: float = QUEDLINBURG[0], lon: float = QUEDLINBURG[1],
                   available: tuple[tuple[date, date], ...] = ((START, END),),
                   groups: tuple[str, ...] = (), birth: date = date(2011, 1, 1)) -> Applicant:
    return Applicant(id=aid, birth_date=birth, land="ST", full_time_school=True, kind="school",
                     available=available, lat=lat, lon=lon, region="15085", travel_mode=mode,
                     max_travel_minutes=max_minutes, wishes=wishes, support_needs=needs,
                     priority_groups=groups)


def ids(matches: tuple[PlaceMatch, ...]) -> list[str]:
    return [m.place.id for m in matches]


def test_exact_title_before_group_before_field_before_other() -> None:
    places = [
        make_place("other", kldb="62102", occupation="Verkäufer/in"),
        make_place("field", kldb="11101", occupation="Landwirt/in"),
        make_place("group3", kldb="11601", occupation="Tierwirt/in"),
        make_place("group4", kldb="11613", occupation="Tierarzthelfer/in"),
        make_place("exact", kldb="11612", occupation="Tierpfleger/in"),
    ]
    result = rank_places(make_applicant(), places, [make_company()], eligible=always)
    assert ids(result) == ["exact", "group4", "group3", "field", "other"]
    assert result[0].reasons[0] == "Dein Wunschberuf"
    assert all(0.0 <= m.score <= 1.0 for m in result)


def test_wish_given_as_kldb_code() -> None:
    places = [make_place("a", kldb="62102", occupation="Verkäufer/in"), make_place("b")]
    result = rank_places(make_applicant(wishes=("11612",)), places, [make_company()],
                         eligible=always)
    assert ids(result)[0] == "b"


def test_first_wish_before_second_in_the_same_band() -> None:
    places = [make_place("cook", kldb="29302", occupation="Koch/Köchin"), make_place("zoo")]
    person = make_applicant(wishes=("Koch/Köchin", "Tierpfleger/in"))
    result = rank_places(person, places, [make_company()], eligible=always)
    assert ids(result) == ["cook", "zoo"]
    assert result[1].reasons[0] == "Dein Wunschberuf (dein 2. Wunsch)"


def test_travel_reason_and_limit() -> None:
    near = make_company("near", lat=51.80, lon=11.16)
    far = make_company("far", lat=51.8959, lon=11.0465)  # Halberstadt, ~50 min by bus
    places = [make_place("n", company_id="near"), make_place("f", company_id="far")]
    result = rank_places(make_applicant(max_minutes=30), places, [near, far], eligible=always)
    assert ids(result) == ["n"]
    assert result[0].reasons[1].endswith("Minuten mit Bus und Bahn")
    wide = rank_places(make_applicant(max_minutes=60), places, [near, far], eligible=always)
    assert ids(wide) == ["n", "f"]


def test_law_excludes_and_checks_are_kept() -> None:
    places = [make_place("adult", min_age=18), make_place("teen")]
    result = rank_places(make_applicant(), places, [make_company()], eligible=min_age_law)
    assert ids(result) == ["teen"]
    assert result[0].checks[0].rule == "Mindestalter"


def test_dates_must_overlap() -> None:
    places = [make_place("summer", start=date(2027, 7, 1), end=date(2027, 7, 9)),
              make_place("spring")]
    result = rank_places(make_applicant(), places, [make_company()], eligible=always)
    assert ids(result) == ["spring"]


@pytest.mark.parametrize(
    ("available", "share"),
    [(((START, END),), 1.0), (((START, date(2027, 3, 6)),), 0.5), ((), 0.5),
     (((date(2027, 4, 1), date(2027, 4, 9)),), 0.0)],
)
def test_date_fit(available: tuple[tuple[date, date], ...], share: float) -> None:
    assert date_fit(make_place(), available) == share


@pytest.mark.parametrize(
    ("need", "readiness"),
    [("accessible", "step_free"), ("easy_language", "plain_language"),
     ("mentor", "named_mentor"), ("transport_help", "transport_help"),
     ("short_days", "short_days"), ("quiet_workplace", "quiet_workplace"),
     ("language_support", "newcomer_experience")],
)
def test_need_requires_readiness(need: str, readiness: str) -> None:
    ready = make_company("ready", readiness=(Readiness(key=readiness),))
    places = [make_place("plain"), make_place("ready", company_id="ready")]
    result = rank_places(make_applicant(needs=(need,)), places, [make_company(), ready],
                         eligible=always)
    assert ids(result) == ["ready"]


def test_language_support_by_working_language() -> None:
    places = [make_place("de"), make_place("uk", languages=("de", "uk"))]
    result = rank_places(make_applicant(needs=("language_support",)), places, [make_company()],
                         eligible=always)
    assert ids(result) == ["uk"]


def test_verified_readiness_counts_more() -> None:
    checked = make_company("checked", readiness=(
        Readiness(key="named_mentor", verified_by="Praktikalotsen Harz", verified_on=START),))
    declared = make_company("declared", readiness=(Readiness(key="named_mentor"),))
    places = [make_place("d", company_id="declared"), make_place("c", company_id="checked")]
    result = rank_places(make_applicant(needs=("mentor",)), places, [declared, checked],
                         eligible=always)
    assert ids(result) == ["c", "d"]
    assert "Eine feste Ansprechperson für dich (geprüft)" in result[0].reasons


def test_limit_and_determinism() -> None:
    places = [make_place(f"p{i:02d}") for i in range(30)]
    first = rank_places(make_applicant(), places, [make_company()], eligible=always, limit=5)
    again = rank_places(make_applicant(), list(reversed(places)), [make_company()],
                        eligible=always, limit=5)
    assert ids(first) == ids(again) == ["p00", "p01", "p02", "p03", "p04"]


OCCUPATIONS = [("Tierpfleger/in", "11612"), ("Tierarzthelfer/in", "11613"),
               ("Tierwirt/in", "11601"), ("Landwirt/in", "11101"), ("Koch/Köchin", "29302"),
               ("Verkäufer/in", "62102"), ("Kfz-Mechatroniker/in", "25212")]


@st.composite
def instances(draw: st.DrawFn) -> tuple[Applicant, list[InternshipPlace], list[Company]]:
    n = draw(st.integers(min_value=1, max_value=25))
    companies = [make_company(f"c{i}", lat=draw(st.floats(51.30, 52.30)),
                              lon=draw(st.floats(10.40, 11.90)),
                              readiness=tuple(Readiness(key=k) for k in draw(
                                  st.sets(st.sampled_from(["step_free", "named_mentor"])))))
                 for i in range(n)]
    places = []
    for i in range(n):
        title, code = draw(st.sampled_from(OCCUPATIONS))
        places.append(make_place(f"p{i}", company_id=f"c{i}", occupation=title, kldb=code))
    wishes = tuple(draw(st.lists(st.sampled_from([t for t, _ in OCCUPATIONS]), min_size=1,
                                 max_size=3, unique=True)))
    person = make_applicant(wishes=wishes, max_minutes=draw(st.integers(5, 90)),
                            mode=draw(st.sampled_from(["walk", "bike", "transit", "car"])),
                            needs=tuple(draw(st.sets(st.sampled_from(["accessible", "mentor"])))))
    return person, places, companies


@settings(max_examples=150, deadline=None)
@given(instances())
def test_properties(instance: tuple[Applicant, list[InternshipPlace], list[Company]]) -> None:
    person, places, companies = instance
    result = rank_places(person, places, companies, eligible=always, limit=None)
    assert all(0.0 <= m.score <= 1.0 for m in result)
    assert all(m.travel_minutes <= person.max_travel_minutes for m in result)
    scores = [m.score for m in result]
    assert scores == sorted(scores, reverse=True)
    exact = [i for i, m in enumerate(result) if m.place.occupation in person.wishes]
    others = [i for i, m in enumerate(result) if m.place.occupation not in person.wishes]
    if exact and others:
        assert max(exact) < min(others)
    assert result == rank_places(person, list(reversed(places)), companies, eligible=always,
                                 limit=None)
    by_id = {c.id: c for c in companies}
    unboxed = {p.id for p in places
               if match_place(person, p, by_id[p.company_id], eligible=always) is not None}
    assert set(ids(result)) == unboxed  # the distance box never drops a reachable place


def test_wider_limit_never_removes_a_place() -> None:
    person = make_applicant()
    places = [make_place(f"p{i}") for i in range(3)]
    narrow = rank_places(replace(person, max_travel_minutes=5), places, [make_company()],
                         eligible=always, limit=None)
    wide = rank_places(person, places, [make_company()], eligible=always, limit=None)
    assert set(ids(narrow)) <= set(ids(wide))


@settings(max_examples=150, deadline=None)
@given(instances(), st.integers(min_value=1, max_value=6))
def test_a_limit_keeps_the_best_of_the_full_list(
        instance: tuple[Applicant, list[InternshipPlace], list[Company]], limit: int) -> None:
    person, places, companies = instance  # lower fit bands are skipped once the list is full
    full = rank_places(person, places, companies, eligible=always, limit=None)
    assert rank_places(person, places, companies, eligible=always, limit=limit) == full[:limit]


def test_a_wished_group_fits_its_places_and_not_its_neighbours() -> None:
    places = [make_place("care", occupation="Pflegefachmann", kldb="81302"),
              make_place("vet", occupation="Tiermedizinischer Fachangestellter", kldb="81142"),
              make_place("keeper", occupation="Tierpfleger", kldb="11522"),
              make_place("baker", occupation="Bäcker", kldb="29222")]
    person = make_applicant(wishes=("115", "8114"))  # a field: Tierpflege first, then TFA
    found = rank_places(person, places, [make_company()], eligible=always, limit=None)
    assert ids(found)[:2] == ["keeper", "vet"]
    bands = {m.place.id: m.score for m in found}
    assert bands["care"] < 0.25 and bands["baker"] < 0.25  # nursing is no neighbour of TFA
