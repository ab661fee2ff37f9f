"""Structured logs: with LOTSE_LOG_FORMAT=json every log line of `lotse` is one JSON object
(time, level, logger, message) – for a log collector; plain lines otherwise."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

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
