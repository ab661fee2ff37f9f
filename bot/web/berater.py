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
from collections.abc import Callable
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route, Router
from starlette.types import ASGIApp

from bot.storage import fact_reports
from bot.storage.accounts import AccountError, AccountRepository
from bot.storage.inbox import CSV_COLUMNS, Filters, InboxRepository, csv_row
from bot.storage.tables import OrganisationRow, UserRow
from bot.web.berater_pages import FriendlyErrors, inbox_templates
from bot.web.gate import Gate, Inbox

__all__ = ["Inbox", "filters_from", "make_router"]
log = logging.getLogger("lotse.berater")
# coordinators read the chat requests their organisation takes here too (the same handoffs)
ROLES = frozenset({"counsellor", "coordinator", "admin"})


def _int(value: str | None) -> int | None:
    return int(value) if value and value.strip().isdigit() and len(value) < 4 else None


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


def make_router(inbox: Inbox) -> ASGIApp:
    """The inbox's routes, wrapped so that every error is a friendly page."""
    tz = ZoneInfo(inbox.timezone)
    gate = Gate(inbox, "/berater", "berater", "Posteingang", inbox_templates(tz), ROLES)
    page = gate.page

    def not_found(request: Request, user: UserRow) -> Response:
        return page(request, "not_found.html", status=404, user=user)

    Handler = Callable[[Request, Any, Session, UserRow, InboxRepository], Response]

    def signed_in(handler: Handler) -> Callable[[Request], Any]:
        """`gate.signed_in` with the account's inbox repository."""
        return gate.signed_in(lambda request, form, session, user: handler(
            request, form, session, user,
            InboxRepository(session, user.org_id, tz=tz, clock=inbox.clock)))

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

    @signed_in
    def reports(request: Request, form: Any, session: Session, user: UserRow,
                repo: InboxRepository) -> Response:
        """Reports of wrong facts from the offer directory (/angebote): read, close, reopen."""
        scope = fact_reports.scope_of(session, user)
        if form is not None:
            changed = fact_reports.set_status(session, scope, str(form.get("report", "")),
                                              str(form.get("status", "")), by=user.email,
                                              now=inbox.clock())
            if changed is not None:
                repo.audit(user.email, "fact_report", report=changed.id, status=changed.status)
            return RedirectResponse("/berater/hinweise", status_code=303)
        shown = request.query_params.get("status", "new")
        rows = fact_reports.listing(session, scope, status=shown if shown in fact_reports.STATUSES
                                    else None)
        return page(request, "reports.html", user=user, rows=rows, shown=shown,
                    admin=user.role == "admin", topics=fact_reports.TOPICS, statuses=fact_reports.STATUSES)

    router = Router(routes=[
        Route("/login", gate.login_form, methods=["GET"]),
        Route("/login", gate.login, methods=["POST"]),
        Route("/logout", gate.logout, methods=["POST"]),
        Route("/", index, methods=["GET"]),
        Route("/export.csv", export, methods=["GET"]),
        Route("/ping", gate.ping(), methods=["GET"]),
        Route("/users", users, methods=["GET", "POST"]),
        Route("/passwort", password, methods=["GET", "POST"]),
        Route("/hinweise", reports, methods=["GET", "POST"]),
        Route("/f/{handoff_id}", detail, methods=["GET"]),
        Route("/f/{handoff_id}/print", detail, methods=["GET"]),
        Route("/f/{handoff_id}/{action}", change, methods=["POST"]),
    ])
    return FriendlyErrors(router, gate.templates)
