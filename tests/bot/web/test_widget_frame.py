"""The widget frame and its host page (issue 16): the frame talks (postMessage) only to the
origin of the page it is embedded in, and only if that origin may embed it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from starlette.testclient import TestClient

from bot.service import Lotse
from bot.web.app import create_app
from bot.web.embedding import WidgetOptions, parse_origins

HOST = "https://www.kreis-beispiel.de"
WEB = Path(__file__).resolve().parents[3] / "bot" / "web"
# a postMessage call and its target origin (the call's last argument)
POST_MESSAGE = re.compile(r"postMessage\((?P<args>(?:[^()]|\([^()]*\))*)\)")


@pytest.fixture
def client(sqlite_engine: Engine, make_lotse: Callable[..., Lotse]) -> Iterator[TestClient]:
    app = create_app(make_lotse(sqlite_engine), widget_origins=parse_origins(HOST))
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


def host_of(page: str) -> str:
    found = re.search(r'data-host="([^"]*)"', page)
    assert found is not None
    return found.group(1)


def test_the_frame_knows_its_host_page_only_if_that_may_embed_it(client: TestClient) -> None:
    assert host_of(client.get("/widget", params={"embed": "1", "host": HOST}).text) == HOST
    assert host_of(client.get("/widget", params={"embed": "1", "host": HOST.upper() + "/"}).text) == HOST
    # Lotse's own pages may frame it too ('self' in frame-ancestors)
    assert host_of(client.get("/widget", params={"embed": "1",
                                                 "host": "http://testserver"}).text) == "http://testserver"
    for other in ("https://evil.example", "*", "null", HOST + ".evil.example", ""):
        assert host_of(client.get("/widget", params={"embed": "1", "host": other}).text) == ""
    assert host_of(client.get("/widget", params={"host": HOST}).text) == ""  # not embedded
    assert host_of(client.get("/").text) == ""  # Lotse's own page talks to no parent


def test_options_take_the_host_from_the_allowed_ones() -> None:
    options = WidgetOptions.from_query({"embed": "1", "host": "https://A.de"}, ["de"],
                                       hosts=["https://a.de"])
    assert options.host == "https://a.de"
    assert WidgetOptions.from_query({"embed": "1", "host": "https://b.de"}, ["de"],
                                    hosts=["https://a.de"]).host is None


def test_the_frame_starts_about_an_offer_of_the_catalogue_only(client: TestClient) -> None:
    # data-lotse-offer="…" of the snippet: the chat box starts with "/angebot <id>" (chat.js)
    def offer_of(page: str) -> str:
        found = re.search(r'data-offer="([^"]*)"', page)
        assert found is not None
        return found.group(1)

    assert offer_of(client.get("/widget", params={"offer": "harz-jba-janalos"}).text) == "harz-jba-janalos"
    for unknown in ("gibt-es-nicht", "<b>x</b>", ""):
        assert offer_of(client.get("/widget", params={"offer": unknown}).text) == ""
    assert WidgetOptions.from_query({"offer": "A-1"}, ["de"], offers=["a-1"]).offer == "a-1"


def test_no_script_posts_to_any_origin() -> None:
    """Every postMessage of the widget names its target origin: never "*"."""
    calls = []
    for path in [*(WEB / "static").glob("*.js"), *(WEB / "templates").rglob("*.html")]:
        for call in POST_MESSAGE.finditer(path.read_text(encoding="utf-8")):
            calls.append((path.name, call.group("args")))
            target = call.group("args").rsplit(",", 1)[-1].strip()
            assert target not in ('"*"', "'*'", "`*`"), f"{path.name}: postMessage({call.group('args')})"
            assert "*" not in target, f"{path.name}: postMessage({call.group('args')})"
    # the frame's signals and the loader's answers: each with its own origin
    assert {name for name, _ in calls} == {"chat.js", "widget.js"}
    assert all(args.rstrip().endswith(("hostOrigin", "origin")) for _, args in calls), calls
