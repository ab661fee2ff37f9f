"""The embedded NLU backend: a linear model on character n-grams of the Rasa training
examples, rapidfuzz for near-duplicates, plus rule and lookup entity extraction."""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import re
import tempfile
import zipfile
from collections.abc import Callable
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from nlu import ngrams
from nlu.entities import EntityExtractor
from nlu.model import INTENTS, IntentScore, ParseResult
from nlu.near_duplicates import NearDuplicates
from nlu.normalize import neutralize, normalize
from nlu.payload import parse_payload
from nlu.training_data import Example, TrainingData

if TYPE_CHECKING:  # scikit-learn is imported only to fit a model (seconds of a process start)
    from sklearn.pipeline import Pipeline

TEMPERATURE = 0.2  # softmax over the linear model's margins; tuned by 5-fold CV on nlu.yml
NEAR_DUPLICATE = 92.0  # rapidfuzz ratio from which a message counts as a known training example
C_GERMAN = 0.5  # the German model's SVM regularisation (5-fold CV on nlu.yml)
C_ALL = 1.0  # the all-language model's (5-fold CV on the seven languages' training files)
SURE = 0.5  # a German model this sure of a message of unknown language keeps it
_NON_LATIN = re.compile(r"[\u0400-\u04ff\u0600-\u06ff]")
# the two TF-IDF feature sets: character n-grams (2–5, inside words) and words (1–2)
VECTORIZERS: tuple[dict[str, object], ...] = (
    {"analyzer": "char_wb", "ngram_range": (2, 5), "sublinear_tf": True},
    {"analyzer": "word", "ngram_range": (1, 2), "sublinear_tf": True},
)
CACHE_FORMAT = 1  # raise when what a cached model file holds changes
log = logging.getLogger(__name__)


class FuzzyBackend:
    """Parse messages without any server: fast, deterministic, honest about doubt.

    A linear model on character n-grams of the Rasa training examples (robust to typos and
    missing umlauts, like Rasa's own CountVectors featurizer); a message that rapidfuzz
    finds nearly identical to a training example takes that example's intent.

    With training data in several languages there are two models: one of all languages and
    one of the German examples alone, so that words other languages share with German
    ("die", "will", "was", "man") do not move German messages. `detect` (the chat's language
    detection, injected: nlu/ does not depend on bot/) says which one reads a message; one
    it cannot place goes to the German model when that is sure or more sure, else to the
    other (Cyrillic and Arabic script always to the other).
    """

    name = "fuzzy"

    def __init__(self, data: TrainingData, extractor: EntityExtractor, *,
                 detect: Callable[[str], str | None] | None = None,
                 cache_dir: Path | None = None) -> None:
        self._extractor = extractor
        self._detect = detect
        self._all = _Model(data.examples, C_ALL, cache_dir)
        if len(set(self._all.labels)) < 2:
            raise ValueError("the embedded NLU needs training examples of at least two intents")
        self._intents = tuple(dict.fromkeys([*INTENTS, *self._all.labels]))
        german = [e for e in data.examples if e.language == "de"]
        languages = {e.language for e in data.examples}
        self._german = _Model(german, C_GERMAN, cache_dir) if len(languages) > 1 and len(
            {e.intent for e in german}) >= 2 else None
        if self._german is None:  # one language: one model, as before
            self._all = _Model(data.examples, C_GERMAN if languages <= {"de", ""} else C_ALL, cache_dir)

    @property
    def intents(self) -> tuple[str, ...]:
        return self._intents

    @property
    def models(self) -> tuple[_Model, ...]:
        """The linear models (the all-language one first)."""
        return (self._all,) if self._german is None else (self._all, self._german)

    def parse(self, text: str) -> ParseResult:
        """Intent ranking and entities for one message."""
        payload = parse_payload(text, known_intents=self._intents)
        if payload is not None:
            return payload
        ranking = self._route(text)
        entities = tuple(self._extractor.extract(text))
        return ParseResult(text=text, intent=ranking[0], intent_ranking=tuple(ranking[:10]),
                           entities=entities)

    def intent(self, text: str) -> IntentScore:
        """`parse(text).intent` without the entities (nlu.model.top_intent)."""
        payload = parse_payload(text, known_intents=self._intents)
        return payload.intent if payload is not None else self._route(text)[0]

    def _route(self, text: str) -> list[IntentScore]:
        query = neutralize(normalize(text))
        if self._german is None:
            return self._all.ranking(query, self._intents)
        language = self._detect(text) if self._detect is not None else None
        if language == "de":
            return self._german.ranking(query, self._intents)
        if language is not None or _NON_LATIN.search(text):
            return self._all.ranking(query, self._intents)
        german = self._german.ranking(query, self._intents)
        # a Latin-script message in no language the detector knows: German when the German
        # model is sure – unless its words are ones the other languages' data knows and the
        # German data does not (Finglish "mikham ausbildung ro vel konam", Arabizi, "na mersi")
        if german[0].confidence >= SURE and \
                self._german.coverage(query) >= self._all.coverage(query):
            return german
        other = self._all.ranking(query, self._intents)
        return german if german[0].confidence >= other[0].confidence else other


