"""The coordinators' workspace /lotsen over HTTP: roles, Kreis scope (IDOR), CSRF, import with
its report, a round with reasons and rule checks, pins and exclusions, export, XSS, audit."""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from markupsafe import escape
from openpyxl import load_workbook
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from starlette.testclient import TestClient

from bot.internship_service import import_demo
from bot.internships import write_xlsx
from bot.service import Lotse
from bot.storage.accounts import AccountRepository
from bot.storage.database import make_sessionmaker
from bot.storage.internships import InternshipRepository
from bot.storage.tables import AuditRow, HandoffRow, OrganisationRow
from bot.web.app import create_app
from bot.web.berater import Inbox
from matching.internships.demo import demo_data
from tests.xss import XSS, assert_inert

PASSWORD = "richtig-langes-passwort"
HARZ, DARMSTADT = "15085", "06411"


@pytest.fixture
def app(db_engine: Engine, make_lotse: Callable[..., Lotse]) -> Iterator[TestClient]:
    with Session(db_engine) as session, session.begin():
        session.add_all([OrganisationRow(id="lotsen-harz", name="Praktikalotsen Harz",
                                         offer_ids=[], regions=[HARZ]),
                         OrganisationRow(id="lotsen-da", name="Praktikalotsen Darmstadt",
                                         offer_ids=[], regions=[DARMSTADT]),
                         OrganisationRow(id="beratung", name="Beratung", offer_ids=[])])
        session.flush()
        accounts = AccountRepository(session)
        accounts.add_user(org_id="lotsen-harz", email="lotse@harz.example", password=PASSWORD,
                          role="coordinator")
        accounts.add_user(org_id="lotsen-da", email="lotse@da.example", password=PASSWORD,
                          role="coordinator")
        accounts.add_user(org_id="beratung", email="ana@beratung.example", password=PASSWORD)
        import_demo(session)
    inbox = Inbox(make_sessionmaker(db_engine))
    with TestClient(create_app(make_lotse(db_engine), inbox=inbox),
                    raise_server_exceptions=False) as client:
        yield client


def token(client: TestClient, path: str = "/lotsen/login") -> str:
    match = re.search(r'name="csrftoken" value="([^"]+)"', client.get(path).text)
    assert match, path
    return match.group(1)


def login(client: TestClient, email: str):  # type: ignore[no-untyped-def]
    return client.post("/lotsen/login", data={"email": email, "password": PASSWORD,
                                              "csrftoken": token(client)}, follow_redirects=False)


def run_round(client: TestClient, name: str = "harz-2027", region: str = HARZ):  # type: ignore[no-untyped-def]
    return client.post("/lotsen/runden", data={"round": name, "region": region,
                                               "csrftoken": token(client, "/lotsen/")},
                       follow_redirects=False)


def test_only_coordinators_enter_and_see_their_kreis(app: TestClient) -> None:
    assert app.get("/lotsen/", follow_redirects=False).headers["location"] == "/lotsen/login"
    assert login(app, "ana@beratung.example").status_code == 401  # a counsellor: not here
    assert login(app, "lotse@harz.example").status_code == 303
    page = app.get("/lotsen/").text
    assert "Landkreis Harz" in page and "Darmstadt" not in page
    places = app.get("/lotsen/plaetze").text
    assert "Beispiel-Tierpension Quedlinburg" in places and "Darmstadt" not in places
    assert "Tierpfleger" in app.get("/lotsen/plaetze?q=tierpf").text
    applicants = app.get("/lotsen/bewerbungen").text
    assert "BW-" in applicants


