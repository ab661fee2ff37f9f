"""/netzwerk: the network coordinators' dashboard shows the scripted week's counts for their
Kreise only, never a count below five, behind the same door as /berater."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from io import BytesIO

import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine
from starlette.testclient import TestClient

from bot.service import Lotse
from bot.storage.accounts import AccountRepository
from bot.storage.database import make_sessionmaker
from bot.storage.tables import OrganisationRow
from bot.web.app import create_app
from tests.bot.stats.test_counting import run_week

PASSWORD = "ein-sehr-langes-passwort"
WEEK = "/netzwerk/?kreis=15085&von=2026-11-23&bis=2026-11-29"


@pytest.fixture
def app(sqlite_engine: Engine, make_lotse: Callable[..., Lotse]) -> Iterator[TestClient]:
    with make_sessionmaker(sqlite_engine).begin() as session:
        session.add_all([OrganisationRow(id="netz-harz", name="Netzwerk Harz", regions=["15085"]),
                         OrganisationRow(id="leer", name="Ohne Kreis", regions=[])])
        session.flush()
        accounts = AccountRepository(session)
        accounts.add_user(org_id="netz-harz", email="nina@netz.example", password=PASSWORD,
                          role="network")
        accounts.add_user(org_id="netz-harz", email="cora@netz.example", password=PASSWORD)
        accounts.add_user(org_id="leer", email="lea@leer.example", password=PASSWORD,
                          role="network")
    lotse = make_lotse(sqlite_engine)
    run_week(lotse)
    with TestClient(create_app(lotse), raise_server_exceptions=False) as client:
        yield client


def login(client: TestClient, email: str) -> int:
    page = client.get("/netzwerk/login").text
    match = re.search(r'name="csrftoken" value="([^"]+)"', page)
    assert match
    return client.post("/netzwerk/login", data={"email": email, "password": PASSWORD,
                                                "csrftoken": match.group(1)},
                       follow_redirects=False).status_code


def cells(html: str, heading: str) -> list[str]:
    """The cells of the table row whose header is `heading`."""
    row = re.search(r"<th scope=\"row\">" + re.escape(heading) + r"</th>(.*?)</tr>", html, re.S)
    assert row, heading
    return re.findall(r"<td>(.*?)</td>", row.group(1))


def test_the_dashboard_shows_the_weeks_counts(app: TestClient) -> None:
    assert app.get("/netzwerk/", follow_redirects=False).status_code == 303
    assert login(app, "nina@netz.example") == 303
    page = app.get(WEEK)
    assert page.status_code == 200
    html = page.text
    assert cells(html, "Gespräche mit erkanntem Kreis") == ["6", "&lt;5"]
    assert cells(html, "Geld und Schulden")[:1] == ["6"]
    assert cells(html, "14–17") == ["6", "&lt;5"]
    assert "<svg" in html and 'aria-hidden="true"' in html
    # the answers: local offers for money problems in the Harz
    assert re.search(r"Geld und Schulden</th><td>6</td><td>&lt;5</td>", html)
    # no number below five anywhere in a table cell
    for cell in re.findall(r"<td>([^<]*)</td>", html):
        number = cell.split(" ")[0]
        assert not (number.isdigit() and int(number) < 5), cell


def test_only_the_kreise_of_the_organisation(app: TestClient) -> None:
    login(app, "nina@netz.example")
    assert app.get("/netzwerk/?kreis=05911").status_code == 404
    bad = app.get("/netzwerk/?kreis=15085&von=gestern&bis=heute")
    assert bad.status_code == 200 and "konnte ich nicht lesen" in bad.text


def test_counsellors_and_organisations_without_kreis_stay_out(app: TestClient) -> None:
    assert login(app, "cora@netz.example") == 401
    assert login(app, "lea@leer.example") == 303
    assert app.get("/netzwerk/").status_code == 403


def test_the_gap_report_names_the_needs_without_a_local_offer(
        app: TestClient, make_lotse: Callable[..., Lotse], sqlite_engine: Engine) -> None:
    lotse = make_lotse(sqlite_engine)
    for i in range(5):  # the Harz has no local training support in the catalogue
        lotse.handle("web", f"azubi-{i}",
                     "ich bin 18, wohne in quedlinburg und will meine ausbildung abbrechen")
    login(app, "nina@netz.example")
    page = app.get("/netzwerk/luecken?von=2026-11-23&bis=2026-11-29")
    assert page.status_code == 200
    assert re.search(r"<td>Landkreis Harz</td><th scope=\"row\">[^<]*Ausbildung[^<]*</th>"
                     r"<td>Kein Angebot vor Ort</td><td>5</td><td>100 %</td>", page.text), page.text
    # money problems had a local debt counselling: no gap
    assert "Geld und Schulden</th><td>Kein Angebot" not in page.text
    sheet = app.get("/netzwerk/luecken.xlsx?von=2026-11-23&bis=2026-11-29")
    assert sheet.status_code == 200 and sheet.content[:2] == b"PK"
    rows = [list(r) for r in load_workbook(BytesIO(sheet.content)).active.iter_rows(  # type: ignore[union-attr]
        values_only=True)]
    assert rows[1] == ["Kreis", "Anliegen", "Lücke", "Anzahl", "Anteil"]
    assert [rows[2][0], *rows[2][2:]] == ["Landkreis Harz", "Kein Angebot vor Ort", 5, "100 %"]
    pdf = app.get("/netzwerk/luecken.pdf?von=2026-11-23&bis=2026-11-29")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
