from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bot.bootstrap import cached_reference
from bot.internships import OccupationCatalogue, ParseResult, load_occupations, parse, read_tables
from matching.places import PlaceIndex

DATA = Path(__file__).resolve().parents[3] / "data"


@pytest.fixture(scope="session")
def place_index() -> PlaceIndex:
    return cached_reference(DATA).places


@pytest.fixture(scope="session")
def occupations() -> OccupationCatalogue:
    return load_occupations(DATA)


@pytest.fixture
def read_and_parse(place_index: PlaceIndex, occupations: OccupationCatalogue
                   ) -> Callable[..., ParseResult]:
    def run(path: Path, **options: object) -> ParseResult:
        return parse(read_tables(path), places=place_index, occupations=occupations,
                     **options)  # type: ignore[arg-type]
    return run


@pytest.fixture
def write_text(tmp_path: Path) -> Callable[..., Path]:
    """A file under tmp_path with `content` in `encoding`."""
    def write(name: str, content: str, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(content.encode(encoding))
        return path
    return write
