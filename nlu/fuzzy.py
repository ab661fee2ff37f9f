"""The embedded NLU backend: a linear model on character n-grams of the Rasa training
examples, rapidfuzz for near-duplicates, plus rule and lookup entity extraction."""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from rapidfuzz import fuzz, process
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import Pipeline, make_pipeline, make_union
from sklearn.svm import LinearSVC

from nlu.entities import EntityExtractor
from nlu.model import INTENTS, IntentScore, ParseResult
from nlu.normalize import neutralize, normalize
from nlu.payload import parse_payload
from nlu.training_data import TrainingData

TEMPERATURE = 0.2  # softmax over the linear model's margins; tuned by 5-fold CV on nlu.yml
NEAR_DUPLICATE = 92.0  # rapidfuzz ratio from which a message counts as a known training example


class FuzzyBackend:
    """Parse messages without any server: fast, deterministic, honest about doubt.

    A linear model on character n-grams of the Rasa training examples (robust to typos and
    missing umlauts, like Rasa's own CountVectors featurizer); a message that rapidfuzz
    finds nearly identical to a training example takes that example's intent.
    """

    name = "fuzzy"

    def __init__(self, data: TrainingData, extractor: EntityExtractor) -> None:
        self._extractor = extractor
        self._texts: list[str] = []
        self._labels: list[str] = []
        for example in data.examples:
            text = neutralize(normalize(example.text))
            if text:
                self._texts.append(text)
                self._labels.append(example.intent)
        self._known_words = frozenset(w for t in self._texts for w in t.split())
        self._intents = tuple(dict.fromkeys([*INTENTS, *self._labels]))
        if len(set(self._labels)) < 2:
            raise ValueError("the embedded NLU needs training examples of at least two intents")
        self._model = _fit_linear_model(self._texts, self._labels)
        self._scorer = LinearScorer(self._model)

    @property
    def intents(self) -> tuple[str, ...]:
        return self._intents

    def parse(self, text: str) -> ParseResult:
        """Intent ranking and entities for one message."""
        payload = parse_payload(text, known_intents=self._intents)
        if payload is not None:
            return payload
        query = self._mask_unknown_self_descriptions(neutralize(normalize(text)))
        ranking = self._ranking(query)
        entities = tuple(self._extractor.extract(text))
        return ParseResult(text=text, intent=ranking[0], intent_ranking=tuple(ranking[:10]),
                           entities=entities)

    def _mask_unknown_self_descriptions(self, query: str) -> str:
        """ "ich bin tim" – a word after "bin" that the training data never saw is a name."""
        words = query.split()
        for i in range(1, len(words)):
            if (words[i - 1] == "bin" and words[i] not in self._known_words
                    and not words[i].isdigit()):
                words[i] = "jemand"
        return " ".join(words)

    def _ranking(self, query: str) -> list[IntentScore]:
        if not query:
            return [IntentScore(name, 0.0) for name in self._intents]
        decision = self._scorer.decision(query)
        classes = self._scorer.classes
        top = float(decision.max())
        exps = {c: math.exp((float(d) - top) / TEMPERATURE) for c, d in zip(classes, decision, strict=True)}
        total = sum(exps.values())
        probabilities = {c: exps.get(c, 0.0) / total for c in self._intents}
        nearest = process.extractOne(query, self._texts, scorer=fuzz.ratio,
                                     score_cutoff=NEAR_DUPLICATE)
        if nearest is not None:
            best_fuzzy = self._labels[nearest[2]]
            # Practically a training example: trust it, keep the model's doubt for the rest.
            rest = 1.0 - probabilities[best_fuzzy]
            probabilities = {c: (p / rest * 0.05 if rest > 0 else 0.0) for c, p in probabilities.items()}
            probabilities[best_fuzzy] = 0.95
        ordered = sorted(probabilities.items(), key=lambda kv: -kv[1])
        return [IntentScore(name, round(value, 4)) for name, value in ordered]


def _fit_linear_model(texts: list[str], labels: list[str]) -> Pipeline:
    """TF-IDF over character n-grams (2–5, inside words) and words, and a linear SVM."""
    features = make_union(
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True),
        TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True),
    )
    return make_pipeline(features, LinearSVC(C=1.0)).fit(texts, labels)


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
        self._parts: list[tuple[Callable[[str], list[str]], dict[str, int], np.ndarray, int]] = []
        offset = 0
        for _, vectorizer in union.transformer_list:
            if not (vectorizer.sublinear_tf and vectorizer.norm == "l2" and vectorizer.use_idf):
                raise ValueError("LinearScorer supports sublinear, l2-normalised TF-IDF only")
            self._parts.append((vectorizer.build_analyzer(), vectorizer.vocabulary_,
                                vectorizer.idf_, offset))
            offset += len(vectorizer.vocabulary_)
        self._coef = np.ascontiguousarray(svm.coef_.T)  # (features, classes)
        self._intercept = svm.intercept_

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
