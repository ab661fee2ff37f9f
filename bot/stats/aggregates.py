"""The aggregates of a region and period as one JSON-ready value, small counts suppressed."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from bot.stats.export import SUPPRESS_BELOW, SUPPRESSED, hidden_with, need_rows, shown
from bot.storage.demand import Count


def totals(counts: Sequence[Count]) -> dict[str, dict[str, int]]:
    """dimension -> value -> the sum over the days (unsuppressed: for internal use)."""
    found: dict[str, dict[str, int]] = {}
    for c in counts:
        values = found.setdefault(c.dimension, {})
        values[c.value] = values.get(c.value, 0) + c.count
    return found


def summary(counts: Sequence[Count], *, region: str, start: date, end: date) -> dict[str, Any]:
    """Totals per dimension and value and the day × need rows; below five: "<5". Where the
    answer holds a total and its parts (a need's days; the handoffs per organisation), a
    part that the total and the other parts would give away is hidden too."""
    found = totals(counts)
    rows = need_rows(counts)
    hidden: set[tuple[str, str]] = set()  # (dimension, value) hidden beyond the small ones
    for status, n in found.get("handoff", {}).items():
        parts = {v: m for v, m in found.get("handoff_org", {}).items()
                 if v.rpartition(":")[2] == status}
        if n >= SUPPRESS_BELOW and sum(parts.values()) == n:
            hidden |= {("handoff_org", v) for v in hidden_with(parts)}

    def cell(dimension: str, value: str, n: int) -> int | str:
        return SUPPRESSED if (dimension, value) in hidden else shown(n)

    return {
        "region": region, "from": start.isoformat(), "to": end.isoformat(),
        "suppressed_below": SUPPRESS_BELOW,
        "totals": {dimension: {value: cell(dimension, value, n)
                               for value, n in sorted(values.items())}
                   for dimension, values in sorted(found.items())},
        "days": [{"day": r.day.isoformat(), "need": r.need, "count": r.shown}
                 for r in rows],  # a day the need's total would give away: hidden too
    }
