"""The counsellor inbox at /berater: login, handoff list, detail, status, notes, print, CSV.

Server-rendered with Jinja2 (autoescaping: whatever a young person wrote is shown as text).
Sessions are signed cookies (Starlette SessionMiddleware) with an idle timeout, voided
server-side at logout; every form carries a CSRF token (asgi-csrf, wired in bot/web/app.py);
failed logins are rate limited per account and per address. A counsellor sees only the
handoffs of their own organisation – another organisation's handoff is a 404, exactly like
one that does not exist. Every action is audited. Errors are friendly German pages
(bot/web/berater_pages.py), never a stack trace.
"""

from __future__ import annotations

import csv
import io
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

from limits import parse_many, storage, strategies
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route, Router
from starlette.types import ASGIApp

from bot.storage.accounts import AccountError, AccountRepository
from bot.storage.inbox import CSV_COLUMNS, Filters, InboxRepository, csv_row
from bot.storage.tables import AuditRow, OrganisationRow, UserRow
from bot.web.berater_pages import FriendlyErrors, inbox_templates

log = logging.getLogger("lotse.berater")
ACCOUNT_LIMITS = "5/minute;30/hour"  # failed logins for one e-mail from one address
ADDRESS_LIMITS = "20/minute;100/hour"  # failed logins from one address, whatever the e-mail
SAFE_NEXT = re.compile(r"/berater/[A-Za-z0-9_\-/]*(\?[A-Za-z0-9_\-=&%.]*)?")


@dataclass
class Inbox:
    """Everything the inbox pages need: database, idle timeout, clock, time zone."""

    sessions: sessionmaker[Session]
    idle_minutes: float = 15
    clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    timezone: str = "Europe/Berlin"
    _limiter: strategies.MovingWindowRateLimiter = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._account_limits = parse_many(ACCOUNT_LIMITS)
        self._address_limits = parse_many(ADDRESS_LIMITS)
        self._limiter = strategies.MovingWindowRateLimiter(storage.MemoryStorage())

    def login_allowed(self, address: str, email: str) -> bool:
        return (all(self._limiter.test(i, "account", address, email) for i in self._account_limits)
                and all(self._limiter.test(i, "address", address) for i in self._address_limits))

    def count_failed_login(self, address: str, email: str) -> None:
        for item in self._account_limits:
            self._limiter.hit(item, "account", address, email)
        for item in self._address_limits:
            self._limiter.hit(item, "address", address)

    @property
    def idle_text(self) -> str:
        minutes = self.idle_minutes
        return f"{minutes:g} Minuten" if minutes >= 1 else f"{minutes * 60:g} Sekunden"


def _csrf(request: Request) -> str:
    token = request.scope.get("csrftoken")
    return token() if callable(token) else ""


def _int(value: str | None) -> int | None:
    return int(value) if value and value.strip().isdigit() and len(value) < 4 else None


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def safe_next(value: Any) -> str | None:
    """A page of the inbox to return to after login; anything else (other sites) is dropped."""
    text = str(value or "")
    return text if SAFE_NEXT.fullmatch(text) and "//" not in text else None


def filters_from(request: Request) -> Filters:
    q = request.query_params
    urgent = {"ja": True, "nein": False}.get(q.get("urgent", ""))
    return Filters(status=q.get("status") or None, offer_id=q.get("offer") or None,
                   age_min=_int(q.get("age_min")), age_max=_int(q.get("age_max")),
                   since=_date(q.get("since")), until=_date(q.get("until")), urgent=urgent)


