"""The counsellor inbox over HTTP: login, scoping, CSRF, status, notes, print, CSV, audit."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from markupsafe import escape
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from starlette.testclient import TestClient

from bot.service import Lotse
from bot.storage.accounts import AccountRepository
from bot.storage.database import make_sessionmaker
from bot.storage.tables import AuditRow, HandoffNoteRow, HandoffRow, NotificationRow, OrganisationRow
from bot.web.app import create_app
from bot.web.berater import Inbox
from tests.xss import XSS, assert_inert

PASSWORD = "richtig-langes-passwort"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def handoff(org: str, reference: str, *, texts: list[str] | None = None, age: int = 17,
            urgent: bool = False, status: str = "new", note: str | None = None) -> HandoffRow:
    transcript = [{"role": "user" if i % 2 == 0 else "bot", "text": t,
                   "at": f"2026-11-24T08:{i:02d}:00+00:00"}
                  for i, t in enumerate(texts or ["hallo", "Hi! Ich bin Lotse."])]
    return HandoffRow(reference=reference, sender_hash="h" * 64, org_id=org, offer_id="harz-jba-janalos",
                      offer_name="Jugendberufsagentur Harz", urgent=urgent, status=status,
                      summary={"age": age, "place": "Quedlinburg", "needs": ["seek_apprenticeship"],
                               "why": ["hilft bei Ausbildung"]},
                      age=age, contact_method="phone", contact_value="+49 1512 3456789",
                      note=note, transcript=transcript, created_at=datetime(2026, 11, 24, 8, tzinfo=UTC))


@pytest.fixture
def world(db_engine: Engine) -> dict[str, str]:
    with Session(db_engine) as session, session.begin():
        session.add_all([OrganisationRow(id="org-a", name="Beratung A", offer_ids=["harz-jba-janalos"]),
                         OrganisationRow(id="org-b", name="Beratung B", offer_ids=[])])
        session.flush()
        accounts = AccountRepository(session)
        accounts.add_user(org_id="org-a", email="ana@a.example", password=PASSWORD)
        accounts.add_user(org_id="org-a", email="admin@a.example", password=PASSWORD, role="admin")
        accounts.add_user(org_id="org-b", email="bo@b.example", password=PASSWORD)
        rows = [handoff("org-a", "LT-AAAAAA", texts=[*XSS, "danke"], note="=HYPERLINK(\"x\")"),
                handoff("org-a", "LT-AAAAAB", age=15, urgent=True),
                handoff("org-b", "LT-BBBBBB")]
        session.add_all(rows)
        session.flush()
        return {r.reference: r.id for r in rows}


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def inbox(db_engine: Engine, clock: Clock) -> Inbox:
    return Inbox(make_sessionmaker(db_engine), clock=clock)


@pytest.fixture
def app(db_engine: Engine, make_lotse: Callable[..., Lotse], inbox: Inbox) -> Iterator[TestClient]:
    with TestClient(create_app(make_lotse(db_engine), inbox=inbox),
                    raise_server_exceptions=False) as client:
        yield client


def token(client: TestClient, path: str = "/berater/login") -> str:
    match = re.search(r'name="csrftoken" value="([^"]+)"', client.get(path).text)
    assert match
    return match.group(1)


def login(client: TestClient, email: str, password: str = PASSWORD):  # type: ignore[no-untyped-def]
    return client.post("/berater/login", data={"email": email, "password": password,
                                               "csrftoken": token(client)}, follow_redirects=False)


def audit(engine: Engine) -> list[tuple[str, str]]:
    with Session(engine) as session:
        return [(a.actor, a.action) for a in session.scalars(select(AuditRow).order_by(AuditRow.id))]


def test_login_shows_only_the_own_organisation(app: TestClient, world: dict[str, str],
                                               db_engine: Engine) -> None:
    assert app.get("/berater/", follow_redirects=False).headers["location"] == "/berater/login"
    response = login(app, "ana@a.example")
    assert response.status_code == 303
    page = app.get("/berater/").text
    assert "LT-AAAAAA" in page and "LT-AAAAAB" in page and "LT-BBBBBB" not in page
    assert page.index("LT-AAAAAB") < page.index("LT-AAAAAA")  # urgent first
    assert ("ana@a.example", "login") in audit(db_engine)
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie


def test_wrong_password_is_refused_and_rate_limited(app: TestClient, world: dict[str, str],
                                                    db_engine: Engine) -> None:
    for _ in range(5):
        assert login(app, "ana@a.example", "falsch-falsch-falsch").status_code == 401
    blocked = login(app, "ana@a.example")  # even the right password, for a while
    assert blocked.status_code == 429 and "Zu viele Versuche" in blocked.text
    assert audit(db_engine).count(("ana@a.example", "login_failed")) == 5


def test_another_organisations_handoff_is_a_404(app: TestClient, world: dict[str, str]) -> None:
    login(app, "ana@a.example")
    assert app.get(f"/berater/f/{world['LT-BBBBBB']}").status_code == 404
    assert app.get(f"/berater/f/{world['LT-BBBBBB']}/print").status_code == 404
    assert app.get("/berater/f/does-not-exist").status_code == 404
    csrf = token(app, f"/berater/f/{world['LT-AAAAAA']}")
    changed = app.post(f"/berater/f/{world['LT-BBBBBB']}/status",
                       data={"status": "closed", "csrftoken": csrf})
    assert changed.status_code == 404


def test_post_without_csrf_token_is_refused(app: TestClient, world: dict[str, str],
                                            db_engine: Engine) -> None:
    login(app, "ana@a.example")
    target = f"/berater/f/{world['LT-AAAAAA']}/status"
    assert app.post(target, data={"status": "closed"}).status_code == 403
    assert app.post(target, data={"status": "closed", "csrftoken": "forged"}).status_code == 403
    with Session(db_engine) as session:
        assert session.get(HandoffRow, world["LT-AAAAAA"]).status == "new"


def test_status_workflow_notes_and_print(app: TestClient, world: dict[str, str],
                                         db_engine: Engine) -> None:
    login(app, "ana@a.example")
    detail = f"/berater/f/{world['LT-AAAAAA']}"
    csrf = token(app, detail)
    assert app.post(f"{detail}/status", data={"status": "contacted", "csrftoken": csrf}).status_code == 200
    assert app.post(f"{detail}/notes", data={"text": "Rückruf vereinbart", "csrftoken": csrf}).status_code == 200
    page = app.get(detail).text
    assert "Kontakt aufgenommen" in page and "zuletzt geändert von ana@a.example" in page
    assert "Rückruf vereinbart" in page
    assert app.post(f"{detail}/status", data={"status": "new", "csrftoken": csrf}).status_code == 200
    with Session(db_engine) as session:
        row = session.get(HandoffRow, world["LT-AAAAAA"])
        assert row.status == "contacted"  # "new" is not a step back the workflow allows
        assert [n.text for n in session.scalars(select(HandoffNoteRow))] == ["Rückruf vereinbart"]
    printed = app.get(f"{detail}/print").text
    assert "Druckansicht" not in printed and 'id="print-now"' in printed and "Chatverlauf" in printed
    actions = [a for _, a in audit(db_engine)]
    assert {"view", "status", "note", "print"} <= set(actions)


def test_fifty_xss_payloads_are_inert_in_detail_and_print(app: TestClient, world: dict[str, str]) -> None:
    login(app, "ana@a.example")
    for path in (f"/berater/f/{world['LT-AAAAAA']}", f"/berater/f/{world['LT-AAAAAA']}/print"):
        page = app.get(path).text
        assert_inert(page)
        for payload in XSS:  # every message is there, as text
            assert str(escape(payload)) in page, payload
        assert "Person" in page and "Lotse (Bot)" in page  # who wrote what, clearly marked
        assert page.count('class="msg person"') == 26 and page.count('class="msg bot"') == 25


def test_csv_export_without_transcript_and_formula_safe(app: TestClient, world: dict[str, str],
                                                        db_engine: Engine) -> None:
    login(app, "ana@a.example")
    response = app.get("/berater/export.csv?urgent=nein")
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.text.lstrip("\ufeff")), delimiter=";"))
    assert rows[0][:4] == ["Datum", "Code", "Status", "Dringend"]
    assert [r[1] for r in rows[1:]] == ["LT-AAAAAA"]
    assert rows[1][2:4] == ["Neu", "nein"] and rows[1][rows[0].index("Anliegen")] == "Ausbildung finden"
    assert "alert" not in response.text and "HYPERLINK" not in response.text
    assert ("ana@a.example", "export") in audit(db_engine)


def test_filters(app: TestClient, world: dict[str, str]) -> None:
    login(app, "ana@a.example")
    assert "LT-AAAAAA" not in app.get("/berater/?age_max=16").text
    assert "LT-AAAAAB" in app.get("/berater/?age_max=16&urgent=ja").text
    assert "Keine Anfragen" in app.get("/berater/?status=closed").text
    assert "LT-AAAAAA" in app.get("/berater/?since=2026-11-24&until=2026-11-24&offer=harz-jba-janalos").text
    assert app.get("/berater/?age_min=abc&since=gestern").status_code == 200  # bad filters ignored


def test_idle_timeout_logs_out_after_15_minutes(app: TestClient, world: dict[str, str],
                                                clock: Clock) -> None:
    login(app, "ana@a.example")
    clock.now += timedelta(minutes=14)
    assert app.get("/berater/").status_code == 200
    clock.now += timedelta(minutes=16)
    response = app.get("/berater/", follow_redirects=False)
    assert response.headers["location"] == "/berater/login"
    assert "15 Minuten" in app.get("/berater/login").text


def test_logout(app: TestClient, world: dict[str, str]) -> None:
    login(app, "ana@a.example")
    csrf = token(app, "/berater/")
    app.post("/berater/logout", data={"csrftoken": csrf})
    assert app.get("/berater/", follow_redirects=False).status_code == 303


def test_admin_manages_accounts_counsellor_cannot(app: TestClient, world: dict[str, str]) -> None:
    login(app, "ana@a.example")
    assert app.get("/berater/users").status_code == 404
    app.cookies.clear()
    login(app, "admin@a.example")
    csrf = token(app, "/berater/users")
    short = app.post("/berater/users", data={"email": "neu@a.example", "password": "kurz", "csrftoken": csrf})
    assert "mindestens 12 Zeichen" in short.text
    bad = app.post("/berater/users", data={"email": "neu-at-a.example", "password": PASSWORD, "csrftoken": csrf})
    assert "keine gültige E-Mail-Adresse" in bad.text
    added = app.post("/berater/users", data={"email": "neu@a.example", "password": PASSWORD,
                                             "csrftoken": csrf})
    assert "neu@a.example ist angelegt" in added.text
    app.cookies.clear()
    assert login(app, "neu@a.example").status_code == 303


def test_young_persons_deletion_removes_the_handoff_from_the_inbox(
        app: TestClient, world: dict[str, str], db_engine: Engine) -> None:
    with Session(db_engine) as session, session.begin():
        session.get(OrganisationRow, "org-a").offer_ids = ["harz-jba-janalos", "harz-agentur-berufsberatung"]
    chat = [("hi ich bin 17 und suche eine ausbildung in quedlinburg", None)]
    say = lambda text: app.post("/webhooks/rest/webhook", json={"sender": "del", "message": text}).json()  # noqa: E731
    replies = say(chat[0][0])
    answers = {"school_status": "ich geh noch zur schule", "occupation": "weiß nicht",
               "school_qualification": "realschule", "languages": "deutsch", "age": "17",
               "place": "Quedlinburg"}
    while replies[-1].get("custom", {}).get("expects") in answers:
        replies = say(answers[replies[-1]["custom"]["expects"]])
    button = next(b for m in replies for b in m.get("buttons", []) if "soll sich melden" in b["title"])
    say(button["payload"])
    say("ja")
    say('/inform{"contact_method": "self"}')
    code = re.search(r"LT-\w{6}", say("/deny")[0]["text"]).group()
    login(app, "ana@a.example")
    listing = app.get("/berater/").text
    assert code in listing
    assert "24.11.2026 15:00" in listing  # made on Tuesday 15:00 in Berlin, shown as such
    with Session(db_engine) as session:
        handoff_id = session.scalars(select(HandoffRow.id).where(HandoffRow.reference == code)).one()
    say("/loeschen")
    say("ja")
    assert code not in app.get("/berater/").text
    assert app.get(f"/berater/f/{handoff_id}").status_code == 404


def test_login_without_csrf_token_is_refused(app: TestClient, world: dict[str, str],
                                             db_engine: Engine) -> None:
    app.get("/berater/login")
    refused = app.post("/berater/login", data={"email": "ana@a.example", "password": PASSWORD})
    assert refused.status_code == 403 and "Formular abgelaufen" in refused.text
    assert ("ana@a.example", "login") not in audit(db_engine)


def test_one_address_trying_many_accounts_is_blocked(app: TestClient, world: dict[str, str],
                                                     db_engine: Engine) -> None:
    for i in range(20):
        assert login(app, f"rate{i}@nowhere.example", "falsch-falsch-falsch").status_code == 401
    assert login(app, "bo@b.example").status_code == 429  # a real account, right password
    with Session(db_engine) as session:
        failed = session.scalars(select(AuditRow).where(AuditRow.action == "login_failed")).all()
        assert len(failed) == 20 and {(a.actor, a.org_id) for a in failed} == {("unbekannt", None)}
        blocked = session.scalars(select(AuditRow).where(AuditRow.action == "login_blocked")).one()
        assert (blocked.actor, blocked.org_id) == ("bo@b.example", "org-b")


def test_logout_voids_every_copy_of_the_session(app: TestClient, world: dict[str, str],
                                                clock: Clock, db_engine: Engine) -> None:
    login(app, "ana@a.example")
    stolen = dict(app.cookies)
    csrf = token(app, "/berater/")
    clock.now += timedelta(seconds=5)
    assert "Du bist abgemeldet" in app.post("/berater/logout", data={"csrftoken": csrf}).text
    app.cookies.clear()
    for name, value in stolen.items():
        app.cookies.set(name, value)
    assert app.get("/berater/", follow_redirects=False).status_code == 303  # the copy is void
    assert ("ana@a.example", "logout") in audit(db_engine)
    clock.now += timedelta(seconds=5)
    app.cookies.clear()
    assert login(app, "ana@a.example").status_code == 303  # a new login works again
    assert app.get("/berater/", follow_redirects=False).status_code == 200


def test_blocking_an_account_ends_its_session_and_unblocking_needs_a_new_login(
        app: TestClient, world: dict[str, str], clock: Clock, db_engine: Engine) -> None:
    login(app, "ana@a.example")
    ana = dict(app.cookies)
    app.cookies.clear()
    login(app, "admin@a.example")
    with Session(db_engine) as session:
        ana_id = AccountRepository(session).by_email("ana@a.example").id
    csrf = token(app, "/berater/users")
    clock.now += timedelta(seconds=5)
    assert "kann sich nicht mehr anmelden" in app.post(
        "/berater/users", data={"deactivate": ana_id, "csrftoken": csrf}).text
    assert "kann sich wieder anmelden" in app.post(
        "/berater/users", data={"activate": ana_id, "csrftoken": csrf}).text
    assert [a for _, a in audit(db_engine)][-2:] == ["user_deactivated", "user_activated"]
    app.cookies.clear()
    for name, value in ana.items():
        app.cookies.set(name, value)
    assert app.get("/berater/", follow_redirects=False).status_code == 303


def test_admin_cannot_touch_another_organisations_accounts(app: TestClient, world: dict[str, str],
                                                           db_engine: Engine) -> None:
    with Session(db_engine) as session:
        bo_id = AccountRepository(session).by_email("bo@b.example").id
    login(app, "admin@a.example")
    page = app.get("/berater/users").text
    assert "ana@a.example" in page and "bo@b.example" not in page
    app.post("/berater/users", data={"deactivate": bo_id, "csrftoken": token(app, "/berater/users")})
    app.cookies.clear()
    assert login(app, "bo@b.example").status_code == 303


def test_a_link_from_a_notification_leads_to_the_handoff_after_login(app: TestClient,
                                                                     world: dict[str, str]) -> None:
    detail = f"/berater/f/{world['LT-AAAAAA']}"
    to_login = app.get(detail, follow_redirects=False).headers["location"]
    assert to_login == "/berater/login?next=" + detail.replace("/", "%2F")
    form = app.get(to_login).text
    assert f'name="next" value="{detail}"' in form
    csrf = re.search(r'name="csrftoken" value="([^"]+)"', form).group(1)
    done = app.post("/berater/login", data={"email": "ana@a.example", "password": PASSWORD,
                                            "csrftoken": csrf, "next": detail}, follow_redirects=False)
    assert done.headers["location"] == detail
    for evil in ("https://evil.example/", "//evil.example/berater/", "/berater/../x", "/elsewhere"):
        app.cookies.clear()
        out = app.post("/berater/login", data={"email": "ana@a.example", "password": PASSWORD,
                                               "csrftoken": token(app), "next": evil},
                       follow_redirects=False)
        assert out.headers["location"] == "/berater/", evil


def test_errors_are_friendly_german_pages(app: TestClient, world: dict[str, str], inbox: Inbox) -> None:
    missing = app.get("/berater/gibt-es-nicht")
    assert missing.status_code == 404 and missing.headers["content-type"].startswith("text/html")
    assert "Diese Seite gibt es nicht" in missing.text
    wrong_method = app.get("/berater/logout")
    assert wrong_method.status_code == 405 and "Das geht so nicht" in wrong_method.text
    login(app, "ana@a.example")

    def broken() -> datetime:
        raise RuntimeError("clock broke: secret internals")

    working, inbox.clock = inbox.clock, broken
    failed = app.get("/berater/")
    inbox.clock = working
    assert failed.status_code == 500 and "Da ist etwas schiefgegangen" in failed.text
    assert "Traceback" not in failed.text and "secret internals" not in failed.text
    assert app.get("/berater/").status_code == 200


def test_inbox_pages_are_not_cached_and_times_are_local(app: TestClient, world: dict[str, str]) -> None:
    login(app, "ana@a.example")
    page = app.get(f"/berater/f/{world['LT-AAAAAA']}")
    assert page.headers["cache-control"] == "no-store"
    assert app.get("/berater/login").headers["cache-control"] == "no-store"
    # created 08:00 UTC = 09:00 in Berlin; transcript lines 08:00, 08:01 … UTC
    assert "24.11.2026 09:00" in page.text and "24.11.2026 09:01" in page.text
    assert "08:00" not in page.text


def test_date_filters_are_local_days(app: TestClient, world: dict[str, str], db_engine: Engine) -> None:
    with Session(db_engine) as session, session.begin():
        late = handoff("org-a", "LT-NACHTS")
        late.created_at = datetime(2026, 11, 23, 23, 30, tzinfo=UTC)  # 00:30 on the 24th in Berlin
        session.add(late)
    login(app, "ana@a.example")
    assert "LT-NACHTS" in app.get("/berater/?since=2026-11-24&until=2026-11-24").text
    assert "LT-NACHTS" not in app.get("/berater/?until=2026-11-23").text
    rows = list(csv.reader(io.StringIO(app.get("/berater/export.csv").text.lstrip("\ufeff")), delimiter=";"))
    assert next(r for r in rows if r[1] == "LT-NACHTS")[:2] == ["24.11.2026 00:30", "LT-NACHTS"]


def test_status_history_shows_who_and_when(app: TestClient, world: dict[str, str], clock: Clock) -> None:
    login(app, "ana@a.example")
    detail = f"/berater/f/{world['LT-AAAAAA']}"
    csrf = token(app, detail)
    app.post(f"{detail}/status", data={"status": "contacted", "csrftoken": csrf})
    clock.now += timedelta(minutes=12)
    app.post(f"{detail}/status", data={"status": "closed", "csrftoken": csrf})
    page = app.get(detail).text
    assert "24.11.2026 10:00</time> ana@a.example: Neu → Kontakt aufgenommen" in page
    assert "24.11.2026 10:12</time> ana@a.example: Kontakt aufgenommen → Abgeschlossen" in page
    assert "Abgeschlossen" in app.get("/berater/?status=closed").text


def test_failed_notifications_are_visible(app: TestClient, world: dict[str, str], db_engine: Engine) -> None:
    with Session(db_engine) as session, session.begin():
        session.add_all([
            NotificationRow(handoff_id=world["LT-AAAAAA"], org_id="org-a", channel="webhook", attempts=3,
                            last_error="ConnectError: <b>refused</b>",
                            next_attempt_at=datetime(2026, 11, 24, 9, 4, tzinfo=UTC)),
            NotificationRow(handoff_id=world["LT-AAAAAB"], org_id="org-a", channel="email", attempts=1,
                            sent_at=datetime(2026, 11, 24, 8, 1, tzinfo=UTC))])
    login(app, "ana@a.example")
    listing = app.get("/berater/").text
    assert re.search(r'class="notified"><strong class="error">nein</strong> \(3 Versuche\)', listing)
    assert re.search(r'class="notified">ja<', listing)
    detail = app.get(f"/berater/f/{world['LT-AAAAAA']}").text
    assert "noch nicht gesendet" in detail and "3 Versuche" in detail
    assert "ConnectError: &lt;b&gt;refused&lt;/b&gt;" in detail and "24.11.2026 10:04" in detail
    assert "gesendet am 24.11.2026 09:01" in app.get(f"/berater/f/{world['LT-AAAAAB']}").text


def test_stay_signed_in_restarts_the_idle_clock(app: TestClient, world: dict[str, str],
                                                clock: Clock) -> None:
    assert app.get("/berater/ping", follow_redirects=False).status_code == 303
    login(app, "ana@a.example")
    assert 'id="idle-warning"' in app.get("/berater/").text and 'data-idle-seconds="900"' in app.get("/berater/").text
    clock.now += timedelta(minutes=14)
    assert app.get("/berater/ping", follow_redirects=False).status_code == 204
    clock.now += timedelta(minutes=14)
    assert app.get("/berater/", follow_redirects=False).status_code == 200


def test_changing_the_own_password_keeps_this_session_and_ends_the_others(
        app: TestClient, world: dict[str, str], clock: Clock, db_engine: Engine) -> None:
    login(app, "ana@a.example")
    other_device = dict(app.cookies)
    assert "Passwort ändern" in app.get("/berater/").text
    form = {"csrftoken": token(app, "/berater/passwort"), "current": PASSWORD}
    new = "ganz-neues-passwort-2026"
    clock.now += timedelta(seconds=5)

    wrong = app.post("/berater/passwort", data=form | {"current": "falsch-falsch-falsch",
                                                       "new": new, "repeated": new})
    assert wrong.status_code == 400 and "Das bisherige Passwort stimmt nicht." in wrong.text
    differ = app.post("/berater/passwort", data=form | {"new": new, "repeated": new + "x"})
    assert differ.status_code == 400 and "nicht gleich" in differ.text
    short = app.post("/berater/passwort", data=form | {"new": "kurz", "repeated": "kurz"})
    assert short.status_code == 400 and "mindestens 12 Zeichen" in short.text
    no_token = app.post("/berater/passwort", data={k: v for k, v in form.items() if k != "csrftoken"}
                        | {"new": new, "repeated": new})
    assert no_token.status_code == 403

    done = app.post("/berater/passwort", data=form | {"new": new, "repeated": new})
    assert done.status_code == 200 and "Dein Passwort ist geändert" in done.text
    assert new not in done.text
    assert app.get("/berater/", follow_redirects=False).status_code == 200  # this session goes on
    assert ("ana@a.example", "password_changed") in audit(db_engine)

    app.cookies.clear()
    for name, value in other_device.items():
        app.cookies.set(name, value)
    assert app.get("/berater/", follow_redirects=False).status_code == 303  # the other one ended
    app.cookies.clear()
    assert login(app, "ana@a.example").status_code == 401  # the old password no longer works
    assert login(app, "ana@a.example", new).status_code == 303
