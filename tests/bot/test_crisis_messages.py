"""Measured: the crisis check as the app runs it (safety lexicon, then the embedded NLU's
`crisis` intent) on two sets written blind to the detector and never trained on –
`crisis_messages_blind3.yml` and `crisis_messages_blind4.yml`, 238 crisis and 240
look-alike messages together – and on 188 more look-alikes (`crisis_lookalikes.yml`:
ordinary problems, past events, job wishes, helping questions; never trained on).

Figures of 2026-11-23 (docs/safety.md): recall 0.925 (set 3) and 0.932 (set 4), false
alarms 0.192 and 0.242 on their look-alikes, 0.239 on the others. The floors below keep
them from getting worse."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from sqlalchemy import Engine

from bot.core.flow import is_crisis
from bot.reference import Reference
from bot.safety import looks_like_crisis
from bot.service import Lotse
from bot.storage.database import make_engine

HERE = Path(__file__).parent
SETS = [yaml.safe_load((HERE / f"crisis_messages_blind{n}.yml").read_text("utf-8")) for n in (3, 4)]
BLIND = {kind: [m for blind_set in SETS for m in blind_set[kind]] for kind in ("crisis", "not_crisis")}
LOOKALIKES = yaml.safe_load((HERE / "crisis_lookalikes.yml").read_text("utf-8"))["not_crisis"]


@pytest.fixture
def lotse(make_lotse: Callable[..., Lotse], sqlite_engine: Engine) -> Lotse:
    return make_lotse(sqlite_engine)


def flagged(lotse: Lotse, text: str) -> bool:
    return is_crisis(lotse.understand(text, crisis=looks_like_crisis(text)))


def rate(lotse: Lotse, messages: list[dict[str, str]]) -> float:
    return sum(flagged(lotse, m["text"]) for m in messages) / len(messages)


def test_the_files_are_big_enough_and_apart_from_the_training_data(reference: Reference) -> None:
    assert len(BLIND["crisis"]) >= 200 and len(BLIND["not_crisis"]) >= 200 and len(LOOKALIKES) >= 100
    trained = {e.text.lower() for e in reference.training.examples}
    held_out = [m["text"].lower() for m in [*BLIND["crisis"], *BLIND["not_crisis"], *LOOKALIKES]]
    assert not trained.intersection(held_out)


def test_crisis_recall_on_the_blind_set_stays_at_least_0_92(lotse: Lotse) -> None:
    assert rate(lotse, BLIND["crisis"]) >= 0.92


def test_false_alarms_stay_at_or_under_about_a_fifth_and_a_quarter(lotse: Lotse) -> None:
    assert rate(lotse, BLIND["not_crisis"]) <= 0.22
    assert rate(lotse, LOOKALIKES) <= 0.25


@pytest.mark.parametrize("message", [m["text"] for m in BLIND["crisis"]
                                     if looks_like_crisis(m["text"])][::6])
def test_crisis_help_comes_at_once_even_without_a_database(
    make_lotse: Callable[..., Lotse], tmp_path: Path, message: str
) -> None:
    lotse = make_lotse(make_engine(f"sqlite:///{tmp_path / 'missing' / 'no.sqlite3'}"))
    replies = lotse.handle("web", "s", message)
    assert replies[0].crisis and any(card.category == "crisis_line"
                                     for r in replies for card in r.offers)
