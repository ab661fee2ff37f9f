"""Prometheus metrics of one process at /metrics (prometheus_client): how many messages were
answered and how fast, crisis answers by tier, NLU fallbacks, notification failures and the
Telegram queue's depth. Counts and durations only – no text, no sender, no organisation.

Each process serves its own metrics (Prometheus scrapes every replica; the reverse proxy
keeps /metrics inside). Only clients from `LOTSE_METRICS_ALLOW` (default loopback) get them.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

REGISTRY = CollectorRegistry(auto_describe=True)
TURNS = Counter("lotse_turns", "Messages answered", ["channel"], registry=REGISTRY)
TURN_SECONDS = Histogram(
    "lotse_turn_seconds", "Time to answer one message", ["channel"], registry=REGISTRY,
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0))
CRISIS_ANSWERS = Counter("lotse_crisis_answers", "Crisis answers by tier (crisis, check)",
                         ["tier"], registry=REGISTRY)
NLU_FALLBACKS = Counter("lotse_nlu_fallbacks",
                        "Messages the embedded NLU understood because Rasa was unavailable",
                        registry=REGISTRY)
NOTIFICATION_FAILURES = Counter("lotse_notification_failures",
                                "Failed sends of the outbox, by kind and channel",
                                ["kind", "channel"], registry=REGISTRY)
TELEGRAM_QUEUE = Gauge("lotse_telegram_queue_depth",
                       "Telegram updates received and not yet answered", registry=REGISTRY)


@contextmanager
def turn(channel: str) -> Iterator[None]:
    """Count and time one answered message."""
    started = time.perf_counter()
    try:
        yield
    finally:
        TURNS.labels(channel).inc()
        TURN_SECONDS.labels(channel).observe(time.perf_counter() - started)


def watch_telegram_queue(depth: Callable[[], float]) -> None:
    """Read the queue's depth at every scrape (NaN when the database cannot say)."""
    def read() -> float:
        try:
            return float(depth())
        except Exception:  # noqa: BLE001 – a scrape must never fail because storage does
            return float("nan")
    TELEGRAM_QUEUE.set_function(read)


def render() -> tuple[bytes, str]:
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST
