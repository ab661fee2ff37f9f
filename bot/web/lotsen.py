"""The coordinators' workspace at /lotsen (Praktikalotsen): places, applicants, import with its
validation report, assignment rounds with reasons and rule checks, pins and exclusions, export.

Same door as the counsellor inbox (bot/web/gate.py: login limits, idle timeout, logout that
voids the session, CSRF on every form, audit log) for accounts with the role "coordinator" or
"admin". A coordinator sees only the Kreise of their organisation (`organisations.regions`):
a place, applicant or round of another Kreis is a 404, exactly like one that does not exist.
Applicants appear by code only. Server-rendered, German, errors as friendly pages.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route, Router
from starlette.types import ASGIApp

from bot.internship_service import (
    EXPLAINED,
    allocate_round,
    export_tables,
    import_file,
    report_lines,
)
from bot.internships import TEMPLATES, TableError, load_occupations, parse
from bot.internships.columns import APPLICANTS, COMPANIES, PLACES
from bot.internships.documents import PAPERS, Placement
from bot.internships.from_chat import applicant_values
from bot.internships.labels import (
    CONTACT_CHANNELS,
    CONTACT_ROLES,
    GROUP_WORDS,
    KIND_WORDS,
    NEED_WORDS,
    PAPER_NAMES,
    PLACEMENT_STATUS_WORDS,
    REQUIREMENT_WORDS,
    label,
)
from bot.internships.loop import call_list, publish
from bot.internships.records import to_row
from bot.internships.tables_io import Row, Sheet
from bot.storage.internships import PLACEMENT_STATUSES, InternshipRepository
from bot.storage.placement_links import LINK_DAYS, PlacementLinks
from bot.storage.tables import (
    HandoffRow,
    InternshipAssignmentRow,
    InternshipRoundRow,
    OrganisationRow,
    UserRow,
)
from bot.web.berater_pages import FriendlyErrors, inbox_templates
from bot.web.gate import Gate, Inbox, audit
from bot.web.lotsen_statistics import statistics_routes
from matching.internships import texts
from matching.internships.law import age_on, check_pair
from matching.internships.model import Applicant, Company, InternshipPlace
from matching.places import PlaceIndex

ROLES = frozenset({"coordinator", "admin"})
# the path's word → the table kind
EDITABLE = {"betrieb": COMPANIES, "platz": PLACES, "bewerbung": APPLICANTS}
EDIT_HEADINGS = {(COMPANIES, True): "Neuer Betrieb", (COMPANIES, False): "Betrieb bearbeiten",
                 (PLACES, True): "Neuer Platz", (PLACES, False): "Platz bearbeiten",
                 (APPLICANTS, True): "Neue Bewerbung", (APPLICANTS, False): "Bewerbung bearbeiten"}
ROUND_ID = re.compile(r"[a-z0-9][a-z0-9-]{1,62}")
MAX_UPLOAD = 5 * 1024 * 1024  # an import file of 5 MB holds tens of thousands of rows


def _words(words: Mapping[str, tuple[str, ...]]) -> Callable[[Sequence[str]], str]:
    return lambda codes: ", ".join(label(words, c) for c in codes) or "–"


def make_lotsen_router(inbox: Inbox, *, places: PlaceIndex, data_dir: Path,
                       today: Callable[[], date] | None = None) -> ASGIApp:
    """The workspace's routes, wrapped so that every error is a friendly page. `today` is the
    date in the inbox's time zone (an applicant's day is counted there: between 23:00 and
    midnight UTC the machine's date was a day behind Berlin's and the statistics lost the
    day's applicants)."""
    tz = ZoneInfo(inbox.timezone)
    if today is None:
        def today() -> date:
            return datetime.now(tz).date()
    templates = inbox_templates(tz)
    templates.env.filters.update(
        kind=lambda code: label(KIND_WORDS, code), requirements=_words(REQUIREMENT_WORDS),
        support=_words(NEED_WORDS), groups=_words(GROUP_WORDS),
        age=lambda birth: age_on(birth, today()),
        status=lambda code: label(PLACEMENT_STATUS_WORDS, code),
        status_button=lambda code: PLACEMENT_STATUS_WORDS[code][-1])
    templates.env.globals.update(paper_names=PAPER_NAMES, contact_roles=CONTACT_ROLES,
                                 contact_channels=CONTACT_CHANNELS)
    gate = Gate(inbox, "/lotsen", "lotsen", "Praktikalotsen", templates, ROLES)

    def names(regions: Sequence[str]) -> dict[str, str]:
        return {r: places.kreis_name(r) or r for r in regions}

    Handler = Callable[[Request, Any, Session, UserRow, tuple[str, ...]], Response]

    def scoped(handler: Handler) -> Callable[[Request], Any]:
        """`gate.signed_in` with the Kreise the account's organisation coordinates."""
        def run(request: Request, form: Any, session: Session, user: UserRow) -> Response:
            org = session.get(OrganisationRow, user.org_id)
            regions = tuple(sorted(org.regions or [])) if org is not None else ()
            if not regions:
                return gate.page(request, "no_scope.html", status=403, user=user)
            return handler(request, form, session, user, regions)
        return gate.signed_in(run)

    def page(request: Request, name: str, user: UserRow, regions: Sequence[str],
             status: int = 200, **context: Any) -> Response:
        return gate.page(request, name, status=status, user=user,
                         region_names=names(regions), **context)

    def not_found(request: Request, user: UserRow, regions: Sequence[str]) -> Response:
        return page(request, "not_found.html", user, regions, status=404)

    def now() -> Any:
        return inbox.clock()

    @scoped
    def index(request: Request, form: Any, session: Session, user: UserRow,
              regions: tuple[str, ...]) -> Response:
        repo = InternshipRepository(session)
        stored = repo.places()
        people = repo.applicants()
        companies = repo.companies()
        region_of = {c.id: c.region for c in companies}
        counts = [{"region": r, "name": names(regions)[r],
                   "companies": sum(c.region == r for c in companies),
                   "places": sum(region_of.get(p.company_id) == r for p in stored),
                   "applicants": sum(a.region == r for a in people)} for r in regions]
        rounds = list(session.scalars(select(InternshipRoundRow)
                                      .where(InternshipRoundRow.region.in_(regions))
                                      .order_by(InternshipRoundRow.created_at.desc())))
        requests = session.scalar(select(func.count()).select_from(HandoffRow).where(
            HandoffRow.org_id == user.org_id, HandoffRow.status == "new")) or 0
        taken = {a.id for a in people}
        chats = [h for h in session.scalars(select(HandoffRow).where(
            HandoffRow.org_id == user.org_id, HandoffRow.status != "closed")
            .order_by(HandoffRow.created_at.desc()).limit(50)) if h.reference not in taken]
        audit(session, user, "lotsen_overview", at=now())
        return page(request, "index.html", user, regions, counts=counts, rounds=rounds,
                    requests=requests, chats=chats,
                    notice=request.session.pop("notice", None),
                    error=request.session.pop("error", None))

    @scoped
    def place_list(request: Request, form: Any, session: Session, user: UserRow,
                   regions: tuple[str, ...]) -> Response:
        repo = InternshipRepository(session)
        chosen = request.query_params.get("region", "")
        wanted = (chosen,) if chosen in regions else regions
        q = request.query_params.get("q", "").strip()[:100]
        by_id = {c.id: c for c in repo.companies()}
        rows = [(p, by_id[p.company_id]) for region in wanted for p in repo.places(region=region)
                if p.company_id in by_id]
        if q:
            folded = q.casefold()
            rows = [(p, c) for p, c in rows
                    if folded in p.occupation.casefold() or folded in c.name.casefold()]
        audit(session, user, "lotsen_places", at=now(), count=len(rows))
        return page(request, "places.html", user, regions, rows=rows, q=q, region=chosen,
                    choices=list(names(regions).items()))

    @scoped
    def applicant_list(request: Request, form: Any, session: Session, user: UserRow,
                       regions: tuple[str, ...]) -> Response:
        repo = InternshipRepository(session)
        chosen = request.query_params.get("region", "")
        wanted = (chosen,) if chosen in regions else regions
        q = request.query_params.get("q", "").strip()[:100]
        rows = [a for a in repo.applicants() if a.region in wanted]
        if q:
            folded = q.casefold()
            rows = [a for a in rows if folded in a.id.casefold()
                    or any(folded in w.casefold() for w in a.wishes)]
        contacts = repo.contacts(a.id for a in rows)
        audit(session, user, "lotsen_applicants", at=now(), count=len(rows))
        return page(request, "applicants.html", user, regions, rows=rows, q=q, region=chosen,
                    choices=list(names(regions).items()), contacts=contacts)

    @scoped
    def applicant_page(request: Request, form: Any, session: Session, user: UserRow,
                       regions: tuple[str, ...]) -> Response:
        """One applicant by code: facts, and the consented contacts the links go to."""
        repo = InternshipRepository(session)
        code = request.path_params["code"][:64]
        person = next((a for a in repo.applicants() if a.id == code), None)
        if person is None or person.region not in regions:
            return not_found(request, user, regions)
        problems: list[str] = []
        if form is not None:
            problems = _save_contact(repo, code, form, user.email, now())
            if not problems:
                audit(session, user, "lotsen_contact", at=now(), applicant=code)
                request.session["notice"] = "Gespeichert."
                return RedirectResponse(f"/lotsen/bewerbungen/{code}", status_code=303)
        audit(session, user, "lotsen_applicant", at=now(), applicant=code)
        return page(request, "applicant.html", user, regions, status=400 if problems else 200,
                    person=person, contacts=repo.contacts([code]).get(code, {}),
                    problems=problems, values=dict(form or {}),
                    notice=request.session.pop("notice", None))

    @scoped
    def import_page(request: Request, form: Any, session: Session, user: UserRow,
                    regions: tuple[str, ...]) -> Response:
        if form is None:
            return page(request, "import.html", user, regions)
        upload = form.get("file")
        if not isinstance(upload, UploadFile) or not upload.filename:
            return page(request, "import.html", user, regions, status=400,
                        error="Bitte wähle eine Datei aus.")
        content = upload.file.read(MAX_UPLOAD + 1)
        if len(content) > MAX_UPLOAD:
            return page(request, "import.html", user, regions, status=413,
                        error="Die Datei ist größer als 5 MB. Bitte teile sie auf.")
        suffix = Path(upload.filename).suffix.lower()
        dry_run = bool(form.get("dry_run"))
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"upload{suffix}"
            path.write_bytes(content)
            try:
                result = import_file(session, path, places=places, data_dir=data_dir,
                                     dry_run=dry_run, regions=frozenset(regions))
            except TableError as exc:
                return page(request, "import.html", user, regions, status=400, error=str(exc))
        audit(session, user, "lotsen_import", at=now(), file=upload.filename[:100],
              saved=result.saved, ok=result.ok)
        if not result.ok:
            return page(request, "import.html", user, regions, status=400, report=result.report,
                        error="Nichts übernommen: Die Datei hat Fehler (siehe Bericht).")
        done = ("Geprüft – alles in Ordnung, nichts gespeichert." if dry_run
                else f"Übernommen: {result.counts.text()}.")
        return page(request, "import.html", user, regions, report=result.report, done=done)

    @scoped
    def new_round(request: Request, form: Any, session: Session, user: UserRow,
                  regions: tuple[str, ...]) -> Response:
        round_id = str(form.get("round", "")).strip()
        region = str(form.get("region", ""))
        if not ROUND_ID.fullmatch(round_id) or region not in regions:
            request.session["error"] = ("Bitte gib der Runde einen Namen aus Kleinbuchstaben, "
                                        "Ziffern und Bindestrichen und wähle einen Kreis.")
            return RedirectResponse("/lotsen/", status_code=303)
        existing = session.get(InternshipRoundRow, round_id)
        if existing is not None and existing.region not in regions:
            return not_found(request, user, regions)
        return _allocate(request, session, user, round_id, region)

    def _allocate(request: Request, session: Session, user: UserRow, round_id: str,
                  region: str, notice: str | None = None) -> Response:
        result = allocate_round(session, round_id, region=region)
        audit(session, user, "lotsen_allocate", at=now(), round=round_id,
              placed=result.report.placed)
        rejected = [f"{a} → {p}: {why}" for a, p, why in result.allocation.rejected_pins]
        request.session["notice"] = notice or "Neu zugeteilt."
        if rejected:
            request.session["warning"] = "Nicht festgelegt: " + "; ".join(rejected)
        return RedirectResponse(f"/lotsen/runden/{round_id}", status_code=303)

    def scoped_round(session: Session, request: Request,
                     regions: tuple[str, ...]) -> InternshipRoundRow | None:
        row = session.get(InternshipRoundRow, request.path_params["round_id"][:64])
        return row if row is not None and row.region in regions else None

    @scoped
    def round_page(request: Request, form: Any, session: Session, user: UserRow,
                   regions: tuple[str, ...]) -> Response:
        row = scoped_round(session, request, regions)
        if row is None:
            return not_found(request, user, regions)
        repo = InternshipRepository(session)
        assigned = repo.assignments(row.id)
        report = dict(row.report or {})
        explained = report.pop(EXPLAINED, {})
        by_place = {p.id: p for p in repo.places(region=row.region)}
        companies = {c.id: c for c in repo.companies()}
        pins = repo.pins(row.id)
        statuses = repo.statuses(row.id)
        loop = {r.applicant_id: r for r in session.scalars(select(InternshipAssignmentRow).where(
            InternshipAssignmentRow.round_id == row.id))}
        calls = [(r, by_place.get(r.place_id), companies.get(
            getattr(by_place.get(r.place_id), "company_id", ""))) for r in call_list(session, row.id)]
        contacts = repo.contacts(loop)
        rows = []
        for person in repo.applicants(round_id=row.id):
            place = by_place.get(assigned.get(person.id, ""))
            company = companies.get(place.company_id) if place else None
            checks = check_pair(person, place, company) if place and company else ()
            about = explained.get(person.id, {})
            rows.append({"code": person.id, "place": place, "company": company,
                         "rank": about.get("wish_rank") if place else None,
                         "reason": about.get("reason", ""), "checks": checks,
                         "warnings": sum(c.warning for c in checks),
                         "status": statuses.get(person.id) if place else None,
                         "next": _next_status(statuses.get(person.id)) if place else None,
                         "pinned": pins.get(person.id) == (place.id if place else None),
                         "loop": loop.get(person.id) if place else None,
                         "papers": [name for name, paper in PAPERS.items() if place and company
                                    and paper.offered(Placement(row.id, person, place, company))]})
        audit(session, user, "lotsen_round", at=now(), round=row.id)
        return page(request, "round.html", user, regions, round=row, rows=rows, calls=calls,
                    contacts=contacts,
                    report_lines=_report_lines(row.id, report), pins=sorted(pins.items()),
                    exclusions=sorted(repo.exclusions(row.id)),
                    notice=request.session.pop("notice", None),
                    warning=request.session.pop("warning", None))

    @scoped
    def decide(request: Request, form: Any, session: Session, user: UserRow,
               regions: tuple[str, ...]) -> Response:
        row = scoped_round(session, request, regions)
        if row is None or row.region is None:
            return not_found(request, user, regions)
        applicant = str(form.get("applicant", "")).strip()[:64]
        place = str(form.get("place", "")).strip()[:64]
        repo = InternshipRepository(session)
        action = request.path_params["action"]
        try:
            if action == "festlegen":
                repo.pin(row.id, applicant, place, actor=user.email)
                notice = f"{applicant} ist fest {place} zugeteilt, neu zugeteilt."
            elif action == "ausschliessen":
                repo.exclude(row.id, applicant, place, actor=user.email)
                notice = f"{applicant} bekommt {place} nicht mehr, neu zugeteilt."
            elif action == "weiter":
                status = repo.advance(row.id, applicant, actor=user.email, now=now())
                request.session["notice"] = f"{applicant}: {label(PLACEMENT_STATUS_WORDS, status)}."
                audit(session, user, "lotsen_status", at=now(), round=row.id, status=status)
                return RedirectResponse(f"/lotsen/runden/{row.id}", status_code=303)
            elif action == "veroeffentlichen":
                asked = publish(session, row.id, now=now(), actor=user.email)
                request.session["notice"] = texts.PUBLISHED.format(count=asked)
                audit(session, user, "lotsen_publish", at=now(), round=row.id, asked=asked)
                return RedirectResponse(f"/lotsen/runden/{row.id}", status_code=303)
            elif action == "widerrufen":
                if session.get(InternshipAssignmentRow, (row.id, applicant)) is None:
                    raise ValueError(f"no placement of {applicant!r}")
                PlacementLinks(session).revoke(row.id, applicant, now=now())
                repo.log(user.email, "links_revoked", round_id=row.id, applicant_id=applicant,
                         now=now())
                request.session["notice"] = texts.LINKS_REVOKED.format(code=applicant)
                audit(session, user, "lotsen_links_revoked", at=now(), round=row.id)
                return RedirectResponse(f"/lotsen/runden/{row.id}", status_code=303)
            elif action == "links":
                tokens = PlacementLinks(session).create(row.id, applicant, now=now(),
                                                        actor=user.email)
                base = str(request.base_url).rstrip("/")
                request.session["notice"] = texts.LINKS_MADE.format(
                    code=applicant, company=f"{base}/z/{tokens['company']}",
                    young=f"{base}/z/{tokens['young']}", days=LINK_DAYS)
                audit(session, user, "lotsen_links", at=now(), round=row.id)
                return RedirectResponse(f"/lotsen/runden/{row.id}", status_code=303)
            elif action == "loesen":
                repo.unpin(row.id, applicant, actor=user.email)
                notice = f"{applicant} ist nicht mehr fest zugeteilt, neu zugeteilt."
            elif action == "zulassen":
                repo.unexclude(row.id, applicant, place, actor=user.email)
                notice = f"{applicant} kann {place} wieder bekommen, neu zugeteilt."
            else:
                return not_found(request, user, regions)
        except ValueError:
            request.session["warning"] = (f"{applicant or '–'} oder {place or '–'} gehört nicht "
                                          "zu dieser Runde.")
            return RedirectResponse(f"/lotsen/runden/{row.id}", status_code=303)
        return _allocate(request, session, user, row.id, row.region, notice)

    @scoped
    def export(request: Request, form: Any, session: Session, user: UserRow,
               regions: tuple[str, ...]) -> Response:
        row = scoped_round(session, request, regions)
        if row is None:
            return not_found(request, user, regions)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"{row.id}.xlsx"
            export_tables(session, path, kinds=("companies", "places", "applicants", "assignments"),
                          round_id=row.id, region=row.region, places=places)
            content = path.read_bytes()
        audit(session, user, "lotsen_export", at=now(), round=row.id)
        return Response(content, media_type="application/vnd.openxmlformats-officedocument."
                        "spreadsheetml.sheet",
                        headers={"content-disposition": f'attachment; filename="{row.id}.xlsx"'})

    @scoped
    def papers(request: Request, form: Any, session: Session, user: UserRow,
               regions: tuple[str, ...]) -> Response:
        row = scoped_round(session, request, regions)
        paper = PAPERS.get(request.path_params["paper"])
        if row is None or paper is None:
            return not_found(request, user, regions)
        repo = InternshipRepository(session)
        code = request.path_params["code"][:64]
        place_id = repo.assignments(row.id).get(code)
        place = next((p for p in repo.places(region=row.region) if p.id == place_id), None)
        person = next((a for a in repo.applicants(round_id=row.id) if a.id == code), None)
        company = next((c for c in repo.companies() if place and c.id == place.company_id), None)
        if place is None or person is None or company is None:
            return not_found(request, user, regions)
        placement = Placement(row.id, person, place, company)
        if not paper.offered(placement):  # e.g. no Freistellungsantrag without school days
            return not_found(request, user, regions)
        audit(session, user, "lotsen_paper", at=now(), round=row.id, paper=request.path_params["paper"])
        return Response(paper.make(placement, today()), media_type=paper.media_type, headers={
            "content-disposition": f'attachment; filename="{code}-{request.path_params["paper"]}"'})

    @scoped
    def edit(request: Request, form: Any, session: Session, user: UserRow,
             regions: tuple[str, ...]) -> Response:
        """A company or place as a one-row table: the import's columns, checks and messages."""
        kind = EDITABLE.get(request.path_params["kind"])
        if kind is None:
            return not_found(request, user, regions)
        repo = InternshipRepository(session)
        companies = {c.id: c for c in repo.companies()}
        item_id = request.path_params["item_id"][:64]
        new = item_id == "neu"
        stored = None if new else _stored(kind, item_id, repo, companies)
        if not new and (stored is None or _region_of(stored, companies) not in regions):
            return not_found(request, user, regions)
        values = ({k: _shown(v) for k, v in to_row(kind, stored, place_index=places).items()}
                  if stored is not None else {})
        source = _chat_request(session, user, kind, new, request, form)
        context: dict[str, Any] = {"columns": TEMPLATES[kind], "new": new,
                                   "heading": EDIT_HEADINGS[(kind, new)],
                                   "action": request.url.path, "source": source}
        if form is None:
            if source is not None:
                values = applicant_values(source.reference, source.summary or {}, places)
            return page(request, "edit.html", user, regions, values=values,
                        done=request.session.pop("notice", None), **context)
        values = {c.key: str(form.get(c.key, "")).strip()[:500] for c in TEMPLATES[kind]}
        if not new:
            values["id"] = item_id
        sheet = Sheet(kind=kind, name="Formular", header_row=1,
                      columns={c.key: c.header for c in TEMPLATES[kind]},
                      rows=(Row(2, dict(values)),))
        result = parse(sheet, places=places, occupations=load_occupations(data_dir),
                       known_companies=set(companies))
        problems = [f"{p.column}: {p.message}" for p in result.errors]
        items: Sequence[Any] = (result.companies if kind == COMPANIES else result.places
                                if kind == PLACES else result.applicants)
        if not problems and new and _stored(kind, values["id"], repo, companies) is not None:
            problems.append(f"Die ID {values['id']} gibt es schon.")
        if not problems and items and _region_of(
                items[0], {**companies, **{c.id: c for c in result.companies}}) not in regions:
            problems.append("Das liegt nicht in deinem Bereich (anderer Kreis).")
        if problems:
            return page(request, "edit.html", user, regions, status=400, values=values,
                        problems=problems, **context)
        if kind == COMPANIES:
            repo.save_companies(result.companies)
        elif kind == PLACES:
            repo.save_places(result.places)
        else:
            repo.save_applicants(result.applicants)
            if source is not None:
                _take_over(session, repo, source, values["id"], user, now())
        audit(session, user, "lotsen_edit", at=now(), kind=kind, id=values["id"], new=new)
        if new:  # the new item's own page, so that saving again edits it
            request.session["notice"] = "Gespeichert."
            word = next(w for w, k in EDITABLE.items() if k == kind)
            return RedirectResponse(f"/lotsen/bearbeiten/{word}/{values['id']}", status_code=303)
        return page(request, "edit.html", user, regions, values=values,
                    done="Gespeichert.", **{**context, "new": False})

    router = Router(routes=[
        Route("/login", gate.login_form, methods=["GET"]),
        Route("/login", gate.login, methods=["POST"]),
        Route("/logout", gate.logout, methods=["POST"]),
        Route("/ping", gate.ping(), methods=["GET"]),
        Route("/", index, methods=["GET"]),
        Route("/plaetze", place_list, methods=["GET"]),
        Route("/bewerbungen", applicant_list, methods=["GET"]),
        Route("/bewerbungen/{code}", applicant_page, methods=["GET", "POST"]),
        Route("/import", import_page, methods=["GET", "POST"]),
        Route("/runden", new_round, methods=["POST"]),
        Route("/runden/{round_id}", round_page, methods=["GET"]),
        Route("/runden/{round_id}/export.xlsx", export, methods=["GET"]),
        Route("/runden/{round_id}/unterlagen/{code}/{paper}", papers, methods=["GET"]),
        Route("/bearbeiten/{kind}/{item_id}", edit, methods=["GET", "POST"]),
        Route("/runden/{round_id}/{action}", decide, methods=["POST"]),
        *statistics_routes(scoped, page, templates=templates, names=names, today=today, now=now, tz=tz),
    ])
    return FriendlyErrors(router, templates, folder="lotsen")


