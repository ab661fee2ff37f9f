"""The internship edge: import and export tables of companies, places and applicants.

`read_tables`/`read_table` turn an .xlsx or .csv into `Sheet`s, `parse` turns sheets into
the engine's frozen values with a validation report, `write_xlsx`/`write_csv` export them.
The column templates are in `columns.TEMPLATES`; docs/internships-import.md describes them.
"""

from __future__ import annotations

from bot.internships.columns import KINDS, TEMPLATES, Column, detect_kind
from bot.internships.occupations import Occupation, OccupationCatalogue, load_occupations
from bot.internships.parse import ParseResult, Problem, parse
from bot.internships.records import AssignmentRow, assignment_rows
from bot.internships.tables_io import (
    Row,
    Sheet,
    TableError,
    read_table,
    read_tables,
    write_csv,
    write_xlsx,
)

__all__ = [
    "KINDS", "TEMPLATES", "AssignmentRow", "Column", "Occupation", "OccupationCatalogue",
    "ParseResult", "Problem", "Row", "Sheet", "TableError", "assignment_rows", "detect_kind",
    "load_occupations", "parse", "read_table", "read_tables", "write_csv", "write_xlsx",
]
