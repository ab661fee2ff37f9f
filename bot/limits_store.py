"""Where rate limits count, so that every process of one installation sees one limit.

A counter counts hits of one key in fixed windows (a window starts with its first hit) and
says whether a hit still fits every window of a rule. Three stores, one interface:

- `RedisCounter`: Redis through the `limits` library (INCR with expiry, atomic); shared by
  every process and machine. Falls back to process memory while Redis is away.
- `SqlCounter`: the table `rate_counters` with one atomic upsert per hit (PostgreSQL or
  SQLite); shared by every process on that database.
- `MemoryCounter`: process memory, at most `max_keys` keys (least recently used go first),
  so a flood of new senders cannot grow it without end.

`counter_for(redis_url, sessions)` picks one: Redis when a URL is given, else the database.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from limits import RateLimitItem, parse_many, storage, strategies
from sqlalchemy import Connection, Engine, TextClause, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bot.storage.database import make_engine

log = logging.getLogger("lotse.limits")

Rules = Sequence[RateLimitItem]


def rules(notation: str) -> tuple[RateLimitItem, ...]:
    """Limits in the `limits` notation ("5/minute;30/hour")."""
    return tuple(parse_many(notation))


def identity(*parts: str) -> str:
    """A short key for identifiers (e-mail, address) that keeps them out of the store."""
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]


class WindowCounter(Protocol):
    def hit(self, key: str, limits: Rules) -> bool:
        """Count one hit in every window; False if any window is now over its amount."""

    def hit_chain(self, chain: Sequence[tuple[str, Rules]]) -> bool:
        """`hit` each key in turn, stopping at the first refused; False if one was."""

    def over(self, key: str, limits: Rules) -> bool:
        """Whether the next hit would be refused (counts nothing)."""

    def clear(self, key: str, limits: Rules) -> None:
        """Forget the key's windows."""


def _slot(key: str, item: RateLimitItem) -> str:
    return f"{key}/{item.amount}/{item.get_expiry()}"


class MemoryCounter:
    """Fixed windows in process memory, bounded to `max_keys` keys (LRU)."""

    def __init__(self, *, max_keys: int = 50_000, clock: Callable[[], float] = time.monotonic) -> None:
        self.max_keys = max_keys
        self._clock = clock
        self._windows: OrderedDict[str, tuple[float, int]] = OrderedDict()  # slot → (ends, hits)
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._windows)

    def hit(self, key: str, limits: Rules) -> bool:
        now, allowed = self._clock(), True
        with self._lock:
            for item in limits:
                slot = _slot(key, item)
                ends, hits = self._windows.pop(slot, (0.0, 0))
                if ends <= now:
                    ends, hits = now + item.get_expiry(), 0
                self._windows[slot] = (ends, hits + 1)
                allowed = allowed and hits + 1 <= item.amount
            while len(self._windows) > self.max_keys:
                self._windows.popitem(last=False)
        return allowed

    def hit_chain(self, chain: Sequence[tuple[str, Rules]]) -> bool:
        return all(self.hit(key, limits) for key, limits in chain)  # stops at the first False

    def over(self, key: str, limits: Rules) -> bool:
        now = self._clock()
        with self._lock:
            for item in limits:
                ends, hits = self._windows.get(_slot(key, item), (0.0, 0))
                if ends > now and hits >= item.amount:
                    return True
        return False

    def clear(self, key: str, limits: Rules) -> None:
        with self._lock:
            for item in limits:
                self._windows.pop(_slot(key, item), None)


# a window's hit: a new window starts at 1, a running one counts on
_ON_CONFLICT = """ON CONFLICT (slot) DO UPDATE SET
  hits = CASE WHEN rate_counters.ends <= :now THEN 1 ELSE rate_counters.hits + 1 END,
  ends = CASE WHEN rate_counters.ends <= :now THEN excluded.ends ELSE rate_counters.ends END
RETURNING slot, hits"""


@functools.lru_cache(maxsize=8)
def upsert_windows(count: int) -> TextClause:
    """UPSERT for `count` windows of one key in one statement (one round trip, not one per
    window): parameters slot0, ends0, slot1, … and now; returns each slot with its hits."""
    rows = ", ".join(f"(:slot{i}, 1, :ends{i})" for i in range(count))
    return text(f"""
INSERT INTO rate_counters (slot, hits, ends) VALUES {rows}
{_ON_CONFLICT}""")


