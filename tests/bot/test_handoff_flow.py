"""The handoff steps of the pure dialogue core: consent first, contact, note, the effect."""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core import Context, DialogueState, Understanding, respond
from bot.core.flow import TRANSITIONS, Turn
from bot.core.handoff import CONSENT_TEXT_VERSION, HandoffTarget, summary
from bot.core.state import Profile
from matching.model import NATIONWIDE, Contact, Offer, Place

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=ZoneInfo("Europe/Berlin"))
HARZ = Place("Quedlinburg", "06484", "15085", "Landkreis Harz", 51.79, 11.15)
OFFERS = (
    Offer("harz-jba", "Jugendberufsagentur Harz", "Landkreis", "youth_employment_agency", "15085",
          ("seek_apprenticeship", "career_orientation", "talk_to_human"),
          contact=Contact(phone="03941 1234567")),
    Offer("de-ba", "Berufsberatung", "BA", "career_guidance", NATIONWIDE,
          ("seek_apprenticeship", "career_orientation", "talk_to_human"),
          contact=Contact(phone="0800 4 5555 00")),
    Offer("de-ts", "TelefonSeelsorge", "TS", "crisis_line", NATIONWIDE, ("crisis",),
          always_open=True, contact=Contact(phone="0800 111 0 111")),
)
JBA = HandoffTarget(org_id="jba", org_name="JBA Harz", offer_id="harz-jba",
                    offer_name="Jugendberufsagentur Harz", response_working_days=2,
                    contact="Telefon 03941 1234567")
CTX = Context(offers=OFFERS, places=None, now=NOW, handoff_targets={"harz-jba": JBA})
NO_ORGS = Context(offers=OFFERS, places=None, now=NOW)
BUTTON = "/talk_to_human" + json.dumps({"offer": "harz-jba"})


def say(state: DialogueState, text: str, intent: str = "inform", confidence: float = 0.9,
        ctx: Context = CTX, **facts: object) -> Turn:
    turn = respond(state, Understanding(text=text, intent=intent, confidence=confidence,
                                        **facts), ctx)  # type: ignore[arg-type]
    if turn.state.name != state.name:
        assert (state.name, turn.state.name) in TRANSITIONS, (state.name, turn.state.name)
    return turn


def press(state: DialogueState, payload: str, ctx: Context = CTX) -> Turn:
    """A button: the payload's intent and entities, as the NLU gives them."""
    intent, _, raw = payload[1:].partition("{")
    values = json.loads("{" + raw) if raw else {}
    return say(state, payload, intent, 1.0, ctx, is_payload=True, extras=values)


def recommended(age: int = 17, ctx: Context = CTX) -> Turn:
    return say(DialogueState(), "bin 17, aus quedlinburg, suche ausbildung, weiß noch nicht",
               "seek_apprenticeship", ctx=ctx, needs=("seek_apprenticeship",), age=age,
               place=HARZ, school_status="in_school", occupation="kfz")


def consent_asked(age: int = 17) -> Turn:
    t = recommended(age)
    return press(t.state, BUTTON)


def buttons(turn: Turn) -> list[str]:
    return [b.payload for r in turn.replies for b in r.buttons]


def test_recommendations_offer_a_handoff_button_only_for_registered_organisations() -> None:
    t = recommended()
    assert t.state.name == "recommended"
    assert BUTTON in buttons(t)
    assert not [p for p in buttons(recommended(ctx=NO_ORGS)) if p.startswith("/talk_to_human{")]


def test_consent_names_the_organisation_and_what_it_sees_and_nothing_is_effected() -> None:
    t = consent_asked()
    assert t.state.name == "handoff_consent" and t.effects == ()
    question = t.replies[-1]
    assert question.expects == "consent"
    assert [b.payload for b in question.buttons] == ["/affirm", "/deny"]
    for part in ("JBA Harz", "Zusammenfassung", "Chat", "erreichen", "/loeschen"):
        assert part in question.text
    assert "Eltern" not in question.text and "dringend" not in question.text


def test_under_16_get_the_same_help_without_parental_consent() -> None:
    t = consent_asked(age=14)
    assert "Eltern müssen dafür nicht zustimmen" in t.replies[-1].text
    t = say(t.state, "ja", "affirm")
    assert t.state.name == "handoff_contact"


@pytest.mark.parametrize(("text", "intent"), [("nein", "deny"), ("/deny", "deny"),
                                              ("lieber nicht", "out_of_scope")])
def test_no_is_respected_kindly_and_the_chat_goes_on(text: str, intent: str) -> None:
    t = say(consent_asked().state, text, intent, is_payload=text.startswith("/"))
    assert t.effects == () and t.state.handoff == {}
    assert t.state.name == "recommended"
    assert "gebe nichts weiter" in t.replies[0].text
    assert "Telefon 03941 1234567" in t.replies[0].text  # how to get in touch oneself
    assert t.replies[-1].expects == "free_text"


