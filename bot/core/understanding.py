"""What the dialogue core gets from a message: intent, needs and resolved entities."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.safety import Danger
from matching.model import Place


@dataclass(frozen=True, slots=True)
class Understanding:
    text: str
    intent: str
    confidence: float
    needs: tuple[str, ...] = ()
    age: int | None = None
    place: Place | None = None
    place_text: str | None = None
    school_status: str | None = None
    school_qualification: str | None = None
    occupation: str | None = None
    languages: tuple[str, ...] = ()
    is_payload: bool = False
    crisis: bool = False
    extras: dict[str, str] = field(default_factory=dict)
    danger: Danger | None = None  # the two-tier crisis check's finding (bot/safety.py)
    checked: bool = False  # the check ran: `danger` is its whole finding
    language: str | None = None  # the language the message is clearly written in (bot/i18n/detect.py)
    language_request: str | None = None  # a language asked for, or "choose" (bot/i18n/requests.py)
    language_hint: str | None = None  # the client's language (metadata.language, Telegram's language_code)
    # the Kreis of the website the chat is embedded in (metadata.region, a served Kreis key):
    # where to look while the person names no place of their own
    region_hint: str | None = None

    @property
    def has_facts(self) -> bool:
        return any(v is not None for v in (self.age, self.place, self.school_status,
                                          self.school_qualification, self.occupation)) or bool(
            self.languages)
