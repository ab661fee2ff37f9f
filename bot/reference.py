"""Loading the project's data files (catalogue, places, occupations, NLU data) at the edge."""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bot.catalogue import REGIONS, CatalogueError, load_catalogue
from bot.crisis_model import cache_dir
from bot.i18n.detect import written_in
from matching.model import NATIONWIDE, Offer, Place
from matching.places import PlaceIndex
from matching.text import fold
from nlu.entities import EntityExtractor
from nlu.fuzzy import FuzzyBackend
from nlu.occupations import ordinary_words
from nlu.training_data import TrainingData, load_many

NLU_DATA = Path(__file__).resolve().parents[1] / "nlu" / "data"


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(line for line in fh if not line.startswith("#"))


def read_places(data_dir: Path) -> list[Place]:
    """Localities from data/orte/orte.csv plus the hand-kept districts in zusatzorte.csv."""
    places = [
        Place(r["place"], r["postal_code"], r["kreis_key"], kreis_name(r["kreis_key"], r["kreis"]),
              float(r["lat"]), float(r["lon"]))
        for r in _rows(data_dir / "orte" / "orte.csv")
    ]
    kreis_names = {p.region: p.kreis for p in places}
    extra = data_dir / "orte" / "zusatzorte.csv"
    if extra.exists():
        places += [
            Place(r["place"], r["postal_code"], r["kreis_key"],
                  kreis_names.get(r["kreis_key"], REGIONS.get(r["kreis_key"], "")),
                  float(r["lat"]), float(r["lon"]))
            for r in _rows(extra)
        ]
    return places


def kreis_name(key: str, name: str) -> str:
    """A readable Kreis name: the catalogue's for seed regions, else without ", Stadt"."""
    return REGIONS.get(key) or name.split(",")[0].strip()


def read_occupation_titles(data_dir: Path) -> frozenset[str]:
    """Folded official job titles (BA Gesamtberufsliste)."""
    return frozenset(fold(r["title"]) for r in _rows(data_dir / "berufe" / "berufe.csv"))


def read_training_data(folder: Path = NLU_DATA) -> TrainingData:
    """All Rasa NLU files of nlu/data/."""
    return load_many(sorted(folder.glob("*.yml")))


@dataclass(frozen=True)
class Reference:
    """Everything the app loads once at start."""

    offers: tuple[Offer, ...]
    catalogue_errors: tuple[CatalogueError, ...]
    places: PlaceIndex
    training: TrainingData
    extractor: EntityExtractor

    @functools.cached_property
    def _fuzzy(self) -> FuzzyBackend:
        # the fitted models are kept beside the crisis net (~/.cache/lotse): a process that
        # starts with the same training data reads them instead of fitting again
        return FuzzyBackend(self.training, self.extractor, detect=written_in, cache_dir=cache_dir())

    def fuzzy_backend(self) -> FuzzyBackend:
        """The embedded NLU backend (built once; it holds no per-conversation state)."""
        return self._fuzzy


def place_index(data_dir: Path, offers: tuple[Offer, ...]) -> PlaceIndex:
    """The place index, preferring the regions the offers serve."""
    regions = {o.region for o in offers if o.region != NATIONWIDE} or set(REGIONS) - {NATIONWIDE}
    return PlaceIndex(read_places(data_dir), preferred_regions=regions)


@functools.lru_cache(maxsize=2)
def cached_places(data_dir: Path) -> PlaceIndex:
    """The place index of a data folder, built once per process (for evaluations)."""
    return place_index(data_dir, tuple(load_catalogue(data_dir / "angebote")[0]))


def load_reference(data_dir: Path, nlu_dir: Path = NLU_DATA) -> Reference:
    """Load catalogue, places and NLU data (a few hundred milliseconds)."""
    offers, errors = load_catalogue(data_dir / "angebote")
    places = place_index(data_dir, tuple(offers))
    training = read_training_data(nlu_dir)
    extractor = build_extractor(places, read_occupation_titles(data_dir), training)
    return Reference(tuple(offers), tuple(errors), places, training, extractor)


def build_extractor(places: PlaceIndex, titles: frozenset[str], training: TrainingData) -> EntityExtractor:
    """The embedded entity extractor for some training data (also one fold of it)."""
    return EntityExtractor(
        places=places,
        occupation_titles=titles,
        occupation_phrases=tuple(training.lookups.get("occupation", ())),
        synonyms={**training.annotated_synonyms(), **training.synonyms},
        ordinary_words=ordinary_words(
            (e.text, [(a.start, a.end) for a in e.entities if a.entity == "occupation"])
            for e in training.examples),
    )
