"""Structured logs: with LOTSE_LOG_FORMAT=json every log line of `lotse` is one JSON object
(time, level, logger, message) – for a log collector; plain lines otherwise. Under
`serve --workers N` too, in the worker processes and for uvicorn's own lines."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx

from tests.bot.test_cluster import _start_workers

LOTSE = Path(sys.executable).parent / "lotse"


def run(tmp_path: Path, **env: str) -> list[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("LOTSE_")}
    environment.update({"LOTSE_VAR_DIR": str(tmp_path), **env})
    done = subprocess.run([str(LOTSE), "retention", "run"], env=environment, capture_output=True,
                          text=True, timeout=120, check=True)
    return [line for line in done.stderr.splitlines() if line.strip()]


def test_json_logs_are_one_object_per_line(tmp_path: Path) -> None:
    lines = run(tmp_path, LOTSE_LOG_FORMAT="json")
    records = [json.loads(line) for line in lines]
    assert records and all({"time", "level", "logger", "message"} <= set(r) for r in records)
    assert any(r["logger"].startswith("lotse") and "retention" in r["message"] for r in records)


def test_plain_logs_by_default(tmp_path: Path) -> None:
    lines = run(tmp_path)
    assert any(" INFO lotse.service: retention" in line for line in lines)
    assert not lines[0].startswith("{")


def test_serve_with_workers_writes_json_lines_from_every_process(tmp_path: Path, pg_url: str) -> None:
    # the workers are started by uvicorn and never run `main()`: before issue 14 they logged
    # nothing of Lotse's below WARNING, and uvicorn's lines were plain text
    process, port = _start_workers(tmp_path, pg_url, LOTSE_LOG_FORMAT="json", LOTSE_RATE_LIMIT="1/minute")
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=15) as http:
            for text in ("Hallo", "Hallo, bist du noch da?"):  # the second is over the limit
                reply = http.post("/webhooks/rest/webhook", json={"sender": "json-logs", "message": text})
                assert reply.status_code == 200
    finally:
        process.terminate()
        _, err = process.communicate(timeout=30)
    lines = [line for line in err.decode().splitlines() if line.strip()]
    not_json = [line for line in lines if not line.startswith("{")]
    assert not not_json, f"lines that are no JSON object: {not_json}"
    records = [json.loads(line) for line in lines]
    assert all({"time", "level", "logger", "message"} <= set(r) for r in records)
    seen = {(r["logger"], r["level"], r["message"]) for r in records}
    # a turn's INFO line: only a worker answers a message
    assert ("lotse.service", "INFO", "rate limit reached for one sender") in seen
    # uvicorn's own lines, from the workers and from the supervisor, in the same format
    assert any(logger == "uvicorn.error" and message.startswith("Started server process")
               for logger, _, message in seen)
    assert any(logger == "lotse.cli" and "mit 2 Prozessen" in message for logger, _, message in seen)
    # still no access log (client addresses and paths), and no colour codes in the records
    assert not any(r["logger"] == "uvicorn.access" or "color_message" in r for r in records)
