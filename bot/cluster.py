"""Several `lotse serve` processes on one PostgreSQL acting as one: advisory locks.

    one sender's turn   the conversation's row (SELECT … FOR UPDATE, bot.service), held
                        until the turn's transaction ends; the next turn waits. A sender
                        without a conversation yet: pg_advisory_xact_lock(TURN_LOCKS,
                        hashtext(sender_hash)) while the row is made
    a periodic job      pg_try_advisory_lock(JOB_LOCKS, hashtext(name)) on a connection of
                        its own, plus `cluster_jobs.last_run_at`: one process runs it, the
                        others skip, and it runs once per interval in the whole cluster

A lock dies with its connection, so a killed process never leaves one behind. On SQLite (one
process: `lotse serve` refuses more workers there) the service's own thread lock keeps turns
apart and a periodic job simply runs. The Telegram inbox has leases instead (see
`bot.storage.telegram_inbox`): a chat's update may take longer than a transaction should.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import Connection, Engine, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session

from bot.storage.tables import ClusterJobRow

log = logging.getLogger("lotse.cluster")

# The first key of PostgreSQL's two-key advisory locks says which kind of lock it is, so a
# sender's hash can never meet a job's name.
TURN_LOCKS = 0x4C6F7473  # "Lots"
JOB_LOCKS = 0x4C6F744A  # "LotJ"
# Schedules drift: a job counts as due once most of its interval has passed since the last run.
DUE_AFTER = 0.9


def is_postgresql(bind: Engine | Connection) -> bool:
    """True when several processes may share this database (PostgreSQL)."""
    return bind.dialect.name == "postgresql"


def lock_sender(session: Session, key: str) -> None:
    """Hold one sender's turn lock until the session's transaction ends (PostgreSQL only):
    two first turns of a new conversation, in two processes, run one after the other."""
    if is_postgresql(session.get_bind()):
        session.execute(text("SELECT pg_advisory_xact_lock(:kind, hashtext(:key))"),
                        {"kind": TURN_LOCKS, "key": key})


def run_periodic(engine: Engine, name: str, job: Callable[[], object], *, every: float,
                 now: datetime | None = None) -> bool:
    """Run `job` here unless another process is running it or the cluster ran it less than
    (most of) `every` seconds ago; True when it ran here. A job that raises does not count
    as run. `now` defaults to the database's clock (one clock for every machine)."""
    if not is_postgresql(engine):
        job()
        return True
    params = {"kind": JOB_LOCKS, "name": name}
    with engine.connect() as conn:
        got = conn.execute(text("SELECT pg_try_advisory_lock(:kind, hashtext(:name))"),
                           params).scalar()
        conn.commit()
        if not got:
            return False
        try:
            return _run_if_due(conn, name, job, every=every, now=now)
        finally:
            _unlock(conn, params)


def _run_if_due(conn: Connection, name: str, job: Callable[[], object], *, every: float,
                now: datetime | None) -> bool:
    started = now or conn.execute(text("SELECT now()")).scalar_one()
    last = conn.execute(select(ClusterJobRow.last_run_at)
                        .where(ClusterJobRow.name == name)).scalar()
    conn.commit()
    if last is not None and (started - last).total_seconds() < every * DUE_AFTER:
        return False
    job()
    conn.execute(pg_insert(ClusterJobRow).values(name=name, last_run_at=started)
                 .on_conflict_do_update(index_elements=["name"], set_={"last_run_at": started}))
    conn.commit()
    return True


def _unlock(conn: Connection, params: dict[str, object]) -> None:
    """Give the job's lock back; a connection that cannot is closed for good (which frees it),
    never handed back to the pool still holding the lock."""
    try:
        conn.rollback()
        conn.execute(text("SELECT pg_advisory_unlock(:kind, hashtext(:name))"), params)
        conn.commit()
    except Exception:
        log.warning("could not release the lock of a periodic job; closing its connection")
        conn.invalidate()


class Leadership:
    """One process of the cluster doing `name` (Telegram's long polling allows one poller per
    bot): a session-level advisory lock on a connection of its own, held until `release` or
    until the process dies. On SQLite this process is always the one."""

    def __init__(self, engine: Engine, name: str) -> None:
        self.engine, self.name = engine, name
        self._conn: Connection | None = None

    def try_acquire(self) -> bool:
        if not is_postgresql(self.engine):
            return True
        if self._conn is not None:
            return True
        conn = self.engine.connect()
        got = conn.execute(text("SELECT pg_try_advisory_lock(:kind, hashtext(:name))"),
                           {"kind": JOB_LOCKS, "name": self.name}).scalar()
        conn.commit()
        if got:
            self._conn = conn
        else:
            conn.close()
        return bool(got)

    def release(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            _unlock(conn, {"kind": JOB_LOCKS, "name": self.name})
            conn.close()
