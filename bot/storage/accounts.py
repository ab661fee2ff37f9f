"""Counsellor accounts: e-mail, organisation, role; passwords only as argon2id hashes."""

from __future__ import annotations

from datetime import UTC, datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from email_validator import EmailNotValidError, validate_email
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.storage.tables import OrganisationRow, UserRow

MIN_PASSWORD = 12
ROLES = ("counsellor", "coordinator", "admin")  # /berater, /lotsen, both and the accounts
_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
# Verifying against this keeps the answer time the same for unknown e-mail addresses.
_DUMMY_HASH = _hasher.hash("no-such-user-password")


class AccountError(ValueError):
    """A user cannot be added as asked (message says why; `german` says it on the admin page)."""

    def __init__(self, message: str, *, german: str) -> None:
        super().__init__(message)
        self.german = german


class AccountRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add_user(self, *, org_id: str, email: str, password: str, role: str = "counsellor") -> UserRow:
        try:
            email = validate_email(email.strip(), check_deliverability=False).normalized.lower()
        except EmailNotValidError as exc:
            raise AccountError(f"not an e-mail address: {exc}",
                               german="Das ist keine gültige E-Mail-Adresse.") from exc
        if role not in ROLES:
            raise AccountError(f"role must be one of {', '.join(ROLES)}", german="Unbekannte Rolle.")
        _check_new_password(password)
        if self.session.get(OrganisationRow, org_id) is None:
            raise AccountError(f"unknown organisation {org_id!r} (add it with `lotse orgs add`)",
                               german="Diese Organisation gibt es nicht.")
        if self.by_email(email) is not None:
            raise AccountError(f"{email} exists already",
                               german="Diese E-Mail-Adresse hat schon ein Konto.")
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

    def change_password(self, user: UserRow, *, current: str, new: str, repeated: str,
                        now: datetime) -> None:
        """The account's own change: the current password first, the new one twice. Ends
        every session signed before `now` (a stolen cookie stops working)."""
        try:
            _hasher.verify(user.password_hash, current)
        except (VerificationError, InvalidHashError) as exc:
            raise AccountError("the current password is wrong",
                               german="Das bisherige Passwort stimmt nicht.") from exc
        if new != repeated:
            raise AccountError("the two new passwords differ",
                               german="Die beiden neuen Passwörter sind nicht gleich.")
        if new == current:
            raise AccountError("the new password is the old one",
                               german="Das neue Passwort muss anders sein als das bisherige.")
        self.set_password(user, new, now=now)

    def set_password(self, user: UserRow, password: str, *, now: datetime) -> None:
        """A new password (also an admin's reset with `lotse users set-password`); ends the
        account's sessions signed before `now`."""
        _check_new_password(password)
        user.password_hash = _hasher.hash(password)
        self.end_sessions(user, now)

    def users_of(self, org_id: str) -> list[UserRow]:
        return list(self.session.scalars(select(UserRow).where(UserRow.org_id == org_id)
                                         .order_by(UserRow.email)))

    def set_active(self, user: UserRow, active: bool, *, now: datetime | None = None) -> None:
        """Block or unblock; blocking also ends the account's open sessions."""
        user.active = active
        if not active:
            self.end_sessions(user, now or datetime.now(UTC))

    @staticmethod
    def end_sessions(user: UserRow, now: datetime) -> None:
        """Void every session of `user` signed before `now` (logout, blocking)."""
        user.sessions_valid_after = now

    @staticmethod
    def session_valid(user: UserRow, signed_at: datetime) -> bool:
        """Whether a session signed at `signed_at` still counts for this active user."""
        cutoff = user.sessions_valid_after
        if cutoff is not None and cutoff.tzinfo is None:  # SQLite gives naive UTC
            cutoff = cutoff.replace(tzinfo=UTC)
        return user.active and (cutoff is None or signed_at >= cutoff)


def _check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"the password needs at least {MIN_PASSWORD} characters",
                           german=f"Das Passwort braucht mindestens {MIN_PASSWORD} Zeichen.")
