"""The real app's route table, read from the app itself: a new route is fuzzed and checked
against the docs without anyone adding it to a list."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from starlette.routing import Mount, Route

HTML_AREAS = ("/berater", "/lotsen", "/netzwerk", "/z", "/angebote")  # German pages for people; everything else JSON
PARAM = re.compile(r"\{[^}]+\}")


@dataclass(frozen=True)
class Endpoint:
    path: str  # as declared, with {parameters}
    methods: frozenset[str]

    def url(self, fill: str = "x1") -> str:
        return PARAM.sub(fill, self.path)

    @property
    def html(self) -> bool:
        return any(self.path == a or self.path.startswith(a + "/") for a in HTML_AREAS)


def routes_of(app: object) -> list[object]:
    """The routes of an app, found through the middleware around it."""
    while not hasattr(app, "routes") and hasattr(app, "app"):  # through middleware
        app = app.app
    return list(getattr(app, "routes", []))


def endpoints(app: object, prefix: str = "") -> Iterator[Endpoint]:
    """Every route of the app, mounts included."""
    for route in routes_of(app):
        if isinstance(route, Mount):
            yield from endpoints(route.app, prefix + route.path)
        elif isinstance(route, Route):
            yield Endpoint(prefix + route.path, frozenset(route.methods or ()))


def post_endpoints(app: object) -> list[Endpoint]:
    found = {e.path: e for e in endpoints(app) if "POST" in e.methods}
    return sorted(found.values(), key=lambda e: e.path)
