"""What `rasa train nlu` gets: the pipeline the issue asks for and data derived from ours."""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.settings import PROJECT_ROOT
from nlu.rasa_server import CONFIG, build_training_dir
from nlu.training_data import load
from nlu.yaml_text import load_yaml


def test_pipeline_is_german_without_spacy() -> None:
    config = load_yaml(CONFIG.read_text(encoding="utf-8"))
    assert config["language"] == "de"
    names = [c["name"] for c in config["pipeline"]]
    assert not any("Spacy" in n for n in names)
    for needed in ("CountVectorsFeaturizer", "DIETClassifier", "RegexEntityExtractor",
                   "EntitySynonymMapper", "FallbackClassifier"):
        assert needed in names
    char = [c for c in config["pipeline"] if c.get("analyzer") == "char_wb"]
    assert char and char[0]["max_ngram"] >= 4


def test_training_dir_is_deterministic_and_complete(tmp_path: Path) -> None:
    first = build_training_dir(PROJECT_ROOT / "data", tmp_path / "a")
    second = build_training_dir(PROJECT_ROOT / "data", tmp_path / "b")
    assert first == second  # the model cache key does not depend on the process
    data = load(tmp_path / "a" / "data" / "lookup_place.yml")
    assert {"Quedlinburg", "Bochum", "Darmstadt", "Dreieich", "Bad Homburg vor der Höhe"} <= set(
        data.lookups["place"])
    occupations = load(tmp_path / "a" / "data" / "lookup_occupation_titles.yml").lookups["occupation"]
    assert "Mechatroniker" in occupations and "Friseur" in occupations
    assert all(len(o.split()) <= 2 for o in occupations) and len(occupations) < 20_000
    training = load(tmp_path / "a" / "data" / "nlu.yml")
    assert "age_number" in training.regexes and "age" not in training.regexes
    assert training.regexes["place"] == [r"\b\d{5}\b"]  # postal codes, extracted as places


def test_changed_data_means_a_new_model(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(PROJECT_ROOT / "data" / "orte", data / "orte")
    shutil.copytree(PROJECT_ROOT / "data" / "berufe", data / "berufe")
    before = build_training_dir(data, tmp_path / "build")
    with (data / "orte" / "zusatzorte.csv").open("a", encoding="utf-8") as f:
        f.write("Beispieldorf,99999,15085,51.8,11.1\n")
    after = build_training_dir(data, tmp_path / "build")
    assert after != before
    assert "Beispieldorf" in load(tmp_path / "build" / "data" / "lookup_place.yml").lookups["place"]
