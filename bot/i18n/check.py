"""How complete each catalogue is: the messages a language still lacks, and translations whose
placeholders differ from the msgid's. `python -m bot.i18n.check` prints it for translators;
tests/bot/i18n/test_catalogues.py holds the complete languages to it."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass

from bot.i18n.catalogues import read_catalogue
from bot.i18n.languages import COMPLETE_LANGUAGES, LANGUAGES

_FIELD = re.compile(r"\{(\w*)[^{}]*\}")


def placeholders(text: str) -> set[str]:
    """The named placeholders of a message ("{age}" → "age"); a translation may use one
    more or less often than the German text, but no other."""
    return set(_FIELD.findall(text.replace("{{", "").replace("}}", "")))


@dataclass(frozen=True, slots=True)
class Completeness:
    language: str
    total: int
    missing: tuple[str, ...]  # msgids without a translation
    fuzzy: tuple[str, ...]  # translated, but marked fuzzy (not used until checked)
    wrong_placeholders: tuple[str, ...]  # translations whose placeholders differ

    @property
    def complete(self) -> bool:
        return not (self.missing or self.fuzzy or self.wrong_placeholders)


def completeness(code: str) -> Completeness:
    """What a language's catalogue lacks."""
    missing, fuzzy, wrong = [], [], []
    total = 0
    for message in read_catalogue(code):
        if not message.id:
            continue
        total += 1
        if isinstance(message.id, tuple):  # a plural message (ngettext): every form counts
            msgid = str(message.id[0])
            forms = [str(f) for f in message.string] if isinstance(message.string, tuple) else []
            wanted = placeholders(msgid) | placeholders(str(message.id[1]))
        else:
            msgid = str(message.id)
            forms = [message.string] if isinstance(message.string, str) else []
            wanted = placeholders(msgid)
        if not forms or not all(forms):
            missing.append(msgid)
        elif message.fuzzy:
            fuzzy.append(msgid)
        if isinstance(message.id, tuple):
            # a form for one number may say it in words ("رسالتان": two messages); the last,
            # general form carries every placeholder, and none has another
            if forms and all(forms) and (placeholders(forms[-1]) != wanted or any(
                    not placeholders(form) <= wanted for form in forms)):
                wrong.append(msgid)
        elif forms and forms[0] and placeholders(forms[0]) != wanted:
            wrong.append(msgid)
    return Completeness(code, total, tuple(missing), tuple(fuzzy), tuple(wrong))


def report(codes: Iterable[str] = LANGUAGES) -> str:
    """One line per language: translated, missing, fuzzy, wrong placeholders."""
    lines = []
    for code in codes:
        c = completeness(code)
        done = c.total - len(c.missing) - len(c.fuzzy)
        mark = "complete" if code in COMPLETE_LANGUAGES else "in translation"
        lines.append(f"{code:12} {done:4}/{c.total} translated, {len(c.missing)} missing, "
                     f"{len(c.fuzzy)} fuzzy, {len(c.wrong_placeholders)} with wrong placeholders "
                     f"({mark})")
    return "\n".join(lines)


if __name__ == "__main__":
    codes = sys.argv[1:] or list(LANGUAGES)
    print(report(codes))
    for code in codes:
        for msgid in completeness(code).wrong_placeholders:
            print(f"{code}: placeholders differ: {msgid!r}")
