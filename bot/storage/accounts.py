"""Counsellor accounts: e-mail, organisation, role; passwords only as argon2id hashes."""

from __future__ import annotations

from datetime import UTC, datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.storage.tables import OrganisationRow, UserRow

MIN_PASSWORD = 12
ROLES = ("counsellor", "admin")
_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
# Verifying against this keeps the answer time the same for unknown e-mail addresses.
_DUMMY_HASH = _hasher.hash("no-such-user-password")


class AccountError(ValueError):
    """A user cannot be added as asked (message says why)."""


class AccountRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add_user(self, *, org_id: str, email: str, password: str, role: str = "counsellor") -> UserRow:
        email = email.strip().lower()
        if role not in ROLES:
            raise AccountError(f"role must be one of {', '.join(ROLES)}")
        if len(password) < MIN_PASSWORD:
            raise AccountError(f"the password needs at least {MIN_PASSWORD} characters")
        if self.session.get(OrganisationRow, org_id) is None:
            raise AccountError(f"unknown organisation {org_id!r} (add it with `lotse orgs add`)")
        if self.by_email(email) is not None:
            raise AccountError(f"{email} exists already")
        user = UserRow(org_id=org_id, email=email, password_hash=_hasher.hash(password), role=role)
        self.session.add(user)
        self.session.flush()
        return user

    def by_email(self, email: str) -> UserRow | None:
        return self.session.scalars(select(UserRow).where(UserRow.email == email.strip().lower())).first()

    def authenticate(self, email: str, password: str) -> UserRow | None:
        """The active user with this e-mail and password, or None (same time either way)."""
        user = self.by_email(email)
        try:
            _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
        except (VerificationError, InvalidHashError):
            return None
        if user is None or not user.active:
            return None
        if _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = _hasher.hash(password)
        user.last_login_at = datetime.now(UTC)
        return user

    def users_of(self, org_id: str) -> list[UserRow]:
        return list(self.session.scalars(select(UserRow).where(UserRow.org_id == org_id)
                                         .order_by(UserRow.email)))

    def set_active(self, user: UserRow, active: bool) -> None:
        user.active = active
