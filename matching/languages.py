"""German names of the languages offers are given in (ISO 639-1 codes)."""

from __future__ import annotations

LANGUAGE_NAMES: dict[str, str] = {
    "de": "Deutsch",
    "en": "Englisch",
    "ar": "Arabisch",
    "tr": "Türkisch",
    "uk": "Ukrainisch",
    "ru": "Russisch",
    "fa": "Persisch (Farsi/Dari)",
    "ku": "Kurdisch",
    "pl": "Polnisch",
    "ro": "Rumänisch",
    "bg": "Bulgarisch",
    "fr": "Französisch",
    "es": "Spanisch",
    "it": "Italienisch",
    "el": "Griechisch",
    "ti": "Tigrinya",
    "so": "Somali",
    "ps": "Paschtu",
    "sq": "Albanisch",
    "sr": "Serbisch",
    "hr": "Kroatisch",
    "bs": "Bosnisch",
    "vi": "Vietnamesisch",
    "ur": "Urdu",
    "hi": "Hindi",
    "am": "Amharisch",
}


def language_name(code: str) -> str:
    """The German name of a language code, or the code itself when unknown."""
    return LANGUAGE_NAMES.get(code, code)