def chat_request(app: TestClient, db_engine: Engine) -> HandoffRow:
    """Mia (16, Quedlinburg) asks the chat for an internship with animals and agrees to be
    handed to the Praktikalotsen Harz by e-mail."""
    with Session(db_engine) as session, session.begin():  # the pilot takes the chat's requests
        session.get(OrganisationRow, "lotsen-harz").offer_ids = ["harz-praktikalotsen"]  # type: ignore[union-attr]
    replies: list[dict] = []  # type: ignore[type-arg]
    for text in ("ich suche ein praktikum", "16", "Quedlinburg", "ich geh noch zur schule",
                 "was mit tieren"):
        replies = app.post("/webhooks/rest/webhook",
                           json={"sender": "mia", "message": text}).json()
    assert any(r.get("custom", {}).get("internships") for r in replies)
    invite = [b["payload"] for r in replies for b in r.get("buttons", [])
              if b["payload"].startswith("/talk_to_human{") and "harz-praktikalotsen" in b["payload"]]
    assert invite, replies
    for text in (invite[0], "/affirm", '/inform{"contact_method": "email"}',
                 "mia.beispiel@example.org", "/deny"):
        done = app.post("/webhooks/rest/webhook", json={"sender": "mia", "message": text}).json()
    assert re.search(r"LT-[2-9A-Z]{6}", " ".join(r["text"] for r in done)), done
    with Session(db_engine) as session:
        [handoff] = session.scalars(select(HandoffRow)).all()
        session.expunge(handoff)
    return handoff


def test_a_chat_request_reaches_the_coordinators(app: TestClient, db_engine: Engine) -> None:
    handoff = chat_request(app, db_engine)
    shown = handoff.summary["internships"]
    assert handoff.org_id == "lotsen-harz" and shown[0]["occupation"] == "Tierpfleger"
    login(app, "lotse@harz.example")
    assert "Anfragen aus dem Chat: 1 neu" in app.get("/lotsen/").text
    inbox = app.post("/berater/login", data={"email": "lotse@harz.example", "password": PASSWORD,
                                             "csrftoken": token(app, "/berater/login")})
    assert handoff.reference in inbox.text
    detail = app.get(f"/berater/f/{handoff.id}").text
    assert "Gezeigte Praktikumsplätze" in detail and shown[0]["id"] in detail


def test_a_round_with_reasons_rules_pins_and_export(app: TestClient, db_engine: Engine) -> None:
    login(app, "lotse@harz.example")
    assert run_round(app).headers["location"] == "/lotsen/runden/harz-2027"
    page = app.get("/lotsen/runden/harz-2027").text
    assert "Vermittelt:" in page and "Dein 1. Wunsch." in page and "JArbSchG" in page
    code, place = re.search(r"<td>(BW-\d+)</td>\s*<td>[^<]+\((P-\d+)\)", page).groups()  # type: ignore[union-attr]
    excluded = app.post("/lotsen/runden/harz-2027/ausschliessen",
                        data={"applicant": code, "place": place,
                              "csrftoken": token(app, "/lotsen/runden/harz-2027")})
    assert f"{code} nicht {place}" in excluded.text
    again = re.search(rf"<td>{code}</td>\s*<td>([^<]*)", excluded.text)
    assert again and place not in again.group(1)
    pinned = app.post("/lotsen/runden/harz-2027/festlegen",
                      data={"applicant": code, "place": "P-9999",
                            "csrftoken": token(app, "/lotsen/runden/harz-2027")})
    assert "gehört nicht zu dieser Runde" in pinned.text
    allowed = app.post("/lotsen/runden/harz-2027/zulassen",
                       data={"applicant": code, "place": place,
                             "csrftoken": token(app, "/lotsen/runden/harz-2027")})
    assert f"{code} kann {place} wieder bekommen" in allowed.text
    assert f"{code} nicht {place}" not in allowed.text
    papers = app.get(f"/lotsen/runden/harz-2027/unterlagen/{code}/vereinbarung.pdf")
    assert papers.status_code == 200 and papers.content.startswith(b"%PDF")
    assert app.get(f"/lotsen/runden/harz-2027/unterlagen/{code}/termine.ics").text.startswith(
        "BEGIN:VCALENDAR")
    assert app.get("/lotsen/runden/harz-2027/unterlagen/BW-9999/vereinbarung.pdf").status_code == 404
    assert app.get(f"/lotsen/runden/harz-2027/unterlagen/{code}/x.exe").status_code == 404
    book = app.get("/lotsen/runden/harz-2027/export.xlsx")
    assert book.status_code == 200
    sheets = load_workbook(io.BytesIO(book.content)).sheetnames
    assert sheets == ["Firmen", "Plätze", "Bewerbungen", "Zuteilungen"]
    with Session(db_engine) as session:
        actions = {a.action for a in session.scalars(select(AuditRow))}
    assert {"lotsen_allocate", "lotsen_round", "lotsen_export"} <= actions


