"""nlu/ngrams.py gives exactly scikit-learn's n-grams, and mmh3 its hash: on every message the
two models learn from (the NLU's training files and the crisis net's), so that a model read
from its cache scores as the fitted one without importing scikit-learn."""

from __future__ import annotations

import mmh3
import pytest
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.utils import murmurhash3_32

from bot import crisis_model
from nlu import ngrams
from nlu.fuzzy import VECTORIZERS
from nlu.training_data import load_many

MESSAGES = sorted({e.text for e in crisis_model.training_examples()}
                  | {e.text for e in load_many(sorted((crisis_model.ROOT / "nlu" / "data").glob("*.yml"))).examples}
                  | {"", "   ", "a", "ab  cd\t\nef", "Ich   bin\u00a0hier!", "x" * 3, "I’m here – 1½ hours"})


def test_there_are_messages_of_every_script() -> None:
    assert len(MESSAGES) > 20_000
    assert any("ж" in m for m in MESSAGES) and any("ع" in m for m in MESSAGES)


@pytest.mark.parametrize("settings", VECTORIZERS, ids=lambda s: str(s["analyzer"]))
def test_the_nlu_analyzers_are_scikit_learns(settings: dict[str, object]) -> None:
    kind, ngram_range = str(settings["analyzer"]), settings["ngram_range"]
    theirs = CountVectorizer(analyzer=kind, ngram_range=ngram_range).build_analyzer()  # type: ignore[arg-type]
    ours = ngrams.analyzer(kind, ngram_range)  # type: ignore[arg-type]
    assert [m for m in MESSAGES if ours(m) != theirs(m)] == []


def test_the_check_in_nets_analyzers_and_hash_are_scikit_learns() -> None:
    chars, words = crisis_model._vectorizers()
    analyzers = ((chars.build_analyzer(), crisis_model._CHAR_GRAMS),  # type: ignore[attr-defined]
                 (words.build_analyzer(), crisis_model._WORD_GRAMS))  # type: ignore[attr-defined]
    for theirs, ours in analyzers:
        assert [m for m in MESSAGES if ours(m) != theirs(m)] == []
    grams = {g for m in MESSAGES[::7] for g in crisis_model._CHAR_GRAMS(m) + crisis_model._WORD_GRAMS(m)}
    assert len(grams) > 50_000
    assert [g for g in grams if mmh3.hash(g, 0) != murmurhash3_32(g, 0)] == []


def test_hashed_counts_are_the_rows_of_counts() -> None:
    sample = MESSAGES[::97]
    matrix = crisis_model.counts(sample)
    for i, message in enumerate(sample):
        row = matrix.getrow(i)
        assert dict(zip(row.indices.tolist(), row.data.tolist(), strict=True)) == \
            dict(crisis_model.hashed_counts(message))


def test_word_ngrams_of_short_lists() -> None:
    assert ngrams.word_ngrams([], 1, 2) == []
    assert ngrams.word_ngrams(["a"], 1, 2) == ["a"]
    assert ngrams.word_ngrams(["a", "b", "c"], 2, 3) == ["a b", "b c", "a b c"]
    with pytest.raises(ValueError):
        ngrams.analyzer("char", (1, 2))
