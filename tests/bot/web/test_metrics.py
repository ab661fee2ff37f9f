"""/metrics: Prometheus counts and latencies of this process for allowed networks only, with no
text and no sender in them."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine
from starlette.testclient import TestClient

from bot.service import Lotse
from bot.web.app import create_app


def value(page: str, name: str) -> float:
    """The sample's value (summed over labels) in the exposition text."""
    return sum(float(line.rsplit(" ", 1)[1]) for line in page.splitlines()
               if line.startswith(name) and not line.startswith("#"))


def test_metrics_count_turns_and_crisis_answers_without_personal_data(
        sqlite_engine: Engine, make_lotse: Callable[..., Lotse]) -> None:
    app = create_app(make_lotse(sqlite_engine))
    with TestClient(app, client=("127.0.0.1", 50000)) as local:
        before = local.get("/metrics").text
        for text in ("hallo", "ich will nicht mehr leben"):
            local.post("/webhooks/rest/webhook", json={"sender": "geheim-4711", "message": text})
        page = local.get("/metrics")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/plain")
    assert value(page.text, 'lotse_turns_total{channel="web"}') == value(
        before, 'lotse_turns_total{channel="web"}') + 2
    assert value(page.text, 'lotse_crisis_answers_total{tier="crisis"}') >= 1
    assert value(page.text, "lotse_turn_seconds_count") >= 2
    assert "geheim-4711" not in page.text and "leben" not in page.text


def test_metrics_are_hidden_from_other_networks(sqlite_engine: Engine,
                                                make_lotse: Callable[..., Lotse]) -> None:
    app = create_app(make_lotse(sqlite_engine))
    with TestClient(app, client=("203.0.113.9", 50000)) as outside:
        assert outside.get("/metrics").status_code == 404
        forwarded = outside.get("/metrics", headers={"x-forwarded-for": "127.0.0.1"})
        assert forwarded.status_code == 404  # a header is no address
    allowed = create_app(make_lotse(sqlite_engine), metrics_allow="203.0.113.0/24")
    with TestClient(allowed, client=("203.0.113.9", 50000)) as scraper:
        assert scraper.get("/metrics").status_code == 200
