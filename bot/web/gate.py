"""The door of a staff area (/berater for counsellors, /lotsen for internship coordinators):
login with rate limits shared by every process (bot/login_limits.py) and a bounded number of
password hashes at a time (bot/passwords.py), a session with an idle timeout that logout
voids server-side, the roles that may enter, and a wrapper that runs a page for a signed-in account in one
transaction. The CSRF check and the signed session cookie are wired per area in
bot/web/app.py; every login, logout and failure is audited.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.templating import Jinja2Templates

from bot import login_texts
from bot.limits_store import SqlCounter, WindowCounter
from bot.login_limits import LoginLimits
from bot.passwords import BoundedHasher, HashingBusy
from bot.storage.accounts import HASHER, AccountRepository
from bot.storage.tables import AuditRow, UserRow


@dataclass
class Inbox:
    """What the staff pages need: database, idle timeout, clock, time zone, login limits
    (counted in `counter`: Redis, else the database's table, so every process sees them)
    and the process's bounded password hasher."""

    sessions: sessionmaker[Session]
    idle_minutes: float = 15
    clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    timezone: str = "Europe/Berlin"
    counter: WindowCounter | None = None
    hasher: BoundedHasher = HASHER
    limits: LoginLimits = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.limits = LoginLimits(self.counter or SqlCounter(self.sessions))

    @property
    def idle_text(self) -> str:
        minutes = self.idle_minutes
        return f"{minutes:g} Minuten" if minutes >= 1 else f"{minutes * 60:g} Sekunden"


def csrf_token(request: Request) -> str:
    token = request.scope.get("csrftoken")
    return token() if callable(token) else ""


def audit(session: Session, user: UserRow | None, action: str, *, at: datetime,
          actor: str | None = None, handoff_id: str | None = None, **detail: Any) -> None:
    """One line of the audit log, for the account's organisation."""
    session.add(AuditRow(at=at, actor=actor or (user.email if user else "unbekannt"),
                         org_id=user.org_id if user else None, action=action,
                         handoff_id=handoff_id, detail=detail))


LOGIN = "staff/login.html"  # one login page for every area, in the area's frame
# a page handler: (request, form or None, session, signed-in account) → response
Handler = Callable[[Request, Any, Session, UserRow], Response]


@dataclass
class Gate:
    """Login, idle timeout and logout of one staff area, for the accounts of `roles`."""

    inbox: Inbox
    base: str  # "/berater"
    folder: str  # the area's template folder, "berater"
    title: str  # the area's name in the page header, "Posteingang"
    templates: Jinja2Templates
    roles: frozenset[str]
    safe: re.Pattern[str] = field(init=False)

    def __post_init__(self) -> None:
        # every page of the area (error pages too) knows where it is: staff/base.html
        self.templates.env.globals.update(area=self.base, area_folder=self.folder,
                                          area_title=self.title)
        self.safe = re.compile(re.escape(self.base) + r"/[A-Za-z0-9_\-/]*(\?[A-Za-z0-9_\-=&%.]*)?")

    def page(self, request: Request, name: str, status: int = 200, **context: Any) -> Response:
        """The area's template `name` ("list.html"), or a shared one ("staff/login.html")."""
        context.setdefault("user", None)
        idle = round(self.inbox.idle_minutes * 60) if context["user"] is not None else None
        return self.templates.TemplateResponse(
            request, name if "/" in name else f"{self.folder}/{name}",
            {"csrf": csrf_token(request), "idle_seconds": idle, **context}, status_code=status)

    def safe_next(self, value: Any) -> str | None:
        """A page of this area to return to after login; anything else is dropped."""
        text = str(value or "")
        return text if self.safe.fullmatch(text) and "//" not in text else None

    def current_user(self, request: Request, session: Session) -> UserRow | None:
        uid, seen, since = (request.session.get(k) for k in ("uid", "seen", "since"))
        if not uid or not seen or not since:
            return None
        now = self.inbox.clock()
        if now - datetime.fromisoformat(seen) > timedelta(minutes=self.inbox.idle_minutes):
            request.session.clear()
            request.session["notice"] = login_texts.idle_logout(self.inbox.idle_text)
            return None
        user = session.get(UserRow, uid)
        if (user is None or user.role not in self.roles
                or not AccountRepository.session_valid(user, datetime.fromisoformat(since))):
            request.session.clear()
            return None
        request.session["seen"] = now.isoformat()
        return user

    def to_login(self, request: Request) -> Response:
        back = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        target = self.safe_next(back) if request.method == "GET" else None
        suffix = f"?next={quote(target, safe='')}" if target and target != f"{self.base}/" else ""
        return RedirectResponse(f"{self.base}/login{suffix}", status_code=303)

    def signed_in(self, handler: Handler) -> Callable[[Request], Any]:
        """Run `handler` inside one transaction for a signed-in account; else to the login."""
        def run(request: Request, form: Any) -> Response:
            with self.inbox.sessions.begin() as session:
                user = self.current_user(request, session)
                if user is None:
                    return self.to_login(request)
                return handler(request, form, session, user)

        async def endpoint(request: Request) -> Response:
            form = await request.form() if request.method == "POST" else None
            return await run_in_threadpool(run, request, form)  # database and argon2 off the loop
        return endpoint

    async def login_form(self, request: Request) -> Response:
        notice = request.session.pop("notice", None)
        return self.page(request, LOGIN, notice=notice,
                         next=self.safe_next(request.query_params.get("next")))

    async def login(self, request: Request) -> Response:
        return await run_in_threadpool(self._check_login, request, await request.form())

    def _check_login(self, request: Request, form: Any) -> Response:
        email = str(form.get("email", "")).strip().lower()[:254]
        password = str(form.get("password", ""))[:1000]
        target = self.safe_next(form.get("next"))
        # the peer, or the client a trusted proxy names (uvicorn's proxy_headers with
        # LOTSE_TRUSTED_PROXIES, see bot/proxies.py); never a header from anyone else
        address = request.client.host if request.client else "?"
        now = self.inbox.clock()
        with self.inbox.sessions.begin() as session:  # short: the counter has its own
            exists = bool(email) and AccountRepository(session).by_email(email) is not None
        admitted = self.inbox.limits.admit(email=email, address=address, account_exists=exists)
        with self.inbox.sessions.begin() as session:
            accounts = AccountRepository(session, hasher=self.inbox.hasher)
            account = accounts.by_email(email) if email else None

            def refuse(status: int, action: str, error: str) -> Response:
                audit(session, account, action, at=now)
                return self.page(request, LOGIN, status=status, email=email, next=target,
                                 error=error)

            if not admitted:
                return refuse(429, "login_blocked", login_texts.TOO_MANY_TRIES)
            try:
                user = accounts.check_password(account, password)
            except HashingBusy:
                return refuse(503, "login_busy", login_texts.BUSY)
            if user is None or user.role not in self.roles:
                return refuse(401, "login_failed", login_texts.WRONG_LOGIN)
            request.session.clear()  # a fresh session after login (no fixation)
            request.session.update(uid=user.id, seen=now.isoformat(), since=now.isoformat())
            audit(session, user, "login", at=now)
        self.inbox.limits.succeeded(email=email, address=address)
        return RedirectResponse(target or f"{self.base}/", status_code=303)

    async def logout(self, request: Request) -> Response:
        return await run_in_threadpool(self._end_session, request)

    def _end_session(self, request: Request) -> Response:
        with self.inbox.sessions.begin() as session:
            user = self.current_user(request, session)
            if user is not None:
                AccountRepository.end_sessions(user, self.inbox.clock())  # copies of the cookie too
                audit(session, user, "logout", at=self.inbox.clock())
        request.session.clear()
        request.session["notice"] = login_texts.LOGGED_OUT
        return RedirectResponse(f"{self.base}/login", status_code=303)

    def ping(self) -> Callable[[Request], Any]:
        """"Stay signed in": the session's idle clock starts again (nothing is read)."""
        return self.signed_in(lambda request, form, session, user: Response(status_code=204))
