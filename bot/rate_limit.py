"""Chat rate limits: per sender *and* per client address, counted in a shared store.

The sender id is the client's to choose (the web widget makes one up), so a limit on it
alone stops nobody who sends each message under a new id: the client's address (the peer,
or the one a trusted proxy names) has a limit of its own, generous enough for a school
behind one address. The counts live in Redis (LOTSE_REDIS_URL), else on PostgreSQL in its
table, else in process memory bounded to a fixed number of keys (bot/limits_store.py).

The web channel sets `client_address` for the request; the service layer calls
`allow(key)`, which reads it (Telegram has no address: its chat id is not the client's
choice).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from sqlalchemy.orm import Session, sessionmaker

from bot.limits_store import (
    MemoryCounter,
    RedisCounter,
    Rules,
    SqlCounter,
    WindowCounter,
    identity,
    is_postgres,
    rules,
)

DEFAULT_LIMITS = "20/minute;300/hour"  # one sender
ADDRESS_LIMITS = "300/minute;5000/hour"  # one client address, every sender behind it
MAX_SENDERS = 50_000  # keys kept in process memory at most (least recently used go first)

client_address: ContextVar[str | None] = ContextVar("client_address", default=None)


@contextmanager
def from_address(address: str | None) -> Iterator[None]:
    """Messages handled inside count against `address` too."""
    token = client_address.set(address)
    try:
        yield
    finally:
        client_address.reset(token)


class RateLimiter:
    """`allow(key)` is False once a sender, or the address it writes from, sent too much."""

    def __init__(self, rules_text: str = DEFAULT_LIMITS, *, address_rules: str | None = None,
                 counter: WindowCounter | None = None) -> None:
        """Without `address_rules` only senders are limited (`chat_limiter` sets both)."""
        self._items = rules(rules_text)
        self._address_items = rules(address_rules) if address_rules else ()
        self.counter = counter or MemoryCounter(max_keys=MAX_SENDERS)

    @property
    def shared_counter(self) -> WindowCounter | None:
        """The store when it is shared with other processes (Redis), for the login limits."""
        return self.counter if isinstance(self.counter, RedisCounter) else None

    def allow(self, key: str, address: str | None = None) -> bool:
        # a sender over its limit does not use up the budget of everyone at its address
        address = address or client_address.get()
        chain: list[tuple[str, Rules]] = [(key, self._items)]
        if address is not None and self._address_items:
            chain.append((identity("chat", address), self._address_items))
        return self.counter.hit_chain(chain)


def chat_limiter(rules_text: str = DEFAULT_LIMITS, *, address_rules: str = ADDRESS_LIMITS,
                 redis_url: str | None = None,
                 sessions: sessionmaker[Session] | None = None) -> RateLimiter:
    """Redis when a URL is given; else PostgreSQL's table; else (SQLite) process memory."""
    counter: WindowCounter | None = None
    if redis_url:
        counter = RedisCounter(redis_url)
    elif sessions is not None and is_postgres(sessions):
        counter = SqlCounter(sessions)
    return RateLimiter(rules_text, address_rules=address_rules, counter=counter)
