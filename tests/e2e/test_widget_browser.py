"""The widget on another website, in real Chromium: a host page on a second local origin embeds
Lotse with the README's snippet; the chat works in its frame, survives a reload, and axe finds
no violation at 320, 390 and 1280 px (host page and chat frame). Every page runs under its real
Content-Security-Policy (no bypass_csp) and the tests check that it blocked nothing; a page on
an origin not in LOTSE_WIDGET_ORIGINS cannot show the chat."""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import uvicorn
from axe_playwright_python.sync_playwright import Axe
from babel import Locale
from sqlalchemy import Engine

from bot.rate_limit import RateLimiter
from bot.reference import Reference
from bot.service import Lotse
from bot.storage.database import make_sessionmaker
from bot.web.app import create_app
from tests.conftest import TUESDAY_AFTERNOON
from tests.e2e.test_berater_browser import _free_port

README = Path(__file__).resolve().parents[2] / "README.md"
HOST_PAGE = """<!doctype html>
<html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kreis Beispiel – Übergang Schule Beruf</title>
<style>* {{ font-size: 40px !important; color: red !important; }} iframe {{ display: none; }}</style>
</head><body><main><h1>Übergang Schule – Beruf</h1>
<p>Frag unseren Chat.</p>
<div id="lotse-chat"></div>
{snippet}
</main></body></html>
"""


def readme_snippet(kind: str) -> str:
    """The snippet of the README's section "Auf der eigenen Website einbinden" (`kind`:
    launcher or inline), with https://lotse.example as written there."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## Auf der eigenen Website einbinden", 1)[1]
    snippets = re.findall(r"```html\n(.*?)```", section, flags=re.S)
    return next(s for s in snippets if f'data-lotse-mode="{kind}"' in s)


@pytest.fixture
def origins(sqlite_engine: Engine, reference: Reference,
            tmp_path: Path) -> Iterator[tuple[str, str]]:
    """(Lotse's origin, the host page's origin): two servers on two ports of 127.0.0.1."""
    host_port = _free_port()
    host_origin = f"http://localhost:{host_port}"  # another host name: another site too
    fuzzy = reference.fuzzy_backend()
    lotse = Lotse(sessions=make_sessionmaker(sqlite_engine), nlu=fuzzy, fallback_nlu=fuzzy,
                  offers=reference.offers, places=reference.places, secret=b"widget-test-secret",
                  clock=lambda: TUESDAY_AFTERNOON, limiter=RateLimiter("1000/minute"))
    port = _free_port()
    uv = uvicorn.Server(uvicorn.Config(create_app(lotse, widget_origins=[host_origin]),
                                       host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    lotse_origin = f"http://127.0.0.1:{port}"
    for kind in ("launcher", "inline"):
        snippet = readme_snippet(kind).replace("https://lotse.example", lotse_origin)
        (tmp_path / f"{kind}.html").write_text(HOST_PAGE.format(snippet=snippet), encoding="utf-8")
    # the same launcher on a Russian page (the unread count's plural forms)
    russian = readme_snippet("launcher").replace("https://lotse.example", lotse_origin) \
        .replace('data-lotse-lang="de"', 'data-lotse-lang="ru"')
    (tmp_path / "launcher-ru.html").write_text(HOST_PAGE.format(snippet=russian), encoding="utf-8")
    # on the left, in a yellow white text cannot be read on (Lotse's blue instead)
    left = readme_snippet("launcher").replace("https://lotse.example", lotse_origin) \
        .replace('data-lotse-position="right"', 'data-lotse-position="left"') \
        .replace('data-lotse-color="#0b5cad"', 'data-lotse-color="#ffcc00"')
    (tmp_path / "launcher-left.html").write_text(HOST_PAGE.format(snippet=left), encoding="utf-8")
    handler = partial(SimpleHTTPRequestHandler, directory=str(tmp_path))
    host = ThreadingHTTPServer(("127.0.0.1", host_port), handler)
    threading.Thread(target=host.serve_forever, daemon=True).start()
    while not uv.started:
        threading.Event().wait(0.05)
    yield lotse_origin, host_origin
    host.shutdown()
    uv.should_exit = True
    thread.join(10)


# every page and frame notes the Content-Security-Policy violations it sees (the tests run
# under the real CSP: no bypass_csp); injected by the browser, so no CSP stops this script
CSP_WATCH = """
window.lotseCsp = [];
document.addEventListener("securitypolicyviolation", function (event) {
  window.lotseCsp.push(event.effectiveDirective + " blocked " + (event.blockedURI || "?") +
                       " in " + document.location.href);
});
"""


def watched(browser, **options):  # type: ignore[no-untyped-def]
    """A browser context under the pages' real CSP that notes every violation (csp_violations)."""
    context = browser.new_context(**options)
    context.add_init_script(CSP_WATCH)
    return context


