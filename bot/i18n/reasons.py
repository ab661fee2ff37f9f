"""The routing's reasons (German sentences from `matching.reasons`) in the current language.

A reason is found by its template; its values – a need, a category, language names – are
said in the current language too, place names and ages stay as they are. A reason from no
template (a category's note) is looked up whole, and stays German where it has no
translation.
"""

from __future__ import annotations

import re

from bot.i18n.context import current_language, gettext
from bot.i18n.languages import DEFAULT
from matching.reasons import LIST_SEPARATOR, WITH_VALUES

_FIELD = re.compile(r"\{(\w+)\}")


def _pattern(template: str) -> re.Pattern[str]:
    parts = _FIELD.split(template)  # text, name, text, name, …, text
    return re.compile("".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)"
                              for i, part in enumerate(parts)) + r"\Z")


_TEMPLATES = tuple((template, _pattern(template)) for template in WITH_VALUES)


def say_reason(reason: str) -> str:
    """One reason of a match, in the current language."""
    if current_language() == DEFAULT:
        return reason
    for template, pattern in _TEMPLATES:
        found = pattern.match(reason)
        if found is not None:
            values = {name: _said(value) for name, value in found.groupdict().items()}
            return gettext(template).format(**values)
    return gettext(reason)


def _said(value: str) -> str:
    """A value in the current language: whole when the catalogue has it whole (a need's label
    with a comma in it, "Neu in Deutschland, Sprache und Papiere"), else item by item of a list."""
    whole = gettext(value)
    if whole != value:
        return whole
    return LIST_SEPARATOR.join(gettext(v) for v in value.split(LIST_SEPARATOR))
