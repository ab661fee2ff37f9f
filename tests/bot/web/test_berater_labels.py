"""No code in front of a counsellor: every inbox page and the CSV show German words.

A handoff with every field set (and an older transcript that still holds raw button
payloads) is rendered as list, detail, print view, account page and CSV; a regex over what
a counsellor can read finds no snake_case code and no `/intent{…}` payload."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from html.parser import HTMLParser

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from starlette.testclient import TestClient

from bot.service import Lotse
from bot.storage.accounts import AccountRepository
from bot.storage.database import make_sessionmaker
from bot.storage.tables import HandoffRow, NotificationRow, OrganisationRow
from bot.web.app import create_app
from bot.web.berater import Inbox
from tests.bot.web.test_berater import PASSWORD, Clock, login, token

SNAKE_CODE = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")
PAYLOAD = re.compile(r"/[a-z_]+\s*\{|(?<![\w./])/(?:affirm|deny|inform|restart|delete_data)\b")
RAW_CODES = ("in_school", "realschule", "seek_apprenticeship", "money_problems", "contacted",
             "phone", "webhook", "ar")
FULL_SUMMARY = {
    "age": 17, "place": "Quedlinburg", "postal_code": "06484", "region": "Landkreis Harz",
    "needs": ["seek_apprenticeship", "money_problems", "brand_new_need"],
    "school_status": "in_school", "school_qualification": "realschule",
    "occupation": "Kfz-Mechatroniker", "languages": ["de", "ar"],
    "wish": "Möchte angerufen werden", "offer": {"id": "harz-jba-janalos", "name": "JBA Harz"},
    "why": ["Hilft bei: Ausbildung finden", "in deiner Nähe"], "language": "uk",
}
# an older transcript: button presses stored as payloads, before bot/transcript.py
LEGACY_TRANSCRIPT = [
    ("user", "hi, ich suche eine ausbildung"),
    ("bot", "Was machst du gerade?"),
    ("user", '/inform{"school_status": "in_school"}'),
    ("bot", "Das klingt sehr schwer.\nKrisenhilfe: TelefonSeelsorge (0800 111 0 111), "
            "krisenchat (krisenchat.de)"),
    ("user", '/talk_to_human{"offer": "harz-jba-janalos"}'),
    ("bot", "Darf ich an „JBA Harz“ schicken …"),
    ("user", "/affirm"),
    ("bot", "Wie soll die Stelle dich erreichen?"),
    ("user", '/inform{"contact_method": "phone"}'),
    ("user", "/restart"),
]


class TextOnly(HTMLParser):
    """What a person can read on a page: text outside scripts and styles."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._skip += tag in ("script", "style")

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("script", "style")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = TextOnly()
    parser.feed(html)
    return " ".join(parser.parts)


def assert_no_codes(text: str, where: str) -> None:
    """No snake_case code, no button payload, none of the codes the handoff holds."""
    assert not SNAKE_CODE.search(text), (where, SNAKE_CODE.findall(text))
    assert not PAYLOAD.search(text), (where, PAYLOAD.findall(text))
    for code in RAW_CODES:
        assert not re.search(rf"(?<![\w@.-]){re.escape(code)}(?![\w-])", text), (where, code)


@pytest.fixture
def full(db_engine: Engine) -> str:
    """One organisation, an admin, and a handoff with every field set; its id."""
    with Session(db_engine) as session, session.begin():
        session.add(OrganisationRow(id="org-a", name="Beratung A", offer_ids=["harz-jba-janalos"]))
        session.flush()
        AccountRepository(session).add_user(org_id="org-a", email="ana@a.example",
                                            password=PASSWORD, role="admin")
        row = HandoffRow(
            reference="LT-VOLLER", sender_hash="h" * 64, org_id="org-a",
            offer_id="harz-jba-janalos", offer_name="JBA Harz", urgent=True, status="new",
            summary=FULL_SUMMARY, age=17, contact_method="phone", contact_value="+49 1512 3456789",
            note="am besten nach 16 uhr",
            transcript=[{"role": r, "text": t, "at": f"2026-11-24T08:{i:02d}:00+00:00"}
                        for i, (r, t) in enumerate(LEGACY_TRANSCRIPT)],
            created_at=datetime(2026, 11, 24, 8, tzinfo=UTC))
        session.add(row)
        session.flush()
        session.add(NotificationRow(handoff_id=row.id, org_id="org-a", channel="webhook",
                                    next_attempt_at=datetime(2026, 11, 24, 8, 5, tzinfo=UTC),
                                    attempts=1, last_error="timeout"))
        return row.id