def csp_violations(page) -> list[str]:  # type: ignore[no-untyped-def]
    """The CSP violations noted so far in the page and every frame of it."""
    found: list[str] = []
    for frame in page.frames:
        found.extend(frame.evaluate("window.lotseCsp || []"))
    return found


def accessible(target) -> None:  # type: ignore[no-untyped-def]
    results = Axe().run(target)
    assert results.violations_count == 0, results.generate_report()


def chat_frame(page):  # type: ignore[no-untyped-def]
    """The chat's frame (inside widget.js's shadow root), found by its address."""
    page.locator("[data-lotse-widget]").wait_for(state="attached")
    for _ in range(100):
        frame = next((f for f in page.frames if "/widget?" in f.url), None)
        if frame is not None:
            return frame
        page.wait_for_timeout(50)
    raise AssertionError("no widget frame")


def say(frame, text: str) -> None:  # type: ignore[no-untyped-def]
    before = frame.locator("#log li.bubble.bot").count()
    frame.locator("#message").fill(text)
    frame.locator("#message").press("Enter")
    frame.locator("#log li.bubble.bot").nth(before).wait_for()
    frame.locator("#composer:not([aria-busy])").wait_for()


@pytest.mark.parametrize("width", [320, 390, 1280])
def test_the_inline_widget_on_another_origin_survives_a_reload(  # type: ignore[no-untyped-def]
        browser, origins: tuple[str, str], width: int) -> None:
    """Under the frame's real CSP (no bypass): a round trip, a reload, no violation."""
    lotse_origin, host_origin = origins
    context = watched(browser, viewport={"width": width, "height": 800}, locale="de-DE")
    page = context.new_page()
    page.goto(host_origin + "/inline.html")
    frame = chat_frame(page)
    frame.locator("#log li.bubble.bot").first.wait_for()
    notice = frame.locator(".notice").inner_text()
    assert "Lotse ist ein Bot" in notice and "keinen Namen" in notice  # bot line, privacy line
    say(frame, "ich hab schulden wegen meinem handyvertrag")
    shown = frame.locator("#log li.bubble").all_inner_texts()
    assert any("handyvertrag" in text for text in shown)
    # the send button is whole inside the frame (reflow, WCAG 1.4.10)
    box = frame.locator("#send").bounding_box()
    framed = page.locator("[data-lotse-widget]").bounding_box()
    assert box and framed and box["x"] + box["width"] <= framed["x"] + framed["width"] + 1
    assert csp_violations(page) == []
    accessible(page)
    accessible(chat_frame(page))
    page.reload()
    frame = chat_frame(page)
    frame.locator("#log li.bubble.me").first.wait_for()
    again = frame.locator("#log li.bubble").all_inner_texts()
    assert any("handyvertrag" in text for text in again)
    # the same conversation, in order – and the snippet's topic (data-lotse-topic) is no line
    # of the person's: nobody wrote "Praktikum finden"
    assert [t.split("\n")[0] for t in again] == [t.split("\n")[0] for t in shown]
    assert "Praktikum finden" not in frame.locator("#log li.bubble.me").all_inner_texts()
    assert frame.locator("#log time").count() == len(again)
    assert csp_violations(page) == []
    accessible(chat_frame(page))
    # the CSP is really in force in the frame, and the watch sees what it blocks
    frame.evaluate("""() => { const s = document.createElement("script");
                              s.textContent = "window.ran = true"; document.body.append(s); }""")
    frame.wait_for_function("() => window.lotseCsp.length > 0")
    assert frame.evaluate("window.ran") is None
    assert [v.split(" ")[0] for v in csp_violations(page)] == ["script-src-elem"]
    context.close()


def test_a_website_not_allowed_cannot_show_the_chat(  # type: ignore[no-untyped-def]
        browser, origins: tuple[str, str]) -> None:
    """The same page on an origin not in LOTSE_WIDGET_ORIGINS (127.0.0.1 instead of localhost,
    same port): frame-ancestors keeps the chat out of it, and the page's own scripts get no
    answer from the chat endpoint either (no CORS)."""
    lotse_origin, host_origin = origins
    unlisted = host_origin.replace("//localhost:", "//127.0.0.1:")
    context = watched(browser, viewport={"width": 390, "height": 800}, locale="de-DE")
    page = context.new_page()
    chats: list[str] = []
    page.on("request", lambda r: chats.append(r.url) if "/webhooks/rest/webhook" in r.url else None)
    with page.expect_response(lambda r: "/widget?" in r.url) as framed:
        page.goto(unlisted + "/inline.html")
    assert framed.value.status == 200  # served, but the browser does not show it here
    assert "frame-ancestors 'self' " + host_origin + ";" in framed.value.headers["content-security-policy"]
    frame = next(f for f in page.frames if f is not page.main_frame)
    deadline = time.monotonic() + 10
    while not frame.url.startswith("chrome-error:"):  # Chromium's error page instead of the chat
        assert time.monotonic() < deadline, frame.url
        page.wait_for_timeout(50)
    assert frame.locator(".chat").count() == 0
    assert chats == []  # nothing was said in its name
    # the page's own script cannot talk to the chat either: the preflight is refused
    answer = page.evaluate("""origin => fetch(origin + "/webhooks/rest/webhook", {method: "POST",
        headers: {"content-type": "application/json"},
        body: JSON.stringify({sender: "web-from-an-unlisted-site-0001", message: "hallo"})})
        .then(r => "answered " + r.status, e => "refused: " + e.name)""", lotse_origin)
    assert answer == "refused: TypeError"
    # the control: the same page on the allowed origin shows the chat
    page.goto(host_origin + "/inline.html")
    chat_frame(page).locator("#log li.bubble.bot").first.wait_for()
    assert csp_violations(page) == []
    context.close()


