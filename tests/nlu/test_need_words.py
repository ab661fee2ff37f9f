"""Telling words as evidence of a need when the model is unsure."""

from __future__ import annotations

import pytest

from nlu.need_words import needs_from_words


@pytest.mark.parametrize(("text", "need"), [
    ("hab 1200 € miese und krieg eine mahnung nach der anderen", "money_problems"),
    ("bin seit 2 monaten aus der ukraine hier und brauch hilfe mit allem", "migration_language"),
    ("i want my school certificate from syria to be recognised", "migration_language"),
    ("bin seit monaten nur im stress und schlaf kaum noch", "mental_health"),
    ("hab das vorstellungsgespräch verkackt", "application_help"),
    ("er geht kaum noch zur schule", "school_problems"),
    ("ich halts zuhause nicht mehr aus", "family_problems"),
    ("meine freundin hat mich rausgeschmissen", "housing_problems"),
])
def test_a_telling_word_names_the_need(text: str, need: str) -> None:
    assert need in needs_from_words(text)


@pytest.mark.parametrize("text", ["hallo", "16", "wohne in quedlinburg", "danke dir", "ok"])
def test_ordinary_answers_name_no_need(text: str) -> None:
    assert needs_from_words(text) == ()
