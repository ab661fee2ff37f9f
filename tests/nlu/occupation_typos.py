"""A seeded typo benchmark: BA occupation titles with one random typo, in a sentence.

Found means: the extractor emits an occupation entity and the title it stands for
(exact, or through the occupation index when there is one) is the original title or
shares its KldB 2010 Berufsgattung (kldb5).
"""

from __future__ import annotations

import csv
import random
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from matching.text import fold

BERUFE = Path(__file__).resolve().parents[2] / "data" / "berufe" / "berufe.csv"
TEMPLATES = ("{}", "ich suche eine ausbildung als {}", "ich möchte {} werden")
LETTERS = "abcdefghijklmnopqrstuvwxyzäöü"


def read_groups() -> dict[str, set[str]]:
    """Folded title -> the KldB 2010 Berufsgattungen (kldb5) it belongs to."""
    groups: dict[str, set[str]] = defaultdict(set)
    with BERUFE.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(line for line in fh if not line.startswith("#")):
            groups[fold(row["title"])].add(row["kldb5"])
    return dict(groups)


def sample_titles(n: int = 1000, *, seed: int = 2026) -> list[str]:
    """`n` distinct titles as written in the list (only letters, spaces, hyphens)."""
    with BERUFE.open(encoding="utf-8", newline="") as fh:
        titles = sorted({row["title"] for row in csv.DictReader(
            line for line in fh if not line.startswith("#"))})
    titles = [t for t in titles if len(t) >= 4 and all(c.isalpha() or c in " -" for c in t)]
    return random.Random(seed).sample(titles, n)


def with_typo(word: str, rng: random.Random) -> str:
    """One random typo: a letter deleted, inserted, replaced, or two neighbours swapped."""
    positions = [i for i, c in enumerate(word) if c.isalpha()]
    i = rng.choice(positions)
    kind = rng.choice(("delete", "insert", "replace", "swap"))
    if kind == "delete":
        return word[:i] + word[i + 1:]
    if kind == "insert":
        return word[:i] + rng.choice(LETTERS) + word[i:]
    if kind == "replace":
        return word[:i] + rng.choice(LETTERS.replace(word[i].lower(), "")) + word[i + 1:]
    j = i + 1 if i + 1 < len(word) and word[i + 1].isalpha() else i - 1
    if j < 0 or not word[j].isalpha() or word[i] == word[j]:
        return word[:i] + word[i + 1:]
    a, b = sorted((i, j))
    return word[:a] + word[b] + word[a] + word[b + 1:]


def typo_cases(n: int = 1000, *, seed: int = 2026) -> list[tuple[str, str]]:
    """(message, original title): each title with one typo, in one of three templates."""
    rng = random.Random(seed)
    return [(TEMPLATES[k % len(TEMPLATES)].format(with_typo(title, rng)), title)
            for k, title in enumerate(sample_titles(n, seed=seed))]


def found_share(extract: Callable[[str], list[str]], canonical: Callable[[str], str | None],
                *, n: int = 1000, seed: int = 2026) -> tuple[float, list[tuple[str, str]]]:
    """Share of typo cases whose occupation resolves to the right title or kldb5 group."""
    groups = read_groups()
    misses = []
    for message, title in typo_cases(n, seed=seed):
        wanted = groups[fold(title)]
        ok = False
        for surface in extract(message):
            title_found = canonical(surface)
            if title_found is not None and (title_found == fold(title)
                                            or groups.get(title_found, set()) & wanted):
                ok = True
        if not ok:
            misses.append((message, title))
    return 1 - len(misses) / n, misses