def readme_host_policy() -> str:
    """The Content-Security-Policy the README suggests for a host page with a CSP of its own."""
    section = README.read_text(encoding="utf-8").split("## Auf der eigenen Website einbinden", 1)[1]
    found = re.search(r"`(script-src 'self' https://lotse\.example;[^`]*)`", section)
    assert found is not None, "the README names no policy for host pages"
    return found.group(1)


def test_a_host_page_with_the_readmes_csp_runs_the_launcher(  # type: ignore[no-untyped-def]
        browser, origins: tuple[str, str], tmp_path: Path) -> None:
    """A host page with a strict CSP of its own, as the README says to write it (<meta>): the
    launcher, its styles, its words and the chat work, and neither the page nor the frame blocks
    anything."""
    lotse_origin, host_origin = origins
    policy = readme_host_policy().replace("https://lotse.example", lotse_origin)
    snippet = readme_snippet("launcher").replace("https://lotse.example", lotse_origin)
    (tmp_path / "strict.html").write_text(
        '<!doctype html><html lang="de"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="default-src \'self\'; {policy}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>Strenge Seite</title></head><body><main><h1>Kreis</h1>{snippet}</main></body></html>',
        encoding="utf-8")
    context = watched(browser, viewport={"width": 390, "height": 800}, locale="de-DE")
    page = context.new_page()
    page.goto(host_origin + "/strict.html")
    launcher = page.locator("[data-lotse-widget] button[aria-expanded]")
    page.get_by_role("button", name=re.compile("Chat mit Lotse öffnen")).wait_for()  # its words
    assert launcher.evaluate("b => getComputedStyle(b).position") == "fixed"  # its styles
    launcher.click()
    frame = chat_frame(page)
    frame.locator("#log li.bubble.bot").first.wait_for()
    say(frame, "ich hab schulden wegen meinem handyvertrag")
    assert csp_violations(page) == []
    # the page's policy is in force (an inline script of its own is blocked and noted)
    page.evaluate("""() => { const s = document.createElement("script");
                             s.textContent = "window.ran = true"; document.body.append(s); }""")
    page.wait_for_function("() => window.lotseCsp.length > 0")
    assert [v.split(" ")[0] for v in csp_violations(page)] == ["script-src-elem"]
    context.close()


def _hold_answers(page):  # type: ignore[no-untyped-def]
    """Hold the chat's answers back until the test lets them through (one route per answer)."""
    held: list = []  # type: ignore[type-arg]
    page.route("**/webhooks/rest/webhook", lambda route: held.append(route))
    return held


def _release(page, held) -> None:  # type: ignore[no-untyped-def]
    page.wait_for_function("() => true")  # lets Playwright dispatch the waiting route
    deadline = time.monotonic() + 10
    while not held:
        assert time.monotonic() < deadline, "no chat request was made"
        page.wait_for_timeout(50)
    held.pop(0).continue_()


