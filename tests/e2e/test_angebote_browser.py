"""The offer directory in real headless Chromium at 320, 390 and 1280 px, under the site's real
CSP (no bypass_csp; it blocks nothing): axe-core finds no violation, nothing overflows sideways
(WCAG 1.4.10 reflow), search and filters work with the keyboard, an offer's page leads into
the chat on its topic, and a reported wrong fact shows up in the counsellors' list at
/berater/hinweise."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from axe_playwright_python.sync_playwright import Axe
from sqlalchemy import Engine

from bot.reference import Reference
from tests.e2e.test_berater_browser import log_in, serve
from tests.e2e.test_widget_browser import csp_violations, watched

WIDTHS = (320, 390, 1280)


@pytest.fixture
def server(sqlite_engine: Engine, reference: Reference) -> Iterator[str]:
    yield from serve(sqlite_engine, reference)


def check(page) -> None:  # type: ignore[no-untyped-def]
    """The page's CSP blocked nothing, axe-core finds nothing and the page does not scroll
    sideways."""
    assert csp_violations(page) == []
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    wide = page.evaluate("""() => Array.from(document.querySelectorAll('body *'))
        .filter(e => e.getBoundingClientRect().right + window.scrollX > window.innerWidth + 1)
        .map(e => e.tagName + "." + e.className + " " + e.getBoundingClientRect().right + " sx" + window.scrollX).slice(0, 5)""")
    assert overflow <= 0, f"{overflow}px wider than the window: {wide}"


@pytest.mark.parametrize("width", WIDTHS)
def test_directory_search_and_offer_page_are_accessible(browser, server: str, width: int,
                                                        reference: Reference) -> None:  # type: ignore[no-untyped-def]
    context = watched(browser, viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(server + "/angebote/")
    assert page.get_by_role("heading", level=1).is_visible()
    check(page)
    # keyboard only: type a search, pick a region, send with Enter
    page.get_by_label("Suche", exact=True).focus()
    page.keyboard.type("Schuldnerberatung")
    page.get_by_label("Region").select_option(label="Landkreis Harz")
    page.get_by_label("Suche", exact=True).focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "Schuldnerberatung" in page.get_by_role("status").inner_text()
    check(page)
    first = page.locator("ul.offers h3 a").first
    name = first.inner_text()
    first.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.get_by_role("heading", level=1).inner_text() == name
    check(page)
    chat_link = page.get_by_role("link", name="Im Chat darüber sprechen")
    assert chat_link.get_attribute("href").startswith("/?angebot=")
    context.close()


def test_an_offer_page_opens_the_chat_about_the_offer(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    page = watched(browser).new_page()
    page.goto(server + "/angebote/?thema=housing_problems&region=15085")
    with page.expect_navigation():
        page.locator("ul.offers h3 a").first.click()
    name = page.get_by_role("heading", level=1).inner_text()
    with page.expect_navigation():
        page.get_by_role("link", name="Im Chat darüber sprechen").click()
    assert "/?angebot=" in page.url
    page.locator("#log li.bubble.bot").first.wait_for()
    page.locator("#composer:not([aria-busy])").wait_for()
    # the chat starts about the offer: its card, and no line the person did not write
    assert name in page.locator("#log").inner_text()
    assert page.locator("#log li.bubble.me").count() == 0
    # a question is about this offer
    page.get_by_role("textbox").fill("kostet das was?")
    page.keyboard.press("Enter")
    page.locator("#log li.bubble.me").first.wait_for()
    page.locator("#composer:not([aria-busy])").wait_for()
    assert "Zu den Kosten" in page.locator("#log").inner_text()
    # … and after a reload the opening is still no line of the person's (the history leaves it out)
    page.reload()
    page.locator("#log li.bubble.bot").first.wait_for()
    page.locator("#composer:not([aria-busy])").wait_for()
    assert page.locator("#log li.bubble.me").count() == 1
    assert csp_violations(page) == []
    page.context.close()


@pytest.mark.parametrize("width", (320, 1280))
def test_a_reported_fact_reaches_the_counsellors(browser, server: str, width: int) -> None:  # type: ignore[no-untyped-def]
    context = watched(browser, viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(server + "/angebote/harz-jba-janalos")
    page.get_by_label("Was stimmt nicht?").select_option(label="Telefonnummer")
    page.get_by_label("Was ist richtig?").fill("kurz")  # too short: explained, kept
    with page.expect_navigation():
        page.get_by_role("button", name="Hinweis senden").click()
    assert "Bitte beschreibe kurz" in page.get_by_role("alert").inner_text()
    check(page)
    page.get_by_label("Was ist richtig?").fill("Die Nummer ist neu, siehe Internetseite des Kreises.")
    page.get_by_label("Dienstliche E-Mail").fill("netzwerk@kreis.example")
    page.get_by_role("button", name="Hinweis senden").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "angekommen" in page.get_by_role("status").inner_text()
    check(page)
    log_in(page, server)
    page.goto(server + "/berater/hinweise")
    assert page.get_by_role("heading", name="Hinweise zu Angeboten").is_visible()
    assert page.get_by_text("Die Nummer ist neu").is_visible()
    check(page)
    with page.expect_navigation():
        page.get_by_role("button", name="Erledigt").first.click()
    assert page.get_by_role("status").inner_text().startswith("0 Hinweise")
    context.close()
