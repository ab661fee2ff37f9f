"""The anonymous demand counters: add to them at the moment something happens, read them back.
One row per day, region, dimension and value holds a count (`demand_counts`); an increment is
one upsert, so concurrent turns add up on SQLite and PostgreSQL alike.

A chat turn's counts are not written in the turn (`Pending`): every turn of a day in a region
adds to the same few rows, so inside the turn's transaction the row lock was held until that
commit – on PostgreSQL, concurrent turns waited for each other there (`make bench`: most
connections "INSERT waiting" on `demand_counts`) – and a transaction of their own after each
turn cost a sixth of a turn. Instead a process adds up the counts of its committed turns in
memory and writes them together, one upsert at most `FLUSH_EVERY` seconds after the first,
at shutdown, and before this process reads the counters. Anonymous statistics need not
survive a crash: a process killed with -9 loses at most that second's counts – never a
message – and that transaction does not wait for the disk (`synchronous_commit = off`).
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bot.stats.events import NO_REGION, Event
from bot.storage.tables import DemandCountRow

LOCAL_TIME = ZoneInfo("Europe/Berlin")  # the day and hour a network sees
FLUSH_EVERY = 1.0  # seconds the counts of committed turns wait in memory at most
log = logging.getLogger("lotse.stats")


@dataclass(frozen=True, slots=True)
class Count:
    """One stored counter."""

    day: date
    region: str
    dimension: str
    value: str
    count: int


def local_day(at: datetime) -> date:
    """The calendar day of a moment in German local time."""
    return (at.astimezone(LOCAL_TIME) if at.tzinfo is not None else at).date()


def add(session: Session, events: Iterable[Event], *, region: str | None, at: datetime) -> None:
    """Count each event once on the local day of `at` in `region` (None: not known)."""
    day, where = local_day(at), (region or NO_REGION)[:5]
    _upsert(session, Counter({(day, where, e.dimension, e.value[:120]): n
                              for e, n in Counter(events).items()}))


Key = tuple[date, str, str, str]  # day, region, dimension, value


def _upsert(session: Session, totals: Counter[Key]) -> None:
    if not totals:
        return
    rows = [{"day": day, "region": region, "dimension": dimension, "value": value, "count": n}
            for (day, region, dimension, value), n in sorted(totals.items())]
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(DemandCountRow).values(rows)
    stmt = stmt.on_conflict_do_update(
        index_elements=["day", "region", "dimension", "value"],
        set_={"count": DemandCountRow.count + stmt.excluded.count})
    session.execute(stmt)


@dataclass(frozen=True, slots=True)
class Tally:
    """What one turn adds to the counters: its events, in its region, at its moment."""

    events: tuple[Event, ...]
    region: str | None
    at: datetime


class Pending:
    """The counts of one process's committed turns, written together (see above): `add` is
    called after a turn's commit; the first count waiting starts a timer that writes all of
    them `every` seconds later. A database error keeps them for the next write."""

    def __init__(self, sessions: sessionmaker[Session], *, every: float = FLUSH_EVERY) -> None:
        self.sessions, self.every = sessions, every
        self.engine: Engine | None = sessions.kw.get("bind")
        self._totals: Counter[Key] = Counter()
        self._lock = threading.Lock()  # guards _totals and _timer
        self._writing = threading.Lock()  # one write at a time (the order of the upserts)
        self._timer: threading.Timer | None = None
        _ALL.add(self)

    def add(self, tallies: Sequence[Tally]) -> None:
        with self._lock:
            for tally in tallies:
                day, where = local_day(tally.at), (tally.region or NO_REGION)[:5]
                for event in tally.events:
                    self._totals[(day, where, event.dimension, event.value[:120])] += 1
            if self._totals:
                self._later(self.every)

    def flush(self) -> None:
        """Write every waiting count now (a shutdown, a read of the counters)."""
        with self._writing:
            with self._lock:
                totals, self._totals = self._totals, Counter()
                if self._timer is not None:
                    self._timer.cancel()
                    self._timer = None
            if not totals:
                return
            try:
                with self.sessions.begin() as session:
                    if session.get_bind().dialect.name == "postgresql":
                        session.execute(text("SET LOCAL synchronous_commit = off"))
                    _upsert(session, totals)
            except SQLAlchemyError:
                log.warning("demand counters: not added yet (database error); kept for later")
                with self._lock:
                    self._totals.update(totals)
                    self._later(max(self.every, 5.0))

    def _later(self, seconds: float) -> None:
        """A write `seconds` from now, unless one is due already (called holding `_lock`)."""
        if self._timer is None:
            self._timer = threading.Timer(seconds, self.flush)
            self._timer.daemon = True
            self._timer.name = "lotse-counters"
            self._timer.start()


_ALL: weakref.WeakSet[Pending] = weakref.WeakSet()


def flush_pending(bind: object) -> None:
    """Write what this process's turns have counted on `bind`'s database, before reading."""
    for pending in list(_ALL):
        if pending.engine is bind or pending.engine is None:
            pending.flush()


def counts(session: Session, *, regions: Sequence[str] | None = None, start: date | None = None,
           end: date | None = None, dimensions: Sequence[str] | None = None) -> list[Count]:
    """The stored counters, filtered by regions, an inclusive day range and dimensions (with
    what this process's turns counted so far)."""
    flush_pending(session.get_bind())
    stmt = select(DemandCountRow)
    if regions is not None:
        stmt = stmt.where(DemandCountRow.region.in_(list(regions)))
    if start is not None:
        stmt = stmt.where(DemandCountRow.day >= start)
    if end is not None:
        stmt = stmt.where(DemandCountRow.day <= end)
    if dimensions is not None:
        stmt = stmt.where(DemandCountRow.dimension.in_(list(dimensions)))
    stmt = stmt.order_by(DemandCountRow.day, DemandCountRow.region, DemandCountRow.dimension,
                         DemandCountRow.value)
    return [Count(r.day, r.region, r.dimension, r.value, r.count) for r in session.scalars(stmt)]


def regions(session: Session) -> list[str]:
    """Every region that has a counter."""
    flush_pending(session.get_bind())
    return list(session.scalars(select(DemandCountRow.region).group_by(DemandCountRow.region)
                                .order_by(DemandCountRow.region)))


def total(session: Session) -> int:
    flush_pending(session.get_bind())
    return int(session.scalar(select(func.coalesce(func.sum(DemandCountRow.count), 0))) or 0)
