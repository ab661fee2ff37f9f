"""The message catalogues: `bot/locale/<code>/LC_MESSAGES/lotse.po`, read when first needed.

The `.po` files themselves are loaded (with Babel's reader), not compiled `.mo` files: the
files translators edit are the files that run, there is no build step to forget, and reading
all eight takes a few milliseconds at start-up. Only translated, non-fuzzy messages count; a
message without one falls back to the stand-in language and then to the German msgid.
"""

from __future__ import annotations

import gettext
import threading
from collections.abc import Callable, Mapping
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from bot.i18n.languages import DEFAULT, LANGUAGES, SIMPLE_GERMAN, STAND_IN, STAND_IN_DEFAULT

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
DOMAIN = "lotse"
TEMPLATE = LOCALE_DIR / f"{DOMAIN}.pot"

_loaded: dict[str, Mapping[str, str]] = {}
# plural messages (ngettext): singular msgid -> the forms, and the language's rule n -> form
_plurals: dict[str, tuple[Mapping[str, tuple[str, ...]], Callable[[int], int]]] = {}
_loading = threading.Lock()


def po_path(code: str) -> Path:
    """Where the catalogue of a language lives (the directory is named by its code)."""
    return LOCALE_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.po"


def read_catalogue(code: str) -> Catalog:
    """The catalogue of a language as Babel reads it (`de-x-simple` as German: Babel knows
    no private-use subtags, and plain German has German's plural rules)."""
    with po_path(code).open("rb") as file:
        return read_po(file, locale="de" if code == SIMPLE_GERMAN else code, domain=DOMAIN)


def translations(code: str) -> Mapping[str, str]:
    """msgid -> msgstr of the translated, non-fuzzy messages of a language."""
    found = _loaded.get(code)
    if found is not None:
        return found
    with _loading:
        if code not in _loaded:
            path = po_path(code)
            catalog = read_catalogue(code) if path.exists() else Catalog()
            _loaded[code] = {str(m.id): str(m.string) for m in catalog
                             if m.id and isinstance(m.id, str) and m.string and not m.fuzzy}
        return _loaded[code]


def plural_translations(code: str) -> tuple[Mapping[str, tuple[str, ...]], Callable[[int], int]]:
    """The plural messages of a language (singular msgid -> its translated forms, only when
    every form is translated and not fuzzy) and its rule (the catalogue's `Plural-Forms`)."""
    found = _plurals.get(code)
    if found is not None:
        return found
    with _loading:
        if code not in _plurals:
            path = po_path(code)
            catalog = read_catalogue(code) if path.exists() else Catalog(locale="de")
            forms = {str(m.id[0]): tuple(str(f) for f in m.string) for m in catalog
                     if isinstance(m.id, tuple) and isinstance(m.string, tuple)
                     and all(m.string) and not m.fuzzy}
            _plurals[code] = (forms, gettext.c2py(catalog.plural_expr))
        return _plurals[code]


def load_all() -> None:
    """Read every catalogue now (at start-up), not in the first turn that needs one."""
    for code in LANGUAGES:
        translations(code)
        plural_translations(code)


def translated(msgid: str, code: str) -> str | None:
    """The message in exactly this language, or None when it has no translation there."""
    return translations(code).get(msgid)


def translate(msgid: str, code: str) -> str:
    """The message in a language; else in its stand-in; else the German msgid itself."""
    if code == DEFAULT:
        return translations(DEFAULT).get(msgid, msgid)
    for language in (code, STAND_IN.get(code, STAND_IN_DEFAULT)):
        text = translations(language).get(msgid)
        if text is not None:
            return text
    return msgid


def translate_plural(singular: str, plural: str, n: int, code: str) -> str:
    """The form for `n` of a plural message in a language; else in its stand-in; else the
    German msgid's (German's rule: one for 1, else the plural)."""
    chain = (DEFAULT,) if code == DEFAULT else (code, STAND_IN.get(code, STAND_IN_DEFAULT))
    for language in chain:
        forms, rule = plural_translations(language)
        found = forms.get(singular)
        if found is not None:
            return found[min(rule(n), len(found) - 1)]
    return singular if n == 1 else plural
