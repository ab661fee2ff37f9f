"""Evaluate an NLU backend on a Rasa-format file: intents, entities, confusions, latency."""

from __future__ import annotations

import time
from collections import Counter
from statistics import quantiles
from typing import Any

from nlu.model import NluBackend
from nlu.training_data import TrainingData


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def evaluate(backend: NluBackend, data: TrainingData) -> dict[str, Any]:
    """The contract's report: accuracy, macro F1, per intent P/R/F1, entity F1, confusions."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    confusions: Counter[tuple[str, str]] = Counter()
    ent_tp = ent_fp = ent_fn = 0
    latencies: list[float] = []
    errors: list[dict[str, Any]] = []
    for example in data.examples:
        started = time.perf_counter()
        result = backend.parse(example.text)
        latencies.append((time.perf_counter() - started) * 1000)
        predicted = result.intent.name
        if predicted == example.intent:
            tp[example.intent] += 1
        else:
            fp[predicted] += 1
            fn[example.intent] += 1
            confusions[(example.intent, predicted)] += 1
            errors.append({"text": example.text, "expected": example.intent,
                           "predicted": predicted, "confidence": result.intent.confidence})
        gold = {(a.entity, a.value.lower()) for a in example.entities}
        found = {(e.entity, e.value.lower()) for e in result.entities}
        ent_tp += len(gold & found)
        ent_fp += len(found - gold)
        ent_fn += len(gold - found)
    intents = sorted({e.intent for e in data.examples})
    per_intent = {i: {**_prf(tp[i], fp[i], fn[i]), "support": tp[i] + fn[i]} for i in intents}
    total = len(data.examples)
    cuts = quantiles(latencies, n=100) if len(latencies) >= 2 else latencies * 99
    return {
        "examples": total,
        "accuracy": round(sum(tp.values()) / total, 4) if total else 0.0,
        "macro_f1": round(sum(v["f1"] for v in per_intent.values()) / len(intents), 4)
        if intents else 0.0,
        "intents": per_intent,
        "entities": {**_prf(ent_tp, ent_fp, ent_fn), "support": ent_tp + ent_fn},
        "worst_confusions": [
            {"expected": a, "predicted": b, "count": n} for (a, b), n in confusions.most_common(10)
        ],
        "latency_ms": {"p50": round(cuts[49], 3), "p99": round(cuts[98], 3)} if cuts else {},
        "errors": errors[:50],
    }
