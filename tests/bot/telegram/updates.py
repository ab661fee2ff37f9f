"""Real Telegram update JSON, as Telegram posts it to a webhook."""

from __future__ import annotations

import itertools
from typing import Any

_ids = itertools.count(1000)


def _chat(chat_id: int) -> dict[str, Any]:
    return {"id": chat_id, "first_name": "Alex", "type": "private"}


def _user(chat_id: int, language: str = "de") -> dict[str, Any]:
    return {"id": chat_id, "is_bot": False, "first_name": "Alex", "language_code": language}


def message(chat_id: int, update_id: int | None = None, *, language: str = "de",
            **content: Any) -> dict[str, Any]:
    """An update with a message of a private chat (text=…, sticker=…, location=… …), from a
    person whose Telegram is set to `language`."""
    update_id = next(_ids) if update_id is None else update_id
    body = {"message_id": update_id, "date": 1764000000, "chat": _chat(chat_id),
            "from": _user(chat_id, language), **content}
    if isinstance(content.get("text"), str) and content["text"].startswith("/"):
        command = content["text"].split()[0]
        body["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
    return {"update_id": update_id, "message": body}


def text(chat_id: int, words: str, update_id: int | None = None, *,
         language: str = "de") -> dict[str, Any]:
    return message(chat_id, update_id, text=words, language=language)


def tap(chat_id: int, sent: dict[str, Any], title: str, update_id: int | None = None, *,
        language: str = "de") -> dict[str, Any]:
    """A tap on the inline button titled `title` of a message the bot sent."""
    keyboard = sent["reply_markup"]["inline_keyboard"]
    data = next(b["callback_data"] for row in keyboard for b in row if b["text"] == title)
    update_id = next(_ids) if update_id is None else update_id
    return {"update_id": update_id, "callback_query": {
        "id": f"q{update_id}", "from": _user(chat_id, language), "chat_instance": "ci", "data": data,
        "message": {"message_id": 1, "date": 1764000000, "chat": _chat(chat_id),
                    "from": {"id": 123456, "is_bot": True, "first_name": "Lotse"},
                    "text": sent["text"], "reply_markup": sent["reply_markup"]}}}


def location(chat_id: int, lat: float, lon: float) -> dict[str, Any]:
    return message(chat_id, location={"latitude": lat, "longitude": lon})


def sticker(chat_id: int, *, language: str = "de") -> dict[str, Any]:
    return message(chat_id, language=language, sticker={"file_id": "CAAD", "file_unique_id": "AgAD", "type": "regular",
                                     "width": 512, "height": 512, "is_animated": False,
                                     "is_video": False, "emoji": "😀"})


def voice(chat_id: int) -> dict[str, Any]:
    return message(chat_id, voice={"file_id": "AwAD", "file_unique_id": "AgAD", "duration": 3})


def photo(chat_id: int, caption: str | None = None) -> dict[str, Any]:
    sizes = [{"file_id": "AgAC", "file_unique_id": "AQAD", "width": 90, "height": 90}]
    content: dict[str, Any] = {"photo": sizes}
    if caption:
        content["caption"] = caption
    return message(chat_id, **content)
