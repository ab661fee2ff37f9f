"""In real headless Chromium: a young person asks the chat widget for an internship, sees
places near Quedlinburg and asks the Praktikalotsen to get in touch by e-mail; the
coordinator finds the request on /lotsen, takes it over as an application (prefilled from the
chat) and saves it – axe-core checks the coordinator's pages."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from bot.internship_service import import_demo
from bot.internships_match import stored_internships
from bot.reference import Reference
from bot.settings import PROJECT_ROOT
from bot.storage.accounts import AccountRepository
from bot.storage.database import make_sessionmaker
from bot.storage.internships import InternshipRepository
from bot.storage.tables import OrganisationRow
from tests.e2e.test_berater_browser import chat, serve
from tests.e2e.test_lotsen_browser import PASSWORD, accessible
from tests.e2e.test_widget_browser import watched


@pytest.fixture
def server(sqlite_engine: Engine, reference: Reference) -> Iterator[str]:
    with Session(sqlite_engine) as session, session.begin():
        session.add(OrganisationRow(id="lotsen-harz", name="Praktikalotsen Harz (Beispiel)",
                                    offer_ids=["harz-praktikalotsen"], regions=["15085"],
                                    response_working_days=2))
        session.flush()
        AccountRepository(session).add_user(org_id="lotsen-harz", email="lotsin@example.org",
                                            password=PASSWORD, role="coordinator")
        import_demo(session)
    yield from serve(sqlite_engine, reference, internships=stored_internships(
        make_sessionmaker(sqlite_engine), PROJECT_ROOT / "data"))


def test_a_chat_request_for_an_internship_arrives_in_the_workspace(  # type: ignore[no-untyped-def]
        browser, server: str, sqlite_engine: Engine) -> None:
    young = browser.new_page()
    young.goto(server + "/")
    for text in ("ich suche ein praktikum", "16", "Quedlinburg", "ich geh noch zur schule",
                 "was mit tieren"):
        chat(young, text)
    shown = young.locator("#log li.bubble.bot").last.inner_text()
    assert "Tierpfleger" in "\n".join(young.locator("#log li.bubble.bot").all_inner_texts())
    chat(young, button="Praktikalotsen")
    chat(young, button="Ja, schick es")
    chat(young, button="E-Mail")
    chat(young, "mia.beispiel@example.org")
    chat(young, "nein")
    bubbles = young.locator("#log li.bubble").all_inner_texts()
    done = next((b for b in reversed(bubbles) if "Dein Code" in b), "\n".join(bubbles[-8:]))
    code = re.search(r"LT-[2-9A-Z]{6}", done)
    assert code, (shown, bubbles[-8:])

    staff = watched(browser).new_page()  # under the pages' real CSP
    staff.goto(server + "/lotsen/login")
    staff.get_by_label("E-Mail").fill("lotsin@example.org")
    staff.get_by_label("Passwort").fill(PASSWORD)
    with staff.expect_navigation():
        staff.get_by_role("button", name="Anmelden").click()
    requests = staff.locator("table", has_text="Chat-Anfragen")
    assert code.group() in requests.inner_text() and "Tierpfleger" in requests.inner_text()
    accessible(staff)
    with staff.expect_navigation():
        requests.get_by_role("link", name=re.compile("Als Bewerbung übernehmen")).first.click()
    assert staff.get_by_text("Alter laut Chat: 16").is_visible()
    assert staff.get_by_label(re.compile("^Code")).input_value() == code.group()
    accessible(staff)
    staff.get_by_label(re.compile("^Geburtsdatum")).fill("2010-05-04")
    staff.get_by_label(re.compile("^Art")).fill("Schulpraktikum")
    with staff.expect_navigation():
        staff.get_by_role("button", name="Speichern").click()
    assert staff.get_by_text("Gespeichert.").is_visible()
    with Session(sqlite_engine) as session:
        repo = InternshipRepository(session)
        assert code.group() in {a.id for a in repo.applicants()}
        assert repo.contacts([code.group()]) == {
            code.group(): {"young": ("email", "mia.beispiel@example.org")}}
