"""Companies' rankings from a table: order by "Rang" or by row, errors with row and column."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from bot.internships import TableError
from bot.internships.rankings import read_rankings


def write(tmp_path: Path, text: str, name: str = "rang.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_rank_column_orders_each_place(tmp_path: Path) -> None:
    path = write(tmp_path, "Platz-ID;Code;Rang\nP-1;BW-2;2\nP-1;BW-1;1\nP-2;BW-3;1\n")
    assert read_rankings(path) == {"P-1": ["BW-1", "BW-2"], "P-2": ["BW-3"]}


def test_without_a_rank_the_rows_order_counts_and_a_title_may_stand_above(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Ranglisten der Betriebe, Runde Harz 2027"])
    sheet.append(["Code", "Platz"])
    for code in ("BW-9", "BW-1", "BW-5"):
        sheet.append([code, "P-7"])
    book.save(tmp_path / "rang.xlsx")
    assert read_rankings(tmp_path / "rang.xlsx") == {"P-7": ["BW-9", "BW-1", "BW-5"]}


@pytest.mark.parametrize(("content", "message"), [
    ("Name;Wert\nA;B\n", "Kopfzeile"),
    ("Platz-ID;Code;Rang\nP-1;BW-1;erster\n", "Zeile 2, Spalte „Rang“"),
    ("Platz-ID;Code\nP-1;\n", "Zeile 2"),
    ("Platz-ID;Code\nP-1;BW-1\nP-1;BW-1\n", "Zeile 3: BW-1 steht bei P-1 doppelt"),
])
def test_problems_name_the_row(tmp_path: Path, content: str, message: str) -> None:
    with pytest.raises(TableError, match=message):
        read_rankings(write(tmp_path, content))


def test_not_a_table(tmp_path: Path) -> None:
    with pytest.raises(TableError):
        read_rankings(write(tmp_path, "x", name="rang.txt"))
