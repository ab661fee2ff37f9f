"""What the network coordinators' dashboard shows for a Kreis and period, compared with the
period before; every count below five suppressed. Pure: stored counters in, tables out."""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bot.stats.aggregates import totals
from bot.stats.events import HOUR_BANDS
from bot.stats.export import SUPPRESS_BELOW, SUPPRESSED, hidden_with, shown
from bot.storage.demand import Count
from matching.needs import NEED_LABELS

WEEKDAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")


@dataclass(frozen=True, slots=True)
class Line:
    """One row of a table: a label, the count and the count of the period before; `hidden`:
    suppressed although five or more (the table's total would give a small one away)."""

    label: str
    count: int
    before: int
    hidden: bool = False
    hidden_before: bool = False

    @property
    def shown(self) -> int | str:
        return SUPPRESSED if self.hidden else shown(self.count)

    @property
    def shown_before(self) -> int | str:
        return SUPPRESSED if self.hidden_before else shown(self.before)

    @property
    def visible(self) -> bool:
        return self.count >= SUPPRESS_BELOW and not self.hidden


def previous_period(start: date, end: date) -> tuple[date, date]:
    """The period of the same length right before."""
    days = (end - start).days + 1
    return start - timedelta(days=days), start - timedelta(days=1)


def lines(now: Mapping[str, int], before: Mapping[str, int],
          labels: Mapping[str, str] | None = None, *, top: int | None = None,
          parts: bool = False) -> list[Line]:
    """Rows for the values of a dimension, most frequent first. `parts`: the values split a
    total one can know (every conversation has one language and mostly one age band, and
    the conversations are shown), so a row that would give a small one away is hidden too."""
    keys = sorted(set(now) | set(before), key=lambda k: (-now.get(k, 0), k))
    hidden = hidden_with(dict(now)) if parts else set()
    hidden_before = hidden_with(dict(before)) if parts else set()
    rows = [Line((labels or {}).get(k, k), now.get(k, 0), before.get(k, 0),
                 hidden=k in hidden and now.get(k, 0) >= SUPPRESS_BELOW,
                 hidden_before=k in hidden_before and before.get(k, 0) >= SUPPRESS_BELOW)
            for k in keys]
    return rows[:top] if top else rows


def heat_map(hours: Mapping[str, int]) -> list[list[int]]:
    """7 × 24 counts of messages by weekday and hour ("2-15" → row 1, column 15)."""
    grid = [[0] * 24 for _ in range(7)]
    for key, n in hours.items():
        day, _, hour = key.partition("-")
        if day.isdigit() and hour.isdigit() and 1 <= int(day) <= 7 and 0 <= int(hour) <= 23:
            grid[int(day) - 1][int(hour)] += n
    return grid


def median_band(bands: Mapping[str, int]) -> str | None:
    """The response-time band the median handoff fell in ("bis 4 Std."), or None."""
    order = [str(h) for h in HOUR_BANDS] + ["mehr"]
    values = [order.index(b) for b, n in bands.items() if b in order for _ in range(n)]
    if not values:
        return None
    band = order[int(statistics.median_low(values))]
    return "mehr als 168 Std." if band == "mehr" else f"bis {band} Std."


def split(values: Mapping[str, int]) -> dict[str, dict[str, int]]:
    """"money_problems:local" → {"money_problems": {"local": n}} (the key's last part)."""
    found: dict[str, dict[str, int]] = {}
    for key, n in values.items():
        head, _, tail = key.rpartition(":")
        found.setdefault(head, {})[tail] = n
    return found


def paired(now: Mapping[str, dict[str, int]], before: Mapping[str, dict[str, int]]
           ) -> list[tuple[str, dict[str, int], dict[str, int]]]:
    """Each key of either period with its values now and before, the most frequent first."""
    keys = sorted(set(now) | set(before), key=lambda k: (-sum(now.get(k, {}).values()), k))
    return [(k, now.get(k, {}), before.get(k, {})) for k in keys]


