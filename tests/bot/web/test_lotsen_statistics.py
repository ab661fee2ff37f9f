"""/lotsen/statistik over HTTP: the round's figures on the page, in the XLSX and in the PDF;
the Kreis scope (IDOR); the period; charts a screen reader can read."""

from __future__ import annotations

import io
import re

from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from starlette.testclient import TestClient

from bot.storage.tables import (
    AuditRow,
    InternshipApplicantRow,
    InternshipAssignmentRow,
    InternshipRoundRow,
)
from tests.bot.web import test_lotsen
from tests.bot.web.test_lotsen import DARMSTADT, HARZ, login, run_round, token

app = test_lotsen.app  # the same fixture: demo data, a coordinator of the Harz and one of Darmstadt

PLACEMENTS = "Vermittlungen"
REQUESTS = "Anfragen (neue Bewerbungen)"
FIRST_WISH = "1. Wunsch"


def figure(page: str, name: str) -> str:
    """The first value beside a row's name in the page's tables."""
    found = re.search(rf'<th scope="row">{re.escape(name)}</th><td>([^<]*)</td>', page)
    assert found, name
    return found.group(1).replace("&lt;", "<")


def harz_round(app: TestClient, engine: Engine) -> tuple[int, int, int]:
    """Run the demo round of the Harz: (placements, requests, placed at the first wish as
    the round's own report counts it)."""
    login(app, "lotse@harz.example")
    run_round(app)
    with Session(engine) as session:
        placed = len(session.scalars(select(InternshipAssignmentRow)).all())
        report = session.get(InternshipRoundRow, "harz-2027").report or {}  # type: ignore[union-attr]
    return placed, requests(engine, HARZ), report["rank_profile"]["1"]


def requests(engine: Engine, region: str) -> int:
    with Session(engine) as session:
        return len(session.scalars(select(InternshipApplicantRow).where(
            InternshipApplicantRow.region == region)).all())


def test_the_page_shows_the_rounds_figures(app: TestClient, db_engine: Engine) -> None:
    placed, wanted, first = harz_round(app, db_engine)
    assert placed >= 5 and wanted >= 5 and first >= 5
    page = app.get("/lotsen/statistik")
    assert page.status_code == 200 and '<a href="/lotsen/statistik">Statistik</a>' in page.text
    assert figure(page.text, PLACEMENTS) == str(placed)
    assert figure(page.text, REQUESTS) == str(wanted)
    assert figure(page.text, "Anteil der neuen Bewerbungen, die vermittelt sind") == (
        f"{placed / wanted * 100:.1f} %".replace(".", ","))
    assert figure(page.text, "Nicht erschienen") == "< 5"  # nobody has been asked yet
    assert figure(page.text, FIRST_WISH) == str(first)  # as the round's report has it
    # four charts, each an image with its numbers in words, beside a table with a caption
    charts = re.findall(r'<svg [^>]*role="img" aria-label="([^"]+)"', page.text)
    assert len(charts) == 4 and all("Balkendiagramm" in c for c in charts)
    assert f": {placed}" in charts[0]  # all placements in this month
    assert page.text.count("<caption>") == 7
    svg = page.text[page.text.index("<svg"):page.text.rindex("</svg>")]
    assert "style" not in svg  # the CSP (style-src 'self') would drop inline style
    with Session(db_engine) as session:
        actions = {a.action for a in session.scalars(select(AuditRow))}
    assert "lotsen_statistics" in actions


def test_another_kreis_sees_none_of_these_numbers(app: TestClient, db_engine: Engine) -> None:
    harz_round(app, db_engine)
    app.post("/lotsen/logout", data={"csrftoken": token(app, "/lotsen/")})
    login(app, "lotse@da.example")
    for path in ("/lotsen/statistik", "/lotsen/statistik.xlsx", "/lotsen/statistik.pdf"):
        assert app.get(f"{path}?region={HARZ}").status_code == 404
    own = app.get("/lotsen/statistik").text
    assert "Harz" not in own and "Darmstadt" in own
    assert figure(own, PLACEMENTS) == "< 5"  # Darmstadt has had no round
    assert figure(own, REQUESTS) == str(requests(db_engine, DARMSTADT))
    book = load_workbook(io.BytesIO(app.get("/lotsen/statistik.xlsx").content))
    overview = {r[0]: r[1] for r in book["Kennzahlen"].iter_rows(min_row=3, values_only=True)}
    assert overview[PLACEMENTS] == "< 5"


def test_the_period_filters_and_a_bad_one_falls_back(app: TestClient, db_engine: Engine) -> None:
    placed, _, _ = harz_round(app, db_engine)
    earlier = app.get("/lotsen/statistik?region=15085&von=2020-01-01&bis=2020-12-31").text
    assert "01.01.2020–31.12.2020" in earlier and figure(earlier, PLACEMENTS) == "< 5"
    assert 'value="2020-01-01"' in earlier and "Jan. 2020" in earlier
    backwards = app.get("/lotsen/statistik?von=2027-01-01&bis=2026-01-01").text
    assert "Das Ende lag vor dem Anfang" in backwards and figure(backwards, PLACEMENTS) == str(placed)
    garbled = app.get("/lotsen/statistik?von=gestern").text
    assert "nicht lesbar" in garbled and figure(garbled, PLACEMENTS) == str(placed)


def test_the_workbook_and_the_pdf_hold_the_same_numbers(app: TestClient, db_engine: Engine) -> None:
    placed, wanted, first = harz_round(app, db_engine)
    page = app.get("/lotsen/statistik").text
    response = app.get("/lotsen/statistik.xlsx")
    assert response.status_code == 200 and "statistik-alle-" in response.headers["content-disposition"]
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Kennzahlen", "Monate", "Wünsche", "Vorranggruppen",
                               "Erscheinen", "Rückmeldungen", "Nachbefragung"]
    overview = {r[0]: r[1] for r in book["Kennzahlen"].iter_rows(min_row=3, values_only=True)}
    assert overview[PLACEMENTS] == placed and overview[REQUESTS] == wanted
    assert overview["Nicht erschienen"] == "< 5"
    ranks = {r[0]: r[1] for r in book["Wünsche"].iter_rows(min_row=3, values_only=True)}
    assert ranks[FIRST_WISH] == first and figure(page, FIRST_WISH) == str(first)
    pdf = app.get("/lotsen/statistik.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages)
    assert "Statistik der Praktikalotsen" in text and "Landkreis Harz" in text
    assert f"{PLACEMENTS} {placed}" in text and f"{REQUESTS} {wanted}" in text
    assert f"{FIRST_WISH} {first}" in text and "< 5" in text
