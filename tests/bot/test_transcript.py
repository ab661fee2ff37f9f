"""The transcript as the person saw it: button titles for payloads, the cards shown."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core import texts
from bot.core.messages import Button, OfferCard, Reply
from bot.transcript import bot_line, shown_buttons, user_line

SHOWN = {b.payload: b.title for b in (*texts.STATUS_BUTTONS, *texts.CONSENT_BUTTONS)}


@pytest.mark.parametrize(("said", "shown", "expected"), [
    ('/inform{"school_status": "in_school"}', SHOWN, "Ich gehe zur Schule"),
    ('/inform{"school_status":"in_school"}', SHOWN, "Ich gehe zur Schule"),  # spacing differs
    ("/affirm", SHOWN, "Ja, schick es"),
    ("/affirm", {}, "Ja"),
    ("/deny", {"/deny": "Keine Notiz"}, "Keine Notiz"),
    ("/deny", {}, "Nein"),
    # payloads nobody showed (an older button, a client, a shared location): in words
    ('/inform{"school_status": "in_training"}', {}, "Ich mache eine Ausbildung"),
    ('/inform{"language": "ar"}', {}, "Sprache: Arabisch"),
    ('/inform{"place": "Quedlinburg"}', {}, "Ort: Quedlinburg"),
    ('/inform{"contact_method": "phone"}', {}, "Telefon"),
    ('/deny{"handoff": "cancel"}', {}, "Doch nichts schicken"),
    ('/talk_to_human{"offer": "harz-jba-janalos"}', {}, "Eine Stelle soll sich melden"),
    ("/seek_internship", {}, "Praktikum finden"),
    ("/crisis", {}, "Hilfe in einer Notlage"),
    # typed commands stay commands (the service maps /neu to /restart before)
    ("/restart", {}, "/neu"),
    ("/delete_data", {}, "/loeschen"),
    ("/help", {}, "/hilfe"),
    ("/help", {"/help": "Noch ein anderes Thema"}, "Noch ein anderes Thema"),
    # typed text, and what only looks like a payload, stays as typed
    ("ich geh noch zur schule", SHOWN, "ich geh noch zur schule"),
    ("/wasauchimmer_das_ist", {}, "/wasauchimmer_das_ist"),
    ("/inform{kaputt", {}, "/inform{kaputt"),
    ('/inform{"unbekannt": 1}', {}, '/inform{"unbekannt": 1}'),
])
def test_user_line(said: str, shown: dict[str, str], expected: str) -> None:
    assert user_line(said, shown) == expected


@given(st.text().filter(lambda t: not t.strip().startswith("/")))
def test_typed_text_is_kept_exactly(text: str) -> None:
    assert user_line(text, SHOWN) == text


def card(name: str, **contact: str) -> OfferCard:
    return OfferCard(id=name.lower(), name=name, provider="p", category="crisis_line",
                     category_label="Krisenhilfe", region="DE", need="crisis", score=1.0,
                     reasons=(), description="", contact=contact)


def test_bot_line_names_the_cards_shown() -> None:
    crisis = Reply("Das klingt sehr schwer.", crisis=True, offers=(
        card("TelefonSeelsorge", phone="0800 111 0 111", web="https://www.telefonseelsorge.de"),
        card("krisenchat", web="https://krisenchat.de", chat="https://krisenchat.de/")))
    assert bot_line(crisis) == ("Das klingt sehr schwer.\nKrisenhilfe: TelefonSeelsorge "
                                "(0800 111 0 111), krisenchat (krisenchat.de)")
    offers = Reply("Für „Geld und Schulden“:", offers=(card("Schuldnerberatung", email="s@example.org"),
                                                       card("Ohne Kontakt")))
    assert bot_line(offers).endswith("\nAngebote: Schuldnerberatung (s@example.org), Ohne Kontakt")
    assert bot_line(Reply("Wie alt bist du?", buttons=(texts.SKIP_BUTTON,))) == "Wie alt bist du?"


def test_shown_buttons_of_a_turn_keep_the_first_title_per_payload() -> None:
    replies = [Reply("a", buttons=(Button("Ja", "/affirm"), Button("Nein", "/deny"))),
               Reply("b", buttons=(Button("Keine Notiz", "/deny"),))]
    assert shown_buttons(replies) == {"/affirm": "Ja", "/deny": "Nein"}
    assert shown_buttons([Reply("c")]) == {}


@pytest.mark.parametrize(("stored", "expected"), [
    ({"name": "ask_age"}, {}),  # a state saved before the field existed
    ({"shown_buttons": None}, {}),
    ({"shown_buttons": ["kaputt"]}, {}),
    ({"shown_buttons": {"/affirm": "Ja"}}, {"/affirm": "Ja"}),
])
def test_the_state_remembers_the_last_buttons_tolerantly(stored: dict, expected: dict) -> None:  # type: ignore[type-arg]
    from bot.core.state import DialogueState

    state = DialogueState.from_dict(stored)
    assert state.shown_buttons == expected
    assert DialogueState.from_dict(state.to_dict()).shown_buttons == expected
