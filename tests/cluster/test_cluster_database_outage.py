"""Fault test of the real cluster (`make test-cluster`): two `lotse serve` behind nginx, on a
PostgreSQL reached through a proxy the test can freeze (connections hang, as a database that
stopped answering) and stop (the port is closed, as a database that is down), under load.

While web chats go on, a new young person writes a crisis message every few tenths of a
second. Every one of them gets crisis help within one second, before, during and after the
outage. The chats write as the widget does: each message with its id, sent again with the
same id when the answer was „gleich wieder da“ or „Bei mir klemmt gerade etwas“. Afterwards
every conversation holds each of its messages exactly once and in order, and every crisis
message of the outage is in its conversation (recorded from the crisis spool)."""

from __future__ import annotations

import json
import threading
import time
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa

from bot.core import texts
from bot.storage.conversations import sender_hash
from bot.storage.tables import ConversationRow, MessageRow
from tests.bot.outage_proxy import PausableProxy
from tests.cluster.conftest import cluster_script, fresh_database

pytestmark = pytest.mark.cluster
CONVERSATIONS = (
    ("hallo", "ich bin 17 und such eine ausbildung", "Quedlinburg", "Realschulabschluss",
     "was muss ich da mitbringen?", "danke dir"),
    ("hi", "ich hab schulden und weiß nicht weiter", "bin 19", "wohne in Bochum",
     "kostet das was?", "ok danke"),
    ("moin", "ich brauch ein praktikum in der 9. klasse", "15", "Bad Homburg",
     "was mit tieren wär cool", "tschüss"),
)
CRISES = ("ich will nicht mehr leben", "ich bring mich heute um", "ich will sterben",
          "ich halt das nicht mehr aus und will mich umbringen")
CHATS = 6
WAIT_FOR_RETRY = 0.4  # seconds the widget waits before sending a message again


@pytest.fixture(scope="module")
def outage_cluster() -> Iterator[tuple[Any, PausableProxy, sa.Engine]]:
    url = sa.make_url(fresh_database())
    proxy = PausableProxy((url.host or "127.0.0.1", url.port or 5432)).start()
    through_proxy = url.set(port=proxy.port).render_as_string(hide_password=False)
    env = {"LOTSE_RATE_LIMIT": "100000/minute", "LOTSE_RATE_LIMIT_ADDRESS": "1000000/minute"}
    engine = sa.create_engine(url)
    try:
        with cluster_script.Cluster(apps=2, database_url=through_proxy, extra_env=env) as running:
            yield running, proxy, engine
    finally:
        engine.dispose()
        proxy.stop()


def post(base: str, sender: str, message: str, message_id: str | None = None) -> tuple[str, float]:
    """One chat message; the answer (texts, buttons and cards) as JSON, and its seconds."""
    payload: dict[str, object] = {"sender": sender, "message": message}
    if message_id is not None:
        payload["metadata"] = {"message_id": message_id}
    request = urllib.request.Request(base + "/webhooks/rest/webhook",
                                     data=json.dumps(payload).encode("utf-8"),
                                     headers={"content-type": "application/json"})
    started = time.monotonic()
    with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310 – loopback
        assert response.status == 200
        answer = json.loads(response.read())
    return json.dumps(answer, ensure_ascii=False), time.monotonic() - started


def user_lines(engine: sa.Engine, sender: str) -> list[str]:
    key = sender_hash(cluster_script.DEV_SECRET.encode(), "web", sender)
    with engine.connect() as connection:
        return list(connection.execute(
            sa.select(MessageRow.text).join(ConversationRow)
            .where(ConversationRow.sender_hash == key, MessageRow.role == "user")
            .order_by(MessageRow.id)).scalars())


def test_crisis_help_never_waits_for_a_frozen_or_stopped_database(
        outage_cluster: tuple[Any, PausableProxy, sa.Engine]) -> None:
    running, proxy, engine = outage_cluster
    done = threading.Event()
    failures: list[str] = []
    crisis_times: list[tuple[str, str, float, str]] = []  # sender, phase, seconds, answer
    phase = ["before"]
    retried = [0]

    def chatter(number: int) -> None:
        sender = f"outage-chat-{number}"
        try:
            for round_ in range(200):
                for step, words in enumerate(CONVERSATIONS[number % len(CONVERSATIONS)]):
                    message_id = f"{round_}-{step}"
                    while True:  # the widget: the same id again until it was answered
                        text, _ = post(running.url, f"{sender}-{round_}", words, message_id)
                        if texts.BACK_SOON not in text and texts.TROUBLE not in text:
                            break
                        retried[0] += 1
                        time.sleep(WAIT_FOR_RETRY)
                if done.is_set():
                    return
        except Exception as exc:  # noqa: BLE001 – reported by the test below
            failures.append(f"{sender}: {exc!r}")

    def in_crisis() -> None:
        number = 0
        while not done.is_set():
            sender = f"outage-crisis-{number}"
            try:
                # with a message id, as the widget sends it
                text, seconds = post(running.url, sender, CRISES[number % len(CRISES)], "1")
            except Exception as exc:  # noqa: BLE001
                failures.append(f"{sender}: {exc!r}")
            else:
                crisis_times.append((sender, phase[0], seconds, text))
            number += 1
            time.sleep(0.25)

    threads = [threading.Thread(target=chatter, args=(n,)) for n in range(CHATS)]
    threads.append(threading.Thread(target=in_crisis))
    for thread in threads:
        thread.start()
    try:
        time.sleep(3)
        phase[0] = "frozen"
        proxy.pause()
        time.sleep(8)
        phase[0] = "after freeze"
        proxy.resume()
        time.sleep(4)
        phase[0] = "stopped"
        proxy.stop()
        time.sleep(8)
        phase[0] = "after stop"
        proxy.start()
        for member in running.members:  # both processes see the database again
            cluster_script.wait_http(member.url + "/readyz", timeout=60)
        time.sleep(3)
    finally:
        done.set()
        for thread in threads:
            thread.join(timeout=120)
    assert not failures, failures[:5]
    by_phase = {name: [t for t in crisis_times if t[1] == name]
                for name in ("before", "frozen", "after freeze", "stopped", "after stop")}
    assert all(len(found) >= 3 for found in by_phase.values()), {k: len(v) for k, v in by_phase.items()}
    slow = [(sender, name, round(seconds, 2)) for sender, name, seconds, _ in crisis_times
            if seconds > 1.0]
    assert not slow, slow
    unhelped = [(sender, name, answer[:200]) for sender, name, _, answer in crisis_times
                if "TelefonSeelsorge" not in answer]
    assert not unhelped, unhelped[:3]
    assert retried[0] > 0  # the outage was felt by the ordinary chats
    # nothing lost, nothing doubled, nothing out of order – after the spool was replayed
    deadline = time.monotonic() + 60
    missing = [s for s, *_ in crisis_times]
    while missing and time.monotonic() < deadline:
        missing = [s for s in missing if len(user_lines(engine, s)) != 1]
        time.sleep(0.5)
    assert not missing, [(s, n, round(t, 2), user_lines(engine, s)) for s, n, t, _ in crisis_times
                         if s in missing]
    for number in range(CHATS):
        script = CONVERSATIONS[number % len(CONVERSATIONS)]
        for round_ in range(200):
            lines = user_lines(engine, f"outage-chat-{number}-{round_}")
            if not lines:
                break
            assert lines == list(script), (number, round_, lines)
