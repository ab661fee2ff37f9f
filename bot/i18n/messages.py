"""`make messages`: extract the German msgids into `bot/locale/lotse.pot` and bring every
language's catalogue up to date with it (Babel's extract and update, run from Python because
Babel's command line refuses the catalogue directory `de-x-simple`).

New msgids arrive untranslated, changed ones as fuzzy suggestions from the old translation,
removed ones go. German is the source language: its catalogue gets every msgid as its own
translation (`msgen`); German wording is changed in the code, where the msgid lives.
"""

from __future__ import annotations

import copy
import io
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from babel import Locale
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po, write_po

from bot.i18n.catalogues import DOMAIN, LOCALE_DIR, TEMPLATE, po_path
from bot.i18n.check import report
from bot.i18n.languages import DEFAULT, LANGUAGES, OWN_NAMES, SIMPLE_GERMAN

ROOT = LOCALE_DIR.parent.parent
MAPPING = ROOT / "babel.cfg"
SOURCES = ("bot", "matching")
COMMENT_TAGS = ("NOTE:",)
WIDTH = 100
_DATES = re.compile(r'^"(POT-Creation-Date|PO-Revision-Date): .*\\n"$', re.MULTILINE)


def extract() -> Catalog:
    """Every marked German text of the code, in the order of the files, with translator notes."""
    with MAPPING.open(encoding="utf-8") as file:
        method_map, options_map = parse_mapping_cfg(file)
    template = Catalog(project="Lotse", copyright_holder="Lotse", domain=DOMAIN, fuzzy=False,
                       header_comment="# The msgids of Lotse: German, the source language.\n"
                                      "# Written by `make messages`; translate in bot/locale/<code>/.\n#")

    def wanted(path: str) -> bool:
        relative = Path(path).relative_to(ROOT).parts
        return bool(relative) and relative[0] in SOURCES

    for filename, lineno, message, comments, context in extract_from_dir(
            ROOT, method_map, options_map, comment_tags=COMMENT_TAGS, strip_comment_tags=True,
            directory_filter=wanted):
        if message:
            template.add(message, None, [(filename, lineno)], auto_comments=comments,
                         context=context)
    return template


def render(catalog: Catalog) -> str:
    """A catalogue as `.po` text (locations by file only, so that moving code changes nothing)."""
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=WIDTH, include_lineno=False, ignore_obsolete=True)
    return buffer.getvalue().decode("utf-8")


def same_but_dates(old: str, new: str) -> bool:
    return _DATES.sub("", old) == _DATES.sub("", new)


def _write(path: Path, text: str) -> bool:
    """Write `text` unless only the dates in its header would change; True if written."""
    if path.exists() and same_but_dates(path.read_text(encoding="utf-8"), text):
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return True


def babel_locale(code: str) -> Locale:
    """Babel's locale for a catalogue: Einfache Sprache is German to Babel."""
    return Locale.parse("de" if code == SIMPLE_GERMAN else code)


def updated(code: str, template: Catalog) -> Catalog:
    """The catalogue of one language, brought up to date with the template."""
    path = po_path(code)
    if path.exists():
        with path.open("rb") as file:
            catalog = read_po(file, locale=babel_locale(code), domain=DOMAIN)
    else:
        catalog = Catalog(locale=babel_locale(code), domain=DOMAIN, project="Lotse",
                          copyright_holder="Lotse", language_team=OWN_NAMES[code], fuzzy=False)
    catalog.header_comment = (f"# Lotse in {OWN_NAMES[code]} ({code}).\n"
                              "# Updated by `make messages`; see docs/languages.md.\n#")
    catalog.update(copy.deepcopy(template), update_creation_date=False)  # update shares messages
    if code == DEFAULT:  # the source language: each msgid is its own translation
        for message in catalog:
            if message.id:
                message.string = message.id
                message.flags.discard("fuzzy")
    return catalog


def main(languages: Iterable[str] = LANGUAGES) -> None:
    template = extract()
    written = ["bot/locale/lotse.pot"] if _write(TEMPLATE, render(template)) else []
    for code in languages:
        if _write(po_path(code), render(updated(code, template))):
            written.append(str(po_path(code).relative_to(ROOT)))
    print(f"{len(template)} messages; " + (f"written: {', '.join(written)}" if written
                                            else "everything was up to date"))
    print(report(languages))


if __name__ == "__main__":
    main(sys.argv[1:] or LANGUAGES)
