"""Per-sender rate limiting with the `limits` library (moving window, in memory)."""

from __future__ import annotations

from limits import parse_many, storage, strategies

DEFAULT_LIMITS = "20/minute;300/hour"


class RateLimiter:
    """`allow(key)` is False once a sender has sent too many messages in a window."""

    def __init__(self, rules: str = DEFAULT_LIMITS) -> None:
        self._items = parse_many(rules)
        self._limiter = strategies.MovingWindowRateLimiter(storage.MemoryStorage())

    def allow(self, key: str) -> bool:
        # test every window first, so a refused message does not use up the others
        if not all(self._limiter.test(item, key) for item in self._items):
            return False
        return all(self._limiter.hit(item, key) for item in self._items)
