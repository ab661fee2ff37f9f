"""The dialogue state's copy and JSON form (made on every turn)."""

from __future__ import annotations

import dataclasses
import json

from bot.core.state import DialogueState, Profile


def busy_state() -> DialogueState:
    return DialogueState(
        name="recommended", profile=Profile(needs=["money_problems"], age=17, languages=["uk"]),
        skipped=["place"], recommended=[{"id": "harz-schuldner", "why": ["in deiner Nähe"]}],
        handoff={"offer_id": "x", "note": None}, care={"kind": "suicidal", "shown": ["a", "b"]},
        shown_buttons={"/money_problems": "Geld"}, language="uk")


def test_the_json_form_is_what_asdict_gives_in_the_same_order() -> None:
    state = busy_state()
    assert state.to_dict() == dataclasses.asdict(state)
    assert list(state.to_dict()) == list(dataclasses.asdict(state))
    assert DialogueState.from_dict(json.loads(json.dumps(state.to_dict()))) == state


def test_a_copy_shares_nothing_a_turn_could_change() -> None:
    state = busy_state()
    copy = state.copy()
    assert copy == state
    copy.profile.needs.append("seek_apprenticeship")
    copy.recommended[0]["why"].append("kostenlos")
    copy.care["shown"].append("c")
    copy.shown_buttons["/x"] = "y"
    assert state == busy_state()
