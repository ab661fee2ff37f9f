"""Shared by the browser tests: Debian's Chromium driven by Playwright (never downloaded)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import skip_or_fail

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
