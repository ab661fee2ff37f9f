"""What a moment counts: the anonymous events of a dialogue turn or of a status change.

Pure functions: the states before and after a turn, its replies and effects in, a list of
`Event` out. An event names a dimension and a value ("need", "money_problems"); the region
and the day are added where it is stored (bot/storage/demand.py). Nothing here may carry a
sender key, a text the person wrote, or a time finer than the hour of the week.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.core.messages import OfferCard, Reply
from bot.core.state import DialogueState
from matching.needs import PRIMARY_CATEGORIES

NATIONWIDE = "DE"
NO_REGION = "none"
INTERNSHIP_NEED = "seek_internship"  # the place was not (yet) known when it happened

# dimension -> what its values are (docs/safety.md lists them for readers)
DIMENSIONS: dict[str, str] = {
    "conversation": "started",
    "hour_of_week": "weekday 1–7 and hour 0–23 of a message, e.g. 2-15",
    "hour_closed": "weekday and hour of a recommendation whose fitting offers were all closed",
    "need": "a need (intent) of a conversation, counted once its region is settled",
    "region": "resolved | unresolved (a place that could not be found)",
    "age_band": "unter 14 | 14–17 | 18–21 | 22–27 | über 27, once the region is settled",
    "language": "the chat's language once its region is settled (and when it changes)",
    "answer": "need:local | need:nationwide – a local offer of the need's primary category or not",
    "offer": "category:local | category:nationwide – each offer shown",
    "open": "need:open | need:closed | need:unknown – a fitting offer open at that hour",
    "crisis": "answer | check",
    "handoff": "requested | contacted | closed",
    "handoff_org": "organisation:requested | organisation:contacted | organisation:closed",
    "handoff_hours": "organisation:hours – time from request to contact, in bands",
    "internship": "shown | requested (a handoff from an internship search) | placed",
}
AGE_BANDS: tuple[tuple[int, str], ...] = ((13, "unter 14"), (17, "14–17"), (21, "18–21"),
                                          (27, "22–27"))
# response time bands in hours (upper bounds); above the last one: "mehr"
HOUR_BANDS: tuple[int, ...] = (1, 4, 8, 24, 48, 72, 168)


@dataclass(frozen=True, slots=True)
class Event:
    """One thing that happened, to be counted once."""

    dimension: str
    value: str

    def __post_init__(self) -> None:
        if self.dimension not in DIMENSIONS:
            raise ValueError(f"unknown dimension {self.dimension!r}")


def age_band(age: int) -> str:
    """The band an age falls in (the exact age is never counted)."""
    for upper, label in AGE_BANDS:
        if age <= upper:
            return label
    return "über 27"


def hour_of_week(at: datetime) -> str:
    """ISO weekday and hour of a local moment, e.g. "2-15" for Tuesday, 15:00–15:59."""
    return f"{at.isoweekday()}-{at.hour}"


def hours_band(hours: float) -> str:
    """The response-time band of a number of hours ("4" means up to four hours)."""
    for upper in HOUR_BANDS:
        if hours <= upper:
            return str(upper)
    return "mehr"


def is_local(card: OfferCard) -> bool:
    return card.region != NATIONWIDE


# offer id -> open at the turn's hour, or None when its hours are not known
OpenAt = Callable[[str], bool | None]


def offer_events(cards: Sequence[OfferCard], at: datetime,
                 open_at: OpenAt | None = None) -> list[Event]:
    """A recommendation: each offer shown, per need local or nationwide, open or closed."""
    events = [Event("offer", f"{c.category}:{'local' if is_local(c) else 'nationwide'}")
              for c in cards]
    needs = list(dict.fromkeys(c.need for c in cards))
    all_closed = True
    for need in needs:
        fitting = [c for c in cards if c.need == need]
        primary = PRIMARY_CATEGORIES.get(need, ())
        local = any(is_local(c) and c.category in primary for c in fitting)
        events.append(Event("answer", f"{need}:{'local' if local else 'nationwide'}"))
        known = [open_at(c.id) if open_at is not None else c.open_now for c in fitting]
        hours = [h for h in known if h is not None]
        state = "open" if any(hours) else "closed" if hours else "unknown"
        events.append(Event("open", f"{need}:{state}"))
        all_closed = all_closed and state == "closed"
    if needs and all_closed:
        events.append(Event("hour_closed", hour_of_week(at)))
    return events


def turn_events(before: DialogueState, after: DialogueState, replies: Iterable[Reply],
                effects: Iterable[str] = (), *, at: datetime, new: bool = False,
                org_id: str | None = None, open_at: OpenAt | None = None) -> list[Event]:
    """What one turn of a conversation counts. `new`: the conversation began with it;
    `org_id`: the organisation a handoff created in this turn goes to; `open_at`: whether an
    offer was open at that hour (default: what the cards say)."""
    events = [Event("hour_of_week", hour_of_week(at))]
    if new:
        events.append(Event("conversation", "started"))
    # a region from the website's hint (metadata.region) is no place the person named
    named = after.profile.region and not after.profile.region_hinted
    if named and (after.profile.region != before.profile.region or before.profile.region_hinted):
        events.append(Event("region", "resolved"))
    elif not after.profile.region and after.place_attempts > before.place_attempts:
        events.append(Event("region", "unresolved"))
    events += _profile_events(before, after)
    replies = list(replies)
    cards = [card for reply in replies for card in reply.offers]
    if cards:
        events += offer_events(cards, at, open_at)
    if any(r.crisis for r in replies):
        events.append(Event("crisis", "answer"))
    elif any(r.crisis_check for r in replies):
        events.append(Event("crisis", "check"))
    if any(r.internships for r in replies):
        events.append(Event("internship", "shown"))
    if "create_handoff" in effects and org_id is not None:
        events += [Event("handoff", "requested"), Event("handoff_org", f"{org_id}:requested")]
        if INTERNSHIP_NEED in after.profile.needs or after.internships_shown:
            events.append(Event("internship", "requested"))  # to the Praktikalotsen
    return events


def settled(state: DialogueState) -> bool:
    """The region of a conversation is known, or the place could not be found."""
    return bool(state.profile.region) or state.place_attempts > 0


def _profile_events(before: DialogueState, after: DialogueState) -> list[Event]:
    """Need, age band and language are counted under the conversation's region: once the
    region is settled, everything known so far; after that, what is new."""
    if not settled(after):
        return []
    if not settled(before):
        before = DialogueState(language="")
    events = [Event("need", n) for n in after.profile.needs if n not in before.profile.needs]
    band = age_band(after.profile.age) if after.profile.age is not None else None
    if band is not None and (before.profile.age is None or age_band(before.profile.age) != band):
        events.append(Event("age_band", band))
    if after.language != before.language:
        events.append(Event("language", after.language))
    return events


def handoff_status_events(org_id: str, status: str, *, hours_waited: float | None) -> list[Event]:
    """A counsellor moved a handoff on: contacted (with the time it took) or closed."""
    events = [Event("handoff", status), Event("handoff_org", f"{org_id}:{status}")]
    if status == "contacted" and hours_waited is not None:
        events.append(Event("handoff_hours", f"{org_id}:{hours_band(hours_waited)}"))
    return events
