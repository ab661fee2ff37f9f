"""Counsellor accounts: e-mail, organisation, role; passwords only as argon2id hashes, at
most a few hashed at a time (bot/passwords.py), and only passwords that meet the policy."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.passwords import MIN_PASSWORD, BoundedHasher, context_words, password_problem
from bot.storage.tables import OrganisationRow, UserRow

__all__ = ["MIN_PASSWORD", "ROLES", "HASHER", "AccountError", "AccountRepository"]

# /berater, /lotsen, both and the accounts, /netzwerk (the anonymous statistics)
ROLES = ("counsellor", "coordinator", "admin", "network")
HASHER = BoundedHasher()  # one per process: its slots bound the memory all logins take


_DUMMY: list[str] = []
_DUMMY_MADE = threading.Lock()


def _dummy_hash() -> str:
    """A hash to check an unknown account's password against, so that it takes as long as a
    known one's: made at the first login, not at every process start – once, by one thread,
    in one of the hasher's slots (a flood of first logins must not hash 40 times at once)."""
    if not _DUMMY:
        with _DUMMY_MADE:
            if not _DUMMY:
                _DUMMY.append(HASHER.hash("no-such-user-password"))
    return _DUMMY[0]


class AccountError(ValueError):
    """A user cannot be added as asked (message says why; `german` says it on the admin page)."""

    def __init__(self, message: str, *, german: str) -> None:
        super().__init__(message)
        self.german = german


class AccountRepository:
    def __init__(self, session: Session, *, hasher: BoundedHasher = HASHER) -> None:
        self.session = session
        self.hasher = hasher

    def add_user(self, *, org_id: str, email: str, password: str, role: str = "counsellor") -> UserRow:
        try:
            email = validate_email(email.strip(), check_deliverability=False).normalized.lower()
        except EmailNotValidError as exc:
            raise AccountError(f"not an e-mail address: {exc}",
                               german="Das ist keine gültige E-Mail-Adresse.") from exc
        if role not in ROLES:
            raise AccountError(f"role must be one of {', '.join(ROLES)}", german="Unbekannte Rolle.")
        organisation = self.session.get(OrganisationRow, org_id)
        if organisation is None:
            raise AccountError(f"unknown organisation {org_id!r} (add it with `lotse orgs add`)",
                               german="Diese Organisation gibt es nicht.")
        _check_new_password(password, email=email, organisation=organisation)
        if self.by_email(email) is not None:
            raise AccountError(f"{email} exists already",
                               german="Diese E-Mail-Adresse hat schon ein Konto.")
        user = UserRow(org_id=org_id, email=email, password_hash=self.hasher.hash(password),
                       role=role)
        self.session.add(user)
        self.session.flush()
        return user

    def by_email(self, email: str) -> UserRow | None:
        return self.session.scalars(select(UserRow).where(UserRow.email == email.strip().lower())).first()

    def authenticate(self, email: str, password: str) -> UserRow | None:
        """The active user with this e-mail and password, or None (same time either way)."""
        return self.check_password(self.by_email(email), password)

    def check_password(self, user: UserRow | None, password: str) -> UserRow | None:
        """`user` if it is active and `password` is its password, else None; an unknown
        account (None) is verified against a dummy hash, so it takes the same time. Raises
        HashingBusy when every hashing slot is taken (then nothing was hashed)."""
        if not self.hasher.verify(user.password_hash if user else _dummy_hash(), password):
            return None
        if user is None or not user.active:
            return None
        if self.hasher.needs_rehash(user.password_hash):
            user.password_hash = self.hasher.hash(password)
        user.last_login_at = datetime.now(UTC)
        return user

    def change_password(self, user: UserRow, *, current: str, new: str, repeated: str,
                        now: datetime) -> None:
        """The account's own change: the current password first, the new one twice. Ends
        every session signed before `now` (a stolen cookie stops working)."""
        if not self.hasher.verify(user.password_hash, current, wait=30):
            raise AccountError("the current password is wrong",
                               german="Das bisherige Passwort stimmt nicht.")
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
        _check_new_password(password, email=user.email,
                            organisation=self.session.get(OrganisationRow, user.org_id))
        user.password_hash = self.hasher.hash(password)
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


def _check_new_password(password: str, *, email: str,
                        organisation: OrganisationRow | None) -> None:
    """The password policy (bot/passwords.py) with the account's own words as context."""
    words = context_words(email=email, organisation=" ".join(
        [organisation.id, organisation.name] if organisation is not None else []))
    problem = password_problem(password, words)
    if problem is not None:
        english = (f"the password needs at least {MIN_PASSWORD} characters"
                   if len(password) < MIN_PASSWORD else
                   "the password is too easy to guess (common, a pattern, or the account's "
                   "own e-mail or organisation)")
        raise AccountError(f"{english}: {problem}", german=problem)
