"""Reading and writing the import tables: .xlsx (openpyxl) and .csv (UTF-8 or cp1252, ; or ,).

`read_tables(path)` gives one `Sheet` per table in the file (an XLSX may hold companies,
places and applicants on three sheets), `read_table(path)` the only one. A sheet knows its
kind from its headers (see `columns`). Writing is formula-safe: text starting with
= + - @ (or a tab) gets a leading apostrophe, which reading takes off again.

Errors that make a whole file unreadable raise `TableError` (plain German); errors in
rows are the parser's business.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.utils.exceptions import InvalidFileException

from bot.internships.columns import KIND_LABELS, KINDS, TEMPLATES, columns_by_name, detect_kind
from bot.internships.records import to_row
from bot.internships.values import Cell, text
from matching.places import PlaceIndex
from matching.text import fold

EXTENSIONS = (".xlsx", ".csv")
HEADER_SEARCH_ROWS = 10  # a title or note may stand above the header row
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_DELIMITERS = (";", ",", "\t")
DATE_FORMAT = "YYYY-MM-DD"


class TableError(ValueError):
    """A file that cannot be read as an import table at all; the message is plain German."""


@dataclass(frozen=True, slots=True)
class Row:
    number: int  # the row's number in the file (1 = first line), as a spreadsheet shows it
    cells: Mapping[str, Cell]  # column key → value


@dataclass(frozen=True, slots=True)
class Sheet:
    kind: str  # one of columns.KINDS
    name: str  # the sheet's name, or the file's for CSV
    header_row: int
    columns: Mapping[str, str]  # column key → the header as written in the file
    rows: tuple[Row, ...]
    ignored: tuple[str, ...] = ()  # headers no template knows (or a second one for a column)


def read_table(path: Path | str) -> Sheet:
    """The one table of a CSV or XLSX file."""
    sheets = read_tables(path)
    if len(sheets) > 1:
        names = ", ".join(s.name for s in sheets)
        raise TableError(f"Die Datei hat mehrere Tabellen ({names}); lies sie mit read_tables.")
    return sheets[0]


def read_tables(path: Path | str) -> tuple[Sheet, ...]:
    """Every table of a CSV or XLSX file (sheets without any content are skipped)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in EXTENSIONS:
        hint = " Speichere sie in Excel als .xlsx." if suffix in (".xls", ".ods", ".numbers") else ""
        raise TableError(f"Dateien mit der Endung „{path.suffix or '(keine)'}“ kann ich nicht "
                         f"lesen – nur .xlsx und .csv.{hint}")
    if not path.is_file():
        raise TableError(f"Die Datei {path.name} gibt es nicht.")
    if path.stat().st_size == 0:
        raise TableError(f"Die Datei {path.name} ist leer.")
    return tuple(_sheet(name, grid) for name, grid in read_grids(path))


def read_grids(path: Path) -> list[tuple[str, list[tuple[Cell, ...]]]]:
    """The raw cells of every sheet with content: (sheet name, rows). Raises TableError."""
    if path.suffix.lower() not in EXTENSIONS or not path.is_file() or not path.stat().st_size:
        raise TableError(f"{path.name}: nur eine nicht leere .xlsx- oder .csv-Datei geht.")
    grids = _xlsx_grids(path) if path.suffix.lower() == ".xlsx" else [(path.stem, _csv_grid(path))]
    kept = [(name, grid) for name, grid in grids if _has_content(grid)]
    if not kept:
        raise TableError(f"Die Datei {path.name} ist leer.")
    return kept


def _xlsx_grids(path: Path) -> list[tuple[str, list[tuple[Cell, ...]]]]:
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise TableError(f"{path.name} ist keine lesbare Excel-Datei (.xlsx).") from None
    try:
        return [(ws.title, [tuple(_unguard(v) for v in r) for r in ws.iter_rows(values_only=True)])
                for ws in book.worksheets]
    finally:
        book.close()


def _csv_grid(path: Path) -> list[tuple[Cell, ...]]:
    raw = path.read_bytes()
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        content = raw.decode("cp1252", errors="replace")
    if "\x00" in content:
        raise TableError(f"{path.name} ist keine Textdatei (CSV).")
    first = next((line for line in content.splitlines() if line.strip()), "")
    delimiter = max(CSV_DELIMITERS, key=first.count)
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)
    return [tuple(_unguard(v.strip() or None) for v in row) for row in reader]


