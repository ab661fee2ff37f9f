"""The web chat's sender id, sealed for the host page that keeps it.

When the browser refuses the chat's frame its own storage (third-party storage blocked), the
embedding page keeps the sender id for it (widget.js). That page – and every script running on
it, analytics and tag managers included – must not be able to use the id: it opens the
conversation (`/auskunft` through the chat endpoint, which that origin may call). So the frame
hands the page only a sealed token (Fernet: encrypted and signed with a key derived from the
service's secret) and unseals it through `POST /widget/unseal`, an endpoint without CORS: a
script on the host page can send the token there but never read the answer.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re

from cryptography.fernet import Fernet, InvalidToken

SENDER = re.compile(r"web-[\w-]{16,120}")  # the widget's own ids (chat.js newId)
TOKEN = re.compile(r"[\w=-]{40,400}")  # a Fernet token: URL-safe base64


def _fernet(secret: bytes) -> Fernet:
    digest = hmac.new(secret, b"lotse widget sender v1", hashlib.sha256).digest()
    return Fernet(base64.urlsafe_b64encode(digest))


def seal(secret: bytes, sender: str) -> str | None:
    """The sealed token of a widget sender id; None for anything that is not one."""
    if not SENDER.fullmatch(sender):
        return None
    return _fernet(secret).encrypt(sender.encode()).decode()


def unseal(secret: bytes, token: str) -> str | None:
    """The sender id inside a token this service sealed; None for any other text."""
    if not TOKEN.fullmatch(token):
        return None
    try:
        sender = _fernet(secret).decrypt(token.encode()).decode()
    except (InvalidToken, UnicodeDecodeError):
        return None
    return sender if SENDER.fullmatch(sender) else None
