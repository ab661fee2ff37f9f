"""`/readyz` tells the truth about Rasa and Redis: Rasa is asked (`GET /`, a small local HTTP
server stands in for Rasa's route) instead of being read off a circuit that only opens after
messages failed; a real Redis shows up."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
import redis
from sqlalchemy import Engine
from starlette.testclient import TestClient

from bot.readiness import RASA_DEADLINE, RASA_FRESH
from bot.safety import looks_like_crisis
from bot.service import Lotse
from bot.web.app import create_app
from nlu.crisis_rule import WithCrisisRule
from nlu.rasa_http import RasaBackend
from tests.conftest import skip_or_fail

REDIS_URL = os.environ.get("LOTSE_TEST_REDIS_URL", "redis://127.0.0.1:6379/5")


class FakeRasa:
    """Rasa's health route on 127.0.0.1: `GET /` answers "Hello from Rasa", counted."""

    def __init__(self) -> None:
        self.asked = 0
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                fake.asked += 1
                body = b"Hello from Rasa: 3.6.21" if self.path == "/" else b"not found"
                self.send_response(200 if self.path == "/" else 404)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()  # the port is closed: connections are refused


@pytest.fixture
def fake_rasa() -> Iterator[FakeRasa]:
    rasa = FakeRasa()
    yield rasa
    rasa.stop()


Readyz = Callable[[], tuple[dict[str, Any], float]]


@pytest.fixture
def serve(sqlite_engine: Engine, make_lotse: Callable[..., Lotse]) -> Iterator[Callable[..., Readyz]]:
    """Factory: an app whose NLU is Rasa at `rasa_url` (as `lotse serve` wires it with
    LOTSE_RASA_URL), with `redis_url`; a function that GETs its /readyz (body, seconds)."""
    clients: list[TestClient] = []

    def start(*, rasa_url: str | None = None, redis_url: str | None = None) -> Readyz:
        lotse = make_lotse(sqlite_engine)
        if rasa_url:
            lotse.nlu = WithCrisisRule(RasaBackend(rasa_url), looks_like_crisis)
        client = TestClient(create_app(lotse, redis_url=redis_url))
        clients.append(client)

        def readyz() -> tuple[dict[str, Any], float]:
            started = time.monotonic()
            body = client.get("/readyz").json()
            return body, time.monotonic() - started

        return readyz

    yield start
    for client in clients:
        client.close()


def test_without_a_rasa_url_rasa_is_off(serve: Callable[..., Readyz]) -> None:
    body, _ = serve()()
    assert body["rasa"] == {"state": "off"}  # the embedded NLU answers


def test_rasa_is_up_while_it_answers_and_down_soon_after_it_stops(
        fake_rasa: FakeRasa, serve: Callable[..., Readyz]) -> None:
    ready = serve(rasa_url=fake_rasa.url)
    body, _ = ready()
    assert body["rasa"] == {"state": "up"} and fake_rasa.asked == 1
    for _ in range(5):  # polled often: Rasa is asked again only after RASA_FRESH seconds
        assert ready()[0]["rasa"]["state"] == "up"
    assert fake_rasa.asked == 1
    fake_rasa.stop()
    stopped = time.monotonic()
    while (state := ready()[0]["rasa"])["state"] == "up":  # no message has failed: before, up for good
        assert time.monotonic() - stopped < RASA_FRESH + 1, "still up after the cache time"
        time.sleep(0.1)
    assert state["state"] == "down" and "GET /" in state["problem"]


def test_a_rasa_that_accepts_but_never_answers_is_down_without_holding_up_readyz(
        serve: Callable[..., Readyz]) -> None:
    with socket.socket() as frozen:  # listens, never answers: a hung Rasa
        frozen.bind(("127.0.0.1", 0))
        frozen.listen(8)
        body, took = serve(rasa_url=f"http://127.0.0.1:{frozen.getsockname()[1]}")()
    assert body["rasa"]["state"] == "down"
    assert took < RASA_DEADLINE + 0.5


def test_a_real_redis_is_up(serve: Callable[..., Readyz]) -> None:
    try:
        redis.Redis.from_url(REDIS_URL).ping()
    except redis.ConnectionError:
        skip_or_fail(f"the Redis tests need a Redis at LOTSE_TEST_REDIS_URL ({REDIS_URL})")
    body, _ = serve(redis_url=REDIS_URL)()
    assert body["redis"] == {"state": "up"}  # before: never asserted
    assert body["rasa"] == {"state": "off"}
