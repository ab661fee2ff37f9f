"""The pure dialogue core: states, questions, corrections, global intents, crisis, delete."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core import Context, DialogueState, Understanding, respond
from bot.core.flow import EXPECTS, STATES, TRANSITIONS
from matching.model import NATIONWIDE, Offer, OpenSlot, Place

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=ZoneInfo("Europe/Berlin"))
NIGHT = datetime(2026, 11, 24, 3, 0, tzinfo=ZoneInfo("Europe/Berlin"))
HARZ = Place("Quedlinburg", "06484", "15085", "Landkreis Harz", 51.79, 11.15)
BOCHUM = Place("Bochum", "44787", "05911", "Bochum", 51.48, 7.22)
OFFERS = (
    Offer("harz-debt", "Schuldnerberatung Harz", "Träger", "debt_counselling", "15085",
          ("money_problems",)),
    Offer("harz-jba", "Jugendberufsagentur Harz", "Landkreis", "youth_employment_agency", "15085",
          ("seek_apprenticeship", "seek_internship", "career_orientation"),
          personal_appointment=True),
    Offer("de-ba", "Berufsberatung", "BA", "career_guidance", NATIONWIDE,
          ("seek_apprenticeship", "career_orientation")),
    Offer("de-ts", "TelefonSeelsorge", "TS", "crisis_line", NATIONWIDE, ("crisis",),
          always_open=True),
    Offer("de-nk", "Nummer gegen Kummer", "NgK", "crisis_line", NATIONWIDE, ("crisis",),
          open_slots=(OpenSlot(frozenset(range(6)), 14 * 60, 20 * 60),)),
)
CTX = Context(offers=OFFERS, places=None, now=NOW)
observed: set[tuple[str, str]] = set()


def say(state: DialogueState, text: str, intent: str = "inform", confidence: float = 0.9,
        ctx: Context = CTX, **facts: object):
    turn = respond(state, Understanding(text=text, intent=intent, confidence=confidence,
                                        **facts), ctx)  # type: ignore[arg-type]
    if turn.state.name != state.name:
        observed.add((state.name, turn.state.name))
    return turn


def test_greeting_says_bot_and_data_then_asks_need() -> None:
    turn = say(DialogueState(), "hi", "greet")
    assert "Chat-Bot" in turn.replies[0].text and "anonym" in turn.replies[0].text
    assert turn.state.name == "ask_need"
    assert turn.replies[-1].expects == "need" and turn.replies[-1].buttons


def test_full_conversation_to_recommendation() -> None:
    s = say(DialogueState(), "hi", "greet").state
    t = say(s, "suche ausbildung", "seek_apprenticeship", needs=("seek_apprenticeship",))
    assert t.replies[-1].expects == "age"
    t = say(t.state, "16")
    assert t.state.profile.age == 16 and t.replies[-1].expects == "place"
    t = say(t.state, "quedlinburg", place=HARZ)
    assert t.replies[-1].expects == "school_status"
    t = say(t.state, '/inform{"school_status": "in_school"}', is_payload=True,
            school_status="in_school")
    assert t.replies[-1].expects == "occupation"
    t = say(t.state, "kfz mechatroniker", "inform")
    assert t.state.profile.occupation == "kfz mechatroniker"
    assert t.state.name == "recommended"
    offers = [o for r in t.replies for o in r.offers]
    assert offers[0].id == "harz-jba" and offers[0].reasons
    assert all(o.region in {"15085", NATIONWIDE} for o in offers)


def test_everything_in_one_message_goes_straight_to_offers() -> None:
    t = say(DialogueState(), "bin 19, wohne in quedlinburg und hab schulden", "money_problems",
            needs=("money_problems",), age=19, place=HARZ)
    assert t.state.name == "recommended"
    assert [o.id for r in t.replies for o in r.offers][0] == "harz-debt"


def test_correction_changes_the_answer_and_says_so() -> None:
    t = say(DialogueState(), "hab schulden", "money_problems", needs=("money_problems",))
    t = say(t.state, "16")
    t = say(t.state, "nee, ich bin 17", "deny", age=17)
    assert t.state.profile.age == 17
    assert any("du bist 17" in r.text for r in t.replies)
    assert t.replies[-1].expects == "place"


def test_correction_after_recommendation_reroutes() -> None:
    t = say(DialogueState(), "x", "money_problems", needs=("money_problems",), age=19, place=HARZ)
    t = say(t.state, "ach nee, ich wohne in bochum", "inform", place=BOCHUM)
    assert any("Bochum" in r.text for r in t.replies)
    assert t.state.profile.region == "05911"
    assert all(o.region != "15085" for r in t.replies for o in r.offers)


@pytest.mark.parametrize("state_name", ["ask_need", "ask_age", "ask_place", "recommended"])
@pytest.mark.parametrize("intent", ["help", "bot_challenge", "thanks", "goodbye", "out_of_scope"])
def test_global_intents_answer_in_any_state(state_name: str, intent: str) -> None:
    state = DialogueState(name=state_name)
    state.profile.needs = ["money_problems"]
    t = say(state, "egal", intent)
    assert t.replies and all(r.text for r in t.replies)
    if intent == "bot_challenge":
        assert "Chat-Bot" in t.replies[0].text
    if intent in ("help", "out_of_scope", "bot_challenge"):
        assert t.replies[-1].expects is not None


def test_crisis_comes_first_and_flags() -> None:
    state = DialogueState(name="ask_age")
    state.profile.needs = ["money_problems"]
    t = say(state, "ich will nicht mehr leben", "crisis", crisis=True)
    assert t.replies[0].crisis and "flag_crisis" in t.effects
    assert {o.id for o in t.replies[0].offers} == {"de-ts", "de-nk"}
    assert t.state.name == "crisis_care" and t.state.resume == "ask_age" and t.state.crisis
    back = say(t.state, "/resume", "out_of_scope")
    assert back.state.name == "ask_age" and not any(r.crisis for r in back.replies)


def test_crisis_help_keeps_what_the_message_told_so_the_talk_can_go_on() -> None:
    t = say(DialogueState(), "ich bin 16 und mein vater schlägt mich, ich will weg von zuhause",
            "crisis", crisis=True, age=16, needs=("family_problems", "crisis"))
    assert t.replies[0].crisis and t.state.profile.age == 16
    assert t.state.profile.needs == ["family_problems"]  # crisis itself is no topic to route
    after = say(t.state, "ok lass uns weiterschauen", "affirm")
    assert after.state.name == "ask_place"  # topic and age are known: the next question


def test_crisis_lines_are_time_aware() -> None:
    night = Context(offers=OFFERS, places=None, now=NIGHT)
    t = say(DialogueState(), "ich ritze mich", "crisis", crisis=True, ctx=night)
    assert [o.id for o in t.replies[0].offers] == ["de-ts"]
    assert "112" in " ".join(r.text for r in t.replies)


def test_delete_needs_confirmation() -> None:
    t = say(DialogueState(name="ask_age"), "lösch alles", "delete_data")
    assert t.state.name == "confirm_delete" and t.replies[-1].expects == "confirm"
    no = say(t.state, "nein", "deny")
    assert no.state.name == "ask_age" and not no.effects
    yes = say(t.state, "ja", "affirm")
    assert yes.effects == ("delete_data",)


def test_restart_keeps_nothing() -> None:
    t = say(DialogueState(), "x", "money_problems", needs=("money_problems",), age=19, place=HARZ)
    t = say(t.state, "/restart", "out_of_scope", is_payload=True)
    assert t.state.name == "ask_need" and t.state.profile.age is None


def test_unknown_place_twice_falls_back_to_nationwide() -> None:
    t = say(DialogueState(), "x", "seek_apprenticeship", needs=("seek_apprenticeship",), age=17)
    assert t.replies[-1].expects == "place"
    t = say(t.state, "Xyzzyhausen", "out_of_scope", 0.2)
    assert t.replies[-1].expects == "place"
    t = say(t.state, "Blablahausen", "out_of_scope", 0.2)
    assert t.state.name == "ask_school_status"
    t = say(t.state, "schule", school_status="in_school")
    t = say(t.state, "weiß nicht", "deny")
    assert t.state.name == "recommended"
    assert any("ganz Deutschland" in r.text for r in t.replies)
    assert all(o.region == NATIONWIDE for r in t.replies for o in r.offers)


def test_every_question_says_what_it_expects() -> None:
    for name, expects in EXPECTS.items():
        state = DialogueState(name=name)
        t = say(state, "?", "out_of_scope")
        assert t.replies[-1].expects == expects or t.replies[-1].expects in EXPECTS.values()


def test_state_survives_json_round_trip() -> None:
    t = say(DialogueState(), "x", "money_problems", needs=("money_problems",), age=19)
    again = DialogueState.from_dict(t.state.to_dict())
    assert again == t.state


@pytest.fixture(scope="module", autouse=True)
def _observed_transitions_are_declared() -> Iterator[None]:
    yield
    assert observed <= set(TRANSITIONS) | {(s, s) for s in STATES}, observed - set(TRANSITIONS)
