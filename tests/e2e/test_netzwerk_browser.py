"""In real headless Chromium: a network coordinator logs in with the keyboard, picks a period
and reads the dashboard – and axe-core finds no accessibility violation (charts are
decorative, the tables beside them carry the numbers)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from axe_playwright_python.sync_playwright import Axe
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from bot.reference import Reference
from bot.stats.events import Event
from bot.storage import demand
from bot.storage.accounts import AccountRepository
from bot.storage.tables import OrganisationRow
from tests.e2e.test_berater_browser import serve

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
                                 Event("crisis", "check"),
                                 Event("answer", "training_problems:nationwide")] * (day + 1),
                       region="15085", at=at)
    yield from serve(sqlite_engine, reference)


def accessible(page) -> None:  # type: ignore[no-untyped-def]
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def test_a_network_coordinator_reads_the_dashboard(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(bypass_csp=True)  # axe is injected
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
    with page.expect_navigation():
        page.get_by_role("link", name="Bedarfslücken").click()
    page.get_by_label("Von").fill("2026-11-23")
    page.get_by_label("Bis").fill("2026-11-29")
    with page.expect_navigation():
        page.get_by_role("button", name="Anzeigen").click()
    assert page.get_by_role("row", name="Kein Angebot vor Ort").first.is_visible()
    accessible(page)
    context.close()
