"""The needs the service reads from a message: the whole message and its clauses."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import Engine

from bot.service import Lotse


@pytest.fixture
def lotse(make_lotse: Callable[..., Lotse], sqlite_engine: Engine) -> Lotse:
    return make_lotse(sqlite_engine)


@pytest.mark.parametrize("text", [
    # beside debts, "I don't know what to do" is helplessness, not career orientation
    # (blind conversations L2)
    "selam, borçlarım var ve Jobcenter bu ay paramı kesti. ne yapacağımı bilmiyorum",
    "ich hab schulden und das jobcenter hat mir was gekürzt. ich weiß nicht was ich machen soll",
])
def test_helplessness_beside_a_pressing_problem_adds_no_career_topic(lotse: Lotse, text: str) -> None:
    needs = lotse.understand(text).needs
    assert "money_problems" in needs and "career_orientation" not in needs


def test_two_real_needs_in_one_message_stay_two(lotse: Lotse) -> None:
    needs = lotse.understand("bin zuhause rausgeflogen und hab schulden").needs
    assert {"housing_problems", "money_problems"} <= set(needs)


def test_a_place_lived_in_does_not_hide_the_telling_words(lotse: Lotse) -> None:
    # blind conversation set G (g-037): the model read "wir wohnen in kronberg" as housing and
    # the words for anxiety were never looked at
    needs = lotse.understand("Mein Sohn (17) traut sich kaum noch aus dem Haus, im Bus bekommt er "
                             "Panik. Wir wohnen in Kronberg im Taunus.").needs
    assert "mental_health" in needs


def test_years_of_smoking_weed_are_no_emergency(lotse: Lotse) -> None:
    # blind conversation set G (g-036): "komm nicht mehr runter davon" got the full alarm
    u = lotse.understand("ich kiff jeden tag seit 2 jahren und komm nicht mehr runter davon, will aufhören")
    assert u.danger is None and "mental_health" in u.needs
    assert lotse.understand("hab was genommen und komm nicht mehr runter").danger is not None


@pytest.mark.parametrize("text", [
    # "but" in Arabizi, Russian, Finglish separates a second topic as "aber" does (blind set L6)
    "salam, mumkin tsa3edni? bdi la2i ausbildung bas el almani taba3i mish mni7, A2 bas",
    "ищу ausbildung но мой немецкий плохой",
    "man donbale ausbildung hastam vali almani man khub nist",
])
def test_a_second_topic_after_but_in_other_languages(lotse: Lotse, text: str) -> None:
    assert {"seek_apprenticeship", "migration_language"} <= set(lotse.understand(text).needs)
