"""The steering groups' figures on a small hand-made world: what is counted, per Kreis and
period, and that nothing computed from fewer than five people is shown – on the page, in the
charts and in the XLSX alike."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from bot.internship_service import allocate_round, import_demo
from bot.internships.loop import record_attendance, record_feedback, record_followup
from bot.internships.statistics import (
    Cell,
    CompanyFact,
    FeedbackFact,
    FollowupFact,
    Period,
    PlacementFact,
    RequestFact,
    RoundFact,
    World,
    count,
    figures,
    guard,
    median_days,
    months_of,
    ratio,
    school_year,
    secondary,
    share,
    tables,
)
from bot.internships.statistics_charts import BAR, chart
from bot.internships.statistics_export import statistics_xlsx
from bot.internships.statistics_io import load_world
from bot.storage.internships import InternshipRepository
from bot.storage.tables import OrganisationRow

H, D = "15085", "06411"
PERIOD = Period(date(2026, 8, 1), date(2027, 1, 31))
TODAY = date(2027, 1, 31)
SEPT = date(2026, 9, 1)


def placement(code: str, made: date, rank: int, agreed: date | None = None,
              attended: bool | None = None, region: str = H) -> PlacementFact:
    return PlacementFact("r1", code, region, made, wish_rank=rank, agreed_on=agreed,
                         attended=attended)


def world() -> World:
    """Harz: 12 requests in the period (A01–A06 JBH) and A00 from July; 10 placements in the
    period, 2 no-shows; Darmstadt: 5 requests and 5 placements that Harz must never see."""
    requests = [RequestFact("A00", H, date(2026, 7, 15))]
    requests += [RequestFact(f"A{i:02d}", H, SEPT, ("jbh",) if i <= 6 else ())
                 for i in range(1, 13)]
    requests += [RequestFact(f"D{i}", D, SEPT, ("newcomer",)) for i in range(5)]
    october, november = date(2026, 10, 5), date(2026, 11, 10)
    placements = [placement("A00", october, 1, agreed=date(2026, 10, 10))]
    placements += [placement(f"A{i:02d}", october, 1, agreed=date(2026, 10, 11), attended=True)
                   for i in range(1, 5)]
    placements += [placement("A05", november, 2, agreed=date(2026, 11, 20), attended=True),
                   placement("A06", november, 2, attended=True),
                   placement("A07", november, 2, attended=False),
                   placement("A08", november, 3, attended=False),
                   placement("A09", november, 5),
                   placement("A10", date(2027, 3, 1), 1)]  # after the period
    placements += [placement(f"D{i}", october, 1, attended=False, region=D) for i in range(5)]
    companies = [CompanyFact(f"C{i}", H, SEPT, date(2027, 6, 30)) for i in range(1, 6)]
    companies += [CompanyFact("C6", H, SEPT, date(2026, 12, 31)),
                  CompanyFact("C7", H, date(2025, 5, 1)), CompanyFact("CD", D, SEPT)]
    rounds = (RoundFact("r1", H, october, frozenset({"C1", "C2", "C3", "C4", "C5", "CD"})),
              RoundFact("r0", H, date(2026, 6, 1), frozenset({"C6"})),
              RoundFact("rd", D, october, frozenset({"CD"})))
    feedback = ([FeedbackFact(H, "young", PERIOD.end, "good")] * 5
                + [FeedbackFact(H, "young", PERIOD.end, "ok")] * 6
                + [FeedbackFact(H, "young", PERIOD.end, "bad"),
                   FeedbackFact(H, "company", PERIOD.end, "ok"),
                   FeedbackFact(H, "young", date(2027, 5, 1), "bad")])
    followups = [FollowupFact("A01", H, TODAY, "yes", "no"), FollowupFact("A01", H, TODAY, "yes")]
    followups += [FollowupFact(f"A{i:02d}", H, TODAY, "yes") for i in range(2, 6)]
    followups += [FollowupFact("A06", H, TODAY, "no", "eq")]
    chats = (SEPT,) * 5 + (date(2026, 7, 1),)
    return World(tuple(requests), chats, tuple(placements), rounds, tuple(companies),
                 tuple(feedback), tuple(followups))


def shown(region: str = H, period: Period = PERIOD) -> dict[str, dict[str, tuple[str, ...]]]:
    """table key → row name → the cells' texts."""
    found = tables(figures(world(), regions=[region], period=period, today=TODAY))
    return {t.key: {name: tuple(c.text for c in cells) for name, cells in t.rows} for t in found}


def test_the_figures_of_a_kreis_in_a_period() -> None:
    f = figures(world(), regions=[H], period=PERIOD, today=TODAY)
    assert (f.requests, f.chat_requests, f.placements, f.placed_requests) == (12, 5, 10, 10)
    assert f.days_to_agreement == (40, 40, 40, 40, 80, 87)  # from each request to both yeses
    assert (f.attended, f.no_shows) == (6, 2)
    assert (f.companies_active, f.companies_new, f.companies_sealed) == (5, 6, 5)
    assert dict(f.months) == {(2026, 8): 0, (2026, 9): 0, (2026, 10): 5, (2026, 11): 5,
                              (2026, 12): 0, (2027, 1): 0}
    assert dict(f.ranks) == {"1": 5, "2": 3, "3": 1, "other": 1}
    assert f.groups == (("jbh", 6, 6), ("foerderschule", 0, 0), ("newcomer", 0, 0),
                        ("none", 6, 4), ("all", 12, 10))
    assert ("young", "ok", 6) in f.feedback and ("young", "all", 12) in f.feedback
    assert dict(f.followups) == {"apprenticeship": 5, "eq": 1, "internship": 0, "answered": 6}


