"""In real headless Chromium: a network coordinator logs in with the keyboard, picks a period,
reads the dashboard and downloads a table as CSV and as XLSX with the numbers the page shows
– and axe-core finds no accessibility violation (charts are decorative, the tables beside
them carry the numbers)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import datetime, timedelta
from io import BytesIO, StringIO
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from axe_playwright_python.sync_playwright import Axe
from openpyxl import load_workbook
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from bot.reference import Reference
from bot.stats.events import Event
from bot.storage import demand
from bot.storage.accounts import AccountRepository
from bot.storage.tables import OrganisationRow
from tests.e2e.test_berater_browser import serve
from tests.e2e.test_widget_browser import csp_violations, watched

PASSWORD = "browser-test-passwort"
MONDAY = datetime(2026, 11, 23, 15, 0, tzinfo=ZoneInfo("Europe/Berlin"))


@pytest.fixture
def server(sqlite_engine: Engine, reference: Reference) -> Iterator[str]:
    with Session(sqlite_engine) as session, session.begin():
        session.add(OrganisationRow(id="netz-harz", name="Netzwerk Harz (Beispiel)",
                                    offer_ids=[], regions=["15085"]))
        session.flush()
        AccountRepository(session).add_user(org_id="netz-harz", email="netz@example.org",
                                            password=PASSWORD, role="network")
        for day in range(7):
            at = MONDAY + timedelta(days=day)
            demand.add(session, [Event("region", "resolved"), Event("hour_of_week", "1-15"),
                                 Event("need", "money_problems"), Event("age_band", "14–17"),
                                 Event("language", "de"), Event("answer", "money_problems:local"),
                                 Event("crisis", "check"), Event("hour_closed", "1-15"),
                                 Event("answer", "training_problems:nationwide")] * (day + 1),
                       region="15085", at=at)
    yield from serve(sqlite_engine, reference)


def accessible(page) -> None:  # type: ignore[no-untyped-def]
    assert csp_violations(page) == []  # the page's real CSP blocked nothing
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def test_a_network_coordinator_reads_the_dashboard(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    context = watched(browser, accept_downloads=True)  # under the pages' real CSP
    page = context.new_page()
    page.goto(server + "/netzwerk/")
    assert page.url.endswith("/netzwerk/login")
    accessible(page)
    page.get_by_label("E-Mail").focus()
    page.keyboard.type("netz@example.org")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.get_by_role("heading", name="Bedarf in Landkreis Harz").is_visible()
    page.get_by_label("Von").fill("2026-11-23")
    page.get_by_label("Bis").fill("2026-11-29")
    with page.expect_navigation():
        page.get_by_role("button", name="Anzeigen").click()
    accessible(page)
    row = page.get_by_role("row", name="Gespräche mit erkanntem Kreis")
    assert row.get_by_role("cell").first.inner_text() == "28"
    assert page.get_by_role("row", name="Geld und Schulden").first.is_visible()
    assert page.locator("svg.chart").count() >= 3
    # the hour in which every fitting offer was closed is framed in the heat map
    assert page.locator("svg.chart rect.closed").count() == 1
    # every table has its two downloads, named after it
    assert page.get_by_role("link", name="als CSV").count() == 11
    assert page.get_by_role("link", name="als Excel-Datei").count() == 11
    needs = page.get_by_role("table", name="Anliegen (höchstens zehn)")
    shown = [needs.get_by_role("row").nth(1).get_by_role("rowheader").inner_text(),
             *needs.get_by_role("row").nth(1).get_by_role("cell").all_inner_texts()]
    assert shown == ["Geld und Schulden", "28", "<5"]
    with page.expect_download() as csv_download:
        page.get_by_role("link", name="Anliegen als CSV").click()
    assert csv_download.value.suggested_filename == (
        "netzwerk-15085-2026-11-23-2026-11-29-anliegen.csv")
    text = Path(csv_download.value.path()).read_text(encoding="utf-8-sig")
    assert list(csv.reader(StringIO(text), delimiter=";"))[2] == shown
    with page.expect_download() as xlsx_download:
        page.get_by_role("link", name="Anliegen als Excel-Datei").click()
    book = load_workbook(BytesIO(Path(xlsx_download.value.path()).read_bytes()))
    assert [str(v) for v in next(book.active.iter_rows(min_row=3, values_only=True))] == shown  # type: ignore[union-attr]
    with page.expect_navigation():
        page.get_by_role("link", name="Bedarfslücken").click()
    page.get_by_label("Von").fill("2026-11-23")
    page.get_by_label("Bis").fill("2026-11-29")
    with page.expect_navigation():
        page.get_by_role("button", name="Anzeigen").click()
    assert page.get_by_role("row", name="Kein Angebot vor Ort").first.is_visible()
    accessible(page)
    context.close()
