"""What every inbox page shares: the templates with local times and labels, friendly errors.

Templates never print a code: every stored code (need, school status, language, contact way,
status …) goes through a filter of `LABEL_FILTERS` (`{{ h.summary.get("needs") | needs }}`).

`FriendlyErrors` wraps the inbox's routes: a missing page, a wrong method, a broken form or
an unexpected exception becomes a German HTML page (never JSON, never a stack trace), and
no inbox page is kept in a browser's or proxy's cache (they hold personal data).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any

from starlette.exceptions import HTTPException
from starlette.middleware.exceptions import ExceptionMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot import labels
from bot.storage.inbox import NEXT_STATUS
from bot.transcript import user_line

log = logging.getLogger("lotse.berater")
HERE = Path(__file__).resolve().parent
STATUS_LABELS = labels.HANDOFF_STATUS_LABELS  # the filter's choices, in order
CONTACT_LABELS = labels.CONTACT_METHOD_LABELS
# Jinja filters: a code in words (bot/labels.py); `said` shows a person's line of an older
# transcript that still holds a button payload as the button's words
LABEL_FILTERS: dict[str, Callable[..., str]] = {
    "need": labels.need_label, "needs": labels.needs_label, "category": labels.category_label,
    "school_status": labels.school_status_label,
    "school_qualification": labels.school_qualification_label,
    "language": labels.language_label, "languages": labels.languages_label,
    "chat_language": labels.chat_language_label,
    "contact_method": labels.contact_method_label, "status": labels.handoff_status_label,
    "channel": labels.notification_channel_label, "audit_action": labels.audit_action_label,
    "yes_no": labels.yes_no, "said": lambda text: user_line(str(text or "")),
}
ERROR_TEXTS = {
    400: ("Das konnten wir nicht lesen", "Das Formular kam unvollständig an. Bitte versuche es noch einmal."),
    404: ("Nicht gefunden", "Diese Seite gibt es nicht."),
    405: ("Das geht so nicht", "Bitte nutze die Knöpfe und Links auf den Seiten des Posteingangs."),
    413: ("Zu groß", "Das war zu viel Text auf einmal. Bitte kürze ihn."),
    500: ("Da ist etwas schiefgegangen", "Bitte lade die Seite neu. Wenn es wieder passiert, "
          "sag dem Lotse-Team Bescheid – deine Eingabe ist vielleicht nicht gespeichert."),
}


def local_time(value: Any, tz: tzinfo, fmt: str = "%d.%m.%Y %H:%M") -> str:
    """A stored moment (datetime, naive = UTC, or ISO text) as local time; '' if unreadable."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return ""
    if not isinstance(value, datetime):
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(tz).strftime(fmt)


def inbox_templates(tz: tzinfo) -> Jinja2Templates:
    """The Jinja2 templates (autoescaping on) with labels and the `local` time filter."""
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals.update(STATUS_LABELS=STATUS_LABELS, CONTACT_LABELS=CONTACT_LABELS,
                                 NEXT_STATUS=NEXT_STATUS)
    templates.env.filters.update(LABEL_FILTERS)
    templates.env.filters["local"] = lambda value, fmt="%d.%m.%Y %H:%M": local_time(value, tz, fmt)
    templates.env.filters["iso"] = lambda value: local_time(value, tz, "%Y-%m-%dT%H:%M%z")
    return templates


class FriendlyErrors:
    """Error pages in German for a staff area (/berater, /lotsen), and `cache-control: no-store`."""

    def __init__(self, app: ASGIApp, templates: Jinja2Templates, *, folder: str = "berater") -> None:
        # HTTP errors (404, 405, an unreadable form) from the routes and from inside endpoints
        self.app = ExceptionMiddleware(app, handlers={HTTPException: self._http_error})
        self.templates = templates
        self.folder = folder  # the area's templates: its error page

    async def _http_error(self, request: Request, exc: Exception) -> Response:
        return self.error_page(exc.status_code if isinstance(exc, HTTPException) else 500)

    def error_page(self, status: int) -> HTMLResponse:
        title, text = ERROR_TEXTS.get(status, ERROR_TEXTS[400 if status < 500 else 500])
        html = self.templates.get_template(f"{self.folder}/error.html").render(
            title=title, text=text, user=None, csrf="", idle_seconds=None)
        return HTMLResponse(html, status_code=status, headers={"cache-control": "no-store"})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_uncached(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"cache-control"]
                message["headers"] = [*headers, (b"cache-control", b"no-store")]
            await send(message)

        try:
            await self.app(scope, receive, send_uncached)
        except Exception:
            if started:
                raise
            log.exception("inbox page failed: %s %s", scope.get("method"), scope.get("path"))
            await self.error_page(500)(scope, receive, send)