def parts(values: Mapping[str, int], *keys: str) -> tuple[int | str, ...]:
    """The shown cells of values that split one total – a need's recommendations are split
    both by local/nationwide and by open/closed/unknown, so either table could tell the
    total: a part that would give a small one away is hidden too."""
    hidden = hidden_with({k: values[k] for k in keys if values.get(k)})
    return tuple(SUPPRESSED if k in hidden else shown(values.get(k, 0)) for k in keys)


@dataclass(frozen=True, slots=True)
class Dashboard:
    region: str
    start: date
    end: date
    conversations: Line
    needs: list[Line]
    ages: list[Line]
    languages: list[Line]
    heat: list[list[int]]
    heat_closed: list[list[int]]
    # need label, (local, nationwide, and both in the period before)
    answers: list[tuple[str, tuple[int | str, ...]]]
    # need label, (recommendations with a fitting offer open, all closed, hours unknown)
    opening: list[tuple[str, tuple[int | str, ...]]]
    # organisation, requested, contacted, closed, median time to contact, requested before
    handoffs: list[tuple[str, int | str, int | str, int | str, str, int | str]]
    crisis: list[Line]
    internships: list[Line]


def build(now: Sequence[Count], before: Sequence[Count], *, region: str, start: date,
          end: date, org_names: Mapping[str, str] | None = None) -> Dashboard:
    """The dashboard of a Kreis for a period from its counters and the period before's."""
    a, b = totals(now), totals(before)

    def dim(t: dict[str, dict[str, int]], name: str) -> dict[str, int]:
        return t.get(name, {})

    answers, answers_before = split(dim(a, "answer")), split(dim(b, "answer"))
    handoffs, handoffs_before = split(dim(a, "handoff_org")), split(dim(b, "handoff_org"))
    opening = split(dim(a, "open"))
    bands = split(dim(a, "handoff_hours"))
    names = org_names or {}
    crisis_labels = {"answer": "Krisenhilfe gezeigt", "check": "Nachfrage „Bist du in Gefahr?“"}
    internship_labels = {"shown": "Praktikumsplätze gezeigt",
                         "requested": "Praktikum angefragt (Übergabe aus dem Chat)",
                         "placed": "Praktikum fand statt"}
    return Dashboard(
        region=region, start=start, end=end,
        conversations=Line("Gespräche mit erkanntem Kreis", dim(a, "region").get("resolved", 0),
                           dim(b, "region").get("resolved", 0)),
        needs=lines(dim(a, "need"), dim(b, "need"), NEED_LABELS, top=10),
        ages=lines(dim(a, "age_band"), dim(b, "age_band"), parts=True),
        languages=lines(dim(a, "language"), dim(b, "language"), parts=True),
        heat=heat_map(dim(a, "hour_of_week")),
        heat_closed=heat_map(dim(a, "hour_closed")),
        answers=[(NEED_LABELS.get(need, need), (*parts(v, "local", "nationwide"),
                                                *parts(w, "local", "nationwide")))
                 for need, v, w in paired(answers, answers_before)],
        opening=[(NEED_LABELS.get(need, need), parts(v, "open", "closed", "unknown"))
                 for need, v, _ in paired(opening, {})],
        handoffs=[(names.get(org, org), shown(v.get("requested", 0)), shown(v.get("contacted", 0)),
                   shown(v.get("closed", 0)),
                   (median_band(bands.get(org, {})) or "–")
                   if v.get("contacted", 0) >= SUPPRESS_BELOW else "–",
                   shown(w.get("requested", 0)))
                  for org, v, w in paired(handoffs, handoffs_before)],
        crisis=lines(dim(a, "crisis"), dim(b, "crisis"), crisis_labels),
        internships=lines(dim(a, "internship"), dim(b, "internship"), internship_labels),
    )

