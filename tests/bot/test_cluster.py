"""Several processes on one PostgreSQL: a conversation's turns, periodic jobs, `serve --workers`."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from sqlalchemy import Engine, event, func, select

from bot import cluster
from bot.cli import main
from bot.core.texts import source
from bot.service import Lotse
from bot.settings import get_settings
from bot.storage.conversations import sender_hash
from bot.storage.database import make_engine, upgrade
from bot.storage.tables import ConversationRow, MessageRow
from tests.bot.telegram.fake_bot_api import free_port
from tests.conftest import PG_URL, _reset_postgres, skip_or_fail

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def two_engines() -> Iterator[tuple[Engine, Engine]]:
    """Two engines (two processes' pools) over one migrated, empty PostgreSQL database."""
    if not PG_URL:
        skip_or_fail("cluster tests need LOTSE_TEST_DATABASE_URL (PostgreSQL)")
    assert PG_URL is not None
    first = make_engine(PG_URL)
    _reset_postgres(first)
    upgrade(first)
    second = make_engine(PG_URL)
    yield first, second
    first.dispose()
    second.dispose()

TROUBLE = source("TROUBLE")  # in German: these chats are German


def test_first_messages_of_a_new_sender_on_two_processes_are_both_answered(
    two_engines: tuple[Engine, Engine], make_lotse: Callable[..., Lotse]
) -> None:
    one, other = make_lotse(two_engines[0]), make_lotse(two_engines[1])
    senders = [f"racer-{n}" for n in range(30)]
    answers: dict[tuple[str, str], list[str]] = {}

    def race(sender: str) -> None:
        start = threading.Barrier(2)

        def send(lotse: Lotse, words: str) -> None:
            start.wait()
            answers[(sender, words)] = [r.text for r in lotse.handle("web", sender, words)]

        with ThreadPoolExecutor(2) as pool:
            for future in [pool.submit(send, one, "Hallo"), pool.submit(send, other, "hab schulden")]:
                future.result()

    for sender in senders:
        race(sender)

    troubled = [key for key, texts in answers.items() if TROUBLE in texts]
    assert troubled == []  # before: one of the pair lost to TROUBLE in 28 of 30 pairs
    with two_engines[0].connect() as conn:
        for sender in senders:
            key = sender_hash(one.secret, "web", sender)
            rows = conn.execute(select(ConversationRow.id).where(
                ConversationRow.sender_hash == key)).scalars().all()
            assert len(rows) == 1
            users = conn.execute(select(MessageRow.text).where(
                MessageRow.conversation_id == rows[0], MessageRow.role == "user")).scalars().all()
            assert sorted(users) == ["Hallo", "hab schulden"]  # both turns, one after the other


def test_turns_of_one_conversation_on_two_processes_wait_for_each_other(
    two_engines: tuple[Engine, Engine], make_lotse: Callable[..., Lotse]
) -> None:
    one, other = make_lotse(two_engines[0]), make_lotse(two_engines[1])
    one.handle("web", "busy", "Hallo")  # the conversation exists: its row is the turn's lock
    words = [f"ich bin {n} jahre" for n in range(14, 26)]
    with ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(lambda item: [r.text for r in (one, other)[item[0] % 2].handle(
            "web", "busy", item[1])], enumerate(words)))
    assert all(TROUBLE not in texts for texts in answers)
    with two_engines[0].connect() as conn:
        key = sender_hash(one.secret, "web", "busy")
        row = conn.execute(select(ConversationRow).where(ConversationRow.sender_hash == key)).one()
        users = conn.execute(select(MessageRow.text).where(
            MessageRow.conversation_id == row.id, MessageRow.role == "user")).scalars().all()
    assert sorted(users) == sorted(["Hallo", *words])
    assert row.state["turns"] == 1 + len(words)  # no turn saved over another's state


def test_a_later_turn_waits_for_postgresql_twice(
    two_engines: tuple[Engine, Engine], make_lotse: Callable[..., Lotse]
) -> None:
    lotse = make_lotse(two_engines[0])
    lotse.handle("web", "counted", "Hallo")
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(two_engines[0], "before_cursor_execute", seen)
    try:
        lotse.handle("web", "counted", "hallo nochmal")
    finally:
        event.remove(two_engines[0], "before_cursor_execute", seen)
    turn = [s.split()[0] for s in statements if any(w in s for w in ("conversations", "INTO messages", "advisory"))]
    # the row lock, then the transcript lines and the state in one statement (before: the
    # sender's advisory lock, the row, the lines and the state: four)
    assert turn == ["SELECT", "WITH"]


def test_a_periodic_job_runs_once_when_two_schedulers_race(
    two_engines: tuple[Engine, Engine],
) -> None:
    now = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
    ran: list[str] = []
    other_returned = threading.Event()
    start = threading.Barrier(2)

    def job(name: str) -> Callable[[], None]:
        def run() -> None:
            ran.append(name)
            other_returned.wait(timeout=10)  # still running while the other scheduler tries
        return run

    def schedule(engine: Engine, name: str) -> bool:
        start.wait()
        done = cluster.run_periodic(engine, "notification", job(name), every=30, now=now)
        if not done:
            other_returned.set()
        return done

    with ThreadPoolExecutor(2) as pool:
        results = [f.result() for f in [pool.submit(schedule, two_engines[0], "a"),
                                        pool.submit(schedule, two_engines[1], "b")]]
    assert sorted(results) == [False, True] and len(ran) == 1

    # the other process's own schedule comes round 10 s later: the cluster ran it already
    later = cluster.run_periodic(two_engines[1], "notification", lambda: ran.append("late"),
                                 every=30, now=now + timedelta(seconds=10))
    assert later is False and len(ran) == 1
    # one interval on, whichever process comes first runs it
    assert cluster.run_periodic(two_engines[1], "notification", lambda: ran.append("next"),
                                every=30, now=now + timedelta(seconds=31))
    assert ran[1:] == ["next"]
    # a job of another name is not held up
    assert cluster.run_periodic(two_engines[0], "retention", lambda: ran.append("retention"),
                                every=30, now=now + timedelta(seconds=31))


