"""The counsellor inbox at /berater: login, handoff list, detail, status, notes, print, CSV.

Server-rendered with Jinja2 (autoescaping: whatever a young person wrote is shown as text).
Sessions are signed cookies (Starlette SessionMiddleware) with an idle timeout; every form
carries a CSRF token (asgi-csrf, wired in bot/web/app.py); logins are rate limited. A
counsellor sees only the handoffs of their own organisation – another organisation's
handoff is a 404, exactly like one that does not exist. Every action is audited.
"""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from limits import parse_many, storage, strategies
from sqlalchemy.orm import Session, sessionmaker
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route, Router
from starlette.templating import Jinja2Templates

from bot.storage.accounts import AccountError, AccountRepository
from bot.storage.inbox import CSV_COLUMNS, NEXT_STATUS, Filters, InboxRepository, csv_row
from bot.storage.tables import OrganisationRow, UserRow

log = logging.getLogger("lotse.berater")
HERE = Path(__file__).resolve().parent
LOGIN_LIMITS = "5/minute;30/hour"
STATUS_LABELS = {"new": "Neu", "contacted": "Kontakt aufgenommen", "closed": "Abgeschlossen"}
CONTACT_LABELS = {"phone": "Telefon", "email": "E-Mail", "telegram": "Telegram",
                  "self": "meldet sich selbst"}


@dataclass
class Inbox:
    """Everything the inbox pages need."""

    sessions: sessionmaker[Session]
    idle_minutes: int = 15
    clock: Callable[[], datetime] = lambda: datetime.now(UTC)

    def __post_init__(self) -> None:
        self._limits = parse_many(LOGIN_LIMITS)
        self._limiter = strategies.MovingWindowRateLimiter(storage.MemoryStorage())

    def login_allowed(self, key: str) -> bool:
        return all(self._limiter.test(item, key) for item in self._limits)

    def count_failed_login(self, key: str) -> None:
        for item in self._limits:
            self._limiter.hit(item, key)


def _templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals.update(STATUS_LABELS=STATUS_LABELS, CONTACT_LABELS=CONTACT_LABELS,
                                 NEXT_STATUS=NEXT_STATUS)
    return templates


def _csrf(request: Request) -> str:
    token = request.scope.get("csrftoken")
    return token() if callable(token) else ""


def _int(value: str | None) -> int | None:
    return int(value) if value and value.strip().isdigit() else None


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def filters_from(request: Request) -> Filters:
    q = request.query_params
    urgent = {"ja": True, "nein": False}.get(q.get("urgent", ""))
    return Filters(status=q.get("status") or None, offer_id=q.get("offer") or None,
                   age_min=_int(q.get("age_min")), age_max=_int(q.get("age_max")),
                   since=_date(q.get("since")), until=_date(q.get("until")), urgent=urgent)


