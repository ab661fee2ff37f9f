"""`make bench`'s turn table keeps working: a small run (no Rasa, one-second wrk runs) prints
every row, with figures and no failed request."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from bench.turns import PG_BASE, lua_script, main
from tests.conftest import skip_or_fail


def test_a_small_turn_bench_prints_every_row(capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        with sa.create_engine(PG_BASE + "/postgres").connect():
            pass
    except sa.exc.OperationalError as exc:
        skip_or_fail(f"the turn bench needs PostgreSQL on 127.0.0.1:5432 ({exc})")
    monkeypatch.setenv("LOTSE_BENCH_DATABASE", "lotse_bench_test")
    main(["--seconds", "1", "--senders", "320", "--levels", "2,8", "--workers", "1,2",
          "--no-rasa"])
    out = capsys.readouterr().out
    rows = [line for line in out.splitlines() if line.startswith("| ") and "measurement" not in line]
    names = [row.split(" | ")[0] for row in rows]
    expected = [
        "| whole turn, embedded NLU, SQLite, 1 process, 2 conversations at once",
        "| whole turn, embedded NLU, SQLite, 1 process, 8 conversations at once",
        "| whole turn, embedded NLU, PostgreSQL, 1 process, 2 conversations at once",
        "| whole turn, embedded NLU, PostgreSQL, 1 process, 8 conversations at once",
        "| whole turn, embedded NLU, PostgreSQL, 1 process, 50 conversations typing",
        "| whole turn, embedded NLU, PostgreSQL, 2 processes, 2 conversations at once",
        "| whole turn, embedded NLU, PostgreSQL, 2 processes, 8 conversations at once",
        "| two processes against one, 2 conversations, PostgreSQL",
        "| two processes against one, 8 conversations, PostgreSQL",
        "| new senders (one message each), p50 of the first and the last run",
        "| … server memory after the first and the last run",
    ]
    assert len(names) == len(expected) and all(
        part.removeprefix("| ") in name for name, part in zip(names, expected, strict=True)), names
    figures = [row.split(" | ")[1] for row in rows]
    assert all(any(ch.isdigit() for ch in figure) for figure in figures)
    assert not any("errors" in figure for figure in figures), figures


def test_typing_people_do_not_all_write_at_the_same_instant(tmp_path: Path) -> None:
    # wrk gives every thread a Lua state with the same unseeded random sequence: fifty
    # "typing" people paused alike and wrote at once, and the p99 measured the burst
    script = lua_script("typing", tmp_path).read_text("utf-8")
    assert "math.randomseed(id" in script and "math.random(1000, 3000)" in script
