"""The offer catalogue is data tested like code."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.catalogue import REGIONS, is_emergency_number, load_catalogue, phone_uri
from bot.catalogue_audit import age_gaps, direct_ways_in
from bot.reference import Reference
from matching.model import DANGER_KINDS, NATIONWIDE, Situation
from matching.needs import NEEDS, PRIMARY_CATEGORIES
from matching.route import route_situation, score_offer

FOLDER = Path(__file__).resolve().parents[2] / "data" / "angebote"
SEED_REGIONS = [r for r in REGIONS if r != NATIONWIDE]
REQUIRED_EVERYWHERE = {"youth_employment_agency", "career_guidance", "jobcenter",
                       "youth_vocational_aid", "debt_counselling", "migration_counselling"}


def test_catalogue_has_no_errors() -> None:
    offers, errors = load_catalogue(FOLDER)
    assert errors == []
    assert len(offers) >= 70


def test_one_file_per_region_and_one_nationwide() -> None:
    regions = {o.region for o in load_catalogue(FOLDER)[0]}
    assert regions == set(REGIONS)


@pytest.mark.parametrize("region", SEED_REGIONS)
def test_every_region_has_the_core_offers(reference: Reference, region: str) -> None:
    categories = {o.category for o in reference.offers if o.region == region}
    assert categories >= REQUIRED_EVERYWHERE, REQUIRED_EVERYWHERE - categories
    assert categories & {"family_counselling", "psychosocial_counselling", "addiction_counselling"}


def test_praktikalotsen_in_harz_and_quabb_in_hesse(reference: Reference) -> None:
    harz = [o for o in reference.offers if o.region == "15085"]
    assert any(o.category == "internship_placement" for o in harz)
    for region in ("06411", "06434", "06438"):
        assert any("QuABB" in o.name and o.category == "training_support"
                   for o in reference.offers if o.region == region), region


def test_nationwide_crisis_lines_with_hours(reference: Reference) -> None:
    lines = [o for o in reference.offers if o.category == "crisis_line"]
    names = " ".join(o.name for o in lines)
    for expected in ("TelefonSeelsorge", "krisenchat", "Nummer gegen Kummer"):
        assert expected.lower() in names.lower(), expected
    assert all(o.always_open or o.open_slots for o in lines)
    assert any(o.always_open for o in lines)


@pytest.mark.parametrize("region", [*SEED_REGIONS, None])
@pytest.mark.parametrize("need", NEEDS)
def test_every_need_has_somewhere_to_go(reference: Reference, region: str | None,
                                        need: str) -> None:
    result = route_situation(Situation(needs=(need,), age=17, region=region), reference.offers)
    assert result.matches, (need, region)


def test_offers_are_well_formed(reference: Reference) -> None:
    for offer in reference.offers:
        assert offer.id.split("-")[0] in {"da", "htk", "of", "harz", "bo", "de"}, offer.id
        assert offer.source_url.startswith("https://") or offer.source_url.startswith("http://")
        assert offer.checked is not None and offer.checked <= date(2026, 12, 31)
        assert 0 <= offer.age_min <= offer.age_max <= 99
        if offer.contact.phone:
            assert offer.contact.phone_uri and offer.contact.phone_uri.startswith("tel:")
        assert len(offer.description) <= 600


AGES = (16, 22)
# (region, need, age) for which no offer of a primary category ("Erste Anlaufstelle") fits:
# there the first offer is of a secondary category. Listed so that no gap stays silent.
KNOWN_GAPS = {
    *{(r, "seek_internship", a) for r in ("06411", "06434", "06438", "05911", None) for a in AGES},
    *{(r, "school_problems", 22) for r in ("06411", "06434", "06438", "15085", "05911", None)},
    (None, "school_problems", 16),
    ("05911", "school_qualification", 16),
    (None, "school_qualification", 16), (None, "school_qualification", 22),
    (None, "application_help", 16), (None, "application_help", 22),
    (None, "talk_to_human", 16), (None, "talk_to_human", 22),
    # the nationwide family counselling lines are for parents (for_parents), shown only when a
    # parent writes: a young person outside the regions gets the bke youth counselling first
    (None, "family_problems", 16), (None, "family_problems", 22),
}


def _has_primary(reference: Reference, situation: Situation, need: str) -> bool:
    return any(o.category in PRIMARY_CATEGORIES[need] and score_offer(o, situation, need)
               for o in reference.offers)


@pytest.mark.parametrize("age", AGES)
@pytest.mark.parametrize("region", [*SEED_REGIONS, None])
@pytest.mark.parametrize("need", NEEDS)
def test_first_offer_is_a_first_place_to_go(reference: Reference, region: str | None, need: str,
                                            age: int) -> None:
    situation = Situation(needs=(need,), age=age, region=region)
    first = route_situation(situation, reference.offers).matches[0]
    if _has_primary(reference, situation, need):
        assert first.offer.category in PRIMARY_CATEGORIES[need], (first.offer.id, first.reasons)
        assert first.reasons[0].startswith("Erste Anlaufstelle für")
    else:
        assert (region, need, age) in KNOWN_GAPS, "new gap: no primary offer fits"


def test_the_list_of_gaps_is_current(reference: Reference) -> None:
    gaps = {(region, need, age) for region in [*SEED_REGIONS, None] for need in NEEDS for age in AGES
            if not _has_primary(reference, Situation(needs=(need,), age=age, region=region), need)}
    assert gaps == KNOWN_GAPS


@pytest.mark.parametrize("age", [13, 17, 20, 28, 40])
def test_crisis_help_for_every_age_starts_with_a_line_for_suicidal_thoughts(
        reference: Reference, age: int) -> None:
    matches = route_situation(Situation(needs=("crisis",), age=age), reference.offers,
                              per_need=12).matches
    assert "suicidal" in matches[0].offer.danger_kinds and matches[0].offer.always_open
    assert "de-telefonseelsorge" in [m.offer.id for m in matches[:2]]


def test_crisis_lines_say_which_dangers_they_are_for(reference: Reference) -> None:
    lines = {o.id: o for o in reference.offers if o.category == "crisis_line"}
    assert all(o.danger_kinds and set(o.danger_kinds) <= set(DANGER_KINDS) for o in lines.values())
    assert set(lines["de-hilfetelefon-gewalt-gegen-frauen"].danger_kinds) == {
        "violence_at_home", "sexual_abuse"}
    for line in ("de-telefonseelsorge", "de-hilfetelefon-gewalt-gegen-frauen",
                 "de-hilfetelefon-sexueller-missbrauch", "de-notruf-112", "de-polizei-110"):
        assert (lines[line].age_min, lines[line].age_max) == (0, 99), line
    covered = {kind for o in reference.offers for kind in o.danger_kinds}
    assert covered == set(DANGER_KINDS)


def test_crisis_lines_and_emergency_numbers_carry_no_age_limit() -> None:
    offers, errors = load_catalogue(FOLDER)
    assert [e.message for e in errors if "age limit" in e.message] == []
    emergency = [o for o in offers if is_emergency_number(o.contact.phone)]
    assert {o.id for o in emergency} >= {"de-notruf-112", "de-polizei-110"}
    assert all((o.age_min, o.age_max) == (0, 99) for o in emergency)
    assert [o.id for o in offers if o.category == "crisis_line" and o.age_min > 0] == []
    assert age_gaps(offers) == []


# Regional offers without a confirmed direct way in (phone, e-mail, chat, or an address with
# opening hours) on 2026-12-03: the stored public pages did not confirm one. The target is
# none; this list may only shrink (`lotse catalogue report` shows the coverage per region).
NOT_REACHABLE_YET = 32


def test_regional_offers_without_a_direct_way_in_only_get_fewer() -> None:
    """Phone, e-mail, chat or an address with opening hours; a homepage alone is none."""
    offers, _ = load_catalogue(FOLDER)
    missing = [o.id for o in offers if o.region != NATIONWIDE and not direct_ways_in(o)]
    assert len(missing) <= NOT_REACHABLE_YET, missing


def test_lonely_twenty_year_old_in_harz_gets_psychosocial_help_not_addiction(
        reference: Reference) -> None:
    matches = route_situation(Situation(needs=("mental_health",), age=20, region="15085"),
                              reference.offers).matches
    assert matches[0].offer.category == "psychosocial_counselling"
    assert matches[0].offer.region == "15085"
    assert all(m.offer.category != "addiction_counselling" for m in matches)


def test_practical_fields_are_loaded(reference: Reference) -> None:
    by_id = {o.id: o for o in reference.offers}
    assert by_id["de-krisenchat"].messenger and by_id["de-krisenchat"].anonymous is True
    assert by_id["de-telefonseelsorge"].cost == "kostenlos"
    assert by_id["bo-notschlafstelle-schlafamzug"].appointment
    assert by_id["de-vera"].anonymous is None  # not confirmed: left out


def test_unknown_danger_kind_and_crisis_line_without_kinds_are_errors(tmp_path: Path) -> None:
    base = ('region: "DE"\nregion_name: Bundesweit\noffers:\n'
            '  - id: de-x-line\n    name: X-Line\n    provider: Träger\n    category: crisis_line\n'
            '    needs: [crisis]\n    contact: {phone: "116 111"}\n    hours: {always: true}\n'
            '    description: Eine Beschreibung.\n'
            '    source: {url: "https://example.org", checked: 2026-12-02}\n')
    (tmp_path / "a.yaml").write_text(base)
    (tmp_path / "b.yaml").write_text(base.replace("de-x-line", "de-y-line")
                                     + "    danger_kinds: [werwolf]\n")
    _, errors = load_catalogue(tmp_path)
    messages = " ".join(e.message for e in errors)
    assert "crisis lines need danger_kinds" in messages and "unknown danger kind" in messages


@pytest.mark.parametrize("phone", ["0800 111 0 111", "116 111", "+49 3941 6960", "06151 304-0"])
def test_phone_numbers_are_normalised(phone: str) -> None:
    assert phone_uri(phone).startswith("tel:")


@pytest.mark.parametrize("phone", ["123", "0000", "call me", "+1 555"])
def test_invalid_phone_numbers_are_refused(phone: str) -> None:
    with pytest.raises(ValueError):
        phone_uri(phone)


def test_errors_name_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "x.yaml").write_text('region: "99999"\nregion_name: X\noffers: []\n')
    (tmp_path / "y.yaml").write_text("region: [unclosed\n")
    _, errors = load_catalogue(tmp_path)
    wheres = sorted(e.where for e in errors)
    assert wheres[0].startswith(str(tmp_path / "x.yaml") + ":")
    assert wheres[1].startswith(str(tmp_path / "y.yaml") + ":")
