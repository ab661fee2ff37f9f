"""Neutral reply values; each channel renders them its own way."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from bot.i18n.context import current_language, gettext
from bot.i18n.reasons import say_reason
from matching.model import Match
from matching.needs import CATEGORY_LABELS


@dataclass(frozen=True, slots=True)
class Button:
    title: str
    payload: str


@dataclass(frozen=True, slots=True)
class OfferCard:
    """What a young person sees of a recommended offer (its labels and reasons in the current
    language; name, description and contact as the catalogue has them)."""

    id: str
    name: str
    provider: str
    category: str
    category_label: str
    region: str
    need: str
    score: float
    reasons: tuple[str, ...]
    description: str
    contact: dict[str, str] = field(default_factory=dict)
    open_now: bool | None = None

    @classmethod
    def from_match(cls, match: Match, *, open_now: bool | None = None) -> OfferCard:
        offer = match.offer
        contact = {k: v for k, v in asdict(offer.contact).items() if v}
        return cls(id=offer.id, name=offer.name, provider=offer.provider, category=offer.category,
                   category_label=gettext(CATEGORY_LABELS.get(offer.category, offer.category)),
                   region=offer.region, need=match.need, score=match.score,
                   reasons=tuple(say_reason(r) for r in match.reasons),
                   description=offer.description, contact=contact,
                   open_now=open_now)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["reasons"] = list(self.reasons)
        if self.open_now is None:
            data.pop("open_now")
        return data


@dataclass(frozen=True, slots=True)
class Reply:
    """One message of the assistant: text, optional buttons, what it expects, offers, and the
    language it is written in (the turn's, unless said otherwise)."""

    text: str
    buttons: tuple[Button, ...] = ()
    expects: str | None = None
    offers: tuple[OfferCard, ...] = ()
    crisis: bool = False
    crisis_check: bool = False  # the soft check-in of the two-tier crisis check
    fallback: bool = False  # says that Lotse did not understand (the "cannot handle" pattern)
    internships: tuple[Mapping[str, Any], ...] = ()  # contract § 3 items this message shows
    language: str = field(default_factory=current_language)  # custom.language (contract § 4)
    deleted: bool = False  # the conversation was deleted on request (custom.deleted)
