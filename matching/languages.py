"""German names of the languages offers are given in (ISO 639-1 codes)."""

from __future__ import annotations

from matching.reasons import N_

LANGUAGE_NAMES: dict[str, str] = {
    "de": N_("Deutsch"),
    "en": N_("Englisch"),
    "ar": N_("Arabisch"),
    "tr": N_("Türkisch"),
    "uk": N_("Ukrainisch"),
    "ru": N_("Russisch"),
    "fa": N_("Persisch (Farsi/Dari)"),
    "ku": N_("Kurdisch"),
    "pl": N_("Polnisch"),
    "ro": N_("Rumänisch"),
    "bg": N_("Bulgarisch"),
    "fr": N_("Französisch"),
    "es": N_("Spanisch"),
    "it": N_("Italienisch"),
    "el": N_("Griechisch"),
    "ti": N_("Tigrinya"),
    "so": N_("Somali"),
    "ps": N_("Paschtu"),
    "sq": N_("Albanisch"),
    "sr": N_("Serbisch"),
    "hr": N_("Kroatisch"),
    "bs": N_("Bosnisch"),
    "vi": N_("Vietnamesisch"),
    "ur": N_("Urdu"),
    "hi": N_("Hindi"),
    "am": N_("Amharisch"),
}


def language_name(code: str) -> str:
    """The German name of a language code, or the code itself when unknown."""
    return LANGUAGE_NAMES.get(code, code)
