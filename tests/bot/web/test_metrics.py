"""/metrics: Prometheus counts and latencies – of one process, or of all the workers of
`lotse serve --workers N` together – for allowed networks only, with no text and no sender in
them. (The Telegram queue's depth: tests/bot/telegram/test_metrics.py.)"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import httpx
from sqlalchemy import Engine
from starlette.testclient import TestClient

from bot.metrics import MULTIPROC_DIR
from bot.notify import Notifier, SmtpConfig
from bot.service import Lotse
from bot.storage.database import make_sessionmaker
from bot.web.app import create_app
from nlu.rasa_http import RasaBackend
from tests.bot.telegram.fake_bot_api import free_port
from tests.bot.test_cluster import _start_workers
from tests.bot.test_notify import NOW, setup


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


class FakeRasa:
    """Rasa that understands nothing (`nlu_fallback`), or is away when told."""

    def __init__(self) -> None:
        self.away = False

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if self.away:
            raise httpx.ConnectError("connection refused", request=request)
        return httpx.Response(200, json={
            "intent": {"name": "nlu_fallback", "confidence": 0.3},
            "intent_ranking": [{"name": "nlu_fallback", "confidence": 0.3}], "entities": []})


def test_nlu_fallbacks_count_the_messages_rasa_could_not_parse(
        sqlite_engine: Engine, make_lotse: Callable[..., Lotse]) -> None:
    lotse, rasa = make_lotse(sqlite_engine), FakeRasa()
    lotse.nlu = RasaBackend("http://rasa.test", transport=httpx.MockTransport(rasa))
    fallbacks = "lotse_nlu_fallbacks_total"
    with TestClient(create_app(lotse), client=("127.0.0.1", 50000)) as local:
        def chat(sender: str, text: str) -> None:
            reply = local.post("/webhooks/rest/webhook", json={"sender": sender, "message": text})
            assert reply.status_code == 200 and reply.json()

        before = value(local.get("/metrics").text, fallbacks)
        for text in ("hallo", "blubb fnord"):  # Rasa answers, if without understanding
            chat("rasa-da", text)
        assert value(local.get("/metrics").text, fallbacks) == before
        rasa.away = True  # the first failures, then the open circuit: the embedded NLU answers
        for n in range(5):
            chat(f"rasa-weg-{n}", "hallo")
        assert value(local.get("/metrics").text, fallbacks) == before + 5


def test_notification_failures_count_each_failed_send_by_kind_and_channel(
        sqlite_engine: Engine, make_lotse: Callable[..., Lotse]) -> None:
    nobody = free_port()  # neither the mail server nor the webhook receiver is there
    notifier = Notifier(make_sessionmaker(sqlite_engine), clock=lambda: NOW + timedelta(seconds=1),
                        smtp=SmtpConfig(host="127.0.0.1", port=nobody, starttls=False, timeout=2))
    app = create_app(make_lotse(sqlite_engine), notifier=notifier, notify_every=0.05)
    email = 'lotse_notification_failures_total{channel="email",kind="handoff"}'
    webhook = 'lotse_notification_failures_total{channel="webhook",kind="handoff"}'
    with TestClient(app, client=("127.0.0.1", 50000)) as local:
        before = local.get("/metrics").text
        setup(sqlite_engine, email="team@beratung.example", hook=f"http://127.0.0.1:{nobody}/lotse")
        deadline = time.monotonic() + 10
        while (page := local.get("/metrics").text) and not all(
                value(page, failures) > value(before, failures) for failures in (email, webhook)):
            assert time.monotonic() < deadline, "no failed send was counted"
            time.sleep(0.05)
        time.sleep(0.3)  # several more passes: nothing is due again before its backoff
        page = local.get("/metrics").text
    assert value(page, email) == value(before, email) + 1
    assert value(page, webhook) == value(before, webhook) + 1
    assert "LT-NNNNNN" not in page and "beratung" not in page and "0151" not in page


def metrics_directory(pid: int) -> Path | None:
    """The directory a process was started to keep its metrics in (its environment)."""
    for entry in Path(f"/proc/{pid}/environ").read_bytes().split(b"\0"):
        name, _, setting = entry.decode(errors="replace").partition("=")
        if name == MULTIPROC_DIR:
            return Path(setting)
    return None


def test_every_scrape_of_serve_with_workers_counts_the_turns_of_all_workers(
        tmp_path: Path, pg_url: str) -> None:
    # the scraper comes from 127.0.0.2; the chat's clients (127.0.0.1) may not read /metrics
    process, port = _start_workers(tmp_path, pg_url, LOTSE_METRICS_ALLOW="127.0.0.2/32")
    url = f"http://127.0.0.1:{port}"
    turns, answered = 'lotse_turns_total{channel="web"}', 'lotse_turn_seconds_count{channel="web"}'
    try:
        workers = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
        directories = {metrics_directory(int(pid)) for pid in workers} - {None}
        assert len(directories) == 1  # one fresh directory, shared by the workers
        [directory] = directories
        assert directory is not None and directory.is_dir()
        for n in range(10):  # new connections: the kernel hands them to either worker
            with httpx.Client(base_url=url, timeout=10) as fresh:
                reply = fresh.post("/webhooks/rest/webhook",
                                   json={"sender": f"zaehler-{n}", "message": "hallo"})
                assert reply.status_code == 200 and reply.json()
        scrapes = []
        for _ in range(12):  # each scrape on a new connection, to either worker
            with httpx.Client(base_url=url, timeout=10,
                              transport=httpx.HTTPTransport(local_address="127.0.0.2")) as scraper:
                page = scraper.get("/metrics")
                assert page.status_code == 200
                scrapes.append((value(page.text, turns), value(page.text, answered)))
                assert "zaehler" not in page.text
                # one depth (no Telegram here: 0), read by the scraped worker – not one per worker
                assert [line for line in page.text.splitlines()
                        if line.startswith("lotse_telegram_queue_depth")] == ["lotse_telegram_queue_depth 0.0"]
            with httpx.Client(base_url=url, timeout=10) as chat_client:
                assert chat_client.get("/metrics").status_code == 404  # not in LOTSE_METRICS_ALLOW
        assert scrapes == [(10, 10)] * 12
    finally:
        process.terminate()
        process.wait(timeout=30)
    assert not directory.exists()  # removed when `serve` stopped
