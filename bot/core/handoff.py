"""Handing a case to a counselling service: consent first, then how to get in touch.

    recommended -> handoff_consent -> handoff_contact -> [handoff_contact_value] -> handoff_note
                -> back where we were (effect "create_handoff": the service writes consent,
                   handoff and notifications in one transaction and adds the reference code)

Pure steps like the rest of the dialogue core. Nothing is passed on before the person says
yes to a consent text that names the organisation and lists what it will see; the text's
version is recorded with the consent (CONSENT_TEXT_VERSION). "No" at the consent step and
"Doch nichts schicken" at any later step end the handoff without storing anything of it.
After a crisis the handoff is marked urgent – and the consent text says so.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from bot.core import texts
from bot.core.messages import Button, Reply
from bot.core.short_answers import cancels_sending, says_no, says_yes
from bot.core.state import DialogueState
from bot.core.understanding import Understanding
from bot.labels import WISH_LABELS
from matching.model import Contact, Offer
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
# "never mind" after the consent: nothing is sent (at the note step "nein" means "no note")
CANCEL = {"abbrechen", "doch nicht", "doch nichts", "doch nichts schicken", "nichts schicken",
          "nicht schicken", "stopp", "stop", "vergiss es", "lass mal", "will ich nicht",
          "will ich doch nicht", "lieber doch nicht", "cancel"}
CANCEL_OR_NO = CANCEL | {"nein", "ne", "nee", "no", "noe", "lieber nicht", "nicht"}
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
    contact: str = ""  # how to reach the offer oneself, from its catalogue card


def contact_line(contact: Contact) -> str:
    """A short readable way to get in touch oneself: phone, e-mail or web (at most two)."""
    parts = [texts.CONTACT_PHONE.format(phone=contact.phone) if contact.phone else "",
             texts.CONTACT_EMAIL.format(email=contact.email) if contact.email else "",
             contact.chat or contact.web or ""]
    return ", ".join([p for p in parts if p][:2])


def self_only(offers: list[Offer]) -> Reply | None:
    """Where no organisation takes handoffs: say so, and how to get in touch oneself with the
    first offer that has a contact (None when none has)."""
    direct = [o for o in offers if contact_line(o.contact)]
    if not direct:
        return None
    return Reply(texts.HANDOFF_SELF_ONLY.format(name=direct[0].name, contact=contact_line(direct[0].contact)))


def consent_text(target: HandoffTarget, *, under_16: bool = False, urgent: bool = False) -> str:
    """Who will see what – the text the consent refers to (versioned)."""
    text = texts.CONSENT.format(org=target.org_name, offer=target.offer_name)
    if urgent:
        text += " " + texts.CONSENT_URGENT
    if under_16:
        text += " " + texts.CONSENT_UNDER_16
    return text


def _consent_text_for(state: DialogueState, target: HandoffTarget) -> str:
    return consent_text(target, under_16=state.profile.age is not None and state.profile.age < 16,
                        urgent=state.crisis)


def start(state: DialogueState, target: HandoffTarget, *, back: str) -> list[Reply]:
    """Begin the handoff for one offer: the consent question. `back`: the step to return to."""
    state.handoff = {"offer_id": target.offer_id, "org_id": target.org_id, "attempts": 0,
                     "back": back}
    state.name = "handoff_consent"
    return [question(state, target)]


def already_sent(state: DialogueState, target: HandoffTarget) -> bool:
    """This person already handed their case to the organisation (urgently, or no crisis since)."""
    return any(h.get("org_id") == target.org_id and (h.get("urgent") or not state.crisis)
               for h in state.handed_off)


def _finish(state: DialogueState) -> None:
    """Leave the handoff steps for where we were before."""
    state.name = state.handoff.get("back") or "recommended"


def _cancel(state: DialogueState, target: HandoffTarget) -> list[Reply]:
    _finish(state)
    state.handoff = {}
    self_contact = (texts.SELF_CONTACT.format(org=target.org_name, contact=target.contact)
                    if target.contact else texts.SELF_CONTACT_ABOVE)
    return [Reply(texts.CONSENT_REFUSED + " " + self_contact)]


def question(state: DialogueState, target: HandoffTarget, *, again: bool = False) -> Reply:
    """The open question of a handoff state (also used to repeat it; `again`: right after it
    was asked, the consent question in short)."""
    if state.name == "handoff_consent":
        text = (texts.CONSENT_AGAIN.format(org=target.org_name) if again
                else _consent_text_for(state, target))
        return Reply(text, buttons=texts.CONSENT_BUTTONS, expects="consent")
    if state.name == "handoff_contact":
        return Reply(texts.ASK_CONTACT_METHOD, buttons=texts.CONTACT_BUTTONS, expects="contact")
    if state.name == "handoff_contact_value":
        method = state.handoff.get("method", "phone")
        buttons = (texts.CONTACT_SELF_BUTTON,) if state.handoff.get("attempts", 0) else ()
        return Reply(texts.ASK_CONTACT_VALUE[method], buttons=(*buttons, texts.CANCEL_BUTTON),
                     expects="contact")
    return Reply(texts.ASK_NOTE, buttons=(texts.NO_NOTE_BUTTON, texts.CANCEL_BUTTON),
                 expects="free_text")


def step(state: DialogueState, u: Understanding, target: HandoffTarget, *,
         now: datetime) -> tuple[list[Reply], bool]:
    """One answer inside the handoff; returns replies and whether to create the handoff now."""
    said = fold(u.text).strip(" .!")
    if state.name == "handoff_consent":
        if u.intent == "affirm" and u.confidence >= 0.5 or said in YES or says_yes(u.text):
            state.handoff["consent_at"] = now.isoformat()
            state.handoff["consent_text"] = _consent_text_for(state, target)
            state.name = "handoff_contact"
            return [Reply(texts.CONSENT_THANKS), question(state, target)], False
        if u.intent == "deny" and u.confidence >= 0.5 or said in NO or says_no(u.text) \
                or cancels_sending(u.text):
            return _cancel(state, target), False
        if "?" in u.text or "؟" in u.text:
            # "what exactly do they get to see?": what goes to whom, then the short question
            # (blind set L28: "tell me yes or no" answered nothing)
            return [Reply(texts.CONSENT_WHAT.format(org=target.org_name)),
                    question(state, target, again=True)], False
        return [Reply(texts.CONSENT_UNCLEAR), question(state, target, again=True)], False
    if u.extras.get("handoff") == "cancel" or (u.is_payload and '"cancel"' in u.text) \
            or said in CANCEL:
        return _cancel(state, target), False
    if state.name in ("handoff_contact", "handoff_contact_value") and _any_contact(u.text) is None \
            and not (u.extras.get("contact_method") or _method_in(said)) \
            and ((u.intent == "deny" and (u.is_payload or u.confidence >= 0.5))
                 or said in CANCEL_OR_NO or says_no(u.text) or cancels_sending(u.text)):
        # "хотя нет, передумала, ничего не отправляйте" (blind set L18) – not at the note step,
        # where "не передавайте мой номер родителям" is a note
        return _cancel(state, target), False
    if state.name == "handoff_contact":
        method = u.extras.get("contact_method") or _method_in(said)
        direct = _any_contact(u.text)
        if direct is not None:
            state.handoff["method"], state.handoff["contact"] = direct
            state.name = "handoff_note"
            return [question(state, target)], False
        if method not in METHODS and _NUMBER_TRIED.search(u.text):
            # "my number is 0176 12": a number too short to be one – said so, and asked for
            # the number, not the way again (blind set L28)
            state.handoff["method"], state.handoff["attempts"] = "phone", 1
            state.name = "handoff_contact_value"
            return [Reply(texts.CONTACT_INVALID["phone"]), question(state, target)], False
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
        value = contact_in(state.handoff.get("method", ""), u.text)
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
    state.handed_off.append({"org_id": target.org_id, "urgent": state.crisis})
    _finish(state)
    return [], True


def _method_in(said: str) -> str | None:
    for method, words in METHOD_WORDS.items():
        if any(w in said for w in words):
            return method
    return None


def _any_contact(text: str) -> tuple[str, str] | None:
    """A phone number or e-mail address written straight away, alone or among other words
    ("ایمیلم ahmad.rahimi@example.org هست", blind set L26)."""
    for method in ("email", "phone"):
        value = contact_in(method, text)
        if value is not None:
            return method, value
    return None


_EMAIL_LIKE = re.compile(r"[^\s@]+@[^\s@]+")
_PHONE_LIKE = re.compile(r"\+?\d[\d ()/-]{5,}\d")
_NUMBER_TRIED = re.compile(r"(?<![\d.,:])(\+|0)\d[\d /-]{2,}"  # "0176 12", "+49 15", "raqmi 123"
                           r"|\b(number|nummer|handynummer|raqmi|номер|numaram|shomaram|shomare)\b\D{0,12}\d{2,}"
                           r"|(رقمي|شماره ?ام|شمارم)\D{0,12}\d{2,}")


def contact_in(method: str, text: str) -> str | None:
    """The e-mail address or phone number of a message in normal form: the whole message, or
    the first valid one among other words ("meine Nummer ist 0176 1234567")."""
    value = normalize_contact(method, text)
    if value is not None or method not in ("email", "phone"):
        return value
    if method == "email":
        candidates = [t.strip(".,;:!?()<>\"'«»،؛") for t in _EMAIL_LIKE.findall(text)]
    else:
        candidates = [m.group() for m in _PHONE_LIKE.finditer(text)]
    return next((v for c in candidates if (v := normalize_contact(method, c)) is not None), None)


def names_a_contact(text: str) -> bool:
    """Whether a message gives an e-mail address or a phone number ("oops jayden.qlb@gmail.com",
    "0176 1234567"), also among other words."""
    return _any_contact(text) is not None


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
            "region_code": p.region,  # the Kreis key: the anonymous counters' region (bot/stats)
            "needs": list(p.needs), "school_status": p.school_status,
            "school_qualification": p.school_qualification, "occupation": p.occupation,
            "languages": list(p.languages),
            "wish": WISH_LABELS.get(state.handoff.get("method", "self")),
            "language": state.language,  # the chat's language (the counsellor reads its name)
            "offer": {"id": target.offer_id, "name": target.offer_name}, "why": list(why),
            # internship places the chat named (place facts, for the coordinators)
            "internships": [{"id": i.get("id", ""), "occupation": i["occupation"],
                             "company": i["company"], "from": i.get("from", ""),
                             "to": i.get("to", "")} for i in state.internships_shown]}


def done_text(target: HandoffTarget, reference: str, method: str, *, urgent: bool = False) -> str:
    """The honest promise after a handoff."""
    if method == "self":
        text = texts.HANDOFF_DONE_SELF.format(org=target.org_name, reference=reference)
    else:
        days = target.response_working_days
        if days == 1:
            promise = texts.HANDOFF_PROMISE_ONE_DAY.format(org=target.org_name)
        elif days:
            promise = texts.HANDOFF_PROMISE_DAYS.format(org=target.org_name, days=days)
        else:
            promise = texts.HANDOFF_PROMISE_UNKNOWN.format(org=target.org_name)
        text = texts.HANDOFF_DONE.format(reference=reference, promise=promise)
    return text + "\n" + texts.HANDOFF_DONE_URGENT if urgent else text


def eligible(state: DialogueState, targets: Mapping[str, HandoffTarget], *,
             also: Iterable[str] = ()) -> list[HandoffTarget]:
    """Recommended offers (and `also` these) whose organisation takes handoffs, best first;
    without organisations the person already handed their case to."""
    ids = [*(str(r.get("id")) for r in state.recommended), *also]
    return [targets[i] for i in dict.fromkeys(ids)
            if i in targets and not already_sent(state, targets[i])]


def invite_buttons(state: DialogueState, targets: Mapping[str, HandoffTarget], *,
                   also: Iterable[str] = ()) -> tuple[Button, ...]:
    """One button per organisation (for its best-ranked offer), at most three."""
    best: dict[str, HandoffTarget] = {}
    for target in eligible(state, targets, also=also):
        best.setdefault(target.org_id, target)
    title = texts.HANDOFF_BUTTON_URGENT if state.crisis else texts.HANDOFF_BUTTON
    return tuple(Button(title.format(org=t.org_name)[:64],
                        "/talk_to_human" + json.dumps({"offer": t.offer_id}))
                 for t in list(best.values())[:3])
