"""The gap report's lines: no local offer, mostly closed; a share never tells a count below
five – neither the line's nor the rest's."""

from __future__ import annotations

from datetime import date

import pytest

from bot.stats.gaps import MOSTLY_CLOSED, NO_LOCAL, Gap, gaps
from bot.storage.demand import Count

DAY = date(2026, 11, 24)


def test_needs_without_a_local_offer_and_mostly_closed_hours() -> None:
    rows = [Count(DAY, "15085", "answer", "training_problems:nationwide", 6),
            Count(DAY, "15085", "answer", "money_problems:local", 9),
            Count(DAY, "15085", "open", "money_problems:closed", 7),
            Count(DAY, "15085", "open", "money_problems:open", 2),
            Count(DAY, "none", "answer", "family_problems:nationwide", 8)]
    found = gaps(rows, {"15085": "Landkreis Harz"})
    assert [(g.need, g.kind, g.shown, g.share) for g in found] == [
        ("money_problems", MOSTLY_CLOSED, 7, "–"),  # the 2 open ones would show through
        ("training_problems", NO_LOCAL, 6, "100 %")]


@pytest.mark.parametrize(("count", "of", "share"), [
    (4, 10, "–"), (5, 5, "100 %"), (5, 9, "–"), (5, 10, "50 %"), (6, 11, "55 %"), (0, 0, "–")])
def test_a_share_never_gives_a_small_count_away(count: int, of: int, share: str) -> None:
    assert Gap("15085", "Harz", "money_problems", NO_LOCAL, count, of).share == share
