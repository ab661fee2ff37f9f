"""The day × need table of a region as CSV or XLSX, counts below five suppressed."""

from __future__ import annotations

import csv
import io
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from openpyxl import Workbook
from openpyxl.styles import Font

from bot.storage.demand import Count
from matching.needs import NEED_LABELS

K = TypeVar("K", bound=Hashable)
SUPPRESS_BELOW = 5  # a count below this never leaves the database
SUPPRESSED = "<5"
HEADER = ("Tag", "Kreis", "Anliegen", "Bezeichnung", "Anzahl")


def shown(count: int) -> int | str:
    """A count as it may be shown: below five it is suppressed."""
    return count if count >= SUPPRESS_BELOW else SUPPRESSED


def hidden_with(parts: Mapping[K, int]) -> set[K]:
    """The parts of a shown total that must be hidden: those below five and, when exactly one
    is, the smallest of the others as well – else total minus the shown parts would give
    the small one away (secondary suppression)."""
    small = {k for k, n in parts.items() if n < SUPPRESS_BELOW}
    if len(small) == 1 and sum(parts.values()) >= SUPPRESS_BELOW:
        others = sorted((n, str(k), k) for k, n in parts.items() if k not in small)
        if others:
            small.add(others[0][2])
    return small


@dataclass(frozen=True, slots=True)
class NeedRow:
    day: date
    region: str
    need: str
    count: int
    hidden: bool = False  # suppressed although five or more (see `hidden_with`)

    @property
    def shown(self) -> int | str:
        return SUPPRESSED if self.hidden else shown(self.count)

    def cells(self) -> tuple[str, str, str, str, int | str]:
        return (self.day.isoformat(), self.region, self.need,
                NEED_LABELS.get(self.need, self.need), self.shown)


def need_rows(counts: Sequence[Count]) -> list[NeedRow]:
    """One row per day, region and need, from the stored `need` counters; a day that the
    need's total over the period (shown on the dashboard and in the API) and the other days
    would give away is hidden as well."""
    totals: dict[tuple[date, str, str], int] = {}
    for c in counts:
        if c.dimension == "need":
            key = (c.day, c.region, c.value)
            totals[key] = totals.get(key, 0) + c.count
    hidden: set[tuple[date, str, str]] = set()
    for region, need in {(r, n) for _, r, n in totals}:
        hidden |= hidden_with({k: n for k, n in totals.items() if k[1:] == (region, need)})
    return [NeedRow(day, region, need, n, hidden=(day, region, need) in hidden and n >= SUPPRESS_BELOW)
            for (day, region, need), n in sorted(totals.items())]


def to_csv(rows: Sequence[NeedRow]) -> str:
    """CSV with a header line, separated by commas, UTF-8."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(row.cells() for row in rows)
    return out.getvalue()


def to_xlsx(rows: Sequence[NeedRow], *, title: str = "Anliegen je Tag") -> bytes:
    """One worksheet with the same columns as the CSV."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title[:31]
    sheet.append(HEADER)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row.cells())
    for letter, width in zip("ABCDE", (12, 8, 24, 36, 10), strict=True):
        sheet.column_dimensions[letter].width = width
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
