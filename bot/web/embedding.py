"""Embedding the chat on other websites: which origins may (LOTSE_WIDGET_ORIGINS), CORS for the
chat endpoints, the widget frame's `frame-ancestors`, and the snippet's options checked.

Nothing is allowed by default: no wildcard, only the origins named in the setting (plus the
service's own pages). The widget runs in an iframe of this origin, so the host page can neither
style nor read it; CORS lets a host page's own code talk to the endpoints as well.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CORS_PATHS = ("/webhooks/rest/",)
# only Lotse's own frame reads a conversation back (same origin, no CORS needed): a host page
# that holds the sender id for the frame (third-party storage blocked) still cannot read the
# chat with it
NO_CORS_PATHS = ("/webhooks/rest/history",)
ORIGIN = re.compile(r"^https?://[a-z0-9.-]+(:\d{1,5})?$")
COLOUR = re.compile(r"^#?([0-9a-f]{6})$", re.I)
DEFAULT_ACCENT = "#0b5cad"
TOPICS = {"seek_internship", "seek_apprenticeship", "career_orientation", "application_help",
          "school_qualification", "training_problems", "school_problems", "money_problems",
          "housing_problems", "family_problems", "mental_health", "migration_language",
          "talk_to_human"}


def parse_origins(value: str | Iterable[str]) -> tuple[str, ...]:
    """Origins from the setting ("https://a.de, https://b.de"): lower case, no trailing slash;
    anything that is no origin (a path, a `*`) is refused with ValueError."""
    items = value.split(",") if isinstance(value, str) else list(value)
    origins = []
    for item in (i.strip().rstrip("/").lower() for i in items):
        if not item:
            continue
        if not ORIGIN.match(item):
            raise ValueError(f"LOTSE_WIDGET_ORIGINS: {item!r} is no origin like https://example.de")
        origins.append(item)
    return tuple(dict.fromkeys(origins))


def frame_policy(origins: Iterable[str]) -> str:
    """The widget frame's CSP: as the site's, but framable by itself and the allowed origins."""
    ancestors = " ".join(["'self'", *origins])
    return ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            f"connect-src 'self'; frame-ancestors {ancestors}; base-uri 'none'; "
            "form-action 'self'")


def luminance(hex_colour: str) -> float:
    """Relative luminance (WCAG 2.x) of a #rrggbb colour."""
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two #rrggbb colours (1 to 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def accent_colour(value: str | None) -> str:
    """The host's colour if white text on it (and it on white) reads at 4.5:1, else Lotse's."""
    match = COLOUR.match((value or "").strip())
    if match is None:
        return DEFAULT_ACCENT
    colour = "#" + match.group(1).lower()
    return colour if contrast(colour, "#ffffff") >= 4.5 else DEFAULT_ACCENT


@dataclass(frozen=True)
class WidgetOptions:
    """The snippet's options as the widget frame gets them (query string), checked."""

    accent: str = DEFAULT_ACCENT
    topic: str | None = None
    offer: str | None = None  # a catalogue offer's id: the chat starts about that offer
    language: str | None = None
    embedded: bool = False
    region: str | None = None  # the host website's Kreis key (a hint, see bot/service.py)
    # the origin of the page the frame is embedded in (widget.js names it), if it may embed:
    # the only origin the frame sends its signals to (postMessage), never "*"
    host: str | None = None

    @classmethod
    def from_query(cls, query: Mapping[str, str], languages: Iterable[str], *,
                   regions: Iterable[str] = (), hosts: Iterable[str] = (),
                   offers: Iterable[str] = ()) -> WidgetOptions:
        """The options a host page asked for; anything unknown is left out (no topic, no
        language, no region hint, no host to talk to) rather than refused. `hosts`: the
        origins that may embed the frame (LOTSE_WIDGET_ORIGINS and Lotse's own)."""
        topic = query.get("topic")
        offer = (query.get("offer") or "").strip().lower()
        language = (query.get("lang") or "").lower()
        region = (query.get("region") or "").strip()
        host = (query.get("host") or "").strip().rstrip("/").lower()
        embedded = query.get("embed") == "1"
        return cls(accent=accent_colour(query.get("color")),
                   topic=topic if topic in TOPICS else None,
                   offer=offer if offer in set(offers) else None,
                   language=language if language in set(languages) else None,
                   embedded=embedded,
                   region=region if region in set(regions) else None,
                   host=host if embedded and host in set(hosts) else None)


class WidgetCors:
    """CORS for the chat endpoints: the allowed origins get their answers (and preflights a
    204 with the allowed method and headers); other origins get no CORS header at all, and
    nobody gets one for the history (NO_CORS_PATHS)."""

    def __init__(self, app: ASGIApp, origins: Iterable[str]) -> None:
        self.app, self.origins = app, frozenset(origins)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if not path.startswith(CORS_PATHS) or path.startswith(NO_CORS_PATHS):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers", []))
        origin = headers.get(b"origin", b"").decode("latin-1").lower()
        allowed = origin in self.origins
        if scope["method"] == "OPTIONS" and b"access-control-request-method" in headers:
            status = 204 if allowed else 403
            extra = self._headers(origin) if allowed else []
            await send({"type": "http.response.start", "status": status, "headers": [
                *extra, (b"access-control-allow-methods", b"GET, POST, OPTIONS"),
                (b"access-control-allow-headers", b"content-type"),
                (b"access-control-max-age", b"600")] if allowed else [(b"vary", b"Origin")]})
            await send({"type": "http.response.body", "body": b""})
            return

        async def with_cors(message: Message) -> None:
            if message["type"] == "http.response.start" and allowed:
                message["headers"] = [*message.get("headers", []), *self._headers(origin)]
            await send(message)

        await self.app(scope, receive, with_cors if allowed else send)

    @staticmethod
    def _headers(origin: str) -> list[tuple[bytes, bytes]]:
        return [(b"access-control-allow-origin", origin.encode("latin-1")), (b"vary", b"Origin")]

