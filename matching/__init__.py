"""Pure routing: situation in, ranked offers with reasons out. No I/O here."""

from matching.model import Contact, Match, Offer, OpenSlot, Place, RoutingResult, Situation
from matching.route import route_situation

__all__ = [
    "Contact",
    "Match",
    "Offer",
    "OpenSlot",
    "Place",
    "RoutingResult",
    "Situation",
    "route_situation",
]