def _unguard(value: Any) -> Cell:
    if isinstance(value, str) and len(value) > 1 and value[0] == "'" and value[1] in "=+-@\t\r":
        return value[1:]
    return value  # type: ignore[no-any-return]


def _has_content(grid: Sequence[tuple[Cell, ...]]) -> bool:
    return any(text(v) for row in grid for v in row)


def _sheet(name: str, grid: list[tuple[Cell, ...]]) -> Sheet:
    for index, row in enumerate(grid[:HEADER_SEARCH_ROWS]):
        headers = [text(v) for v in row]
        kind = detect_kind(headers, sheet_name=name)
        if kind is not None:
            return _rows(name, kind, index, headers, grid[index + 1:])
    examples = " / ".join(f"{KIND_LABELS[k]}: " + ", ".join(f"„{c.header}“" for c in TEMPLATES[k][:3])
                          for k in KINDS[:3])
    raise TableError(f"In „{name}“ finde ich keine Kopfzeile mit bekannten Spalten ({examples}).")


def _rows(name: str, kind: str, index: int, headers: list[str],
          body: list[tuple[Cell, ...]]) -> Sheet:
    by_name = columns_by_name(kind)
    positions: dict[str, int] = {}
    columns: dict[str, str] = {}
    ignored: list[str] = []
    for position, header in enumerate(headers):
        column = by_name.get(fold(header))
        if column is None or column.key in positions:
            if header:
                ignored.append(header)
            continue
        positions[column.key] = position
        columns[column.key] = header
    rows = []
    for offset, values in enumerate(body):
        cells = {key: values[pos] if pos < len(values) else None for key, pos in positions.items()}
        if any(text(v) for v in cells.values()):
            rows.append(Row(index + offset + 2, cells))
    return Sheet(kind, name, index + 1, columns, tuple(rows), tuple(ignored))


def guard(value: Cell) -> Cell:
    """A cell value safe from being run as a formula: risky text gets a leading apostrophe."""
    if isinstance(value, str) and (value.startswith(FORMULA_STARTS) or (
            value.startswith("'") and value[1:2] in FORMULA_STARTS and value[1:2] != "")):
        return "'" + value
    return value


def write_xlsx(path: Path | str, *, companies: Iterable[Any] = (), places: Iterable[Any] = (),
               applicants: Iterable[Any] = (), assignments: Iterable[Any] = (),
               place_index: PlaceIndex | None = None, kinds: Sequence[str] = ()) -> Path:
    """One XLSX with a sheet per kind given or named in `kinds` (even when empty); all three
    empty templates when there is none."""
    path = Path(path)
    tables = {kind: tuple(items) for kind, items in ((KINDS[0], companies), (KINDS[1], places),
                                                       (KINDS[2], applicants), (KINDS[3], assignments))}
    chosen = [k for k in KINDS if tables[k] or k in kinds] or list(KINDS[:3])
    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for kind in chosen:
        sheet = book.create_sheet(KIND_LABELS[kind])
        sheet.append([c.header for c in TEMPLATES[kind]])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        for item in tables[kind]:
            sheet.append([guard(v) for v in _values(kind, item, place_index)])
        for column_cells in sheet.iter_cols(min_row=2):
            for cell in column_cells:
                if isinstance(cell.value, date):
                    cell.number_format = DATE_FORMAT
        for letter, column in zip(_letters(len(TEMPLATES[kind])), TEMPLATES[kind], strict=True):
            sheet.column_dimensions[letter].width = max(10, len(column.header) + 2)
    book.save(path)
    return path


def write_csv(path: Path | str, rows: Iterable[Any], kind: str, *,
              place_index: PlaceIndex | None = None) -> Path:
    """One kind of rows as CSV: UTF-8 with BOM (Excel opens it right), ";", dates ISO."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; one of {KINDS}")
    path = Path(path)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow([c.header for c in TEMPLATES[kind]])
        for item in rows:
            writer.writerow([_csv_text(guard(v)) for v in _values(kind, item, place_index)])
    return path


def _values(kind: str, item: Any, place_index: PlaceIndex | None) -> list[Cell]:
    row = to_row(kind, item, place_index=place_index)
    return [row.get(c.key) for c in TEMPLATES[kind]]


def _csv_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    return value.isoformat() if isinstance(value, date) else str(value)


def _letters(count: int) -> Iterator[str]:
    from openpyxl.utils import get_column_letter

    return (get_column_letter(i + 1) for i in range(count))
