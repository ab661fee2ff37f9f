"""Handing a case to a counselling service: consent first, then how to get in touch.

    recommended -> handoff_consent -> handoff_contact -> [handoff_contact_value] -> handoff_note
                -> recommended (effect "create_handoff": the service writes consent and handoff)

Pure steps like the rest of the dialogue core. Nothing is passed on before the person says
yes to a consent text that names the organisation and lists what it will see; the text's
version is recorded with the consent (CONSENT_TEXT_VERSION).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from bot.core import texts
from bot.core.messages import Button, Reply
from bot.core.state import DialogueState
from bot.core.understanding import Understanding
from matching.text import fold

STATES = ("handoff_consent", "handoff_contact", "handoff_contact_value", "handoff_note")
EXPECTS = {"handoff_consent": "consent", "handoff_contact": "contact",
           "handoff_contact_value": "contact", "handoff_note": "free_text"}
CONSENT_TEXT_VERSION = "2026-11-23"
METHODS = ("phone", "email", "telegram", "self")
MAX_NOTE = 1000
MAX_VALUE_ATTEMPTS = 3
YES = {"ja", "jo", "jap", "ok", "okay", "ja bitte", "gerne", "klar", "ja gerne", "yes", "einverstanden"}
NO = {"nein", "ne", "nee", "no", "noe", "lieber nicht", "nicht", "abbrechen", "stopp", "stop"}
NO_NOTE = {"nein", "ne", "nee", "keine", "keine notiz", "nichts", "no", "noe", "-", "passt so"}
METHOD_WORDS = {
    "phone": ("telefon", "anruf", "anrufen", "handy", "nummer", "phone", "ruft", "whatsapp"),
    "email": ("mail", "e-mail", "email"),
    "telegram": ("telegram",),
    "self": ("selbst", "selber", "ich melde mich", "self"),
}
TELEGRAM_USER = re.compile(r"^@?([A-Za-z][A-Za-z0-9_]{4,31})$")


@dataclass(frozen=True, slots=True)
class HandoffTarget:
    """An organisation that takes handoffs for a catalogue offer."""

    org_id: str
    org_name: str
    offer_id: str
    offer_name: str
    response_working_days: int | None = None


def consent_text(target: HandoffTarget, *, under_16: bool = False) -> str:
    """Who will see what – the text the consent refers to (versioned)."""
    text = (f"Bevor ich etwas weitergebe, frage ich dich. Darf ich an „{target.org_name}“ "
            f"({target.offer_name}) schicken:\n"
            "• eine kurze Zusammenfassung: dein Alter, dein Ort, deine Schule und worum es geht,\n"
            "• unseren Chat,\n"
            "• wie sie dich erreichen können – das sagst du mir gleich selbst?\n"
            f"Das sehen nur die Beraterinnen und Berater von „{target.org_name}“. "
            "Du kannst es jederzeit mit /loeschen löschen.")
    if under_16:
        text += " Deine Eltern müssen dafür nicht zustimmen."
    return text


def start(state: DialogueState, target: HandoffTarget) -> list[Reply]:
    """Begin the handoff for one offer: the consent question."""
    state.handoff = {"offer_id": target.offer_id, "org_id": target.org_id, "attempts": 0}
    state.name = "handoff_consent"
    return [question(state, target)]


def question(state: DialogueState, target: HandoffTarget) -> Reply:
    """The open question of a handoff state (also used to repeat it)."""
    if state.name == "handoff_consent":
        under_16 = state.profile.age is not None and state.profile.age < 16
        return Reply(consent_text(target, under_16=under_16), buttons=texts.CONSENT_BUTTONS,
                     expects="consent")
    if state.name == "handoff_contact":
        return Reply(texts.ASK_CONTACT_METHOD, buttons=texts.CONTACT_BUTTONS, expects="contact")
    if state.name == "handoff_contact_value":
        method = state.handoff.get("method", "phone")
        buttons = (texts.CONTACT_SELF_BUTTON,) if state.handoff.get("attempts", 0) else ()
        return Reply(texts.ASK_CONTACT_VALUE[method], buttons=buttons, expects="contact")
    return Reply(texts.ASK_NOTE, buttons=(texts.NO_NOTE_BUTTON,), expects="free_text")


def step(state: DialogueState, u: Understanding, target: HandoffTarget, *,
         now: datetime) -> tuple[list[Reply], bool]:
    """One answer inside the handoff; returns replies and whether to create the handoff now."""
    said = fold(u.text).strip(" .!")
    if state.name == "handoff_consent":
        if u.intent == "affirm" and u.confidence >= 0.5 or said in YES:
            state.handoff["consent_at"] = now.isoformat()
            state.handoff["consent_text"] = consent_text(
                target, under_16=state.profile.age is not None and state.profile.age < 16)
            state.name = "handoff_contact"
            return [Reply(texts.CONSENT_THANKS), question(state, target)], False
        if u.intent == "deny" and u.confidence >= 0.5 or said in NO:
            state.handoff = {}
            state.name = "recommended"
            return [Reply(texts.CONSENT_REFUSED)], False
        return [Reply(texts.CONSENT_UNCLEAR), question(state, target)], False
    if state.name == "handoff_contact":
        method = u.extras.get("contact_method") or _method_in(said)
        direct = _any_contact(u.text)
        if direct is not None:
            state.handoff["method"], state.handoff["contact"] = direct
            state.name = "handoff_note"
            return [question(state, target)], False
        if method not in METHODS:
            return [Reply(texts.CONTACT_UNCLEAR), question(state, target)], False
        state.handoff["method"] = method
        state.name = "handoff_note" if method == "self" else "handoff_contact_value"
        return [question(state, target)], False
    if state.name == "handoff_contact_value":
        if u.extras.get("contact_method") == "self" or _method_in(said) == "self":
            state.handoff["method"] = "self"
            state.handoff.pop("contact", None)
            state.name = "handoff_note"
            return [question(state, target)], False
        value = normalize_contact(state.handoff.get("method", ""), u.text)
        if value is None:
            state.handoff["attempts"] = state.handoff.get("attempts", 0) + 1
            return [Reply(texts.CONTACT_INVALID[state.handoff.get("method", "phone")]),
                    question(state, target)], False
        state.handoff["contact"] = value
        state.name = "handoff_note"
        return [question(state, target)], False
    # handoff_note
    note = u.text.strip()
    state.handoff["note"] = None if (u.intent == "deny" and u.is_payload) or said in NO_NOTE \
        else note[:MAX_NOTE]
    state.name = "recommended"
    return [], True


def _method_in(said: str) -> str | None:
    for method, words in METHOD_WORDS.items():
        if any(w in said for w in words):
            return method
    return None


def _any_contact(text: str) -> tuple[str, str] | None:
    """A phone number or e-mail address written straight away."""
    for method in ("email", "phone"):
        value = normalize_contact(method, text)
        if value is not None:
            return method, value
    return None


def normalize_contact(method: str, text: str) -> str | None:
    """The contact in a normal form, or None if it is not a valid one of that kind."""
    text = text.strip()
    if method == "phone":
        try:
            number = phonenumbers.parse(text, "DE")
        except phonenumbers.NumberParseException:
            return None
        if not phonenumbers.is_valid_number(number):
            return None
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if method == "email":
        try:
            return validate_email(text, check_deliverability=False).normalized
        except EmailNotValidError:
            return None
    if method == "telegram":
        m = TELEGRAM_USER.match(text)
        return "@" + m.group(1) if m else None
    return None


def summary(state: DialogueState, target: HandoffTarget) -> dict[str, Any]:
    """The structured situation a counsellor sees first."""
    p = state.profile
    why: list[str] = next((r.get("why", []) for r in state.recommended
                           if r.get("id") == target.offer_id), [])
    return {"age": p.age, "place": p.place, "postal_code": p.postal_code, "region": p.region_name,
            "needs": list(p.needs), "school_status": p.school_status,
            "school_qualification": p.school_qualification, "occupation": p.occupation,
            "languages": list(p.languages), "wish": state.handoff.get("wish"),
            "offer": {"id": target.offer_id, "name": target.offer_name}, "why": list(why)}


def done_text(target: HandoffTarget, reference: str, method: str) -> str:
    """The honest promise after a handoff."""
    if method == "self":
        return texts.HANDOFF_DONE_SELF.format(org=target.org_name, reference=reference)
    if target.response_working_days:
        promise = texts.HANDOFF_PROMISE_DAYS.format(org=target.org_name,
                                                    days=target.response_working_days)
    else:
        promise = texts.HANDOFF_PROMISE_UNKNOWN.format(org=target.org_name)
    return texts.HANDOFF_DONE.format(reference=reference, promise=promise)


def eligible(state: DialogueState, targets: Mapping[str, HandoffTarget]) -> list[HandoffTarget]:
    """Recommended offers whose organisation takes handoffs, best first."""
    return [targets[r["id"]] for r in state.recommended if r.get("id") in targets]


def invite_buttons(state: DialogueState, targets: Mapping[str, HandoffTarget]) -> tuple[Button, ...]:
    """One button per organisation (for its best-ranked offer), at most three."""
    best: dict[str, HandoffTarget] = {}
    for target in eligible(state, targets):
        best.setdefault(target.org_id, target)
    return tuple(Button(texts.HANDOFF_BUTTON.format(org=t.org_name)[:64],
                        "/talk_to_human" + json.dumps({"offer": t.offer_id}))
                 for t in list(best.values())[:3])
