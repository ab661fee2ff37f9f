"""A local stand-in for Telegram's Bot API: a real HTTP server that records every call.

PTB's `base_url` points at it. It answers `getMe`, `sendMessage`, `answerCallbackQuery`,
`setMyCommands`, `setWebhook`, `deleteWebhook` and `getUpdates` like Telegram does, and can
be told to refuse sends (HTTP 500) or to ask for a pause (429 with `retry_after`).
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import parse_qsl

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from starlette.types import ASGIApp

TOKEN = "123456:TEST-fake-token"
BOT_USER = {"id": 123456, "is_bot": True, "first_name": "Lotse", "username": "lotse_test_bot"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    """An ASGI app served by uvicorn on 127.0.0.1 in a thread (with its lifespan)."""

    def __init__(self, app: ASGIApp, *, port: int | None = None,
                 lifespan: Literal["auto", "on", "off"] = "on") -> None:
        self.port = port or free_port()
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                lifespan=lifespan, access_log=False,
                                timeout_keep_alive=30)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("server did not start")
            time.sleep(0.005)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)


@dataclass
class Call:
    method: str
    params: dict[str, Any]


@dataclass
class FakeBotApi:
    token: str = TOKEN
    calls: list[Call] = field(default_factory=list)  # every call Telegram accepted
    refused: list[Call] = field(default_factory=list)  # sendMessage calls it refused
    fail_sends: bool = False  # sendMessage answers HTTP 500 (Telegram having trouble)
    retry_after: int = 0  # this many sendMessage calls get 429 "retry after 1"
    updates: list[dict[str, Any]] = field(default_factory=list)  # served by getUpdates
    offsets: list[int | None] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._message_id = 0
        self.server: LiveServer | None = None

    # --- what the tests look at ----------------------------------------------------------

    @property
    def base_url(self) -> str:
        assert self.server is not None
        return f"{self.server.url}/bot"

    def called(self, method: str) -> list[dict[str, Any]]:
        with self._lock:
            return [c.params for c in self.calls if c.method == method]

    def sent(self, chat_id: int) -> list[dict[str, Any]]:
        """Every sendMessage to one chat, in the order Telegram got them."""
        return [p for p in self.called("sendMessage") if int(p["chat_id"]) == chat_id]

    def with_buttons(self, chat_id: int, *, after: int = 0) -> dict[str, Any] | None:
        """The last message with an inline keyboard among those after the first `after`."""
        found = [m for m in self.sent(chat_id)[after:] if "inline_keyboard" in m.get("reply_markup", {})]
        return found[-1] if found else None

    def texts_by_chat(self) -> dict[int, list[str]]:
        """Every chat's received texts, in one pass (cheap enough to poll for 200 chats)."""
        by_chat: dict[int, list[str]] = {}
        for params in self.called("sendMessage"):
            by_chat.setdefault(int(params["chat_id"]), []).append(params["text"])
        return by_chat

    def texts(self, chat_id: int) -> list[str]:
        return [p["text"] for p in self.sent(chat_id)]

    def wait_for(self, check: Callable[[], Any], *, timeout: float = 15.0) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if result := check():
                return result
            time.sleep(0.01)
        raise AssertionError(f"timed out; calls so far: {[c.method for c in self.calls][-20:]}")

    def wait_for_messages(self, chat_id: int, count: int, *, timeout: float = 15.0) -> list[str]:
        self.wait_for(lambda: len(self.sent(chat_id)) >= count, timeout=timeout)
        return self.texts(chat_id)

    # --- the server ----------------------------------------------------------------------

    def app(self) -> Starlette:
        return Starlette(routes=[Route("/bot{token}/{method}", self._endpoint, methods=["GET", "POST"])])

    def start(self, *, port: int | None = None) -> FakeBotApi:
        self.server = LiveServer(self.app(), port=port, lifespan="off").start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()

    async def _endpoint(self, request: Request) -> JSONResponse:
        if request.path_params["token"] != self.token:
            return JSONResponse({"ok": False, "error_code": 401, "description": "Unauthorized"}, 401)
        method = request.path_params["method"]
        params = await _params(request)
        if method == "sendMessage":
            with self._lock:
                limited = self.retry_after > 0
                self.retry_after -= 1 if limited else 0
                if self.fail_sends or limited:
                    self.refused.append(Call(method, params))
            if self.fail_sends:
                return JSONResponse({"ok": False, "error_code": 500,
                                     "description": "Internal Server Error"}, 500)
            if limited:
                return JSONResponse({"ok": False, "error_code": 429,
                                     "description": "Too Many Requests: retry after 1",
                                     "parameters": {"retry_after": 1}}, 429)
        with self._lock:
            self.calls.append(Call(method, params))
        return JSONResponse({"ok": True, "result": await self._result(method, params)})

    async def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return BOT_USER
        if method == "sendMessage":
            with self._lock:
                self._message_id += 1
                message_id = self._message_id
            message = {"message_id": message_id, "date": int(time.time()), "from": BOT_USER,
                       "chat": {"id": int(params["chat_id"]), "type": "private"},
                       "text": params.get("text", "")}
            if "reply_markup" in params and "inline_keyboard" in params["reply_markup"]:
                message["reply_markup"] = params["reply_markup"]
            return message
        if method == "getUpdates":
            return await self._get_updates(params)
        return True

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params["offset"]) if params.get("offset") not in (None, "") else None
        self.offsets.append(offset)
        deadline = time.monotonic() + min(float(params.get("timeout") or 0), 0.3)
        while True:
            with self._lock:
                if offset is not None:  # like Telegram: an offset confirms everything before it
                    self.updates = [u for u in self.updates if u["update_id"] >= offset]
                batch = list(self.updates[:100])
            if batch or time.monotonic() >= deadline:
                return batch
            await asyncio.sleep(0.01)


async def _params(request: Request) -> dict[str, Any]:
    """PTB sends form fields whose values are JSON (or JSON bodies from other clients)."""
    body = (await request.body()).decode()
    if request.headers.get("content-type", "").startswith("application/json"):
        return dict(json.loads(body))
    params: dict[str, Any] = {}
    for key, text in parse_qsl(body, keep_blank_values=True):
        params[key] = json.loads(text) if text[:1] in "[{" or text in ("true", "false") else text
    return params