@functools.lru_cache(maxsize=8)
def upsert_chain(counts: tuple[int, ...]) -> TextClause:
    """PostgreSQL: a whole chain of keys (a sender, then its address) in one statement – one
    round trip where there was one per key (issue 14) – with the chain's meaning kept: a key
    is counted only while every key before it is within its limits (a sender over its limit
    does not use up its shared address's). Each key's upsert is a common table expression;
    parameters slotK_I, endsK_I, amountK_I for key K's window I, and now; returns every
    counted slot with its hits."""
    parts: list[str] = []
    before: list[str] = []
    for k, count in enumerate(counts):
        rows = ", ".join(f"(:slot{k}_{i}, :ends{k}_{i})" for i in range(count))
        guard = "" if not before else (
            " WHERE NOT EXISTS (SELECT 1 FROM (" + " UNION ALL ".join(before) + ") AS counted)")
        parts.append(f"""k{k} AS (
INSERT INTO rate_counters (slot, hits, ends)
SELECT v.slot, 1, v.ends FROM (VALUES {rows}) AS v(slot, ends){guard}
{_ON_CONFLICT})""")
        limits = ", ".join(f"(:slot{k}_{i}, :amount{k}_{i})" for i in range(count))
        before.append(f"SELECT 1 FROM k{k} JOIN (VALUES {limits}) AS a{k}(slot, amount) "
                      f"ON a{k}.slot = k{k}.slot WHERE k{k}.hits > a{k}.amount")
    union = " UNION ALL ".join(f"SELECT slot, hits FROM k{k}" for k in range(len(counts)))
    return text("WITH " + ",\n".join(parts) + "\n" + union)


SWEEP_EVERY = 1000  # hits between deletions of ended windows


def _count_key(session: Session | Connection, key: str, limits: Rules, now: float) -> bool:
    """Count one hit of `key` in each of its windows; whether it fits them all."""
    params: dict[str, Any] = {"now": now}
    amounts: dict[str, int] = {}
    for i, item in enumerate(limits):
        params[f"slot{i}"] = slot = _slot(key, item)
        params[f"ends{i}"] = now + item.get_expiry()
        amounts[slot] = item.amount
    counted = session.execute(upsert_windows(len(limits)), params).all()
    return all(hits <= amounts[slot] for slot, hits in counted)


def _count_chain(session: Session | Connection, chain: Sequence[tuple[str, Rules]], now: float) -> bool:
    """Count one hit of each key of the chain, as far as the keys before it fit; whether all
    of them fit (PostgreSQL, one statement: `upsert_chain`)."""
    params: dict[str, Any] = {"now": now}
    amounts: dict[str, int] = {}
    for k, (key, limits) in enumerate(chain):
        for i, item in enumerate(limits):
            params[f"slot{k}_{i}"] = slot = _slot(key, item)
            params[f"ends{k}_{i}"] = now + item.get_expiry()
            params[f"amount{k}_{i}"] = amounts[slot] = item.amount
    counted = session.execute(upsert_chain(tuple(len(limits) for _key, limits in chain)), params).all()
    return all(hits <= amounts[slot] for slot, hits in counted)


