"""The chat's language as a conversation pattern (bot/core/language.py): asked for, written
in, hinted; said once when it changes; every reply carries it."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.core import DialogueState, Understanding, respond, texts
from bot.core.state import Profile
from bot.i18n import languages, use_language
from bot.i18n.requests import CHOOSE
from bot.safety import Danger
from tests.bot.test_flow import CTX, HARZ


def say(state: DialogueState, text: str, intent: str = "inform", confidence: float = 0.9,
        **facts: object):
    return respond(state, Understanding(text=text, intent=intent, confidence=confidence,
                                        **facts), CTX)  # type: ignore[arg-type]


def english(name: str) -> str:
    with use_language("en"):
        return str(getattr(texts, name))


def test_a_message_in_english_starts_the_chat_in_english() -> None:
    turn = say(DialogueState(), "hi, I'm looking for an apprenticeship", "seek_apprenticeship",
               needs=("seek_apprenticeship",), language="en")
    assert turn.state.language == "en" and turn.state.profile.languages == ["en"]
    assert turn.replies[0].text.startswith("Hi! I'm Lotse")
    assert turn.replies[-1].text == english("ASK_AGE")
    assert {r.language for r in turn.replies} == {"en"}
    # the greeting's question carries the language button; no "from now on in English" yet
    assert texts.LANGUAGE_CHOICE_BUTTON.payload in [b.payload for b in turn.replies[-1].buttons]
    assert english("LANGUAGE_NOW") not in [r.text for r in turn.replies]


def test_short_messages_and_german_names_keep_the_language() -> None:
    state = say(DialogueState(), "hi, I'm looking for an apprenticeship", "seek_apprenticeship",
                needs=("seek_apprenticeship",), language="en").state
    for text, facts in (("17", {"age": 17}), ("Quedlinburg", {"place": HARZ}), ("ok", {})):
        turn = say(state, text, **facts)  # type: ignore[arg-type]
        assert turn.state.language == "en" and {r.language for r in turn.replies} == {"en"}
        state = turn.state


def test_switching_back_and_forth_says_so_once_and_repeats_the_question() -> None:
    state = say(DialogueState(), "ich such ne ausbildung", "seek_apprenticeship",
                needs=("seek_apprenticeship",), language="de").state
    to_english = say(state, "can you speak english?", language="en", language_request="en")
    with use_language("en"):
        age_questions = (texts.ASK_AGE, texts.QUESTION_AGAIN["ask_age"])
    assert to_english.replies[0].text == english("LANGUAGE_NOW")
    assert len(to_english.replies) == 2 and to_english.replies[1].text in age_questions
    assert to_english.state.name == "ask_age" and to_english.replies[-1].expects == "age"
    assert {r.language for r in to_english.replies} == {"en"}
    back = say(to_english.state, "auf Deutsch bitte", language="de", language_request="de")
    assert back.replies[0].text == texts.LANGUAGE_NOW and back.state.language == "de"
    assert {r.language for r in back.replies} == {"de"}
    written = say(back.state, "I'm 17 and I live in Quedlinburg", age=17, place=HARZ, language="en")
    assert written.state.language == "en" and written.replies[0].text == english("LANGUAGE_NOW")
    assert written.state.profile.age == 17  # the message is read as well


def test_starting_over_keeps_the_language() -> None:
    state = say(DialogueState(), "hi, I'm looking for an apprenticeship", "seek_apprenticeship",
                needs=("seek_apprenticeship",), language="en").state
    turn = say(state, "/restart", is_payload=True)
    assert turn.state.language == "en" and turn.state.profile.needs == []
    assert turn.replies[0].text == english("RESTARTED")
    assert say(turn.state, "ok").state.language == "en"


def test_the_list_of_languages_leaves_the_question_open() -> None:
    state = say(DialogueState(), "ich such ne ausbildung", "seek_apprenticeship",
                needs=("seek_apprenticeship",)).state
    turn = say(state, "/sprache", is_payload=True, language_request=CHOOSE)
    [choice] = turn.replies
    assert choice.text == texts.CHOOSE_LANGUAGE
    assert [b.payload for b in choice.buttons] == [
        "/sprache de", "/sprache de-x-simple", "/sprache en", "/sprache uk", "/sprache ru",
        "/sprache ar", "/sprache tr", "/sprache fa"]
    assert "English" in [b.title for b in choice.buttons] and "العربية" in [b.title for b in choice.buttons]
    assert turn.state.name == "ask_age" and turn.state.language == "de"


@pytest.fixture
def uk_in_translation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ukrainian as if its catalogue were still being translated (a language being added)."""
    monkeypatch.setattr(languages, "COMPLETE_LANGUAGES",
                        tuple(c for c in languages.COMPLETE_LANGUAGES if c != "uk"))


