"""In real headless Chromium: a coordinator logs in with the keyboard, runs a round, excludes
a place, downloads the round – and axe-core finds no accessibility violation on the pages.

Chromium is Debian's (/usr/bin/chromium, installed by scripts/ensure-chromium from
`make test`); axe-core comes bundled with axe-playwright-python. Without Chromium these tests
are skipped on a laptop and fail under CI=true.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from axe_playwright_python.sync_playwright import Axe
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from bot.internship_service import import_demo
from bot.reference import Reference
from bot.storage.accounts import AccountRepository
from bot.storage.tables import OrganisationRow
from tests.e2e.test_berater_browser import serve
from tests.e2e.test_widget_browser import csp_violations, watched

PASSWORD = "browser-test-passwort"


@pytest.fixture
def server(sqlite_engine: Engine, reference: Reference) -> Iterator[str]:
    with Session(sqlite_engine) as session, session.begin():
        session.add(OrganisationRow(id="lotsen-harz", name="Praktikalotsen Harz (Beispiel)",
                                    offer_ids=[], regions=["15085"]))
        session.flush()
        AccountRepository(session).add_user(org_id="lotsen-harz", email="lotsin@example.org",
                                            password=PASSWORD, role="coordinator")
        import_demo(session)
    yield from serve(sqlite_engine, reference)


def accessible(page) -> None:  # type: ignore[no-untyped-def]
    """axe-core finds nothing, and the page's real CSP blocked nothing (a context from `watched`)."""
    assert csp_violations(page) == []
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def test_a_coordinator_runs_a_round_and_downloads_it(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    context = watched(browser, accept_downloads=True)  # under the pages' real CSP
    page = context.new_page()
    page.goto(server + "/lotsen/")
    assert page.url.endswith("/lotsen/login")
    accessible(page)
    page.get_by_label("E-Mail").focus()
    page.keyboard.type("lotsin@example.org")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.get_by_role("heading", name="Übersicht").is_visible()
    accessible(page)
    page.get_by_label("Name der Runde").fill("harz-2027")
    with page.expect_navigation():
        page.get_by_role("button", name="Runde zuteilen").click()
    assert "/lotsen/runden/harz-2027" in page.url
    assert page.get_by_text("Vermittelt:").is_visible()
    accessible(page)
    first = page.locator("tbody tr").first
    code = first.locator("td").first.inner_text().split()[0]
    with page.expect_navigation():
        first.get_by_role("button", name="Nicht dieser Platz").click()
    assert page.get_by_role("status").inner_text().startswith(code)
    with page.expect_download() as download:
        page.get_by_role("link", name="Als Excel-Datei").click()
    assert download.value.suggested_filename == "harz-2027.xlsx"
    page.goto(server + "/lotsen/plaetze?q=Tier")
    assert re.search(r"\d+ Plätze", page.get_by_role("status").inner_text())
    accessible(page)
    with page.expect_navigation():
        page.locator("tbody tr").first.get_by_role("link").first.click()
    assert page.get_by_role("heading", name="Platz bearbeiten").is_visible()
    accessible(page)
    context.close()
