"""The web chat's own words in every language, handed to the page once (chat.js picks the
language of each answer), which languages are written right to left, and the launcher's
words with the unread count's plural forms."""

from __future__ import annotations

from typing import Any

from babel import Locale

from bot.core import texts
from bot.i18n import DEFAULT, LANGUAGES, SIMPLE_GERMAN, use_language
from bot.i18n.languages import RIGHT_TO_LEFT


def widget_words() -> dict[str, Any]:
    """{"default": "de", "rtl": [...], "words": {language: {key: text}}} for the page."""
    words = {}
    for code in LANGUAGES:
        with use_language(code):
            words[code] = dict(texts.WIDGET)
    return {"default": DEFAULT, "rtl": sorted(RIGHT_TO_LEFT), "words": words}


def plural_categories(code: str) -> dict[str, int]:
    """One example count for each plural category (CLDR: zero, one, two, few, many, other)
    a whole number can fall in, in a language: {"one": 1, "few": 2, "many": 0} for Russian."""
    rule = Locale.parse("de" if code == SIMPLE_GERMAN else code).plural_form
    examples: dict[str, int] = {}
    for n in range(200):
        examples.setdefault(rule(n), n)
    return examples


def launcher_texts(code: str) -> dict[str, Any]:
    """The launcher button's words in a language: open, close, and the unread count per plural
    category with `{count}` for the number (widget.js picks the category with the browser's
    Intl.PluralRules, the same CLDR rules Babel has)."""
    with use_language(code):
        unread = {category: texts.unread_form(n) for category, n in plural_categories(code).items()}
        return {"language": code, "open": texts.WIDGET["open"], "close": texts.WIDGET["close"],
                "unread": unread}
