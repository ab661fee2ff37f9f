"""Rasa REST compatibility, tried with Rasa's own client code: the console client of
`rasa shell` (`rasa.core.channels.console`) talks to Lotse in stream mode and in block mode,
from the project's Rasa 3.6 virtualenv; `GET /webhooks/rest/` answers as Rasa's channel does.
Skipped with a loud message only where Python 3.10 is missing; in CI that is a failure."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import Engine

from bot.reference import Reference
from nlu.rasa_server import RasaSetupError, ensure_venv, find_python310
from tests.conftest import skip_or_fail
from tests.e2e.test_berater_browser import serve

# Rasa's console client, as `rasa shell` runs it: every message it yields, as one JSON line
CLIENT = """
import asyncio, json, sys
from rasa.core.channels import console

async def main(url, mode, sender, text):
    if mode == "stream":
        # what `rasa shell` (console.record_messages) calls for every line typed
        async for message in console._send_message_receive_stream(url, "", sender, text, 30):
            print(json.dumps(message))
    else:
        for message in await console.send_message_receive_block(url, "", sender, text):
            print(json.dumps(message))

asyncio.run(main(*sys.argv[1:]))
"""


@pytest.fixture(scope="module")
def rasa_python() -> str:
    if find_python310() is None:
        skip_or_fail("the Rasa client test needs Python 3.10 for Rasa's virtualenv")
    try:
        return str(ensure_venv(log=lambda line: None) / "bin" / "python")
    except RasaSetupError as exc:
        skip_or_fail(f"Rasa's virtualenv could not be made: {exc}")
        raise


@pytest.fixture
def server(sqlite_engine: Engine, reference: Reference) -> Iterator[str]:
    yield from serve(sqlite_engine, reference)


def rasa_client(python: str, url: str, mode: str, sender: str, text: str) -> list[dict[str, object]]:
    done = subprocess.run([python, "-c", CLIENT, url, mode, sender, text], capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def test_rasa_shell_prints_lotse_in_stream_and_block_mode(rasa_python: str, server: str) -> None:
    streamed = rasa_client(rasa_python, server, "stream", "console-1", "hallo")
    assert streamed and streamed[0]["recipient_id"] == "console-1" and "Lotse" in str(streamed[0]["text"])
    asked = rasa_client(rasa_python, server, "stream", "console-1", "ich such ne ausbildung")
    assert asked[-1]["custom"]["expects"] == "age"  # the same conversation goes on
    blocked = rasa_client(rasa_python, server, "block", "console-2", "ich will nicht mehr leben")
    assert blocked[0]["custom"]["crisis"] and "112" in json.dumps(blocked, ensure_ascii=False)


def test_the_rest_channel_answers_a_health_check_and_streams_lines(server: str) -> None:
    health = httpx.get(server + "/webhooks/rest/")
    assert health.status_code == 200 and health.json() == {"status": "ok"}
    streamed = httpx.post(server + "/webhooks/rest/webhook?stream=true",
                          json={"sender": "s-1", "message": "hallo"})
    assert streamed.headers["content-type"].startswith("text/event-stream")
    lines = [json.loads(line) for line in streamed.text.splitlines()]
    plain = httpx.post(server + "/webhooks/rest/webhook", json={"sender": "s-2", "message": "hallo"})
    assert [m["text"] for m in lines] == [m["text"] for m in plain.json()]
