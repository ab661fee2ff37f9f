"""Export then import gives the same values back (XLSX and CSV), formula-safe."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from bot.internships import (
    AssignmentRow,
    ParseResult,
    read_table,
    write_csv,
    write_xlsx,
)
from matching.internships.model import Applicant, Company, InternshipPlace, Readiness, Schedule
from matching.places import PlaceIndex

Parse = Callable[..., ParseResult]


@pytest.fixture
def values(place_index: PlaceIndex) -> tuple[list[Company], list[InternshipPlace], list[Applicant]]:
    quedlinburg = place_index.by_postal_code("06484")
    bochum = place_index.by_postal_code("44787")
    assert quedlinburg and bochum
    companies = [
        Company("F-1", "=Beispiel-Autohaus GmbH", "06484", "Quedlinburg", quedlinburg.region,
                quedlinburg.lat, quedlinburg.lon, "crafts", trains_apprentices=True,
                contact_role="Ausbildungsleitung", contact="+49 3946 0000",
                readiness=(Readiness("step_free"),
                           Readiness("named_mentor", "IHK Magdeburg", date(2026, 11, 15))),
                seal="Praktika-Siegel Harz", seal_valid_until=date(2028, 6, 30)),
        Company("F-2", "Beispiel-Bäckerei", "44787", bochum.name, bochum.region, 51.4811, 7.2165,
                "bakery", offers_eq=True),
    ]
    places = [
        InternshipPlace("P-1", "F-1", "Kfz-Mechatroniker", "25212", "school",
                        Schedule(date(2027, 3, 1), date(2027, 3, 12)), capacity=3,
                        requires=("safety_shoes",), hazards=("machines", "noise"),
                        languages=("de", "ar"), german_level="A2"),
        InternshipPlace("P-2", "F-2", "Bäcker", "29222", "holiday",
                        Schedule(date(2027, 7, 5), date(2027, 7, 16), frozenset({1, 3, 5}),
                                 time(6, 0), time(11, 30), 45),
                        min_age=15, requires=("ifsg43", "eigene Schürze")),
    ]
    applicants = [
        Applicant("A-001", date(2011, 2, 28), "ST", True, "school",
                  ((date(2027, 3, 1), date(2027, 3, 12)), (date(2027, 7, 5), date(2027, 7, 9))),
                  quedlinburg.lat, quedlinburg.lon, quedlinburg.region, travel_mode="bike",
                  max_travel_minutes=30, wishes=("Tierpfleger", "11", "-Kfz, Lack"),
                  support_needs=("easy_language", "mentor"), priority_groups=("foerderschule",),
                  school_status="in_school"),
        Applicant("A-002", date(2008, 12, 1), "NW", False, "holiday", (), bochum.lat, bochum.lon,
                  bochum.region, holiday_days_used=5),
    ]
    return companies, places, applicants


def test_xlsx_round_trip(tmp_path: Path, values: tuple[list[Company], list[InternshipPlace],
                                                      list[Applicant]],
                         read_and_parse: Parse, place_index: PlaceIndex) -> None:
    companies, places, applicants = values
    assignments = [AssignmentRow("A-001", "P-1", "F-1", 1, "Dein erster Wunsch."),
                   AssignmentRow("A-002", reason="Kein Platz in deinen Ferien.")]
    path = write_xlsx(tmp_path / "export.xlsx", companies=companies, places=places,
                      applicants=applicants, assignments=assignments, place_index=place_index)
    result = read_and_parse(path)
    assert result.ok, result.report()
    assert list(result.companies) == companies
    assert list(result.places) == places
    assert list(result.applicants) == applicants
    assert list(result.assignments) == assignments
    sheet = load_workbook(path)["Firmen"]
    assert sheet["B2"].value == "'=Beispiel-Autohaus GmbH"  # never a formula
    assert sheet["I2"].value == "'+49 3946 0000"
    assert sheet["L2"].number_format == "YYYY-MM-DD"


@pytest.mark.parametrize("kind", ["companies", "places", "applicants"])
def test_csv_round_trip(tmp_path: Path, kind: str, values: tuple[list[Company],
                        list[InternshipPlace], list[Applicant]], read_and_parse: Parse) -> None:
    companies, places, applicants = values
    tables: dict[str, list[Any]] = {"companies": companies, "places": places,
                                    "applicants": applicants}
    rows = tables[kind]
    path = write_csv(tmp_path / f"{kind}.csv", rows, kind)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert read_table(path).kind == kind
    result = read_and_parse(path, known_companies={"F-1", "F-2"})
    assert result.ok, result.report()
    assert list(getattr(result, kind)) == rows
    if kind == "places":
        assert "2027-07-05" in raw.decode("utf-8-sig")


def test_empty_export_is_the_template(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "vorlage.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["Firmen", "Plätze", "Bewerbungen"]
    assert [c.value for c in book["Plätze"][1]][:6] == ["Platz-ID", "Firma-ID", "Beruf", "KldB",
                                                        "Art", "von"]
