"""The whole internship path in real headless Chromium, as people go through it: a coordinator
imports the (fictional) demo file, runs a round, fixes one placement, stores the young
person's e-mail and publishes; the outbox sends the links to a real SMTP server; the company
and the young person agree in the browser; the papers download; the day before, the company
confirms attendance with one click; after the last day both answer the feedback questions and
the placement is closed; the statistics page shows the round. axe-core checks every page a
person sees on the way.

The outbox pass (`tick` + `Notifier.send_due`) runs here as `lotse notifications run` would,
with the clock set to the day before and after the internship.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session

from bot.internship_service import export_tables, import_demo
from bot.internships.loop import tick
from bot.notify import Notifier, SmtpConfig
from bot.reference import Reference
from bot.storage.accounts import AccountRepository
from bot.storage.database import make_sessionmaker, upgrade
from bot.storage.internships import InternshipRepository
from bot.storage.tables import InternshipAssignmentRow, OrganisationRow
from tests.bot.test_notify import Inbox, smtp  # noqa: F401 – the real SMTP server fixture
from tests.e2e.test_berater_browser import serve
from tests.e2e.test_lotsen_browser import PASSWORD, accessible
from tests.e2e.test_widget_browser import watched

HARZ = "15085"


@pytest.fixture
def demo_file(tmp_path: Path, reference: Reference) -> Path:
    """The Harz part of the fictional demo data as the XLSX a coordinator would upload."""
    engine = create_engine(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    upgrade(engine)
    path = tmp_path / "harz-demo.xlsx"
    with Session(engine) as session, session.begin():
        import_demo(session)
        export_tables(session, path, kinds=("companies", "places", "applicants"), region=HARZ,
                      places=reference.places)
    engine.dispose()
    return path


@pytest.fixture
def server(sqlite_engine: Engine, reference: Reference) -> Iterator[str]:
    with Session(sqlite_engine) as session, session.begin():
        session.add(OrganisationRow(id="lotsen-harz", name="Praktikalotsen Harz (Beispiel)",
                                    offer_ids=[], regions=[HARZ]))
        session.flush()
        AccountRepository(session).add_user(org_id="lotsen-harz", email="lotsin@example.org",
                                            password=PASSWORD, role="coordinator")
    yield from serve(sqlite_engine, reference)


def outbox_pass(engine: Engine, port: int, now: datetime) -> int:
    with Session(engine) as session, session.begin():
        tick(session, now=now, today=now.date())
    return Notifier(make_sessionmaker(engine), public_url="http://lotse.test",
                    smtp=SmtpConfig(host="127.0.0.1", port=port, starttls=False),
                    clock=lambda: now).send_due()


def links_to(inbox: Inbox, address: str, about: str = "") -> list[str]:
    """The links in the e-mails to `address` (only those that name `about`), oldest first."""
    found = []
    for raw in inbox.messages:
        mail = message_from_bytes(raw, policy=policy.default)
        if (isinstance(mail, EmailMessage) and mail["To"] == address
                and about in mail.get_content()):
            found += re.findall(r"http://lotse\.test(/z/[A-Za-z0-9_-]{40,})", mail.get_content())
    return found


def test_import_round_confirmations_papers_attendance_feedback(
        browser, server: str, sqlite_engine: Engine, demo_file: Path,  # type: ignore[no-untyped-def]
        smtp: tuple[Inbox, int]) -> None:  # noqa: F811
    inbox, port = smtp
    context = watched(browser, accept_downloads=True)  # under the pages' real CSP
    page = context.new_page()
    page.goto(server + "/lotsen/login")
    page.get_by_label("E-Mail").fill("lotsin@example.org")
    page.get_by_label("Passwort").fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="Anmelden").click()

    # 1. import: check first, then save
    page.goto(server + "/lotsen/import")
    page.get_by_label("Datei (.xlsx oder .csv)").set_input_files(str(demo_file))
    with page.expect_navigation():
        page.get_by_role("button", name="Hochladen").click()
    assert "Prüfbericht" in page.content() and " 0 Fehler" in page.locator("pre").inner_text()
    accessible(page)
    page.get_by_label("Datei (.xlsx oder .csv)").set_input_files(str(demo_file))
    page.get_by_label("Nur prüfen, nichts speichern").uncheck()
    with page.expect_navigation():
        page.get_by_role("button", name="Hochladen").click()
    with Session(sqlite_engine) as session:
        stored = InternshipRepository(session).applicants()
    assert stored and all(a.region == HARZ for a in stored)

    # 2. a round, one placement fixed by hand
    page.goto(server + "/lotsen/")
    page.get_by_label("Name der Runde").fill("harz-2027")
    with page.expect_navigation():
        page.get_by_role("button", name="Runde zuteilen").click()
    first = page.locator("tbody tr").first
    code = first.locator("td").first.inner_text().split()[0]
    place_id = re.search(r"\((P-\d+)\)", first.locator("td").nth(1).inner_text()).group(1)  # type: ignore[union-attr]
    page.get_by_label("Code").fill(code)
    page.get_by_label("Platz-ID").fill(place_id)
    with page.expect_navigation():
        page.get_by_role("button", name="Festlegen und neu zuteilen").click()
    assert page.get_by_text(f"{code} ist fest {place_id} zugeteilt").is_visible()

    # 3. the young person's e-mail, with consent
    page.goto(server + f"/lotsen/bewerbungen/{code}")
    page.get_by_label("Adresse oder Chat-ID").fill("jo.beispiel@example.org")
    page.get_by_label("Die Einwilligung liegt vor").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Kontakt speichern").click()
    assert page.get_by_text("jo.beispiel@example.org").first.is_visible()
    accessible(page)

    # 4. publish; the outbox sends both sides their links
    page.goto(server + "/lotsen/runden/harz-2027")
    with page.expect_navigation():
        page.get_by_role("button", name="Veröffentlichen und Links senden").click()
    assert page.get_by_text("Veröffentlicht.").is_visible()
    assert page.get_by_role("heading", name="Anrufliste").is_visible()  # the others: no contact
    accessible(page)
    now = datetime.now(UTC)
    assert outbox_pass(sqlite_engine, port, now) > 1
    with Session(sqlite_engine) as session:
        row = session.get(InternshipAssignmentRow, ("harz-2027", code))
        assert row is not None
        place = next(p for p in InternshipRepository(session).places() if p.id == row.place_id)
        company = next(c for c in InternshipRepository(session).companies()
                       if c.id == place.company_id)
    [young] = links_to(inbox, "jo.beispiel@example.org")
    [company_link] = links_to(inbox, company.contact, about=code)

    # 5. both agree in the browser, without an account
    visitor = watched(browser).new_page()
    visitor.goto(server + company_link)
    assert visitor.get_by_text(code).first.is_visible() and "@" not in visitor.content()
    accessible(visitor)
    visitor.get_by_role("button", name="Zusagen").click()
    visitor.get_by_text("Ihre Zusage ist angekommen").wait_for()
    visitor.goto(server + young)
    accessible(visitor)
    visitor.get_by_role("button", name="Ja, den möchte ich").click()
    visitor.get_by_text("deine Zusage ist angekommen").wait_for()
    page.reload()
    row_of_code = page.locator("tbody tr", has_text=code).first
    assert "Jugendliche/r hat zugesagt" in row_of_code.inner_text()

    # 6. papers ready
    with page.expect_download() as download:
        row_of_code.get_by_role("link", name=re.compile("^Vereinbarung")).click()
    assert download.value.suggested_filename == f"{code}-vereinbarung.pdf"
    with page.expect_navigation():
        row_of_code.get_by_role("button", name=re.compile("Unterlagen als fertig")).click()

    # 7. the day before: the company's one-click attendance
    day_before = datetime.combine(place.schedule.start_date - timedelta(days=1), time(8),
                                  tzinfo=UTC)
    outbox_pass(sqlite_engine, port, day_before)
    attendance = links_to(inbox, company.contact, about=code)[-1]
    visitor.goto(server + attendance)
    assert visitor.get_by_role("heading", name="War die junge Person da?").is_visible()
    accessible(visitor)
    visitor.get_by_role("button", name="Ja, gekommen").click()
    visitor.get_by_text("Danke!").first.wait_for()

    # 8. after the last day: five questions each, and the case is closed
    after = datetime.combine(place.schedule.end_date + timedelta(days=1), time(8), tzinfo=UTC)
    outbox_pass(sqlite_engine, port, after)
    visitor.goto(server + links_to(inbox, "jo.beispiel@example.org")[-1])
    assert visitor.get_by_role("heading", name="Wie war dein Praktikum?").is_visible()
    accessible(visitor)
    for question, answer in (("Wie war dein Praktikum insgesamt?", "Gut"),
                             ("Hast du etwas Neues gelernt?", "Ja"),
                             ("Hat sich jemand im Betrieb um dich gekümmert?", "Ja"),
                             ("Kannst du dir diesen Beruf für dich vorstellen?", "Vielleicht")):
        visitor.get_by_role("group", name=question).get_by_label(answer, exact=True).check()
    visitor.get_by_label(re.compile("noch einmal kurz fragen")).check()
    visitor.get_by_role("button", name="Antworten senden").click()
    visitor.get_by_text("Danke für deine Antworten!").wait_for()
    visitor.goto(server + links_to(inbox, company.contact, about=code)[-1])
    for question, answer in (("Wie war das Praktikum aus Ihrer Sicht?", "Gut"),
                             ("War die junge Person pünktlich und zuverlässig?", "Ja"),
                             ("Würden Sie wieder einen Platz über die Praktikalotsen anbieten?",
                              "Ja")):
        visitor.get_by_role("group", name=question).get_by_label(answer, exact=True).check()
    visitor.get_by_role("group", name=re.compile("Ausbildung, EQ")).get_by_label(
        "Vielleicht", exact=True).check()
    visitor.get_by_role("button", name="Antworten senden").click()
    visitor.get_by_text("Vielen Dank für Ihre Antworten!").wait_for()
    page.reload()
    assert "Rückmeldung da" in page.locator("tbody tr", has_text=code).first.inner_text()

    # 9. the statistics show the round
    page.goto(server + "/lotsen/statistik")
    assert page.get_by_role("heading", name="Statistik für die Steuerungsgruppe").is_visible()
    requests = page.locator("tr", has_text="Anfragen (neue Bewerbungen)").locator("td").inner_text()
    assert requests == str(len(stored))
    placements = page.locator("tr", has=page.locator("th", has_text=re.compile(
        "^Vermittlungen$"))).locator("td").inner_text()
    assert int(placements) >= 5
    assert page.locator("svg[role=img]").first.is_visible()
    accessible(page)
    with page.expect_download() as download:
        page.get_by_role("link", name="Als Excel-Datei").click()
    assert download.value.suggested_filename.endswith(".xlsx")
    context.close()
