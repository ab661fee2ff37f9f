"""Polling: fetch updates with getUpdates for a quick local start without a public URL.

An update is acknowledged (the next getUpdates' offset moves past it) only after the whole
batch is in the inbox, so a crash here loses nothing either.
"""

from __future__ import annotations

import logging
import warnings
from typing import TYPE_CHECKING, Any

from telegram.error import Conflict, InvalidToken

if TYPE_CHECKING:
    from bot.telegram.channel import TelegramChannel

log = logging.getLogger("lotse.telegram")


async def poll(channel: TelegramChannel) -> None:
    """Long-poll Telegram until the channel stops."""
    from bot.telegram.channel import ALLOWED_UPDATES

    bot = channel.application.bot
    offset: int | None = None
    failures = 0
    while not channel.stopping:
        try:
            with warnings.catch_warnings():
                # The raw JSON, as a webhook gets it: stored before anything parses it (PTB's
                # get_updates would log an unparsable update, text and all).
                warnings.filterwarnings("ignore", "Please use 'Bot.getUpdates'")
                batch: Any = await bot.do_api_request(
                    "getUpdates",
                    api_kwargs={"offset": offset, "timeout": channel.poll_timeout,
                                "allowed_updates": list(ALLOWED_UPDATES)},
                    read_timeout=channel.poll_timeout + 10)
            for data in batch or []:
                if isinstance(data, dict) and isinstance(data.get("update_id"), int):
                    await channel.accept(data)
                    offset = data["update_id"] + 1
            failures = 0
        except InvalidToken:
            log.error("Telegram rejected the bot token; polling stops")
            return
        except Conflict:
            log.warning("Telegram: another getUpdates or a webhook is active for this bot")
            await channel.pause(channel.backoff(failures))
            failures += 1
        except Exception as exc:  # Telegram away or the inbox not writable: the same batch again
            log.warning("Telegram polling: %s; trying again", type(exc).__name__)
            await channel.pause(channel.backoff(failures))
            failures += 1
