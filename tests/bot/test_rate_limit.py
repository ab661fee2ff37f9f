"""Chat limits: per sender and per client address, one count for every process (Redis or
PostgreSQL), memory for per-sender state bounded, crisis help never limited."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import pytest
import redis
from sqlalchemy import Engine, event, text
from starlette.testclient import TestClient

from bot.limits_store import MemoryCounter, RedisCounter, SqlCounter, WindowCounter, counting_engine, rules
from bot.rate_limit import RateLimiter, chat_limiter
from bot.service import Lotse
from bot.storage.database import make_sessionmaker
from bot.web.app import create_app
from tests.conftest import skip_or_fail

# a database of its own: the tests empty it (.ci/run sets the same default)
REDIS_URL = os.environ.get("LOTSE_TEST_REDIS_URL", "redis://127.0.0.1:6379/5")


@pytest.fixture
def clean_redis() -> Iterator[str]:
    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.flushdb()
    except redis.ConnectionError:
        skip_or_fail(f"the Redis tests need a Redis at LOTSE_TEST_REDIS_URL ({REDIS_URL})")
    yield REDIS_URL
    client.flushdb()


def say(client: TestClient, sender: str, message: str = "hallo") -> str:
    response = client.post("/webhooks/rest/webhook", json={"sender": sender, "message": message})
    assert response.status_code == 200
    return " ".join(part.get("text", "") for part in response.json())


def test_a_new_sender_id_per_message_is_limited_by_its_address(
        sqlite_engine: Engine, make_lotse: Callable[..., Lotse]) -> None:
    lotse = make_lotse(sqlite_engine)
    lotse.limiter = RateLimiter("3/minute", address_rules="5/minute")
    app = create_app(lotse)
    with TestClient(app, client=("192.0.2.1", 40000)) as one, \
            TestClient(app, client=("192.0.2.2", 40000)) as other:
        answers = [say(one, f"fresh-{i}") for i in range(7)]
        assert ["sehr schnell" in a for a in answers] == [False] * 5 + [True] * 2  # before: never
        assert "sehr schnell" not in say(other, "fresh-x")  # another address is not affected
        crisis = one.post("/webhooks/rest/webhook",
                          json={"sender": "fresh-y", "message": "ich will nicht mehr leben"}).json()
        assert any(part.get("custom", {}).get("crisis") for part in crisis)  # never limited


@pytest.mark.parametrize("store", ["memory", "sqlite", "postgresql", "redis"])
def test_one_sender_over_its_limit_does_not_use_up_its_address(
        store: str, request: pytest.FixtureRequest) -> None:
    made: dict[str, Callable[[], WindowCounter]] = {
        "memory": MemoryCounter,
        "sqlite": lambda: SqlCounter(make_sessionmaker(request.getfixturevalue("sqlite_engine"))),
        "postgresql": lambda: SqlCounter(make_sessionmaker(request.getfixturevalue("pg_engine"))),
        "redis": lambda: RedisCounter(request.getfixturevalue("clean_redis"))}
    limiter = RateLimiter("2/minute;3/hour", address_rules="4/minute", counter=made[store]())
    assert [limiter.allow("flood", "192.0.2.9") for _ in range(10)] == [True] * 2 + [False] * 8
    assert [limiter.allow(f"pupil-{i}", "192.0.2.9") for i in range(3)] == [True, True, False]


def test_postgresql_counts_a_sender_and_its_address_in_one_statement(pg_engine: Engine) -> None:
    counter = SqlCounter(make_sessionmaker(pg_engine))
    limits = rules("3/minute;5/hour")
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(Engine, "before_cursor_execute", seen)
    try:
        assert counter.hit_chain([("sender", limits), ("address", rules("10/minute"))])
    finally:
        event.remove(Engine, "before_cursor_execute", seen)
    assert len([s for s in statements if "rate_counters" in s]) == 1  # before: one per key
    assert not counter.over("sender", limits) and not counter.over("address", rules("10/minute"))


def test_per_sender_memory_is_bounded() -> None:
    counter = MemoryCounter(max_keys=1000)
    limiter = RateLimiter(address_rules="1000000/minute", counter=counter)
    for i in range(20_000):  # before: every new sender stayed in memory
        limiter.allow(f"sender-{i}", f"10.0.{i // 250}.{i % 250}")
    assert len(counter) <= 1000
    assert limiter.allow("sender-19999")  # the recent ones are still counted


def two_processes(engine: Engine, make_lotse: Callable[..., Lotse],
                  limiter: Callable[[], RateLimiter]) -> tuple[TestClient, TestClient]:
    apps = []
    for _ in range(2):
        lotse = make_lotse(engine)
        lotse.limiter = limiter()
        apps.append(TestClient(create_app(lotse), client=("192.0.2.7", 40000)))
    return apps[0], apps[1]


def test_two_processes_on_one_redis_share_the_chat_limit(
        sqlite_engine: Engine, make_lotse: Callable[..., Lotse], clean_redis: str) -> None:
    first, second = two_processes(sqlite_engine, make_lotse, lambda: chat_limiter(
        "4/minute", address_rules="100/minute", redis_url=clean_redis))
    answers = [say(app, "same-sender") for app in [first, second] * 3]
    assert ["sehr schnell" in a for a in answers] == [False] * 4 + [True] * 2  # before: 0 of 6


@pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)
def test_two_processes_on_one_postgresql_share_the_chat_limit(
        db_engine: Engine, make_lotse: Callable[..., Lotse]) -> None:
    def limiter() -> RateLimiter:
        made = chat_limiter("4/minute", address_rules="100/minute",
                            sessions=make_sessionmaker(db_engine))
        assert isinstance(made.counter, SqlCounter)
        return made

    first, second = two_processes(db_engine, make_lotse, limiter)
    answers = [say(app, "same-sender") for app in [first, second] * 3]
    assert ["sehr schnell" in a for a in answers] == [False] * 4 + [True] * 2


def test_sqlite_keeps_chat_limits_in_bounded_process_memory(sqlite_engine: Engine) -> None:
    assert isinstance(chat_limiter(sessions=make_sessionmaker(sqlite_engine)).counter, MemoryCounter)


def test_limits_fall_back_to_memory_while_redis_is_away() -> None:
    counter = RedisCounter("redis://127.0.0.1:1/0")  # nothing listens there
    limits = rules("2/minute")
    assert [counter.hit("k", limits) for _ in range(3)] == [True, True, False]
    assert counter.over("k", limits)


@pytest.mark.parametrize("make", ["memory", "sql", "redis"])
def test_every_store_counts_windows_alike(make: str, sqlite_engine: Engine,
                                          request: pytest.FixtureRequest) -> None:
    counter = {"memory": lambda: MemoryCounter(), "sql": lambda: SqlCounter(make_sessionmaker(sqlite_engine)),
               "redis": lambda: RedisCounter(request.getfixturevalue("clean_redis"))}[make]()
    limits = rules("3/minute;5/hour")
    assert [counter.hit("k", limits) for _ in range(4)] == [True, True, True, False]
    assert counter.over("k", limits) and not counter.over("other", limits)
    counter.clear("k", limits)
    assert not counter.over("k", limits) and counter.hit("k", limits)


@pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)
def test_postgresql_counts_without_holding_a_transaction(db_engine: Engine) -> None:
    # one school's address is one counter row for all its pupils: a transaction that held it
    # across round trips (BEGIN, SET, one upsert per window, COMMIT) made the others queue
    counter = SqlCounter(make_sessionmaker(db_engine))
    limits = rules("3/minute;5/hour")
    assert [counter.hit_chain([("sender", limits), ("address", limits)]) for _ in range(4)] == [
        True, True, True, False]
    with counting_engine(db_engine.url.render_as_string(hide_password=False)).connect() as conn:
        assert conn.connection.driver_connection.autocommit
        assert conn.execute(text("SHOW synchronous_commit")).scalar_one() == "off"
