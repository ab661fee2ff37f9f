"""`lotse stats export`: one row per day × need, counts below five suppressed, CSV and XLSX."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from bot.cli import main
from bot.settings import get_settings
from bot.stats.events import Event
from bot.stats.export import SUPPRESSED, shown
from bot.storage import demand
from bot.storage.database import make_engine, make_sessionmaker, upgrade

DAY = datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A database with counters: Harz money 7 on Monday, 3 on Tuesday; housing 5 on Monday;
    Bochum money 9 on Monday (another region)."""
    url = f"sqlite:///{tmp_path / 'stats.sqlite3'}"
    monkeypatch.setenv("LOTSE_DATABASE_URL", url)
    get_settings.cache_clear()
    engine = make_engine(url)
    upgrade(engine)
    with make_sessionmaker(engine).begin() as session:
        for region, need, day, times in [("15085", "money_problems", 0, 7),
                                         ("15085", "money_problems", 1, 3),
                                         ("15085", "housing_problems", 0, 5),
                                         ("05911", "money_problems", 0, 9)]:
            for _ in range(times):
                demand.add(session, [Event("need", need)], region=region,
                           at=DAY + timedelta(days=day))
    engine.dispose()
    yield url
    get_settings.cache_clear()


def test_counts_below_five_are_suppressed() -> None:
    assert [shown(n) for n in (0, 1, 4, 5, 12)] == [SUPPRESSED] * 3 + [5, 12]


def test_csv_has_one_row_per_day_and_need_with_small_counts_suppressed(database: str) -> None:
    result = CliRunner().invoke(main, ["stats", "export", "--region", "15085", "--from",
                                       "2026-11-23", "--to", "2026-11-29", "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows == [["Tag", "Kreis", "Anliegen", "Bezeichnung", "Anzahl"],
                    ["2026-11-23", "15085", "housing_problems", "Wohnen", "5"],
                    # the week's 10 (on the dashboard) minus 7 would tell Tuesday's 3
                    ["2026-11-23", "15085", "money_problems", "Geld und Schulden", "<5"],
                    ["2026-11-24", "15085", "money_problems", "Geld und Schulden", "<5"]]


def test_the_period_limits_the_rows(database: str) -> None:
    result = CliRunner().invoke(main, ["stats", "export", "--region", "15085", "--from",
                                       "2026-11-24", "--to", "2026-11-24"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1:] == [
        "2026-11-24,15085,money_problems,Geld und Schulden,<5"]


def test_xlsx_holds_the_same_rows(database: str, tmp_path: Path) -> None:
    target = tmp_path / "harz.xlsx"
    result = CliRunner().invoke(main, ["stats", "export", "--region", "15085", "--from",
                                       "2026-11-23", "--to", "2026-11-29", "--format", "xlsx",
                                       "--output", str(target)])
    assert result.exit_code == 0, result.output
    sheet = load_workbook(target).active
    assert sheet is not None
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert values[0] == ["Tag", "Kreis", "Anliegen", "Bezeichnung", "Anzahl"]
    assert values[1:] == [["2026-11-23", "15085", "housing_problems", "Wohnen", 5],
                          ["2026-11-23", "15085", "money_problems", "Geld und Schulden", "<5"],
                          ["2026-11-24", "15085", "money_problems", "Geld und Schulden", "<5"]]


@pytest.mark.parametrize(("args", "says"), [
    (["--region", "harz", "--from", "2026-11-23", "--to", "2026-11-29"], "five digits"),
    (["--region", "15085", "--from", "23.11.2026", "--to", "2026-11-29"], "YYYY-MM-DD"),
    (["--region", "15085", "--from", "2026-11-29", "--to", "2026-11-23"], "before"),
    (["--region", "15085", "--from", "2026-11-23", "--to", "2026-11-29", "--format", "xlsx"],
     "--output"),
])
def test_bad_input_gets_a_clear_answer(database: str, args: list[str], says: str) -> None:
    result = CliRunner().invoke(main, ["stats", "export", *args])
    assert result.exit_code == 2
    assert says in result.output
    assert "Traceback" not in result.output
