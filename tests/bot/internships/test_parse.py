"""Parsing rows: the validation report names row and column; nothing half-parsed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path

import pytest
from openpyxl import Workbook

from bot.internships import ParseResult

Parse = Callable[..., ParseResult]
Write = Callable[..., Path]

COMPANIES = ("Firma-ID;Name;PLZ;Ort;Branche;Bereitschaft\n"
             "F1;Beispiel-Tierpark GmbH;06484;Quedlinburg;agriculture;"
             "step_free, named_mentor (geprüft von IHK Magdeburg am 2026-11-15)\n")
PLACES_HEAD = ("Platz-ID;Firma-ID;Beruf;KldB;Art;von;bis;Wochentage;Beginn;Ende;Pause (Min);"
               "Plätze;Mindestalter;Voraussetzungen;Gefährdungen;Sprachen\n")
PLACE = "P1;F1;Tierpfleger;11512;Schulpraktikum;05.07.2027;2027-07-16;Mo-Fr;8:00;14:30;30;2;14;;;\n"
APPLICANTS_HEAD = ("Code;Geburtsdatum;Bundesland;Vollzeitschulpflichtig;Art;verfügbar von;"
                   "verfügbar bis;PLZ;Verkehrsmittel;max. Minuten;Ferientage genutzt;Wünsche;"
                   "Unterstützung;Gruppen\n")
APPLICANT = ("A-1;01.03.2011;Sachsen-Anhalt;ja;Schulpraktikum;05.07.2027;16.07.2027;06484;"
             "Fahrrad;30;0;Tierpfleger;einfache Sprache;Förderschule\n")


def only_error(result: ParseResult) -> tuple[int, str, str]:
    assert not result.ok
    assert len(result.errors) == 1, result.report()
    problem = result.errors[0]
    return problem.row, problem.column, problem.message


def test_a_good_file_parses(write_text: Write, read_and_parse: Parse) -> None:
    result = read_and_parse(write_text("firmen.csv", COMPANIES))
    assert result.ok, result.report()
    company = result.companies[0]
    assert (company.region, company.place, company.postal_code) == ("15085", "Quedlinburg", "06484")
    assert company.readiness[1].verified_by == "IHK Magdeburg"
    assert company.readiness[1].verified_on == date(2026, 11, 15)


def test_places_and_applicants_together(tmp_path: Path, read_and_parse: Parse) -> None:
    (tmp_path / "f.csv").write_text(COMPANIES)
    places = read_and_parse(tmp_path / "f.csv")
    (tmp_path / "p.csv").write_text(PLACES_HEAD + PLACE)
    result = read_and_parse(tmp_path / "p.csv", known_companies={c.id for c in places.companies})
    assert result.ok, result.report()
    place = result.places[0]
    assert (place.occupation, place.kldb, place.capacity) == ("Tierpfleger", "11512", 2)
    assert place.schedule.start_date == date(2027, 7, 5)
    assert place.schedule.weekdays == frozenset(range(5))
    (tmp_path / "a.csv").write_text(APPLICANTS_HEAD + APPLICANT)
    result = read_and_parse(tmp_path / "a.csv")
    assert result.ok, result.report()
    person = result.applicants[0]
    assert (person.land, person.travel_mode, person.region) == ("ST", "bike", "15085")
    assert person.wishes == ("Tierpfleger",)
    assert (person.support_needs, person.priority_groups) == (("easy_language",), ("foerderschule",))


@pytest.mark.parametrize(("row", "column", "message"), [
    ("F2;Zwei GmbH;99999;;;\n", "PLZ", "Die Postleitzahl 99999 kenne ich nicht."),
    ("F2;Zwei GmbH;6484x;;;\n", "PLZ", "keine Postleitzahl"),
    ("F2;;06484;;;\n", "Name", "Der Name der Firma fehlt."),
    ("F1;Doppelt GmbH;06484;;;\n", "Firma-ID", "„F1“ steht schon in Zeile 2"),
    ("F2;Zwei GmbH;06484;;;Aufzug\n", "Bereitschaft", "„Aufzug“ kenne ich nicht"),
])
def test_company_errors(write_text: Write, read_and_parse: Parse, row: str, column: str,
                        message: str) -> None:
    result = read_and_parse(write_text("firmen.csv", COMPANIES + row))
    number, found_column, text = only_error(result)
    assert (number, found_column) == (3, column)
    assert message in text
    assert [c.id for c in result.companies] == ["F1"]  # the bad row gives nothing


@pytest.mark.parametrize(("changes", "column", "message"), [
    ({"von": "31.02.2027"}, "von", "Den Tag „31.02.2027“ gibt es nicht"),
    ({"bis": "01.07.2027"}, "bis", "liegt vor dem ersten"),
    ({"bis": "16.7.27"}, "bis", "ist kein Datum"),
    ({"Firma-ID": "F9"}, "Firma-ID", "Die Firma „F9“ gibt es nicht"),
    ({"Plätze": "0"}, "Plätze", "mindestens 1"),
    ({"KldB": "99999"}, "KldB", "kein KldB-2010-Code"),
    ({"KldB": "", "Beruf": "Quantenbäcker der Sterne"}, "Beruf", "finde ich nicht"),
    ({"KldB": "", "Beruf": ""}, "Beruf", "Der Beruf fehlt"),
    ({"Art": "Urlaub"}, "Art", "„Urlaub“ kenne ich nicht als Praktikumsart"),
    ({"Gefährdungen": "Maschinen, Drachen"}, "Gefährdungen", "„Drachen“ kenne ich nicht"),
    ({"Ende": "07:00"}, "Ende", "nicht nach dem Beginn"),
    ({"Wochentage": "Mo-Feiertag"}, "Wochentage", "kenne ich nicht als Wochentag"),
    ({"Sprachen": "Klingonisch"}, "Sprachen", "kenne ich nicht als Sprache"),
])
def test_place_errors(tmp_path: Path, read_and_parse: Parse, changes: dict[str, str],
                      column: str, message: str) -> None:
    headers = PLACES_HEAD.strip().split(";")
    values = dict(zip(headers, PLACE.strip().split(";"), strict=True)) | changes
    path = tmp_path / "plaetze.csv"
    path.write_text(PLACES_HEAD + ";".join(values[h] for h in headers) + "\n")
    result = read_and_parse(path, known_companies={"F1"})
    assert only_error(result)[:2] == (2, column)
    assert message in only_error(result)[2]
    assert result.places == ()


@pytest.mark.parametrize(("changes", "column", "message"), [
    ({"Geburtsdatum": ""}, "Geburtsdatum", "Das Geburtsdatum fehlt."),
    ({"PLZ": "99999"}, "PLZ", "Die Postleitzahl 99999 kenne ich nicht."),
    ({"PLZ": ""}, "PLZ", "Die Postleitzahl fehlt"),
    ({"Bundesland": "Bayern"}, "Bundesland", "„Bayern“ kenne ich nicht als Bundesland"),
    ({"Vollzeitschulpflichtig": "vielleicht"}, "Vollzeitschulpflichtig", "weder ja noch nein"),
    ({"verfügbar bis": ""}, "verfügbar bis", "braucht beides"),
    ({"verfügbar bis": "01.07.2027"}, "verfügbar bis", "liegt vor"),
    ({"Verkehrsmittel": "Hubschrauber"}, "Verkehrsmittel", "kenne ich nicht als Verkehrsmittel"),
    ({"Unterstützung": "Massage"}, "Unterstützung", "„Massage“ kenne ich nicht als Unterstützung"),
    ({"Wünsche": "99999"}, "Wünsche", "kein KldB-Code"),
])
def test_applicant_errors(tmp_path: Path, read_and_parse: Parse, changes: dict[str, str],
                          column: str, message: str) -> None:
    headers = APPLICANTS_HEAD.strip().split(";")
    values = dict(zip(headers, APPLICANT.strip().split(";"), strict=True)) | changes
    path = tmp_path / "bewerbungen.csv"
    path.write_text(APPLICANTS_HEAD + ";".join(values[h] for h in headers) + "\n")
    result = read_and_parse(path)
    row, found_column, text = only_error(result)
    assert (row, found_column) == (2, column)
    assert message in text
    assert result.applicants == ()


def test_report_names_sheet_row_and_column(write_text: Write, read_and_parse: Parse) -> None:
    result = read_and_parse(write_text("firmen.csv", COMPANIES + "F2;Zwei;99999;;;\n"))
    assert str(result.errors[0]) == ("firmen, Zeile 3, Spalte „PLZ“: "
                                     "Die Postleitzahl 99999 kenne ich nicht.")
    assert "1 Fehler" in result.report()


def test_missing_required_column_is_reported_once(write_text: Write, read_and_parse: Parse) -> None:
    content = "Platz-ID;Firma-ID;Beruf;Art;von\nP1;F1;Koch;Schulpraktikum;05.07.2027\n" * 1
    result = read_and_parse(write_text("plaetze.csv", content), known_companies={"F1"})
    assert [(p.row, p.column) for p in result.errors] == [(1, "bis")]
    assert "Die Spalte „bis“ fehlt" in result.errors[0].message
    assert result.places == ()


def test_semicolon_csv_in_cp1252(write_text: Write, read_and_parse: Parse) -> None:
    content = (APPLICANTS_HEAD + APPLICANT.replace("Tierpfleger", "Bäcker")
               .replace("Fahrrad", "zu Fuß"))
    result = read_and_parse(write_text("bewerbungen.csv", content, "cp1252"))
    assert result.ok, result.report()
    assert result.applicants[0].wishes == ("Bäcker",)
    assert result.applicants[0].travel_mode == "walk"


def test_excel_dates_serials_and_times(tmp_path: Path, read_and_parse: Parse) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Platz-ID", "Firma-ID", "Beruf", "Art", "von", "bis", "Beginn", "Ende",
                  "Wochentage"])
    # a date cell, an Excel serial (46584 = 2027-07-16), a time cell and a day fraction
    sheet.append(["P1", "F1", "Koch", "Ferienpraktikum", datetime(2027, 7, 5), 46584,
                  time(7, 30), 0.5, "Mo, Mi, Fr"])
    sheet.append(["P2", "F1", "Koch", "Ferienpraktikum", "2027-07-05", "46584", "7:30", "12 Uhr",
                  "Di bis Do"])
    path = tmp_path / "plaetze.xlsx"
    book.save(path)
    result = read_and_parse(path, known_companies={"F1"})
    assert result.ok, result.report()
    first, second = result.places
    assert first.schedule.end_date == second.schedule.end_date == date(2027, 7, 16)
    assert (first.schedule.start, first.schedule.end) == (time(7, 30), time(12, 0))
    assert first.schedule.weekdays == frozenset({0, 2, 4})
    assert second.schedule.weekdays == frozenset({1, 2, 3})
    assert first.kldb == "29302"


def test_duplicate_ids_across_sheets_and_a_warning_for_an_ambiguous_title(
        tmp_path: Path, read_and_parse: Parse) -> None:
    book = Workbook()
    companies = book.active
    assert companies is not None
    companies.title = "Firmen"
    companies.append(["Firma-ID", "Name", "PLZ"])
    companies.append(["F1", "A", 6484])  # a postal code typed as a number loses its zero
    places = book.create_sheet("Plätze")
    places.append(["Platz-ID", "Firma-ID", "Beruf", "Art", "von", "bis"])
    places.append(["P1", "F1", "Tierpfleger", "school", "2027-07-05", "2027-07-09"])
    places.append(["P1", "F1", "Koch", "school", "2027-07-05", "2027-07-09"])
    path = tmp_path / "alles.xlsx"
    book.save(path)
    result = read_and_parse(path)
    assert [(p.sheet, p.row, p.column) for p in result.errors] == [("Plätze", 3, "Platz-ID")]
    assert [w.column for w in result.warnings] == ["Beruf"]
    assert result.companies[0].postal_code == "06484"
    assert [p.id for p in result.places] == ["P1"]