def _save_contact(repo: InternshipRepository, code: str, form: Any, actor: str,
                  at: Any) -> list[str]:
    """Store or remove one contact from the applicant page's form; the problems, if any."""
    role = str(form.get("role", ""))
    if role not in CONTACT_ROLES:
        return [texts.CONTACT_ROLE_UNKNOWN]
    if form.get("remove"):
        repo.remove_contact(code, role, actor=actor, now=at)
        return []
    channel = str(form.get("channel", ""))
    address = str(form.get("address", "")).strip()[:254]
    problems = []
    if channel == "email":
        try:
            address = validate_email(address, check_deliverability=False).normalized
        except EmailNotValidError:
            problems.append(texts.CONTACT_EMAIL_INVALID)
    elif channel == "telegram":
        if not re.fullmatch(r"-?\d{1,20}", address):
            problems.append(texts.CONTACT_TELEGRAM_INVALID)
    else:
        problems.append(texts.CONTACT_CHANNEL_UNKNOWN)
    if not form.get("consent"):
        problems.append(texts.CONTACT_CONSENT_MISSING)
    if not problems:
        repo.set_contact(code, role, channel, address, source="form", actor=actor, now=at)
    return problems


def _chat_request(session: Session, user: UserRow, kind: str, new: bool, request: Request,
                  form: Any) -> HandoffRow | None:
    """The chat request a new applicant is made from (`?aus=HANDOFF` or the form's `aus`):
    only a handoff to the coordinator's own organisation."""
    wanted = str((form or {}).get("aus", "") or request.query_params.get("aus", ""))[:36]
    if kind != APPLICANTS or not new or not wanted:
        return None
    handoff = session.get(HandoffRow, wanted)
    return handoff if handoff is not None and handoff.org_id == user.org_id else None


