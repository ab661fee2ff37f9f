"""Engine and session factory; migrations applied with Alembic.

Two promises live here. No database call hangs: PostgreSQL connections get a connect
timeout, a statement and lock timeout (sent as `options`) and the pool a short wait, so a
frozen or stopped database becomes an error in seconds (bot/outage.py takes it from there).
A deletion deletes on disk: SQLite runs with `secure_delete` (freed content is zeroed) and
after a transaction that deleted rows the write-ahead log is checkpointed and truncated, so
no old copy of a deleted message stays in the -wal file (docs/safety.md § 5).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).resolve().parents[1] / "migrations"
DELETED = "lotse_deleted"  # connection.info flag: this connection deleted rows
SQLITE_BUSY_MS = 30_000
CHECKPOINT_BUSY_MS = 2_000  # a checkpoint waits this long for readers at most
RESTED = "lotse_rested_since"  # pool record: when the connection was last given back
PING_AFTER_REST = 1.0  # seconds: a pooled connection that rested longer is pinged first

log = logging.getLogger("lotse.storage")


@dataclass(frozen=True, slots=True)
class Timeouts:
    """How long a PostgreSQL call may take (seconds)."""

    connect: float = 3.0
    statement: float = 5.0
    lock: float = 3.0
    pool: float = 3.0


def make_engine(url: str, *, timeouts: Timeouts = Timeouts(), counters: bool = False) -> Engine:
    """An engine for `url`; SQLite files get their folder, foreign keys, WAL and secure
    deletion, PostgreSQL short timeouts. With `counters` (PostgreSQL): an engine for the rate
    counters only – each statement commits on its own (autocommit) and without waiting for
    the disk (a counter need not survive a crash of the server), so a counter row shared by
    many requests (one school's address) is locked only while its statement runs, never
    across round trips to a process that may be waiting for its turn on the GIL."""
    if url.startswith("sqlite"):
        return _sqlite_engine(url)
    connect_args: dict[str, Any] = {}
    if url.startswith("postgresql"):
        connect_args = {
            "connect_timeout": max(1, round(timeouts.connect)),
            "options": (f"-c statement_timeout={round(timeouts.statement * 1000)} "
                        f"-c lock_timeout={round(timeouts.lock * 1000)} "
                        f"-c idle_in_transaction_session_timeout="
                        f"{round(max(timeouts.statement, 1) * 6000)}"
                        + (" -c synchronous_commit=off" if counters else "")),
        }
    # the counters' statements are short: a small pool of their own (at most 5 connections)
    engine = create_engine(url, pool_timeout=timeouts.pool, connect_args=connect_args,
                           **({"isolation_level": "AUTOCOMMIT", "pool_size": 3, "max_overflow": 2}
                              if counters else {}))
    _ping_after_rest(engine)
    return engine


def _ping_after_rest(engine: Engine) -> None:
    """SQLAlchemy's `pool_pre_ping`, but only for a connection that rested a while: under load
    a connection comes back to the pool and goes out again within milliseconds, and a ping
    there is one more round trip for every transaction (two per chat turn). One that rested
    more than PING_AFTER_REST is pinged, and replaced if the server has gone (a restart, a
    failover); one whose server went away in the last second fails its first statement, which
    makes SQLAlchemy replace the whole pool – the same as a server lost during a transaction."""

    @event.listens_for(engine.pool, "connect")
    def _new(_dbapi_connection, record):  # type: ignore[no-untyped-def]
        record.info[RESTED] = time.monotonic()

    @event.listens_for(engine.pool, "checkin")
    def _back(_dbapi_connection, record):  # type: ignore[no-untyped-def]
        record.info[RESTED] = time.monotonic()

    @event.listens_for(engine.pool, "checkout")
    def _ping(dbapi_connection, record, _proxy):  # type: ignore[no-untyped-def]
        if time.monotonic() - record.info.get(RESTED, 0.0) <= PING_AFTER_REST:
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except Exception as exc:  # the driver's error, whatever it is: a new connection
            raise DisconnectionError("the pooled connection did not answer a ping") from exc


def _sqlite_engine(url: str) -> Engine:
    path = url.split("///", 1)[-1]
    on_disk = bool(path) and path != ":memory:"
    if on_disk:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"check_same_thread": False,
                                              "timeout": SQLITE_BUSY_MS / 1000})

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA secure_delete=ON")  # deleted content is overwritten with zeros
        if on_disk:
            cursor.execute("PRAGMA journal_mode=WAL")
            # WAL's recommended level: commits survive a crash of the app; only a power
            # loss can lose the last transactions.
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    if on_disk:
        @event.listens_for(engine, "after_cursor_execute")
        def _note_deletion(conn, _cursor, statement, *_args):  # type: ignore[no-untyped-def]
            if statement.lstrip()[:6].upper() == "DELETE":
                conn.info[DELETED] = True

        @event.listens_for(engine, "commit")
        def _carry_over(conn):  # type: ignore[no-untyped-def]
            # the flag travels to the pooled connection: checked in, the commit is done
            if conn.info.pop(DELETED, False):
                conn.connection.info[DELETED] = True

        @event.listens_for(engine, "rollback")
        def _forget(conn):  # type: ignore[no-untyped-def]
            conn.info.pop(DELETED, None)

        @event.listens_for(engine.pool, "checkin")
        def _checkpoint(dbapi_connection, record):  # type: ignore[no-untyped-def]
            if dbapi_connection is not None and record.info.pop(DELETED, False):
                truncate_wal(dbapi_connection)

    return engine


def truncate_wal(dbapi_connection: Any) -> bool:
    """Copy the write-ahead log into the database file and truncate it to zero bytes (the
    old page versions in it would still hold deleted rows); True when it was complete."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={CHECKPOINT_BUSY_MS}")
        busy, _frames, _done = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
    except Exception as exc:  # a deletion stays done; the next checkpoint catches up
        log.warning("WAL checkpoint after a deletion failed (%s)", type(exc).__name__)
        return False
    finally:
        cursor.close()
    if busy:
        log.warning("WAL checkpoint after a deletion was blocked by a reader; "
                    "the next deletion or SQLite's own checkpoint completes it")
    return not busy


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def upgrade(engine: Engine) -> None:
    """Apply all pending Alembic migrations to the database behind `engine`."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":  # a migration may take longer than a turn
            connection.execute(text("SET LOCAL statement_timeout = 0"))
            connection.execute(text("SET LOCAL lock_timeout = 0"))
            # several processes or machines starting at once: one migrates, the others wait
            # here and then find nothing left to do (released when this transaction ends)
            connection.execute(text("SELECT pg_advisory_xact_lock(hashtext('lotse-migrations'))"))
        config.attributes["connection"] = connection
        command.upgrade(config, "heads")  # several feature branches may add tables
