"""The gap report ("Bedarfslücken"): needs × Kreis where Lotse had no local offer of the
need's primary category (matching/needs.py PRIMARY_CATEGORIES), or where most requests came
while every fitting offer was closed. Each line with its count and share; below five the
count is suppressed and no share is given (it would tell the count), nor when the rest of
the need's answers is below five."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.styles import Font

from bot.stats.aggregates import totals
from bot.stats.export import SUPPRESS_BELOW, shown
from bot.storage.demand import Count
from matching.needs import NEED_LABELS

NO_LOCAL = "Kein Angebot vor Ort"
MOSTLY_CLOSED = "Meist geschlossen"
HEADER = ("Kreis", "Anliegen", "Lücke", "Anzahl", "Anteil")


@dataclass(frozen=True, slots=True)
class Gap:
    region: str
    region_name: str
    need: str
    kind: str
    count: int
    of: int  # the need's answers in the Kreis (the share's base)

    @property
    def label(self) -> str:
        return NEED_LABELS.get(self.need, self.need)

    @property
    def shown(self) -> int | str:
        return shown(self.count)

    @property
    def share(self) -> str:
        """The share of the need's answers; none when it would tell a count below five (the
        count's own, or the rest's: 5 of 7 gives the 2 others away)."""
        rest = self.of - self.count
        if self.count < SUPPRESS_BELOW or not self.of or 0 < rest < SUPPRESS_BELOW:
            return "–"
        return f"{round(100 * self.count / self.of)} %"

    def cells(self) -> tuple[str, str, str, int | str, str]:
        return (self.region_name, self.label, self.kind, self.shown, self.share)


def gaps(counts: Sequence[Count], names: Mapping[str, str] | None = None) -> list[Gap]:
    """The gaps of every Kreis in `counts`, the largest first."""
    by_region: dict[str, list[Count]] = {}
    for c in counts:
        by_region.setdefault(c.region, []).append(c)
    found: list[Gap] = []
    for region, rows in sorted(by_region.items()):
        if not (len(region) == 5 and region.isdigit()):
            continue  # "none": no Kreis to name
        t = totals(rows)
        name = (names or {}).get(region, region)
        answers: dict[str, dict[str, int]] = {}
        for key, n in t.get("answer", {}).items():
            need, _, where = key.partition(":")
            answers.setdefault(need, {})[where] = n
        for need, v in answers.items():
            all_answers = v.get("local", 0) + v.get("nationwide", 0)
            if v.get("nationwide", 0) and not v.get("local", 0):
                found.append(Gap(region, name, need, NO_LOCAL, v["nationwide"], all_answers))
        hours: dict[str, dict[str, int]] = {}
        for key, n in t.get("open", {}).items():
            need, _, state = key.partition(":")
            hours.setdefault(need, {})[state] = n
        for need, v in hours.items():
            every = sum(v.values())
            if v.get("closed", 0) * 2 > every:
                found.append(Gap(region, name, need, MOSTLY_CLOSED, v["closed"], every))
    return sorted(found, key=lambda g: (g.region, -g.count, g.need, g.kind))


def to_xlsx(rows: Sequence[Gap], *, period: str) -> bytes:
    """One worksheet "Bedarfslücken" with the period in its first line."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Bedarfslücken"
    sheet.append([f"Bedarfslücken {period} – Zahlen unter fünf als <5"])
    sheet.append(HEADER)
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for gap in rows:
        sheet.append(gap.cells())
    for letter, width in zip("ABCDE", (26, 30, 24, 10, 10), strict=True):
        sheet.column_dimensions[letter].width = width
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
