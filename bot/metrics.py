"""Prometheus metrics at /metrics (prometheus_client): how many messages were answered and how
fast, crisis answers by tier, NLU fallbacks, notification failures and the Telegram queue's
depth. Counts and durations only – no text, no sender, no organisation.

One process serves its own registry. Under `lotse serve --workers N` every scrape reaches one
worker at random, so the workers keep their counts in mmap files of one directory
(prometheus_client's multiprocess mode, `count_across_workers`) and each scrape adds up all
of them – a dead worker's counts included, so counters never go down. The queue's depth is
read from the database by whichever process is scraped (no gauge is kept per process, so
there is nothing to mark dead). Only clients from `LOTSE_METRICS_ALLOW` (default loopback)
get the metrics; the reverse proxy keeps /metrics inside anyway.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.multiprocess import MultiProcessCollector

MULTIPROC_DIR = "PROMETHEUS_MULTIPROC_DIR"
# prometheus_client decides on import how it keeps values: in this directory's files when the
# variable is set (by `serve --workers N` before its workers start), else in memory
MULTIPROCESS = bool(os.environ.get(MULTIPROC_DIR))

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


class QueueDepth:
    """The Telegram queue's depth, read when scraped – in the process that is scraped, so a
    gauge needs no file of its own and no worker's old value can win over the database's."""

    name = "lotse_telegram_queue_depth"
    documentation = "Telegram updates received and not yet answered"

    def __init__(self) -> None:
        self.depth: Callable[[], float] | None = None  # None: no Telegram, always 0

    def describe(self) -> list[GaugeMetricFamily]:
        return [GaugeMetricFamily(self.name, self.documentation)]

    def collect(self) -> Iterator[GaugeMetricFamily]:
        yield GaugeMetricFamily(self.name, self.documentation, value=self.read())

    def read(self) -> float:
        if self.depth is None:
            return 0.0
        try:
            return float(self.depth())
        except Exception:  # noqa: BLE001 – a scrape must never fail because storage does
            return float("nan")


TELEGRAM_QUEUE = QueueDepth()
REGISTRY.register(TELEGRAM_QUEUE)


def _all_workers() -> CollectorRegistry:
    """The sum over every worker's files, and the queue's depth."""
    registry = CollectorRegistry()
    MultiProcessCollector(registry)
    registry.register(TELEGRAM_QUEUE)
    return registry


SCRAPED = _all_workers() if MULTIPROCESS else REGISTRY


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
    TELEGRAM_QUEUE.depth = depth


def render() -> tuple[bytes, str]:
    return generate_latest(SCRAPED), CONTENT_TYPE_LATEST


def count_across_workers() -> Path:
    """For `serve --workers N`, before the workers start: a fresh directory for their counts,
    in the environment they inherit; removed when this (the supervising) process exits."""
    directory = Path(tempfile.mkdtemp(prefix="lotse-metrics-"))
    os.environ[MULTIPROC_DIR] = str(directory)
    atexit.register(shutil.rmtree, directory, ignore_errors=True)
    return directory
