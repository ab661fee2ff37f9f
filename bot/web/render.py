"""Render neutral replies as Rasa REST channel messages."""

from __future__ import annotations

from typing import Any

from bot.core.messages import Reply


def rasa_message(recipient: str, reply: Reply) -> dict[str, Any]:
    """One reply as `{"recipient_id", "text", "buttons", "custom"}`; `custom.language` names
    the language of every message (contract § 4)."""
    message: dict[str, Any] = {"recipient_id": recipient, "text": reply.text}
    if reply.buttons:
        message["buttons"] = [{"title": b.title, "payload": b.payload} for b in reply.buttons]
    custom: dict[str, Any] = {"language": reply.language}
    if reply.expects:
        custom["expects"] = reply.expects
    if reply.offers:
        custom["offers"] = [card.to_dict() for card in reply.offers]
    if reply.internships:
        custom["internships"] = [dict(item) for item in reply.internships]
    if reply.crisis:
        custom["crisis"] = True
    if reply.crisis_check:
        custom["crisis_check"] = True
    if reply.fallback:
        custom["fallback"] = True
    if reply.deleted:  # the web chat then forgets the sender id kept on the device
        custom["deleted"] = True
    message["custom"] = custom
    return message
