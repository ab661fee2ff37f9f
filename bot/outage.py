"""Is the database there? The watch that lets Lotse run without it.

    start ──(migrations pending)──▶ down ──probe ok──▶ up ──error / probe fails──▶ down
                                     ▲                                             │
                                     └──────────────── probe every second ─────────┘

While the database is down, crisis messages are answered from memory and kept in the
crisis spool (bot/spool.py); everything else gets a friendly "Ich bin gleich wieder da".
When a probe succeeds again, pending migrations are applied, the spool is replayed into
the conversations and only then is the database reported up. `keep_watch` runs the probe
in a thread of its own with a deadline, so a frozen database (a probe that never comes
back) counts as down too. A lock wait or a new connection that timed out is no verdict by
itself – a frozen table or database, or only a busy chat or a server slow under load – it
makes the watch probe at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import anyio.to_thread
from sqlalchemy import Engine, event, text
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from bot.core.messages import Reply
    from bot.service import Lotse

    Recorder = Callable[[Session, list[Reply]], None]

log = logging.getLogger("lotse.outage")
OUTAGE_ERRORS = {"OperationalError", "QueryCanceled"}
# a lock wait or a new connection that timed out: a table frozen by a stuck holder, a database
# that froze – or only two turns of one busy chat, a server slow to start a backend under load
# (the landing CI: 200 Telegram chats at once, one connect over 3 s, and everyone got "gleich
# wieder da") – the probe tells which, at once
SUSPECT_ERRORS = {"LockNotAvailable", "ConnectionTimeout"}
PROBE = "SELECT 1 FROM conversations LIMIT 1"  # a locked table freezes this, not SELECT 1


class DatabaseAway(Exception):
    """Raised instead of trying the database while the watch knows it is down."""


class CrisisUnstored(DatabaseAway):
    """A crisis message of a channel that keeps its own record (Telegram's inbox) could not be
    stored: the channel answers it from memory and has the crisis spool record it under its
    own id (`Lotse.help_offline`), so it is answered once and recorded once."""

    def __init__(self, text: str) -> None:
        super().__init__("a crisis message could not be stored")
        self.text = text


class DatabaseWatch:
    """The database's state as the running process sees it (thread-safe)."""

    def __init__(self, engine: Engine, *, prepare: Callable[[], None] | None = None,
                 probe_timeout: float = 1.0) -> None:
        self.engine = engine
        self.probe_timeout = probe_timeout
        self._prepare = prepare  # migrations still to apply before the first "up"
        self._up = prepare is None
        self._guard = threading.Lock()
        self.since = datetime.now(UTC)
        self.problem: str | None = None if self._up else "not checked yet"
        self.when_back: list[Callable[[], object]] = []  # run after each good probe
        self.wake: Callable[[], object] = lambda: None  # set by keep_watch: probe now
        event.listen(engine, "handle_error", self._on_error)

    @property
    def up(self) -> bool:
        return self._up

    def state(self) -> dict[str, Any]:
        """For /readyz: up or down, since when, and why (the error's kind, no text)."""
        body: dict[str, Any] = {"state": "up" if self._up else "down",
                                "since": self.since.isoformat(timespec="seconds")}
        if not self._up and self.problem:
            body["problem"] = self.problem
        return body

    def mark_down(self, problem: str) -> None:
        with self._guard:
            if self._up:
                log.warning("database unreachable (%s): crisis help from memory, "
                            "everything else waits", problem)
                self._up, self.since = False, datetime.now(UTC)
            self.problem = problem

    def _mark_up(self) -> None:
        with self._guard:
            if not self._up:
                log.info("database is back")
                self._up, self.since, self.problem = True, datetime.now(UTC), None

    def _on_error(self, context: Any) -> None:
        """SQLAlchemy's error hook: a lost or refused connection, a timeout → down."""
        name = type(context.original_exception).__name__
        postgres = context.dialect is not None and context.dialect.name == "postgresql"
        # exact names: a deadlock or a serialisation failure is no outage
        if postgres and name in SUSPECT_ERRORS:
            if self._up:
                self.wake()  # no verdict from one timeout: the probe decides
        elif context.is_disconnect or (postgres and name in OUTAGE_ERRORS):
            self.mark_down(name)

    def check(self) -> bool:
        """Probe the database (blocking); apply pending migrations and replay what waited
        when it answers. True when it is up."""
        try:
            if self._prepare is not None:
                self._prepare()
                self._prepare = None
                log.info("database migrations applied")
            self._probe()
        except Exception as exc:
            self.mark_down(type(exc).__name__)
            return False
        for job in list(self.when_back):
            try:
                job()
            except SQLAlchemyError as exc:  # down again while replaying: the next probe
                self.mark_down(type(exc).__name__)
                return False
            except Exception:  # a fault of ours is no outage: serve, and say so in the log
                log.exception("after the database came back, %s failed",
                              getattr(job, "__name__", "a job"))
        self._mark_up()
        return True

    def _probe(self) -> None:
        with self.engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(text(f"SET LOCAL statement_timeout = {int(self.probe_timeout * 1000)}"))
            conn.execute(text(PROBE))


async def keep_watch(watch: DatabaseWatch, *, every_up: float = 5.0, every_down: float = 1.0,
                     deadline: float = 2.0) -> None:
    """Probe now and then while the app runs (every second while the database is down); a
    probe without an answer within `deadline` seconds counts as down."""
    loop = asyncio.get_running_loop()
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lotse-dbwatch")
    running: asyncio.Future[bool] | None = None
    nudged = asyncio.Event()  # a lock wait or a connection timed out somewhere: look now

    def wake() -> None:
        with contextlib.suppress(RuntimeError):  # the loop has just closed: nothing to wake
            loop.call_soon_threadsafe(nudged.set)

    watch.wake = wake
    try:
        while True:
            if running is None or running.done():
                running = loop.run_in_executor(executor, watch.check)
            # asyncio.wait, not wait_for: wait_for can swallow the task's cancellation when
            # the probe ends at that moment (CPython gh-86296), and the app's shutdown, which
            # cancels this loop and waits for it, would hang
            done, _ = await asyncio.wait({running}, timeout=deadline)
            if not done:
                watch.mark_down(f"no answer within {deadline:.0f} s")
            await _pause(nudged, every_up if watch.up else every_down)
    finally:
        watch.wake = lambda: None
        executor.shutdown(wait=False, cancel_futures=True)


async def _pause(nudged: asyncio.Event, seconds: float) -> None:
    """Wait `seconds`, or less when nudged."""
    waiting = asyncio.ensure_future(nudged.wait())
    try:
        await asyncio.wait({waiting}, timeout=seconds)
    finally:
        waiting.cancel()
        nudged.clear()


async def answer(lotse: Lotse, channel: str, sender: str, message: str, *,
                 record: Recorder | None = None, hint: str | None = None,
                 region: str | None = None) -> list[Reply]:
    """`lotse.handle` off the event loop. While the shared worker threads are all busy (turns
    stuck in a frozen database) or the database is down, a message the crisis lexicon flags
    runs on Lotse's own threads instead of queueing behind them. `record` goes to
    `lotse.handle` (it runs in the turn's transaction), and so do the language `hint` and the
    website's `region` hint."""
    busy = anyio.to_thread.current_default_thread_limiter().available_tokens < 1
    if (busy or not lotse.database_up) and lotse.is_urgent(message):
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(
            lotse.urgent_pool, functools.partial(lotse.handle, channel, sender, message, hint=hint,
                                                region=region))
    return await run_in_threadpool(functools.partial(lotse.handle, channel, sender, message,
                                                     record=record, hint=hint, region=region))
