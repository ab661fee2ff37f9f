"""The embedded NLU backend: intents, entities, payloads, honest confidence."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.reference import Reference
from nlu.fuzzy import FuzzyBackend
from nlu.normalize import neutralize, normalize
from nlu.training_data import TrainingData, load


@pytest.fixture(scope="module")
def fuzzy(reference: Reference):  # type: ignore[no-untyped-def]
    return reference.fuzzy_backend()


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("hey", "greet"),
        ("moin moin", "greet"),
        ("tschüss", "goodbye"),
        ("danke dir", "thanks"),
        ("thx", "thanks"),
        ("jo passt", "affirm"),
        ("nee", "deny"),
        ("brauch ein praktikum für die 9.", "seek_internship"),
        ("suche ne lehrstelle als elektriker", "seek_apprenticeship"),
        ("keine ahnung was ich werden will", "career_orientation"),
        ("wie schreib ich ne bewerbung", "application_help"),
        ("will realschulabschluss nachholen", "school_qualification"),
        ("will meine ausbildung abbrechen, chef nervt", "training_problems"),
        ("geh seit wochen nicht mehr zur schule", "school_problems"),
        ("hab schulden wegen handyvertrag", "money_problems"),
        ("meine mutter hat mich rausgeworfen", "housing_problems"),
        ("nur stress mit meinen eltern", "family_problems"),
        ("bin voll gestresst und kann nicht mehr schlafen", "mental_health"),
        ("mein zeugnis ist aus syrien", "migration_language"),
        ("kann ich mit nem menschen reden", "talk_to_human"),
        ("bin 16", "inform"),
        ("bist du ein bot?", "bot_challenge"),
        ("was kannst du", "help"),
        ("lösch alles über mich", "delete_data"),
        ("ich will nicht mehr leben", "crisis"),
        ("wer wird deutscher meister", "out_of_scope"),
    ],
)
def test_contract_examples(fuzzy, text: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    result = fuzzy.parse(text)
    assert result.intent.name == intent, result.intent_ranking[:3]
    assert 0.0 <= result.intent.confidence <= 1.0


def test_gibberish_gets_low_confidence(fuzzy) -> None:  # type: ignore[no-untyped-def]
    assert fuzzy.parse("qwxz pflorp zzyq").intent.confidence < 0.5


def test_payloads_are_exact(fuzzy) -> None:  # type: ignore[no-untyped-def]
    result = fuzzy.parse('/inform{"school_status": "in_school"}')
    assert result.intent.name == "inform" and result.intent.confidence == 1.0
    assert result.first("school_status") == "in_school"


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("bin 16", "age", "16"),
        ("ich bin sechzehn", "age", "16"),
        ("bin 2009 geboren", "age", "17"),
        ("wohne in quedlinburg", "place", "quedlinburg"),
        ("06484", "place", "06484"),
        ("hab keinen abschluss", "school_qualification", "none"),
        ("hab die mittlere reife", "school_qualification", "realschule"),
        ("mein abi ist aus dem iran", "school_qualification", "foreign"),
        ("ich spreche arabisch", "language", "ar"),
        ("will was mit tieren machen", "occupation", "was mit tieren"),
        ("suche ausbildung als kfz-mechatroniker", "occupation", "kfz-mechatroniker"),
    ],
)
def test_entities(fuzzy, text: str, entity: str, value: str) -> None:  # type: ignore[no-untyped-def]
    result = fuzzy.parse(text)
    assert result.first(entity) is not None, result.entities
    assert result.first(entity).lower() == value
    span = next(e for e in result.entities if e.entity == entity)
    assert 0 <= span.start < span.end <= len(text)


@given(st.text(max_size=200))
def test_normalisation_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300))
def test_parse_never_fails_and_stays_in_range(fuzzy, text: str) -> None:  # type: ignore[no-untyped-def]
    result = fuzzy.parse(text)
    assert 0.0 <= result.intent.confidence <= 1.0
    assert all(0 <= e.start <= e.end <= len(text) for e in result.entities)


@pytest.fixture(scope="module")
def fitted_and_cached(reference: Reference, tmp_path_factory: pytest.TempPathFactory) -> tuple[FuzzyBackend, Path]:
    """The embedded NLU fitted anew on the real training data, its models kept in a folder."""
    folder = tmp_path_factory.mktemp("nlu-cache")
    return FuzzyBackend(reference.training, reference.extractor, cache_dir=folder), folder


def held_out_queries() -> list[str]:
    return [neutralize(normalize(e.text)) for e in load(Path(__file__).parent / "test_nlu.yml").examples] + [
        "", "zzzz qqqq"]


def test_fast_scorer_equals_the_fitted_pipeline(fitted_and_cached: tuple[FuzzyBackend, Path]) -> None:
    """LinearScorer is only a faster way to compute sklearn's decision function."""
    texts = held_out_queries()
    for model in fitted_and_cached[0].models:
        assert model.pipeline is not None and model.scorer is not None
        expected = model.pipeline.decision_function(texts)
        for text, row in zip(texts, expected, strict=True):
            assert np.allclose(model.scorer.decision(text), row, atol=1e-9), text


