"""Button payloads in Rasa's form: `/intent` or `/intent{"entity": "value"}`."""

from __future__ import annotations

import json
import re

from nlu.model import Entity, IntentScore, ParseResult

_PAYLOAD = re.compile(r"^/(?P<intent>[a-z_]{2,40})(?P<entities>\{.*\})?$", re.DOTALL)


def parse_payload(text: str, *, known_intents: tuple[str, ...]) -> ParseResult | None:
    """The parse result a button payload stands for, or None if `text` is no payload."""
    m = _PAYLOAD.match(text.strip())
    if not m or m.group("intent") not in known_intents:
        return None
    entities: list[Entity] = []
    if m.group("entities"):
        try:
            raw = json.loads(m.group("entities"))
        except json.JSONDecodeError:
            return None
        if not isinstance(raw, dict):
            return None
        entities = [Entity(str(k), str(v), 0, 0, "payload") for k, v in raw.items()
                    if isinstance(v, str | int | float)]
    intent = IntentScore(m.group("intent"), 1.0)
    return ParseResult(text=text, intent=intent, intent_ranking=(intent,), entities=tuple(entities))
