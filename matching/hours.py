"""Whether a line is staffed at a given local time."""

from __future__ import annotations

from datetime import datetime

from matching.model import Offer


def is_open(offer: Offer, at: datetime) -> bool:
    """True when `offer` is reachable at local time `at` (unknown hours count as closed)."""
    if offer.always_open:
        return True
    minute = at.hour * 60 + at.minute
    for slot in offer.open_slots:
        if at.weekday() in slot.days and slot.start_minute <= minute < slot.end_minute:
            return True
    return False
