"""The Rasa training data covers the contract and parses cleanly."""

from __future__ import annotations

from bot.reference import read_training_data
from nlu.cross_validation import language_of, load_by_file
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


# The same short word means different things in two languages: Farsi "na" is no, German
# "na" a greeting; Turkish "yoo" is no, German "yoo" hello; Farsi "ha" yes, Turkish "ha?" huh.
CROSS_LANGUAGE_HOMOGRAPHS = {"na", "yoo", "ha"}


def test_no_example_is_in_two_intents() -> None:
    """Within a language never; across languages only the known homographs."""
    seen: dict[str, tuple[str, str]] = {}
    clashes = []
    for path, data in load_by_file().items():
        language = language_of(path)
        for e in data.examples:
            key = e.text.lower().strip()
            if key in seen and seen[key][0] != e.intent and (
                    seen[key][1] == language or key not in CROSS_LANGUAGE_HOMOGRAPHS):
                clashes.append((key, seen[key], e.intent, language))
            seen.setdefault(key, (e.intent, language))
    assert clashes == []


def test_every_language_has_training_data_for_every_intent() -> None:
    files = load_by_file()
    languages = {language_of(path) for path, data in files.items() if data.examples}
    assert languages >= {"de", "en", "tr", "uk", "ru", "ar", "fa"}
    for path, data in files.items():
        if data.examples and path.stem != "crisis":  # crisis.yml: crisis and its look-alikes
            counts = {i: sum(e.intent == i for e in data.examples) for i in INTENTS}
            assert min(counts.values()) >= 20, (path.name, counts)