@pytest.fixture
def app(db_engine: Engine, make_lotse: Callable[..., Lotse]) -> Iterator[TestClient]:
    inbox = Inbox(make_sessionmaker(db_engine), clock=Clock())
    with TestClient(create_app(make_lotse(db_engine), inbox=inbox),
                    raise_server_exceptions=False) as client:
        yield client


def test_no_page_and_no_csv_shows_a_code(app: TestClient, full: str) -> None:
    login(app, "ana@a.example")
    detail = f"/berater/f/{full}"
    app.post(f"{detail}/status", data={"status": "contacted", "csrftoken": token(app, detail)})
    pages = {path: app.get(path) for path in ("/berater/", detail, f"{detail}/print",
                                              "/berater/users", "/berater/?status=contacted")}
    for path, response in pages.items():
        assert response.status_code == 200, path
        assert_no_codes(visible_text(response.text), path)

    shown = visible_text(pages[detail].text)
    for words in ("Ausbildung finden, Geld und Schulden, brand new need", "geht zur Schule",
                  "Realschulabschluss (mittlerer Abschluss)", "Deutsch, Arabisch",
                  "Kontakt aufgenommen", "Neu → Kontakt aufgenommen", "Telefon",
                  "Möchte angerufen werden", "Webhook", "Landkreis Harz",
                  "Sprache des Chats Ukrainisch"):
        assert words in shown, words
    # the older transcript's payloads read as what the person tapped
    for words in ("Ich gehe zur Schule", "Eine Stelle soll sich melden", "Ja", "/neu",
                  "Krisenhilfe: TelefonSeelsorge (0800 111 0 111), krisenchat (krisenchat.de)"):
        assert words in shown, words
    assert "Geld und Schulden" in visible_text(pages["/berater/"].text)
    assert "Status geändert" in visible_text(pages["/berater/users"].text)

    export = app.get("/berater/export.csv")
    text = export.text.lstrip("\ufeff")
    assert_no_codes(text, "export.csv")
    header, row = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert header == ["Datum", "Code", "Status", "Dringend", "Alter", "Ort", "Anliegen", "Schule",
                      "Schulabschluss", "Sprachen", "Angebot", "Kontaktweg",
                      "Status geändert von", "Status geändert am"]
    assert row == ["24.11.2026 09:00", "LT-VOLLER", "Kontakt aufgenommen", "ja", "17",
                   "Quedlinburg", "Ausbildung finden; Geld und Schulden; brand new need",
                   "geht zur Schule", "Realschulabschluss (mittlerer Abschluss)",
                   "Deutsch; Arabisch", "JBA Harz", "Telefon", "ana@a.example", "24.11.2026 10:00"]
    for secret in ("+49 1512", "nach 16 uhr", "TelefonSeelsorge"):  # no contact, note, transcript
        assert secret not in text


def test_an_empty_summary_reads_as_not_given(app: TestClient, full: str, db_engine: Engine) -> None:
    with Session(db_engine) as session, session.begin():
        row = session.get(HandoffRow, full)
        assert row is not None
        row.summary, row.age, row.contact_method, row.contact_value = {}, None, "self", None
    login(app, "ana@a.example")
    shown = visible_text(app.get(f"/berater/f/{full}").text)
    assert_no_codes(shown, "detail")
    assert "nicht angegeben" in shown and "meldet sich selbst" in shown
    assert "Sprache des Chats Deutsch" in shown  # handoffs from before the choice were German
    row_cells = list(csv.reader(io.StringIO(app.get("/berater/export.csv").text.lstrip("\ufeff")),
                                delimiter=";"))[1]
    assert row_cells[4:10] == ["", "", "", "", "", ""]
