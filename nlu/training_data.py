"""Read Rasa 3.x NLU YAML: intent examples with inline entity annotations, synonyms, regexes."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from nlu.yaml_text import load_yaml

_ANNOTATION = re.compile(
    r"\[(?P<text>[^\]]+)\](?:\((?P<entity>[\w-]+)(?::(?P<value>[^)]+))?\)|(?P<json>\{[^}]*\}))"
)


@dataclass(frozen=True, slots=True)
class Annotation:
    entity: str
    value: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    intent: str
    entities: tuple[Annotation, ...] = ()
    language: str = ""  # of the file it comes from ("" when unknown)


@dataclass
class TrainingData:
    examples: list[Example] = field(default_factory=list)
    synonyms: dict[str, str] = field(default_factory=dict)  # surface (lowercase) -> value
    regexes: dict[str, list[str]] = field(default_factory=dict)
    lookups: dict[str, list[str]] = field(default_factory=dict)

    def merge(self, other: TrainingData) -> TrainingData:
        self.examples.extend(other.examples)
        self.synonyms.update(other.synonyms)
        for name, items in other.regexes.items():
            self.regexes.setdefault(name, []).extend(items)
        for name, items in other.lookups.items():
            self.lookups.setdefault(name, []).extend(items)
        return self

    def intents(self) -> list[str]:
        return list(dict.fromkeys(e.intent for e in self.examples))

    def annotated_synonyms(self, entities: tuple[str, ...] = ("school_qualification", "language"),
                           ) -> dict[str, str]:
        """Surface (lowercase) -> value of inline annotations whose value differs from the text
        ("[без атестата]{"entity": "school_qualification", "value": "none"}"): what Rasa's
        EntitySynonymMapper learns from them, for the embedded extractor."""
        found: dict[str, str] = {}
        for example in self.examples:
            for a in example.entities:
                if a.entity in entities and a.value.lower() != a.text.lower():
                    found.setdefault(a.text.lower(), a.value)
        return found


def parse_example(raw: str, intent: str) -> Example:
    """Strip `[text](entity)` / `[text]{json}` annotations, keeping their spans."""
    plain: list[str] = []
    entities: list[Annotation] = []
    pos = 0
    length = 0
    for m in _ANNOTATION.finditer(raw):
        before = raw[pos:m.start()]
        plain.append(before)
        length += len(before)
        surface = m.group("text")
        if m.group("json"):
            meta = json.loads(m.group("json"))
            entity, value = meta["entity"], str(meta.get("value", surface))
        else:
            entity, value = m.group("entity"), m.group("value") or surface
        entities.append(Annotation(entity, value, length, length + len(surface), surface))
        plain.append(surface)
        length += len(surface)
        pos = m.end()
    plain.append(raw[pos:])
    return Example("".join(plain), intent, tuple(entities))


def _items(block: str) -> Iterable[str]:
    for line in block.splitlines():
        line = line.strip()
        if line.startswith("- "):
            yield line[2:].strip()


GERMAN_FILES = frozenset({"nlu", "crisis"})


def language_of(path: str | Path) -> str:
    """The language of a training file: nlu.yml and crisis.yml are German, `<code>.yml` is its
    code; other files (lookups, a test file) have none ("")."""
    stem = Path(path).stem
    if stem in GERMAN_FILES:
        return "de"
    return stem if len(stem) == 2 and stem.isalpha() else ""


def load(path: str | Path) -> TrainingData:
    """Load one Rasa NLU YAML file."""
    doc = load_yaml(Path(path).read_text(encoding="utf-8")) or {}
    data = TrainingData()
    language = language_of(path)
    for block in doc.get("nlu", []) or []:
        items = list(_items(block.get("examples", "")))
        if "intent" in block:
            data.examples.extend(replace(parse_example(item, block["intent"]), language=language)
                                 for item in items)
        elif "synonym" in block:
            for item in items:
                data.synonyms[item.lower()] = str(block["synonym"])
        elif "regex" in block:
            data.regexes.setdefault(block["regex"], []).extend(items)
        elif "lookup" in block:
            data.lookups.setdefault(block["lookup"], []).extend(items)
    return data


def load_many(paths: Iterable[str | Path]) -> TrainingData:
    """Load and merge several Rasa NLU YAML files."""
    data = TrainingData()
    for path in paths:
        data.merge(load(path))
    return data
