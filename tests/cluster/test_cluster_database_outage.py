"""Fault test of the real cluster (`make test-cluster`): two `lotse serve` behind nginx, on a
PostgreSQL reached through a proxy the test can freeze (connections hang, as a database that
stopped answering) and stop (the port is closed, as a database that is down), under load.

While web chats go on, a new young person writes a crisis message every few tenths of a
second. Every one of them gets crisis help within one second, before, during and after the
outage. The chats write as the widget does: each message with its id, sent again with the
same id when the answer was „gleich wieder da“ or „Bei mir klemmt gerade etwas“. Afterwards
every conversation holds each of its messages exactly once and in order, and every crisis
message of the outage is in its conversation (recorded from the crisis spool).

Telegram alike: a new chat writes a crisis message to the webhook now and then. Crisis help
reaches Telegram's side (the fake Bot API) within one second in every phase, and once the
database is back each update is stored as answered, its message once in its chat's
conversation, and its help was sent once."""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa

from bot.core import texts
from bot.storage.conversations import sender_hash
from bot.storage.tables import ConversationRow, MessageRow, TelegramUpdateRow
from tests.bot.outage_proxy import PausableProxy
from tests.bot.telegram import updates
from tests.bot.telegram.fake_bot_api import TOKEN, FakeBotApi
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
SECRET = "outage-webhook-secret"
WAIT_FOR_RETRY = 0.4  # seconds the widget waits before sending a message again


@pytest.fixture(scope="module")
def outage_cluster() -> Iterator[tuple[Any, PausableProxy, sa.Engine, FakeBotApi]]:
    url = sa.make_url(fresh_database())
    proxy = PausableProxy((url.host or "127.0.0.1", url.port or 5432)).start()
    through_proxy = url.set(port=proxy.port).render_as_string(hide_password=False)
    api = FakeBotApi().start()
    env = {"LOTSE_RATE_LIMIT": "100000/minute", "LOTSE_RATE_LIMIT_ADDRESS": "1000000/minute",
           "LOTSE_TELEGRAM_TOKEN": TOKEN, "LOTSE_TELEGRAM_API_URL": api.base_url,
           "LOTSE_TELEGRAM_WEBHOOK_URL": "http://127.0.0.1/telegram/webhook",
           "LOTSE_TELEGRAM_SECRET": SECRET, "LOTSE_TELEGRAM_SWEEP_SECONDS": "1"}
    engine = sa.create_engine(url)
    try:
        with cluster_script.Cluster(apps=2, database_url=through_proxy, extra_env=env) as running:
            for member in running.members:  # connected to (the fake) Telegram
                deadline = time.monotonic() + 60
                while readyz(member.url)["telegram"]["state"] != "ready":
                    assert time.monotonic() < deadline, "Telegram never connected"
                    time.sleep(0.2)
            yield running, proxy, engine, api
    finally:
        engine.dispose()
        proxy.stop()
        api.stop()


def readyz(url: str) -> dict[str, Any]:
    try:
        with urllib.request.urlopen(url + "/readyz", timeout=5) as response:  # noqa: S310
            return dict(json.loads(response.read()))
    except urllib.error.HTTPError as exc:  # 503 during the outage still has the states
        return dict(json.loads(exc.read()))


def deliver(base: str, update: dict[str, Any]) -> int:
    """One webhook delivery as Telegram makes it; the HTTP status."""
    request = urllib.request.Request(
        base + "/telegram/webhook", data=json.dumps(update).encode("utf-8"),
        headers={"content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 – loopback
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


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
        outage_cluster: tuple[Any, PausableProxy, sa.Engine, FakeBotApi]) -> None:
    running, proxy, engine, api = outage_cluster
    done = threading.Event()
    failures: list[str] = []
    crisis_times: list[tuple[str, str, float, str]] = []  # sender, phase, seconds, answer
    phase = ["before"]
    retried = [0]
    telegram_times: list[tuple[int, int, str, float]] = []  # chat, update, phase, seconds

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
            if number % 2 == 0:  # and on Telegram: a new chat, help on Telegram's side
                chat, update = 92_000 + number, updates.text(92_000 + number, CRISES[number % 4])
                started = time.monotonic()
                status = deliver(running.url, update)
                try:
                    api.wait_for(lambda chat=chat: any("TelefonSeelsorge" in t
                                                       for t in api.texts(chat)), timeout=5)
                except AssertionError:
                    failures.append(f"telegram {chat}: no crisis help (webhook {status})")
                else:
                    telegram_times.append((chat, update["update_id"], phase[0],
                                           time.monotonic() - started))
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
    assert not missing, [(s, n, round(t, 2), len(user_lines(engine, s)))  # lines stored
                         for s, n, t, _ in crisis_times if s in missing]
    # Telegram: help within a second in every phase; afterwards each update stored once as
    # answered, its message once in its chat's conversation, its help sent once
    assert {name for _, _, name, _ in telegram_times} >= set(by_phase), telegram_times
    slow_telegram = [(chat, name, round(t, 2)) for chat, _, name, t in telegram_times if t > 1.0]
    assert not slow_telegram, slow_telegram

    def telegram_recorded() -> bool:
        with engine.connect() as connection:
            kept = dict(connection.execute(sa.select(TelegramUpdateRow.update_id,
                                                     TelegramUpdateRow.status)).all())
        return all(kept.get(update) == "done" for _, update, _, _ in telegram_times)

    api.wait_for(telegram_recorded, timeout=60)
    for chat, _, name, _ in telegram_times:
        key = sender_hash(cluster_script.DEV_SECRET.encode(), "telegram", str(chat))
        with engine.connect() as connection:
            lines = connection.execute(
                sa.select(MessageRow.text).join(ConversationRow)
                .where(ConversationRow.sender_hash == key, MessageRow.role == "user")).scalars().all()
        assert len(lines) == 1, (chat, name, lines)
        helped = [t[:60] for t in api.texts(chat) if "TelefonSeelsorge" in t]
        assert len(helped) == 1, (chat, name, helped)
    for number in range(CHATS):
        script = CONVERSATIONS[number % len(CONVERSATIONS)]
        for round_ in range(200):
            lines = user_lines(engine, f"outage-chat-{number}-{round_}")
            if not lines:
                break
            assert lines == list(script), (number, round_, lines)
