"""`POST /telegram/webhook`: check the secret, store the update, acknowledge. Nothing more –
the answer is the channel's worker's job (so Telegram never waits for the dialogue). Only a
crisis message that cannot be stored at once is answered here, from memory (channel.accept)."""

from __future__ import annotations

import hmac
import logging

from sqlalchemy.exc import SQLAlchemyError
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bot.outage import DatabaseAway
from bot.telegram.channel import TelegramChannel
from bot.web.json_body import BodyTooLarge, UnreadableJson, loads_limited, read_limited

log = logging.getLogger("lotse.telegram")

PATH = "/telegram/webhook"
SECRET_HEADER = "x-telegram-bot-api-secret-token"
MAX_UPDATE_BYTES = 64 * 1024
MESSAGES = {
    400: "Das ist kein gültiges JSON.",
    403: "Dieser Zugang ist nur für Telegram.",
    413: "Das Update ist zu groß.",
    422: "Ein Telegram-Update braucht eine update_id.",
    503: "Ich kann das Update gerade nicht speichern. Bitte später noch einmal schicken.",
}


def _refuse(status: int, code: str) -> JSONResponse:
    return JSONResponse({"error": code, "message": MESSAGES[status]}, status_code=status)


def secret_matches(given: str | None, expected: str) -> bool:
    """Compare the secret header in constant time; a missing header never matches."""
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())


def webhook_route(channel: TelegramChannel) -> Route:
    """The route Telegram posts updates to (register it with `lotse telegram set-webhook`)."""

    async def receive(request: Request) -> Response:
        if not secret_matches(request.headers.get(SECRET_HEADER), channel.secret_token):
            return _refuse(403, "forbidden")
        try:  # size, nesting and number limits: bot/web/json_body.py
            data = loads_limited(await read_limited(request.stream(), limit=MAX_UPDATE_BYTES))
        except UnreadableJson as exc:
            return _refuse(413 if isinstance(exc, BodyTooLarge) else 400, exc.code)
        update_id = data.get("update_id") if isinstance(data, dict) else None
        if not isinstance(update_id, int) or isinstance(update_id, bool) or not 0 <= update_id < 2**63:
            return _refuse(422, "invalid_update")
        try:
            await channel.accept(data)
        except (SQLAlchemyError, DatabaseAway) as exc:
            # not stored, so not acknowledged: Telegram sends it again (crisis help went out
            # at once and the update waits in the crisis spool: that one is acknowledged)
            log.error("Telegram: could not store an update (%s)", type(exc).__name__)
            return _refuse(503, "unavailable")
        return JSONResponse({"ok": True})

    return Route(PATH, receive, methods=["POST"])