def test_what_is_shown_is_suppressed_below_five() -> None:
    tables_ = shown()
    overview = {k: v[0] for k, v in tables_["overview"].items()}
    assert overview["Anfragen (neue Bewerbungen)"] == "12"
    assert overview["Anteil der neuen Bewerbungen, die vermittelt sind"] == "83,3 %"
    assert overview["Tage bis zur Zusage beider Seiten (Median)"] == "40"
    assert overview["Nicht erschienen"] == "< 5" and overview["Nicht-erschienen-Quote"] == "< 5"
    assert overview["Betriebe mit gültigem Siegel (heute)"] == "5"
    assert tables_["ranks"]["1. Wunsch"] == ("5", "50,0 %")
    assert tables_["ranks"]["2. Wunsch"] == ("< 5", "< 5")
    assert tables_["groups"]["JBH"] == ("6", "6", "100,0 %", "< 5")  # "without" has 4 placed
    assert tables_["groups"]["ohne Vorranggruppe"] == ("6", "< 5", "< 5", "–")
    # 6 came, 2 did not: "6" with a known total would give the 2 away, so it goes too
    assert tables_["attendance"]["erschienen"] == ("< 5", "–")
    # young people: good 5, ok 6, bad 1 of 12 – the smallest shown part is hidden as well
    feedback = {k: v[0] for k, v in tables_["feedback"].items()}
    assert feedback == {"Gut": "< 5", "Geht so": "6", "Nicht gut": "< 5",
                        "Antworten insgesamt": "12"}
    assert tables_["followups"]["Ausbildung angeboten"] == ("5", "83,3 %")
    assert tables_["followups"]["Einstiegsqualifizierung (EQ)"] == ("< 5", "< 5")


def test_another_kreis_sees_only_its_own() -> None:
    darmstadt = figures(world(), regions=[D], period=PERIOD, today=TODAY)
    assert (darmstadt.requests, darmstadt.placements, darmstadt.no_shows) == (5, 5, 5)
    assert darmstadt.companies_active == 1 and darmstadt.days_to_agreement == ()
    # nobody came (0, below five): the 5 no-shows beside it would give that away
    assert shown(D)["attendance"]["nicht erschienen"] == ("< 5", "< 5")
    assert shown(D)["overview"]["Nicht erschienen"] == ("< 5",)
    assert shown(D)["groups"]["neu zugewandert"][:3] == ("5", "5", "100,0 %")
    both = figures(world(), regions=[H, D], period=PERIOD, today=TODAY)
    assert both.placements == 15 and both.requests == 17


def test_the_period_decides_what_counts() -> None:
    november = Period(date(2026, 11, 1), date(2026, 11, 30))
    f = figures(world(), regions=[H], period=november, today=TODAY)
    assert (f.requests, f.placements, f.companies_active, f.companies_new) == (0, 5, 0, 0)
    assert f.days_to_agreement == (80,) and shown(H, november)["overview"][
        "Tage bis zur Zusage beider Seiten (Median)"] == ("< 5",)
    assert school_year(date(2026, 7, 31)) == Period(date(2025, 8, 1), date(2026, 7, 31))
    assert school_year(date(2026, 8, 1)) == Period(date(2026, 8, 1), date(2026, 8, 1))
    assert months_of(Period(date(2026, 11, 15), date(2027, 2, 1))) == [
        (2026, 11), (2026, 12), (2027, 1), (2027, 2)]
    assert date(2026, 8, 1) in PERIOD and date(2027, 2, 1) not in PERIOD


@pytest.mark.parametrize(("cell", "text"), [
    (count(0), "< 5"), (count(4), "< 5"), (count(5), "5"), (count(123), "123"),
    (share(5, 8), "62,5 %"), (share(4, 100), "< 5"), (share(5, 4), "< 5"), (share(0, 0), "< 5"),
    (median_days([3, 9, 10, 20]), "< 5"), (median_days([3, 9, 10, 20, 30]), "10"),
    (median_days([3, 9, 10, 20, 30, 31]), "15"), (median_days([1, 2, 3, 4, 6, 6]), "3,5"),
    (ratio(5, 5, 5, 10), "2,00"), (ratio(5, 5, 4, 10), "< 5"),
])
def test_one_rule_for_every_number(cell: Cell, text: str) -> None:
    assert cell.text == text
    assert cell.suppressed == (text == "< 5")


@given(st.integers(0, 60), st.integers(0, 60))
def test_a_share_never_shows_fewer_than_five_people(part: int, whole: int) -> None:
    cell = share(part, whole)
    assert cell.suppressed == (min(part, whole) < 5)
    assert guard(part, people=part).suppressed == (part < 5)


