"""What every dialogue step works with: its context, its result, the crisis rule."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot.core.handoff import HandoffTarget
from bot.core.messages import Reply
from bot.core.state import DialogueState
from bot.core.understanding import Understanding
from matching.model import Offer, Place
from matching.places import PlaceIndex

# a port to the stored internship places: (profile, place) → contract § 3 items, best first,
# or None when no place is stored at all; the profile has the fields of
# `bot.internships_match.InternshipProfile`
InternshipFinder = Callable[[Any, Place | None], list[dict[str, Any]] | None]

GLOBAL_THRESHOLD = 0.5
CRISIS_THRESHOLD = 0.5  # the lexicon catches danger first; the NLU adds what it misses


@dataclass(frozen=True, slots=True)
class Context:
    """What a step may look at besides the state: the catalogue, places, the clock."""

    offers: tuple[Offer, ...]
    places: PlaceIndex | None
    now: datetime
    retention_days: int = 90
    # offer id -> the organisation that takes handoffs for it (from the database)
    handoff_targets: Mapping[str, HandoffTarget] = field(default_factory=dict)
    # the stored internship places near a person, as contract § 3 items (None: not offered)
    internships: InternshipFinder | None = None


@dataclass(frozen=True, slots=True)
class Turn:
    """The result of one step. `effects` ask the caller for I/O ("delete_data")."""

    state: DialogueState
    replies: tuple[Reply, ...]
    effects: tuple[str, ...] = ()
    handoff: HandoffTarget | None = None  # with the effect "create_handoff"


def crisis_tier(u: Understanding) -> str | None:
    """"crisis" for clear danger (full crisis care), "check" for possible danger (one kind
    check-in), None otherwise. The finding comes from bot/safety.py (lexicon + NLU)."""
    if u.danger is not None:
        return "crisis" if u.danger.level == "clear" else "check"
    if u.crisis or (u.intent == "crisis" and u.is_payload):
        return "crisis"
    if not u.checked and u.intent == "crisis" and u.confidence >= CRISIS_THRESHOLD:
        return "crisis"
    return None


def is_crisis(u: Understanding) -> bool:
    """Clear danger: the full crisis answer at once."""
    return crisis_tier(u) == "crisis"


def handoff_target(state: DialogueState, ctx: Context | None) -> HandoffTarget | None:
    """The organisation of the handoff being set up, if it still takes handoffs."""
    if ctx is None:
        return None
    return ctx.handoff_targets.get(state.handoff.get("offer_id", ""))