class _Model:
    """One linear model with its training texts (for near-duplicates) and vocabulary.

    With a `cache_dir` the fitted model's numbers are kept there (`nlu-fuzzy-<hash>.npz`,
    arrays only, no pickle), keyed by the training texts, their intents, the settings and the
    scikit-learn version: a process that starts with the same training data reads them
    instead of fitting again (seconds per process). `pipeline` is then None; `scorer`
    computes the same decisions either way."""

    def __init__(self, examples: list[Example], c: float, cache_dir: Path | None = None) -> None:
        self.texts: list[str] = []
        self.labels: list[str] = []
        for example in examples:
            text = neutralize(normalize(example.text))
            if text:
                self.texts.append(text)
                self.labels.append(example.intent)
        self._known_words = frozenset(w for t in self.texts for w in t.split())
        self._near = NearDuplicates(self.texts, NEAR_DUPLICATE)
        self.pipeline: Pipeline | None = None
        self.scorer: LinearScorer | None = None
        if len(set(self.labels)) < 2:
            return
        path = cache_dir / f"nlu-fuzzy-{self._key(c)}.npz" if cache_dir is not None else None
        if path is not None and path.exists():
            try:
                with np.load(path, allow_pickle=False) as arrays:
                    self.scorer = LinearScorer.from_arrays(dict(arrays))
                return
            except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as exc:
                # unreadable (a half-written or damaged file): fit again, write anew
                log.warning("cached NLU model %s unreadable (%s): fitting it again", path.name, exc)
        self.pipeline = _fit_linear_model(self.texts, self.labels, c=c)
        self.scorer = LinearScorer(self.pipeline)
        if path is not None:
            _save(path, self.scorer.arrays())

    def _key(self, c: float) -> str:
        described = json.dumps([CACHE_FORMAT, _sklearn_version(), c, VECTORIZERS, self.texts, self.labels],
                               ensure_ascii=False)
        return hashlib.sha256(described.encode()).hexdigest()[:16]

    def ranking(self, query: str, intents: tuple[str, ...]) -> list[IntentScore]:
        return self._ranking(self._mask_unknown_self_descriptions(query), intents)

    def coverage(self, query: str) -> float:
        """The share of the message's words this model's training texts contain."""
        words = query.split()
        return sum(w in self._known_words for w in words) / len(words) if words else 1.0

    def _mask_unknown_self_descriptions(self, query: str) -> str:
        """ "ich bin tim" – a word after "bin" that the training data never saw is a name."""
        words = query.split()
        for i in range(1, len(words)):
            if (words[i - 1] == "bin" and words[i] not in self._known_words
                    and not words[i].isdigit()):
                words[i] = "jemand"
        return " ".join(words)

    def _ranking(self, query: str, intents: tuple[str, ...]) -> list[IntentScore]:
        if not query or self.scorer is None:
            return [IntentScore(name, 0.0) for name in intents]
        decision = self.scorer.decision(query)
        classes = self.scorer.classes
        top = float(decision.max())
        exps = {c: math.exp((float(d) - top) / TEMPERATURE) for c, d in zip(classes, decision, strict=True)}
        total = sum(exps.values())
        probabilities = {c: exps.get(c, 0.0) / total for c in intents}
        nearest = self._near.find(query)
        if nearest is not None:
            best_fuzzy = self.labels[nearest]
            # Practically a training example: trust it, keep the model's doubt for the rest.
            rest = 1.0 - probabilities[best_fuzzy]
            probabilities = {c: (p / rest * 0.05 if rest > 0 else 0.0) for c, p in probabilities.items()}
            probabilities[best_fuzzy] = 0.95
        ordered = sorted(probabilities.items(), key=lambda kv: -kv[1])
        return [IntentScore(name, round(value, 4)) for name, value in ordered]


@cache
def _sklearn_version() -> str:
    return version("scikit-learn")


