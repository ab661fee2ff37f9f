"""/metrics: the Telegram queue's depth is the number of updates received and not yet
answered, read from the inbox at every scrape."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine

from tests.bot.telegram import updates
from tests.bot.telegram.conftest import TelegramApp
from tests.bot.telegram.fake_bot_api import FakeBotApi, free_port
from tests.bot.web.test_metrics import value

DEPTH = "lotse_telegram_queue_depth"


def depth(app: TelegramApp) -> float:
    page = app.http.get("/metrics")
    assert page.status_code == 200
    return value(page.text, DEPTH)


def test_queue_depth_counts_the_updates_not_yet_answered(
        db_engine: Engine, start_app: Callable[..., TelegramApp]) -> None:
    port = free_port()
    app = start_app(db_engine, f"http://127.0.0.1:{port}/bot")  # Telegram is away at first
    assert depth(app) == 0
    for chat, words in ((51, "hallo"), (51, "hab schulden"), (51, "17"), (52, "hallo")):
        assert app.post(updates.text(chat, words)).status_code == 200  # stored, not answered
    group = updates.text(53, "hallo")
    group["message"]["chat"]["type"] = "group"  # nothing to answer: kept as done, not queued
    assert app.post(group).status_code == 200
    assert depth(app) == 4

    fake_api = FakeBotApi().start(port=port)  # Telegram is back: the queue is worked off
    try:
        fake_api.wait_for(lambda: depth(app) == 0)
        assert len(fake_api.texts(51)) >= 3 and fake_api.texts(52)  # answered, so gone from it
    finally:
        fake_api.stop()
