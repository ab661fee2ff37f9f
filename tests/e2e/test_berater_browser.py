"""In real headless Chromium: a chat that ends in a handoff, then the counsellor's inbox.

Chromium is Debian's (/usr/bin/chromium, installed by scripts/ensure-chromium from
`make test`), driven by Playwright; no browser is downloaded. Without it these tests are
skipped with a message on a laptop and fail under CI=true.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
import uvicorn
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from bot.rate_limit import RateLimiter
from bot.reference import Reference
from bot.service import Lotse
from bot.storage.accounts import AccountRepository
from bot.storage.database import make_sessionmaker
from bot.storage.tables import OrganisationRow
from bot.web.app import create_app
from bot.web.berater import Inbox
from tests.bot.web.test_berater import handoff
from tests.conftest import TUESDAY_AFTERNOON
from tests.xss import XSS, assert_inert

PASSWORD = "browser-test-passwort"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(engine: Engine, reference: Reference, *, idle_minutes: float = 15,
          **options: Any) -> Iterator[str]:
    """The whole app under uvicorn on a free port, with one organisation and one counsellor;
    `options` go to the Lotse service (e.g. its internship finder)."""
    with Session(engine) as session, session.begin():
        session.add(OrganisationRow(id="jba-harz", name="Jugendberufsagentur Harz (Beispiel)",
                                    offer_ids=["harz-jba-janalos", "harz-agentur-berufsberatung"],
                                    response_working_days=2))
        session.flush()
        AccountRepository(session).add_user(org_id="jba-harz", email="berta@example.org",
                                            password=PASSWORD)
    fuzzy = reference.fuzzy_backend()
    lotse = Lotse(sessions=make_sessionmaker(engine), nlu=fuzzy, fallback_nlu=fuzzy,
                  offers=reference.offers, places=reference.places, secret=b"browser-test-secret",
                  clock=lambda: TUESDAY_AFTERNOON, limiter=RateLimiter("1000/minute"), **options)
    inbox = Inbox(make_sessionmaker(engine), idle_minutes=idle_minutes)
    port = _free_port()
    uv = uvicorn.Server(uvicorn.Config(create_app(lotse, inbox=inbox), host="127.0.0.1", port=port,
                                       log_level="warning", lifespan="on"))
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(10)


@pytest.fixture
def server(sqlite_engine: Engine, reference: Reference) -> Iterator[str]:
    yield from serve(sqlite_engine, reference)


def log_in(page, server: str) -> None:  # type: ignore[no-untyped-def]
    """Log in with the keyboard only (labels, tab order, Enter)."""
    if "/berater/login" not in page.url:
        page.goto(server + "/berater/")
    page.get_by_label("E-Mail").focus()
    page.keyboard.type("berta@example.org")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")


def chat(page, text: str | None = None, button: str | None = None) -> None:  # type: ignore[no-untyped-def]
    """Type a message (or click a quick reply) in the widget and wait for Lotse's answer."""
    # the page greets on load ("/start"): typed before that answer, the message would wait
    page.locator("#composer:not([aria-busy])").wait_for()
    before = page.locator("#log li.bubble.bot").count()
    if button is not None:
        page.locator("#buttons button", has_text=button).first.click()
    else:
        page.fill("#message", text)
        page.press("#message", "Enter")
    # locators, not wait_for_function: the page's CSP rightly forbids eval
    page.locator("#log li.bubble.bot").nth(before).wait_for()
    page.locator("#composer:not([aria-busy])").wait_for()