def test_a_periodic_job_that_fails_is_tried_again_next_time(
    two_engines: tuple[Engine, Engine],
) -> None:
    now = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)

    def broken() -> None:
        raise RuntimeError("SMTP away")

    with pytest.raises(RuntimeError):
        cluster.run_periodic(two_engines[0], "notification", broken, every=30, now=now)
    ran: list[int] = []  # the lock was given back, and the failed run does not count
    assert cluster.run_periodic(two_engines[1], "notification", lambda: ran.append(1), every=30,
                                now=now + timedelta(seconds=1))
    assert ran == [1]


def test_on_sqlite_a_periodic_job_just_runs(sqlite_engine: Engine) -> None:
    ran: list[int] = []
    now = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
    for _ in range(2):
        assert cluster.run_periodic(sqlite_engine, "notification", lambda: ran.append(1),
                                    every=30, now=now)
    assert ran == [1, 1]


def test_serve_refuses_several_workers_on_sqlite(tmp_path: Path) -> None:
    env = {"LOTSE_DATABASE_URL": f"sqlite:///{tmp_path / 'lotse.sqlite3'}",
           "LOTSE_VAR_DIR": str(tmp_path)}
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(main, ["serve", "--workers", "2"], env=env)
    finally:
        get_settings.cache_clear()
    assert result.exit_code != 0
    assert "PostgreSQL" in result.output and "--workers" in result.output
    assert not (tmp_path / "lotse.sqlite3").exists()  # refused before anything started


def test_serve_with_two_workers_on_postgresql_answers_from_both(
    two_engines: tuple[Engine, Engine], tmp_path: Path
) -> None:
    port = free_port()
    env = {**os.environ, "LOTSE_DATABASE_URL": PG_URL or "", "LOTSE_VAR_DIR": str(tmp_path),
           "LOTSE_SECRET_KEY": "a-test-secret-of-some-length", "LOTSE_TELEGRAM_TOKEN": "",
           "LOTSE_RASA_URL": ""}
    process = subprocess.Popen([sys.executable, "-m", "bot.cli", "serve", "--workers", "2",
                                "--port", str(port)], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as http:
            deadline = time.monotonic() + 180  # a start under load (three test processes on two cores)
            while True:
                try:
                    if http.get("/healthz").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                assert time.monotonic() < deadline and process.poll() is None, "did not start"
                time.sleep(0.2)
            children = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
            assert len(children) >= 2  # the supervisor and its two workers on one socket
            for n in range(10):  # new connections: the kernel hands them to either worker
                with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as fresh:
                    reply = fresh.post("/webhooks/rest/webhook",
                                       json={"sender": "serve-test", "message": f"Hallo {n}"})
                    assert reply.status_code == 200 and TROUBLE not in reply.text
        with two_engines[0].connect() as conn:
            count = conn.execute(select(func.count()).select_from(MessageRow).where(
                MessageRow.role == "user")).scalar_one()
        assert count == 10
    finally:
        process.terminate()
        process.wait(timeout=30)


def _start_workers(tmp_path: Path, database_url: str, **extra: str) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    env = {**os.environ, "LOTSE_DATABASE_URL": database_url, "LOTSE_VAR_DIR": str(tmp_path),
           "LOTSE_SECRET_KEY": "a-test-secret-of-some-length", "LOTSE_TELEGRAM_TOKEN": "",
           "LOTSE_RASA_URL": "", "LOTSE_TRUSTED_PROXIES": "", **extra}
    process = subprocess.Popen([sys.executable, "-m", "bot.cli", "serve", "--workers", "2",
                                "--port", str(port)], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 180  # a start under load (three test processes on two cores)
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=5).status_code == 200:
                return process, port
        except httpx.TransportError:
            pass
        assert time.monotonic() < deadline and process.poll() is None, "did not start"
        time.sleep(0.2)


def test_serve_with_workers_starts_without_the_database_and_trusts_no_forwarded_header(
        tmp_path: Path) -> None:
    # PostgreSQL on a port where nothing listens: the workers start all the same (issue 14)
    process, port = _start_workers(tmp_path, "postgresql+psycopg://postgres@127.0.0.1:1/none")
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=15) as http:
            reply = http.post("/webhooks/rest/webhook",
                              json={"sender": "down-at-start", "message": "ich will nicht mehr leben"})
            assert reply.status_code == 200
            assert any(m.get("custom", {}).get("crisis") for m in reply.json())  # crisis help
            # no LOTSE_TRUSTED_PROXIES: a header from a local client names no other address, so
            # the metrics stay open to this (local) client – uvicorn's default would trust it
            forwarded = http.get("/metrics", headers={"X-Forwarded-For": "203.0.113.7"})
            assert forwarded.status_code == 200
    finally:
        process.terminate()
        process.wait(timeout=30)
