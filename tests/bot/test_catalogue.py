"""The offer catalogue is data tested like code."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.catalogue import REGIONS, load_catalogue, phone_uri
from bot.reference import Reference
from matching.model import NATIONWIDE, Situation
from matching.needs import NEEDS
from matching.route import route_situation

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
