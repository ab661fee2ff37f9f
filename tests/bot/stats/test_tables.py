"""The dashboard's tables as values: one source for the page and its downloads, every cell
suppressed, safe in a spreadsheet; the Praktikalotsen figures with their own rule."""

from __future__ import annotations

import csv
import io
from datetime import date

from openpyxl import load_workbook

from bot.internships.statistics import Period, PlacementFact, RequestFact, World, figures
from bot.stats.charts import bars, heat
from bot.stats.dashboard import build, previous_period
from bot.stats.tables import Table, dashboard_tables, to_csv, to_xlsx, workspace_table
from bot.storage.demand import Count

H = "15085"
DAY, BEFORE = date(2026, 11, 24), date(2026, 11, 17)


def counts(day: date, **values: int) -> list[Count]:
    """Counters of one day: "need__money_problems=6" → need / money_problems / 6."""
    found = []
    for key, n in values.items():
        dimension, _, value = key.partition("__")
        found.append(Count(day, H, dimension, value.replace("_colon_", ":"), n))
    return found


def test_every_cell_is_suppressed_and_compared_with_the_period_before() -> None:
    now = counts(DAY, need__money_problems=7, need__housing_problems=2,
                 answer__money_problems_colon_local=7, answer__housing_problems_colon_nationwide=3,
                 handoff_org__org_colon_requested=5)
    before = counts(BEFORE, need__money_problems=9, answer__money_problems_colon_local=6,
                    handoff_org__org_colon_requested=1)
    view = build(now, before, region=H, start=date(2026, 11, 23), end=date(2026, 11, 29),
                 org_names={"org": "=Beratung"})
    tables = {t.key: t for t in dashboard_tables(view)}
    assert dict(tables["anliegen"].rows) == {"Geld und Schulden": (7, 9),
                                             "Wohnen": ("<5", "<5")}
    assert tables["vor-ort"].rows[0][1] == (7, "<5", 6, "<5")
    assert tables["uebergaben"].rows == (("=Beratung", (5, "<5", "<5", "–", "<5")),)
    for table in tables.values():
        for _, cells in table.rows:
            assert not any(isinstance(c, int) and c < 5 for c in cells), table.key


def test_downloads_are_safe_in_a_spreadsheet() -> None:
    table = Table("uebergaben", "Übergaben", ("Organisation", "angefragt"),
                  (("=HYPERLINK(\"x\")", (5,)), ("@SUM(A1)", ("<5",))), "Übergaben")
    lines = list(csv.reader(io.StringIO(to_csv(table, title="Harz").lstrip("\ufeff")),
                            delimiter=";"))
    assert lines == [["Übergaben – Harz"], ["Organisation", "angefragt"],
                     ["'=HYPERLINK(\"x\")", "5"], ["'@SUM(A1)", "<5"]]
    sheet = load_workbook(io.BytesIO(to_xlsx([table], title="Harz")))["Übergaben"]
    assert [c.value for c in sheet["A"]] == ["Übergaben – Harz", "Organisation",
                                           "'=HYPERLINK(\"x\")", "'@SUM(A1)"]
    assert sheet["B3"].value == 5 and sheet["B3"].data_type == "n"


def test_the_praktikalotsen_figures_keep_their_own_suppression() -> None:
    period = Period(date(2026, 11, 1), date(2026, 11, 30))
    before = Period(*previous_period(period.start, period.end))
    requests = tuple(RequestFact(f"A{i}", H, date(2026, 11, 3)) for i in range(8))
    requests += (RequestFact("B0", H, date(2026, 10, 3)),)
    placed = tuple(PlacementFact("r", f"A{i}", H, date(2026, 11, 10), agreed_on=date(2026, 11, 12))
                   for i in range(6))
    world = World(requests=requests, placements=placed)
    table = workspace_table(figures(world, regions=[H], period=period, today=period.end),
                            figures(world, regions=[H], period=before, today=period.end))
    rows = dict(table.rows)
    assert rows["Anfragen (neue Bewerbungen)"] == (8, "<5")
    assert rows["Vermittlungen"] == (6, "<5")
    assert rows["Anteil der neuen Bewerbungen, die vermittelt sind"] == ("75,0 %", "<5")
    assert rows["Tage bis zur Zusage beider Seiten (Median)"][0] == "9"
    assert "Anfragen aus dem Chat (ganze Organisation)" not in rows


def test_the_heat_map_frames_hours_whose_offers_were_all_closed() -> None:
    grid = [[0] * 24 for _ in range(7)]
    closed = [[0] * 24 for _ in range(7)]
    grid[1][15], closed[1][15] = 9, 6  # Tuesday 15:00: nine messages, six found all closed
    grid[2][9], closed[2][9] = 8, 3  # Wednesday 9:00: three – not shown
    drawn = str(heat(grid, closed))
    assert drawn.count('class="closed"') == 1
    assert str(heat(grid)).count('class="closed"') == 0


def test_a_language_the_conversations_would_give_away_is_hidden_on_page_and_chart() -> None:
    now = counts(DAY, region__resolved=20, language__de=14, language__en=4, language__uk=2,
                 **{"age_band__14–17": 12, "age_band__18–21": 8})
    before = counts(BEFORE, region__resolved=9, language__de=7, language__tr=2)
    view = build(now, before, region=H, start=date(2026, 11, 23), end=date(2026, 11, 29))
    tables = {t.key: t for t in dashboard_tables(view)}
    # now two small ones: only their sum could be worked out, nothing is hidden beyond them;
    # before, 9 − 7 would tell the 2 of Turkish: the 7 of German is hidden too
    assert dict(tables["sprachen"].rows) == {"de": (14, "<5"), "en": ("<5", "<5"),
                                             "uk": ("<5", "<5"), "tr": ("<5", "<5")}
    assert dict(tables["altersgruppen"].rows) == {"14–17": (12, "<5"), "18–21": (8, "<5")}
    assert dict(tables["gespraeche"].rows)["Gespräche mit erkanntem Kreis"] == (20, 9)
    drawn = str(bars(view.languages))
    assert drawn.count("<rect") == 2 and 'width="0"' in drawn  # de now, nothing before


def test_a_needs_recommendations_are_split_two_ways_and_neither_tells_a_small_part() -> None:
    now = counts(DAY, answer__money_problems_colon_local=9,
                 answer__money_problems_colon_nationwide=2,
                 open__money_problems_colon_open=6, open__money_problems_colon_unknown=5)
    view = build(now, [], region=H, start=date(2026, 11, 23), end=date(2026, 11, 29))
    tables = {t.key: t for t in dashboard_tables(view)}
    # 11 recommendations: "offen" shows 6 + 5, so 11 − 9 would tell the 2 nationwide
    assert tables["vor-ort"].rows[0][1][:2] == ("<5", "<5")
    assert tables["offen"].rows[0][1] == (6, "<5", 5)  # none closed: nothing to give away
