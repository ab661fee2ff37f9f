"""The aggregates of a region and period as one JSON-ready value, small counts suppressed."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from bot.stats.export import need_rows, shown
from bot.storage.demand import Count


def totals(counts: Sequence[Count]) -> dict[str, dict[str, int]]:
    """dimension -> value -> the sum over the days (unsuppressed: for internal use)."""
    found: dict[str, dict[str, int]] = {}
    for c in counts:
        values = found.setdefault(c.dimension, {})
        values[c.value] = values.get(c.value, 0) + c.count
    return found


def summary(counts: Sequence[Count], *, region: str, start: date, end: date) -> dict[str, Any]:
    """Totals per dimension and value and the day × need rows; below five: "<5"."""
    return {
        "region": region, "from": start.isoformat(), "to": end.isoformat(),
        "suppressed_below": 5,
        "totals": {dimension: {value: shown(n) for value, n in sorted(values.items())}
                   for dimension, values in sorted(totals(counts).items())},
        "days": [{"day": r.day.isoformat(), "need": r.need, "count": shown(r.count)}
                 for r in need_rows(counts)],
    }
