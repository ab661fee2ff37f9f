"""The web chat's own words in every language, handed to the page once (chat.js picks the
language of each answer), and which languages are written right to left."""

from __future__ import annotations

from typing import Any

from bot.core import texts
from bot.i18n import DEFAULT, LANGUAGES, use_language
from bot.i18n.languages import RIGHT_TO_LEFT


def widget_words() -> dict[str, Any]:
    """{"default": "de", "rtl": [...], "words": {language: {key: text}}} for the page."""
    words = {}
    for code in LANGUAGES:
        with use_language(code):
            words[code] = dict(texts.WIDGET)
    return {"default": DEFAULT, "rtl": sorted(RIGHT_TO_LEFT), "words": words}