def _take_over(session: Session, repo: InternshipRepository, handoff: HandoffRow, code: str,
               user: UserRow, at: Any) -> None:
    """The chat request is now an applicant: the e-mail address the young person gave, or the
    Telegram chat they wrote from and chose to be contacted in (with the handoff's consent),
    becomes the contact for the links; the request counts as contacted."""
    if handoff.contact_method == "email" and handoff.contact_value:
        repo.set_contact(code, "young", "email", handoff.contact_value, source="chat",
                         actor=user.email, now=at)
    elif handoff.contact_method == "telegram" and handoff.reply_chat:
        repo.set_contact(code, "young", "telegram", handoff.reply_chat, source="chat",
                         actor=user.email, now=at)
    if handoff.status == "new":
        handoff.status, handoff.status_changed_at = "contacted", at
        handoff.status_changed_by = user.email
    audit(session, user, "lotsen_from_chat", at=at, handoff_id=handoff.id, applicant=code)


def _stored(kind: str, item_id: str, repo: InternshipRepository,
            companies: Mapping[str, Company]) -> Company | InternshipPlace | Applicant | None:
    if kind == COMPANIES:
        return companies.get(item_id)
    if kind == APPLICANTS:
        return next((a for a in repo.applicants() if a.id == item_id), None)
    return next((p for p in repo.places() if p.id == item_id), None)


def _region_of(item: Company | InternshipPlace | Applicant,
               companies: Mapping[str, Company]) -> str | None:
    if isinstance(item, Company | Applicant):
        return item.region
    owner = companies.get(item.company_id)
    return owner.region if owner is not None else None


def _shown(value: Any) -> str:
    """A cell as the form shows it (dates ISO, nothing as empty)."""
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, date) else str(value)


def _next_status(status: str | None) -> str | None:
    """The status a placement moves to next (None at the end)."""
    if status not in PLACEMENT_STATUSES:
        return None
    step = PLACEMENT_STATUSES.index(status) + 1
    return PLACEMENT_STATUSES[step] if step < len(PLACEMENT_STATUSES) else None


def _report_lines(round_id: str, report: Mapping[str, Any]) -> list[str]:
    """The saved report as the German lines of `lotse internships allocate`, title left out."""
    return report_lines(round_id, report)[1:] if report else []
