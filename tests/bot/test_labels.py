"""One mapping from codes to German words: every code of the contract has a label."""

from __future__ import annotations

import re

import pytest

from bot import labels
from bot.core import texts
from bot.core.handoff import METHODS
from bot.core.state import Profile
from bot.storage.inbox import STATUSES
from matching.model import SCHOOL_QUALIFICATIONS, SCHOOL_STATUSES
from matching.needs import CATEGORIES, NEEDS
from nlu.entities import LANGUAGES

CODE = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")


@pytest.mark.parametrize(("label", "codes"), [
    (labels.need_label, NEEDS),
    (labels.category_label, CATEGORIES),
    (labels.school_status_label, SCHOOL_STATUSES),
    (lambda code: labels.school_status_label(code, for_you=True), SCHOOL_STATUSES),
    (labels.school_qualification_label, SCHOOL_QUALIFICATIONS),
    (labels.language_label, tuple(set(LANGUAGES.values()))),
    (labels.contact_method_label, METHODS),
    (labels.handoff_status_label, STATUSES),
])
def test_every_code_of_the_contract_has_a_german_label(label, codes) -> None:  # type: ignore[no-untyped-def]
    for code in codes:
        words = label(code)
        assert words and words != code and not CODE.search(words), (code, words)


@pytest.mark.parametrize(("label", "code", "expected"), [
    (labels.need_label, "seek_apprenticeship", "Ausbildung finden"),
    (labels.school_status_label, "in_school", "geht zur Schule"),
    (labels.school_qualification_label, "realschule", "Realschulabschluss (mittlerer Abschluss)"),
    (labels.language_label, "ar", "Arabisch"),
    (labels.contact_method_label, "self", "meldet sich selbst"),
    (labels.handoff_status_label, "contacted", "Kontakt aufgenommen"),
    (labels.audit_action_label, "user_added", "Konto angelegt"),
    # unknown codes fall back to words, nothing to a dash
    (labels.need_label, "brand_new_need", "brand new need"),
    (labels.school_status_label, None, "–"),
    (labels.language_label, "xx", "Sprache „xx“"),
    (labels.language_label, "", "–"),
])
def test_labels_and_graceful_fallbacks(label, code, expected) -> None:  # type: ignore[no-untyped-def]
    assert label(code) == expected


def test_lists_of_codes_read_as_words() -> None:
    assert labels.needs_label(["money_problems", "housing_problems"]) == "Geld und Schulden, Wohnen"
    assert labels.languages_label(["de", "ar"], "; ") == "Deutsch; Arabisch"
    assert labels.needs_label([]) == labels.languages_label(None) == "–"


def test_both_school_status_tables_know_the_same_codes() -> None:
    assert set(labels.SCHOOL_STATUS_FOR_YOU) == set(labels.SCHOOL_STATUS_LABELS) == set(SCHOOL_STATUSES)


def test_auskunft_shows_words_not_codes() -> None:
    profile = Profile(needs=["seek_apprenticeship", "money_problems"], age=17, place="Quedlinburg",
                      postal_code="06484", region_name="Landkreis Harz", school_status="in_school",
                      school_qualification="realschule", occupation="Mechatroniker",
                      languages=["de", "ar"])
    facts = texts.profile_facts(profile)
    assert facts["Themen"] == "Ausbildung finden, Geld und Schulden"
    assert facts["Was du gerade machst"] == "Schule"
    assert facts["Schulabschluss"] == "Realschulabschluss (mittlerer Abschluss)"
    assert facts["Sprachen"] == "Deutsch, Arabisch" and facts["Alter"] == "17"
    from datetime import datetime

    text = texts.disclosure(created=datetime(2026, 11, 24), updated=datetime(2026, 11, 24),
                            messages=4, profile=profile, crisis=False, retention_days=90)
    assert not CODE.search(text) and "in_school" not in text and "realschule" not in text
    assert texts.profile_facts(Profile()) == {}


def test_auskunft_says_a_label_with_a_comma_whole_in_every_language() -> None:
    from bot.i18n import use_language

    profile = Profile(needs=["migration_language", "money_problems"], languages=["ar", "de"])
    for code in ("en", "uk", "tr"):
        with use_language(code):
            facts = texts.profile_facts(profile)
        shown = " ".join(facts.values())
        assert "Sprache und Papiere" not in shown and "Geld und Schulden" not in shown, code
        assert "Arabisch" not in shown, code
