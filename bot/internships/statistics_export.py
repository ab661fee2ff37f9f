"""The statistics as an XLSX workbook: one sheet per table, the same suppressed cells as the
page ("< 5" as text), shares as numbers formatted as per cent."""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Font

from bot.internships import statistics_texts as words
from bot.internships.statistics import Cell, Table

FORMATS = {"share": "0.0 %", "ratio": "0.00", "days": "0.0", "count": "0"}


def cell_value(cell: Cell) -> float | str:
    """What a spreadsheet cell holds: the number, or the text of a suppressed or empty cell."""
    return cell.text if cell.value is None else cell.value


def statistics_xlsx(tables: Sequence[Table], *, scope: str) -> bytes:
    """One sheet per table: a title line with the scope (Kreis, period), headers, rows."""
    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for table in tables:
        sheet = book.create_sheet(words.SHEET_NAMES[table.key])
        sheet.append([f"{table.caption} – {scope}"])
        sheet.append(list(table.columns))
        for name, cells in table.rows:
            sheet.append([name, *(cell_value(c) for c in cells)])
            for column, c in enumerate(cells, start=2):
                if c.value is not None:
                    sheet.cell(row=sheet.max_row, column=column).number_format = FORMATS[c.kind]
        for item in (*sheet[1], *sheet[2]):
            item.font = Font(bold=True)
        sheet.column_dimensions["A"].width = max(len(n) for n, _ in table.rows) + 4
        for letter in "BCDE"[:len(table.columns) - 1]:
            sheet.column_dimensions[letter].width = 18
    out = BytesIO()
    book.save(out)
    return out.getvalue()