def test_another_kreis_is_not_found(app: TestClient) -> None:
    login(app, "lotse@harz.example")
    run_round(app)
    app.post("/lotsen/logout", data={"csrftoken": token(app, "/lotsen/")})
    login(app, "lotse@da.example")
    assert app.get("/lotsen/runden/harz-2027").status_code == 404
    assert app.get("/lotsen/runden/harz-2027/export.xlsx").status_code == 404
    assert app.get("/lotsen/runden/harz-2027/unterlagen/BW-0004/vereinbarung.pdf").status_code == 404
    taken = app.post("/lotsen/runden", data={"round": "harz-2027", "region": DARMSTADT,
                                             "csrftoken": token(app, "/lotsen/")})
    assert taken.status_code == 404  # not even by naming a new round like theirs
    assert run_round(app, "da-2027", HARZ).headers["location"] == "/lotsen/"  # not their Kreis
    assert "Quedlinburg" not in app.get("/lotsen/plaetze?region=15085").text


def test_forms_need_the_csrf_token(app: TestClient) -> None:
    login(app, "lotse@harz.example")
    response = app.post("/lotsen/runden", data={"round": "harz-2027", "region": HARZ})
    assert response.status_code == 403 and "/lotsen/" in response.text


def test_import_shows_its_report_and_keeps_to_the_kreis(app: TestClient, tmp_path) -> None:  # type: ignore[no-untyped-def]
    login(app, "lotse@harz.example")
    data = demo_data()
    darmstadt = [c for c in data.companies if c.region == DARMSTADT][:1]
    path = write_xlsx(tmp_path / "fremd.xlsx", companies=darmstadt)
    refused = app.post("/lotsen/import", data={"csrftoken": token(app, "/lotsen/import")},
                       files={"file": ("fremd.xlsx", path.read_bytes())})
    assert refused.status_code == 400 and "Nicht in deinem Bereich" in refused.text
    broken = tmp_path / "kaputt.csv"
    broken.write_text("Firma-ID;Name;PLZ\nC-1;Beispiel GmbH;99999\n", encoding="utf-8")
    report = app.post("/lotsen/import", data={"csrftoken": token(app, "/lotsen/import")},
                      files={"file": ("kaputt.csv", broken.read_bytes())})
    assert report.status_code == 400 and "Zeile 2" in report.text
    harz = [c for c in data.companies if c.region == HARZ][:2]
    good = write_xlsx(tmp_path / "harz.xlsx", companies=harz)
    checked = app.post("/lotsen/import", data={"csrftoken": token(app, "/lotsen/import"),
                                               "dry_run": "1"},
                       files={"file": ("harz.xlsx", good.read_bytes())})
    assert checked.status_code == 200 and "nichts gespeichert" in checked.text


def test_what_a_company_wrote_is_shown_as_text(app: TestClient, db_engine: Engine) -> None:
    with Session(db_engine) as session, session.begin():
        repo = InternshipRepository(session)
        harz = [c for c in repo.companies() if c.region == HARZ]
        repo.save_companies([replace(c, name=payload) for c, payload in zip(harz, XSS, strict=False)])
    login(app, "lotse@harz.example")
    page = app.get("/lotsen/plaetze").text
    assert_inert(page)
    assert str(escape(XSS[0])) in page  # shown, as text


