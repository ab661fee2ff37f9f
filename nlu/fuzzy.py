"""The embedded NLU backend: rapidfuzz over the Rasa training examples, plus keyword
evidence learned from the same examples, plus rule and lookup entity extraction."""

from __future__ import annotations

import math
from collections import Counter, defaultdict

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import Pipeline, make_pipeline, make_union
from sklearn.svm import LinearSVC

from nlu.entities import EntityExtractor
from nlu.model import INTENTS, IntentScore, ParseResult
from nlu.normalize import neutralize, normalize
from nlu.payload import parse_payload
from nlu.training_data import TrainingData

STOPWORDS = frozenset(
    "ich du er sie es wir ihr mir mich dir dich mein meine meinen meiner und oder aber "
    "der die das den dem des ein eine einen einem einer ist bin bist sind war habe hast hat "
    "haben zu im in an auf fuer mit von bei aus nach so wie was wer wo noch schon auch nur "
    "mal dann denn doch ja nein nicht kein keine da hier jetzt gerade sehr ganz voll echt "
    "bitte okay alter ne einfach immer".split()
)
MIN_EVIDENCE_TOKEN = 4
TEMPERATURE = 0.2  # softmax over the linear model's margins; tuned by 5-fold CV on nlu.yml
NEAR_DUPLICATE = 92.0  # rapidfuzz ratio from which a message counts as a known training example


class FuzzyBackend:
    """Parse messages without any server: fast, deterministic, honest about doubt.

    Two signals over the same Rasa training examples: a linear model on character
    n-grams (robust to typos and missing umlauts, like Rasa's own CountVectors
    featurizer) and rapidfuzz nearest neighbours with keyword evidence. A message that is
    nearly a training example takes that example's intent.
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
        self._weights = _keyword_weights(self._texts, self._labels)
        self._vocabulary = list(self._weights)
        self._model = _fit_linear_model(self._texts, self._labels)

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
        if not query or self._model is None:
            return _confidences(self._intent_scores(query))
        decision = self._model.decision_function([query])[0]
        classes = list(self._model.classes_)
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

    def _intent_scores(self, query: str) -> dict[str, float]:
        scores = dict.fromkeys(self._intents, 0.0)
        if not query or not self._texts:
            return scores
        whole = process.cdist([query], self._texts, scorer=fuzz.ratio, workers=1)[0]
        subset = process.cdist([query], self._texts, scorer=fuzz.token_set_ratio, workers=1)[0]
        for label, a, b in zip(self._labels, whole, subset, strict=True):
            value = 0.55 * float(a) + 0.45 * float(b)
            if value > scores[label]:
                scores[label] = value
        evidence = self._keyword_evidence(query)
        for label, value in evidence.items():
            scores[label] = max(scores[label], min(100.0, 0.6 * scores[label] + value))
        return scores

    def _keyword_evidence(self, query: str) -> dict[str, float]:
        """Points for words that, in the training data, mostly belong to one intent."""
        totals: dict[str, float] = defaultdict(float)
        for token in set(query.split()):
            if token in STOPWORDS or len(token) < MIN_EVIDENCE_TOKEN:
                continue
            weights = self._weights.get(token)
            if weights is None and len(token) >= 5:
                hit = process.extractOne(token, self._vocabulary, scorer=Levenshtein.normalized_similarity,
                                         score_cutoff=0.8)
                weights = self._weights[hit[0]] if hit else None
            for label, weight in (weights or {}).items():
                totals[label] += weight
        return {label: 100.0 * (1 - math.exp(-value)) for label, value in totals.items()}


def _keyword_weights(texts: list[str], labels: list[str]) -> dict[str, dict[str, float]]:
    """For each word: how strongly it points to each intent (share of its uses, damped)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for text, label in zip(texts, labels, strict=True):
        for token in set(text.split()):
            if token not in STOPWORDS and len(token) >= MIN_EVIDENCE_TOKEN:
                counts[token][label] += 1
    weights: dict[str, dict[str, float]] = {}
    for token, per_label in counts.items():
        total = sum(per_label.values())
        label, top = per_label.most_common(1)[0]
        share = top / total
        if share >= 0.6 and top >= 2:
            weights[token] = {label: share * min(1.0, top / 4) * 1.2}
    return weights


def _fit_linear_model(texts: list[str], labels: list[str]) -> Pipeline | None:
    """TF-IDF over character n-grams (2–5, inside words) and words, and a linear SVM."""
    if len(set(labels)) < 2:
        return None
    features = make_union(
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True),
        TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True),
    )
    return make_pipeline(features, LinearSVC(C=0.5)).fit(texts, labels)


def _confidences(scores: dict[str, float]) -> list[IntentScore]:
    """Turn raw 0–100 similarities into confidences; low when nothing is really similar."""
    ordered = sorted(scores.items(), key=lambda kv: -kv[1])
    top = ordered[0][1]
    exps = [math.exp((value - top) / 6.0) for _, value in ordered]
    total = sum(exps)
    certainty = min(1.0, max(0.0, (top - 45.0) / 45.0))
    return [IntentScore(name, round(certainty * e / total, 4)) for (name, _), e in
            zip(ordered, exps, strict=True)]
