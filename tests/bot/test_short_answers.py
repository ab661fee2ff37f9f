"""Typed short answers in every language do what the button does: yes and no at the handoff
consent and the crisis check-in, "don't know" and "skip" at a question, yes to deleting."""

from __future__ import annotations

import pytest

from bot.core import DialogueState, Understanding, crisis_care, respond
from bot.core.short_answers import leaves_open, says_no, says_yes
from bot.core.slots import is_refusal
from tests.bot.test_handoff_flow import CTX, consent_asked, say

YES = ["yes", "Yes!", "да", "Так", "evet", "Evet.", "نعم", "ايوه", "بله", "آره", "na3am", "areh",
       "آری", "اوهوم", "آره لطفا", "bale lotfan"]
NO = ["no", "нет", "ні", "hayır", "hayir", "لا", "نه", "نخیر", "la2", "نچ", "نه مرسی", "na mersi",
      "nakhair"]
UNSURE = ["don't know", "idk", "skip", "не знаю", "пропустити", "bilmiyorum", "atla", "ما بعرف",
          "نمیدونم", "نمی‌دونم", "nemidunam", "مطمئن نیستم", "هیچ ایده ای ندارم", "motmaen nistam",
          "rad kon"]


@pytest.mark.parametrize("text", YES)
def test_yes_in_every_language(text: str) -> None:
    assert says_yes(text) and not says_no(text) and not leaves_open(text)


@pytest.mark.parametrize("text", NO)
def test_no_in_every_language(text: str) -> None:
    assert says_no(text) and not says_yes(text)


@pytest.mark.parametrize("text", UNSURE)
def test_dont_know_and_skip_leave_a_question_open(text: str) -> None:
    assert leaves_open(text) and is_refusal(text)


@pytest.mark.parametrize("text", ["ja", "yes please", "да я согласен", "ok ok", "evet ama", "hallo"])
def test_only_the_whole_answer_counts(text: str) -> None:
    assert says_yes(text) == (text in ("yes please",))


@pytest.mark.parametrize("text", ["ok", "tamam", "ладно", "باشه", "ماشي", "حله"])
def test_a_plain_okay_agrees_but_is_no_yes_to_danger(text: str) -> None:
    assert says_yes(text) and not says_yes(text, strict=True)
    assert not crisis_care.wants_yes(Understanding(text=text, intent="out_of_scope", confidence=0.3))


@pytest.mark.parametrize("text", YES)
def test_a_typed_yes_gives_consent_even_when_the_model_is_unsure(text: str) -> None:
    turn = say(consent_asked().state, text, "out_of_scope", 0.2)
    assert turn.state.name == "handoff_contact"


@pytest.mark.parametrize("text", NO)
def test_a_typed_no_refuses_consent(text: str) -> None:
    turn = say(consent_asked().state, text, "out_of_scope", 0.2)
    assert turn.state.name == "recommended" and turn.state.handoff == {}


@pytest.mark.parametrize(("text", "yes"), [("да", True), ("так", True), ("evet", True),
                                           ("نعم", True), ("بله", True), ("нет", False),
                                           ("hayır", False), ("نه", False)])
def test_the_crisis_check_in_reads_a_typed_answer(text: str, yes: bool) -> None:
    u = Understanding(text=text, intent="out_of_scope", confidence=0.2)
    assert crisis_care.wants_yes(u) is yes
    assert crisis_care.wants_no(u) is not yes


@pytest.mark.parametrize("text", ["не знаю", "bilmiyorum", "skip", "ما بعرف", "نمیدونم"])
def test_dont_know_skips_the_age_question(text: str) -> None:
    state = say(DialogueState(), "suche ausbildung", "seek_apprenticeship",
                needs=("seek_apprenticeship",)).state
    assert state.name == "ask_age"
    turn = say(state, text, "out_of_scope", 0.3)
    assert "age" in turn.state.skipped and turn.state.name != "ask_age"


@pytest.mark.parametrize("text", ["yes", "да", "evet", "نعم", "بله"])
def test_a_typed_yes_confirms_deleting(text: str) -> None:
    state = DialogueState(name="confirm_delete", resume="ask_need")
    turn = respond(state, Understanding(text=text, intent="out_of_scope", confidence=0.2), CTX)
    assert turn.effects == ("delete_data",)


@pytest.mark.parametrize(("text", "status"), [
    ("I am still in school", "in_school"), ("я учусь в школе", "in_school"),
    ("навчаюсь у школі", "in_school"), ("okula gidiyorum", "in_school"), ("بالمدرسة", "in_school"),
    ("دانش آموزم", "in_school"), ("работаю на складе", "employed"), ("çalışıyorum", "employed"),
    ("не работаю", "unemployed"), ("işsizim", "unemployed"), ("ما بشتغل", "unemployed"),
    ("بیکارم", "unemployed"), ("учусь в университете", "studying"), ("üniversitedeyim", "studying"),
    ("دانشجو هستم", "studying"), ("apprenticeship as electrician", "in_training"),
    ("закончил школу", "qualified_no_training"), ("mezun oldum", "qualified_no_training"),
    ("خلصت المدرسة", "qualified_no_training"), ("бросил школу", "no_qualification"),
])
def test_what_someone_does_now_in_every_language(text: str, status: str) -> None:
    from bot.core.slots import read_status

    assert read_status(text) == status
