"""The dashboard's tables as plain values: what /netzwerk shows and what its CSV and XLSX
downloads contain – one source, so a download never holds a number the page does not show.

Every cell is already suppressed (`bot.stats.export.shown`: below five "<5"); the heat map's
empty cells stay empty (no message in that hour) exactly as on the page."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.styles import Font

from bot.internships import statistics_texts as words
from bot.internships.statistics import Cell as InternshipCell
from bot.internships.statistics import Figures
from bot.internships.statistics import tables as internship_tables
from bot.stats.dashboard import WEEKDAYS, Dashboard, Line
from bot.stats.export import SUPPRESSED, shown

Cell = int | str
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class Table:
    """A table of the dashboard: its file name, caption, column headers (the first names
    the rows) and rows of (row header, cells)."""

    key: str
    caption: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, tuple[Cell, ...]], ...]
    sheet: str  # the worksheet's name in the workbook of all tables (≤ 31 characters)


def _lines(key: str, caption: str, first: str, rows: Sequence[Line], sheet: str) -> Table:
    return Table(key, caption, (first, "Anzahl", "Zeitraum davor"),
                 tuple((r.label, (r.shown, r.shown_before)) for r in rows), sheet)


def _heat(key: str, caption: str, grid: Sequence[Sequence[int]], sheet: str) -> Table:
    return Table(key, caption, ("Tag", *(str(h) for h in range(24))),
                 tuple((WEEKDAYS[d], tuple(shown(n) if n else "" for n in row))
                       for d, row in enumerate(grid)), sheet)


def dashboard_tables(view: Dashboard, *, workspace: Table | None = None) -> tuple[Table, ...]:
    """Every table of the dashboard in the order of the page; `workspace`: the figures of
    the Praktikalotsen workspace, when the Kreis has one."""
    tables = [
        _lines("gespraeche", "Gespräche, deren Kreis erkannt wurde", "Merkmal",
               [view.conversations], "Gespräche"),
        _lines("anliegen", "Anliegen (höchstens zehn)", "Anliegen", view.needs, "Anliegen"),
        _lines("altersgruppen", "Altersgruppen", "Altersgruppe", view.ages, "Altersgruppen"),
        _lines("sprachen", "Sprachen des Chats", "Sprache", view.languages, "Sprachen"),
        _heat("wochenstunden", "Nachrichten nach Wochentag und Stunde", view.heat,
              "Wochenstunden"),
        _heat("geschlossen", "Empfehlungen nach Wochentag und Stunde, bei denen jedes passende "
              "Angebot geschlossen war", view.heat_closed, "Angebote geschlossen"),
        Table("offen", "Empfehlungen je Anliegen: war zu dieser Stunde ein passendes Angebot "
              "geöffnet?", ("Anliegen", "mindestens eins geöffnet", "alle geschlossen",
                           "Öffnungszeiten unbekannt"),
              tuple(view.opening), "Geöffnet"),
        Table("vor-ort", "Empfehlungen je Anliegen: mit einem Angebot der passenden "
              "Hauptkategorie im Kreis oder nur bundesweit",
              ("Anliegen", "vor Ort", "nur bundesweit", "vor Ort, Zeitraum davor",
               "nur bundesweit, Zeitraum davor"),
              tuple(view.answers), "Vor Ort oder bundesweit"),
        Table("uebergaben", "Übergaben je Organisation und Zeit bis zur Kontaktaufnahme "
              "(Median, in Stufen)",
              ("Organisation", "angefragt", "Kontakt aufgenommen", "abgeschlossen",
               "Median bis Kontakt", "angefragt, Zeitraum davor"),
              tuple((org, tuple(cells)) for org, *cells in view.handoffs), "Übergaben"),
        _lines("krisenhilfe", "Krisenhilfe", "Art", view.crisis, "Krisenhilfe"),
        _lines("praktika", "Praktika im Chat", "Art", view.internships, "Praktika im Chat"),
    ]
    if workspace is not None:
        tables.append(workspace)
    return tuple(tables)


def safe(value: Cell) -> Cell:
    """A cell a spreadsheet will not run as a formula (names come from the database)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _rows(table: Table) -> list[list[Cell]]:
    return [[safe(c) for c in table.columns],
            *([safe(label), *(safe(c) for c in cells)] for label, cells in table.rows)]


def to_csv(table: Table, *, title: str) -> str:
    """CSV as German spreadsheets open it (semicolons, UTF-8 with BOM), like the inbox's
    export: a line naming the table, Kreis and period, then the header and the rows."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([safe(f"{table.caption} – {title}")])
    writer.writerows(_rows(table))
    return "\ufeff" + out.getvalue()


def to_xlsx(tables: Sequence[Table], *, title: str) -> bytes:
    """One worksheet per table: a line naming it, Kreis and period, then header and rows."""
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    for table in tables:
        sheet = book.create_sheet(table.sheet[:31])
        sheet.append([safe(f"{table.caption} – {title}")])
        sheet["A1"].font = Font(bold=True)
        for row in _rows(table):
            sheet.append(row)
        for cell in sheet[2]:
            cell.font = Font(bold=True)
        sheet.column_dimensions["A"].width = 34
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# the Praktikalotsen workspace's key figures that belong to a period and a Kreis
WORKSPACE_ROWS = ("requests", "placements", "placed_share", "days_to_agreement", "no_shows",
                  "companies_active", "companies_new")


def workspace_table(now: Figures, before: Figures) -> Table:
    """The key figures of the Praktikalotsen workspace (bot/internships/statistics.py, with
    its own suppression rule for shares and medians), this period and the one before."""
    def cells(f: Figures) -> dict[str, Cell]:
        overview = next(t for t in internship_tables(f) if t.key == "overview")
        found = {label: row[0] for label, row in overview.rows}
        return {k: _cell(found[words.OVERVIEW_ROWS[k]]) for k in WORKSPACE_ROWS}

    a, b = cells(now), cells(before)
    return Table("praktikalotsen", "Praktika aus dem Praktikalotsen-Bereich",
                 ("Kennzahl", "Wert", "Zeitraum davor"),
                 tuple((words.OVERVIEW_ROWS[k], (a[k], b[k])) for k in WORKSPACE_ROWS),
                 "Praktikalotsen")


def _cell(cell: InternshipCell) -> Cell:
    if cell.suppressed:
        return SUPPRESSED
    if cell.kind == "count" and cell.value is not None:
        return int(cell.value)
    return cell.text
