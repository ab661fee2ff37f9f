"""No lost, no doubled message: restarts, Telegram away at start, 200 chats at once, polling."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, select

import bot.telegram.channel as channel_module
from bot.storage.tables import TelegramUpdateRow
from bot.storage.telegram_inbox import record_answer
from tests.bot.telegram import updates
from tests.bot.telegram.conftest import SECRET, TelegramApp
from tests.bot.telegram.fake_bot_api import FakeBotApi, free_port


def statuses(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return list(conn.execute(select(TelegramUpdateRow.status).order_by(TelegramUpdateRow.update_id))
                    .scalars())


def test_restart_between_answer_and_sending_delivers_once_and_continues(
    db_engine: Engine, fake_api: FakeBotApi, start_app: Callable[..., TelegramApp]
) -> None:
    app = start_app(db_engine, fake_api.base_url)
    app.post(updates.text(21, "hallo"))
    greeting = fake_api.wait_for(lambda: fake_api.with_buttons(21))
    fake_api.fail_sends = True  # Telegram has trouble: the answer is computed but not sent
    app.post(updates.text(21, "hab schulden"))
    fake_api.wait_for(lambda: fake_api.refused and statuses(db_engine)[-1] == "answered")
    app.stop()  # the server goes down before the answer went out
    before = fake_api.texts(21)

    fake_api.fail_sends = False
    start_app(db_engine, fake_api.base_url)  # a new process on the same database
    fake_api.wait_for(lambda: any("Wie alt" in t for t in fake_api.texts(21)))
    time.sleep(0.3)
    texts = fake_api.texts(21)
    assert texts[:len(before)] == before and greeting["text"] in before
    assert [t for t in texts if "Wie alt" in t] == ["Wie alt bist du?"]  # one step, sent once
    assert len(texts) == len(set(texts))
    assert statuses(db_engine) == ["done", "done"]


def test_telegram_away_at_start_then_back_answers_everything_in_order(
    db_engine: Engine, start_app: Callable[..., TelegramApp]
) -> None:
    port = free_port()
    app = start_app(db_engine, f"http://127.0.0.1:{port}/bot")  # nothing listens there yet
    health = app.http.get("/healthz").json()
    assert health["status"] == "ok" and health["telegram"] == "connecting"
    for words in ("hallo", "hab schulden", "17"):
        assert app.post(updates.text(31, words)).status_code == 200  # stored, acknowledged
    app.stop()  # and a restart while Telegram is still away
    app = start_app(db_engine, f"http://127.0.0.1:{port}/bot")
    app.post(updates.text(31, "Quedlinburg"))
    fake_api = FakeBotApi().start(port=port)  # Telegram is back
    try:
        fake_api.wait_for(lambda: fake_api.with_buttons(31) and
                          "Kann ich noch" in fake_api.with_buttons(31)["text"])
        texts = fake_api.texts(31)
        order = [next(i for i, t in enumerate(texts) if needle in t)
                 for needle in ("Worum geht es", "Wie alt", "Wo wohnst", "Kann ich noch")]
        assert order == sorted(order)
        assert app.http.get("/healthz").json()["telegram"] == "ready"
    finally:
        fake_api.stop()


def test_a_step_and_the_replies_it_owes_are_stored_together(
    db_engine: Engine, fake_api: FakeBotApi, start_app: Callable[..., TelegramApp],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = start_app(db_engine, fake_api.base_url)
    app.post(updates.text(22, "hallo"))
    fake_api.wait_for(lambda: fake_api.with_buttons(22))
    crashes = []

    def crash_once(*args: Any) -> bool:  # the process dies while the replies are being kept
        if not crashes:
            crashes.append(True)
            raise RuntimeError("crash while storing the replies")
        return record_answer(*args)

    monkeypatch.setattr(channel_module, "record_answer", crash_once)
    app.post(updates.text(22, "hab schulden"))
    fake_api.wait_for(lambda: any("Wie alt" in t for t in fake_api.texts(22)))
    app.post(updates.text(22, "17"))
    fake_api.wait_for(lambda: any("Wo wohnst" in t for t in fake_api.texts(22)))
    time.sleep(0.3)
    texts = fake_api.texts(22)
    assert crashes  # the step was tried twice: the first one was rolled back, not replayed
    assert [t for t in texts if "Wie alt" in t] == ["Wie alt bist du?"]
    assert len(texts) == len(set(texts)) and "Wo wohnst" in texts[-1]


def test_200_chats_at_once_without_loss_or_disorder(
    db_engine: Engine, fake_api: FakeBotApi, start_app: Callable[..., TelegramApp]
) -> None:
    app = start_app(db_engine, fake_api.base_url)
    chats = list(range(10_000, 10_200))
    script = ("hab schulden", "17", "/auskunft")  # greeting + age question, place question, disclosure
    redelivered: list[int] = []

    async def deliver(client: httpx.AsyncClient, update: dict[str, Any]) -> None:
        """Like Telegram: an update not acknowledged with 200 is sent again, same update_id."""
        for attempt in range(10):
            try:
                response = await client.post("/telegram/webhook", json=update,
                                             headers={"X-Telegram-Bot-Api-Secret-Token": SECRET})
                if response.status_code == 200:
                    return
            except httpx.TransportError:
                pass
            redelivered.append(update["update_id"])
            await asyncio.sleep(0.1 * (attempt + 1))
        raise AssertionError(f"update {update['update_id']} never acknowledged")

    async def one_chat(client: httpx.AsyncClient, chat: int) -> None:
        for words in script:
            await deliver(client, updates.text(chat, words))

    async def everyone() -> None:
        limits = httpx.Limits(max_connections=16)  # Telegram opens at most 40 by default
        async with httpx.AsyncClient(base_url=app.server.url, timeout=30, limits=limits) as client:
            await asyncio.gather(*(one_chat(client, chat) for chat in chats))

    asyncio.run(everyone())

    def everyone_answered() -> bool:
        by_chat = fake_api.texts_by_chat()
        return all(len(by_chat.get(c, [])) >= 4 for c in chats)

    fake_api.wait_for(everyone_answered, timeout=180)  # how fast: `make bench`, not this test
    by_chat = fake_api.texts_by_chat()
    for chat in chats:
        texts = by_chat[chat]
        assert texts[0].startswith("Hi!") and "Wie alt" in texts[1] and "Wo wohnst" in texts[2], texts
        assert "Alter: 17" in texts[3] and len(texts) == 4, texts
        assert len(texts) == len(set(texts))
    fake_api.wait_for(lambda: statuses(db_engine) == ["done"] * 600, timeout=60)
    # any update sent again (`redelivered`) was stored and answered once: checked above


def test_polling_answers_acknowledges_and_never_doubles(
    db_engine: Engine, fake_api: FakeBotApi, start_app: Callable[..., TelegramApp]
) -> None:
    fake_api.updates = [updates.text(41, "hallo", update_id=500), updates.sticker(42)]
    fake_api.updates[1]["update_id"] = 501
    start_app(db_engine, fake_api.base_url, polling=True)
    fake_api.wait_for(lambda: fake_api.with_buttons(41))
    assert "Sticker" in fake_api.wait_for_messages(42, 1)[0]
    assert fake_api.called("deleteWebhook")
    fake_api.wait_for(lambda: 502 in fake_api.offsets)  # both acknowledged
    fake_api.updates.append(updates.text(41, "hab schulden", update_id=502))
    fake_api.wait_for(lambda: any("Wie alt" in t for t in fake_api.texts(41)))
    time.sleep(0.3)
    texts = fake_api.texts(41)
    assert len(texts) == len(set(texts))
