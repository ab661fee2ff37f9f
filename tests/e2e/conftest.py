"""Shared by the e2e tests: Debian's Chromium driven by Playwright (never downloaded), and the
app with the README's organisation that takes Harz handoffs (`web`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from starlette.testclient import TestClient

from bot.service import Lotse
from bot.web.app import create_app
from tests.conftest import skip_or_fail
from tests.e2e.dialogue_eval import readme_organisation

CHROMIUM = Path("/usr/bin/chromium")
# a German browser (the widget sends its language as the hint for the first message)
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--lang=de-DE",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        skip_or_fail("browser tests need Debian's Chromium at /usr/bin/chromium "
                     "(scripts/ensure-chromium installs it; `make test` runs that)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def web(db_engine: Engine, make_lotse: Callable[..., Lotse]) -> Iterator[TestClient]:
    """The app with the README's counsellor-inbox organisation (it takes Harz handoffs)."""
    with Session(db_engine) as session, session.begin():
        session.add(readme_organisation("Jugendberufsagentur Harz (Beispiel)"))
    with TestClient(create_app(make_lotse(db_engine)), raise_server_exceptions=False) as client:
        yield client
