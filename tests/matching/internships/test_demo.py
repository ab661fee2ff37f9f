"""The fictional demo data: reproducible, obviously fictional, real towns/titles/holidays, usable."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from functools import cache

import pytest

from matching.internships.assign import allocate
from matching.internships.calendar import is_school_holiday, land_of_region
from matching.internships.demo import DATA_DIR, REGIONS, DemoData, demo_data
from matching.internships.law import age_on, check_pair, is_lawful
from matching.internships.model import (
    HAZARDS,
    INTERNSHIP_KINDS,
    PRIORITY_GROUPS,
    READINESS,
    SUPPORT_NEEDS,
    TRAVEL_MODES,
    Applicant,
    Company,
    InternshipPlace,
    RuleCheck,
)
from matching.internships.rank import rank_places

TODAY = date(2026, 12, 2)
QUEDLINBURG = (51.7884, 11.1501)  # data/orte/orte.csv, 06484 Quedlinburg


@cache
def data() -> DemoData:
    return demo_data()


def eligible(applicant: Applicant, place: InternshipPlace, company: Company
             ) -> tuple[bool, tuple[RuleCheck, ...]]:
    checks = check_pair(applicant, place, company)
    return is_lawful(checks), checks


def _csv(path: str) -> list[dict[str, str]]:
    with (DATA_DIR / path).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def test_same_seed_same_data_other_seed_other_data() -> None:
    assert demo_data(seed=7) == demo_data(seed=7)
    assert demo_data() == data()
    assert demo_data(seed=8) != demo_data(seed=7)


def test_sizes_fit_a_round() -> None:
    demo = data()
    assert 110 <= len(demo.companies) <= 140
    assert 220 <= len(demo.places) <= 300
    assert len(demo.applicants) == 300
    for items in (demo.companies, demo.places, demo.applicants):
        assert len({item.id for item in items}) == len(items)


def test_every_name_and_contact_is_fictional() -> None:
    demo = data()
    names = {c.name for c in demo.companies}
    assert {"Beispiel-Autohaus GmbH", "Muster-Bäckerei Harz", "Beispiel Pflegedienst Ruhr"} <= names
    assert len(names) == len(demo.companies)
    for company in demo.companies:
        assert "Beispiel" in company.name or "Muster" in company.name, company.name
        assert company.contact.startswith("praktikum@") and company.contact.endswith(".example")
        assert not any(ch.isdigit() for ch in company.contact.split("@")[0])  # no phone number
        for ready in company.readiness:
            assert ready.verified_by == "" or "(Beispiel)" in ready.verified_by
    for person in demo.applicants:
        assert person.id.startswith("BW-") and person.id[3:].isdigit()


def test_all_five_regions_and_sectors_at_real_places() -> None:
    demo = data()
    assert {c.region for c in demo.companies} == set(REGIONS)
    assert {a.region for a in demo.applicants} == set(REGIONS)
    real = {(r["postal_code"], r["place"], r["kreis_key"]): (float(r["lat"]), float(r["lon"]))
            for r in _csv("orte/orte.csv")}
    for company in demo.companies:
        assert real[(company.postal_code, company.place, company.region)] == (company.lat,
                                                                              company.lon)
    for region in REGIONS:
        sectors = {c.sector for c in demo.companies if c.region == region}
        assert len(sectors) == 10, region


def test_every_place_has_a_real_ba_title_and_kldb_code() -> None:
    pairs = {(r["title"], r["kldb5"]) for r in _csv("berufe/berufe.csv")}
    codes = {code for _, code in pairs}
    for place in data().places:
        assert place.kldb in codes
        assert (place.occupation, place.kldb) in pairs, place.occupation


def test_values_come_from_the_model_vocabularies() -> None:
    demo = data()
    company_ids = {c.id for c in demo.companies}
    for company in demo.companies:
        assert all(r.key in READINESS for r in company.readiness)
        assert (company.seal is None) == (company.seal_valid_until is None)
    for place in demo.places:
        assert place.company_id in company_ids
        assert place.kind in INTERNSHIP_KINDS and place.capacity >= 1
        assert set(place.hazards) <= set(HAZARDS)
        assert place.schedule.start_date <= place.schedule.end_date
    assert {p.kind for p in demo.places} == set(INTERNSHIP_KINDS)
    for person in demo.applicants:
        assert person.kind in INTERNSHIP_KINDS and person.travel_mode in TRAVEL_MODES
        assert set(person.support_needs) <= set(SUPPORT_NEEDS)
        assert set(person.priority_groups) <= set(PRIORITY_GROUPS)
        assert person.wishes
    verified = [r for c in demo.companies for r in c.readiness
                if r.verified_by == "Praktikalotsen Harz (Beispiel)"]
    assert verified and all(r.verified_on is not None and r.verified_on <= TODAY for r in verified)


def test_applicants_ages_land_and_schooling_are_consistent() -> None:
    ages = set()
    for person in data().applicants:
        age = age_on(person.birth_date, TODAY)
        ages.add(age)
        assert 13 <= age <= 24
        assert person.land == land_of_region(person.region)
        if age < 15:
            assert person.full_time_school
        if age >= 17:
            assert not person.full_time_school
        if person.full_time_school:
            assert person.kind != "jbh"
    assert min(ages) == 13 and max(ages) >= 22


def test_holiday_places_lie_in_the_lands_school_holidays() -> None:
    demo = data()
    region_of = {c.id: c.region for c in demo.companies}
    holiday_places = [p for p in demo.places if p.kind == "holiday"]
    assert holiday_places
    for place in holiday_places:
        land = land_of_region(region_of[place.company_id])
        assert land is not None
        day = place.schedule.start_date
        while day <= place.schedule.end_date:
            if day.weekday() in place.schedule.weekdays:
                assert is_school_holiday(land, day), (place.id, day)
            day += timedelta(days=1)
        assert place.schedule.start_date.year == 2027
        assert place.schedule.start_date.month in (6, 7, 8, 10, 11)


def test_school_places_start_in_term_time() -> None:
    demo = data()
    region_of = {c.id: c.region for c in demo.companies}
    for place in demo.places:
        if place.kind in ("school", "taster"):
            land = land_of_region(region_of[place.company_id]) or ""
            assert not is_school_holiday(land, place.schedule.start_date), place.id


def test_bakery_early_starts_and_saturdays_in_retail_exist() -> None:
    demo = data()
    sector = {c.id: c.sector for c in demo.companies}
    assert any(sector[p.company_id] == "bakery" and p.schedule.start.hour < 6
               for p in demo.places)
    assert any(sector[p.company_id] in ("retail", "bakery") and 5 in p.schedule.weekdays
               for p in demo.places)


@pytest.mark.parametrize("full_time_school", [True, False])
def test_sixteen_in_quedlinburg_who_wants_animals_finds_a_lawful_place(
        full_time_school: bool) -> None:
    demo = data()
    person = Applicant(id="T-1", birth_date=date(2010, 6, 1), land="ST",
                       full_time_school=full_time_school, kind="school", available=(),
                       lat=QUEDLINBURG[0], lon=QUEDLINBURG[1], region="15085",
                       wishes=("Tierpfleger",))
    found = rank_places(person, demo.places, demo.companies, eligible=eligible)
    animals = [m for m in found if m.company.sector == "animals"]
    assert animals, [m.place.id for m in found]
    best = found[0]
    assert best.place.occupation == "Tierpfleger" and best.reasons[0] == "Dein Wunschberuf"
    assert is_lawful(best.checks)
    assert "Beispiel" in best.company.name or "Muster" in best.company.name


def test_a_round_on_the_demo_data_places_most_of_those_who_can_be_placed() -> None:
    demo = data()
    result = allocate(demo.applicants, demo.places, demo.companies, eligible=eligible)
    report = result.report(demo.applicants)
    assert report.with_option >= 0.8 * len(demo.applicants)
    assert report.placed >= 0.8 * report.with_option
    seats = {p.id: p for p in demo.places}
    used: dict[str, int] = {}
    for place_id in result.assignments.values():
        used[place_id] = used.get(place_id, 0) + 1
    assert all(used[pid] <= seats[pid].capacity for pid in used)
