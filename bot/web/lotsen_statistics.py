"""The steering groups' statistics in the coordinators' workspace: /lotsen/statistik (page with
Kreis and period filter, charts with their tables), /lotsen/statistik.xlsx and
/lotsen/statistik.pdf (A4, charts as SVG) – the same suppressed figures in all three.

The routes plug into the router of bot/web/lotsen.py behind its `scoped` wrapper: login, role
and the Kreise of the account's organisation. A Kreis outside them is a 404, like a page that
does not exist.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Any

from sqlalchemy.orm import Session
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.templating import Jinja2Templates

from bot.internships import statistics_texts as words
from bot.internships.statistics import Period, Table, figures, school_year, tables
from bot.internships.statistics_charts import Chart, chart
from bot.internships.statistics_export import statistics_xlsx
from bot.internships.statistics_io import load_world
from bot.storage.tables import UserRow
from bot.web.gate import audit

Scoped = Callable[[Callable[..., Response]], Callable[[Request], Any]]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True, slots=True)
class View:
    """What one request for the statistics shows: scope, period and the suppressed tables."""

    region: str  # the chosen Kreis, "" for all of the account's Kreise
    scope: str  # the Kreis or Kreise in words
    period: Period
    tables: tuple[Table, ...]
    problem: str | None = None  # why the period asked for was not used

    @property
    def period_text(self) -> str:
        return f"{self.period.start:%d.%m.%Y}–{self.period.end:%d.%m.%Y}"

    def charts(self) -> list[tuple[Table, Chart | None]]:
        return [(t, chart(t) if t.key in words.CHARTS else None) for t in self.tables]

    def file_name(self, suffix: str) -> str:
        return words.PDF_FILE.format(region=self.region or "alle", start=self.period.start,
                                     end=self.period.end, suffix=suffix)


def read_period(start: str, end: str, *, today: date) -> tuple[Period, str | None]:
    """The period of the form's two dates (ISO); the school year when empty or unusable."""
    default = school_year(today)
    if not start and not end:
        return default, None
    try:
        first = date.fromisoformat(start) if start else default.start
        last = date.fromisoformat(end) if end else today
    except ValueError:
        return default, words.PERIOD_UNREADABLE
    if last < first:
        return default, words.PERIOD_BACKWARDS
    return Period(first, last), None


def statistics_routes(scoped: Scoped, page: Callable[..., Response], *,
                      templates: Jinja2Templates, names: Callable[[Sequence[str]], dict[str, str]],
                      today: Callable[[], date], now: Callable[[], datetime],
                      tz: tzinfo) -> list[Route]:
    """GET /statistik, /statistik.xlsx and /statistik.pdf for bot/web/lotsen.py's router."""

    def view(request: Request, session: Session, user: UserRow,
             regions: tuple[str, ...]) -> View | None:
        """None when the Kreis asked for is not the account's."""
        chosen = request.query_params.get("region", "")[:12]
        if chosen and chosen not in regions:
            return None
        wanted = (chosen,) if chosen else regions
        day = today()
        period, problem = read_period(request.query_params.get("von", "")[:10],
                                      request.query_params.get("bis", "")[:10], today=day)
        world = load_world(session, regions=wanted, org_id=user.org_id, tz=tz)
        known = names(regions)
        scope = known[chosen] if chosen else (
            ", ".join(known.values()) if len(regions) > 1 else known[regions[0]])
        return View(chosen, scope, period,
                    tables(figures(world, regions=wanted, period=period, today=day)), problem)

    def not_found(request: Request, user: UserRow, regions: Sequence[str]) -> Response:
        return page(request, "not_found.html", user, regions, status=404)

    def download(content: bytes, media: str, name: str) -> Response:
        return Response(content, media_type=media,
                        headers={"content-disposition": f'attachment; filename="{name}"'})

    @scoped
    def statistics_page(request: Request, form: Any, session: Session, user: UserRow,
                        regions: tuple[str, ...]) -> Response:
        shown = view(request, session, user, regions)
        if shown is None:
            return not_found(request, user, regions)
        audit(session, user, "lotsen_statistics", at=now(), region=shown.region,
              start=shown.period.start.isoformat(), end=shown.period.end.isoformat())
        query = request.url.query
        return page(request, "statistik.html", user, regions, view=shown,
                    charts=shown.charts(), choices=list(names(regions).items()),
                    all_regions=words.ALL_REGIONS, query=f"?{query}" if query else "")

    @scoped
    def statistics_xlsx_file(request: Request, form: Any, session: Session, user: UserRow,
                             regions: tuple[str, ...]) -> Response:
        shown = view(request, session, user, regions)
        if shown is None:
            return not_found(request, user, regions)
        audit(session, user, "lotsen_statistics_xlsx", at=now(), region=shown.region)
        content = statistics_xlsx(shown.tables, scope=f"{shown.scope}, {shown.period_text}")
        return download(content, XLSX, shown.file_name("xlsx"))

    @scoped
    def statistics_pdf_file(request: Request, form: Any, session: Session, user: UserRow,
                            regions: tuple[str, ...]) -> Response:
        shown = view(request, session, user, regions)
        if shown is None:
            return not_found(request, user, regions)
        from weasyprint import HTML  # imported here: pango loads only when a PDF is made

        audit(session, user, "lotsen_statistics_pdf", at=now(), region=shown.region)
        html = templates.get_template("lotsen/statistik_druck.html").render(
            view=shown, charts=shown.charts(), title=words.PDF_TITLE,
            made=now().astimezone(tz).strftime("%d.%m.%Y %H:%M"))
        return download(bytes(HTML(string=html).write_pdf()), "application/pdf",
                        shown.file_name("pdf"))

    return [Route("/statistik", statistics_page, methods=["GET"]),
            Route("/statistik.xlsx", statistics_xlsx_file, methods=["GET"]),
            Route("/statistik.pdf", statistics_pdf_file, methods=["GET"])]
