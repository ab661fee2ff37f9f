"""Neutral replies as Telegram messages: escaped HTML, offer cards, inline keyboards, split texts.

Pure functions; the result is plain JSON (the `sendMessage` parameters) so the inbox can keep
it until it is sent.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from typing import Any

import phonenumbers

from bot.core.messages import Button, OfferCard, Reply
from bot.i18n import gettext, use_language
from bot.i18n.languages import RIGHT_TO_LEFT
from bot.storage.telegram_inbox import button_token
from bot.telegram import texts

MAX_CHARS = 4096  # Telegram's limit, in UTF-16 code units of the text after HTML parsing
MAX_DESCRIPTION = 400
_TAG = re.compile(r"<[^>]+>")


def visible_length(markup: str) -> int:
    """Length of an HTML text as Telegram counts it (UTF-16 code units, tags removed)."""
    return len(html.unescape(_TAG.sub("", markup)).encode("utf-16-le")) // 2


def escape(text: str) -> str:
    return html.escape(text, quote=False)


def split_plain(text: str, *, limit: int = MAX_CHARS) -> list[str]:
    """Split a plain text into pieces of at most `limit`, at line breaks or spaces if possible."""
    pieces: list[str] = []
    rest = text
    while len(rest.encode("utf-16-le")) // 2 > limit:
        cut = _cut_at(rest, limit)
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest or not pieces:
        pieces.append(rest)
    return pieces


def _cut_at(text: str, limit: int) -> int:
    units, end = 0, len(text)
    for index, char in enumerate(text):
        units += 2 if ord(char) > 0xFFFF else 1
        if units > limit:
            end = index
            break
    window = text[:end]
    for separator in ("\n\n", "\n", ". ", " "):
        at = window.rfind(separator)
        if at > limit // 2:
            return at + len(separator)
    return max(end, 1)


def phone_display(contact: dict[str, str]) -> str | None:
    """A phone number Telegram makes tappable: international format where possible."""
    uri, published = contact.get("phone_uri", ""), contact.get("phone")
    number = uri.removeprefix("tel:")
    if number.startswith("+"):
        try:
            parsed = phonenumbers.parse(number, None)
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        except phonenumbers.NumberParseException:
            return published
    return number or published


def _link(url: str) -> str:
    if not re.match(r"https?://", url):
        return escape(url)
    label = re.sub(r"^https?://(www\.)?", "", url).rstrip("/")
    return f'<a href="{html.escape(url, quote=True)}">{escape(label)}</a>'


def offer_card(card: OfferCard) -> str:
    """One recommended offer: name, what it is, why it fits, how to reach it."""
    c = card.contact
    lines = [f"<b>{escape(card.name)}</b>"]
    kind = card.category_label
    if card.provider and card.provider != card.name:
        kind = f"{kind} · {card.provider}"
    lines.append(f"<i>{escape(kind)}</i>")
    if card.description:
        description = card.description
        if len(description) > MAX_DESCRIPTION:
            description = description[:MAX_DESCRIPTION].rsplit(" ", 1)[0] + " …"
        lines.append(escape(description))
    if card.reasons:
        lines.append(f"{gettext(texts.OFFER_WHY)}: " + escape("; ".join(card.reasons)))
    if phone := phone_display(c):
        lines.append(f"📞 {escape(phone)}")
    if c.get("email"):
        lines.append(f"✉️ {escape(c['email'])}")
    if c.get("chat"):
        lines.append(f"💬 {_link(c['chat'])}")
    if c.get("web"):
        lines.append(f"🌐 {_link(c['web'])}")
    if c.get("address"):
        lines.append(f"📍 {escape(c['address'])}")
    if c.get("opening_hours"):
        lines.append(f"🕒 {escape(c['opening_hours'])}")
    if card.open_now:
        lines.append(f"✅ {gettext(texts.OPEN_NOW)}")
    return "\n".join(lines)


def keyboard_rows(buttons: Iterable[Button]) -> list[list[dict[str, str]]]:
    """Inline keyboard rows; short titles side by side. Callback data is the button's id."""
    items = list(buttons)
    widest = max((len(b.title) for b in items), default=0)
    per_row = 3 if widest <= 10 else 2 if widest <= 16 else 1
    cells = [{"text": b.title, "callback_data": button_token(b.payload)} for b in items]
    return [cells[i:i + per_row] for i in range(0, len(cells), per_row)]


