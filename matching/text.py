"""Text folding shared by place resolution and NLU: lowercase, umlauts spelled out."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e"})
_NON_WORD = re.compile(r"[^\w]+")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lowercase, NFC, umlauts as ae/oe/ue/ss, punctuation as single spaces."""
    text = unicodedata.normalize("NFC", text).lower().translate(_UMLAUTS)
    text = _NON_WORD.sub(" ", text).replace("_", " ")
    return _SPACES.sub(" ", text).strip()


def convert_with_index(text: str, convert: Callable[[str], str]) -> tuple[str, list[int]]:
    """Convert `text` character by character (white space to one space, nothing to a space),
    keeping for each output character the index of its source character (and len(text))."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        converted = " " if ch.isspace() else (convert(ch) or " ")
        for c in converted:
            out.append(c)
            index.append(i)
    index.append(len(text))
    return "".join(out), index
