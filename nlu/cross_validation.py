"""Cross-validation of the NLU on its own training data, per language, until held-out files
exist for every language.

    python -m nlu.cross_validation [--folds 5] [--json OUT]   (embedded backend)

Every training file (`nlu/data/<code>.yml`; `nlu.yml` and `crisis.yml` are German) is split
into `folds` parts, stratified by intent. In round i the model is trained on every file
without its part i and evaluated on each language's part i; the figures per language are
over all rounds (every example is predicted once, by a model that never saw it). The
entity extractor learns the inline synonyms of the training part only. Rasa's figures come
from one round (`write_fold`, `evaluate_fold`): five Rasa trainings cost too much.

Cross-validation on training data overstates quality (the examples of one writer resemble
each other); held-out files by other writers are the real measure.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from nlu.evaluate import evaluate
from nlu.model import NluBackend
from nlu.training_data import Example, TrainingData, _items, language_of, load, parse_example
from nlu.yaml_text import load_yaml

HERE = Path(__file__).resolve().parent
SEED = 2026


def assign(intents: list[str], folds: int, *, seed: int = SEED) -> list[int]:
    """The part of each example (by its intent), each intent spread evenly, reproducibly."""
    by_intent: dict[str, list[int]] = defaultdict(list)
    for index, intent in enumerate(intents):
        by_intent[intent].append(index)
    part = [0] * len(intents)
    rng = random.Random(seed)
    offset = 0
    for intent in sorted(by_intent):
        group = by_intent[intent][:]
        rng.shuffle(group)
        for i, index in enumerate(group):
            part[index] = (i + offset) % folds
        offset += len(group)
    return part


def split(examples: list[Example], folds: int, *, seed: int = SEED) -> list[list[Example]]:
    """`examples` in `folds` parts, stratified by intent (see `assign`)."""
    parts: list[list[Example]] = [[] for _ in range(folds)]
    for example, part in zip(examples, assign([e.intent for e in examples], folds, seed=seed),
                             strict=True):
        parts[part].append(example)
    return parts


def write_fold(folder: Path, target: Path, i: int, folds: int) -> dict[str, TrainingData]:
    """Round i for Rasa: every training file without its part i, written to `target` as it
    was written (annotations, synonyms, lookups); returns the held-out part per language."""
    target.mkdir(parents=True, exist_ok=True)
    for old in target.glob("*.yml"):
        old.unlink()
    held: dict[str, TrainingData] = defaultdict(TrainingData)
    for path in sorted(folder.glob("*.yml")):
        doc = load_yaml(path.read_text(encoding="utf-8")) or {}
        blocks = doc.get("nlu", []) or []
        raw = [(b["intent"], item) for b in blocks if "intent" in b for item in _items(b.get("examples", ""))]
        parts = assign([intent for intent, _ in raw], folds)
        keep: dict[str, list[str]] = defaultdict(list)
        for (intent, item), part in zip(raw, parts, strict=True):
            if part == i:
                held[language_of(path)].examples.append(
                    replace(parse_example(item, intent), language=language_of(path)))
            else:
                keep[intent].append(item)
        out = [b for b in blocks if "intent" not in b]
        out += [{"intent": intent, "examples": "".join(f"- {item}\n" for item in items)}
                for intent, items in keep.items()]
        doc["nlu"] = out
        (target / path.name).write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False,
                                                       width=10_000), encoding="utf-8")
    return dict(held)


def load_by_file(folder: Path = HERE / "data") -> dict[Path, TrainingData]:
    return {path: load(path) for path in sorted(folder.glob("*.yml"))}


def fold(files: dict[Path, TrainingData], i: int, folds: int) -> tuple[TrainingData, dict[str, TrainingData]]:
    """Round i: the training data (every file without part i) and the held-out part per language."""
    train = TrainingData()
    held: dict[str, TrainingData] = defaultdict(TrainingData)
    for path, data in files.items():
        parts = split(data.examples, folds)
        rest = [e for j, part in enumerate(parts) if j != i for e in part]
        train.merge(TrainingData(rest, dict(data.synonyms), dict(data.regexes), dict(data.lookups)))

        if parts[i]:
            held[language_of(path)].examples.extend(parts[i])
    return train, dict(held)


def cross_validate(make_backend: Callable[[TrainingData], NluBackend], *, folds: int = 5,
                   files: dict[Path, TrainingData] | None = None,
                   log: Callable[[str], None] = print) -> dict[str, dict[str, Any]]:
    """The evaluation report per language, each example predicted by a model without it."""
    files = files if files is not None else load_by_file()
    predictions: dict[str, list[tuple[Example, Any]]] = defaultdict(list)
    for i in range(folds):
        train, held = fold(files, i, folds)
        log(f"fold {i + 1}/{folds}: training on {len(train.examples)} examples")
        backend = make_backend(train)
        for language, data in held.items():
            predictions[language] += [(e, backend.parse(e.text)) for e in data.examples]
    return {language: evaluate(_Replay(dict((e.text, r) for e, r in pairs)),
                               TrainingData([e for e, _ in pairs]))
            for language, pairs in sorted(predictions.items())}


class _Replay:
    """Answers each text with the parse recorded in its round (for `evaluate`)."""

    def __init__(self, results: dict[str, Any]) -> None:
        self._results = results

    def parse(self, text: str) -> Any:
        return self._results[text]


def embedded_factory(data_dir: Path, *,
                     with_crisis_rule: bool = True) -> Callable[[TrainingData], NluBackend]:
    """A function that builds the embedded backend (as the app runs it) for a training part."""
    from bot.i18n.detect import written_in
    from bot.reference import build_extractor, cached_places, read_occupation_titles
    from bot.safety import looks_like_crisis
    from nlu.crisis_rule import WithCrisisRule
    from nlu.fuzzy import FuzzyBackend

    places = cached_places(data_dir)
    titles = read_occupation_titles(data_dir)

    def make(train: TrainingData) -> NluBackend:
        backend: NluBackend = FuzzyBackend(train, build_extractor(places, titles, train),
                                           detect=written_in)
        return WithCrisisRule(backend, looks_like_crisis) if with_crisis_rule else backend

    return make


def summary(reports: dict[str, dict[str, Any]]) -> dict[str, dict[str, float]]:
    return {language: {"examples": r["examples"], "accuracy": r["accuracy"], "macro_f1": r["macro_f1"],
                       "entity_f1": r["entities"]["f1"],
                       "crisis_recall": r["intents"].get("crisis", {}).get("recall", 0.0)}
            for language, r in reports.items()}


def main() -> None:  # pragma: no cover - a command line
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--json", type=Path, help="write the full reports here")
    parser.add_argument("--model-only", action="store_true", help="without the crisis lexicon")
    args = parser.parse_args()
    data_dir = HERE.parent / "data"
    reports = cross_validate(embedded_factory(data_dir, with_crisis_rule=not args.model_only),
                             folds=args.folds)
    if args.json:
        args.json.write_text(json.dumps(reports, ensure_ascii=False, indent=1), encoding="utf-8")
    for language, row in summary(reports).items():
        print(language, json.dumps(row))


if __name__ == "__main__":  # pragma: no cover
    main()
