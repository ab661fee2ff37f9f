"""The public offer directory at /angebote: every offer of the catalogue by region and topic,
with a forgiving search (RapidFuzz), a page per offer with its contact, hours and whether it is
open now (Europe/Berlin), a link that starts the web chat about the offer, and a form to
report a wrong fact – the report lands at /berater/hinweise (bot/storage/fact_reports.py).

No login, no cookie except the form's CSRF token (asgi-csrf, wired in bot/web/app.py); bad
input – an unknown region or topic, an overlong search, an unknown offer, a broken form – gets
a German page, never a 5xx.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route, Router
from starlette.templating import Jinja2Templates

from bot import labels
from bot.catalogue import REGIONS
from bot.limits_store import WindowCounter, identity
from bot.rate_limit import RateLimiter
from bot.storage import fact_reports
from bot.web.berater_pages import FriendlyErrors
from bot.web.gate import csrf_token
from matching.hours import is_open
from matching.model import NATIONWIDE, Offer, OpenSlot
from matching.needs import NEEDS

log = logging.getLogger("lotse.angebote")
HERE = Path(__file__).resolve().parent
TIMEZONE = ZoneInfo("Europe/Berlin")
MAX_QUERY = 100  # characters of a search
SCORE_CUTOFF = 88  # RapidFuzz partial_ratio a word of the search must reach (a typo, not a neighbour)
DAY_NAMES = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
ERROR_TEXTS = {
    400: ("Das konnten wir nicht lesen", "Das Formular kam unvollständig an. Bitte versuche es noch einmal."),
    404: ("Nicht gefunden", "Dieses Angebot oder diese Seite gibt es nicht (mehr)."),
    405: ("Das geht so nicht", "Bitte nutze die Links und Knöpfe auf den Seiten des Verzeichnisses."),
    413: ("Zu groß", "Das war zu viel Text auf einmal. Bitte kürze ihn."),
    500: ("Da ist etwas schiefgegangen", "Bitte lade die Seite neu und versuche es noch einmal."),
}


@dataclass(frozen=True, slots=True)
class Found:
    """An offer of a directory listing, with how well it fits the search (100 without one)."""

    offer: Offer
    score: float


def _haystack(offer: Offer) -> str:
    """Everything a search may find an offer by, normalised (lower case, no punctuation)."""
    words = [offer.name, offer.provider, labels.category_label(offer.category),
             REGIONS.get(offer.region, ""), offer.description, offer.contact.address or "",
             *(labels.need_label(n) for n in offer.needs)]
    return default_process(" ".join(words))


def search_offers(offers: Iterable[Offer], query: str, *,
                  cutoff: float = SCORE_CUTOFF) -> list[Found]:
    """The offers every word of `query` fits (RapidFuzz partial_ratio ≥ cutoff, so a typo or
    a part of a word is enough; words under five letters must appear as they are), best
    first; all offers when the query has no word."""
    words = [w for w in default_process(query[:MAX_QUERY]).split() if len(w) >= 2]
    found = []
    for offer in offers:
        if not words:
            found.append(Found(offer, 100.0))
            continue
        hay = _haystack(offer)
        scores = [100.0 if w in hay else (fuzz.partial_ratio(w, hay) if len(w) >= 5 else 0.0)
                  for w in words]
        if min(scores) >= cutoff:  # an offer named by the search ranks above one that mentions it
            title = default_process(f"{offer.name} {offer.provider}")
            named = sum(w in title for w in words) / len(words)
            found.append(Found(offer, 0.9 * sum(scores) / len(scores) + 10 * named))
    return sorted(found, key=lambda f: (-f.score, f.offer.name.lower()))


def serves(offer: Offer, region: str | None) -> bool:
    """Whether the directory lists `offer` under `region` (its own Kreis or one it serves)."""
    return region is None or offer.region == region or region in offer.also_serves


def by_region(found: Sequence[Found]) -> list[tuple[str, str, list[Found]]]:
    """(key, name, offers) per region, Kreise in catalogue order and nationwide last."""
    order = [k for k in REGIONS if k != NATIONWIDE] + [NATIONWIDE]
    return [(key, REGIONS[key], [f for f in found if f.offer.region == key])
            for key in order if any(f.offer.region == key for f in found)]


def _minutes(value: int) -> str:
    return f"{value // 60}:{value % 60:02d}"


def slot_words(slot: OpenSlot) -> str:
    """"Mo–Fr 9:00–16:00 Uhr" for a weekly slot (runs of days joined with a dash)."""
    days = sorted(slot.days)
    runs: list[list[int]] = []
    for day in days:
        if runs and day == runs[-1][-1] + 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    named = ", ".join(DAY_NAMES[r[0]] if len(r) == 1 else
                      f"{DAY_NAMES[r[0]]}{'–' if len(r) > 2 else ', '}{DAY_NAMES[r[-1]]}"
                      for r in runs)
    return f"{named} {_minutes(slot.start_minute)}–{_minutes(slot.end_minute)} Uhr"


def open_state(offer: Offer, now: datetime) -> tuple[str, str]:
    """("open" | "closed" | "unknown", German words) for the offer at `now`."""
    local = now.astimezone(TIMEZONE)
    if offer.always_open:
        return "open", "Rund um die Uhr erreichbar"
    if not offer.open_slots:
        return "unknown", "Ob gerade jemand erreichbar ist, wissen wir nicht – siehe Zeiten unten."
    if is_open(offer, local):
        return "open", f"Jetzt erreichbar (Stand {local:%H:%M} Uhr)"
    return "closed", f"Gerade nicht erreichbar (Stand {local:%H:%M} Uhr)"


class DirectoryErrors(FriendlyErrors):
    """FriendlyErrors with the directory's own German texts (not the inbox's)."""

    def error_page(self, status: int) -> HTMLResponse:
        title, text = ERROR_TEXTS.get(status, ERROR_TEXTS[400 if status < 500 else 500])
        html = self.templates.get_template("angebote/error.html").render(title=title, text=text)
        return HTMLResponse(html, status_code=status, headers={"cache-control": "no-store"})


# reports of a wrong fact from one client address: enough for a network coordinator going
# through a whole region's offers, too few for a flood (counted in the chat limits' store)
REPORT_LIMITS = "20/hour;60/day"


def make_angebote_router(offers: Sequence[Offer], sessions: sessionmaker[Session], *,
                         now: Callable[[], datetime],
                         counter: WindowCounter | None = None) -> DirectoryErrors:
    """The directory's routes over the loaded catalogue; reports go to `sessions`, counted per
    client address in `counter` (the shared store of the chat limits; memory without one)."""
    report_limit = RateLimiter(REPORT_LIMITS, counter=counter)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.filters.update(need=labels.need_label, category=labels.category_label,
                                 language=labels.language_label, slot=slot_words)
    templates.env.globals.update(REGIONS=REGIONS, NEEDS=NEEDS, TOPICS=fact_reports.TOPICS)
    by_id = {o.id: o for o in offers}

    def page(request: Request, name: str, status: int = 200, **context: Any) -> Response:
        return templates.TemplateResponse(request, f"angebote/{name}",
                                          {"csrf": csrf_token(request), **context},
                                          status_code=status)

    async def index(request: Request) -> Response:
        q = request.query_params
        region = q.get("region") or None
        topic = q.get("thema") or None
        query = (q.get("q") or "").strip()
        notices = []
        if region is not None and region not in REGIONS:
            notices.append("Diese Region kennen wir nicht – du siehst alle Regionen.")
            region = None
        if topic is not None and topic not in NEEDS:
            notices.append("Dieses Thema kennen wir nicht – du siehst alle Themen.")
            topic = None
        if len(query) > MAX_QUERY:
            notices.append(f"Die Suche war zu lang; gesucht wird nach den ersten {MAX_QUERY} Zeichen.")
            query = query[:MAX_QUERY]
        chosen = [o for o in offers if serves(o, region) and (topic is None or topic in o.needs)]
        found = search_offers(chosen, query)
        return page(request, "index.html", groups=by_region(found), count=len(found),
                    region=region, topic=topic, query=query, notices=notices)

    def offer_page(request: Request, offer: Offer, status: int = 200, **context: Any) -> Response:
        state, state_words = open_state(offer, now())
        return page(request, "offer.html", status=status, offer=offer, state=state,
                    state_words=state_words, region_name=REGIONS.get(offer.region, offer.region),
                    reported=request.query_params.get("gemeldet") == "1",
                    form=context.pop("form", {}), **context)

    async def detail(request: Request) -> Response:
        offer = by_id.get(request.path_params["offer_id"])
        if offer is None:
            return page(request, "not_found.html", status=404)
        return offer_page(request, offer)

    async def report(request: Request) -> Response:
        received = await request.form()
        form = {k: str(v)[:fact_reports.MAX_TEXT + 100] for k, v in received.items()
                if isinstance(v, str)}
        offer = by_id.get(form.get("angebot", ""))
        if offer is None:
            return page(request, "not_found.html", status=404)
        try:
            checked = fact_reports.check_report(offer.id, offer.name, topic=form.get("was", ""),
                                                text=form.get("hinweis", ""),
                                                contact=form.get("kontakt", ""))
        except fact_reports.ReportProblem as exc:
            return offer_page(request, offer, status=400, problem=exc.german, form=form)
        address = request.client.host if request.client else "unknown"
        try:  # the store may be PostgreSQL's table: not on the event loop
            allowed = await run_in_threadpool(report_limit.allow, identity("fact-report", address))
        except SQLAlchemyError:
            allowed = True  # storing it below says what is wrong
        if not allowed:
            return offer_page(request, offer, status=429, form=form, problem=(
                "Von hier kamen gerade sehr viele Hinweise. Bitte schick diesen in einer Stunde "
                "noch einmal – dein Text steht noch im Feld."))

        def store() -> None:
            with sessions.begin() as session:
                fact_reports.add(session, checked, now=now())

        try:
            await run_in_threadpool(store)
        except SQLAlchemyError:
            log.warning("fact report not stored: database not reachable")
            return offer_page(request, offer, status=503, form=form, problem=(
                "Dein Hinweis konnte gerade nicht gespeichert werden. Bitte versuche es in ein "
                "paar Minuten noch einmal."))
        return RedirectResponse(f"/angebote/{offer.id}?gemeldet=1#hinweis", status_code=303)

    router = Router(routes=[
        Route("/", index, methods=["GET"]),
        Route("/hinweis", report, methods=["POST"]),
        Route("/{offer_id}", detail, methods=["GET"]),
    ])
    return DirectoryErrors(router, templates, folder="angebote")
