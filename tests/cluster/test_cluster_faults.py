"""Fault test of the real cluster (`make test-cluster`): two `lotse serve` behind nginx on one
PostgreSQL take Telegram updates from the fake Bot API's side of the world and web chats
while one of them is killed with -9 twenty times, at random moments, with updates and chat
messages in flight. Telegram's rule is played as Telegram plays it: a webhook delivery that
did not get a 200 is sent again; the web chat's as the widget plays it: a message that got no
answer is sent again with the same `metadata.message_id`.

Afterwards every chat's transcript holds each of its messages exactly once and in order, and
every update was answered: 0 lost, 0 doubled, 0 out of order."""

from __future__ import annotations

import http.cookiejar
import json
import random
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest
import redis
import sqlalchemy as sa

from bot.limits_store import REDIS_RETRY
from bot.storage.accounts import AccountRepository
from bot.storage.conversations import sender_hash
from bot.storage.database import make_sessionmaker
from bot.storage.tables import ConversationRow, MessageRow, OrganisationRow, TelegramUpdateRow
from tests.bot.outage_proxy import PausableProxy
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
    # every stored answer went out, and once but for one case: Telegram's API has no
    # idempotency key, so a process killed between Telegram's "ok" and its own note of it has
    # that one message sent again by the process that takes the chat over. One kill can do that
    # to every chat the victim was answering, at most one message each (each message is noted
    # right after it went out, and a chat has one update a round): never more than one a chat a
    # kill. Measured: 12 and, on a loaded clean clone, 23 over 240 updates with 20 kills.
    extra = {chat: len(api.sent(chat)) - len(bot_lines(engine, chat)) for chat in CHATS}
    print("sent minus stored answers per chat:", extra)
    assert all(0 <= n <= ROUNDS for n in extra.values()), extra


LIMIT = 6  # chat messages per sender and minute in the Redis test
PASSWORD = "Blauer-Fluss-tanzt-um-42-Ecken!"


def limited(base: str, sender: str, count: int, members: list[Any] | None = None) -> list[bool]:
    """`count` messages of one sender (through the proxy, or taking turns on `members`):
    which of them were refused by the chat limit."""
    answers = []
    for n in range(count):
        target = members[n % len(members)].url if members else base
        answers.append("sehr schnell" in json.dumps(cluster_script.chat(target, sender, "hallo"),
                                                    ensure_ascii=False))
    return answers


def log_in(base: str, email: str, password: str) -> str:
    """The counsellor's login form, as a browser sends it; the page it ends on."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(
        http.cookiejar.CookieJar()))
    with opener.open(base + "/berater/login", timeout=10) as response:
        token = re.search(r'name="csrftoken" value="([^"]+)"', response.read().decode())
    assert token is not None
    form = urllib.parse.urlencode({"csrftoken": token.group(1), "email": email,
                                   "password": password}).encode()
    with opener.open(urllib.request.Request(base + "/berater/login", data=form),
                     timeout=30) as response:
        return str(response.geturl())


def redis_state(member: Any) -> str:
    try:
        with urllib.request.urlopen(member.url + "/readyz", timeout=5) as response:  # noqa: S310
            return str(json.loads(response.read())["redis"]["state"])
    except urllib.error.HTTPError as exc:
        return str(json.loads(exc.read())["redis"]["state"])


def test_redis_going_away_mid_load_the_limits_fall_back_and_nothing_else_breaks() -> None:
    """Redis (behind a proxy the test can close) counts the chat limit of both processes
    together; it goes away while chats go on: the limits still hold, counted in each process's
    memory, crisis help and logins work, /readyz says so; when it is back they count together
    again."""
    url = fresh_database()
    proxy = PausableProxy(("127.0.0.1", 6379)).start()
    redis_url = f"redis://127.0.0.1:{proxy.port}/3"
    redis.Redis.from_url(redis_url).flushdb()
    env = {"LOTSE_RATE_LIMIT": f"{LIMIT}/minute", "LOTSE_RATE_LIMIT_ADDRESS": "1000000/minute"}
    try:
        with cluster_script.Cluster(apps=2, database_url=url, redis_url=redis_url,
                                    extra_env=env) as running:
            engine = sa.create_engine(url)
            with make_sessionmaker(engine).begin() as session:
                session.add(OrganisationRow(id="beispiel-beratung", name="Beispiel-Beratung", offer_ids=[]))
                session.flush()
                AccountRepository(session).add_user(org_id="beispiel-beratung",
                                                    email="ana@beispiel.example", password=PASSWORD)
            engine.dispose()
            members = running.members
            assert {redis_state(m) for m in members} == {"up"}
            # together in Redis: the seventh message through either process is refused
            assert limited(running.url, "flood-up", LIMIT + 3, members) == \
                [False] * LIMIT + [True] * 3
            failures: list[str] = []
            stop = threading.Event()

            def chatting(n: int) -> None:  # load while Redis goes away
                step = 0
                while not stop.is_set():
                    try:
                        if not cluster_script.chat(running.url, f"busy-{n}-{step}", "hallo"):
                            failures.append(f"busy-{n}: no answer")
                    except Exception as exc:  # noqa: BLE001 – reported below
                        failures.append(f"busy-{n}: {exc!r}")
                    step += 1

            load = [threading.Thread(target=chatting, args=(n,)) for n in range(3)]
            for thread in load:
                thread.start()
            time.sleep(1)
            proxy.stop()  # Redis is gone, mid-load
            time.sleep(1)
            # each process counts in its own memory now: LIMIT each, then refused
            refused = limited(running.url, "flood-down", 2 * LIMIT + 4, members)
            assert refused == [False] * (2 * LIMIT) + [True] * 4, refused
            help_now = cluster_script.chat(running.url, "no-redis-crisis", "ich will nicht mehr leben")
            assert "TelefonSeelsorge" in json.dumps(help_now, ensure_ascii=False)
            assert log_in(running.url, "ana@beispiel.example", PASSWORD).endswith("/berater/")
            assert {redis_state(m) for m in members} == {"down"}
            stop.set()
            for thread in load:
                thread.join(30)
            assert not failures, failures[:3]
            proxy.start()  # back: counted together again
            deadline = time.monotonic() + 30
            while {redis_state(m) for m in members} != {"up"}:
                assert time.monotonic() < deadline, "Redis never seen again"
                time.sleep(0.5)
            time.sleep(REDIS_RETRY + 1)  # a process asks Redis again this long after a failure
            assert limited(running.url, "flood-back", LIMIT + 3, members) == \
                [False] * LIMIT + [True] * 3
    finally:
        proxy.stop()
