"""`GET /readyz`: what this process can do right now, each dependency with its state.

    database  up | down (since, the error's kind)   down → 503: only crisis help is served
    rasa      up | down (why) | off                 down or off: the embedded NLU answers
    telegram  ready | connecting | off
    redis     up | down | off                       limits fall back to process memory
    warm      ready | warming                       warming → 503: models still loading

Nothing here waits long: the database state comes from the watch's last probe
(bot/outage.py), Redis gets one PING with a short deadline, Rasa one `GET /` (it answers
"Hello from Rasa") with a short deadline, its answer reused for a few seconds, and its
circuit breaker is read too – a Rasa that went away shows down before a message fails.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

import httpx

if TYPE_CHECKING:
    from bot.service import Lotse
    from bot.telegram.channel import TelegramChannel

REDIS_DEADLINE = 0.5  # seconds
RASA_DEADLINE = 0.3  # seconds for Rasa's `GET /`, as for a parse (nlu/rasa_http.py)
RASA_FRESH = 3.0  # seconds a probe's answer is reused: /readyz stays cheap when polled often
_rasa_seen: dict[str, tuple[float, bool]] = {}  # Rasa's address → (when probed, answered)


async def readiness(lotse: Lotse, *, telegram: TelegramChannel | None = None,
                    redis_url: str | None = None) -> tuple[int, dict[str, Any]]:
    """The HTTP status (200, or 503 while the database is away) and the body of /readyz."""
    database = lotse.watch.state() if lotse.watch is not None else {"state": "up"}
    body: dict[str, Any] = {
        "database": database,
        "rasa": await rasa_state(lotse),
        "telegram": {"state": "off" if telegram is None
                     else "ready" if telegram.ready.is_set() else "connecting"},
        "redis": {"state": await redis_state(redis_url) if redis_url else "off"},
        "warm": {"state": "ready" if lotse.warm.is_set() else "warming"},
    }
    up = database["state"] == "up"
    warm = lotse.warm.is_set()
    body["status"] = ("crisis help only" if not up else "ready" if warm else "warming")
    return (200 if up and warm else 503), body


async def rasa_state(lotse: Lotse) -> dict[str, Any]:
    """"off" without LOTSE_RASA_URL; else "down" when Rasa does not answer `GET /` or its
    circuit breaker is open (the embedded NLU answers then), "up" otherwise."""
    backend = getattr(lotse.nlu, "backend", lotse.nlu)
    breaker = getattr(backend, "breaker", None)
    url = getattr(backend, "url", None)  # LOTSE_RASA_URL; any other backend has none
    if breaker is None or not isinstance(url, str):
        return {"state": "off"}
    if not await rasa_answers(url + "/"):
        return {"state": "down", "problem": f"no answer to GET / within {RASA_DEADLINE:g} s"}
    if str(breaker.current_state) == "open":
        return {"state": "down", "problem": "circuit open after failed parses"}
    return {"state": "up"}


async def rasa_answers(url: str, *, deadline: float = RASA_DEADLINE, fresh: float = RASA_FRESH) -> bool:
    """Whether the Rasa server at `url` answered `GET /` with 200 within `deadline` seconds;
    a probe younger than `fresh` seconds is not repeated."""
    now = time.monotonic()
    seen = _rasa_seen.get(url)
    if seen is not None and now - seen[0] < fresh:
        return seen[1]
    try:
        async with asyncio.timeout(deadline), httpx.AsyncClient(timeout=deadline) as client:
            answered = (await client.get(url)).status_code == 200
    except (httpx.HTTPError, OSError, TimeoutError):
        answered = False
    _rasa_seen[url] = (time.monotonic(), answered)
    return answered


async def redis_state(url: str, *, deadline: float = REDIS_DEADLINE) -> str:
    """One PING (after AUTH when the URL has a password) with a short deadline."""
    parts = urlsplit(url)
    try:
        async with asyncio.timeout(deadline):
            reader, writer = await asyncio.open_connection(
                parts.hostname or "127.0.0.1", parts.port or 6379,
                ssl=True if parts.scheme == "rediss" else None)
            try:
                if parts.password:
                    auth = [unquote(parts.username or "default"), unquote(parts.password)]
                    writer.write(_command("AUTH", *auth))
                    await reader.readline()
                writer.write(_command("PING"))
                await writer.drain()
                line = await reader.readline()
            finally:
                writer.close()
                with contextlib.suppress(Exception):
                    await writer.wait_closed()
    except (OSError, TimeoutError):
        return "down"
    return "up" if line.startswith(b"+PONG") else "down"


def _command(*words: str) -> bytes:
    """A command in Redis's wire format (RESP)."""
    out = [f"*{len(words)}\r\n".encode()]
    for word in words:
        data = word.encode()
        out.append(b"$%d\r\n%s\r\n" % (len(data), data))
    return b"".join(out)
