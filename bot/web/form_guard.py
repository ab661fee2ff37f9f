"""The door in front of the HTML areas' forms (/berater, /lotsen, /z): a POST body must be a
readable form of bounded size before anything parses it.

The CSRF check (asgi-csrf) reads form bodies itself, outside the areas' friendly error pages,
and fails with a plain-text "Internal Server Error" on a multipart type without
`; boundary=`, a broken multipart body or a form body that is not UTF-8. `FormGuard` reads
the body first (up to the area's byte limit), checks it the way the parsers will, writes the
multipart type in the one spelling asgi-csrf understands and hands the same bytes on; anything
else gets the area's German error page (400, or 413 when too large). Bodies that are no form
(JSON, text) pass unchanged: the CSRF check refuses them with its own page, a page handler
reads them as an empty form.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from urllib.parse import parse_qsl

from python_multipart.exceptions import FormParserError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.responses import Response
from starlette.routing import BaseRoute, Mount
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot.web.json_body import BodyTooLarge, read_limited

BODY_CHECKED = "lotse.body_checked"  # scope key: the size was checked here, with the area's limit
FORM = b"application/x-www-form-urlencoded"
MULTIPART = b"multipart/form-data"
ErrorPage = Callable[[int], Response]


class UnreadableForm(ValueError):
    """A form body the parsers would choke on."""


def multipart_boundary(content_type: bytes) -> bytes:
    """The boundary of a multipart content type (quoted or not), or UnreadableForm."""
    _kind, options = parse_options_header(content_type)
    boundary = options.get(b"boundary", b"")
    if not boundary or len(boundary) > 200:
        raise UnreadableForm("multipart without a usable boundary")
    return boundary


def check_multipart(body: bytes, boundary: bytes) -> None:
    """Run the multipart parser over the whole body once; UnreadableForm if it fails."""
    try:
        parser = MultipartParser(boundary, {})
        parser.write(body)
        parser.finalize()
    except FormParserError as exc:
        raise UnreadableForm(str(exc)) from exc


def check_urlencoded(body: bytes) -> None:
    try:
        parse_qsl(body.decode("utf-8"), max_num_fields=1000)
    except (UnicodeDecodeError, ValueError) as exc:
        raise UnreadableForm("form body is not readable") from exc


class FormGuard:
    """Checks the POST bodies of the areas in `pages` (path prefix → its error page)."""

    def __init__(self, app: ASGIApp, *, pages: Mapping[str, ErrorPage],
                 limits: Mapping[str, int], default_limit: int) -> None:
        self.app, self.pages, self.limits, self.default_limit = app, pages, limits, default_limit

    def _area(self, path: str) -> str | None:
        return next((p for p in self.pages if path == p or path.startswith(p + "/")), None)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        area = self._area(scope.get("path", "")) if scope["type"] == "http" else None
        if area is None or scope["method"] in {"GET", "HEAD", "OPTIONS"}:
            await self.app(scope, receive, send)
            return
        page = self.pages[area]
        limit = self.limits.get(area, self.default_limit)
        headers = [(k, v) for k, v in scope.get("headers", []) if k != b"content-type"]
        content_type = next((v for k, v in scope.get("headers", []) if k == b"content-type"), b"")
        kind = content_type.split(b";", 1)[0].strip().lower()
        try:
            body = await read_limited(_chunks(receive), limit=limit)
            if kind == MULTIPART:
                boundary = multipart_boundary(content_type)
                check_multipart(body, boundary)
                content_type = MULTIPART + b"; boundary=" + boundary
            elif kind == FORM:
                check_urlencoded(body)
        except BodyTooLarge:
            await page(413)(scope, receive, send)
            return
        except UnreadableForm:
            await page(400)(scope, receive, send)
            return
        if content_type:
            headers.append((b"content-type", content_type))
        await self.app({**scope, "headers": headers, BODY_CHECKED: True}, _replay(body, receive), send)


async def _chunks(receive: Receive):  # type: ignore[no-untyped-def]
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return
        yield message.get("body", b"")
        if not message.get("more_body", False):
            return


def _replay(body: bytes, receive: Receive) -> Receive:
    """A `receive` that hands over the already read body once, then the client's own events."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


def area_error_pages(routes: Sequence[BaseRoute]) -> dict[str, ErrorPage]:
    """Every mounted area that has German error pages (`error_page(status)`), by its path."""
    pages = {}
    for route in routes:
        page = getattr(route.app, "error_page", None) if isinstance(route, Mount) else None
        if isinstance(route, Mount) and callable(page):
            pages[route.path] = page
    return pages
