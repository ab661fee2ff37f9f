"""Occupations for the import: BA titles with their KldB 2010 codes (data/berufe/berufe.csv).

A free-text occupation is resolved like the chat does (`nlu.occupations.OccupationIndex`:
exact titles, short forms, one typo), then by a rapidfuzz ratio over all titles.
"""

from __future__ import annotations

import csv
import functools
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz, process

from matching.text import fold
from nlu.occupations import OccupationIndex

FUZZY_CUTOFF = 90.0


@dataclass(frozen=True, slots=True)
class Occupation:
    title: str
    kldb: str
    ambiguous: bool = False  # the title has several codes; the Fachkraft one was taken


@dataclass
class OccupationCatalogue:
    """Titles and codes of the BA list; `resolve` turns free text into a title and a code."""

    codes: dict[str, tuple[str, ...]]  # folded title → its KldB codes
    titles: dict[str, str]  # folded title → title as in the list
    code_titles: dict[str, str]  # KldB code → first title with it
    _index: OccupationIndex | None = field(default=None, repr=False)

    @classmethod
    def from_pairs(cls, pairs: list[tuple[str, str]]) -> OccupationCatalogue:
        codes: dict[str, list[str]] = defaultdict(list)
        titles: dict[str, str] = {}
        code_titles: dict[str, str] = {}
        for title, code in pairs:
            key = fold(title)
            if not key or not code.isdigit():
                continue
            titles.setdefault(key, title)
            if code not in codes[key]:
                codes[key].append(code)
            code_titles.setdefault(code, title)
        return cls({k: tuple(v) for k, v in codes.items()}, titles, code_titles)

    def known_code(self, code: str) -> bool:
        return code in self.code_titles

    def title_of(self, code: str) -> str | None:
        return self.code_titles.get(code)

    def codes_of(self, title: str) -> tuple[str, ...]:
        return self.codes.get(fold(title), ())

    def resolve(self, text: str) -> Occupation | None:
        """The BA title and KldB code a free text names, or None (a field is no occupation)."""
        key = fold(text)
        if key not in self.codes:
            found = self.index.resolve(text)
            key = found if found in self.codes else ""
        if not key:
            hit = process.extractOne(fold(text), list(self.codes), scorer=fuzz.ratio,
                                     score_cutoff=FUZZY_CUTOFF)
            if hit is None:
                return None
            key = hit[0]
        codes = self.codes[key]
        # last digit = level of requirement; 2 (Fachkraft) is what an internship shows
        code = min(codes, key=lambda c: (c[-1] != "2", c))
        return Occupation(self.titles[key], code, ambiguous=len(codes) > 1)

    @property
    def index(self) -> OccupationIndex:
        if self._index is None:
            self._index = OccupationIndex(self.titles)
        return self._index


def read_occupations(path: Path) -> OccupationCatalogue:
    """The catalogue of a berufe.csv (columns title, kldb5; lines starting with # skipped)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return OccupationCatalogue.from_pairs([(r["title"], r["kldb5"]) for r in rows])


@functools.cache
def load_occupations(data_dir: Path) -> OccupationCatalogue:
    """The catalogue of a data folder (data/berufe/berufe.csv), loaded once per process."""
    return read_occupations(data_dir / "berufe" / "berufe.csv")
