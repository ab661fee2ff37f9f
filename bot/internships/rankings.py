"""Companies' rankings of their applicants, read from a table, for a deferred-acceptance round.

One row per (place, applicant): "Platz-ID" and "Code", and optionally "Rang" (1 = first
choice); without it the rows' order is the ranking. An applicant missing from a place's list
is not acceptable for that place. Errors name the row and column, and nothing is used then.
"""

from __future__ import annotations

from pathlib import Path

from bot.internships.tables_io import TableError, read_grids
from bot.internships.values import Cell, text
from matching.text import fold

PLACE = ("platz id", "platz", "place id", "place")  # as `fold` writes them
APPLICANT = ("code", "bewerbung", "applicant id", "applicant")
RANK = ("rang", "rank", "reihenfolge")
HEADER_SEARCH_ROWS = 10


def read_rankings(path: Path) -> dict[str, list[str]]:
    """Place id → applicant codes, best first. Raises TableError with every problem found."""
    name, grid = read_grids(path)[0]
    for index, row in enumerate(grid[:HEADER_SEARCH_ROWS]):
        headers = [fold(text(v)) for v in row]
        where = {key: next((i for i, h in enumerate(headers) if h in names), None)
                 for key, names in (("place", PLACE), ("code", APPLICANT), ("rank", RANK))}
        if where["place"] is not None and where["code"] is not None:
            return _ranked(name, index, grid[index + 1:], where)
    raise TableError(f"In „{name}“ fehlt eine Kopfzeile mit „Platz-ID“ und „Code“ "
                     "(und wahlweise „Rang“).")


def _ranked(name: str, header: int, rows: list[tuple[Cell, ...]],
            where: dict[str, int | None]) -> dict[str, list[str]]:
    entries: dict[str, list[tuple[float, int, str]]] = {}
    seen: set[tuple[str, str]] = set()
    problems: list[str] = []
    for offset, row in enumerate(rows, start=header + 2):
        cells = [text(v) for v in row]
        place, code = (_cell(cells, where["place"]), _cell(cells, where["code"]))
        rank_text = _cell(cells, where["rank"])
        if not any(cells):
            continue
        if not place or not code:
            problems.append(f"Zeile {offset}: „Platz-ID“ und „Code“ müssen beide gefüllt sein.")
            continue
        if (place, code) in seen:
            problems.append(f"Zeile {offset}: {code} steht bei {place} doppelt.")
            continue
        seen.add((place, code))
        try:
            rank = float(rank_text.replace(",", ".")) if rank_text else float(offset)
        except ValueError:
            problems.append(f"Zeile {offset}, Spalte „Rang“: „{rank_text}“ ist keine Zahl.")
            continue
        entries.setdefault(place, []).append((rank, offset, code))
    if problems:
        raise TableError(f"Rangliste „{name}“: " + " ".join(problems))
    return {place: [code for _, _, code in sorted(items)] for place, items in entries.items()}


def _cell(cells: list[str], index: int | None) -> str:
    return cells[index].strip() if index is not None and index < len(cells) else ""
