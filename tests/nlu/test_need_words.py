"""Telling words as evidence of a need when the model is unsure."""

from __future__ import annotations

import pytest

from nlu.need_words import (
    MONEY_TROUBLE,
    categories_named,
    names_housing_trouble,
    needs_from_words,
    topics_named,
)
from nlu.normalize import fold


@pytest.mark.parametrize(("text", "need"), [
    ("hab 1200 € miese und krieg eine mahnung nach der anderen", "money_problems"),
    ("bin seit 2 monaten aus der ukraine hier und brauch hilfe mit allem", "migration_language"),
    ("i want my school certificate from syria to be recognised", "migration_language"),
    ("bin seit monaten nur im stress und schlaf kaum noch", "mental_health"),
    ("hab das vorstellungsgespräch verkackt", "application_help"),
    ("er geht kaum noch zur schule", "school_problems"),
    ("ich halts zuhause nicht mehr aus", "family_problems"),
    ("meine freundin hat mich rausgeschmissen", "housing_problems"),
    # blind conversation set G (2026-12-04)
    ("im bus bekommt er panik und traut sich kaum noch aus dem haus", "mental_health"),
    ("brauch hilfe mit dem jobcenter, der antrag ist so kompliziert", "money_problems"),
    ("die mathearbeit morgen bringt mich um, ich check garnix", "school_problems"),
    ("wenn ich die verhau bleib ich sitzen", "school_problems"),
    ("ich will zur polizei oder feuerwehr, was brauch ich dafür?", "career_orientation"),
])
def test_a_telling_word_names_the_need(text: str, need: str) -> None:
    assert need in needs_from_words(text)


@pytest.mark.parametrize("text", ["hallo", "16", "wohne in quedlinburg", "danke dir", "ok"])
def test_ordinary_answers_name_no_need(text: str) -> None:
    assert needs_from_words(text) == ()


@pytest.mark.parametrize(("text", "category"), [
    ("ich kiff jeden tag seit 2 jahren und will aufhören", "addiction_counselling"),
    ("bin 27 und brauch hilfe mit dem jobcenter", "jobcenter"),
    ("gibt es auch eine erziehungsberatung?", "family_counselling"),
    ("wo ist hier die schuldnerberatung", "debt_counselling"),
    ("kann ich zur schulsozialarbeit?", "school_social_work"),
])
def test_a_service_asked_for_by_name(text: str, category: str) -> None:
    assert categories_named(text) == (category,)


def test_living_somewhere_is_no_trouble_with_housing() -> None:
    assert not names_housing_trouble("wir wohnen in kronberg im taunus")
    assert names_housing_trouble("ich muss bis ende des monats ausziehen")
    # evicted from the Wohngruppe at 18 (blind set L12)
    assert names_housing_trouble("я живу в wohngruppe, в березні мені 18 і мене виселяють, куди мені йти??")


@pytest.mark.parametrize(("text", "need"), [
    ("хто допомагає з житлом?", "housing_problems"), ("kto mne s dolgami pomozhet?", "money_problems"),
    ("مين بيساعدني بالاعتراف بالشهادة؟", "migration_language"), ("wer hilft mir mit den schulden?", "money_problems"),
])
def test_the_topic_a_question_names(text: str, need: str) -> None:
    assert need in topics_named(text)


@pytest.mark.parametrize("text", ["мы в очереди стоим очень долго", "في المدينة في شغل للطلاب؟",
                                  "هل في دين معين لازم؟", "я долго думал, кем стать"])
def test_words_that_only_look_like_debts_name_no_money_topic(text: str) -> None:
    """"долго" (long) is no debt, nor "دين" (religion) or the letters inside "المدينة" (the town)."""
    assert "money_problems" not in topics_named(text)
    assert not MONEY_TROUBLE.search(fold(text))


@pytest.mark.parametrize("text", ["у меня долги по телефону", "مين بيساعدني بالديون؟", "عندي دين كبير",
                                  "قرض‌هایم زیاد شده", "borçlarım var", "3ndi dyoon ktir"])
def test_debts_in_other_languages_are_money_trouble(text: str) -> None:
    assert "money_problems" in topics_named(text)
    assert MONEY_TROUBLE.search(fold(text))
