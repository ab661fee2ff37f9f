"""A web sender's own chat history, so that the widget shows the conversation again after a
reload or the next day (the sender id lives on the device; the server keeps only its hash)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.i18n import DEFAULT
from bot.storage.tables import ConversationRow, MessageRow

MIN_SENDER = 16  # the widget's ids are random UUIDs; short, guessable names get no history
LIMIT = 200
# the widget's own first message ("/start", kept in the transcript as "/neu"): the person did
# not write it
OPENING = {"/start", "/neu"}


def history(sessions: sessionmaker[Session], key: str) -> dict[str, Any]:
    """{"messages": [{"role", "text", "at"}], "buttons": [...], "language": code} of the
    conversation with the hashed sender `key`: the last LIMIT lines, the quick replies still
    open and the chat's language (None for an unknown sender)."""
    with sessions() as session:
        row = session.scalars(select(ConversationRow)
                              .where(ConversationRow.sender_hash == key)).first()
        if row is None:
            return {"messages": [], "buttons": [], "language": None}
        lines = list(session.scalars(
            select(MessageRow).where(MessageRow.conversation_id == row.id)
            .order_by(MessageRow.id.desc()).limit(LIMIT)))
        shown = (row.state or {}).get("shown_buttons") or {}
        return {
            "messages": [{"role": line.role, "text": line.text,
                          "at": line.created_at.isoformat()} for line in reversed(lines)
                         if not (line.role == "user" and line.text in OPENING)],
            "buttons": [{"title": title, "payload": payload}
                        for payload, title in shown.items()] if isinstance(shown, dict) else [],
            "language": (row.state or {}).get("language") or DEFAULT,
        }
