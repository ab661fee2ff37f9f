"""The web widget sends the browser's language: an English browser is greeted in English,
and each bubble says which language it is written in; Arabic and Farsi mirror the chat."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from axe_playwright_python.sync_playwright import Axe
from sqlalchemy import Engine

from bot.reference import Reference
from tests.e2e.test_berater_browser import chat, serve
from tests.e2e.test_widget_browser import csp_violations, watched


@pytest.fixture
def server(sqlite_engine: Engine, reference: Reference) -> Iterator[str]:
    yield from serve(sqlite_engine, reference)


def test_an_english_browser_is_greeted_in_english_and_a_german_sentence_switches(  # type: ignore[no-untyped-def]
        browser, server: str) -> None:
    page = browser.new_context(locale="en-GB").new_page()
    page.goto(server + "/")
    page.locator("#log li.bubble.bot").first.wait_for()
    greeting = page.locator("#log li.bubble.bot").first
    assert greeting.inner_text().startswith("Hi! I'm Lotse")
    assert greeting.get_attribute("lang") == "en"
    assert page.locator("#buttons button", has_text="Language").count() == 1
    chat(page, "ich suche eine ausbildung in bochum")
    last = page.locator("#log li.bubble.bot").last
    assert last.get_attribute("lang") == "de" and "alt" in last.inner_text()


def test_arabic_mirrors_the_chat_and_keeps_phone_numbers_in_order(  # type: ignore[no-untyped-def]
        browser, server: str) -> None:
    page = watched(browser, locale="de-DE").new_page()  # under the page's real CSP
    page.goto(server + "/")
    page.locator("#log li.bubble.bot").first.wait_for()
    chat(page, "/sprache ar")
    chat_box = page.locator("section.chat")
    assert chat_box.get_attribute("dir") == "rtl" and chat_box.get_attribute("lang") == "ar"
    last = page.locator("#log li.bubble.bot").last
    assert last.get_attribute("dir") == "rtl" and last.get_attribute("lang") == "ar"
    send = page.locator("#send").inner_text()
    assert send and send != "Senden"  # the composer speaks Arabic too
    chat(page, "أريد أن أموت")  # a crisis: cards with phone numbers
    card = page.locator("#log li.offer").first
    assert card.get_attribute("dir") == "rtl" and card.get_attribute("lang") == "ar"
    numbers = page.locator("#log li.bubble.bot bdi[dir=ltr]").all_inner_texts()
    assert "112" in numbers or any("0800" in n for n in numbers)
    # mirrored: the own bubbles on the left, Lotse's on the right (as in chat apps in Arabic)
    mine = page.locator("#log li.bubble.me").last.bounding_box()
    lotse = page.locator("#log li.bubble.bot").last.bounding_box()
    log = page.locator("#log").bounding_box()
    assert mine and lotse and log
    assert mine["x"] <= log["x"] + 2 and mine["x"] + mine["width"] < log["x"] + log["width"] - 20
    assert lotse["x"] + lotse["width"] >= log["x"] + log["width"] - 2
    assert csp_violations(page) == []
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    chat(page, "/sprache de")
    assert chat_box.get_attribute("dir") == "ltr"
    assert page.locator("#send").inner_text() == "Senden"