def test_the_status_board_keeps_agreed_placements(app: TestClient, db_engine: Engine) -> None:
    login(app, "lotse@harz.example")
    run_round(app)
    page = app.get("/lotsen/runden/harz-2027").text
    placed = re.findall(r"<td>(BW-\d+)</td>\s*<td>[^<]+\((P-\d+)\)", page)
    (code, place), (other, other_place) = placed[0], placed[1]
    assert "Vorgeschlagen" in page
    for expected in ("Betrieb hat zugesagt", "Jugendliche/r hat zugesagt"):
        moved = app.post("/lotsen/runden/harz-2027/weiter",
                         data={"applicant": code, "place": place,
                               "csrftoken": token(app, "/lotsen/runden/harz-2027")})
        assert f"{code}: {expected}." in moved.text
    again = app.post("/lotsen/runden/harz-2027/ausschliessen",
                     data={"applicant": other, "place": other_place,
                           "csrftoken": token(app, "/lotsen/runden/harz-2027")})
    row = re.search(rf"<td>{code}</td>\s*<td>([^<]*)</td>(.*?)</tr>", again.text, re.S)
    assert row and place in row.group(1)  # the re-run kept the agreed placement
    assert "Jugendliche/r hat zugesagt" in row.group(2)
    with Session(db_engine) as session:
        statuses = InternshipRepository(session).statuses("harz-2027")
    assert statuses[code] == "young_agreed" and statuses.get(other) != "young_agreed"


def test_companies_and_places_are_edited_like_a_table_row(app: TestClient) -> None:
    login(app, "lotse@harz.example")
    form = app.get("/lotsen/bearbeiten/platz/P-0193").text
    values = dict(re.findall(r'name="(\w+)" value="([^"]*)"', form))
    assert values["id"] == "P-0193" and values["capacity"]
    changed = app.post("/lotsen/bearbeiten/platz/P-0193",
                       data={**values, "capacity": "4", "csrftoken": token(app, "/lotsen/bearbeiten/platz/P-0193")})
    assert changed.status_code == 200 and "Gespeichert." in changed.text
    assert 'name="capacity" value="4"' in changed.text
    broken = app.post("/lotsen/bearbeiten/platz/P-0193",
                      data={**values, "start_date": "31.02.2027", "csrftoken": token(app, "/lotsen/bearbeiten/platz/P-0193")})
    assert broken.status_code == 400 and "Nicht gespeichert" in broken.text and "von:" in broken.text
    new = {"id": "C-900", "name": "Beispiel-Gärtnerei Thale GmbH", "postal_code": "06502",
           "sector": "agriculture", "csrftoken": token(app, "/lotsen/bearbeiten/betrieb/neu")}
    made = app.post("/lotsen/bearbeiten/betrieb/neu", data=new)
    assert made.status_code == 200 and "Gespeichert." in made.text
    again = app.post("/lotsen/bearbeiten/betrieb/neu",
                     data={**new, "csrftoken": token(app, "/lotsen/bearbeiten/betrieb/neu")})
    assert "gibt es schon" in again.text
    elsewhere = app.post("/lotsen/bearbeiten/betrieb/neu", data={
        **new, "id": "C-901", "postal_code": "64283",
        "csrftoken": token(app, "/lotsen/bearbeiten/betrieb/neu")})
    assert elsewhere.status_code == 400 and "nicht in deinem Bereich" in elsewhere.text
    darmstadt_place = next(p.id for p in demo_data().places if p.company_id in {
        c.id for c in demo_data().companies if c.region == DARMSTADT})
    assert app.get(f"/lotsen/bearbeiten/platz/{darmstadt_place}").status_code == 404
    assert app.get("/lotsen/bearbeiten/auto/neu").status_code == 404


