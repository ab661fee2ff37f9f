"""/netzwerk: the network coordinators' dashboard shows the scripted week's counts for their
Kreise only, never a count below five, behind the same door as /berater."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from html import unescape
from io import BytesIO, StringIO

import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine, select
from starlette.testclient import TestClient

from bot.service import Lotse
from bot.storage.accounts import AccountRepository
from bot.storage.database import make_sessionmaker
from bot.storage.tables import AuditRow, InternshipApplicantRow, OrganisationRow
from bot.web.app import create_app
from tests.bot.stats.test_counting import WEEK as CHATS
from tests.bot.stats.test_counting import run_week

PASSWORD = "ein-sehr-langes-passwort"
WEEK = "/netzwerk/?kreis=15085&von=2026-11-23&bis=2026-11-29"


def serve(engine: Engine, make_lotse: Callable[..., Lotse]) -> Iterator[TestClient]:
    """A network coordinator of the Harz, a counsellor, an organisation without a Kreis;
    the scripted week of chats."""
    with make_sessionmaker(engine).begin() as session:
        session.add_all([OrganisationRow(id="netz-harz", name="Netzwerk Harz", regions=["15085"]),
                         OrganisationRow(id="leer", name="Ohne Kreis", regions=[])])
        session.flush()
        accounts = AccountRepository(session)
        accounts.add_user(org_id="netz-harz", email="nina@netz.example", password=PASSWORD,
                          role="network")
        accounts.add_user(org_id="netz-harz", email="cora@netz.example", password=PASSWORD)
        accounts.add_user(org_id="leer", email="lea@leer.example", password=PASSWORD,
                          role="network")
    lotse = make_lotse(engine)
    run_week(lotse)
    with TestClient(create_app(lotse), raise_server_exceptions=False) as client:
        yield client


@pytest.fixture
def app(sqlite_engine: Engine, make_lotse: Callable[..., Lotse]) -> Iterator[TestClient]:
    yield from serve(sqlite_engine, make_lotse)


@pytest.fixture
def db_app(db_engine: Engine, make_lotse: Callable[..., Lotse]) -> Iterator[TestClient]:
    """The same on SQLite and PostgreSQL."""
    yield from serve(db_engine, make_lotse)


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
    for i in range(5):  # no school social work in the Harz for a 22-year-old (docs/catalogue.md)
        lotse.handle("web", f"pupil-{i}",
                     "ich bin 22, wohne in quedlinburg und hab nur stress in der schule, werd gemobbt")
    login(app, "nina@netz.example")
    page = app.get("/netzwerk/luecken?von=2026-11-23&bis=2026-11-29")
    assert page.status_code == 200
    assert re.search(r"<td>Landkreis Harz</td><th scope=\"row\">[^<]*Schule[^<]*</th>"
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
    with make_sessionmaker(sqlite_engine)() as session:
        formats = {a.detail["format"] for a in session.scalars(select(AuditRow))
                   if a.action == "netzwerk_gaps"}
    assert formats == {"html", "xlsx", "pdf"}


def page_tables(html: str) -> dict[str, list[list[str]]]:
    """Every table of the dashboard by the key of its download links: header and rows as
    the page shows them (text of each cell)."""
    found: dict[str, list[list[str]]] = {}
    for table, key in re.findall(r"<table[^>]*>(.*?)</table>\s*<p class=\"downloads\">.*?"
                                 r"href=\"/netzwerk/tabelle/([a-z-]+)\.csv", html, re.S):
        rows = re.findall(r"<tr>(.*?)</tr>", table, re.S)
        found[key] = [[unescape(c) for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", r, re.S)]
                      for r in rows]
    return found


def spreadsheet_rows(content: bytes, sheet: str | None = None) -> list[list[str]]:
    book = load_workbook(BytesIO(content))
    found = book[sheet] if sheet else book.active
    assert found is not None
    return [["" if v is None else str(v) for v in row]
            for row in found.iter_rows(values_only=True)]


def test_every_table_downloads_as_csv_and_xlsx_with_the_numbers_of_the_page(
        db_app: TestClient) -> None:
    login(db_app, "nina@netz.example")
    html = db_app.get(WEEK).text
    shown = page_tables(html)
    assert set(shown) == {"gespraeche", "anliegen", "altersgruppen", "sprachen",
                          "wochenstunden", "geschlossen", "offen", "vor-ort", "uebergaben",
                          "krisenhilfe", "praktika"}
    scope = "?kreis=15085&von=2026-11-23&bis=2026-11-29"
    assert f'href="/netzwerk/tabelle/anliegen.xlsx{scope.replace("&", "&amp;")}"' in html
    everything = db_app.get("/netzwerk/tabellen.xlsx" + scope)
    assert everything.status_code == 200 and everything.content[:2] == b"PK"
    sheets = load_workbook(BytesIO(everything.content)).sheetnames
    assert len(sheets) == len(shown)
    for key, rows in shown.items():
        if rows[1:] == [["Noch keine Zahlen."]]:
            rows = rows[:1]  # the page's note for an empty table is no row of the file
        csv_file = db_app.get(f"/netzwerk/tabelle/{key}.csv{scope}")
        assert csv_file.status_code == 200, key
        assert csv_file.headers["content-type"].startswith("text/csv")
        assert f"netzwerk-15085-2026-11-23-2026-11-29-{key}.csv" in csv_file.headers[
            "content-disposition"]
        text = csv_file.content.decode("utf-8-sig")
        lines = list(csv.reader(StringIO(text), delimiter=";"))
        assert "Landkreis Harz (15085), 23.11.2026 bis 29.11.2026" in lines[0][0]
        assert lines[1:] == rows, key
        sheet = db_app.get(f"/netzwerk/tabelle/{key}.xlsx{scope}")
        assert sheet.status_code == 200 and sheet.content[:2] == b"PK"
        assert spreadsheet_rows(sheet.content)[1:] == rows, key
        assert spreadsheet_rows(everything.content, sheets[list(shown).index(key)])[1:] == rows
    # the scripted week's figures, as on the page
    needs = list(csv.reader(StringIO(db_app.get(f"/netzwerk/tabelle/anliegen.csv{scope}")
                                     .content.decode("utf-8-sig")), delimiter=";"))
    assert needs[1] == ["Anliegen", "Anzahl", "Zeitraum davor"]
    assert ["Geld und Schulden", "6", "<5"] in needs
    # the Harz debt counselling's catalogue entry has no opening hours: "unknown" (not closed)
    opening = list(csv.reader(StringIO(db_app.get(f"/netzwerk/tabelle/offen.csv{scope}")
                                       .content.decode("utf-8-sig")), delimiter=";"))
    assert opening[1:] == [["Anliegen", "mindestens eins geöffnet", "alle geschlossen",
                            "Öffnungszeiten unbekannt"], ["Geld und Schulden", "<5", "<5", "6"]]


def test_no_download_holds_a_count_below_five_or_a_person(db_app: TestClient) -> None:
    login(db_app, "nina@netz.example")
    scope = "?kreis=15085&von=2026-11-23&bis=2026-11-29"
    html = db_app.get(WEEK).text
    # what the young people wrote (their lines, the town they named) and who they were
    personal = [*(s for s, *_ in CHATS), *(line.lower() for *_, lines in CHATS for line in lines
                                        if len(line) > 4), "quedlinburg", "blablastadt"]
    for key in page_tables(html):
        for suffix in ("csv", "xlsx"):
            got = db_app.get(f"/netzwerk/tabelle/{key}.{suffix}{scope}")
            rows = (spreadsheet_rows(got.content) if suffix == "xlsx" else
                    list(csv.reader(StringIO(got.content.decode("utf-8-sig")), delimiter=";")))
            for row in rows[2:]:  # below the title and the header (hours 0–23)
                for cell in row[1:]:
                    assert not (cell.isdigit() and int(cell) < 5), (key, row)
                assert not any(w in " ".join(row).lower() for w in personal), (key, row)


def test_downloads_keep_the_scope_and_the_login_of_the_page(db_app: TestClient,
                                                            db_engine: Engine) -> None:
    scope = "?kreis=15085&von=2026-11-23&bis=2026-11-29"
    assert db_app.get(f"/netzwerk/tabelle/anliegen.csv{scope}",
                      follow_redirects=False).status_code == 303
    assert db_app.get(f"/netzwerk/tabellen.xlsx{scope}", follow_redirects=False).status_code == 303
    assert login(db_app, "nina@netz.example") == 303
    assert db_app.get("/netzwerk/tabelle/anliegen.csv?kreis=05911").status_code == 404
    assert db_app.get(f"/netzwerk/tabelle/unbekannt.csv{scope}").status_code == 404
    assert db_app.get(f"/netzwerk/tabelle/anliegen.pdf{scope}").status_code == 404
    assert db_app.get(f"/netzwerk/tabelle/tabellen.csv{scope}").status_code == 404
    # the default period is the page's: the last four weeks
    assert db_app.get("/netzwerk/tabelle/anliegen.csv").status_code == 200
    with make_sessionmaker(db_engine)() as session:
        actions = [a.detail for a in session.scalars(select(AuditRow)) if a.action ==
                   "netzwerk_download"]
    assert {"region": "15085", "table": "anliegen", "format": "csv"} in actions
    assert db_app.get(WEEK).status_code == 200
    with make_sessionmaker(db_engine)() as session:
        seen = [a.detail for a in session.scalars(select(AuditRow))
                if a.action == "netzwerk_view"]
    assert {"region": "15085", "start": "2026-11-23", "end": "2026-11-29"} in seen


def test_the_praktikalotsen_figures_appear_when_the_kreis_has_a_workspace(
        db_app: TestClient, db_engine: Engine) -> None:
    with make_sessionmaker(db_engine).begin() as session:
        for i in range(7):  # six requests in the week, one in the week before
            session.add(InternshipApplicantRow(
                id=f"HZ-{i}", birth_date=date(2011, 5, 1), land="ST", full_time_school=True,
                kind="school", lat=51.79, lon=11.14, region="15085", travel_mode="bus",
                max_travel_minutes=45,
                created_at=datetime(2026, 11, 24 if i < 6 else 17, 10, tzinfo=UTC)))
    login(db_app, "nina@netz.example")
    html = db_app.get(WEEK).text
    figures = page_tables(html)["praktikalotsen"]
    assert figures[0] == ["Kennzahl", "Wert", "Zeitraum davor"]
    assert ["Anfragen (neue Bewerbungen)", "6", "<5"] in figures
    assert ["Vermittlungen", "<5", "<5"] in figures
    sheet = db_app.get("/netzwerk/tabelle/praktikalotsen.xlsx?kreis=15085&von=2026-11-23"
                       "&bis=2026-11-29")
    assert spreadsheet_rows(sheet.content)[1:] == figures
