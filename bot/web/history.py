"""A web sender's own chat history, so that the widget shows the conversation again after a
reload or the next day (the sender id lives on the device; the server keeps only its hash)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.core.offer_questions import OFFER_COMMAND
from bot.i18n import DEFAULT
from bot.storage.tables import ConversationRow, MessageRow
from bot.transcript import text_shown, user_line
from bot.web.embedding import TOPICS

MIN_SENDER = 16  # the widget's ids are random UUIDs; short, guessable names get no history
LIMIT = 200
# the widget's own first message ("/start", kept in the transcript as "/neu"): the person did
# not write it
OPENING = {"/start", "/neu"}
# … nor the topic the snippet or /angebote starts the chat with ("/seek_internship", kept as
# "Praktikum finden"): left out when it is the conversation's first line
TOPIC_OPENINGS = {user_line("/" + topic) for topic in TOPICS}
# … nor the offer it starts with from an offer's page or `data-lotse-offer` ("/angebot <id>")


def history(sessions: sessionmaker[Session], key: str) -> dict[str, Any]:
    """{"messages": [{"role", "text", "at", "custom"?}], "buttons": [...], "language": code}
    of the conversation with the hashed sender `key`: the last LIMIT lines, the quick replies
    still open and the chat's language (None for an unknown sender). A bot line that showed
    offer or crisis cards carries them as the live message did (`custom.offers`,
    `custom.crisis`, `custom.language`) and its text without the transcript's "Angebote: …"."""
    with sessions() as session:
        row = session.scalars(select(ConversationRow)
                              .where(ConversationRow.sender_hash == key)).first()
        if row is None:
            return {"messages": [], "buttons": [], "language": None}
        lines = list(session.scalars(
            select(MessageRow).where(MessageRow.conversation_id == row.id)
            .order_by(MessageRow.id.desc()).limit(LIMIT)))
        first = session.scalar(select(func.min(MessageRow.id))
                               .where(MessageRow.conversation_id == row.id))
        shown = (row.state or {}).get("shown_buttons") or {}
        return {
            "messages": [_message(line) for line in reversed(lines)
                         if not _opening(line, first=line.id == first)],
            "buttons": [{"title": title, "payload": payload}
                        for payload, title in shown.items()] if isinstance(shown, dict) else [],
            "language": (row.state or {}).get("language") or DEFAULT,
        }


def _opening(line: MessageRow, *, first: bool) -> bool:
    """Whether a line is the widget's opening message rather than the person's."""
    if line.role != "user":
        return False
    return line.text in OPENING or (first and (line.text in TOPIC_OPENINGS
                                               or OFFER_COMMAND.match(line.text) is not None))


def _message(line: MessageRow) -> dict[str, Any]:
    message: dict[str, Any] = {"role": line.role, "text": text_shown(line.text, line.custom),
                               "at": line.created_at.isoformat()}
    if line.custom:
        message["custom"] = line.custom
    return message
