"""The door of a staff area (/berater for counsellors, /lotsen for internship coordinators):
login with rate limits, a session with an idle timeout that logout voids server-side, the
roles that may enter, and a wrapper that runs a page for a signed-in account in one
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

from limits import parse_many, storage, strategies
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.templating import Jinja2Templates

from bot.storage.accounts import AccountRepository
from bot.storage.tables import AuditRow, UserRow

ACCOUNT_LIMITS = "5/minute;30/hour"  # failed logins for one e-mail from one address
ADDRESS_LIMITS = "20/minute;100/hour"  # failed logins from one address, whatever the e-mail


@dataclass
class Inbox:
    """What the staff pages need: database, idle timeout, clock, time zone, login limits."""

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
            request.session["notice"] = (f"Du wurdest nach {self.inbox.idle_text} ohne "
                                         "Aktivität abgemeldet. Bitte melde dich wieder an.")
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
        address = request.client.host if request.client else "?"
        now = self.inbox.clock()
        with self.inbox.sessions.begin() as session:
            accounts = AccountRepository(session)
            if not self.inbox.login_allowed(address, email):
                audit(session, accounts.by_email(email) if email else None, "login_blocked", at=now)
                return self.page(request, LOGIN, status=429, email=email, next=target,
                                 error="Zu viele Versuche. Bitte warte ein paar Minuten.")
            user = accounts.authenticate(email, password)
            if user is None or user.role not in self.roles:
                self.inbox.count_failed_login(address, email)
                audit(session, accounts.by_email(email) if email else None, "login_failed", at=now)
                return self.page(request, LOGIN, status=401, email=email, next=target,
                                 error="E-Mail oder Passwort stimmt nicht.")
            request.session.clear()  # a fresh session after login (no fixation)
            request.session.update(uid=user.id, seen=now.isoformat(), since=now.isoformat())
            audit(session, user, "login", at=now)
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
        request.session["notice"] = "Du bist abgemeldet."
        return RedirectResponse(f"{self.base}/login", status_code=303)

    def ping(self) -> Callable[[Request], Any]:
        """"Stay signed in": the session's idle clock starts again (nothing is read)."""
        return self.signed_in(lambda request, form, session, user: Response(status_code=204))
