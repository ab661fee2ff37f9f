"""Is every offer reachable and up to date: the warnings of `lotse catalogue check` and the
coverage of `lotse catalogue report`."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bot.catalogue import REGIONS, load_catalogue, load_file, phone_uri
from bot.catalogue_audit import (
    a_year_before,
    age_gaps,
    audit,
    coverage,
    coverage_table,
    direct_ways_in,
    has_hours,
    is_fresh,
)
from matching.model import NATIONWIDE, Contact, Offer, OpenSlot

TODAY = date(2026, 12, 3)
FOLDER = Path(__file__).resolve().parents[2] / "data" / "angebote"


def offer(id: str = "harz-stelle", *, region: str = "15085", checked: date = TODAY,
          **contact: str) -> Offer:
    uri = phone_uri(contact["phone"]) if "phone" in contact else None
    return Offer(id=id, name="Beratungsstelle", provider="Träger", category="debt_counselling",
                 region=region, needs=("money_problems",), contact=Contact(phone_uri=uri, **contact),
                 source_url="https://example.org/quelle", checked=checked)


@pytest.mark.parametrize(("today", "expected"), [
    (date(2026, 12, 3), date(2025, 12, 3)),
    (date(2026, 1, 15), date(2025, 1, 15)),
    (date(2028, 2, 29), date(2027, 2, 28)),
])
def test_a_year_before(today: date, expected: date) -> None:
    assert a_year_before(today) == expected


def test_a_source_is_fresh_for_twelve_months_to_the_day() -> None:
    assert is_fresh(offer(checked=date(2025, 12, 3)), today=TODAY)
    assert not is_fresh(offer(checked=date(2025, 12, 2)), today=TODAY)
    assert not is_fresh(replace(offer(), checked=None), today=TODAY)


@pytest.mark.parametrize(("contact", "ways"), [
    ({"web": "https://www.kreis.de"}, []),
    ({"address": "Markt 1, 38820 Halberstadt"}, []),
    ({"address": "Markt 1, 38820 Halberstadt", "opening_hours": "Di 14–16 Uhr"},
     ["address with opening hours"]),
    ({"phone": "03941 5970"}, ["phone"]),
    ({"email": "beratung@example.org", "web": "https://example.org"}, ["e-mail"]),
    ({"chat": "https://example.org/chat"}, ["chat"]),
])
def test_direct_ways_in(contact: dict[str, str], ways: list[str]) -> None:
    assert direct_ways_in(offer(**contact)) == ways


def test_a_text_that_only_says_how_to_call_is_no_opening_hours() -> None:
    """25 regional offers counted as "with hours" for a text such as "über die Zentrale des
    Landratsamts, die dich weiterverbindet": a way to call, not hours (audit of issue 16)."""
    office = "Markt 1, 38820 Halberstadt"
    via = offer(address=office, opening_hours="über die Zentrale des Landratsamts, die dich weiterverbindet")
    assert not has_hours(via) and direct_ways_in(via) == []
    for hours in ("Mo–Do 9–16 Uhr", "dienstags 14:00 bis 16:00", "rund um die Uhr", "Fr 10-12 h"):
        assert has_hours(offer(address=office, opening_hours=hours)), hours


def test_an_address_with_structured_hours_is_a_way_in() -> None:
    open_tuesdays = replace(offer(address="Markt 1, 38820 Halberstadt"),
                            open_slots=(OpenSlot(frozenset({1}), 14 * 60, 16 * 60),))
    assert direct_ways_in(open_tuesdays) == ["address with opening hours"]


def test_audit_warns_about_regional_offers_with_only_a_homepage() -> None:
    findings = audit([offer(web="https://www.kreis.de"),
                      offer("de-portal", region=NATIONWIDE, web="https://www.portal.de"),
                      offer("harz-tel", phone="03941 5970")], today=TODAY)
    assert [(f.offer_id, f.kind) for f in findings] == [("harz-stelle", "no_direct_way_in")]


def test_audit_warns_about_sources_older_than_a_year() -> None:
    findings = audit([offer(checked=date(2024, 5, 2), phone="03941 5970")], today=TODAY)
    assert [f.kind for f in findings] == ["stale_source"]
    assert "2024-05-02" in findings[0].message and "https://example.org/quelle" in findings[0].message


def test_audit_warns_about_a_phone_without_a_dialable_uri() -> None:
    raw = replace(offer(), contact=Contact(phone="03941 5970", phone_uri="tel:03941 5970"))
    findings = audit([raw], today=TODAY)
    assert [f.kind for f in findings] == ["phone_format"]
    assert "03941 5970" in findings[0].message


@pytest.mark.parametrize("published", ["06151 13-3277", "06151/133277", "(06151) 13 32 77",
                                       "+49 6151 133277", "0049 6151 13 32 77"])
def test_every_way_of_writing_a_number_dials_the_same_e164(published: str) -> None:
    assert phone_uri(published) == "tel:+496151133277"


