"""Fault test of the real cluster (`make test-cluster`): two `lotse serve` behind nginx on one
PostgreSQL take Telegram updates from the fake Bot API's side of the world and web chats
while one of them is killed with -9 twenty times, at random moments, with updates and chat
messages in flight. Telegram's rule is played as Telegram plays it: a webhook delivery that
did not get a 200 is sent again; the web chat's as the widget plays it: a message that got no
answer is sent again with the same `metadata.message_id`.

Afterwards every chat's transcript holds each of its messages exactly once and in order, and
every update was answered: 0 lost, 0 doubled, 0 out of order."""

from __future__ import annotations

import json
import random
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa

from bot.storage.conversations import sender_hash
from bot.storage.tables import ConversationRow, MessageRow, TelegramUpdateRow
from tests.bot.telegram import updates
from tests.bot.telegram.fake_bot_api import TOKEN, FakeBotApi
from tests.cluster.conftest import cluster_script, fresh_database

pytestmark = pytest.mark.cluster
SECRET = "cluster-webhook-secret"
CHATS = list(range(81_000, 81_012))
WEB_CHATS = 6
ROUNDS = 20  # one kill -9 per round


@pytest.fixture(scope="module")
def telegram_cluster() -> Iterator[tuple[Any, FakeBotApi, sa.Engine]]:
    url = fresh_database()
    api = FakeBotApi().start()
    env = {"LOTSE_TELEGRAM_TOKEN": TOKEN, "LOTSE_TELEGRAM_API_URL": api.base_url,
           "LOTSE_TELEGRAM_WEBHOOK_URL": "http://127.0.0.1/telegram/webhook",
           "LOTSE_TELEGRAM_SECRET": SECRET,
           # a dead process's chats are taken over within seconds, not a minute
           "LOTSE_TELEGRAM_LEASE_SECONDS": "3", "LOTSE_TELEGRAM_SWEEP_SECONDS": "0.5",
           "LOTSE_RATE_LIMIT": "100000/minute", "LOTSE_RATE_LIMIT_ADDRESS": "1000000/minute"}
    engine = sa.create_engine(url)
    try:
        with cluster_script.Cluster(apps=2, database_url=url, extra_env=env) as running:
            yield running, api, engine
    finally:
        engine.dispose()
        api.stop()


def deliver(base: str, update: dict[str, Any]) -> None:
    """Telegram's webhook delivery: again and again until it gets a 200."""
    body = json.dumps(update).encode("utf-8")
    for _ in range(200):
        request = urllib.request.Request(
            base + "/telegram/webhook", data=body,
            headers={"content-type": "application/json",
                     "X-Telegram-Bot-Api-Secret-Token": SECRET})
        try:
            with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 – loopback
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.1)
    raise AssertionError(f"update {update['update_id']} never accepted")


def send_web(base: str, sender: str, words: str, message_id: str) -> None:
    """The widget: the same message with the same id again until it is answered."""
    for _ in range(300):
        try:
            if cluster_script.chat(base, sender, words, message_id=message_id):
                return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.1)
    raise AssertionError(f"{sender}: {words!r} never answered")


def bot_lines(engine: sa.Engine, chat: int) -> list[str]:
    key = sender_hash(cluster_script.DEV_SECRET.encode(), "telegram", str(chat))
    with engine.connect() as connection:
        return list(connection.execute(
            sa.select(MessageRow.text).join(ConversationRow)
            .where(ConversationRow.sender_hash == key, MessageRow.role == "bot")).scalars())


def user_lines(engine: sa.Engine, chat: int | str, channel: str = "telegram") -> list[str]:
    key = sender_hash(cluster_script.DEV_SECRET.encode(), channel, str(chat))
    with engine.connect() as connection:
        return list(connection.execute(
            sa.select(MessageRow.text).join(ConversationRow)
            .where(ConversationRow.sender_hash == key, MessageRow.role == "user")
            .order_by(MessageRow.id)).scalars())


