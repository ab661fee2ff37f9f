"""The interface languages: their codes, names, which catalogues are complete, what stands in.

Codes are ISO 639-1, except Einfache Sprache (plain German: short sentences, common words,
one idea per sentence), which is `de-x-simple` – German with a BCP 47 private-use subtag,
so that every client that knows `de` still sees German. Dari is written like Farsi and
shares its code `fa`.
"""

from __future__ import annotations

from matching.languages import LANGUAGE_NAMES

DEFAULT = "de"
SIMPLE_GERMAN = "de-x-simple"
LANGUAGES: tuple[str, ...] = ("de", SIMPLE_GERMAN, "en", "uk", "ru", "ar", "tr", "fa")
# languages whose catalogue is complete (tests/bot/test_catalogues.py holds them to it); a
# translator who finishes one adds it here, and from then on Lotse speaks it
COMPLETE_LANGUAGES: tuple[str, ...] = ("de", SIMPLE_GERMAN, "en", "uk", "ru", "ar", "tr", "fa")
# what a chat in a language that is not complete yet is written in
STAND_IN = {SIMPLE_GERMAN: "de"}
STAND_IN_DEFAULT = "en"
# written right to left (the web chat mirrors its layout for them)
RIGHT_TO_LEFT: frozenset[str] = frozenset({"ar", "fa"})
# each language in its own words, for the language buttons
OWN_NAMES: dict[str, str] = {
    "de": "Deutsch", SIMPLE_GERMAN: "Einfache Sprache", "en": "English", "uk": "Українська",
    "ru": "Русский", "ar": "العربية", "tr": "Türkçe", "fa": "فارسی / دری",
}
# the German names, for counsellors and the German `/auskunft`
GERMAN_NAMES: dict[str, str] = {**{code: LANGUAGE_NAMES[code] for code in LANGUAGES
                                   if code in LANGUAGE_NAMES}, SIMPLE_GERMAN: "Einfache Sprache"}
# language tags a client may send (`metadata.language`, Telegram's `language_code`) that
# mean one of ours: Dari (prs) and Iranian Persian (pes) are written as Farsi
TAG_ALIASES = {"prs": "fa", "pes": "fa", "ua": "uk"}


def shown_language(code: str) -> str:
    """The language a chat in `code` is written in: itself when its catalogue is complete,
    else plain German → German, every other → English."""
    if code in COMPLETE_LANGUAGES:
        return code
    return STAND_IN.get(code, STAND_IN_DEFAULT)


def base_language(code: str) -> str:
    """"de-x-simple" is German; every other code is its own base."""
    return "de" if code == SIMPLE_GERMAN else code


def from_tag(tag: str | None) -> str | None:
    """One of our codes for a client's language tag ("en-US", "de-DE", "prs-AF",
    "de-x-simple"), or None when it names none of them."""
    if not tag:
        return None
    tag = tag.strip().replace("_", "-").lower()
    if tag == SIMPLE_GERMAN:
        return tag
    primary = tag.split("-", 1)[0]
    primary = TAG_ALIASES.get(primary, primary)
    return primary if primary in LANGUAGES else None


def german_name(code: str) -> str:
    """"ar" -> "Arabisch"; an unknown code as itself."""
    return GERMAN_NAMES.get(code, code)
