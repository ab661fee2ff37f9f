"""Reading files: extensions, empty files, encodings, delimiters, header detection."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from bot.internships import TableError, detect_kind, read_table, read_tables
from bot.internships.tables_io import guard

COMPANIES_CSV = "Firma-ID;Name;PLZ;Ort;Branche\nF1;Beispiel-Bäckerei GmbH;06484;Quedlinburg;bakery\n"


@pytest.mark.parametrize(("name", "content", "message"), [
    ("firmen.txt", "Firma-ID;Name;PLZ\n", "Endung „.txt“"),
    ("firmen.xls", "irrelevant", "als .xlsx"),
    ("firmen", "Firma-ID;Name;PLZ\n", r"Endung „\(keine\)“"),
    ("leer.csv", "", "ist leer"),
    ("nur-leerzeilen.csv", "\n;;\n  \n", "ist leer"),
    ("kaputt.xlsx", "das ist kein zip", "keine lesbare Excel-Datei"),
    ("ohne-kopf.csv", "a;b;c\n1;2;3\n", "keine Kopfzeile"),
])
def test_unreadable_files_raise_a_plain_message(write_text: Callable[..., Path], name: str,
                                                 content: str, message: str) -> None:
    with pytest.raises(TableError, match=message):
        read_table(write_text(name, content))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(TableError, match="gibt es nicht"):
        read_table(tmp_path / "fehlt.csv")


def test_empty_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "leer.xlsx"
    Workbook().save(path)
    with pytest.raises(TableError, match="ist leer"):
        read_table(path)


@pytest.mark.parametrize(("encoding", "delimiter"), [
    ("utf-8", ";"), ("utf-8-sig", ";"), ("utf-8-sig", ","), ("cp1252", ";"), ("cp1252", ","),
    ("utf-8", "\t"),
])
def test_csv_encodings_and_delimiters(write_text: Callable[..., Path], encoding: str,
                                      delimiter: str) -> None:
    content = COMPANIES_CSV.replace(";", delimiter)
    sheet = read_table(write_text("firmen.csv", content, encoding))
    assert sheet.kind == "companies"
    assert sheet.rows[0].cells["name"] == "Beispiel-Bäckerei GmbH"
    assert sheet.rows[0].number == 2


def test_title_rows_above_the_header_and_empty_rows_keep_file_row_numbers(
        write_text: Callable[..., Path]) -> None:
    content = "Praktikumsbörse Harz – Firmen\n\n" + COMPANIES_CSV + ";;;;\nF2;Zwei;06484;;\n"
    sheet = read_table(write_text("firmen.csv", content))
    assert sheet.header_row == 3
    assert [r.number for r in sheet.rows] == [4, 6]


def test_unknown_and_english_headers(write_text: Callable[..., Path]) -> None:
    sheet = read_table(write_text("c.csv", "company id,name,postal code,Lieblingsfarbe\nF1,A,06484,blau\n"))
    assert sheet.kind == "companies"
    assert sheet.columns == {"id": "company id", "name": "name", "postal_code": "postal code"}
    assert sheet.ignored == ("Lieblingsfarbe",)


@pytest.mark.parametrize(("headers", "kind"), [
    (["Firma-ID", "Name", "PLZ", "Ort", "Branche"], "companies"),
    (["Platz-ID", "Firma-ID", "Beruf", "Art", "von", "bis"], "places"),
    (["Code", "Geburtsdatum", "Bundesland", "Vollzeitschulpflichtig", "Art", "PLZ"], "applicants"),
    (["Code", "Platz-ID", "Firma-ID", "Wunsch-Rang", "Begründung"], "assignments"),
    (["place id", "company id", "occupation", "kind", "start date", "end date"], "places"),
    (["applicant code", "birth date", "state", "kind", "zip"], "applicants"),
    (["Name"], None),
    (["Art"], None),
])
def test_detect_kind(headers: list[str], kind: str | None) -> None:
    assert detect_kind(headers) == kind


def test_xlsx_with_three_sheets(tmp_path: Path) -> None:
    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "Firmen"
    first.append(["Firma-ID", "Name", "PLZ"])
    first.append(["F1", "A", "06484"])
    places = book.create_sheet("Plätze")
    places.append(["Platz-ID", "Firma-ID", "Beruf", "Art", "von", "bis"])
    places.append(["P1", "F1", "Koch", "Ferienpraktikum", datetime(2027, 7, 5), datetime(2027, 7, 16)])
    people = book.create_sheet("Bewerbungen")
    people.append(["Code", "Geburtsdatum", "Bundesland", "Vollzeitschulpflichtig", "Art", "PLZ"])
    people.append(["A-7", datetime(2011, 3, 1), "ST", "ja", "Ferienpraktikum", "06484"])
    book.create_sheet("Notizen")
    path = tmp_path / "alles.xlsx"
    book.save(path)
    sheets = read_tables(path)
    assert [(s.name, s.kind, len(s.rows)) for s in sheets] == [
        ("Firmen", "companies", 1), ("Plätze", "places", 1), ("Bewerbungen", "applicants", 1)]
    with pytest.raises(TableError, match="mehrere Tabellen"):
        read_table(path)


@pytest.mark.parametrize(("value", "written"), [
    ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"), ("+49 3946", "'+49 3946"), ("-5", "'-5"),
    ("@home", "'@home"), ("'=x", "''=x"), ("Bäckerei", "Bäckerei"), ("", ""), (5, 5),
])
def test_guard(value: str | int, written: str | int) -> None:
    assert guard(value) == written