def _wait_for_label(page, launcher, pattern: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + 15
    while not re.fullmatch(pattern, " ".join((launcher.get_attribute("aria-label") or "").split())):
        assert time.monotonic() < deadline, launcher.get_attribute("aria-label")
        page.wait_for_timeout(100)


def test_the_launcher_starts_the_chat_when_opened_counts_unread_and_closes_with_escape(  # type: ignore[no-untyped-def]
        browser, origins: tuple[str, str]) -> None:
    lotse_origin, host_origin = origins
    context = watched(browser, viewport={"width": 390, "height": 800}, locale="de-DE")
    page = context.new_page()
    chats: list[str] = []
    page.on("request", lambda r: chats.append(r.url) if "/webhooks/rest/webhook" in r.url else None)
    page.goto(host_origin + "/launcher.html")
    page.get_by_role("button", name=re.compile("Chat mit Lotse öffnen")).wait_for()
    page.wait_for_timeout(1500)  # the frame is loaded and has looked for a history
    launcher = page.locator("[data-lotse-widget] button[aria-expanded]")
    # a page view alone starts no conversation: nothing sent, nothing unread
    assert chats == [] and launcher.get_attribute("aria-label") == "Chat mit Lotse öffnen"
    assert launcher.get_attribute("aria-expanded") == "false"
    accessible(page)
    launcher.click()
    assert launcher.get_attribute("aria-expanded") == "true"
    assert launcher.get_attribute("aria-label") == "Chat schließen"
    frame = chat_frame(page)
    frame.locator("#log li.bubble.bot").first.wait_for()  # the greeting, now that it is open
    frame.locator("#composer:not([aria-busy])").wait_for()
    accessible(chat_frame(page))
    # an answer that arrives while the chat is closed counts as unread
    held = _hold_answers(page)
    frame.locator("#message").fill("ich such ein praktikum")
    frame.locator("#message").press("Enter")
    frame.locator("#message").press("Escape")
    assert launcher.get_attribute("aria-expanded") == "false"
    _release(page, held)
    _wait_for_label(page, launcher, r"Chat mit Lotse öffnen \(\d+\s+neue Nachricht(en)?\)")
    assert csp_violations(page) == []
    context.close()


def test_quick_replies_go_once_used_and_restart_starts_afresh(  # type: ignore[no-untyped-def]
        browser, origins: tuple[str, str]) -> None:
    lotse_origin, _ = origins
    page = watched(browser, viewport={"width": 390, "height": 800}, locale="de-DE").new_page()
    page.goto(lotse_origin + "/")
    page.locator("#buttons button").first.wait_for()
    tapped = page.locator("#buttons button").first.element_handle()
    title = tapped.inner_text()
    before = page.locator("#log li.bubble.bot").count()
    tapped.click()
    page.locator("#log li.bubble.bot").nth(before).wait_for()
    assert tapped.evaluate("button => button.isConnected") is False  # gone, not "pre-selected"
    assert page.locator("#log li.bubble.me").last.inner_text().startswith(title)
    sender = page.evaluate("localStorage.getItem('lotse-sender')")
    page.get_by_role("button", name="Neu anfangen").click()
    page.locator("#composer:not([aria-busy])").wait_for()
    assert page.evaluate("localStorage.getItem('lotse-sender')") != sender
    assert page.locator("#log li.bubble.me").count() == 0
    page.reload()
    page.locator("#log li.bubble.bot").first.wait_for()
    assert page.locator("#log li.bubble.me").count() == 0
    assert csp_violations(page) == []


def test_the_unread_count_takes_the_languages_plural_form(  # type: ignore[no-untyped-def]
        browser, origins: tuple[str, str]) -> None:
    lotse_origin, host_origin = origins
    context = watched(browser, viewport={"width": 390, "height": 800}, locale="ru-RU")
    page = context.new_page()
    page.goto(host_origin + "/launcher-ru.html")
    launcher = page.locator("[data-lotse-widget] button[aria-expanded]")
    badge = page.locator("[data-lotse-widget] .badge")
    page.wait_for_function(  # the launcher's Russian words have arrived
        "() => /Открыть/.test(document.querySelector('[data-lotse-widget]').shadowRoot"
        ".querySelector('button').getAttribute('aria-label'))")
    launcher.click()  # the chat begins; then an answer arrives while it is closed again
    frame = chat_frame(page)
    frame.locator("#log li.bubble.bot").first.wait_for()
    frame.locator("#composer:not([aria-busy])").wait_for()
    held = _hold_answers(page)
    frame.locator("#message").fill("привет")
    frame.locator("#message").press("Enter")
    frame.locator("#message").press("Escape")
    _release(page, held)
    badge.wait_for()
    count = int(badge.inner_text())
    forms = page.request.get(lotse_origin + "/webhooks/rest/widget-words?lang=ru").json()["unread"]
    expected = forms[Locale.parse("ru").plural_form(count)].format(count=count)
    assert launcher.get_attribute("aria-label") == f"Открыть чат с Lotse ({expected})"
    launcher.click()  # the snippet's language (data-lotse-lang="ru") is the chat's
    assert chat_frame(page).locator("html").get_attribute("lang") == "ru"
    assert launcher.get_attribute("aria-label") == "Закрыть чат"
    assert csp_violations(page) == []
    context.close()


def test_on_a_kreis_website_the_region_hint_routes_and_the_chat_survives_a_reload(  # type: ignore[no-untyped-def]
        browser, origins: tuple[str, str], reference: Reference) -> None:
    """The README's launcher snippet names the Hochtaunuskreis (data-lotse-region="06434"):
    someone who names no place gets its offers, and the chat is there again after a reload."""
    lotse_origin, host_origin = origins
    kreis = {o.name for o in reference.offers if o.region == "06434"}
    nationwide = {o.name for o in reference.offers if o.region == "DE"}
    context = watched(browser, viewport={"width": 390, "height": 800}, locale="de-DE")
    page = context.new_page()
    page.goto(host_origin + "/launcher.html")
    launcher = page.locator("[data-lotse-widget] button[aria-expanded]")
    launcher.click()
    frame = chat_frame(page)
    frame.locator("#log li.bubble.bot").first.wait_for()
    say(frame, "ich hab schulden wegen meinem handyvertrag")
    say(frame, "16")
    frame.locator("#log li.offer").first.wait_for()
    names = set(frame.locator("#log li.offer h2").all_inner_texts())
    assert names & kreis and names <= kreis | nationwide
    assert "Hochtaunuskreis" in frame.locator("#log").inner_text()  # said, to be corrected
    # links leave in a new tab without a way back into the chat; phone links stay tel:
    links = frame.locator("#log li.offer a[href]")
    assert links.count() > 0
    for link in links.all():
        href = link.get_attribute("href") or ""
        assert href.startswith(("https:", "http:", "tel:", "mailto:")), href
        if href.startswith("http"):
            assert link.get_attribute("target") == "_blank"
            assert set((link.get_attribute("rel") or "").split()) >= {"noopener", "noreferrer"}
    accessible(chat_frame(page))
    page.reload()
    page.locator("[data-lotse-widget] button[aria-expanded]").click()
    frame = chat_frame(page)
    frame.locator("#log li.bubble.me").first.wait_for()
    assert any("handyvertrag" in t for t in frame.locator("#log li.bubble.me").all_inner_texts())
    accessible(chat_frame(page))
    assert csp_violations(page) == []
    context.close()


def _cards(frame) -> list[tuple[str, list[str]]]:  # type: ignore[no-untyped-def]
    """Each offer card in the chat: its name and the addresses of its links (tel:, https:)."""
    return [(card.locator("h2").inner_text(),
             [a.get_attribute("href") or "" for a in card.locator("a[href]").all()])
            for card in frame.locator("#log li.offer").all()]


def test_offer_and_crisis_cards_come_back_after_a_reload(  # type: ignore[no-untyped-def]
        browser, origins: tuple[str, str]) -> None:
    """After a reload the offers are cards again, as they were shown: one tap to call (tel:),
    the crisis answer marked and its helplines dialable."""
    _, host_origin = origins
    context = watched(browser, viewport={"width": 390, "height": 800}, locale="de-DE")
    page = context.new_page()
    page.goto(host_origin + "/launcher.html")
    page.locator("[data-lotse-widget] button[aria-expanded]").click()
    frame = chat_frame(page)
    frame.locator("#log li.bubble.bot").first.wait_for()
    say(frame, "ich hab schulden wegen meinem handyvertrag")
    say(frame, "16")
    frame.locator("#log li.offer").first.wait_for()
    debts = len(_cards(frame))
    say(frame, "ich will nicht mehr leben")
    frame.locator("#log li.bubble.bot.crisis").first.wait_for()
    shown = _cards(frame)
    crisis_bubbles = frame.locator("#log li.bubble.crisis .text").all_inner_texts()
    assert crisis_bubbles
    assert debts and all(hrefs for _, hrefs in shown[:debts]) and len(shown) > debts
    assert "tel:+498001110111" in dict(shown)["TelefonSeelsorge"]  # the crisis card
    page.reload()
    page.locator("[data-lotse-widget] button[aria-expanded]").click()
    frame = chat_frame(page)
    frame.locator("#log li.offer").first.wait_for()
    frame.locator("#composer:not([aria-busy])").wait_for()
    assert _cards(frame) == shown  # the same cards, links and all, in the same order
    assert frame.locator("#log li.bubble.crisis .text").all_inner_texts() == crisis_bubbles
    assert "Angebote:" not in frame.locator("#log").inner_text()  # no German text line instead
    accessible(chat_frame(page))
    assert csp_violations(page) == []
    context.close()


def test_deleting_the_chat_forgets_it_on_the_device(  # type: ignore[no-untyped-def]
        browser, origins: tuple[str, str]) -> None:
    lotse_origin, _ = origins
    page = watched(browser, viewport={"width": 390, "height": 800}, locale="de-DE").new_page()
    page.goto(lotse_origin + "/")
    page.locator("#log li.bubble.bot").first.wait_for()
    say(page, "ich hab schulden wegen meinem handyvertrag")
    sender = page.evaluate("localStorage.getItem('lotse-sender')")
    say(page, "lösch alles über mich")
    page.locator("#message").fill("ja")
    page.locator("#message").press("Enter")
    # (a function, not a string: under the page's CSP Playwright may not eval a string)
    page.wait_for_function("old => localStorage.getItem('lotse-sender') !== old", arg=sender)
    page.locator("#composer:not([aria-busy])").wait_for()
    assert page.evaluate("localStorage.getItem('lotse-sender')")
    assert page.locator("#log li.bubble.me").count() == 0  # the old lines are gone from the screen
    page.reload()
    page.locator("#log li.bubble.bot").first.wait_for()
    assert "handyvertrag" not in page.locator("#log").inner_text()
    assert csp_violations(page) == []


def test_the_launcher_works_by_keyboard_alone(  # type: ignore[no-untyped-def]
        browser, origins: tuple[str, str]) -> None:
    _, host_origin = origins
    context = watched(browser, viewport={"width": 320, "height": 640}, locale="de-DE")
    page = context.new_page()
    page.goto(host_origin + "/launcher.html")
    launcher = page.locator("[data-lotse-widget] button[aria-expanded]")
    page.get_by_role("button", name=re.compile("Chat mit Lotse öffnen")).wait_for()
    page.keyboard.press("Tab")  # the host page has nothing else to focus
    assert launcher.evaluate("b => b.getRootNode().activeElement === b")
    page.keyboard.press("Enter")
    frame = chat_frame(page)
    frame.locator("#message:focus").wait_for()  # typing can start at once
    before = frame.locator("#log li.bubble.bot").count()
    page.keyboard.type("ich hab schulden")
    page.keyboard.press("Enter")
    frame.locator("#log li.bubble.bot").nth(before).wait_for()
    page.keyboard.press("Escape")
    assert launcher.get_attribute("aria-expanded") == "false"
    assert launcher.evaluate("b => b.getRootNode().activeElement === b")  # focus back
    accessible(page)
    assert csp_violations(page) == []
    context.close()


def test_coming_back_the_next_day_shows_the_chat_with_its_dates(  # type: ignore[no-untyped-def]
        browser, origins: tuple[str, str]) -> None:
    """The browser closed and opened again a day later: the sender id was kept on the device,
    the lines come from the server, with the day they were written."""
    _, host_origin = origins
    first = watched(browser, viewport={"width": 390, "height": 800}, locale="de-DE")
    page = first.new_page()
    page.goto(host_origin + "/inline.html")
    frame = chat_frame(page)
    frame.locator("#log li.bubble.bot").first.wait_for()
    say(frame, "ich hab schulden wegen meinem handyvertrag")
    kept = first.storage_state()
    first.close()
    later = watched(browser, viewport={"width": 390, "height": 800}, locale="de-DE", storage_state=kept)
    page = later.new_page()
    page.clock.set_fixed_time(datetime.now(UTC) + timedelta(days=1))
    page.goto(host_origin + "/inline.html")
    frame = chat_frame(page)
    frame.locator("#log li.bubble.me").first.wait_for()
    assert any("handyvertrag" in t for t in frame.locator("#log li.bubble.me").all_inner_texts())
    stamps = frame.locator("#log time").all_inner_texts()
    assert stamps and all(not re.fullmatch(r"\d\d:\d\d", t) for t in stamps)  # "3. Dez., 12:20"
    assert csp_violations(page) == []
    later.close()


def test_an_arabic_widget_reads_right_to_left_and_stays_so_after_a_reload(  # type: ignore[no-untyped-def]
        browser, origins: tuple[str, str]) -> None:
    lotse_origin, host_origin = origins
    context = watched(browser, viewport={"width": 320, "height": 800}, locale="ar")
    page = context.new_page()
    page.goto(host_origin + "/inline.html")  # no data-lotse-lang: the browser's language
    frame = chat_frame(page)
    frame.locator("#log li.bubble.bot").first.wait_for()
    say(frame, "عندي ديون بسبب عقد الهاتف")
    assert frame.locator(".chat").get_attribute("dir") == "rtl"
    accessible(chat_frame(page))
    page.reload()
    frame = chat_frame(page)
    frame.locator("#log li.bubble.me").first.wait_for()
    assert frame.locator(".chat").get_attribute("dir") == "rtl"  # the history's language
    accessible(chat_frame(page))
    assert csp_violations(page) == []
    context.close()


def test_the_launcher_sits_on_the_side_asked_for_in_a_readable_colour(  # type: ignore[no-untyped-def]
        browser, origins: tuple[str, str]) -> None:
    _, host_origin = origins
    context = watched(browser, viewport={"width": 1280, "height": 800}, locale="de-DE")
    page = context.new_page()
    page.goto(host_origin + "/launcher-left.html")
    launcher = page.locator("[data-lotse-widget] button[aria-expanded]")
    box = launcher.bounding_box()
    assert box and box["x"] + box["width"] < 640  # left
    assert launcher.evaluate("b => getComputedStyle(b).backgroundColor") == "rgb(11, 92, 173)"
    launcher.click()
    panel = page.locator("[data-lotse-widget] .panel").bounding_box()
    assert panel and panel["x"] < 640
    frame = chat_frame(page)
    frame.locator("#send").wait_for()
    assert frame.locator("#send").evaluate("b => getComputedStyle(b).backgroundColor") == \
        "rgb(11, 92, 173)"  # the frame checks the colour itself too
    accessible(page)
    assert csp_violations(page) == []
    context.close()


# the host page's own record of every message it receives (the top page only, not the frame)
RECORD_MESSAGES = """
if (window === window.top) {
  window.lotseMessages = [];
  window.addEventListener("message", function (event) {
    const frames = Array.from(document.querySelectorAll("iframe"));
    window.lotseMessages.push({ origin: event.origin, data: event.data,
                                frame: frames.findIndex(function (f) { return f.contentWindow === event.source; }) });
  });
}
"""


def _messages(page):  # type: ignore[no-untyped-def]
    return page.evaluate("window.lotseMessages")


def test_the_frame_signals_to_the_page_that_embeds_it(  # type: ignore[no-untyped-def]
        browser, origins: tuple[str, str]) -> None:
    """The frame posts to the host page's origin (never "*"), and the page gets its signals."""
    lotse_origin, host_origin = origins
    context = watched(browser, viewport={"width": 390, "height": 800}, locale="de-DE")
    context.add_init_script(RECORD_MESSAGES)
    page = context.new_page()
    page.goto(host_origin + "/inline.html")
    frame = chat_frame(page)
    frame.locator("#log li.bubble.bot").first.wait_for()
    page.wait_for_function("window.lotseMessages.some(m => m.data && m.data.lotse === 'message')")
    received = _messages(page)
    assert {m["origin"] for m in received} == {lotse_origin}
    assert {m["data"]["lotse"] for m in received} <= {"message", "sender?", "sender"}
    assert csp_violations(page) == []
    context.close()


def test_a_frame_told_another_host_signals_nothing_to_the_page(  # type: ignore[no-untyped-def]
        browser, origins: tuple[str, str], tmp_path: Path) -> None:
    """Two frames in one page: one told that its host is Lotse's own origin (allowed too), one
    told the truth. The first one's signals go to the origin it was told, so the browser hands
    this page none of them; the second one's arrive."""
    lotse_origin, host_origin = origins
    (tmp_path / "two-frames.html").write_text(
        '<!doctype html><html lang="de"><meta charset="utf-8"><title>Zwei Rahmen</title>' + "".join(
            f'<iframe title="Lotse {n}" src="{lotse_origin}/widget?embed=1&amp;host={told}"></iframe>'
            for n, told in enumerate((lotse_origin, host_origin))), encoding="utf-8")
    context = watched(browser, viewport={"width": 1280, "height": 800}, locale="de-DE")
    context.add_init_script(RECORD_MESSAGES)
    page = context.new_page()
    page.goto(host_origin + "/two-frames.html")
    for _ in range(200):
        frames = [f for f in page.frames if "/widget?" in f.url]
        if len(frames) == 2:
            break
        page.wait_for_timeout(50)
    for frame in frames:
        frame.locator("#log li.bubble.bot").first.wait_for()
        frame.locator("#composer:not([aria-busy])").wait_for()
    told = {f.locator(".chat").get_attribute("data-host"): f for f in frames}
    assert set(told) == {lotse_origin, host_origin}
    say(told[lotse_origin], "hallo")  # an answer: a signal from the misled frame
    say(told[host_origin], "hallo")  # … and from the other one
    page.wait_for_function("window.lotseMessages.some(m => m.data && m.data.lotse === 'message')")
    page.wait_for_timeout(500)
    assert {m["frame"] for m in _messages(page)} == {1}
    assert {m["origin"] for m in _messages(page)} == {lotse_origin}
    assert csp_violations(page) == []
    context.close()


# the browser gives Lotse's frame no storage of its own (third-party storage blocked)
NO_FRAME_STORAGE = """
if (window !== window.top && window.location.origin === %r) {
  Object.defineProperty(window, "localStorage", {
    configurable: true,
    get: function () { throw new DOMException("third-party storage blocked", "SecurityError"); },
  });
}
"""


def test_without_storage_in_the_frame_the_host_page_keeps_the_id_for_it(  # type: ignore[no-untyped-def]
        browser, origins: tuple[str, str]) -> None:
    """The storage fallback: the id goes to the host page's origin only – sealed, so that the
    page and its scripts cannot open the conversation with it –, comes back from it, and the
    chat is there again after a reload."""
    lotse_origin, host_origin = origins
    context = watched(browser, viewport={"width": 390, "height": 800}, locale="de-DE")
    context.add_init_script(RECORD_MESSAGES)
    context.add_init_script(NO_FRAME_STORAGE % lotse_origin)
    page = context.new_page()
    page.goto(host_origin + "/inline.html")
    frame = chat_frame(page)
    frame.locator("#log li.bubble.bot").first.wait_for()
    assert frame.evaluate("() => { try { localStorage; return 'own'; } catch (e) { return 'none'; } }") \
        == "none"
    say(frame, "ich hab schulden wegen meinem handyvertrag")
    kept = page.evaluate("localStorage.getItem('lotse-widget-sender')")
    assert kept and re.fullmatch(r"[\w=-]{40,400}", kept) and not kept.startswith("web-")
    handed = [(m["origin"], m["data"]) for m in _messages(page) if m["data"].get("lotse") == "sender"]
    assert handed == [(lotse_origin, {"lotse": "sender", "id": kept})]
    # a script on the host page with what the page keeps: the chat endpoint (which this origin
    # may call) knows no conversation by it, and the unsealing answer cannot be read from here
    tried = page.evaluate("""async ([base, token]) => {
        const ask = await fetch(base + "/webhooks/rest/webhook", {method: "POST",
            headers: {"Content-Type": "application/json"},
            body: JSON.stringify({sender: token, message: "/auskunft"})});
        const told = JSON.stringify(await ask.json());
        let unsealed = "unread";
        try {
            const r = await fetch(base + "/widget/unseal", {method: "POST",
                headers: {"Content-Type": "application/json"}, body: JSON.stringify({token: token})});
            unsealed = await r.text();
        } catch (e) { unsealed = "blocked"; }
        return [told, unsealed];
    }""", [lotse_origin, kept])
    assert "handy" not in tried[0].lower() and "geld" not in tried[0].lower(), tried[0]
    assert tried[1] == "blocked"
    page.reload()
    frame = chat_frame(page)
    frame.locator("#log li.bubble.me").first.wait_for()
    assert any("handyvertrag" in t for t in frame.locator("#log li.bubble.me").all_inner_texts())
    assert page.evaluate("localStorage.getItem('lotse-widget-sender')") == kept
    assert csp_violations(page) == []
    context.close()


def test_a_lost_reply_is_resent_with_its_id_and_answered_once(  # type: ignore[no-untyped-def]
        browser, origins: tuple[str, str]) -> None:
    """The server handles the message, the answer is lost on the way back (a dropped
    connection): the chat shows that it is typing, tries again with the same
    `metadata.message_id`, and the server answers that id once – one answer on the screen, one
    line in the stored conversation. New answers are read out (the log is a polite live region)."""
    lotse_origin, _ = origins
    page = watched(browser, viewport={"width": 390, "height": 800}, locale="de-DE").new_page()
    page.goto(lotse_origin + "/")
    page.locator("#log li.bubble.bot").first.wait_for()
    page.locator("#composer:not([aria-busy])").wait_for()
    assert page.locator("#log").get_attribute("aria-live") == "polite"
    sent: list[dict] = []  # type: ignore[type-arg]
    server_answers: list[list] = []  # type: ignore[type-arg]

    def lose_the_first_answer(route) -> None:  # type: ignore[no-untyped-def]
        sent.append(json.loads(route.request.post_data or "{}"))
        response = route.fetch()  # the server handles it …
        server_answers.append(response.json())
        if len(sent) == 1:
            page.wait_for_timeout(300)  # (long enough to see the typing indicator)
            route.abort("connectionreset")  # … and the answer never arrives
        else:
            route.fulfill(response=response)

    page.route("**/webhooks/rest/webhook", lose_the_first_answer)
    before = page.locator("#log li.bubble.bot").count()
    page.locator("#message").fill("ich hab schulden wegen meinem handyvertrag")
    page.locator("#message").press("Enter")
    page.locator("#typing").wait_for(state="visible")  # "Lotse schreibt …" while it waits
    page.locator("#log li.bubble.bot").nth(before).wait_for()
    page.locator("#composer:not([aria-busy])").wait_for()
    assert page.locator("#typing").is_hidden()
    assert len(sent) == 2 and sent[0]["metadata"]["message_id"] == sent[1]["metadata"]["message_id"]
    assert server_answers[0] == server_answers[1]  # the same answer again, not a second turn
    assert page.locator("#log li.bubble.error").count() == 0
    page.unroute("**/webhooks/rest/webhook")
    # one line of the person's in the stored conversation (the history after a reload)
    page.reload()
    page.locator("#log li.bubble.me").first.wait_for()
    mine = page.locator("#log li.bubble.me").all_inner_texts()
    assert sum("handyvertrag" in text for text in mine) == 1
    assert csp_violations(page) == []