def test_a_model_read_from_the_cache_decides_as_the_fitted_one(
        reference: Reference, fitted_and_cached: tuple[FuzzyBackend, Path]) -> None:
    fitted, folder = fitted_and_cached
    assert len(list(folder.glob("nlu-fuzzy-*.npz"))) == len(fitted.models) == 2
    cached = FuzzyBackend(reference.training, reference.extractor, cache_dir=folder)
    for before, after in zip(fitted.models, cached.models, strict=True):
        assert after.pipeline is None and before.pipeline is not None  # read, not fitted
        assert before.scorer is not None and after.scorer is not None
        assert after.scorer.classes == before.scorer.classes
        for text in held_out_queries():
            assert np.array_equal(after.scorer.decision(text), before.scorer.decision(text)), text
    for text in ("suche ausbildung als koch in bochum", "ich will nicht mehr leben", "ana badi shughl"):
        assert cached.parse(text) == fitted.parse(text)


def test_other_training_data_is_fitted_and_a_broken_cache_file_fitted_again(
        reference: Reference, tmp_path: Path) -> None:
    few = TrainingData(examples=[e for e in reference.training.examples if e.language == "de"][::7])
    first = FuzzyBackend(few, reference.extractor, cache_dir=tmp_path)  # one language: one model
    kept = set(tmp_path.glob("nlu-fuzzy-*.npz"))
    damaged, *cut = sorted(kept)
    damaged.write_bytes(b"not a model")
    for path in cut:  # cut off after its first kilobyte (a zip file without its end)
        path.write_bytes(path.read_bytes()[:1000])
    again = FuzzyBackend(few, reference.extractor, cache_dir=tmp_path)
    assert again.models[0].pipeline is not None  # fitted again, and written anew
    read = FuzzyBackend(few, reference.extractor, cache_dir=tmp_path)
    assert read.models[0].pipeline is None
    assert read.parse("hallo") == first.parse("hallo")
    other = TrainingData(examples=[e for e in reference.training.examples if e.language == "de"][::5])
    FuzzyBackend(other, reference.extractor, cache_dir=tmp_path)
    assert set(tmp_path.glob("nlu-fuzzy-*.npz")) > kept  # a model of its own


@pytest.mark.parametrize(("text", "intent"), [
    ("mikham Ausbildung ro vel konam", "training_problems"),  # Finglish with a German word
    ("ich such ne ausbildung in bochum", "seek_apprenticeship"),
    ("na klar", "affirm"),
])
def test_a_latin_message_in_words_only_other_languages_know_is_not_read_as_german(
        fuzzy, text: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    """The German model was taken whenever it was at least half sure of a Latin-script message
    the language detector could not place – a Finglish message with one German word went to
    it ("mikham Ausbildung ro vel konam": I want to quit my Ausbildung, read as seeking one)."""
    assert fuzzy.parse(text).intent.name == intent


@pytest.mark.parametrize(("text", "folded"), [
    ("ok ty", "okay danke"), ("ty so much!", "danke so much"), ("ty", "danke"),
    # Russian and Ukrainian in Latin letters: "ty" is "you"
    ("ty bot?", "ty bot"), ("ty spravzhnij?", "ty spravzhnij"), ("ty kto vobshche", "ty kto vobshche"),
])
def test_ty_is_thanks_in_english_and_you_in_russian_and_ukrainian(text: str, folded: str) -> None:
    assert normalize(text) == folded
