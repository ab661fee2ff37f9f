"""The anonymous demand counters: add to them at the moment something happens, read them back.

One row per day, region, dimension and value holds a count (`demand_counts`); an increment is
one upsert, so concurrent turns add up on SQLite and PostgreSQL alike.

A turn's counts are added after the turn's commit, in a short transaction of their own
(`add_after`): every turn of a day in a region adds to the same few rows, and inside the turn's
transaction the row lock was held until that commit – on PostgreSQL, concurrent turns waited for
each other there (`make bench`: most connections "INSERT waiting" on `demand_counts`).
Anonymous statistics need not survive a crash of the database server, so that transaction
does not wait for the disk (`synchronous_commit = off`); a lost count is one count, never a
lost or doubled message.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bot.stats.events import NO_REGION, Event
from bot.storage.tables import DemandCountRow

LOCAL_TIME = ZoneInfo("Europe/Berlin")  # the day and hour a network sees
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
    totals = Counter(events)
    if not totals:
        return
    day, where = local_day(at), (region or NO_REGION)[:5]
    rows = [{"day": day, "region": where, "dimension": e.dimension, "value": e.value[:120],
             "count": n} for e, n in sorted(totals.items(), key=lambda kv: (kv[0].dimension,
                                                                             kv[0].value))]
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


def add_after(sessions: sessionmaker[Session], tallies: Sequence[Tally]) -> None:
    """Add the tallies of a committed turn in a short transaction of their own (see above);
    a database error is logged, never passed on to the chat."""
    if not any(t.events for t in tallies):
        return
    try:
        with sessions.begin() as session:
            if session.get_bind().dialect.name == "postgresql":
                session.execute(text("SET LOCAL synchronous_commit = off"))
            for tally in tallies:
                add(session, tally.events, region=tally.region, at=tally.at)
    except SQLAlchemyError:
        log.warning("demand counters: not added (database error)")


def counts(session: Session, *, regions: Sequence[str] | None = None, start: date | None = None,
           end: date | None = None, dimensions: Sequence[str] | None = None) -> list[Count]:
    """The stored counters, filtered by regions, an inclusive day range and dimensions."""
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
    return list(session.scalars(select(DemandCountRow.region).group_by(DemandCountRow.region)
                                .order_by(DemandCountRow.region)))


def total(session: Session) -> int:
    return int(session.scalar(select(func.coalesce(func.sum(DemandCountRow.count), 0))) or 0)