def test_a_chat_request_becomes_an_applicant_in_the_loop(app: TestClient,
                                                         db_engine: Engine) -> None:
    handoff = chat_request(app, db_engine)
    login(app, "lotse@harz.example")
    overview = app.get("/lotsen/").text
    assert handoff.reference in overview and "Als Bewerbung übernehmen" in overview
    url = f"/lotsen/bearbeiten/bewerbung/neu?aus={handoff.id}"
    form = app.get(url).text
    values = dict(re.findall(r'name="(\w+)" value="([^"]*)"', form))
    assert values["id"] == handoff.reference and values["land"] == "ST"
    assert values["postal_code"].startswith("064") and "Tierpfleger" in values["wishes"]
    assert "Alter laut Chat: 16" in form
    values.update(birth_date="2010-05-04", kind="Schulpraktikum", available_from="2027-01-01",
                  available_until="2027-12-31", csrftoken=token(app, url))
    saved = app.post(url, data=values, follow_redirects=True)
    assert saved.status_code == 200 and "Gespeichert." in saved.text, saved.text
    with Session(db_engine) as session:
        contacts = InternshipRepository(session).contacts([handoff.reference])
        assert contacts == {handoff.reference: {"young": ("email", "mia.beispiel@example.org")}}
        assert session.get(HandoffRow, handoff.id).status == "contacted"  # type: ignore[union-attr]
    assert handoff.reference not in app.get("/lotsen/").text.split("Dein Bereich")[0]
    run_round(app)  # the next round includes the new applicant
    assert handoff.reference in app.get("/lotsen/runden/harz-2027").text
    app.post("/lotsen/logout", data={"csrftoken": token(app, "/lotsen/")})
    login(app, "lotse@da.example")  # another Kreis cannot take the request over
    other = app.get(url).text
    assert "Aus der Chat-Anfrage" not in other
    for text in ("/loeschen", "ja"):  # deletion in the chat deletes the application too
        app.post("/webhooks/rest/webhook", json={"sender": "mia", "message": text})
    with Session(db_engine) as session:
        repo = InternshipRepository(session)
        assert handoff.reference not in {a.id for a in repo.applicants()}
        assert repo.contacts() == {}


def test_a_telegram_request_keeps_the_chat_for_the_links(app: TestClient, db_engine: Engine,
                                                         make_lotse: Callable[..., Lotse]) -> None:
    with Session(db_engine) as session, session.begin():
        session.get(OrganisationRow, "lotsen-harz").offer_ids = ["harz-praktikalotsen"]  # type: ignore[union-attr]
    lotse = make_lotse(db_engine)
    replies = []
    for text in ("ich suche ein praktikum", "16", "Quedlinburg", "ich geh noch zur schule",
                 "was mit tieren"):
        replies = lotse.handle("telegram", "4711", text)
    invite = [b.payload for r in replies for b in r.buttons
              if b.payload.startswith("/talk_to_human{") and "harz-praktikalotsen" in b.payload]
    for text in (invite[0], "/affirm", '/inform{"contact_method": "telegram"}', "@mia_beispiel",
                 "/deny"):
        lotse.handle("telegram", "4711", text)
    with Session(db_engine) as session:
        [handoff] = session.scalars(select(HandoffRow)).all()
        assert handoff.contact_value == "@mia_beispiel" and handoff.reply_chat == "4711"
        handoff_id = handoff.id
    login(app, "lotse@harz.example")
    url = f"/lotsen/bearbeiten/bewerbung/neu?aus={handoff_id}"
    values = dict(re.findall(r'name="(\w+)" value="([^"]*)"', app.get(url).text))
    values.update(birth_date="2010-05-04", kind="Schulpraktikum", csrftoken=token(app, url))
    app.post(url, data=values)
    with Session(db_engine) as session:
        assert InternshipRepository(session).contacts([values["id"]]) == {
            values["id"]: {"young": ("telegram", "4711")}}


def test_the_web_chat_keeps_no_chat_id(app: TestClient, db_engine: Engine) -> None:
    chat_request(app, db_engine)
    with Session(db_engine) as session:
        assert session.scalars(select(HandoffRow)).one().reply_chat is None
