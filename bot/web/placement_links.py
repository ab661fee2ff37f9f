"""The personal links of a placement at /z/TOKEN: the company and the young person agree or
decline with one click, without an account (bot/storage/placement_links.py keeps the tokens).

The company sees the young person only by code, age, school status, wishes and needs (no
name, no contact) until both sides agreed; the young person sees the place. A "no" frees the
place and runs the round again at once, so the next person can get it. Unknown, used, expired
or revoked links get a friendly page that says so – never an error page with details.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route, Router
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp

from bot.internship_service import allocate_round
from bot.internships.labels import (
    KIND_WORDS,
    NEED_WORDS,
    SCHOOL_STATUS_WORDS,
    WEEKDAY_WORDS,
    label,
)
from bot.storage.internships import InternshipRepository
from bot.storage.placement_links import LinkState, PlacementLinks
from bot.storage.tables import InternshipRoundRow
from matching.internships import texts
from matching.internships.law import age_on
from matching.internships.model import WEEKDAYS

HERE = Path(__file__).resolve().parent


def make_link_router(sessions: sessionmaker[Session], *,
                     clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                     today: Callable[[], date] = date.today) -> ASGIApp:
    templates = Jinja2Templates(directory=str(HERE / "templates"))

    def page(request: Request, status: int = 200, **context: Any) -> Response:
        response = templates.TemplateResponse(request, "link/answer.html", context,
                                              status_code=status)
        response.headers["cache-control"] = "no-store"
        return response

    def gone(request: Request, found: LinkState) -> Response:
        title, line = texts.LINK_STATES[found.state]
        return page(request, status=200 if found.state == "answered" else 404, title=title,
                    lines=[line], open=False)

    def show(request: Request, answer: str | None) -> Response:
        token = request.path_params["token"]
        now = clock()
        with sessions.begin() as session:
            links = PlacementLinks(session)
            found = links.find(token, now=now)
            if found.state != "open" or found.row is None:
                return gone(request, found)
            row = found.row
            if answer in ("yes", "no"):
                done = links.answer(token, answer == "yes", now=now)
                if answer == "no" and done.row is not None:
                    round_row = session.get(InternshipRoundRow, row.round_id)
                    if round_row is not None and round_row.region is not None:
                        allocate_round(session, row.round_id, region=round_row.region)
                key = f"{row.role}_{answer}"
                return page(request, title=texts.LINK_THANKS_TITLE, lines=[texts.LINK_DONE[key]],
                            open=False)
            return page(request, token=token, open=True, **_view(session, row, today()))

    async def endpoint(request: Request) -> Response:
        answer = None
        if request.method == "POST":
            form = await request.form()
            answer = str(form.get("answer", ""))
        return await run_in_threadpool(show, request, answer)

    return Router(routes=[Route("/{token}", endpoint, methods=["GET", "POST"])])


def _view(session: Session, row: Any, today: date) -> dict[str, Any]:
    """What each side sees: the company a pseudonymous profile, the young person the place."""
    repo = InternshipRepository(session)
    place = next(p for p in repo.places() if p.id == row.place_id)
    company = next(c for c in repo.companies() if c.id == place.company_id)
    schedule = place.schedule
    when = (f"{schedule.start_date:%d.%m.%Y} bis {schedule.end_date:%d.%m.%Y}, "
            + ", ".join(label(WEEKDAY_WORDS, WEEKDAYS[d]) for d in sorted(schedule.weekdays))
            + f", {schedule.start:%H:%M}–{schedule.end:%H:%M} Uhr")
    internship = [(texts.LINK_FACT_PLACE, f"{place.occupation} ({label(KIND_WORDS, place.kind)})"),
                  (texts.LINK_FACT_WHEN, when)]
    if row.role == "company":
        person = next(a for a in repo.applicants() if a.id == row.applicant_id)
        facts = [(texts.LINK_FACT_CODE, person.id),
                 (texts.LINK_FACT_AGE, str(age_on(person.birth_date, schedule.start_date))),
                 (texts.LINK_FACT_SCHOOL, label(SCHOOL_STATUS_WORDS, person.school_status or "")
                  if person.school_status else "–"),
                 (texts.LINK_FACT_WISHES, ", ".join(person.wishes) or "–"),
                 (texts.LINK_FACT_NEEDS, ", ".join(label(NEED_WORDS, n)
                                                   for n in person.support_needs) or "–"),
                 *internship]
        return {"title": texts.LINK_COMPANY_TITLE.format(company=company.name),
                "lines": [texts.LINK_COMPANY_TEXT], "facts": facts,
                "yes": texts.LINK_COMPANY_YES, "no": texts.LINK_COMPANY_NO}
    facts = [(texts.LINK_FACT_COMPANY, f"{company.name}, {company.postal_code} {company.place}"),
             *internship]
    return {"title": texts.LINK_YOUNG_TITLE, "lines": [texts.LINK_YOUNG_TEXT], "facts": facts,
            "yes": texts.LINK_YOUNG_YES, "no": texts.LINK_YOUNG_NO}
