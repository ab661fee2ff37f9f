"""Telegram in the person's language: the app's language (`language_code`) for the first
message, the chat's language for the channel's own words and the offer cards."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine

from tests.bot.telegram import updates
from tests.bot.telegram.conftest import TelegramApp
from tests.bot.telegram.fake_bot_api import FakeBotApi


def test_a_telegram_set_to_english_is_greeted_in_english(
    db_engine: Engine, fake_api: FakeBotApi, start_app: Callable[..., TelegramApp]
) -> None:
    app = start_app(db_engine, fake_api.base_url)
    chat = 4242
    app.post(updates.text(chat, "hallo", language="en"))
    question = fake_api.wait_for(lambda: fake_api.with_buttons(chat))
    assert fake_api.texts(chat)[0].startswith("Hi! I'm Lotse")
    titles = [b["text"] for row in question["reply_markup"]["inline_keyboard"] for b in row]
    assert "Money and debts" in titles and "🌐 Language · Sprache" in titles

    before = len(fake_api.sent(chat))
    app.post(updates.tap(chat, question, "Money and debts", language="en"))
    assert "How old are you?" in fake_api.wait_for_messages(chat, before + 1)[-1]
    before = len(fake_api.sent(chat))
    app.post(updates.sticker(chat, language="de"))  # the chat's language, not the app's
    assert "sticker" in fake_api.wait_for_messages(chat, before + 1)[-1]


def test_a_german_message_beats_an_english_telegram_and_the_cards_follow(
    db_engine: Engine, fake_api: FakeBotApi, start_app: Callable[..., TelegramApp]
) -> None:
    app = start_app(db_engine, fake_api.base_url)
    chat = 4343
    app.post(updates.text(chat, "ich bin 17, wohne in quedlinburg und hab schulden", language="en"))
    fake_api.wait_for(lambda: fake_api.with_buttons(chat))
    shown = "\n".join(fake_api.texts(chat))
    assert "Warum das passt" in shown and "Why this fits" not in shown
    before = len(fake_api.sent(chat))
    app.post(updates.text(chat, "can you speak english?", language="en"))
    fake_api.wait_for(lambda: fake_api.with_buttons(chat, after=before))
    assert "from now on" in "\n".join(fake_api.texts(chat)[before:])
    before = len(fake_api.sent(chat))
    app.post(updates.text(chat, "does it cost anything?", language="en"))
    fake_api.wait_for(lambda: fake_api.with_buttons(chat, after=before))
    assert "About the costs" in "\n".join(fake_api.texts(chat)[before:])
