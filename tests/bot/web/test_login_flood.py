"""The finding again, end to end: 80 anonymous login attempts, 40 at a time, once took the
server from 246 MB to 1.2 GB and a crisis reply to 3 s. Here they go over real HTTP to the app
`lotse serve` builds (uvicorn in a thread, the production argon2id parameters: 64 MiB a
hash), each from an address of its own behind a trusted proxy, so no address limit stops them
and only the bounded hasher (bot/passwords.py) stands between them and the memory; a crisis
message goes in while they run."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from bot.bootstrap import build_app
from bot.core import texts
from bot.proxies import uvicorn_proxy_options
from bot.settings import PROJECT_ROOT, Settings
from bot.storage.accounts import HASHER
from tests.bot.telegram.fake_bot_api import free_port

ATTEMPTS, AT_ONCE = 80, 40
MIB = 1024 * 1024
HASH_MEMORY = HASHER.hasher.memory_cost * 1024  # bytes one argon2id hash takes (64 MiB)
# the design: at most `slots` hashes at once; the margin covers the requests, the responses,
# the allocator and the client threads of this test (which share the process)
GROWTH_BOUND = HASHER.slots * HASH_MEMORY + 160 * MIB
CRISIS_BOUND = 1.0  # seconds


def status_kib(field: str) -> int:
    """VmRSS or VmHWM (peak RSS) of this process, in KiB."""
    match = re.search(rf"^{field}:\s+(\d+) kB", Path("/proc/self/status").read_text(), re.M)
    assert match, field
    return int(match.group(1))


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """The app `lotse serve` runs, on SQLite, behind a trusted proxy (127.0.0.1), warmed up."""
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'lotse.sqlite3'}", var_dir=tmp_path,
                        secret_key="login-flood-test-secret-key", environment="test",
                        data_dir=PROJECT_ROOT / "data", trusted_proxies="127.0.0.1")
    port = free_port()
    config = uvicorn.Config(build_app(settings), host="127.0.0.1", port=port, log_level="warning",
                            access_log=False, **uvicorn_proxy_options(settings.trusted_proxies))
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:  # warm: models loaded
                break
        except httpx.TransportError:
            pass
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.1)
    yield url
    running.should_exit = True
    thread.join(timeout=15)


def test_a_flood_of_anonymous_logins_keeps_memory_bounded_and_crisis_help_fast(server: str) -> None:
    assert HASHER.hasher.memory_cost == 65536  # the production parameters, not a test hasher
    with httpx.Client(base_url=server, timeout=30,
                      limits=httpx.Limits(max_connections=AT_ONCE + 5)) as http:
        page = http.get("/berater/login").text  # the CSRF cookie and token, once for all
        token = re.search(r'name="csrftoken" value="([^"]+)"', page)
        assert token
        done, middle = [0], threading.Event()
        lock = threading.Lock()

        def attempt(n: int) -> int:
            response = http.post("/berater/login", follow_redirects=False,
                                 headers={"X-Forwarded-For": f"10.14.{n // 250}.{n % 250 + 1}"},
                                 data={"email": f"nobody{n}@flood.example", "password": f"guess-{n}-x",
                                       "csrftoken": token.group(1)})
            with lock:
                done[0] += 1
                if done[0] == ATTEMPTS - AT_ONCE:  # half answered, 40 still running
                    middle.set()
            return response.status_code

        def crisis() -> tuple[float, list[dict[str, Any]]]:
            started = time.monotonic()
            reply = http.post("/webhooks/rest/webhook", headers={"X-Forwarded-For": "192.0.2.200"},
                              json={"sender": "flood-crisis", "message": "ich will mich umbringen"})
            assert reply.status_code == 200
            return time.monotonic() - started, reply.json()

        Path("/proc/self/clear_refs").write_text("5")  # the peak RSS starts again from now
        before = status_kib("VmRSS") * 1024
        with ThreadPoolExecutor(max_workers=AT_ONCE) as pool:
            codes = pool.map(attempt, range(ATTEMPTS))
            assert middle.wait(timeout=25), "the logins did not get half way"
            took, reply = crisis()
            codes = list(codes)
        growth = status_kib("VmHWM") * 1024 - before

    assert set(codes) <= {401, 503} and codes.count(401) >= 1  # some were hashed, none got in
    # before: every attempt hashed at once (40 × 64 MiB) – 246 MB to 1.2 GB
    assert growth < GROWTH_BOUND, f"peak RSS grew {growth / MIB:.0f} MiB"
    assert any(m.get("custom", {}).get("crisis") for m in reply)  # before: 3 s
    assert reply[0]["text"].startswith(texts.CRISIS_OPENING["suicidal"])
    assert took < CRISIS_BOUND, f"crisis answer after {took:.2f} s"