def test_unclear_consent_answer_asks_again() -> None:
    t = say(consent_asked().state, "was heißt das", "out_of_scope", 0.3)
    assert t.state.name == "handoff_consent" and "Ja oder Nein" in t.replies[0].text
    assert t.replies[-1].expects == "consent"


def walk_to_note(method_payload: str, value: str | None) -> Turn:
    t = say(consent_asked().state, "ja", "affirm")
    assert t.replies[-1].expects == "contact"
    assert {b.title for b in t.replies[-1].buttons} >= {"Telefon", "E-Mail", "Telegram",
                                                        "Ich melde mich selbst"}
    t = press(t.state, method_payload)
    if value is not None:
        assert t.state.name == "handoff_contact_value"
        t = say(t.state, value)
    assert t.state.name == "handoff_note"
    return t


@pytest.mark.parametrize(("payload", "value", "method", "contact"), [
    ('/inform{"contact_method": "phone"}', "0151 23456789", "phone", "+49 1512 3456789"),
    ('/inform{"contact_method": "email"}', "Lea@Example.org", "email", "Lea@example.org"),
    ('/inform{"contact_method": "telegram"}', "@lea_2009", "telegram", "@lea_2009"),
    ('/inform{"contact_method": "self"}', None, "self", None),
])
def test_contact_then_note_then_the_create_effect(payload: str, value: str | None, method: str,
                                                  contact: str | None) -> None:
    t = walk_to_note(payload, value)
    assert t.replies[-1].expects == "free_text"
    done = say(t.state, "am besten abends")
    assert done.effects == ("create_handoff",) and done.handoff == JBA
    pending = done.state.handoff
    assert pending["method"] == method and pending.get("contact") == contact
    assert pending["note"] == "am besten abends"
    assert pending["consent_at"] == NOW.isoformat() and "JBA Harz" in pending["consent_text"]
    assert done.state.name == "recommended" and done.replies[-1].expects == "free_text"
    assert BUTTON not in buttons(done)  # sent already: no second button for the same place
    assert summary(done.state, JBA)["wish"]


def test_keine_notiz_button_means_no_note() -> None:
    t = walk_to_note('/inform{"contact_method": "self"}', None)
    done = press(t.state, "/deny")
    assert done.effects == ("create_handoff",) and done.state.handoff["note"] is None


@pytest.mark.parametrize("bad", ["12", "hallo", "0151", "+49 30"])
def test_a_bad_phone_number_is_asked_again_kindly(bad: str) -> None:
    t = say(consent_asked().state, "ja", "affirm")
    t = press(t.state, '/inform{"contact_method": "phone"}')
    again = say(t.state, bad)
    assert again.state.name == "handoff_contact_value" and again.effects == ()
    assert "nicht lesen" in again.replies[0].text and again.replies[-1].expects == "contact"
    titles = [b.title for b in again.replies[-1].buttons]
    assert "Ich melde mich selbst" in titles and "Doch nichts schicken" in titles


def test_a_bad_email_address_is_asked_again() -> None:
    t = say(consent_asked().state, "ja", "affirm")
    t = press(t.state, '/inform{"contact_method": "email"}')
    again = say(t.state, "lea@@example")
    assert again.state.name == "handoff_contact_value"
    assert "sieht nicht richtig aus" in again.replies[0].text


@pytest.mark.parametrize("step", ["contact", "contact_value", "note"])
def test_never_mind_after_the_consent_sends_nothing(step: str) -> None:
    t = say(consent_asked().state, "ja", "affirm")
    if step != "contact":
        t = press(t.state, '/inform{"contact_method": "phone"}')
    if step == "note":
        t = say(t.state, "0151 23456789")
    cancel = press(t.state, '/deny{"handoff": "cancel"}')
    assert cancel.effects == () and cancel.state.handoff == {}
    assert cancel.state.name == "recommended" and "gebe nichts weiter" in cancel.replies[0].text
    typed = say(t.state, "doch nicht", "deny", 0.4)
    assert typed.effects == () and typed.state.name == "recommended"


def test_talk_to_human_after_the_offers_leads_to_the_consent_step() -> None:
    t = recommended()
    t = say(t.state, "kann ich mit nem menschen reden", "talk_to_human", needs=("talk_to_human",))
    assert t.state.name == "handoff_consent" and t.replies[-1].expects == "consent"


def test_without_organisations_talk_to_human_says_honestly_how_to_get_in_touch() -> None:
    t = recommended(ctx=NO_ORGS)
    t = say(t.state, "kann ich mit nem menschen reden", "talk_to_human", ctx=NO_ORGS,
            needs=("talk_to_human",))
    said = " ".join(r.text for r in t.replies)
    assert "Weitergeben kann ich dich an diese Stellen leider nicht" in said
    assert "0800 4 5555 00" in said or "03941 1234567" in said
    forged = press(t.state, BUTTON, ctx=NO_ORGS)
    assert forged.state.name != "handoff_consent"