@pytest.mark.parametrize(("published", "uri"), [("116 111", "tel:116111"), ("112", "tel:112"),
                                                ("0800 111 0 111", "tel:+498001110111")])
def test_service_and_emergency_numbers_are_dialled_as_they_are(published: str, uri: str) -> None:
    assert phone_uri(published) == uri


def _crisis(id: str, age_min: int, age_max: int, region: str = NATIONWIDE) -> Offer:
    return replace(offer(id, region=region, phone="0800 111 0 111"), category="crisis_line",
                   age_min=age_min, age_max=age_max, danger_kinds=("suicidal",))


def test_a_danger_kind_needs_a_nationwide_line_for_every_age() -> None:
    only_young = [_crisis("de-u25", 0, 25), _crisis("harz-alle", 0, 99, region="15085")]
    assert [f.message for f in age_gaps(only_young)] == [
        "no nationwide line for every age (age_min: 0, age_max: 99) takes danger kind 'suicidal'"]
    assert age_gaps([*only_young, _crisis("de-alle", 0, 99)]) == []


def _yaml(tmp_path: Path, entry: str) -> Path:
    path = tmp_path / "de-test.yaml"
    path.write_text('region: "DE"\nregion_name: Bundesweit\noffers:\n'
                    '  - id: de-linie\n    name: Eine Linie\n    provider: Träger\n'
                    '    needs: [crisis]\n    hours: {always: true}\n'
                    '    danger_kinds: [other_emergency]\n'
                    '    description: Hier hilft man dir sofort.\n'
                    '    source: {url: "https://example.org", checked: 2026-11-23}\n' + entry,
                    encoding="utf-8")
    return path


@pytest.mark.parametrize(("entry", "problem"), [
    ("    category: crisis_line\n    age_min: 14\n    age_max: 99\n"
     "    contact: {phone: \"112\"}\n", "emergency number 112 carries an age limit (14–99)"),
    ("    category: crisis_line\n    age_min: 0\n    age_max: 27\n"
     "    contact: {phone: \"110\"}\n", "emergency number 110 carries an age limit (0–27)"),
    ("    category: crisis_line\n    age_min: 10\n    age_max: 21\n"
     "    contact: {phone: \"116 111\"}\n", "crisis line with a lower age limit (age_min: 10)"),
])
def test_crisis_lines_and_emergency_numbers_carry_no_age_limit(tmp_path: Path, entry: str,
                                                               problem: str) -> None:
    offers, errors = load_file(_yaml(tmp_path, entry))
    assert offers == []
    assert len(errors) == 1 and problem in errors[0].message and errors[0].where.endswith(":4")


def test_a_young_peoples_line_keeps_its_upper_limit(tmp_path: Path) -> None:
    offers, errors = load_file(_yaml(tmp_path, "    category: crisis_line\n    age_min: 0\n"
                                                "    age_max: 25\n    contact: {chat: \"https://example.org\"}\n"))
    assert errors == [] and (offers[0].age_min, offers[0].age_max) == (0, 25)


def test_coverage_counts_per_region() -> None:
    offers = [offer("harz-a", phone="03941 5970"),
              offer("harz-b", checked=date(2024, 1, 1), address="Markt 1",
                    opening_hours="Mo 9–12 Uhr"),
              offer("harz-c", web="https://www.kreis.de"),
              offer("da-a", region="06411", email="info@example.org"),
              offer("de-a", region=NATIONWIDE, chat="https://example.org/chat")]
    rows = {r.region: r for r in coverage(offers, today=TODAY)}
    assert [r.region for r in coverage(offers, today=TODAY)] == ["06411", "15085", NATIONWIDE]
    harz = rows["15085"]
    assert (harz.offers, harz.with_phone, harz.with_hours, harz.direct_way_in,
            harz.checked_last_year) == (3, 1, 1, 2, 2)
    table = coverage_table(list(rows.values()), REGIONS).splitlines()
    assert table[0].split()[:2] == ["region", "offers"]
    assert table[2].split() == ["15085", "Landkreis", "Harz", "3", "1", "(33", "%)", "1", "(33",
                                "%)", "2", "(67", "%)", "2", "(67", "%)"]
    assert table[3].startswith("all regional offers") and " 4 " in table[3]
    assert table[4].startswith("DE Bundesweit")
    markdown = coverage_table(list(rows.values()), REGIONS, markdown=True).splitlines()
    assert markdown[1] == "|---|---:|---:|---:|---:|---:|"
    assert markdown[3] == "| 15085 Landkreis Harz | 3 | 1 (33 %) | 1 (33 %) | 2 (67 %) | 2 (67 %) |"


def test_every_phone_of_the_real_catalogue_dials_in_one_format() -> None:
    offers, _ = load_catalogue(FOLDER)
    findings = audit(offers, today=TODAY)
    assert [f for f in findings if f.kind in ("phone_format", "age_gap")] == []
    assert all(o.contact.phone_uri for o in offers if o.contact.phone)
