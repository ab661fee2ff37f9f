"""`make bench` keeps working: a small run prints every row of its table."""

from __future__ import annotations

import pytest

from bench.run import main


def test_a_small_bench_run_prints_the_whole_table(capsys: pytest.CaptureFixture[str]) -> None:
    main(["--chats", "2", "--parallel", "2", "--telegram-chats", "3", "--nlu-rounds", "1"])
    out = capsys.readouterr().out
    rows = [line for line in out.splitlines() if line.startswith("| ") and "measurement" not in line]
    expected = ["| resident memory before loading anything",
                "| embedded NLU + crisis lexicon, p50 / p99 (513 parses)",
                "| resident memory with catalogue, places and NLU loaded",
                "| crisis lexicon · learned check-in net, each alone, p50 / p99",
                "| routing over 10,000 offers, p50 / p99 (300 situations)",
                "| web chat message over HTTP, one at a time, p50 / p99 (10 messages)",
                "| web chat, 8 chats at once (2 connections)",
                "| Telegram webhook, 3 chats × 3 updates: all acknowledged",
                "| … every answer sent to the Bot API (stand-in on this machine)",
                "| peak resident memory of the whole run (server, clients, stand-in)"]
    names = [row.split(" | ")[0] for row in rows]
    assert len(names) == len(expected) and all(
        name.startswith(prefix) for name, prefix in zip(names, expected, strict=True)), names
    assert all(any(ch.isdigit() for ch in row.split(" | ")[1]) for row in rows)
