"""A crisis about someone else – a friend, a brother, a son – gets an answer to the one who
worries, not "that sounds like a lot of pain" (blind set L19)."""

from __future__ import annotations

import pytest

from bot.core import crisis_care, texts
from bot.core.crisis_someone_else import about_someone_else
from bot.core.state import DialogueState
from bot.core.turn import Context
from bot.core.understanding import Understanding
from bot.reference import Reference
from bot.safety import Danger
from tests.bot.test_crisis_care import TUESDAY


@pytest.fixture
def ctx(reference: Reference) -> Context:
    return Context(offers=reference.offers, places=reference.places, now=TUESDAY)


def said(text: str, language: str = "de") -> Understanding:
    return Understanding(text=text, intent="crisis", confidence=0.9, language=language,
                         danger=Danger("clear", "suicidal", language))


@pytest.mark.parametrize("text", [
    "salam, doostam 16 salesh e, emrooz goft mikhad khodesho bekoshe",
    "my friend told me he wants to kill himself tonight what do i do",
    "my bro posted a goodbye on insta, he is going to jump",
    "mein bester freund hat geschrieben, dass er sich umbringen will",
    "мой друг сказал, что хочет покончить с собой",
    "мій брат каже, що хоче померти",
    "arkadaşım kendini öldüreceğini söyledi",
    "صاحبي بدو ينتحر الليلة",
    "رفیقم گفت میخواد خودشو بکشه",
    "mein sohn sagt, er will nicht mehr leben",
])
def test_a_danger_in_the_third_person_is_about_someone_else(text: str) -> None:
    assert about_someone_else(DialogueState(), said(text))


@pytest.mark.parametrize("text", [
    "i want to kill myself",
    "my friend left me and now i want to die",
    "my friend wants to kill himself and honestly me too",
    "ich will mich umbringen",
    "meine freundin hat schluss gemacht, ich will nicht mehr leben",
    "я хочу умереть, друг меня бросил",
    "kendimi öldürmek istiyorum",
    "بدي انتحر",
    "میخوام خودمو بکشم",
    "he hits me every day and says he will kill me",
])
def test_the_writers_own_danger_is_never_taken_for_someone_elses(text: str) -> None:
    assert not about_someone_else(DialogueState(), said(text))


def test_the_answer_speaks_to_the_one_who_worries(ctx: Context) -> None:
    friend = crisis_care.enter(DialogueState(), said("mein bester freund hat geschrieben, dass er "
                                                     "sich umbringen will"), ctx)
    words = [r.text for r in friend.replies]
    assert words[0].startswith(texts.CRISIS_OPENING_OTHER)
    assert texts.CRISIS_EMERGENCY_OTHER in words and texts.CRISIS_EMERGENCY["suicidal"] not in words
    assert friend.replies[0].offers  # the same lines: they advise the friend who writes too
    own = crisis_care.enter(DialogueState(), said("ich will mich umbringen"), ctx)
    assert own.replies[0].text.startswith(texts.CRISIS_OPENING["suicidal"])
