"""A Telegram update as one neutral input of the channel (what the person did)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from telegram import Update

from bot.safety import looks_like_crisis
from bot.telegram.texts import NON_TEXT

# Messages we answer with a friendly "I only read text"; service messages get no answer.
OTHER_KINDS = ("poll", "dice", "game", "story", "paid_media", "checklist")


@dataclass(frozen=True, slots=True)
class Text:
    chat_id: int
    text: str
    language: str | None = None  # the person's Telegram language (`language_code`), a hint


@dataclass(frozen=True, slots=True)
class ButtonPress:
    """A tap on an inline button: its id, and its title in case the id is no longer known."""

    chat_id: int
    query_id: str
    token: str
    title: str
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Location:
    chat_id: int
    lat: float
    lon: float
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Unsupported:
    """A sticker, photo, voice message … – `kind` names it."""

    chat_id: int
    kind: str
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Ignored:
    """Nothing to answer: another chat type, a service message, an unknown update."""

    chat_id: int | None = None


Incoming = Text | ButtonPress | Location | Unsupported | Ignored


def parse_update(data: dict[str, Any]) -> Update | None:
    """PTB's Update from the JSON Telegram sent, or None if it cannot be read."""
    try:
        update = Update.de_json(data, None)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    return update


def private_chat_id(update: Update) -> int | None:
    """The chat of a one-to-one conversation with the bot; None for groups and the like."""
    chat = update.effective_chat
    if chat is not None:
        return chat.id if chat.type == "private" else None
    query = update.callback_query
    if query is not None and query.message is None and query.from_user is not None:
        return query.from_user.id  # in a private chat the chat id is the user id
    return None


def to_incoming(update: Update) -> Incoming:
    """What the person did, in the channel's neutral terms."""
    chat_id = private_chat_id(update)
    if chat_id is None:
        return Ignored()
    user = update.effective_user
    language = user.language_code if user is not None else None
    if (query := update.callback_query) is not None:
        if not query.data:
            return Ignored(chat_id)
        return ButtonPress(chat_id, query.id, query.data, _button_title(update, query.data),
                           language)
    if (message := update.message) is not None:
        if message.text:
            return Text(chat_id, message.text, language)
        where = message.location or (message.venue.location if message.venue else None)
        if where is not None:
            return Location(chat_id, where.latitude, where.longitude, language)
        if message.caption:  # a photo with words: the words count (a crisis can be in them)
            return Text(chat_id, message.caption, language)
        for kind in (*NON_TEXT, *OTHER_KINDS):
            if getattr(message, kind, None):
                return Unsupported(chat_id, kind, language)
        return Ignored(chat_id)
    edited = update.edited_message
    if edited is not None and edited.text and looks_like_crisis(edited.text):
        # an edit is not answered again – unless it is a crisis
        return Text(chat_id, edited.text, language)
    return Ignored(chat_id)


def _button_title(update: Update, token: str) -> str:
    message = update.callback_query.message if update.callback_query else None
    markup = getattr(message, "reply_markup", None)
    for row in getattr(markup, "inline_keyboard", ()) or ():
        for button in row:
            if button.callback_data == token:
                return str(button.text)
    return ""
