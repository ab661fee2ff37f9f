"""The column templates are documented, and their aliases never collide within a kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.internships import KINDS, TEMPLATES
from bot.internships.columns import columns_by_name

DOC = (Path(__file__).resolve().parents[3] / "docs" / "internships-import.md").read_text("utf-8")


@pytest.mark.parametrize("kind", KINDS)
def test_every_column_is_documented(kind: str) -> None:
    for column in TEMPLATES[kind]:
        assert f"| {column.header} | {', '.join(column.aliases)} |" in DOC


@pytest.mark.parametrize("kind", KINDS)
def test_names_are_unique_within_a_kind(kind: str) -> None:
    names = [n for column in TEMPLATES[kind] for n in column.names()]
    assert len(columns_by_name(kind)) == len(names) == len(set(names))
