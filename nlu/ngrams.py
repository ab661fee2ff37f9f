"""The n-grams scikit-learn's text vectorizers make of a message, without importing
scikit-learn.

Importing scikit-learn costs about two seconds of every process start (it brings pandas and
scipy.stats along), and a running Lotse only needs its tokenisation: the fitted models are kept
as arrays (`nlu/fuzzy.py`, `bot/crisis_model.py`). These functions are scikit-learn's own
analyzers for `analyzer="char_wb"` and `analyzer="word"` (`sklearn/feature_extraction/text.py`:
`_char_wb_ngrams`, `_word_ngrams`, the default token pattern and lower-casing), restated;
`tests/nlu/test_ngrams.py` holds them equal to scikit-learn's on every training message. Fitting
still uses scikit-learn itself."""

from __future__ import annotations

import re
from collections.abc import Callable

WORD_TOKENS = r"(?u)\b\w\w+\b"  # scikit-learn's default token_pattern
_WHITE_SPACES = re.compile(r"\s\s+")

Analyzer = Callable[[str], list[str]]


def char_wb_ngrams(text: str, min_n: int, max_n: int) -> list[str]:
    """Character n-grams inside words, each word padded with one space on either side."""
    ngrams: list[str] = []
    append = ngrams.append
    for word in _WHITE_SPACES.sub(" ", text).split():
        word = f" {word} "
        length = len(word)
        for n in range(min_n, max_n + 1):
            offset = 0
            append(word[offset:offset + n])
            while offset + n < length:
                offset += 1
                append(word[offset:offset + n])
            if offset == 0:  # a word shorter than n counts once
                break
    return ngrams


def word_ngrams(tokens: list[str], min_n: int, max_n: int) -> list[str]:
    """The tokens (when min_n is 1) and their runs of min_n..max_n, joined by spaces."""
    if max_n == 1:
        return tokens
    grams = list(tokens) if min_n == 1 else []
    for n in range(max(min_n, 2), min(max_n + 1, len(tokens) + 1)):
        grams.extend(" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
    return grams


def analyzer(kind: str, ngram_range: tuple[int, int], *,
             preprocessor: Callable[[str], str] = str.lower,
             token_pattern: str = WORD_TOKENS) -> Analyzer:
    """What `build_analyzer()` of a scikit-learn vectorizer with these settings returns."""
    min_n, max_n = ngram_range
    if kind == "char_wb":
        return lambda text: char_wb_ngrams(preprocessor(text), min_n, max_n)
    if kind == "word":
        tokens = re.compile(token_pattern).findall
        return lambda text: word_ngrams(tokens(preprocessor(text)), min_n, max_n)
    raise ValueError(f"no analyzer {kind!r}")