def make_router(inbox: Inbox) -> Router:
    templates = _templates()

    def page(request: Request, name: str, status: int = 200, **context: Any) -> Response:
        context.setdefault("user", None)
        return templates.TemplateResponse(request, f"berater/{name}",
                                          {"csrf": _csrf(request), **context}, status_code=status)

    def current_user(request: Request, session: Session) -> UserRow | None:
        uid, seen = request.session.get("uid"), request.session.get("seen")
        if not uid or not seen:
            return None
        now = inbox.clock()
        if now - datetime.fromisoformat(seen) > timedelta(minutes=inbox.idle_minutes):
            request.session.clear()
            request.session["notice"] = "Du wurdest nach 15 Minuten ohne Aktivität abgemeldet."
            return None
        user = session.get(UserRow, uid)
        if user is None or not user.active:
            request.session.clear()
            return None
        request.session["seen"] = now.isoformat()
        return user

    def to_login() -> Response:
        return RedirectResponse("/berater/login", status_code=303)

    def not_found(request: Request, user: UserRow) -> Response:
        return page(request, "not_found.html", status=404, user=user)

    Handler = Callable[[Request, Any, Session, UserRow, InboxRepository], Response]

    def signed_in(handler: Handler) -> Callable[[Request], Any]:
        """Run `handler` inside one transaction for a signed-in user; else to the login."""
        async def endpoint(request: Request) -> Response:
            form = await request.form() if request.method == "POST" else None
            with inbox.sessions.begin() as session:
                user = current_user(request, session)
                if user is None:
                    return to_login()
                return handler(request, form, session, user, InboxRepository(session, user.org_id))
        return endpoint

    async def login_form(request: Request) -> Response:
        notice = request.session.pop("notice", None)
        return page(request, "login.html", notice=notice)

    async def login(request: Request) -> Response:
        form = await request.form()
        email = str(form.get("email", "")).strip().lower()[:254]
        password = str(form.get("password", ""))[:1000]
        client = request.client.host if request.client else "?"
        key = f"{client}|{email}"
        if not inbox.login_allowed(key):
            return page(request, "login.html", status=429, email=email,
                        error="Zu viele Versuche. Bitte warte ein paar Minuten.")
        with inbox.sessions.begin() as session:
            user = AccountRepository(session).authenticate(email, password)
            if user is None:
                inbox.count_failed_login(key)
                _audit_anonymous(session, email)
                return page(request, "login.html", status=401, email=email,
                            error="E-Mail oder Passwort stimmt nicht.")
            request.session.clear()  # a fresh session after login (no fixation)
            request.session.update(uid=user.id, seen=inbox.clock().isoformat())
            InboxRepository(session, user.org_id).audit(user.email, "login")
        return RedirectResponse("/berater/", status_code=303)

    async def logout(request: Request) -> Response:
        with inbox.sessions.begin() as session:
            user = current_user(request, session)
            if user is not None:
                InboxRepository(session, user.org_id).audit(user.email, "logout")
        request.session.clear()
        return to_login()

    @signed_in
    def index(request: Request, form: Any, session: Session, user: UserRow,
              repo: InboxRepository) -> Response:
        f = filters_from(request)
        rows = repo.handoffs(f)
        repo.audit(user.email, "list", count=len(rows))
        org = session.get(OrganisationRow, user.org_id)
        return page(request, "list.html", user=user, org=org, rows=rows, f=f,
                    offers=repo.offers(), query=request.url.query)

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
                    h=row, notes=repo.notes(row), notifications=repo.notifications(row))

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
        writer.writerows(csv_row(r) for r in rows)
        name = f"lotse-anfragen-{inbox.clock():%Y-%m-%d}.csv"
        return Response("\ufeff" + out.getvalue(), media_type="text/csv; charset=utf-8",
                        headers={"content-disposition": f'attachment; filename="{name}"',
                                 "cache-control": "no-store"})

    @signed_in
    def users(request: Request, form: Any, session: Session, user: UserRow,
              repo: InboxRepository) -> Response:
        if user.role != "admin":
            return not_found(request, user)
        accounts = AccountRepository(session)
        error = done = None
        if form is not None and form.get("deactivate"):
            target = session.get(UserRow, str(form.get("deactivate")))
            if target is not None and target.org_id == user.org_id and target.id != user.id:
                accounts.set_active(target, False)
                repo.audit(user.email, "user_deactivated", target=target.email)
                done = f"{target.email} kann sich nicht mehr anmelden."
        elif form is not None:
            try:
                added = accounts.add_user(
                    org_id=user.org_id, email=str(form.get("email", "")),
                    password=str(form.get("password", "")),
                    role="admin" if form.get("admin") else "counsellor")
                repo.audit(user.email, "user_added", target=added.email)
                done = f"{added.email} ist angelegt."
            except AccountError as exc:
                error = str(exc)
        return page(request, "users.html", user=user, users=accounts.users_of(user.org_id),
                    error=error, done=done, audit=repo.audit_log(50))

    return Router(routes=[
        Route("/login", login_form, methods=["GET"]),
        Route("/login", login, methods=["POST"]),
        Route("/logout", logout, methods=["POST"]),
        Route("/", index, methods=["GET"]),
        Route("/export.csv", export, methods=["GET"]),
        Route("/users", users, methods=["GET", "POST"]),
        Route("/f/{handoff_id}", detail, methods=["GET"]),
        Route("/f/{handoff_id}/print", detail, methods=["GET"]),
        Route("/f/{handoff_id}/{action}", change, methods=["POST"]),
    ])


def _audit_anonymous(session: Session, email: str) -> None:
    """A failed login, audited for the organisation of that address if it exists."""
    user = AccountRepository(session).by_email(email)
    if user is not None:
        InboxRepository(session, user.org_id).audit(email, "login_failed")