def test_twenty_kills_lose_double_and_reorder_nothing(
        telegram_cluster: tuple[Any, FakeBotApi, sa.Engine]) -> None:
    cluster, api, engine = telegram_cluster
    chance = random.Random(2026)
    sent: dict[int, list[str]] = {chat: [] for chat in CHATS}
    web_sent: dict[str, list[str]] = {f"web-{n}": [] for n in range(WEB_CHATS)}
    total = 0
    for round_number in range(ROUNDS):
        words = {chat: f"nachricht {round_number} aus {chat}" for chat in CHATS}
        web_words = {sender: f"chat {round_number} von {sender}" for sender in web_sent}
        threads = [threading.Thread(target=deliver, args=(cluster.url, updates.text(chat, text)))
                   for chat, text in words.items()]
        threads += [threading.Thread(target=send_web, args=(cluster.url, sender, text,
                                                            f"{sender}-{round_number}"))
                    for sender, text in web_words.items()]
        for thread in threads:
            thread.start()
        time.sleep(chance.uniform(0.0, 0.3))  # mid-round: some delivered, some in flight
        victim = chance.choice(cluster.members)
        cluster.kill(victim)
        for thread in threads:
            thread.join(60)
        for chat, text in words.items():
            sent[chat].append(text)
        for sender, text in web_words.items():
            web_sent[sender].append(text)
        total += len(words)
        cluster.restart(victim)

    def all_done() -> bool:
        with engine.connect() as connection:
            statuses = connection.execute(sa.select(TelegramUpdateRow.status)).scalars().all()
        return len(statuses) == total and all(s == "done" for s in statuses)

    api.wait_for(all_done, timeout=180)
    lost = doubled = disordered = 0
    for chat in CHATS:
        taken = user_lines(engine, chat)
        doubled += len(taken) - len(set(taken))
        lost += len(set(sent[chat]) - set(taken))
        disordered += taken != sent[chat] and len(taken) == len(set(taken))
    for sender, words_sent in web_sent.items():
        taken = user_lines(engine, sender, "web")
        doubled += len(taken) - len(set(taken))
        lost += len(set(words_sent) - set(taken))
        disordered += taken != words_sent and len(taken) == len(set(taken))
    assert (lost, doubled, disordered) == (0, 0, 0)
    by_chat = api.texts_by_chat()
    assert all(len(by_chat.get(chat, [])) >= ROUNDS for chat in CHATS)  # every update answered
    # each reply went out once: Telegram got as many messages per chat as the conversation
    # holds answers (Telegram's API has no idempotency key: only a process killed between
    # Telegram's "ok" and its own note of it could send one twice)
    extra = {chat: len(api.sent(chat)) - len(bot_lines(engine, chat)) for chat in CHATS}
    print("sent minus stored answers per chat:", extra)
    assert sum(extra.values()) <= ROUNDS, extra


def test_with_redis_gone_the_limits_fall_back_and_nothing_else_breaks() -> None:
    """The cluster pointed at a Redis that is not there (a closed port): chats, crisis help
    and logins still work – the limits count in each process's memory meanwhile."""
    url = fresh_database()
    env = {"LOTSE_RATE_LIMIT": "100000/minute", "LOTSE_RATE_LIMIT_ADDRESS": "1000000/minute"}
    with cluster_script.Cluster(apps=2, database_url=url, redis_url="redis://127.0.0.1:9/0",
                                extra_env=env) as running:
        for n in range(6):
            assert cluster_script.chat(running.url, f"no-redis-{n}", "hallo")
        help_now = cluster_script.chat(running.url, "no-redis-crisis", "ich will nicht mehr leben")
        assert "TelefonSeelsorge" in json.dumps(help_now, ensure_ascii=False)
        with urllib.request.urlopen(running.url + "/readyz", timeout=10) as response:  # noqa: S310
            ready = json.loads(response.read())
        assert ready["database"]["state"] == "up" and ready["redis"]["state"] != "up"
