"""Frozen domain values of the routing: offers, places, situations and matches."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

NATIONWIDE = "DE"

SCHOOL_STATUSES = (
    "in_school",
    "in_training",
    "qualified_no_training",
    "no_qualification",
    "employed",
    "unemployed",
    "studying",
)
# Kinds of acute danger a crisis offer is right for (`Offer.danger_kinds`).
DANGER_KINDS = (
    "suicidal",
    "self_harm",
    "violence_at_home",
    "sexual_abuse",
    "sextortion",
    "homeless_tonight",
    "eating_disorder",
    "other_emergency",
)
SCHOOL_QUALIFICATIONS = (
    "none",
    "foerderschule",
    "hauptschule",
    "realschule",
    "fachhochschulreife",
    "abitur",
    "foreign",
)


@dataclass(frozen=True, slots=True)
class Contact:
    """How to reach an offer; every field optional."""

    phone: str | None = None
    phone_uri: str | None = None
    email: str | None = None
    web: str | None = None
    chat: str | None = None
    address: str | None = None
    opening_hours: str | None = None


@dataclass(frozen=True, slots=True)
class OpenSlot:
    """A weekly time window in which a line is staffed (days as 0=Monday … 6=Sunday)."""

    days: frozenset[int]
    start_minute: int
    end_minute: int


@dataclass(frozen=True, slots=True)
class Offer:
    """One counselling offer of the catalogue."""

    id: str
    name: str
    provider: str
    category: str
    region: str
    needs: tuple[str, ...]
    age_min: int = 0
    age_max: int = 99
    languages: tuple[str, ...] = ("de",)
    school_status: tuple[str, ...] = ()
    also_serves: tuple[str, ...] = ()
    personal_appointment: bool = False
    response_days: int | None = None
    contact: Contact = field(default_factory=Contact)
    description: str = ""
    always_open: bool = False
    open_slots: tuple[OpenSlot, ...] = ()
    source_url: str = ""
    checked: date | None = None
    # Practical facts a young person asks about; None = no source confirms it (say so honestly).
    danger_kinds: tuple[str, ...] = ()  # for crisis help: kinds of acute danger (DANGER_KINDS)
    cost: str | None = None  # e.g. "kostenlos"
    anonymous: bool | None = None
    appointment: str | None = None  # plain German, e.g. "Ohne Termin: offene Sprechstunde …"
    bring: str | None = None  # what to bring along
    directions: str | None = None  # how to get there by bus or train
    accessible: bool | None = None  # step-free access
    messenger: str | None = None  # e.g. "WhatsApp", when one can write that way
    for_parents: bool = False  # a line or service only for parents ("Elterntelefon")

    def serves_region(self, region: str | None) -> bool:
        """Whether the offer is responsible for a Kreis (nationwide offers serve all)."""
        return self.region == NATIONWIDE or (
            region is not None and (self.region == region or region in self.also_serves)
        )


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place: a locality with its Kreis key and coordinates."""

    name: str
    postal_code: str
    region: str
    kreis: str
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class Situation:
    """What Lotse knows about a young person, as far as the routing needs it."""

    needs: tuple[str, ...] = ()
    age: int | None = None
    region: str | None = None
    school_status: str | None = None
    school_qualification: str | None = None
    occupation: str | None = None
    languages: tuple[str, ...] = ()
    support_needs: tuple[str, ...] = ()
    # the kinds of service the person asked for by name ("jobcenter", "suchtberatung"): for a
    # need they can serve, offers of these categories come first
    asked_for: tuple[str, ...] = ()
    # a parent writes for their child: offers only for parents may be shown (never to the
    # young person themselves – "Elterntelefon" for a 16-year-old's school trouble)
    parent_writes: bool = False


@dataclass(frozen=True, slots=True)
class Match:
    """An offer recommended for one need, with a score in [0, 1] and its reasons."""

    offer: Offer
    need: str
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RoutingResult:
    """The ranked matches for a situation; `nationwide_only` when no region was known."""

    matches: tuple[Match, ...]
    nationwide_only: bool
