"""The Mermaid diagram in docs/ shows exactly the states and transitions of the code."""

from __future__ import annotations

import re
from pathlib import Path

from bot.core.flow import STATES, TRANSITIONS

DIAGRAM = Path(__file__).resolve().parents[2] / "docs" / "dialogue-flow.mmd"


def diagram_edges() -> set[tuple[str, str]]:
    edges = set()
    for line in DIAGRAM.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\s*(\[\*\]|\w+)\s*-->\s*(\w+)", line)
        if m and m.group(1) != "[*]":
            edges.add((m.group(1), m.group(2)))
    return edges


def test_diagram_states_equal_code_states() -> None:
    states = {s for edge in diagram_edges() for s in edge}
    assert states == set(STATES)


def test_diagram_transitions_equal_code_transitions() -> None:
    assert diagram_edges() == set(TRANSITIONS)


def test_every_transition_uses_known_states() -> None:
    assert all(a in STATES and b in STATES for a, b in TRANSITIONS)
