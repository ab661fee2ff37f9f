"""The training example a message practically repeats (rapidfuzz's ratio from a cut-off), found
among the examples of about its length only.

`fuzz.ratio` is 100 · (1 − indel distance / (len(a) + len(b))), and the indel distance is at
least the difference of the lengths; so a ratio of `cutoff` or more needs the other text's length
within [len · c / (2 − c), len · (2 − c) / c] (c = cutoff / 100). Comparing only those gives
exactly `process.extractOne(query, texts, scorer=fuzz.ratio, score_cutoff=cutoff)` – the best
score, on a tie the earliest example (tests/nlu/test_near_duplicates.py) – without comparing
a message with all eleven thousand examples (1.5 ms a message before).
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from rapidfuzz import fuzz, process


class NearDuplicates:
    def __init__(self, texts: Sequence[str], cutoff: float) -> None:
        order = sorted(range(len(texts)), key=lambda i: (len(texts[i]), i))
        self._texts = [texts[i] for i in order]
        self._index = order  # position in the sorted list -> position in `texts`
        self._lengths = [len(texts[i]) for i in order]
        self._cutoff = cutoff

    def find(self, query: str) -> int | None:
        """The index (in the texts given) of the nearest example with a ratio of at least the
        cut-off, or None."""
        c = self._cutoff / 100
        if not query or c <= 0:
            return None
        low = bisect_left(self._lengths, math.floor(len(query) * c / (2 - c)) - 1)
        high = bisect_right(self._lengths, math.ceil(len(query) * (2 - c) / c) + 1)
        found = process.extract(query, self._texts[low:high], scorer=fuzz.ratio,
                                score_cutoff=self._cutoff, limit=None)
        if not found:
            return None
        best = max(score for _, score, _ in found)
        return min(self._index[low + at] for _, score, at in found if score == best)
