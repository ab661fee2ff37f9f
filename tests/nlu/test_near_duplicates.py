"""The near-duplicate search by length gives what rapidfuzz's extractOne over all examples gives."""

from __future__ import annotations

import random

import pytest
from rapidfuzz import fuzz, process

from bot.reference import Reference
from nlu.fuzzy import NEAR_DUPLICATE
from nlu.near_duplicates import NearDuplicates
from nlu.normalize import neutralize, normalize


def _typo(text: str, rng: random.Random) -> str:
    chars = list(text)
    for _ in range(rng.randint(0, 3)):
        if chars:
            i = rng.randrange(len(chars))
            chars[i:i + 1] = rng.choice([[], [chars[i], chars[i]], ["x"]])
    return "".join(chars)


def test_the_same_example_as_extract_one_over_all(reference: Reference) -> None:
    texts = [t for t in (neutralize(normalize(e.text)) for e in reference.training.examples) if t]
    near = NearDuplicates(texts, NEAR_DUPLICATE)
    rng = random.Random(7)
    queries = [_typo(t, rng) for t in rng.sample(texts, 400)] + ["", "a", "hallo", "ich bin 17"]
    hits = 0
    for query in queries:
        expected = process.extractOne(query, texts, scorer=fuzz.ratio, score_cutoff=NEAR_DUPLICATE)
        found = near.find(query)
        assert found == (expected[2] if expected else None), query
        hits += found is not None
    assert hits >= 200  # most typo'd examples are still near-duplicates


@pytest.mark.parametrize("cutoff", [50.0, 80.0, 92.0, 100.0])
def test_ties_go_to_the_earliest_example_at_any_cutoff(cutoff: float) -> None:
    texts = ["abcd", "abce", "abcd", "xbcd", "abcdef", "ab"]
    near = NearDuplicates(texts, cutoff)
    for query in ("abcd", "abc", "abcdx", "zzzz", "abcdefg"):
        expected = process.extractOne(query, texts, scorer=fuzz.ratio, score_cutoff=cutoff)
        assert near.find(query) == (expected[2] if expected else None), (query, cutoff)
