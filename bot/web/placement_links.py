"""The personal links of a placement at /z/TOKEN: the company and the young person agree or
decline with one click, without an account (bot/storage/placement_links.py keeps the tokens).
The same door serves the loop's other links (bot/internships/loop.py): the company's one-click
attendance, the three to five feedback questions after the internship (with the young
person's optional consent to a follow-up), and the follow-up questions after three and six
months.

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
from bot.internships.loop import (
    open_followup,
    record_attendance,
    record_feedback,
    record_followup,
)
from bot.storage.internships import InternshipRepository
from bot.storage.placement_links import LinkState, PlacementLinks
from bot.storage.tables import InternshipRoundRow
from bot.web.berater_pages import FriendlyErrors
from matching.internships import texts
from matching.internships.law import age_on
from matching.internships.model import WEEKDAYS

HERE = Path(__file__).resolve().parent
MAX_ANSWER = 500  # characters of a free-text answer


def _answers(asked: Any, form: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """The form's answers to the questions: every choice question needs one of its answers,
    free text is optional."""
    answers: dict[str, str] = {}
    for key, _question, choices in asked:
        value = form.get(key, "").strip()
        if choices:
            if value not in {code for code, _ in choices}:
                return {}, [texts.FEEDBACK_MISSING]
            answers[key] = value
        elif value:
            answers[key] = value[:MAX_ANSWER]
    return answers, []


def _place_facts(session: Session, row: Any) -> dict[str, str]:
    repo = InternshipRepository(session)
    place = next(p for p in repo.places() if p.id == row.place_id)
    return {"occupation": place.occupation, "code": row.applicant_id,
            "first_day": f"{place.schedule.start_date:%d.%m.%Y}"}


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

    def show(request: Request, form: dict[str, str] | None) -> Response:
        token = request.path_params["token"]
        now = clock()
        with sessions.begin() as session:
            links = PlacementLinks(session)
            found = links.find(token, now=now)
            if found.state != "open" or found.row is None:
                return gone(request, found)
            row = found.row
            if row.purpose == "confirm":
                return confirm(request, session, links, row, token, form, now)
            if row.purpose == "attendance":
                return attendance(request, session, links, row, token, form, now)
            return questions(request, session, links, row, token, form, now)

    def confirm(request: Request, session: Session, links: PlacementLinks, row: Any, token: str,
                form: dict[str, str] | None, now: datetime) -> Response:
        answer = (form or {}).get("answer")
        if answer in ("yes", "no"):
            done = links.answer(token, answer == "yes", now=now)
            if answer == "no" and done.row is not None:
                round_row = session.get(InternshipRoundRow, row.round_id)
                if round_row is not None and round_row.region is not None:
                    allocate_round(session, row.round_id, region=round_row.region)
            key = f"{'young' if row.role == 'parent' else row.role}_{answer}"
            return page(request, title=texts.LINK_THANKS_TITLE, lines=[texts.LINK_DONE[key]],
                        open=False)
        return page(request, token=token, open=True, **_view(session, row, today()))

    def attendance(request: Request, session: Session, links: PlacementLinks, row: Any,
                   token: str, form: dict[str, str] | None, now: datetime) -> Response:
        answer = (form or {}).get("answer")
        if answer in ("yes", "no"):
            links.use(token, answer=answer, now=now)
            record_attendance(session, row.round_id, row.applicant_id, answer == "yes", now=now)
            return page(request, title=texts.LINK_THANKS_TITLE,
                        lines=[texts.ATTENDANCE_DONE[answer == "yes"]], open=False)
        facts = _place_facts(session, row)
        return page(request, token=token, open=True, title=texts.ATTENDANCE_TITLE,
                    lines=[texts.ATTENDANCE_TEXT.format(**facts)], facts=[],
                    yes=texts.ATTENDANCE_YES, no=texts.ATTENDANCE_NO)

    def questions(request: Request, session: Session, links: PlacementLinks, row: Any,
                  token: str, form: dict[str, str] | None, now: datetime) -> Response:
        kind = "followup" if row.purpose == "followup" else row.role
        asked = texts.FEEDBACK_QUESTIONS.get(kind, ())
        title = (texts.FOLLOWUP_TITLE if row.purpose == "followup"
                 else texts.FEEDBACK_TITLE.get(row.role, texts.FEEDBACK_TITLE["young"]))
        offer_followup = row.purpose == "feedback" and row.role == "young"
        problems: list[str] = []
        if form is not None:
            answers, problems = _answers(asked, form)
            if not problems:
                links.use(token, answer="ok", now=now)
                if row.purpose == "followup":
                    months = open_followup(session, row.round_id, row.applicant_id)
                    if months is not None:
                        record_followup(session, row.round_id, row.applicant_id, months, answers,
                                        now=now)
                    done = texts.FOLLOWUP_DONE
                else:
                    record_feedback(session, row.round_id, row.applicant_id, row.role, answers,
                                    followup=offer_followup and form.get("followup") == "yes",
                                    now=now)
                    done = (texts.FEEDBACK_DONE_COMPANY if row.role == "company"
                            else texts.FEEDBACK_DONE)
                return page(request, title=texts.LINK_THANKS_TITLE, lines=[done], open=False)
        return page(request, status=400 if problems else 200, token=token, open=False,
                    survey=asked, title=title, lines=[], problems=problems,
                    chosen=form or {}, offer_followup=offer_followup,
                    followup_text=texts.FEEDBACK_FOLLOWUP, send=texts.FEEDBACK_SEND)

    async def endpoint(request: Request) -> Response:
        form = None
        if request.method == "POST":
            received = await request.form()
            form = {k: str(v)[:MAX_ANSWER] for k, v in received.items() if isinstance(v, str)}
        return await run_in_threadpool(show, request, form)

    # a broken form, a wrong method or a failure: a German page (templates/link/error.html)
    return FriendlyErrors(Router(routes=[Route("/{token}", endpoint, methods=["GET", "POST"])]),
                          templates, folder="link")


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
    if row.role == "parent":
        return {"title": texts.LINK_PARENT_TITLE, "lines": [texts.LINK_PARENT_TEXT],
                "facts": facts, "yes": texts.LINK_PARENT_YES, "no": texts.LINK_PARENT_NO}
    return {"title": texts.LINK_YOUNG_TITLE, "lines": [texts.LINK_YOUNG_TEXT], "facts": facts,
            "yes": texts.LINK_YOUNG_YES, "no": texts.LINK_YOUNG_NO}