class SqlCounter:
    """Fixed windows in the table `rate_counters`: one atomic upsert per window and hit. While
    the database is away the counters live in memory (a limit must never turn a message into
    an error – crisis help and „gleich wieder da“ still go out)."""

    def __init__(self, sessions: sessionmaker[Session], *,
                 clock: Callable[[], float] = time.time,
                 fallback: MemoryCounter | None = None) -> None:
        self._sessions = sessions
        self._clock = clock
        self._hits = 0
        self._fallback = fallback or MemoryCounter()
        self._postgres = is_postgres(sessions)
        # PostgreSQL: the counting statements run on their own autocommit engine
        # (bot/storage/database.py make_engine(counters=True))
        bind = sessions.kw.get("bind")
        self._counting: Engine | None = (
            counting_engine(bind.url.render_as_string(hide_password=False))
            if self._postgres and bind is not None else None)

    def hit(self, key: str, limits: Rules) -> bool:
        return self.hit_chain([(key, limits)])

    def hit_chain(self, chain: Sequence[tuple[str, Rules]]) -> bool:
        """One transaction for the whole chain (a sender, then its address)."""
        try:
            return self._hit(chain)
        except SQLAlchemyError as exc:
            log.warning("rate limits: database not reachable (%s); counting in memory",
                        type(exc).__name__)
            return self._fallback.hit_chain(chain)

    def over(self, key: str, limits: Rules) -> bool:
        try:
            return self._over(key, limits)
        except SQLAlchemyError:
            return self._fallback.over(key, limits)

    def clear(self, key: str, limits: Rules) -> None:
        self._fallback.clear(key, limits)
        try:
            self._clear(key, limits)
        except SQLAlchemyError:
            log.warning("rate limits: database not reachable; cleared in memory only")

    def _hit(self, chain: Sequence[tuple[str, Rules]]) -> bool:
        now = self._clock()
        keys = [(key, limits) for key, limits in chain if limits]
        slots = [_slot(key, item) for key, limits in keys for item in limits]
        if not keys:
            return True
        with (self._counting.connect() if self._counting is not None
              else self._sessions.begin()) as session:
            if self._counting is not None and len(set(slots)) == len(slots):
                # PostgreSQL: one autocommitted statement for the whole chain
                allowed = _count_chain(session, keys, now)
            else:  # SQLite (no INSERT in a WITH): one transaction, a statement per key
                allowed = all(_count_key(session, key, limits, now) for key, limits in keys)
            self._hits += 1
            if self._hits % SWEEP_EVERY == 0:
                session.execute(text("DELETE FROM rate_counters WHERE ends <= :now"), {"now": now})
        return allowed

    def _over(self, key: str, limits: Rules) -> bool:
        now = self._clock()
        with self._sessions.begin() as session:
            for item in limits:
                hits = session.execute(
                    text("SELECT hits FROM rate_counters WHERE slot = :slot AND ends > :now"),
                    {"slot": _slot(key, item), "now": now}).scalar()
                if hits is not None and hits >= item.amount:
                    return True
        return False

    def _clear(self, key: str, limits: Rules) -> None:
        with self._sessions.begin() as session:
            for item in limits:
                session.execute(text("DELETE FROM rate_counters WHERE slot = :slot"),
                                {"slot": _slot(key, item)})


REDIS_TIMEOUT = 0.5  # seconds for one Redis call; a stuck Redis must not hold a message
REDIS_RETRY = 5.0  # seconds the counters stay in memory after Redis failed


class RedisCounter:
    """Fixed windows in Redis (`limits`' FixedWindowRateLimiter); memory while Redis is away
    (after a failure, Redis is tried again `REDIS_RETRY` seconds later)."""

    def __init__(self, url: str, *, fallback: MemoryCounter | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.url = url
        self._limiter = strategies.FixedWindowRateLimiter(storage.storage_from_string(
            url, socket_timeout=REDIS_TIMEOUT, socket_connect_timeout=REDIS_TIMEOUT))
        self._fallback = fallback or MemoryCounter()
        self._clock = clock
        self._away_until = 0.0

    def _away(self, exc: Exception) -> None:
        log.warning("Redis for the rate limits is not reachable (%s); counting in memory",
                    type(exc).__name__)
        self._away_until = self._clock() + REDIS_RETRY

    def _up(self) -> bool:
        return self._clock() >= self._away_until

    def hit(self, key: str, limits: Rules) -> bool:
        if self._up():
            try:
                return all([self._limiter.hit(item, key) for item in limits])  # every window
            except Exception as exc:  # noqa: BLE001 - any Redis failure: the limits fall back
                self._away(exc)
        return self._fallback.hit(key, limits)

    def hit_chain(self, chain: Sequence[tuple[str, Rules]]) -> bool:
        return all(self.hit(key, limits) for key, limits in chain)  # stops at the first False

    def over(self, key: str, limits: Rules) -> bool:
        if self._up():
            try:
                return not all(self._limiter.test(item, key) for item in limits)
            except Exception as exc:  # noqa: BLE001
                self._away(exc)
        return self._fallback.over(key, limits)

    def clear(self, key: str, limits: Rules) -> None:
        if self._up():
            try:
                for item in limits:
                    self._limiter.clear(item, key)
            except Exception as exc:  # noqa: BLE001
                self._away(exc)
        self._fallback.clear(key, limits)


def counter_for(redis_url: str | None, sessions: sessionmaker[Session]) -> WindowCounter:
    """Redis when a URL is given, else the database's table (shared by its processes)."""
    return RedisCounter(redis_url) if redis_url else SqlCounter(sessions)


@functools.lru_cache(maxsize=4)
def counting_engine(url: str) -> Engine:
    """One counting engine per database and process (its own small pool), however many
    counters (chat, logins) use it."""
    return make_engine(url, counters=True)


def is_postgres(sessions: sessionmaker[Session]) -> bool:
    bind = sessions.kw.get("bind")
    return bind is not None and bind.dialect.name == "postgresql"
