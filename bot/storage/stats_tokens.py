"""Read-only statistics tokens, one per organisation; only their SHA-256 is stored."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.storage.tables import OrganisationRow, StatsTokenRow, utcnow


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", errors="replace")).hexdigest()


def issue(session: Session, org_id: str) -> str:
    """A new token for an organisation (its old one stops working); shown once."""
    if session.get(OrganisationRow, org_id) is None:
        raise LookupError(org_id)
    token = "lst_" + secrets.token_urlsafe(32)
    row = session.get(StatsTokenRow, org_id)
    if row is None:
        session.add(StatsTokenRow(org_id=org_id, token_hash=_digest(token), created_at=utcnow()))
    else:
        row.token_hash, row.created_at = _digest(token), utcnow()
    return token


def revoke(session: Session, org_id: str) -> bool:
    """The organisation's token stops working; False when it had none."""
    row = session.get(StatsTokenRow, org_id)
    if row is None:
        return False
    session.delete(row)
    return True


def organisation_of(session: Session, token: str) -> OrganisationRow | None:
    """The organisation a token belongs to, or None."""
    if not token or len(token) > 200:
        return None
    digest = _digest(token)
    row = session.scalar(select(StatsTokenRow).where(StatsTokenRow.token_hash == digest))
    if row is None or not hmac.compare_digest(row.token_hash, digest):
        return None
    return session.get(OrganisationRow, row.org_id)
