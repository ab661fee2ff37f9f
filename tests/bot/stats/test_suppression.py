"""Counts below five never appear – not even as a total minus its shown parts: where the API
and the export hold a total and its parts, the smallest other part is hidden too."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.stats.aggregates import summary
from bot.stats.export import SUPPRESS_BELOW, hidden_with, need_rows
from bot.storage.demand import Count

H = "15085"
D1, D2, D3 = date(2026, 11, 23), date(2026, 11, 24), date(2026, 11, 25)


@pytest.mark.parametrize(("parts", "hidden"), [
    ({"a": 7, "b": 2}, {"a", "b"}),  # 9 − 7 would tell the 2
    ({"a": 7, "b": 6, "c": 2}, {"b", "c"}),  # the smallest other goes with it
    ({"a": 7, "b": 2, "c": 3}, {"b", "c"}),  # two small ones: only their sum is known
    ({"a": 7, "b": 6}, set()),
    ({"a": 2, "b": 1}, {"a", "b"}),  # the total itself is below five
])
def test_the_part_a_total_would_give_away_is_hidden(parts: dict[str, int],
                                                    hidden: set[str]) -> None:
    assert hidden_with(parts) == hidden


@given(st.dictionaries(st.sampled_from("abcdef"), st.integers(1, 20), min_size=1))
def test_no_hidden_part_can_be_worked_out_from_the_total(parts: dict[str, int]) -> None:
    hidden = hidden_with(parts)
    small = {k for k, n in parts.items() if n < SUPPRESS_BELOW}
    assert small <= hidden
    # the total minus the shown parts is never a single small part
    assert len(hidden) != 1 or sum(parts.values()) < SUPPRESS_BELOW


def test_a_needs_days_and_an_organisations_handoffs_in_the_api() -> None:
    counts = [Count(D1, H, "need", "money_problems", 7), Count(D2, H, "need", "money_problems", 2),
              Count(D3, H, "need", "money_problems", 6), Count(D1, H, "need", "housing_problems", 9),
              Count(D1, H, "handoff", "requested", 8),
              Count(D1, H, "handoff_org", "org-a:requested", 6),
              Count(D1, H, "handoff_org", "org-b:requested", 2)]
    body = summary(counts, region=H, start=D1, end=D3)
    assert body["totals"]["need"] == {"housing_problems": 9, "money_problems": 15}
    assert body["totals"]["handoff"] == {"requested": 8}
    assert body["totals"]["handoff_org"] == {"org-a:requested": "<5", "org-b:requested": "<5"}
    money = [d["count"] for d in body["days"] if d["need"] == "money_problems"]
    assert money == [7, "<5", "<5"]  # 15 − 7 − 6 would tell the 2: the 6 is hidden too
    assert [d["count"] for d in body["days"] if d["need"] == "housing_problems"] == [9]


def test_the_command_line_export_hides_the_same_days() -> None:
    rows = need_rows([Count(D1, H, "need", "money_problems", 7),
                      Count(D2, H, "need", "money_problems", 2),
                      Count(D3, H, "need", "money_problems", 6)])
    assert [r.cells()[-1] for r in rows] == [7, "<5", "<5"]