def _fit_linear_model(texts: list[str], labels: list[str], *, c: float = C_GERMAN) -> Pipeline:
    """TF-IDF over character n-grams (2–5, inside words) and words, and a linear SVM."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import make_pipeline, make_union
    from sklearn.svm import LinearSVC

    features = make_union(*(TfidfVectorizer(**kwargs) for kwargs in VECTORIZERS))  # type: ignore[arg-type]
    return make_pipeline(features, LinearSVC(C=c)).fit(texts, labels)


def _save(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """Write the model's arrays atomically (two processes starting at once both may write)."""
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.stem, suffix=".tmp")
        with os.fdopen(fd, "wb") as file:
            np.savez(file, **arrays)  # type: ignore[arg-type]
        os.replace(temporary, path)
    except OSError as exc:  # a read-only home or a full disk: fit at every start, as before
        log.warning("could not keep the NLU model in %s (%s)", path.parent, exc)
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)


class LinearScorer:
    """The fitted pipeline's decision function for one message, without sklearn's per-call
    overhead (input validation, sparse matrix building: ~3 ms of a 4 ms parse).

    Uses the fitted vectorizers' own analyzers, vocabularies and idf weights and the SVM's
    coefficients, so it computes exactly `pipeline.decision_function([text])[0]`
    (tests/nlu/test_fuzzy.py checks that on every held-out message).
    """

    def __init__(self, pipeline: Pipeline) -> None:
        union, svm = pipeline.steps[0][1], pipeline.steps[-1][1]
        self.classes: list[str] = list(svm.classes_)
        self._parts: list[tuple[ngrams.Analyzer, dict[str, int], np.ndarray, int]] = []
        offset = 0
        for _, vectorizer in union.transformer_list:
            if not (vectorizer.sublinear_tf and vectorizer.norm == "l2" and vectorizer.use_idf):
                raise ValueError("LinearScorer supports sublinear, l2-normalised TF-IDF only")
            self._parts.append((vectorizer.build_analyzer(), vectorizer.vocabulary_,
                                vectorizer.idf_, offset))
            offset += len(vectorizer.vocabulary_)
        self._coef = np.ascontiguousarray(svm.coef_.T)  # (features, classes)
        self._intercept = svm.intercept_

    def arrays(self) -> dict[str, np.ndarray]:
        """Everything the scorer computes with, as plain arrays (for the model cache)."""
        arrays = {"classes": np.array(self.classes), "coef": self._coef, "intercept": self._intercept}
        for i, (_, vocabulary, idf, _offset) in enumerate(self._parts):
            terms = sorted(vocabulary, key=vocabulary.__getitem__)  # column order
            arrays[f"terms{i}"], arrays[f"idf{i}"] = np.array(terms), idf
        return arrays

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray]) -> LinearScorer:
        """The scorer `arrays()` described; the analyzers are the VECTORIZERS' own, as
        `nlu/ngrams.py` restates them (no scikit-learn needed to read a cached model)."""
        scorer = cls.__new__(cls)
        scorer.classes = [str(c) for c in arrays["classes"]]
        scorer._parts = []
        offset = 0
        for i, kwargs in enumerate(VECTORIZERS):
            if set(kwargs) - {"analyzer", "ngram_range", "sublinear_tf"}:
                raise ValueError(f"nlu/ngrams.py does not restate {sorted(kwargs)}")
            terms = arrays[f"terms{i}"].tolist()
            vocabulary = dict(zip(terms, range(len(terms)), strict=True))
            scorer._parts.append((ngrams.analyzer(str(kwargs["analyzer"]), kwargs["ngram_range"]),  # type: ignore[arg-type]
                                  vocabulary, arrays[f"idf{i}"], offset))
            offset += len(terms)
        scorer._coef = np.ascontiguousarray(arrays["coef"])
        scorer._intercept = arrays["intercept"]
        if scorer._coef.shape != (offset, len(scorer.classes)):
            raise ValueError("the cached model's arrays do not fit together")
        return scorer

    def decision(self, text: str) -> np.ndarray:
        scores = self._intercept.copy()
        for analyzer, vocabulary, idf, offset in self._parts:
            counts: dict[int, int] = {}
            for gram in analyzer(text):
                index = vocabulary.get(gram)
                if index is not None:
                    counts[index] = counts.get(index, 0) + 1
            if not counts:
                continue
            rows = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
            tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
            weights = (1.0 + np.log(tf)) * idf[rows]
            weights /= np.linalg.norm(weights)
            scores += weights @ self._coef[rows + offset]
        return scores
