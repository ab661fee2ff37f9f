"""The current language: a context variable set for one turn, and gettext on top of it.

    respond(state, message) ──with use_language(code)──▶ texts.X / _("…") ──▶ that language

A context variable keeps two turns in two threads apart. Threads started with
`ThreadPoolExecutor.submit` do not inherit it: run the call in `contextvars.copy_context()`
or set the language again inside it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar

from bot.i18n.catalogues import translate, translate_plural
from bot.i18n.languages import DEFAULT

_current: ContextVar[str] = ContextVar("lotse_language", default=DEFAULT)


def current_language() -> str:
    """The language replies are written in right now ("de" outside any turn)."""
    return _current.get()


@contextlib.contextmanager
def use_language(code: str) -> Iterator[str]:
    """Write in `code` inside the block."""
    token = _current.set(code)
    try:
        yield code
    finally:
        _current.reset(token)


def gettext(msgid: str) -> str:
    """The German `msgid` in the current language."""
    return translate(msgid, _current.get())


def ngettext(singular: str, plural: str, n: int) -> str:
    """The German plural message (`singular`, `plural`) for the number `n`, in the current
    language with that language's plural forms (Arabic has six, Russian three)."""
    return translate_plural(singular, plural, n, _current.get())


def N_(msgid: str) -> str:
    """Marks a German text for the catalogues; it is translated where it is used."""
    return msgid
