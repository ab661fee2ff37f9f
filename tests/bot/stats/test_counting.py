"""The anonymous demand counters: what a scripted week of chats counts, and that no table
holds anything that identifies a person in the counters."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from sqlalchemy import Engine, MetaData, create_engine, event, inspect, select, text
from sqlalchemy.orm import Session

from bot.core.messages import Reply
from bot.core.state import DialogueState, Profile
from bot.service import Lotse
from bot.stats.events import DIMENSIONS, age_band, hours_band, turn_events
from bot.storage import demand
from bot.storage.conversations import sender_hash
from bot.storage.database import make_sessionmaker
from tests.conftest import TUESDAY_AFTERNOON

MONDAY = TUESDAY_AFTERNOON - timedelta(days=1)
# (sender, day of the week 0–6, hour, lines): Harz, Bochum, a place nobody knows
WEEK: list[tuple[str, int, int, tuple[str, ...]]] = [
    *((f"harz-{i}", i % 7, 15, ("hi, ich bin 17, wohne in quedlinburg und hab schulden",))
      for i in range(6)),
    *((f"bochum-{i}", i % 5, 20, ("hallo", "ich such ne wohnung", "19", "Bochum"))
      for i in range(5)),
    ("lost-1", 3, 11, ("hallo", "hab stress mit meinen eltern", "16", "Blablastadt")),
    ("crisis-1", 5, 23, ("ich will nicht mehr leben",)),
]
PERSONAL = ("quedlinburg", "bochum", "blablastadt", "schulden", "wohnung", "eltern", "leben",
            "harz-", "bochum-", "lost-1", "crisis-1", "17", "19", "16")


def run_week(lotse: Lotse) -> None:
    for sender, day, hour, lines in WEEK:
        moment = MONDAY.replace(hour=hour) + timedelta(days=day)
        lotse.clock = lambda moment=moment: moment  # type: ignore[misc]
        for line in lines:
            lotse.handle("web", sender, line)


def totals(engine: Engine, region: str) -> Counter[tuple[str, str]]:
    with make_sessionmaker(engine)() as session:
        found: Counter[tuple[str, str]] = Counter()
        for c in demand.counts(session, regions=[region]):
            found[c.dimension, c.value] += c.count
        return found


@pytest.mark.parametrize(("age", "band"), [(12, "unter 14"), (13, "unter 14"), (14, "14–17"),
                                           (17, "14–17"), (18, "18–21"), (27, "22–27"),
                                           (30, "über 27")])
def test_age_is_counted_only_as_a_band(age: int, band: str) -> None:
    assert age_band(age) == band


@pytest.mark.parametrize(("hours", "band"), [(0.5, "1"), (3, "4"), (24, "24"), (100, "168"),
                                             (400, "mehr")])
def test_response_times_fall_in_bands(hours: float, band: str) -> None:
    assert hours_band(hours) == band


def test_needs_wait_for_the_region_and_are_counted_once() -> None:
    start = DialogueState()
    asked = DialogueState(turns=1, profile=Profile(needs=["money_problems"], age=17))
    placed = DialogueState(turns=2, profile=Profile(needs=["money_problems"], age=17,
                                                    region="15085"))
    first = turn_events(start, asked, [], at=TUESDAY_AFTERNOON, new=True)
    assert {e.dimension for e in first} == {"hour_of_week", "conversation"}
    second = {(e.dimension, e.value) for e in turn_events(asked, placed, [], at=TUESDAY_AFTERNOON)}
    assert {("need", "money_problems"), ("age_band", "14–17"), ("region", "resolved"),
            ("language", "de")} <= second
    again = turn_events(placed, placed, [], at=TUESDAY_AFTERNOON)
    assert [e.dimension for e in again] == ["hour_of_week"]


def test_a_scripted_week_counts_what_happened(db_engine: Engine,
                                              make_lotse: Callable[..., Lotse]) -> None:
    lotse = make_lotse(db_engine)
    run_week(lotse)
    harz, bochum, nowhere = (totals(db_engine, r) for r in ("15085", "05911", "none"))
    assert harz["region", "resolved"] == 6
    assert harz["need", "money_problems"] == 6
    assert harz["age_band", "14–17"] == 6
    assert harz["answer", "money_problems:local"] == 6
    assert harz["offer", "debt_counselling:local"] == 6
    assert sum(n for (d, v), n in harz.items() if d == "hour_of_week" and v.endswith("-15")) == 6
    assert bochum["region", "resolved"] == 5
    assert bochum["need", "housing_problems"] == 5
    assert bochum["age_band", "18–21"] == 5
    assert bochum["answer", "housing_problems:local"] == 5
    assert nowhere["region", "unresolved"] == 1
    assert nowhere["need", "family_problems"] == 1
    assert nowhere["crisis", "answer"] == 1
    started = sum(totals(db_engine, r)["conversation", "started"]
                  for r in ("15085", "05911", "none"))
    assert started == len(WEEK)


def test_no_table_holds_anything_that_identifies_a_person_in_the_counters(
        db_engine: Engine, make_lotse: Callable[..., Lotse]) -> None:
    lotse = make_lotse(db_engine)
    run_week(lotse)
    meta = MetaData()
    meta.reflect(db_engine)
    # the counters' table has no column that could hold a key, a text or a moment
    columns = {c["name"] for c in inspect(db_engine).get_columns("demand_counts")}
    assert columns == {"day", "region", "dimension", "value", "count"}
    keys = {sender_hash(lotse.secret, "web", s) for s, *_ in WEEK}
    lotse.counters.flush()  # what the process's turns counted, written (the table read raw)
    with db_engine.connect() as conn:
        rows = conn.execute(select(meta.tables["demand_counts"])).all()
        assert rows
        for row in rows:
            assert row.dimension in DIMENSIONS
            cells = " ".join(str(v) for v in row).lower()
            assert not any(word in row.value.lower() for word in PERSONAL if not word.isdigit())
            assert not any(k in cells for k in keys)
            assert row.region in {"15085", "05911", "none"}
        # no other table carries a counter's value with a person's key next to it: only
        # `demand_counts` outlives the people, and it links to no other table
        assert not meta.tables["demand_counts"].foreign_keys
    # deleting every conversation leaves the counters (they need no deletion)
    before = totals(db_engine, "15085")
    for sender, *_ in WEEK:
        lotse.handle("web", sender, "/loeschen")
        lotse.handle("web", sender, "ja")
    assert totals(db_engine, "15085")["need", "money_problems"] == before["need", "money_problems"]
    with db_engine.connect() as conn:
        assert conn.execute(select(meta.tables["conversations"])).first() is None


@pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)
def test_a_turn_does_not_write_the_counters_in_its_own_transaction(
        db_engine: Engine, make_lotse: Callable[..., Lotse]) -> None:
    """Every turn of a day in a region adds to the same counter rows: written inside the
    turn's transaction, their row lock was held until its commit and concurrent turns waited
    for each other (`make bench`: most connections "INSERT waiting" on demand_counts). Now
    the counts are added after the commit, in a transaction of their own."""
    lotse = make_lotse(db_engine)
    held: list[int] = []

    def look(session: Session, replies: list[Reply]) -> None:  # inside the turn's transaction
        held.append(int(session.scalar(text(
            "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
            "WHERE c.relname = 'demand_counts' AND l.pid = pg_backend_pid()")) or 0))

    for line in ("hi, ich bin 17, wohne in quedlinburg und hab schulden", "danke"):
        lotse.handle("web", "harz", line, record=look)
    assert held == [0, 0]
    counted = totals(db_engine, "15085")
    assert counted["need", "money_problems"] == 1 and counted["conversation", "started"] == 1


def test_the_counts_of_many_turns_are_written_together_and_reach_other_processes(
        db_engine: Engine, make_lotse: Callable[..., Lotse]) -> None:
    """A transaction of its own after every turn cost a sixth of a turn: the counts wait in
    memory and are written together – all at once, and by the timer at most `every` seconds
    after the first, so another process (reading the table) sees them without a read here."""
    lotse = make_lotse(db_engine)
    lotse.counters.every = 3600  # no timer during the turns, however slow the machine
    writes: list[str] = []
    line = "hi, ich bin 17, wohne in quedlinburg und hab schulden"

    def note(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if "demand_counts" in statement and statement.lstrip().upper().startswith("INSERT"):
            writes.append(statement)

    def counted() -> int:  # as another process reads it: no flush of this one's
        with db_engine.connect() as conn:
            return int(conn.execute(text(
                "SELECT count FROM demand_counts WHERE region = '15085' "
                "AND dimension = 'need' AND value = 'money_problems'")).scalar() or 0)

    event.listen(db_engine, "before_cursor_execute", note)
    try:
        for n in range(20):
            lotse.handle("web", f"many-{n}", line)
        assert writes == []  # nothing written in or after the turns themselves
        lotse.counters.flush()
        assert len(writes) == 1 and counted() == 20  # twenty turns' counts in one upsert
        lotse.counters.every = 0.2
        lotse.counters.flush()  # the hour-long timer is gone; the next count starts a short one
        lotse.handle("web", "many-20", line)
        deadline = time.monotonic() + 10
        while counted() < 21 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        event.remove(db_engine, "before_cursor_execute", note)
    assert counted() == 21 and len(writes) == 2


def test_counts_kept_through_a_database_error_are_written_later(
        db_engine: Engine, make_lotse: Callable[..., Lotse]) -> None:
    lotse = make_lotse(db_engine)
    lotse.handle("web", "kept-1", "hi, ich bin 17, wohne in quedlinburg und hab schulden")
    working = lotse.counters.sessions
    lotse.counters.sessions = make_sessionmaker(create_engine("sqlite:////nonexistent/dir/x.db"))
    lotse.counters.flush()  # fails: kept in memory, not lost
    lotse.counters.sessions = working
    assert totals(db_engine, "15085")["need", "money_problems"] == 1


def test_retention_leaves_the_counters(db_engine: Engine,
                                       make_lotse: Callable[..., Lotse]) -> None:
    lotse = make_lotse(db_engine)
    run_week(lotse)
    lotse.clock = lambda: TUESDAY_AFTERNOON + timedelta(days=400)  # type: ignore[misc]
    lotse.purge_expired()
    assert totals(db_engine, "05911")["need", "housing_problems"] == 5


def test_day_and_hour_are_local_time() -> None:
    late = datetime.fromisoformat("2026-11-24T23:30:00+00:00")  # 00:30 in Berlin
    assert demand.local_day(late).isoformat() == "2026-11-25"


def test_a_handoff_from_an_internship_search_counts_as_an_internship_request() -> None:
    seeking = DialogueState(turns=3, profile=Profile(needs=["seek_internship"], age=15,
                                                     region="15085"))
    other = DialogueState(turns=3, profile=Profile(needs=["money_problems"], age=15,
                                                   region="15085"))
    for state, expected in ((seeking, True), (other, False)):
        events = turn_events(state, state, [], ["create_handoff"], at=TUESDAY_AFTERNOON,
                             org_id="praktikalotsen-harz")
        assert (("internship", "requested") in {(e.dimension, e.value) for e in events}
                ) is expected
        assert ("handoff_org", "praktikalotsen-harz:requested") in {
            (e.dimension, e.value) for e in events}
