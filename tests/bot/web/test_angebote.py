"""The offer directory over HTTP: search, filters, offer pages, open now, the chat link, the
report form (CSRF) and its list at /berater/hinweise; bad input never gets a 5xx."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from starlette.testclient import TestClient

from bot.catalogue import REGIONS
from bot.reference import Reference
from bot.service import Lotse
from bot.storage.accounts import AccountRepository
from bot.storage.tables import FactReportRow, OrganisationRow
from bot.web.angebote import open_state, search_offers, slot_words
from bot.web.app import create_app
from matching.model import NATIONWIDE, Offer, OpenSlot
from tests.xss import XSS, Tags, assert_inert

PASSWORD = "richtig-langes-passwort"
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def app(db_engine: Engine, make_lotse: Callable[..., Lotse],
        reference: Reference) -> Iterator[TestClient]:
    # Beratung A serves the catalogue's first offer; Beratung B the second; the rest nobody
    with Session(db_engine) as session, session.begin():
        session.add(OrganisationRow(id="org-a", name="Beratung A", offer_ids=[reference.offers[0].id]))
        session.add(OrganisationRow(id="org-b", name="Beratung B", offer_ids=[reference.offers[1].id]))
        session.flush()
        accounts = AccountRepository(session)
        accounts.add_user(org_id="org-a", email="ana@a.example", password=PASSWORD)
        accounts.add_user(org_id="org-b", email="ben@b.example", password=PASSWORD)
        accounts.add_user(org_id="org-b", email="admin@b.example", password=PASSWORD, role="admin")
    with TestClient(create_app(make_lotse(db_engine)), raise_server_exceptions=False) as client:
        yield client


def assert_no_script(html: str) -> None:
    """The directory has no script at all; nothing a visitor typed becomes one."""
    for tag, attrs in Tags(html).tags:
        assert tag != "script"
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
        for value in attrs.values():
            assert not (value or "").strip().lower().startswith(("javascript:", "data:")), attrs


def status_line(html: str) -> str:
    match = re.search(r'role="status"[^>]*>([^<]*)', html)
    assert match, html[:500]
    return match.group(1)


def listed(html: str) -> list[str]:
    return re.findall(r'<h3><a href="/angebote/([a-z0-9-]+)">', html)


def csrf(client: TestClient, path: str) -> str:
    match = re.search(r'name="csrftoken" value="([^"]+)"', client.get(path).text)
    assert match
    return match.group(1)


def an_offer(reference: Reference, **where: object) -> Offer:
    return next(o for o in reference.offers if all(getattr(o, k) == v for k, v in where.items()))


# --- search (pure) --------------------------------------------------------------------------

@pytest.mark.parametrize(("query", "expected"), [
    ("Schuldnerberatung", "Schuldner"),
    ("Schuldnerberatng", "Schuldner"),  # a typo
    ("nummer gegen kummer", "Nummer gegen Kummer"),
    ("Jugendberufsagentur Harz", "Jugendberufsagentur"),
])
def test_search_finds_by_name_with_typos_and_named_offers_first(reference: Reference, query: str,
                                                               expected: str) -> None:
    found = search_offers(reference.offers, query)
    assert found and expected in found[0].offer.name + " " + found[0].offer.provider


def test_search_with_no_word_lists_every_offer_and_nonsense_none(reference: Reference) -> None:
    assert len(search_offers(reference.offers, "  ")) == len(reference.offers)
    assert len(search_offers(reference.offers, "%$§ ü")) == len(reference.offers)
    assert search_offers(reference.offers, "qqqqxxxx zzzzyyyy") == []


def test_a_short_word_must_appear_as_it_is(reference: Reference) -> None:
    for found in search_offers(reference.offers, "bafög"):
        assert "bafög" in " ".join([found.offer.name, found.offer.provider,
                                    found.offer.description]).lower()


# --- hours and open now ---------------------------------------------------------------------

def test_slots_read_as_german_days_and_times() -> None:
    assert slot_words(OpenSlot(frozenset({0, 1, 2, 3, 4}), 9 * 60, 16 * 60)) == "Mo–Fr 9:00–16:00 Uhr"
    assert slot_words(OpenSlot(frozenset({0, 2}), 8 * 60 + 30, 12 * 60)) == "Mo, Mi 8:30–12:00 Uhr"
    assert slot_words(OpenSlot(frozenset({5, 6}), 0, 24 * 60)) == "Sa, So 0:00–24:00 Uhr"


def test_open_now_is_berlin_time() -> None:
    offer = Offer(id="x-offer", name="Test", provider="P", category="crisis_line", region=NATIONWIDE,
                  needs=("crisis",), open_slots=(OpenSlot(frozenset({1}), 14 * 60, 20 * 60),))
    # 13:30 UTC on a Tuesday in November is 14:30 in Berlin
    assert open_state(offer, datetime(2026, 11, 24, 13, 30, tzinfo=UTC))[0] == "open"
    assert open_state(offer, datetime(2026, 11, 24, 12, 30, tzinfo=UTC))[0] == "closed"
    unknown = Offer(id="y-offer", name="T", provider="P", category="jobcenter", region=NATIONWIDE,
                    needs=("money_problems",))
    assert open_state(unknown, datetime(2026, 11, 24, 12, 30, tzinfo=UTC))[0] == "unknown"


# --- pages ----------------------------------------------------------------------------------

def test_the_directory_lists_every_offer_by_region(app: TestClient, reference: Reference) -> None:
    page = app.get("/angebote/")
    assert page.status_code == 200
    assert status_line(page.text).startswith(f"{len(reference.offers)} Angebote")
    assert sorted(listed(page.text)) == sorted(o.id for o in reference.offers)
    for name in REGIONS.values():
        assert f">{name} <" in page.text


def test_filters_by_region_and_topic(app: TestClient, reference: Reference) -> None:
    page = app.get("/angebote/", params={"region": "15085", "thema": "housing_problems"})
    ids = listed(page.text)
    expected = [o for o in reference.offers if "housing_problems" in o.needs
                and (o.region == "15085" or "15085" in o.also_serves)]
    assert ids and sorted(ids) == sorted(o.id for o in expected)
    assert 'value="15085" selected' in page.text


def test_search_over_http_says_how_many_and_finds_only_fitting_offers(
        app: TestClient, reference: Reference) -> None:
    page = app.get("/angebote/", params={"q": "Nummer gegen Kummer"})
    assert status_line(page.text) == f"{len(listed(page.text))} Angebote für „Nummer gegen Kummer“"
    names = {o.id: o.name for o in reference.offers}
    assert listed(page.text) and all("Kummer" in names[i] for i in listed(page.text))


@pytest.mark.parametrize("params", [
    {"region": "99999"}, {"thema": "<script>"}, {"q": "x" * 5000}, {"q": XSS[0]},
    {"region": "", "thema": "", "q": ""}, {"q": "\x00\t\u202e"}, {"unknown": "1"},
])
def test_bad_input_gets_a_friendly_page(app: TestClient, params: dict[str, str]) -> None:
    page = app.get("/angebote/", params=params)
    assert page.status_code == 200
    assert_no_script(page.text)
    assert "Traceback" not in page.text


def test_a_search_that_is_no_utf8_gets_a_page(app: TestClient) -> None:
    page = app.get("/angebote/?q=%ff%fe%ed%a0%80&region=%c3")
    assert page.status_code == 200


def test_unknown_region_and_topic_say_so(app: TestClient) -> None:
    page = app.get("/angebote/", params={"region": "99999", "thema": "nope"})
    assert "Diese Region kennen wir nicht" in page.text
    assert "Dieses Thema kennen wir nicht" in page.text


@pytest.mark.parametrize("path", ["/angebote/gibt-es-nicht", "/angebote/%00", "/angebote/a/b/c",
                                  "/angebote/" + "x" * 3000])
def test_an_unknown_offer_is_a_german_404(app: TestClient, path: str) -> None:
    page = app.get(path)
    assert page.status_code == 404
    assert "Nicht gefunden" in page.text


def test_a_wrong_method_is_a_german_405(app: TestClient) -> None:
    page = app.put("/angebote/")
    assert page.status_code == 405
    assert "Das geht so nicht" in page.text


def test_an_offer_page_has_contact_hours_open_now_source_and_chat_link(
        app: TestClient, reference: Reference) -> None:
    offer = next(o for o in reference.offers if o.contact.phone and o.open_slots)
    page = app.get(f"/angebote/{offer.id}")
    assert page.status_code == 200
    assert f'href="{offer.contact.phone_uri}"' in page.text
    for slot in offer.open_slots:
        assert slot_words(slot) in page.text
    assert re.search(r"Jetzt erreichbar|Gerade nicht erreichbar", page.text)
    assert offer.source_url.replace("&", "&amp;") in page.text
    assert f'href="/?angebot={offer.id}"' in page.text


def test_the_chat_link_starts_the_chat_about_the_offer(app: TestClient, reference: Reference) -> None:
    offer = next(o for o in reference.offers if o.contact.phone and o.region != NATIONWIDE)
    assert f'href="/?angebot={offer.id}"' in app.get(f"/angebote/{offer.id}").text
    # the chat page (the widget's chat box) starts with "/angebot <id>" when data-offer is set
    assert f'data-offer="{offer.id}"' in app.get(f"/?angebot={offer.id}").text
    assert 'data-offer=""' in app.get("/?angebot=<b>nope</b>").text
    assert 'data-offer=""' in app.get("/?angebot=gibt-es-nicht").text
    assert 'data-topic="housing_problems"' in app.get("/?thema=housing_problems").text  # still
    answer = app.post("/webhooks/rest/webhook",
                      json={"sender": "s-1", "message": f"/angebot {offer.id}"}).json()
    cards = [card for m in answer for card in m.get("custom", {}).get("offers", [])]
    assert [card["id"] for card in cards] == [offer.id]
    assert offer.name in answer[0]["text"]
    assert answer[-1]["buttons"]  # and what else Lotse can do: no dead end
    # a question then is about this offer
    said = app.post("/webhooks/rest/webhook", json={"sender": "s-1", "message": "kann ich da anrufen?"})
    assert said.status_code == 200
    text = " ".join(m.get("text", "") for m in said.json())
    assert offer.name in text and offer.contact.phone in text


def test_the_chat_about_an_offer_in_another_language(app: TestClient, reference: Reference) -> None:
    offer = next(o for o in reference.offers if o.region != NATIONWIDE)
    answer = app.post("/webhooks/rest/webhook", json={
        "sender": "s-2", "message": f"/angebot {offer.id}", "metadata": {"language": "uk"}}).json()
    assert answer[0]["custom"]["language"] == "uk"
    assert f"«{offer.name}»" in answer[0]["text"] and "запитай" in answer[0]["text"]


def test_an_unknown_offer_starts_the_chat_as_usual(app: TestClient) -> None:
    answer = app.post("/webhooks/rest/webhook",
                      json={"sender": "s-3", "message": "/angebot gibt-es-nicht"})
    assert answer.status_code == 200
    assert not [card for m in answer.json() for card in m.get("custom", {}).get("offers", [])]
    assert answer.json()[-1].get("buttons") or answer.json()[-1].get("text")


# --- the report form and the staff list ------------------------------------------------------

def test_a_report_lands_in_the_berater_area_and_is_closed_there(
        app: TestClient, db_engine: Engine, reference: Reference) -> None:
    offer = reference.offers[0]
    token = csrf(app, f"/angebote/{offer.id}")
    sent = app.post("/angebote/hinweis", data={
        "csrftoken": token, "angebot": offer.id, "was": "phone",
        "hinweis": "Die Nummer ist seit Mai eine andere. " + XSS[0],
        "kontakt": "netzwerk@kreis.example"}, follow_redirects=False)
    assert sent.status_code == 303
    assert sent.headers["location"] == f"/angebote/{offer.id}?gemeldet=1#hinweis"
    assert "Dein Hinweis ist beim Lotse-Team angekommen" in app.get(sent.headers["location"]).text
    with Session(db_engine) as session:
        row = session.scalars(select(FactReportRow)).one()
        assert (row.offer_id, row.topic, row.status, row.contact) == (
            offer.id, "phone", "new", "netzwerk@kreis.example")

    assert app.get("/berater/hinweise", follow_redirects=False).status_code in (302, 303)
    sign_in(app, "ana@a.example")
    listing = app.get("/berater/hinweise")
    assert listing.status_code == 200
    assert offer.name in listing.text and "Telefonnummer" in listing.text
    assert_inert(listing.text)
    staff_token = re.search(r'name="csrftoken" value="([^"]+)"', listing.text).group(1)  # type: ignore[union-attr]
    done = app.post("/berater/hinweise", data={"csrftoken": staff_token, "report": row.id,
                                               "status": "done"}, follow_redirects=False)
    assert done.status_code == 303
    assert "1 Hinweis" not in app.get("/berater/hinweise").text  # no open report left
    assert "ana@a.example" in app.get("/berater/hinweise?status=done").text
    with Session(db_engine) as session:
        assert session.scalars(select(FactReportRow)).one().status == "done"


def sign_in(client: TestClient, email: str) -> None:
    client.cookies.clear()
    login = client.post("/berater/login", data={"email": email, "password": PASSWORD,
                                                "csrftoken": csrf(client, "/berater/login")},
                        follow_redirects=False)
    assert login.status_code == 303


def report(client: TestClient, offer: Offer, contact: str) -> None:
    sent = client.post("/angebote/hinweis", data={
        "csrftoken": csrf(client, f"/angebote/{offer.id}"), "angebot": offer.id, "was": "hours",
        "hinweis": f"Die Zeiten von {offer.id} stimmen nicht mehr.", "kontakt": contact},
        follow_redirects=False)
    assert sent.status_code == 303


def test_each_account_sees_only_the_reports_it_is_responsible_for(
        app: TestClient, db_engine: Engine, reference: Reference) -> None:
    own_a, own_b, unserved = reference.offers[0], reference.offers[1], reference.offers[2]
    for offer in (own_a, own_b, unserved):
        report(app, offer, f"melder-{offer.id}@kreis.example")
    seen = {}
    for email in ("ana@a.example", "ben@b.example", "admin@b.example"):
        sign_in(app, email)
        page = app.get("/berater/hinweise?status=alle").text
        seen[email] = {offer.id for offer in (own_a, own_b, unserved)
                       if f"melder-{offer.id}@" in page}
    # a counsellor: the own organisation's offers; an admin: those and the offers nobody serves
    assert seen == {"ana@a.example": {own_a.id}, "ben@b.example": {own_b.id},
                    "admin@b.example": {own_b.id, unserved.id}}
    # and nobody closes a report they cannot see
    with Session(db_engine) as session:
        foreign = session.scalars(select(FactReportRow).where(FactReportRow.offer_id == own_a.id)).one()
    page = app.get("/berater/hinweise").text
    token = re.search(r'name="csrftoken" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    app.post("/berater/hinweise", data={"csrftoken": token, "report": foreign.id, "status": "done"})
    with Session(db_engine) as session:
        assert session.get(FactReportRow, foreign.id).status == "new"  # type: ignore[union-attr]


@pytest.mark.parametrize(("fields", "problem"), [
    ({"was": "", "hinweis": "Die Nummer stimmt nicht."}, "Bitte wähle aus"),
    ({"was": "phone", "hinweis": "x"}, "Bitte beschreibe kurz"),
    ({"was": "phone", "hinweis": "y" * 2050}, "kürzer"),
    ({"was": "phone", "hinweis": "Die Nummer stimmt nicht.", "kontakt": "keine-mail"}, "E-Mail-Adresse"),
])
def test_a_bad_report_is_explained_and_kept(app: TestClient, db_engine: Engine,
                                            reference: Reference, fields: dict[str, str],
                                            problem: str) -> None:
    offer = reference.offers[0]
    token = csrf(app, f"/angebote/{offer.id}")
    page = app.post("/angebote/hinweis", data={"csrftoken": token, "angebot": offer.id, **fields})
    assert page.status_code == 400
    assert problem in page.text and 'role="alert"' in page.text
    with Session(db_engine) as session:
        assert session.scalars(select(FactReportRow)).first() is None


def test_the_report_form_is_csrf_guarded_and_bad_bodies_get_a_page(app: TestClient,
                                                                   reference: Reference) -> None:
    offer = reference.offers[0]
    data = {"angebot": offer.id, "was": "phone", "hinweis": "Die Nummer stimmt nicht."}
    assert app.post("/angebote/hinweis", data=data).status_code == 403  # no token, no cookie
    token = csrf(app, f"/angebote/{offer.id}")
    assert app.post("/angebote/hinweis", data={**data, "csrftoken": "forged"}).status_code == 403
    unknown = app.post("/angebote/hinweis", data={**data, "angebot": "nope", "csrftoken": token})
    assert unknown.status_code == 404
    broken = app.post("/angebote/hinweis", content=b"\xff\xfe=\xff",
                      headers={"content-type": "application/x-www-form-urlencoded"})
    assert broken.status_code == 400 and "Das konnten wir nicht lesen" in broken.text
    huge = app.post("/angebote/hinweis", content=b"a=" + b"x" * 200_000,
                    headers={"content-type": "application/x-www-form-urlencoded"})
    assert huge.status_code == 413
    multipart = app.post("/angebote/hinweis", content=b"--x\r\n",
                         headers={"content-type": "multipart/form-data"})
    assert multipart.status_code == 400
    assert app.get("/angebote/hinweis").status_code in (404, 405)


def test_many_reports_from_one_address_are_held_back_and_the_text_stays(
        app: TestClient, db_engine: Engine, reference: Reference) -> None:
    offer = reference.offers[0]
    token = csrf(app, f"/angebote/{offer.id}")
    codes = []
    for n in range(21):  # 20 an hour from one address
        sent = app.post("/angebote/hinweis", data={
            "csrftoken": token, "angebot": offer.id, "was": "phone",
            "hinweis": f"Die Nummer stimmt nicht mehr ({n}).", "kontakt": ""}, follow_redirects=False)
        codes.append(sent.status_code)
    assert codes[:20] == [303] * 20 and codes[20] == 429
    assert "Die Nummer stimmt nicht mehr (20)." in sent.text  # nothing typed is lost
    assert "in einer Stunde" in sent.text
    with Session(db_engine) as session:
        assert len(session.scalars(select(FactReportRow)).all()) == 20
