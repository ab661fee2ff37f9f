"""The Rasa training data covers the contract and parses cleanly."""

from __future__ import annotations

from bot.reference import read_training_data
from nlu.model import ENTITIES, INTENTS
from nlu.training_data import parse_example


def test_all_contract_intents_have_examples() -> None:
    data = read_training_data()
    counts = {i: sum(e.intent == i for e in data.examples) for i in INTENTS}
    assert all(n >= 20 for n in counts.values()), counts


def test_all_contract_entities_are_annotated() -> None:
    data = read_training_data()
    annotated = {a.entity for e in data.examples for a in e.entities}
    assert set(ENTITIES) <= annotated
    assert annotated <= set(ENTITIES), annotated - set(ENTITIES)


def test_qualification_and_language_values_follow_the_contract() -> None:
    data = read_training_data()
    values = {(a.entity, a.value) for e in data.examples for a in e.entities}
    quals = {v for k, v in values if k == "school_qualification"}
    assert quals <= {"none", "foerderschule", "hauptschule", "realschule", "fachhochschulreife",
                     "abitur", "foreign"}
    assert all(len(v) == 2 for k, v in values if k == "language")


def test_annotation_spans_point_at_their_text() -> None:
    example = parse_example('bin [16](age) aus [Bad Homburg](place), [Abi]{"entity": '
                            '"school_qualification", "value": "abitur"}', "inform")
    assert example.text == "bin 16 aus Bad Homburg, Abi"
    assert [(example.text[a.start:a.end], a.value) for a in example.entities] == [
        ("16", "16"), ("Bad Homburg", "Bad Homburg"), ("Abi", "abitur")]


def test_no_example_is_in_two_intents() -> None:
    data = read_training_data()
    seen: dict[str, str] = {}
    clashes = []
    for e in data.examples:
        key = e.text.lower().strip()
        if key in seen and seen[key] != e.intent:
            clashes.append((key, seen[key], e.intent))
        seen[key] = e.intent
    assert clashes == []
