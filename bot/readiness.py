"""`GET /readyz`: what this process can do right now, each dependency with its state.

    database  up | down (since, the error's kind)   down → 503: only crisis help is served
    rasa      up | down (embedded NLU answers) | embedded
    telegram  ready | connecting | off
    redis     up | down | off                       limits fall back to process memory
    warm      ready | warming                       warming → 503: models still loading

Nothing here waits long: the database state comes from the watch's last probe
(bot/outage.py), Redis gets one PING with a short deadline, Rasa is read off its circuit.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

if TYPE_CHECKING:
    from bot.service import Lotse
    from bot.telegram.channel import TelegramChannel

REDIS_DEADLINE = 0.5  # seconds


async def readiness(lotse: Lotse, *, telegram: TelegramChannel | None = None,
                    redis_url: str | None = None) -> tuple[int, dict[str, Any]]:
    """The HTTP status (200, or 503 while the database is away) and the body of /readyz."""
    database = lotse.watch.state() if lotse.watch is not None else {"state": "up"}
    body: dict[str, Any] = {
        "database": database,
        "rasa": {"state": rasa_state(lotse)},
        "telegram": {"state": "off" if telegram is None
                     else "ready" if telegram.ready.is_set() else "connecting"},
        "redis": {"state": await redis_state(redis_url) if redis_url else "off"},
        "warm": {"state": "ready" if lotse.warm.is_set() else "warming"},
    }
    up = database["state"] == "up"
    warm = lotse.warm.is_set()
    body["status"] = ("crisis help only" if not up else "ready" if warm else "warming")
    return (200 if up and warm else 503), body


def rasa_state(lotse: Lotse) -> str:
    """From the Rasa backend's circuit breaker; "embedded" without LOTSE_RASA_URL."""
    backend = getattr(lotse.nlu, "backend", lotse.nlu)
    breaker = getattr(backend, "breaker", None)
    if breaker is None:
        return "embedded"
    return "up" if str(breaker.current_state) != "open" else "down (embedded NLU answers)"


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
