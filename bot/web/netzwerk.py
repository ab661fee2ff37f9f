"""The network coordinators' dashboard (/netzwerk): the anonymous demand figures of the Kreise
registered for their organisation, per period, with the period before; every count below
five suppressed. Same door as the counsellor inbox (bot/web/gate.py: login limits, idle
timeout, logout that voids the session, CSRF, audit log) for accounts with the role
"network" or "admin"."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route, Router
from starlette.types import ASGIApp

from bot.internships.statistics import Period, figures
from bot.internships.statistics_io import load_world
from bot.stats import charts
from bot.stats.dashboard import WEEKDAYS, build, previous_period
from bot.stats.export import shown
from bot.stats.gaps import gaps
from bot.stats.gaps import to_xlsx as gaps_xlsx
from bot.stats.tables import Table, dashboard_tables, to_csv, to_xlsx, workspace_table
from bot.storage import demand
from bot.storage.tables import OrganisationRow, UserRow
from bot.web.berater_pages import FriendlyErrors, inbox_templates
from bot.web.gate import Gate, Inbox, audit
from matching.places import PlaceIndex

ROLES = frozenset({"network", "admin"})
DEFAULT_DAYS = 28
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MAX_DAYS = 400


def period_of(request: Request, today: date) -> tuple[date, date, str | None]:
    """The period asked for (`von`, `bis`), else the last four weeks; a note when it was
    unreadable."""
    default = (today - timedelta(days=DEFAULT_DAYS - 1), today)
    raw = (request.query_params.get("von"), request.query_params.get("bis"))
    if not any(raw):
        return (*default, None)
    try:
        start, end = (date.fromisoformat(v or "") for v in raw)
    except ValueError:
        return (*default, "Den Zeitraum konnte ich nicht lesen; gezeigt werden die letzten vier Wochen.")
    if end < start or (end - start).days > MAX_DAYS:
        return (*default, "Der Zeitraum passt nicht (Ende vor Anfang oder länger als "
                          f"{MAX_DAYS} Tage); gezeigt werden die letzten vier Wochen.")
    return start, end, None


def make_netzwerk_router(inbox: Inbox, *, places: PlaceIndex,
                         today: Callable[[], date] | None = None) -> ASGIApp:
    """The dashboard's routes, wrapped so that every error is a friendly German page."""
    tz = ZoneInfo(inbox.timezone)
    if today is None:
        def today() -> date:
            return datetime.now(tz).date()
    templates = inbox_templates(tz)
    templates.env.globals.update(weekdays=WEEKDAYS, bars=charts.bars, heat=charts.heat,
                                 shown=shown)
    gate = Gate(inbox, "/netzwerk", "netzwerk", "Netzwerk", templates, ROLES)

    def names(regions: Sequence[str]) -> dict[str, str]:
        return {r: places.kreis_name(r) or r for r in regions}

    def scope_of(session: Session, user: UserRow) -> tuple[str, ...]:
        org = session.get(OrganisationRow, user.org_id)
        return tuple(sorted(org.regions or [])) if org is not None else ()

    def workspace(session: Session, user: UserRow, region: str, start: date, end: date,
                  before: tuple[date, date]) -> Table | None:
        """The Praktikalotsen figures of the Kreis, when it has a workspace (applicants or
        companies registered there)."""
        world = load_world(session, regions=[region], org_id=user.org_id, tz=tz)
        if not (world.requests or world.companies):
            return None
        day = today()
        return workspace_table(
            figures(world, regions=[region], period=Period(start, end), today=day),
            figures(world, regions=[region], period=Period(*before), today=day))

    def read(request: Request, session: Session, user: UserRow) -> dict[str, Any] | Response:
        """What the dashboard shows for the request's Kreis and period, or the page that
        says why not (no Kreis registered: 403; a Kreis outside the organisation's: 404)."""
        regions = scope_of(session, user)
        if not regions:
            return gate.page(request, "no_scope.html", status=403, user=user)
        region = request.query_params.get("kreis") or regions[0]
        if region not in regions:
            return gate.page(request, "not_found.html", status=404, user=user)
        start, end, note = period_of(request, today())
        before = previous_period(start, end)
        orgs = {o.id: o.name for o in session.scalars(select(OrganisationRow))}
        view = build(demand.counts(session, regions=[region], start=start, end=end),
                     demand.counts(session, regions=[region], start=before[0], end=before[1]),
                     region=region, start=start, end=end, org_names=orgs)
        tables = dashboard_tables(view, workspace=workspace(session, user, region, start, end,
                                                            before))
        period = f"{start.strftime('%d.%m.%Y')} bis {end.strftime('%d.%m.%Y')}"
        return {"view": view, "note": note, "region_names": names(regions), "before": before,
                "tables": {t.key: t for t in tables},
                "title": f"{names(regions)[region]} ({region}), {period}",
                "scope": urlencode({"kreis": region, "von": start.isoformat(),
                                    "bis": end.isoformat()})}

    def dashboard(request: Request, form: Any, session: Session, user: UserRow) -> Response:
        found = read(request, session, user)
        if isinstance(found, Response):
            return found
        view = found["view"]
        audit(session, user, "netzwerk_view", at=inbox.clock(), region=view.region,
              start=view.start.isoformat(), end=view.end.isoformat())
        return gate.page(request, "index.html", user=user, **found)

    def download(request: Request, form: Any, session: Session, user: UserRow) -> Response:
        """One table of the dashboard as CSV or XLSX (`/tabelle/anliegen.csv`), or all of them
        in one workbook (`/tabellen.xlsx`): the same cells as the page, same scope."""
        name = request.path_params.get("name", "tabellen.xlsx")
        key, _, suffix = name.rpartition(".")
        if suffix not in ("csv", "xlsx") or name == "tabellen.csv":
            return gate.page(request, "not_found.html", status=404, user=user)
        found = read(request, session, user)
        if isinstance(found, Response):
            return found
        tables = found["tables"]
        if key != "tabellen" and key not in tables:
            return gate.page(request, "not_found.html", status=404, user=user)
        view = found["view"]
        audit(session, user, "netzwerk_download", at=inbox.clock(), region=view.region,
              table=key, format=suffix)
        file = f"netzwerk-{view.region}-{view.start.isoformat()}-{view.end.isoformat()}-{key}"
        headers = {"content-disposition": f'attachment; filename="{file}.{suffix}"',
                   "cache-control": "no-store"}
        if suffix == "csv":
            return Response(to_csv(tables[key], title=found["title"]),
                            media_type="text/csv; charset=utf-8", headers=headers)
        chosen = list(tables.values()) if key == "tabellen" else [tables[key]]
        return Response(to_xlsx(chosen, title=found["title"]), media_type=XLSX, headers=headers)

    def gap_view(request: Request, session: Session, user: UserRow,
                 kind: str) -> dict[str, Any] | None:
        """The gap report of the organisation's Kreise for the period; `kind` (html, xlsx,
        pdf) goes into the audit log."""
        regions = scope_of(session, user)
        if not regions:
            return None
        start, end, note = period_of(request, today())
        audit(session, user, "netzwerk_gaps", at=inbox.clock(), start=start.isoformat(),
              end=end.isoformat(), format=kind)
        rows = gaps(demand.counts(session, regions=list(regions), start=start, end=end,
                                  dimensions=["answer", "open"]), names(regions))
        period = f"{start.strftime('%d.%m.%Y')} bis {end.strftime('%d.%m.%Y')}"
        return {"gaps": rows, "start": start, "end": end, "note": note, "period": period,
                "region_names": names(regions)}

    def gap_page(request: Request, form: Any, session: Session, user: UserRow) -> Response:
        view = gap_view(request, session, user, "html")
        if view is None:
            return gate.page(request, "no_scope.html", status=403, user=user)
        return gate.page(request, "luecken.html", user=user, **view)

    def gap_xlsx(request: Request, form: Any, session: Session, user: UserRow) -> Response:
        view = gap_view(request, session, user, "xlsx")
        if view is None:
            return gate.page(request, "no_scope.html", status=403, user=user)
        return Response(gaps_xlsx(view["gaps"], period=view["period"]), media_type=XLSX,
                        headers={"content-disposition": 'attachment; filename="bedarfsluecken.xlsx"'})

    def gap_pdf(request: Request, form: Any, session: Session, user: UserRow) -> Response:
        from weasyprint import HTML  # imported here: pango loads only when a PDF is made

        view = gap_view(request, session, user, "pdf")
        if view is None:
            return gate.page(request, "no_scope.html", status=403, user=user)
        html = templates.get_template("netzwerk/luecken_druck.html").render(**view)
        return Response(HTML(string=html).write_pdf(), media_type="application/pdf",
                        headers={"content-disposition": 'attachment; filename="bedarfsluecken.pdf"'})

    router = Router(routes=[
        Route("/login", gate.login_form, methods=["GET"]),
        Route("/login", gate.login, methods=["POST"]),
        Route("/logout", gate.logout, methods=["POST"]),
        Route("/ping", gate.ping(), methods=["GET"]),
        Route("/", gate.signed_in(dashboard), methods=["GET"]),
        Route("/tabellen.xlsx", gate.signed_in(download), methods=["GET"]),
        Route("/tabelle/{name:str}", gate.signed_in(download), methods=["GET"]),
        Route("/luecken", gate.signed_in(gap_page), methods=["GET"]),
        Route("/luecken.xlsx", gate.signed_in(gap_xlsx), methods=["GET"]),
        Route("/luecken.pdf", gate.signed_in(gap_pdf), methods=["GET"]),
    ])
    return FriendlyErrors(router, templates, folder="netzwerk")