@pytest.mark.usefixtures("uk_in_translation")
def test_a_language_not_complete_yet_is_kept_and_answered_in_its_stand_in() -> None:
    turn = say(DialogueState(name="ask_age", profile=Profile(needs=["seek_apprenticeship"])),
               "/sprache uk", is_payload=True, language_request="uk")
    assert turn.state.language == "uk"
    own, note, question = turn.replies
    assert own.language == "uk" and "112" in own.text and own.text != texts.source("STAND_IN_OWN_LINE")
    assert note.text == english("LANGUAGE_STAND_IN") and note.language == "en"
    assert question.language == "en" and question.expects == "age"


def test_einfache_sprache_stays_when_the_person_writes_german() -> None:
    state = say(DialogueState(name="ask_age", profile=Profile(needs=["seek_apprenticeship"])),
                "einfache sprache bitte", language_request="de-x-simple").state
    assert state.language == "de-x-simple"
    turn = say(state, "ich bin 17 und wohne in quedlinburg", age=17, place=HARZ, language="de")
    assert turn.state.language == "de-x-simple"
    assert {r.language for r in turn.replies} == {"de-x-simple"}
    with use_language("de-x-simple"):
        simple = texts.ASK_STATUS
    assert simple in [r.text for r in turn.replies]


def test_the_client_hint_counts_for_the_first_message_only() -> None:
    first = say(DialogueState(), "hallo", "greet", language_hint="en")
    assert first.state.language == "en" and first.replies[0].language == "en"
    state = DialogueState(name="ask_age", turns=3, profile=Profile(needs=["seek_apprenticeship"]))
    later = say(state, "17", age=17, language_hint="en")
    assert later.state.language == "de"
    german = say(DialogueState(), "ich suche eine ausbildung", "seek_apprenticeship",
                 needs=("seek_apprenticeship",), language="de", language_hint="en")
    assert german.state.language == "de"  # what the message says beats the hint


def test_einfache_sprache_asked_for_by_the_client_holds_for_a_german_message() -> None:
    simple = say(DialogueState(), "ich suche eine ausbildung", "seek_apprenticeship",
                 needs=("seek_apprenticeship",), language="de", language_hint="de-x-simple")
    assert simple.state.language == "de-x-simple"
    assert {r.language for r in simple.replies} == {"de-x-simple"}
    assert simple.state.profile.languages == []  # German is no language to route by
    state = DialogueState(name="ask_age", turns=3, language="de",
                          profile=Profile(needs=["seek_apprenticeship"]))
    later = say(state, "ich bin 17", age=17, language="de", language_hint="de-x-simple")
    assert later.state.language == "de"  # the first message only


def test_a_crisis_in_english_is_answered_in_english_only() -> None:
    turn = say(DialogueState(), "i want to kill myself", "crisis", 0.95, crisis=True,
               danger=Danger("clear", "suicidal", "en"), language="en")
    assert turn.replies[0].crisis and turn.replies[0].text.startswith("Thank you for telling me.")
    assert {r.language for r in turn.replies} == {"en"}
    assert all("Danke" not in r.text for r in turn.replies)


@pytest.mark.usefixtures("uk_in_translation")
def test_a_crisis_in_a_language_not_complete_yet_gets_a_line_in_it_then_english() -> None:
    turn = say(DialogueState(), "хочу покінчити з собою", "crisis", 0.95, crisis=True,
               danger=Danger("clear", "suicidal", "uk"), language="uk")
    own, opening, *rest = turn.replies
    assert own.language == "uk" and "112" in own.text and own.crisis  # part of the crisis help
    assert opening.crisis and opening.language == "en" and opening.offers
    assert english("LANGUAGE_STAND_IN") not in [r.text for r in turn.replies]  # help first


def test_a_crisis_in_a_german_english_mix_is_answered_in_german() -> None:
    turn = say(DialogueState(), "mir gehts scheiße, i want to die", "crisis", 0.95, crisis=True,
               danger=Danger("clear", "suicidal", "en"))
    assert turn.state.language == "de" and {r.language for r in turn.replies} == {"de"}
    assert turn.replies[0].text.startswith("Danke, dass du mir das schreibst.")


def test_the_crisis_check_knows_the_language_of_a_short_message() -> None:
    turn = say(DialogueState(), "bade ente7er", "crisis", 0.95, crisis=True,
               danger=Danger("clear", "suicidal", "ar"))
    assert turn.state.language == "ar" and {r.language for r in turn.replies} == {"ar"}
    assert turn.replies[0].crisis and "112" in "\n".join(r.text for r in turn.replies)


def test_turns_in_threads_keep_their_own_language() -> None:
    def turn(index: int) -> set[str]:
        language = "en" if index % 2 else "de"
        done = say(DialogueState(), "hallo", "greet", language_hint=language)
        return {r.language for r in done.replies} | {language}

    with ThreadPoolExecutor(8) as pool:
        assert all(len(found) == 1 for found in pool.map(turn, range(40)))

