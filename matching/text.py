"""Text folding shared by place resolution and NLU: lowercase, umlauts spelled out."""

from __future__ import annotations

import re
import unicodedata

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e"})
_NON_WORD = re.compile(r"[^\w]+")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lowercase, NFC, umlauts as ae/oe/ue/ss, punctuation as single spaces."""
    text = unicodedata.normalize("NFC", text).lower().translate(_UMLAUTS)
    text = _NON_WORD.sub(" ", text).replace("_", " ")
    return _SPACES.sub(" ", text).strip()
