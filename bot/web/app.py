"""The ASGI app: chat webhook, match API, demo page, health check, security headers."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any

from asgi_csrf import asgi_csrf
from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr, ValidationError
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot import metrics
from bot.cluster import run_periodic
from bot.internships_match import DATA_DIR, stored_internships, wants_internship
from bot.metrics_access import allowed_networks, client_in, telegram_queue_depth
from bot.notify import Notifier
from bot.outage import answer, keep_watch
from bot.rate_limit import from_address
from bot.readiness import readiness
from bot.routing_api import ProfileIn, match_profile
from bot.service import Lotse
from bot.storage import receipts
from bot.storage.conversations import sender_hash
from bot.telegram.channel import TelegramChannel
from bot.telegram.webhook import webhook_route
from bot.web import sealed_sender
from bot.web.angebote import make_angebote_router
from bot.web.berater import Inbox, make_router
from bot.web.embedding import TOPICS as WIDGET_TOPICS
from bot.web.embedding import WidgetCors, WidgetOptions, frame_policy
from bot.web.form_guard import BODY_CHECKED, FormGuard, area_error_pages
from bot.web.history import MIN_SENDER, history
from bot.web.json_body import (
    BodyTooLarge,
    NotJson,
    NumberTooLong,
    TooDeep,
    UnreadableJson,
    loads_limited,
    read_limited,
)
from bot.web.lotsen import MAX_UPLOAD, make_lotsen_router
from bot.web.netzwerk import make_netzwerk_router
from bot.web.openapi import openapi_document
from bot.web.placement_links import make_link_router
from bot.web.render import rasa_message
from bot.web.stats_api import make_stats_endpoint
from bot.web.widget_words import launcher_texts, widget_words

log = logging.getLogger("lotse.web")
# how long a message id's stored answer is looked for before the message is answered anew
RECEIPT_WAIT = 0.5
HERE = Path(__file__).resolve().parent
MAX_BODY = 64 * 1024
SHUTDOWN_WAIT = 10.0  # seconds the shutdown waits for its cancelled background jobs
JSON_CODES = {kind.code for kind in (BodyTooLarge, NotJson, TooDeep, NumberTooLong)}
SECURITY_HEADERS = {
    "content-security-policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "permissions-policy": "geolocation=(), camera=(), microphone=()",
}
FRIENDLY = {
    401: "Dafür braucht es einen gültigen Zugangsschlüssel (Authorization: Bearer …).",
    403: "Dieser Zugangsschlüssel gilt nicht für diesen Kreis.",
    400: "Das konnte ich nicht lesen. Bitte schick JSON wie {\"sender\": \"…\", \"message\": \"…\"}.",
    404: "Diese Seite gibt es nicht.",
    405: "Diese Methode geht hier nicht.",
    413: "Die Nachricht ist zu groß. Bitte schreib sie kürzer.",
    415: "Bitte schick JSON (Content-Type: application/json).",
    422: "Da fehlt etwas oder es hat das falsche Format.",
    500: "Bei mir ist etwas schiefgegangen. Versuch es bitte gleich noch einmal.",
    503: "Gerade nicht erreichbar. Versuch es bitte gleich noch einmal.",
}


def error(status: int, code: str, detail: Any = None) -> JSONResponse:
    body: dict[str, Any] = {"error": code, "message": FRIENDLY.get(status, FRIENDLY[400])}
    if detail is not None:
        body["detail"] = detail
    return JSONResponse(body, status_code=status, headers=SECURITY_HEADERS)


class ChatMetadata(BaseModel):
    """Rasa's optional metadata: the client's message id and language hint (contract § 4),
    and the Kreis of the website the chat is embedded in (`region`, a five-digit Kreis key:
    a hint the person's own place overrides; a Kreis the catalogue does not serve is ignored)."""

    model_config = ConfigDict(extra="ignore")

    message_id: StrictStr | StrictInt | None = None
    language: StrictStr | None = Field(None, max_length=35)
    region: StrictStr | None = Field(None, pattern=r"^\d{5}$")

    @property
    def key(self) -> str | None:
        """The message id as stored (at most 200 characters), or None."""
        text = str(self.message_id) if self.message_id is not None else ""
        return text[:200] or None


class ChatIn(BaseModel):
    model_config = ConfigDict(extra="ignore")

    sender: StrictStr = Field(min_length=1, max_length=200)
    message: StrictStr = Field(max_length=20000)
    metadata: ChatMetadata | None = None


class SecurityHeaders:
    """Adds CSP and friends to every response; refuses bodies over MAX_BODY bytes."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers", [])).get(b"content-length")
        if (length is not None and length.isdigit() and int(length) > MAX_BODY
                and not scope.get(BODY_CHECKED)):  # the HTML areas have their own limits
            await error(413, "payload_too_large")(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                for key, value in SECURITY_HEADERS.items():
                    if key == "x-frame-options" and b"content-security-policy" in present:
                        continue  # a page with its own frame-ancestors (the widget frame)
                    if key.encode() not in present:
                        headers.append((key.encode(), value.encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


async def read_json(request: Request) -> Any:
    """The JSON body within bot/web/json_body.py's limits; else an HTTP error (413, 400)."""
    try:
        return loads_limited(await read_limited(request.stream(), limit=MAX_BODY))
    except UnreadableJson as exc:
        raise HTTPException(413 if isinstance(exc, BodyTooLarge) else 400, exc.code) from exc


async def every(seconds: float, job: Callable[[], object], name: str, *,
                engine: Engine | None = None) -> None:
    """Run a blocking job now and then every `seconds` while `lotse serve` runs (retention,
    notifications); a failure is logged and the schedule goes on. With the `engine` of a
    shared PostgreSQL it runs once per interval in the whole cluster (`bot.cluster`)."""
    while True:
        try:
            if engine is None:
                await run_in_threadpool(job)
            else:
                await run_in_threadpool(lambda: run_periodic(engine, name, job, every=seconds))
        except Exception:
            log.exception("%s run failed", name)
        await asyncio.sleep(seconds)


CSRF_FAILED = ("<!doctype html><html lang=de><meta charset=utf-8><title>Formular abgelaufen</title>"
               "<p>Dieses Formular ist abgelaufen oder kam nicht von dieser Seite. "
               "Bitte lade die Seite neu und versuche es noch einmal. <a href={area}/>Zurück</a>")


async def csrf_failed(scope: Scope, send: Send, message_id: Any = None) -> None:
    headers = [(b"content-type", b"text/html; charset=utf-8"),
               *((k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items())]
    await send({"type": "http.response.start", "status": 403, "headers": headers})
    path = str(scope.get("path", ""))
    area = next((a for a in ("/lotsen", "/angebote") if path.startswith(a)), "/berater")
    await send({"type": "http.response.body", "body": CSRF_FAILED.format(area=area).encode()})


def create_app(lotse: Lotse, *, retention_every: float | None = None, idle_minutes: int = 15,
               cookie_secure: bool = False, inbox: Inbox | None = None,
               notifier: Notifier | None = None, notify_every: float = 30,
               telegram: TelegramChannel | None = None, redis_url: str | None = None,
               metrics_allow: str = "127.0.0.1/32,::1/128",
               widget_origins: Sequence[str] = ()) -> ASGIApp:
    """The web app around one Lotse service; with `retention_every` (seconds) it also
    deletes expired conversations on that schedule while it runs. `widget_origins` may embed
    the chat (widget.js) and call its endpoints (CORS). The counsellor inbox
    (/berater) shares its database. With a `telegram` channel it serves its webhook and runs
    it (connecting in the background, so the web side starts even without Telegram)."""
    inbox = inbox or Inbox(lotse.sessions, idle_minutes=idle_minutes, timezone=lotse.timezone,
                           counter=lotse.limiter.shared_counter)  # Redis if the chat has it
    app = _starlette(lotse, retention_every, inbox, notifier, notify_every, telegram, redis_url,
                     metrics_allow, tuple(widget_origins))
    secret = lotse.secret.decode(errors="ignore")

    def staff_area(base: str) -> ASGIApp:
        """CSRF on every form and a signed session cookie of its own, for one staff area."""
        protected = asgi_csrf(app, signing_secret=secret + ":csrf", cookie_path=base,
                              cookie_samesite="Strict", cookie_secure=cookie_secure,
                              send_csrf_failed=csrf_failed,
                              always_protect={f"{base}/login", f"{base}/logout"},
                              skip_if_scope=lambda scope: not scope["path"].startswith(base))
        return SessionMiddleware(protected, secret_key=secret + ":session",
                                 session_cookie="lotse_" + base.strip("/"), max_age=12 * 3600,
                                 path=base, same_site="strict", https_only=cookie_secure)

    # the public directory's report form: CSRF without a login (a cookieless POST is checked too)
    directory = asgi_csrf(app, signing_secret=secret + ":csrf", cookie_path="/angebote",
                          cookie_samesite="Strict", cookie_secure=cookie_secure,
                          send_csrf_failed=csrf_failed, always_protect={"/angebote/hinweis"},
                          skip_if_scope=lambda scope: not scope["path"].startswith("/angebote"))
    # everything else – the chat, /api/match, the webhook, the health checks – goes straight
    # to the app: no session cookie or CSRF wrapper on a chat turn
    stack = ByPrefix({"/berater": staff_area("/berater"), "/lotsen": staff_area("/lotsen"),
                      "/netzwerk": staff_area("/netzwerk"), "/angebote": directory},
                     app, routes=app.routes)
    return FormGuard(stack, pages=area_error_pages(app.routes), default_limit=MAX_BODY,
                     limits={"/lotsen": MAX_UPLOAD + 1024 * 1024})


class ByPrefix:
    """Hands a request to the stack of the first path prefix it starts with, else `default`."""

    def __init__(self, stacks: dict[str, ASGIApp], default: ASGIApp,
                 routes: Sequence[BaseRoute] = ()) -> None:
        self.stacks, self.default = stacks, default
        self.routes = list(routes)  # what the stacks serve, for tests and docs

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] in ("http", "websocket") else ""
        app = next((a for prefix, a in self.stacks.items()
                    if path == prefix or path.startswith(prefix + "/")), self.default)
        await app(scope, receive, send)


def _starlette(lotse: Lotse, retention_every: float | None, inbox: Inbox,
               notifier: Notifier | None, notify_every: float,
               telegram: TelegramChannel | None = None, redis_url: str | None = None,
               metrics_allow: str = "127.0.0.1/32,::1/128",
               widget_origins: tuple[str, ...] = ()) -> Starlette:
    scrapers = allowed_networks(metrics_allow)
    if telegram is not None:
        metrics.watch_telegram_queue(lambda: telegram_queue_depth(lotse.sessions))

    async def metrics_page(request: Request) -> Response:
        """Prometheus metrics of this process, for the networks allowed to scrape them."""
        if not client_in(request, scrapers):
            return error(404, "not_found")
        body, media = await run_in_threadpool(metrics.render)
        return Response(body, media_type=media)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        tasks = []
        if lotse.watch is not None:  # the database's state; migrations when it comes (outage.py)
            tasks.append(asyncio.create_task(keep_watch(lotse.watch)))
        engine = lotse.sessions.kw.get("bind")  # periodic jobs once per cluster (bot/cluster.py)
        if retention_every:
            tasks.append(asyncio.create_task(every(retention_every, when_up(lotse.purge_expired),
                                                   "retention", engine=engine)))
        if notifier is not None:
            tasks.append(asyncio.create_task(every(notify_every, when_up(notifier.send_due),
                                                   "notification", engine=engine)))
        if telegram is not None:
            await telegram.start()
        try:
            yield
        finally:
            if telegram is not None:
                await telegram.stop()
            for task in tasks:
                task.cancel()
            if tasks:  # bounded: a job that ignores its cancellation must not hold the shutdown
                await asyncio.wait(tasks, timeout=SHUTDOWN_WAIT)
            with contextlib.suppress(Exception):  # the demand counts still waiting in memory
                await run_in_threadpool(lotse.counters.flush)

    def when_up(job: Callable[[], object]) -> Callable[[], object]:
        """`job`, skipped while the database is away (bot/outage.py)."""
        return lambda: job() if lotse.database_up else None

    templates = Jinja2Templates(directory=str(HERE / "templates"))

    words = widget_words()
    launchers = {code: launcher_texts(code) for code in words["words"]}
    served_regions = {o.region for o in lotse.offers if lotse.known_region(o.region)}
    offer_ids = frozenset(o.id for o in lotse.offers)

    async def index(request: Request) -> Response:
        # `/?angebot=<id>` (the chat link of an offer's page in the directory) starts the chat
        # about that offer; `/?thema=<need>` on a topic
        topic, offer = request.query_params.get("thema"), request.query_params.get("angebot")
        return templates.TemplateResponse(request, "index.html", {
            "static_url": "/static", "words": words,
            "options": WidgetOptions(topic=topic if topic in WIDGET_TOPICS else None,
                                     offer=offer if offer in offer_ids else None)})

    def sealing(field: str, answer: str, turn: Callable[[bytes, str], str | None]) -> Callable[
            [Request], Awaitable[Response]]:
        """`POST /widget/seal` {"sender"} → {"token"} and `POST /widget/unseal` {"token"} →
        {"sender"}: for the chat's frame and nobody else (no CORS) – bot/web/sealed_sender.py."""
        async def endpoint(request: Request) -> Response:
            payload = await read_json(request)
            value = payload.get(field) if isinstance(payload, dict) else None
            result = turn(lotse.secret, value) if isinstance(value, str) else None
            if result is None:
                return error(422, "invalid_request", {"fields": [field]})
            return JSONResponse({answer: result}, headers={"cache-control": "no-store"})
        return endpoint

    async def widget_frame(request: Request) -> Response:
        """The chat inside the frame widget.js puts on a host page (frame-ancestors: the
        allowed origins; it talks to its host page only if that is one of them, `?host=`)."""
        own = f"{request.url.scheme}://{request.url.netloc}".lower()
        options = WidgetOptions.from_query(request.query_params, words["words"],
                                           regions=served_regions, hosts=(*widget_origins, own),
                                           offers=offer_ids)
        return templates.TemplateResponse(
            request, "widget.html", {"static_url": "/static", "words": words, "options": options},
            headers={"content-security-policy": frame_policy(widget_origins)})

    async def widget_script(request: Request) -> Response:
        """The loader a host page includes with one <script> tag."""
        return FileResponse(HERE / "static" / "widget.js", media_type="text/javascript",
                            headers={"cache-control": "public, max-age=300"})

    async def launcher_words(request: Request) -> Response:
        """The launcher button's words (open, close, unread) in the host page's language."""
        code = request.query_params.get("lang", "").split("-")[0].lower()
        return JSONResponse(launchers.get(code) or launchers[words["default"]])

    async def chat_history(request: Request) -> Response:
        """A web sender's own conversation (the id only the device knows), for the widget
        after a reload; empty for an unknown id."""
        sender = request.query_params.get("sender", "")
        if not MIN_SENDER <= len(sender) <= 200:
            return error(422, "invalid_request", {"fields": ["sender"]})
        if not lotse.database_up:
            return error(503, "database_down")
        key = sender_hash(lotse.secret, "web", sender)
        try:
            found = await run_in_threadpool(history, lotse.sessions, key)
        except SQLAlchemyError:
            log.warning("chat history: database not reachable")
            return error(503, "database_down")
        return JSONResponse({"sender": sender, **found}, headers={"cache-control": "no-store"})

    async def health(request: Request) -> Response:
        """Liveness: the process answers (crisis help works even without the database)."""
        status: dict[str, Any] = {"status": "ok", "offers": len(lotse.offers),
                                  "database": "up" if lotse.database_up else "down"}
        if telegram is not None:
            status["telegram"] = "ready" if telegram.ready.is_set() else "connecting"
        return JSONResponse(status)

    async def ready(request: Request) -> Response:
        """Readiness: database, Rasa, Telegram, Redis; 503 while the database is away."""
        code, body = await readiness(lotse, telegram=telegram, redis_url=redis_url)
        return JSONResponse(body, status_code=code)

    async def receipt(key: str, message_id: str) -> list[dict[str, Any]] | None:
        """The stored answer to a message id; None when there is none or the database is
        away (the turn then answers as it can: „gleich wieder da“ or crisis help)."""
        if not lotse.database_up:
            return None
        # a hanging database holds no message up for long: crisis help that only the NLU sees
        # must not wait here (issue 14); the thread finishes on its own
        lookup = asyncio.get_running_loop().run_in_executor(
            None, receipts.find, lotse.sessions, key, message_id)
        try:
            return await asyncio.wait_for(lookup, timeout=RECEIPT_WAIT)
        except TimeoutError:
            log.warning("message receipts: database slow, answered without looking")
            return None
        except SQLAlchemyError:
            log.warning("message receipts: database not reachable")
            return None

    async def chat(request: Request) -> Response:
        payload = await read_json(request)
        try:
            incoming = ChatIn.model_validate(payload)
        except ValidationError as exc:
            fields = [".".join(str(p) for p in e["loc"]) or "body" for e in exc.errors()]
            return error(422, "invalid_request", {"fields": fields})
        message_id = incoming.metadata.key if incoming.metadata is not None else None
        key = sender_hash(lotse.secret, "web", incoming.sender)
        # crisis help is never held up by a receipt (nor by a database that hangs while one is
        # looked up): a repeated crisis message is answered again, which does no harm
        urgent = lotse.is_urgent(incoming.message)
        if message_id is not None and not urgent:  # answered once: a repeat gets the same answer
            stored = await receipt(key, message_id)
            if stored is not None:
                return answered(request, stored)
        record = None
        if message_id is not None and not urgent:
            record = receipts.Receipt(key, message_id, lambda replies: [
                rasa_message(incoming.sender, r) for r in replies])
        hint = incoming.metadata.language if incoming.metadata is not None else None
        region = incoming.metadata.region if incoming.metadata is not None else None
        with from_address(request.client.host if request.client else None):  # its own limit
            replies = await answer(lotse, "web", incoming.sender, incoming.message,
                                   record=record, hint=hint, region=region)
        if record is not None and message_id is not None:  # a twin may have answered first
            stored = await receipt(key, message_id)
            if stored is not None:
                return answered(request, stored)
        return answered(request, [rasa_message(incoming.sender, r) for r in replies])

    def answered(request: Request, messages: list[dict[str, Any]]) -> Response:
        """The answer as a JSON list – or, with `?stream=true` as Rasa's REST channel has it
        (its console client `rasa shell` asks so), one JSON message per line."""
        if request.query_params.get("stream", "").lower() == "true":
            lines = "".join(json.dumps(m, ensure_ascii=False) + "\n" for m in messages)
            return Response(lines, media_type="text/event-stream")
        return JSONResponse(messages)

    async def rest_health(request: Request) -> Response:
        """Rasa's REST channel answers a GET on its prefix: clients use it as a health check."""
        return JSONResponse({"status": "ok"})

    internship_finder = stored_internships(lotse.sessions)
    api_description = openapi_document()

    async def match(request: Request) -> Response:
        payload = await read_json(request)
        many = isinstance(payload, list)
        try:
            profiles = [ProfileIn.model_validate(p) for p in (payload if many else [payload])]
        except ValidationError as exc:
            fields = [".".join(str(p) for p in e["loc"]) or "body" for e in exc.errors()]
            return error(422, "invalid_profile", {"fields": fields})
        finder = internship_finder if any(wants_internship(p) for p in profiles) else None
        results = await run_in_threadpool(
            lambda: [match_profile(p, lotse.offers, lotse.places, internships=finder)
                     for p in profiles])
        return JSONResponse(results if many else results[0])

    async def http_error(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        code = exc.detail if isinstance(exc, HTTPException) and exc.detail in JSON_CODES else None
        response = error(status, code or {400: "invalid_json", 413: "payload_too_large"}.get(status, "error"))
        if isinstance(exc, HTTPException) and exc.headers:  # e.g. a 405's `Allow`
            response.headers.update(exc.headers)
        return response

    async def server_error(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error", exc_info=exc)
        return error(500, "internal_error")

    return Starlette(
        routes=[
            Route("/", index),
            Route("/widget", widget_frame),
            Route("/widget/seal", sealing("sender", "token", sealed_sender.seal), methods=["POST"]),
            Route("/widget/unseal", sealing("token", "sender", sealed_sender.unseal),
                  methods=["POST"]),
            Route("/widget.js", widget_script),
            Route("/webhooks/rest/history", chat_history, methods=["GET"]),
            Route("/webhooks/rest/widget-words", launcher_words, methods=["GET"]),
            Route("/healthz", health),
            Route("/readyz", ready),
            Route("/metrics", metrics_page),
            Route("/openapi.json", lambda request: JSONResponse(api_description)),
            Route("/webhooks/rest/webhook", chat, methods=["POST"]),
            Route("/webhooks/rest/", rest_health, methods=["GET"]),
            Route("/api/match", match, methods=["POST"]),
            Route("/api/stats", make_stats_endpoint(lotse.sessions, error), methods=["GET"]),
            Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
            Mount("/berater", make_router(inbox)),
            Mount("/lotsen", make_lotsen_router(inbox, places=lotse.places, data_dir=DATA_DIR)),
            Mount("/netzwerk", make_netzwerk_router(inbox, places=lotse.places)),
            Mount("/z", make_link_router(lotse.sessions, clock=inbox.clock)),
            Mount("/angebote", make_angebote_router(lotse.offers, lotse.sessions, now=lotse.now,
                                                    counter=lotse.limiter.counter)),
            *([webhook_route(telegram)] if telegram is not None else []),
        ],
        middleware=[Middleware(SecurityHeaders), Middleware(WidgetCors, origins=widget_origins)],
        lifespan=lifespan,
        exception_handlers={HTTPException: http_error, Exception: server_error},
    )
