"""Two Telegram channels (two processes) on one PostgreSQL inbox: nothing twice, nothing lost,
each chat in order, a dead process's update taken over when its lease runs out."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, select
from sqlalchemy import exc as sa_exc

from bot.service import Lotse
from bot.storage.conversations import sender_hash
from bot.storage.database import make_engine, make_sessionmaker, upgrade
from bot.storage.tables import ConversationRow, MessageRow, TelegramUpdateRow
from bot.storage.telegram_inbox import TelegramInbox
from bot.telegram.channel import TelegramChannel, build_application
from tests.bot.telegram import updates
from tests.bot.telegram.conftest import FAST_RETRIES, SECRET, TelegramApp
from tests.bot.telegram.fake_bot_api import TOKEN, FakeBotApi
from tests.conftest import PG_URL, _reset_postgres, skip_or_fail

SECRET_KEY = b"test-secret-key-for-hashing"  # the make_lotse factory's


@pytest.fixture
def two_engines() -> Iterator[tuple[Engine, Engine]]:
    """Two engines (two processes' pools) over one migrated, empty PostgreSQL database."""
    if not PG_URL:
        skip_or_fail("cluster tests need LOTSE_TEST_DATABASE_URL (PostgreSQL)")
    assert PG_URL is not None
    first = make_engine(PG_URL)
    _reset_postgres(first)
    upgrade(first)
    second = make_engine(PG_URL)
    yield first, second
    first.dispose()
    second.dispose()


def user_lines(engine: Engine, chat: int) -> list[str]:
    """What the dialogue took in from one chat, in the order it took it."""
    key = sender_hash(SECRET_KEY, "telegram", str(chat))
    with engine.connect() as conn:
        return list(conn.execute(
            select(MessageRow.text).join(ConversationRow)
            .where(ConversationRow.sender_hash == key, MessageRow.role == "user")
            .order_by(MessageRow.id)).scalars())


def status_of(engine: Engine, update_id: int) -> str | None:
    with engine.connect() as conn:
        return conn.execute(select(TelegramUpdateRow.status).where(
            TelegramUpdateRow.update_id == update_id)).scalar()


def test_90_updates_over_15_chats_through_two_processes_once_each_in_order(
    two_engines: tuple[Engine, Engine], fake_api: FakeBotApi,
    start_app: Callable[..., TelegramApp], make_lotse: Callable[..., Lotse],
) -> None:
    apps = [start_app(engine, fake_api.base_url, lotse=make_lotse(engine)) for engine in two_engines]
    for app in apps:
        fake_api.wait_for(app.channel.ready.is_set)
    chats = list(range(70_000, 70_015))
    script = ("hallo", "hab schulden", "17", "Quedlinburg", "nein danke", "/auskunft")
    sent: dict[int, list[str]] = {chat: [] for chat in chats}

    async def one_chat(clients: list[httpx.AsyncClient], chat: int) -> None:
        for n, words in enumerate(script):  # Telegram's load balancer: either process
            update_json = updates.text(chat, words)
            response = await clients[(chat + n) % 2].post(
                "/telegram/webhook", json=update_json,
                headers={"X-Telegram-Bot-Api-Secret-Token": SECRET})
            assert response.status_code == 200
            sent[chat].append(words)

    async def everyone() -> None:
        clients = [httpx.AsyncClient(base_url=app.server.url, timeout=30) for app in apps]
        try:
            await asyncio.gather(*(one_chat(clients, chat) for chat in chats))
        finally:
            for client in clients:
                await client.aclose()

    asyncio.run(everyone())

    def all_done() -> bool:
        with two_engines[0].connect() as conn:
            statuses = conn.execute(select(TelegramUpdateRow.status)).scalars().all()
        return len(statuses) == 90 and all(s == "done" for s in statuses)

    fake_api.wait_for(all_done, timeout=120)
    stored = list(script[:-1])  # `/auskunft` only reads: it leaves no line
    doubled = lost = disordered = 0
    for chat in chats:
        taken = user_lines(two_engines[0], chat)
        doubled += len(taken) - len(set(taken))
        lost += len(set(stored) - set(taken))
        disordered += taken != stored and len(taken) == len(set(taken))
    # before: 21 of 90 updates handed out twice (99 duplicate messages), wrong topics in 9 chats
    assert (doubled, lost, disordered) == (0, 0, 0)
    by_chat = fake_api.texts_by_chat()
    for chat in chats:
        texts = by_chat[chat]
        assert len(texts) == len(set(texts)), texts  # no answer sent twice
        assert "Alter: 17" in texts[-1], texts  # the disclosure came last and saw every step


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def test_an_update_being_handled_is_not_given_out_again_until_its_lease_runs_out(
    two_engines: tuple[Engine, Engine],
) -> None:
    clock = Clock()
    first = TelegramInbox(make_sessionmaker(two_engines[0]), owner="first", clock=clock,
                          lease=timedelta(seconds=60))
    second = TelegramInbox(make_sessionmaker(two_engines[1]), owner="second", clock=clock,
                           lease=timedelta(seconds=60))
    payload: dict[str, Any] = updates.text(5, "hallo", update_id=501)
    assert first.accept(501, "chat-5", payload)
    assert second.accept(502, "chat-5", updates.text(5, "17", update_id=502))

    claimed = first.claim_next("chat-5")
    assert claimed is not None and claimed.update_id == 501
    assert second.claim_next("chat-5") is None  # before: 501 again, handled twice
    clock.now += timedelta(seconds=59)
    assert second.claim_next("chat-5") is None  # nor the next update of that chat (order)
    renewed = first.claim_next("chat-5")  # the owner's worker comes back to it: renewed
    assert renewed is not None and renewed.update_id == 501

    clock.now += timedelta(seconds=61)  # the first process died: its lease ran out
    taken_over = second.claim_next("chat-5")
    assert taken_over is not None and taken_over.update_id == 501
    assert first.claim_next("chat-5") is None  # the dead one's late return gets nothing
    first.finish(501)  # nor can it finish what is no longer its own
    with two_engines[0].connect() as conn:
        assert conn.execute(select(TelegramUpdateRow.status).where(
            TelegramUpdateRow.update_id == 501)).scalar_one() == "handling"
    second.finish(501)
    following = second.claim_next("chat-5")
    assert following is not None and following.update_id == 502


def strand(engine: Engine, chat: int, update_id: int) -> None:
    """A "hallo" of `chat` taken by a process that was killed before it finished (its lease
    runs out after a second)."""
    dead = TelegramInbox(make_sessionmaker(engine), owner="dead", lease=timedelta(seconds=1))
    key = sender_hash(SECRET_KEY, "telegram", str(chat))
    assert dead.accept(update_id, key, updates.text(chat, "hallo", update_id=update_id))
    assert dead.claim_next(key) is not None  # … and then the process was killed


def other_process(lotse: Lotse, fake_api: FakeBotApi) -> TelegramChannel:
    """The Telegram channel of another process of the cluster, sweeping every 0.2 s."""
    return TelegramChannel(lotse, build_application(TOKEN, api_url=fake_api.base_url, overall_max_rate=0),
                           secret_token=SECRET, retry_delays=FAST_RETRIES, sweep_every=0.2)


def test_an_update_stranded_by_a_dead_process_is_answered_by_the_other(
    two_engines: tuple[Engine, Engine], fake_api: FakeBotApi, make_lotse: Callable[..., Lotse],
) -> None:
    engine = two_engines[0]
    strand(engine, 77, 7701)
    lotse = make_lotse(two_engines[1])
    app = TelegramApp(lotse, other_process(lotse, fake_api))  # the other process, already running
    try:
        fake_api.wait_for(lambda: fake_api.texts(77))  # once the lease ran out: taken over
        fake_api.wait_for(lambda: status_of(engine, 7701) == "done")
    finally:
        app.stop()
    assert user_lines(engine, 77) == ["hallo"]
    with engine.connect() as conn:
        row = conn.execute(select(TelegramUpdateRow).where(TelegramUpdateRow.update_id == 7701)).one()
    assert row.claimed_by is None
    assert len(fake_api.texts(77)) == len(set(fake_api.texts(77)))


class BusyAtFirst:
    """The inbox, whose first looks for unfinished chats fail as under load (the pool's wait
    runs out)."""

    def __init__(self, inbox: TelegramInbox, failures: int) -> None:
        self.inbox, self.failures = inbox, failures

    def __getattr__(self, name: str) -> object:
        return getattr(self.inbox, name)

    def pending_senders(self) -> list[str]:
        if self.failures > 0:
            self.failures -= 1
            raise sa_exc.TimeoutError("QueuePool limit reached, connection timed out")
        return self.inbox.pending_senders()


def test_a_process_whose_first_look_fails_still_takes_over_a_dead_process_update(
    two_engines: tuple[Engine, Engine], fake_api: FakeBotApi, make_lotse: Callable[..., Lotse],
) -> None:
    """The cluster's kill test once waited in vain: a restarted process whose first look for
    unfinished updates failed never looked again."""
    engine = two_engines[0]
    strand(engine, 78, 7801)
    lotse = make_lotse(two_engines[1])
    channel = other_process(lotse, fake_api)
    busy = BusyAtFirst(channel.inbox, failures=2)
    channel.inbox = busy  # type: ignore[assignment]
    app = TelegramApp(lotse, channel)
    try:
        fake_api.wait_for(lambda: status_of(engine, 7801) == "done")
    finally:
        app.stop()
    assert busy.failures == 0
    assert user_lines(engine, 78) == ["hallo"]
    assert len(fake_api.texts(78)) == len(set(fake_api.texts(78))) > 0


def test_a_stopping_process_hands_its_chats_back_at_once(
    two_engines: tuple[Engine, Engine],
) -> None:
    first = TelegramInbox(make_sessionmaker(two_engines[0]), owner="first",
                          lease=timedelta(minutes=5))
    second = TelegramInbox(make_sessionmaker(two_engines[1]), owner="second",
                           lease=timedelta(minutes=5))
    assert first.accept(901, "chat-9", updates.text(9, "hallo", update_id=901))
    assert first.claim_next("chat-9") is not None
    first.release(901)
    claimed = second.claim_next("chat-9")
    assert claimed is not None and claimed.update_id == 901


def test_a_migrated_sqlite_inbox_claims_and_finishes(tmp_path: Any) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'lotse.sqlite3'}")
    upgrade(engine)
    inbox = TelegramInbox(make_sessionmaker(engine), owner="only")
    assert inbox.accept(1, "chat", updates.text(1, "hallo", update_id=1))
    claimed = inbox.claim_next("chat")
    assert claimed is not None and inbox.claim_next("chat") is not None  # its own: renewed
    inbox.finish(1)
    assert inbox.claim_next("chat") is None
    engine.dispose()