def test_a_crisis_alone_passes_nothing_on_but_offers_an_urgent_handoff() -> None:
    t = recommended()
    crisis = say(t.state, "mein vater schlägt mich", "crisis", 0.95, crisis=True)
    assert crisis.effects == ("flag_crisis",) and crisis.state.handoff == {}
    invite = crisis.replies[-1]
    assert invite.crisis and "Ja sagst" in invite.text
    assert [b.payload for b in invite.buttons] == [BUTTON]
    assert "schnell" in invite.buttons[0].title
    consent = press(crisis.state, BUTTON)
    assert "dringend" in consent.replies[-1].text  # the consent says it will be urgent
    t = say(consent.state, "ja", "affirm")
    t = press(t.state, '/inform{"contact_method": "self"}')
    done = press(t.state, "/deny")
    assert done.effects == ("create_handoff",) and done.state.crisis
    assert "dringend" in done.state.handoff["consent_text"]


def test_a_crisis_during_the_handoff_keeps_the_open_question() -> None:
    t = say(consent_asked().state, "ja", "affirm")
    crisis = say(t.state, "ich will nicht mehr leben", "crisis", 0.95, crisis=True)
    assert crisis.replies[0].crisis and crisis.state.name == "handoff_contact"
    assert "dringend" in crisis.replies[-2].text and crisis.replies[-1].expects == "contact"


def test_deleting_works_inside_the_handoff_and_no_returns_there() -> None:
    t = say(consent_asked().state, "ja", "affirm")
    ask = say(t.state, "lösch meine daten", "delete_data", 0.95)
    assert ask.state.name == "confirm_delete"
    back = say(ask.state, "nein", "deny")
    assert back.state.name == "handoff_contact" and back.replies[-1].expects == "contact"
    gone = say(ask.state, "ja", "affirm")
    assert gone.effects == ("delete_data",) and gone.state == DialogueState()


def test_the_organisation_leaving_meanwhile_ends_the_handoff_honestly() -> None:
    t = consent_asked()
    t = say(t.state, "ja", "affirm", ctx=NO_ORGS)
    assert t.state.name == "recommended" and t.state.handoff == {} and t.effects == ()
    assert "keine Anfragen" in t.replies[0].text


def test_a_handoff_started_mid_questions_returns_to_the_open_question() -> None:
    t = say(DialogueState(), "suche ausbildung", "seek_apprenticeship",
            needs=("seek_apprenticeship",))
    assert t.state.name == "ask_age"
    t = press(t.state, BUTTON)
    t = say(t.state, "nein", "deny")
    assert t.state.name == "ask_age" and t.replies[-1].expects == "age"


def test_summary_keys_for_the_counsellor() -> None:
    state = DialogueState(profile=Profile(needs=["seek_apprenticeship"], age=17, place="Quedlinburg",
                                          region_name="Landkreis Harz", school_status="in_school"),
                          recommended=[{"id": "harz-jba", "why": ["in deiner Nähe"]}],
                          handoff={"method": "phone"})
    s = summary(state, JBA)
    assert set(s) >= {"age", "place", "region", "needs", "school_status", "school_qualification",
                      "occupation", "languages", "wish", "why", "offer"}
    assert s["wish"] == "Möchte angerufen werden" and s["why"] == ["in deiner Nähe"]
    assert CONSENT_TEXT_VERSION == "2026-11-23"


def test_typed_answers_inside_the_handoff_are_answers_not_side_intents() -> None:
    t = say(consent_asked().state, "ja", "affirm")
    self_ = say(t.state, "ich melde mich selber", "goodbye", 0.83)
    assert self_.state.name == "handoff_note" and self_.state.handoff["method"] == "self"
    phone = say(t.state, "per telefon bitte", "talk_to_human", 0.89, needs=("talk_to_human",))
    assert phone.state.name == "handoff_contact_value"
    bot = say(t.state, "liest das jemand?", "bot_challenge", 0.9)
    assert "Niemand liest" in bot.replies[0].text and bot.replies[-1].expects == "contact"
    assert bot.state.name == "handoff_contact"


def test_a_question_about_the_offer_is_answered_not_taken_for_a_wish_to_hand_off() -> None:
    # "kann ich da anrufen?" reads like talk_to_human; it asks for the number, not a handoff
    t = say(recommended().state, "kann ich da anrufen?", "talk_to_human", 0.8)
    assert t.state.name == "recommended" and t.effects == ()
    assert "03941 1234567" in t.replies[0].text


def test_a_question_before_the_consent_is_answered_and_the_consent_asked_again() -> None:
    t = say(consent_asked().state, "kostet das was?", "out_of_scope", 0.4)
    assert t.state.name == "handoff_consent" and t.effects == ()
    assert "kostenlos" in t.replies[0].text and "Jugendberufsagentur Harz" in t.replies[0].text
    assert t.replies[-1].expects == "consent"
    # the answer in the contact steps stays an answer: "per telefon" chooses the phone
    t = press(t.state, "/affirm")
    t = say(t.state, "per telefon")
    assert t.state.name == "handoff_contact_value"
