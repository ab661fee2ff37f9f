"""Send one plain message through the Bot API outside the chat loop (the outbox's Telegram
channel: the personal links of an internship placement). Blocking; run from the outbox's
worker thread. A failure raises RuntimeError, so the outbox retries with backoff."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from telegram import Bot, LinkPreviewOptions
from telegram.error import TelegramError

from bot.telegram.channel import bot_api_base_url


def telegram_sender(token: str, *, api_url: str) -> Callable[[str, str], None]:
    def send(chat_id: str, text: str) -> None:
        async def deliver() -> None:
            async with Bot(token, base_url=bot_api_base_url(api_url)) as bot:
                await bot.send_message(chat_id=chat_id, text=text,
                                       link_preview_options=LinkPreviewOptions(is_disabled=True))
        try:
            asyncio.run(deliver())
        except TelegramError as exc:
            raise RuntimeError(f"Telegram: {exc}") from exc
    return send