def test_chat_handoff_then_counsellor_reads_sets_status_and_prints(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    young = browser.new_page()
    dialogs: list[str] = []
    young.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    young.goto(server + "/")
    chat(young, "hi, ich bin 17, wohne in Quedlinburg und suche eine Ausbildung")
    answers = {"Schule": "ich geh noch zur schule", "Abschluss": "realschule",
               "Beruf": "weiß ich noch nicht", "Sprache": "deutsch"}
    for _ in range(6):
        if young.locator("#buttons button", has_text="soll sich melden").count():
            break
        last = young.locator("#log li.bubble.bot").last.inner_text()
        chat(young, next((a for k, a in answers.items() if k.lower() in last.lower()), "weiter"))
    chat(young, button="soll sich melden")
    assert "Zusammenfassung" in young.locator("#log li.bubble.bot").last.inner_text()
    chat(young, button="Ja, schick es")
    chat(young, button="Ich melde mich selbst")
    chat(young, "Bitte nachmittags, <b>danke</b>")
    bubbles = young.locator("#log li.bubble").all_inner_texts()
    done = next((b for b in reversed(bubbles) if "Dein Code" in b), "\n".join(bubbles[-12:]))
    code = re.search(r"LT-[2-9A-Z]{6}", done).group()
    assert "Jugendberufsagentur Harz (Beispiel)" in done  # "I will get in touch myself": no promise

    staff = browser.new_page()
    staff.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    log_in(staff, server)
    staff.keyboard.press("Tab")  # the first stop is the skip link
    assert staff.evaluate("document.activeElement.textContent") == "Zum Inhalt springen"
    staff.click(f"text={code}")
    said = " ".join(staff.locator(".transcript .msg.person").all_inner_texts())
    assert "wohne in Quedlinburg" in said and "Lotse (Bot)" in staff.locator(".transcript").inner_text()
    assert "Bitte nachmittags, <b>danke</b>" in staff.locator(".facts").inner_text()
    assert staff.locator(".facts b").count() == 0  # shown as text, not markup
    staff.select_option("#new-status", "contacted")
    staff.click("text=Status setzen")
    assert staff.locator("#status-now").inner_text() == "Kontakt aufgenommen"
    staff.click("text=Druckansicht")
    staff.emulate_media(media="print")
    assert not staff.locator("header.top").is_visible()
    assert staff.locator(".transcript").is_visible()
    pdf = staff.pdf()
    assert pdf.startswith(b"%PDF") and len(pdf) > 5000
    assert dialogs == []


def test_fifty_xss_payloads_are_inert_in_the_inbox(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page()
    fired: list[str] = []
    page.on("dialog", lambda d: (fired.append(d.message), d.dismiss()))
    api = page.request

    def say(text: str) -> list[dict]:  # type: ignore[type-arg]
        response = api.post(server + "/webhooks/rest/webhook",
                            data=json.dumps({"sender": "xss", "message": text}),
                            headers={"content-type": "application/json"})
        assert response.status == 200
        return response.json()

    replies = say("hi ich bin 16 und suche eine ausbildung in quedlinburg")
    answers = {"school_status": "ich geh noch zur schule", "school_qualification": "realschule",
               "occupation": "weiß nicht", "languages": "deutsch"}
    while replies[-1].get("custom", {}).get("expects") in answers:
        replies = say(answers[replies[-1]["custom"]["expects"]])
    payload = next(b["payload"] for m in replies for b in m.get("buttons", [])
                   if "soll sich melden" in b["title"])
    for attack in XSS:
        say(attack)
    say(payload)
    say("ja")
    say('/inform{"contact_method": "self"}')
    code = re.search(r"LT-\w{6}", say(XSS[0])[0]["text"]).group()  # the note is an attack too

    log_in(page, server)
    page.click(f"text={code}")
    page.wait_for_load_state("load")
    for html in (page.request.get(page.url).text(), page.request.get(page.url + "/print").text()):
        assert_inert(html)  # the HTML as served, not only the DOM
    transcript = page.locator(".transcript").inner_text()
    for attack in XSS[:20]:
        assert attack.strip("\u202e") in transcript.replace("\n", "")  # shown as plain text
    injected = page.evaluate(
        "document.querySelectorAll('main script, main img, main svg, main iframe, main object, "
        "main embed, main video, main audio, main details, main marquee, main style, main meta, "
        "main base, main template, main input[autofocus], main a[href^=javascript]').length")
    assert injected == 0
    page.mouse.move(200, 300)
    page.click(".transcript")
    page.click("text=Druckansicht")
    time.sleep(0.3)  # give any handler a chance to fire
    assert fired == []


@pytest.fixture
def hasty_server(sqlite_engine: Engine, reference: Reference) -> Iterator[str]:
    yield from serve(sqlite_engine, reference, idle_minutes=0.1)  # 6 seconds


def test_an_unattended_tablet_falls_back_to_the_login(browser, hasty_server: str,  # type: ignore[no-untyped-def]
                                                      sqlite_engine: Engine) -> None:
    with Session(sqlite_engine) as session, session.begin():
        row = handoff("jba-harz", "LT-TABLET", texts=["ich brauche hilfe mit meiner bewerbung", "Okay."])
        session.add(row)
        session.flush()
        detail = f"{hasty_server}/berater/f/{row.id}"
    page = browser.new_page(viewport={"width": 820, "height": 1180}, has_touch=True)  # a tablet
    page.goto(detail)  # e.g. the link in a notification e-mail
    log_in(page, hasty_server)
    assert page.url == detail  # back where the link pointed
    assert "ich brauche hilfe" in page.locator(".transcript").inner_text()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")  # no sideways scroll
    page.locator("#idle-warning").wait_for(state="visible", timeout=10_000)  # half-time: a warning
    clicked = time.monotonic()
    page.click("#stay")  # "Angemeldet bleiben" asks the server to restart the idle clock
    page.locator("#idle-warning").wait_for(state="hidden")
    page.wait_for_url("**/berater/login**", timeout=20_000)  # then nobody touches it: the login
    assert time.monotonic() - clicked > 5.5  # the click bought a whole idle period
    assert "ohne Aktivität abgemeldet" in page.locator("main").inner_text()
    assert page.locator(".transcript").count() == 0
    log_in(page, hasty_server)
    assert page.url == detail
