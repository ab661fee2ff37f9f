"""Fixtures: the fake Bot API server and Lotse with Telegram served over real HTTP."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine

from bot.service import Lotse
from bot.telegram.channel import TelegramChannel, build_application
from bot.web.app import create_app
from tests.bot.telegram.fake_bot_api import TOKEN, FakeBotApi, LiveServer

SECRET = "test-webhook-secret_42"
FAST_RETRIES = (0.05, 0.1, 0.2)


class TelegramApp:
    """Lotse with its Telegram channel on a local port; `post` delivers an update like Telegram."""

    def __init__(self, lotse: Lotse, channel: TelegramChannel) -> None:
        self.lotse, self.channel = lotse, channel
        self.server = LiveServer(create_app(lotse, telegram=channel)).start()
        self.http = httpx.Client(base_url=self.server.url, timeout=10)

    def post(self, update: Any, *, secret: str | None = SECRET, **kwargs: Any) -> httpx.Response:
        headers = {} if secret is None else {"X-Telegram-Bot-Api-Secret-Token": secret}
        if isinstance(update, bytes | str):
            return self.http.post("/telegram/webhook", content=update, headers=headers, **kwargs)
        return self.http.post("/telegram/webhook", json=update, headers=headers, **kwargs)

    def stop(self) -> None:
        self.http.close()
        self.server.stop()


@pytest.fixture
def fake_api() -> Iterator[FakeBotApi]:
    api = FakeBotApi().start()
    yield api
    api.stop()


@pytest.fixture
def start_app(make_lotse: Callable[..., Lotse]) -> Iterator[Callable[..., TelegramApp]]:
    """Factory: start Lotse + Telegram on `engine`, talking to the Bot API at `api_url`."""
    running: list[TelegramApp] = []

    def factory(engine: Engine, api_url: str, *, polling: bool = False,
                webhook_url: str | None = None, lotse: Lotse | None = None) -> TelegramApp:
        lotse = lotse or make_lotse(engine)
        application = build_application(TOKEN, api_url=api_url, overall_max_rate=0)
        channel = TelegramChannel(lotse, application, secret_token=SECRET, webhook_url=webhook_url,
                                  polling=polling, poll_timeout=1, retry_delays=FAST_RETRIES)
        app = TelegramApp(lotse, channel)
        running.append(app)
        return app

    yield factory
    for app in running:
        app.stop()