def make_router(inbox: Inbox) -> ASGIApp:
    """The inbox's routes, wrapped so that every error is a friendly page."""
    tz = ZoneInfo(inbox.timezone)
    templates = inbox_templates(tz)

    def page(request: Request, name: str, status: int = 200, **context: Any) -> Response:
        context.setdefault("user", None)
        idle = round(inbox.idle_minutes * 60) if context["user"] is not None else None
        return templates.TemplateResponse(request, f"berater/{name}",
                                          {"csrf": _csrf(request), "idle_seconds": idle, **context},
                                          status_code=status)

    def current_user(request: Request, session: Session) -> UserRow | None:
        uid, seen, since = (request.session.get(k) for k in ("uid", "seen", "since"))
        if not uid or not seen or not since:
            return None
        now = inbox.clock()
        if now - datetime.fromisoformat(seen) > timedelta(minutes=inbox.idle_minutes):
            request.session.clear()
            request.session["notice"] = (f"Du wurdest nach {inbox.idle_text} ohne Aktivität "
                                         "abgemeldet. Bitte melde dich wieder an.")
            return None
        user = session.get(UserRow, uid)
        if user is None or not AccountRepository.session_valid(user, datetime.fromisoformat(since)):
            request.session.clear()
            return None
        request.session["seen"] = now.isoformat()
        return user

    def to_login(request: Request) -> Response:
        back = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        target = safe_next(back) if request.method == "GET" else None
        suffix = f"?next={quote(target, safe='')}" if target and target != "/berater/" else ""
        return RedirectResponse(f"/berater/login{suffix}", status_code=303)

    def not_found(request: Request, user: UserRow) -> Response:
        return page(request, "not_found.html", status=404, user=user)

    Handler = Callable[[Request, Any, Session, UserRow, InboxRepository], Response]

    def signed_in(handler: Handler) -> Callable[[Request], Any]:
        """Run `handler` inside one transaction for a signed-in user; else to the login."""
        def run(request: Request, form: Any) -> Response:
            with inbox.sessions.begin() as session:
                user = current_user(request, session)
                if user is None:
                    return to_login(request)
                return handler(request, form, session, user,
                               InboxRepository(session, user.org_id, tz=tz, clock=inbox.clock))

        async def endpoint(request: Request) -> Response:
            form = await request.form() if request.method == "POST" else None
            return await run_in_threadpool(run, request, form)  # database and argon2 off the loop
        return endpoint

    async def login_form(request: Request) -> Response:
        notice = request.session.pop("notice", None)
        return page(request, "login.html", notice=notice,
                    next=safe_next(request.query_params.get("next")))

    async def login(request: Request) -> Response:
        return await run_in_threadpool(check_login, request, await request.form())

    def check_login(request: Request, form: Any) -> Response:
        email = str(form.get("email", "")).strip().lower()[:254]
        password = str(form.get("password", ""))[:1000]
        target = safe_next(form.get("next"))
        address = request.client.host if request.client else "?"
        with inbox.sessions.begin() as session:
            if not inbox.login_allowed(address, email):
                _audit_login_problem(session, email, "login_blocked", inbox.clock())
                return page(request, "login.html", status=429, email=email, next=target,
                            error="Zu viele Versuche. Bitte warte ein paar Minuten.")
            user = AccountRepository(session).authenticate(email, password)
            if user is None:
                inbox.count_failed_login(address, email)
                _audit_login_problem(session, email, "login_failed", inbox.clock())
                return page(request, "login.html", status=401, email=email, next=target,
                            error="E-Mail oder Passwort stimmt nicht.")
            now = inbox.clock().isoformat()
            request.session.clear()  # a fresh session after login (no fixation)
            request.session.update(uid=user.id, seen=now, since=now)
            InboxRepository(session, user.org_id, clock=inbox.clock).audit(user.email, "login")
        return RedirectResponse(target or "/berater/", status_code=303)

    async def logout(request: Request) -> Response:
        return await run_in_threadpool(end_session, request)

    def end_session(request: Request) -> Response:
        with inbox.sessions.begin() as session:
            user = current_user(request, session)
            if user is not None:
                AccountRepository.end_sessions(user, inbox.clock())  # copies of the cookie too
                InboxRepository(session, user.org_id, clock=inbox.clock).audit(user.email, "logout")
        request.session.clear()
        request.session["notice"] = "Du bist abgemeldet."
        return RedirectResponse("/berater/login", status_code=303)

    @signed_in
    def index(request: Request, form: Any, session: Session, user: UserRow,
              repo: InboxRepository) -> Response:
        f = filters_from(request)
        rows = repo.handoffs(f)
        repo.audit(user.email, "list", count=len(rows))
        org = session.get(OrganisationRow, user.org_id)
        return page(request, "list.html", user=user, org=org, rows=rows, f=f,
                    offers=repo.offers(), query=request.url.query,
                    notified=repo.notifications_by_handoff(rows))

    @signed_in
    def ping(request: Request, form: Any, session: Session, user: UserRow,
             repo: InboxRepository) -> Response:
        """"Stay signed in": the session's idle clock starts again (nothing is read)."""
        return Response(status_code=204)

    @signed_in
    def detail(request: Request, form: Any, session: Session, user: UserRow,
               repo: InboxRepository) -> Response:
        row = repo.get(request.path_params["handoff_id"])
        if row is None:
            repo.audit(user.email, "not_found", handoff_id=request.path_params["handoff_id"][:36])
            return not_found(request, user)
        print_view = request.url.path.endswith("/print")
        repo.audit(user.email, "print" if print_view else "view", handoff_id=row.id)
        return page(request, "print.html" if print_view else "detail.html", user=user,
                    h=row, notes=repo.notes(row), notifications=repo.notifications(row),
                    history=repo.status_history(row))

    @signed_in
    def change(request: Request, form: Any, session: Session, user: UserRow,
               repo: InboxRepository) -> Response:
        row = repo.get(request.path_params["handoff_id"])
        if row is None:
            return not_found(request, user)
        action = request.path_params["action"]
        if action == "status":
            new, old = str(form.get("status", "")), row.status
            if repo.set_status(row, new, by=user.email, now=inbox.clock()):
                repo.audit(user.email, "status", handoff_id=row.id, old=old, new=new)
        elif action == "notes":
            text = str(form.get("text", "")).strip()[:4000]
            if text:
                repo.add_note(row, text, by=user.email)
                repo.audit(user.email, "note", handoff_id=row.id)
        else:
            return not_found(request, user)
        return RedirectResponse(f"/berater/f/{row.id}", status_code=303)

    @signed_in
    def export(request: Request, form: Any, session: Session, user: UserRow,
               repo: InboxRepository) -> Response:
        rows = repo.handoffs(filters_from(request))
        repo.audit(user.email, "export", count=len(rows))
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";")
        writer.writerow(CSV_COLUMNS)
        writer.writerows(csv_row(r, tz) for r in rows)
        name = f"lotse-anfragen-{inbox.clock().astimezone(tz):%Y-%m-%d}.csv"
        return Response("\ufeff" + out.getvalue(), media_type="text/csv; charset=utf-8",
                        headers={"content-disposition": f'attachment; filename="{name}"'})

    @signed_in
    def users(request: Request, form: Any, session: Session, user: UserRow,
              repo: InboxRepository) -> Response:
        if user.role != "admin":
            return not_found(request, user)
        accounts = AccountRepository(session)
        error = done = None
        switch = (form.get("deactivate") or form.get("activate")) if form is not None else None
        if switch:
            target = session.get(UserRow, str(switch))
            if target is not None and target.org_id == user.org_id and target.id != user.id:
                active = bool(form.get("activate"))
                accounts.set_active(target, active, now=inbox.clock())
                repo.audit(user.email, "user_activated" if active else "user_deactivated",
                           target=target.email)
                done = (f"{target.email} kann sich wieder anmelden." if active
                        else f"{target.email} kann sich nicht mehr anmelden.")
        elif form is not None:
            try:
                added = accounts.add_user(
                    org_id=user.org_id, email=str(form.get("email", "")),
                    password=str(form.get("password", "")),
                    role="admin" if form.get("admin") else "counsellor")
                repo.audit(user.email, "user_added", target=added.email)
                done = f"{added.email} ist angelegt."
            except AccountError as exc:
                error = exc.german
        return page(request, "users.html", user=user, users=accounts.users_of(user.org_id),
                    error=error, done=done, audit=repo.audit_log(50))

    @signed_in
    def password(request: Request, form: Any, session: Session, user: UserRow,
                 repo: InboxRepository) -> Response:
        """The account's own password: current one, new one twice; other sessions end."""
        if form is None:
            return page(request, "password.html", user=user)
        now = inbox.clock()
        try:
            AccountRepository(session).change_password(
                user, current=str(form.get("current", ""))[:1000], new=str(form.get("new", ""))[:1000],
                repeated=str(form.get("repeated", ""))[:1000], now=now)
        except AccountError as exc:
            return page(request, "password.html", status=400, user=user, error=exc.german)
        request.session["since"] = now.isoformat()  # this session stays, every other one ends
        repo.audit(user.email, "password_changed")
        return page(request, "password.html", user=user,
                    done="Dein Passwort ist geändert. Andere Anmeldungen mit diesem Konto sind beendet.")

    router = Router(routes=[
        Route("/login", login_form, methods=["GET"]),
        Route("/login", login, methods=["POST"]),
        Route("/logout", logout, methods=["POST"]),
        Route("/", index, methods=["GET"]),
        Route("/export.csv", export, methods=["GET"]),
        Route("/ping", ping, methods=["GET"]),
        Route("/users", users, methods=["GET", "POST"]),
        Route("/passwort", password, methods=["GET", "POST"]),
        Route("/f/{handoff_id}", detail, methods=["GET"]),
        Route("/f/{handoff_id}/print", detail, methods=["GET"]),
        Route("/f/{handoff_id}/{action}", change, methods=["POST"]),
    ])
    return FriendlyErrors(router, templates)


def _audit_login_problem(session: Session, email: str, action: str, now: datetime) -> None:
    """A failed or blocked login: for the organisation of that address, or anonymously
    (an unknown address is not stored – it may be a mistyped password)."""
    user = AccountRepository(session).by_email(email) if email else None
    session.add(AuditRow(at=now, actor=user.email if user else "unbekannt",
                         org_id=user.org_id if user else None, action=action, detail={}))
