"""The web widget sends the browser's language: an English browser is greeted in English,
and each bubble says which language it is written in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from bot.reference import Reference
from tests.e2e.test_berater_browser import chat, serve


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
