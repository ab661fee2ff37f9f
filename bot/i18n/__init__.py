"""Lotse in several languages: catalogues (Babel/gettext), the current language, detection.

German is the source language: every msgid is the German text. See docs/languages.md.
"""

from bot.i18n.context import N_, current_language, gettext, ngettext, use_language
from bot.i18n.languages import (
    COMPLETE_LANGUAGES,
    DEFAULT,
    LANGUAGES,
    SIMPLE_GERMAN,
    base_language,
    from_tag,
    german_name,
    shown_language,
)

_ = gettext

__all__ = [
    "COMPLETE_LANGUAGES", "DEFAULT", "LANGUAGES", "N_", "SIMPLE_GERMAN", "_", "base_language",
    "current_language", "from_tag", "german_name", "gettext", "ngettext", "shown_language",
    "use_language",
]