def test_one_process_of_the_cluster_polls_and_another_takes_over_when_it_stops(
    two_engines: tuple[Engine, Engine], fake_api: FakeBotApi, make_lotse: Callable[..., Lotse],
) -> None:
    apps = []
    for engine in two_engines:
        lotse = make_lotse(engine)
        channel = TelegramChannel(lotse, build_application(TOKEN, api_url=fake_api.base_url,
                                                           overall_max_rate=0),
                                  secret_token=SECRET, polling=True, poll_timeout=1,
                                  retry_delays=FAST_RETRIES, sweep_every=0.2)
        apps.append(TelegramApp(lotse, channel))
    try:
        fake_api.wait_for(lambda: all(app.channel.ready.is_set() for app in apps))
        fake_api.wait_for(lambda: any(app.channel.leading for app in apps))
        leader = next(app for app in apps if app.channel.leading)
        other = next(app for app in apps if app is not leader)
        fake_api.updates.append(updates.text(81, "hallo"))
        fake_api.wait_for(lambda: fake_api.texts(81))
        assert not other.channel.leading  # Telegram allows one getUpdates per bot at a time

        leader.stop()  # a rolling restart, or the process died: the other one polls now
        fake_api.wait_for(lambda: other.channel.leading)
        fake_api.updates.append(updates.text(82, "hallo"))
        fake_api.wait_for(lambda: fake_api.texts(82))
        assert len(fake_api.texts(81)) == len(set(fake_api.texts(81)))
    finally:
        for app in apps:
            app.stop()
