"""The transcript as the person saw it: button titles instead of payloads, offers shown.

A counsellor reads the chat of a handoff. Button presses arrive as payloads
(`/inform{"school_status": "in_school"}`, `/affirm`); the person saw and tapped a title
("Ich gehe zur Schule", "Ja, schick es"). The service keeps the buttons of its last turn in
the dialogue state (`DialogueState.shown_buttons`, payload -> title, from `shown_buttons`)
and stores `user_line(text, shown)` instead of the raw text. A payload that was not among
them (an older button, a client sending one by itself, a shared location) is put into words
from its intent and values (`payload_words`); a typed command is stored as its German
command (`/restart` -> `/neu`); everything else stays exactly as typed.

A bot message is stored with the offer and crisis cards it carried (`bot_line`), so the
counsellor sees what was recommended: "Angebote: TelefonSeelsorge (0800 111 0 111), …".
Beside it the cards themselves (`shown_cards`), so that the web chat shows them as cards again
after a reload (bot/web/history.py). Pure functions; no I/O.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from bot.core import texts
from bot.core.messages import Button, OfferCard, Reply
from bot.labels import (
    contact_method_label,
    language_label,
    need_label,
    school_qualification_label,
    school_status_label,
)
from matching.needs import NEED_LABELS

PAYLOAD = re.compile(r"^/([A-Za-z_]+)(\{.*\})?$", re.DOTALL)
# the German command a person types for a canonical payload (bot/service.py COMMANDS)
COMMAND_WORDS = {"restart": "/neu", "delete_data": "/loeschen", "help": "/hilfe"}
INTENT_WORDS = {"affirm": "Ja", "deny": "Nein", "talk_to_human": "Mit einem Menschen reden",
                "greet": "Hallo", "goodbye": "Tschüss", "thanks": "Danke"}
OFFERS_PREFIX = "Angebote"
CRISIS_PREFIX = "Krisenhilfe"
# buttons of the message catalogue whose payload means one title only (the fallback)
_CATALOGUE_BUTTONS: tuple[Button, ...] = (
    *texts.NEED_BUTTONS, *texts.STATUS_BUTTONS, *texts.CONTACT_BUTTONS, texts.CANCEL_BUTTON)


def parse_payload(text: str) -> tuple[str, dict[str, Any]] | None:
    """("inform", {"school_status": "in_school"}) for a payload; None for typed text."""
    match = PAYLOAD.match(text.strip())
    if match is None:
        return None
    values: dict[str, Any] = {}
    if match.group(2):
        try:
            loaded = json.loads(match.group(2))
        except ValueError:
            return None
        if not isinstance(loaded, dict):
            return None
        values = loaded
    return match.group(1), values


def _key(payload: str) -> str:
    """A payload in one spelling (JSON with sorted keys), so that spacing does not matter."""
    parsed = parse_payload(payload)
    if parsed is None:
        return payload.strip()
    intent, values = parsed
    return "/" + intent + (json.dumps(values, sort_keys=True, ensure_ascii=False) if values else "")


def shown_buttons(replies: Iterable[Reply]) -> dict[str, str]:
    """payload -> title of every button in one turn's replies (the first title per payload)."""
    found: dict[str, str] = {}
    for reply in replies:
        for button in reply.buttons:
            found.setdefault(button.payload, button.title)
    return found


def _unambiguous(buttons: Iterable[Button]) -> dict[str, str]:
    titles: dict[str, set[str]] = {}
    for button in buttons:
        titles.setdefault(_key(button.payload), set()).add(button.title)
    return {key: next(iter(found)) for key, found in titles.items() if len(found) == 1}


CATALOGUE_TITLES = _unambiguous(_CATALOGUE_BUTTONS)


# a payload's values in words: field -> (label, how to say the value)
PAYLOAD_FIELDS: dict[str, tuple[str, Callable[[Any], str]]] = {
    "school_status": ("Was ich mache", school_status_label),
    "school_qualification": ("Schulabschluss", school_qualification_label),
    "language": ("Sprache", language_label),
    "contact_method": ("Kontakt", contact_method_label),
    "place": ("Ort", str),
    "age": ("Alter", str),
    "occupation": ("Berufswunsch", str),
}


def payload_words(intent: str, values: Mapping[str, Any]) -> str | None:
    """A payload nobody showed as a button, in words ("Ja", "Sprache: Arabisch", "/neu");
    None when it means nothing known."""
    if intent in COMMAND_WORDS and not values:
        return COMMAND_WORDS[intent]
    parts: list[str] = []
    for name, value in values.items():
        if name in PAYLOAD_FIELDS:
            label, words = PAYLOAD_FIELDS[name]
            parts.append(f"{label}: {words(value)}")
        elif name == "handoff" and value == "cancel":
            return texts.CANCEL_BUTTON.title
        elif name == "offer" and intent == "talk_to_human":
            return "Eine Stelle soll sich melden"
    if parts:
        return ", ".join(parts)
    if intent in INTENT_WORDS:
        return INTENT_WORDS[intent]
    if intent in NEED_LABELS:
        return need_label(intent)
    return None


def user_line(text: str, shown: Mapping[str, str] | None = None) -> str:
    """What the person said or tapped, as they saw it.

    `shown`: payload -> title of the buttons of the bot's previous turn."""
    parsed = parse_payload(text)
    if parsed is None:
        return text
    key = _key(text)
    titles = {_key(payload): title for payload, title in (shown or {}).items()}
    if key in titles:
        return titles[key]
    if key in CATALOGUE_TITLES:
        return CATALOGUE_TITLES[key]
    return payload_words(*parsed) or text  # something unknown: as typed


def _contact(card: OfferCard) -> str:
    contact = card.contact
    value = contact.get("phone") or contact.get("chat") or contact.get("web") or contact.get("email")
    if not value:
        return ""
    return re.sub(r"^https?://(www\.)?", "", value).rstrip("/")


def cards_line(cards: Iterable[OfferCard], *, crisis: bool = False) -> str:
    """"Angebote: TelefonSeelsorge (0800 111 0 111), krisenchat (krisenchat.de)"."""
    names = [f"{c.name} ({contact})" if (contact := _contact(c)) else c.name for c in cards]
    if not names:
        return ""
    return f"{CRISIS_PREFIX if crisis else OFFERS_PREFIX}: " + ", ".join(names)


def bot_line(reply: Reply) -> str:
    """A bot message with the offer or crisis cards it showed."""
    cards = cards_line(reply.offers, crisis=reply.crisis)
    return f"{reply.text}\n{cards}" if cards else reply.text


def shown_cards(reply: Reply) -> dict[str, Any] | None:
    """A bot message's cards as the web chat got them (its `custom.offers`, `custom.crisis`
    and `custom.language`, contract § 4), kept beside its line so that the chat shows them as
    cards again after a reload; None for a message without cards. "Open now" is left out: it
    was true when the card was shown, not when it is read again."""
    if not reply.offers and not reply.crisis:
        return None
    custom: dict[str, Any] = {"language": reply.language}
    if reply.offers:
        custom["offers"] = [{key: value for key, value in card.to_dict().items() if key != "open_now"}
                            for card in reply.offers]
    if reply.crisis:
        custom["crisis"] = True
    return custom


def text_shown(line: str, custom: Mapping[str, Any] | None) -> str:
    """A stored bot line as the message's text alone, when its cards are kept beside it
    (`shown_cards`): without the "Angebote: …" line `bot_line` added for the counsellor."""
    if custom and custom.get("offers"):
        return line.rpartition("\n")[0]
    return line