def _pack(blocks: Iterable[str], *, limit: int) -> Iterator[str]:
    chunk = ""
    for block in blocks:
        joined = f"{chunk}\n\n{block}" if chunk else block
        if chunk and visible_length(joined) > limit:
            yield chunk
            chunk = block
        else:
            chunk = joined
    if chunk:
        yield chunk


def render_reply(chat_id: int, reply: Reply, *, limit: int = MAX_CHARS) -> list[dict[str, Any]]:
    """The `sendMessage` parameters for one reply (several messages if it is long), the
    channel's own words in the reply's language."""
    with use_language(reply.language):
        return _render_reply(chat_id, reply, limit=limit)


# phone numbers, commands and web addresses inside right-to-left text: isolated left to right
# (Unicode LRI … PDI), or "0800 111 0 111" shows as "111 0 111 0800" in Arabic and Farsi
_LEFT_TO_RIGHT_PART = re.compile(r"\+?\d[\d /-]*\d|/[a-z_]+|[\w.-]+\.(?:de|org|com|net)\S*", re.IGNORECASE)


def isolate_left_to_right(text: str, language: str) -> str:
    """The text with its left-to-right parts isolated when the language is written right to left."""
    if language not in RIGHT_TO_LEFT:
        return text
    return _LEFT_TO_RIGHT_PART.sub(lambda m: f"\u2066{m.group()}\u2069", text)


def _render_reply(chat_id: int, reply: Reply, *, limit: int) -> list[dict[str, Any]]:
    text = isolate_left_to_right(reply.text, reply.language)
    blocks = [escape(piece) for piece in split_plain(text, limit=limit) if piece.strip()]
    blocks += [offer_card(card) for card in reply.offers]
    chunks = list(_pack(blocks, limit=limit)) or [escape(reply.text) or "…"]
    messages: list[dict[str, Any]] = [
        {"chat_id": chat_id, "text": text, "parse_mode": "HTML",
         "link_preview_options": {"is_disabled": True}} for text in chunks]
    if reply.expects == "place":  # a keyboard that can share the location; titles are typed
        rows = [[{"text": gettext(texts.SHARE_LOCATION), "request_location": True}]]
        rows += [[{"text": b.title}] for b in reply.buttons]
        messages[-1]["reply_markup"] = {"keyboard": rows, "one_time_keyboard": True,
                                        "resize_keyboard": True}
    elif reply.buttons:
        messages[-1]["reply_markup"] = {"inline_keyboard": keyboard_rows(reply.buttons)}
    return messages


def typed_title_token(title: str) -> str:
    """The id under which a reply-keyboard button is found when its title comes back as text."""
    return button_token("title:" + title)


def render_replies(chat_id: int, replies: Iterable[Reply]) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """All messages of one turn, and the payload behind each button id."""
    messages: list[dict[str, Any]] = []
    buttons: dict[str, str] = {}
    for reply in replies:
        messages += render_reply(chat_id, reply)
        if reply.expects == "place":
            buttons.update({typed_title_token(b.title): b.payload for b in reply.buttons})
        else:
            buttons.update({button_token(b.payload): b.payload for b in reply.buttons})
    if not any("keyboard" in m.get("reply_markup", {}) for m in messages):
        # a place question's keyboard goes away with the next answer
        bare = next((m for m in messages if "reply_markup" not in m), None)
        if bare is not None:
            bare["reply_markup"] = {"remove_keyboard": True}
    return messages, buttons


def plain(message: dict[str, Any]) -> dict[str, Any]:
    """The same message without HTML (the fallback if Telegram cannot parse it)."""
    text = html.unescape(_TAG.sub("", message["text"]))
    return {k: v for k, v in message.items() if k != "parse_mode"} | {"text": text}