def test_secondary_suppression_when_one_part_could_be_recomputed() -> None:
    parts = [count(n) for n in (5, 6, 1)]
    assert [c.text for c in secondary(parts)] == ["< 5", "6", "< 5"]
    assert [c.text for c in secondary([count(n) for n in (5, 2, 1)])] == ["5", "< 5", "< 5"]
    assert [c.text for c in secondary([count(n) for n in (7, 9)])] == ["7", "9"]


def test_charts_draw_only_what_may_be_shown() -> None:
    found = {t.key: t for t in tables(figures(world(), regions=[H], period=PERIOD, today=TODAY))}
    months = chart(found["months"])
    assert months.svg == chart(found["months"]).svg  # the same figures, the same bytes
    assert months.svg.startswith("<svg") and 'role="img"' in months.svg
    assert "<title>Vermittlungen je Monat</title>" in months.svg
    assert "Okt. 2026: 5; Nov. 2026: 5" in months.summary and "Aug. 2026: < 5" in months.summary
    assert 'aria-label="Balkendiagramm' in months.svg and "&lt; 5" in months.svg
    assert "style" not in months.svg  # the page's CSP allows no inline style
    bars = re.findall(rf'clip-path="url\(#months-[^)]+\)" fill="{BAR}"', months.svg)
    assert len(bars) == 2  # October and November; four months are below five
    ids = re.findall(r'\bid="([^"]+)"', months.svg)
    assert all(i.startswith("months-") for i in ids) and len(ids) == len(set(ids))
    ranks = chart(found["ranks"])
    assert len(re.findall(rf'fill="{BAR}"', ranks.svg)) == 1 and "1. Wunsch: 50,0 %" in ranks.summary


def test_the_workbook_holds_the_same_suppressed_numbers() -> None:
    found = tables(figures(world(), regions=[H], period=PERIOD, today=TODAY))
    book = load_workbook(io.BytesIO(statistics_xlsx(found, scope="Landkreis Harz")))
    assert book.sheetnames == ["Kennzahlen", "Monate", "Wünsche", "Vorranggruppen",
                               "Erscheinen", "Rückmeldungen", "Nachbefragung"]
    overview = {row[0]: row[1] for row in book["Kennzahlen"].iter_rows(min_row=3, values_only=True)}
    assert overview["Anfragen (neue Bewerbungen)"] == 12
    assert overview["Nicht erschienen"] == "< 5"
    assert overview["Anteil der neuen Bewerbungen, die vermittelt sind"] == pytest.approx(10 / 12)
    ranks = list(book["Wünsche"].iter_rows(min_row=3, values_only=True))
    assert ranks[0] == ("1. Wunsch", 5, 0.5) and ranks[1] == ("2. Wunsch", "< 5", "< 5")
    assert book["Kennzahlen"]["A1"].value == "Kennzahlen – Landkreis Harz"


def test_the_facts_are_read_from_the_database(db_engine: Engine) -> None:
    """The edge: a placement agreed on the status board, a no-show, feedback and a follow-up
    come back as facts of their Kreis, in local dates – and none of them for Darmstadt."""
    berlin = ZoneInfo("Europe/Berlin")
    late = datetime(2026, 10, 12, 23, 30, tzinfo=UTC)  # already the 13th in Berlin
    with Session(db_engine) as session, session.begin():
        session.add(OrganisationRow(id="lotsen-harz", name="Praktikalotsen Harz", offer_ids=[]))
        import_demo(session)
        allocate_round(session, "harz", region=H)
        repo = InternshipRepository(session)
        code = sorted(repo.assignments("harz"))[0]
        repo.advance("harz", code, now=late - timedelta(days=1))
        repo.advance("harz", code, now=late)
        repo.advance("harz", code, now=late + timedelta(days=3))  # later steps keep the day
        record_attendance(session, "harz", code, False, now=late)
        record_feedback(session, "harz", code, "young", {"overall": "good"}, followup=True,
                        now=late)
        record_followup(session, "harz", code, 3, {"apprenticeship": "yes", "eq": "eq"},
                        now=late)
    with Session(db_engine) as session:
        harz = load_world(session, regions=[H], org_id="lotsen-harz", tz=berlin)
        darmstadt = load_world(session, regions=[D], org_id="lotsen-da", tz=berlin)
    [mine] = [p for p in harz.placements if p.applicant_id == code]
    assert (mine.agreed_on, mine.attended, mine.region) == (date(2026, 10, 13), False, H)
    assert mine.wish_rank is not None and mine.wish_rank >= 1
    assert harz.feedback == (FeedbackFact(H, "young", date(2026, 10, 13), "good"),)
    assert harz.followups == (FollowupFact(code, H, date(2026, 10, 13), "yes", "eq"),)
    assert {r.region for r in harz.requests} == {H} and len(harz.rounds) == 1
    assert harz.rounds[0].company_ids <= {c.id for c in harz.companies}
    assert not darmstadt.placements and not darmstadt.feedback and not darmstadt.rounds
    assert {c.region for c in darmstadt.companies} == {D}
