"""Personal links for a placement (/z/TOKEN): the company and the young person each agree or
decline with one click, without an account.

A token is 32 random bytes (URL-safe); only its SHA-256 is stored, so a database copy opens
nothing. A link is single-use, expires (default 7 days) and is revoked when new links are
made for the same placement or the placement changes. Both "yes" → the placement is agreed on
the status board; a "no" excludes the pair, and the round is run again by the caller.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot.storage.internships import PLACEMENT_STATUSES, InternshipRepository
from bot.storage.tables import InternshipAssignmentRow, InternshipLinkRow, utcnow

ROLES = ("company", "young")
FAMILY = ("young", "parent")  # the young person's side: they, and a parent for a minor
PURPOSES = ("confirm", "attendance", "feedback", "followup")
LINK_DAYS = 7


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


@dataclass(frozen=True, slots=True)
class LinkState:
    """What a link may still do: "open", "answered", "expired", "revoked" or "unknown"."""

    state: str
    row: InternshipLinkRow | None = None


class PlacementLinks:
    def __init__(self, session: Session) -> None:
        self.session = session

    def create(self, round_id: str, applicant_id: str, *, now: datetime | None = None,
               days: int = LINK_DAYS, actor: str = "system") -> dict[str, str]:
        """New links for both sides of the applicant's current placement (older ones are
        revoked): role → token. ValueError without a placement."""
        now = now or utcnow()
        row = self.session.get(InternshipAssignmentRow, (round_id, applicant_id))
        if row is None:
            raise ValueError(f"no placement of {applicant_id!r} in round {round_id!r}")
        self.revoke(round_id, applicant_id, now=now)
        tokens = {}
        for role in ROLES:
            token = secrets.token_urlsafe(32)
            self.session.add(InternshipLinkRow(
                token_hash=_hash(token), round_id=round_id, applicant_id=applicant_id,
                place_id=row.place_id, role=role, created_at=now,
                expires_at=now + timedelta(days=days)))
            tokens[role] = token
        self.session.flush()
        InternshipRepository(self.session).log(actor, "links_created", round_id=round_id,
                                               applicant_id=applicant_id,
                                               place_id=row.place_id, now=now)
        return tokens

    def create_one(self, round_id: str, applicant_id: str, role: str, purpose: str, *,
                   expires_at: datetime, now: datetime | None = None,
                   actor: str = "system") -> str:
        """One new link for one side and purpose (an older open one of the same side and
        purpose is revoked: only the newest link works); returns the token."""
        now = now or utcnow()
        row = self.session.get(InternshipAssignmentRow, (round_id, applicant_id))
        if row is None:
            raise ValueError(f"no placement of {applicant_id!r} in round {round_id!r}")
        self.revoke(round_id, applicant_id, now=now, role=role, purpose=purpose)
        token = secrets.token_urlsafe(32)
        self.session.add(InternshipLinkRow(
            token_hash=_hash(token), round_id=round_id, applicant_id=applicant_id,
            place_id=row.place_id, role=role, purpose=purpose, created_at=now,
            expires_at=expires_at))
        self.session.flush()
        InternshipRepository(self.session).log(actor, f"link_{purpose}", round_id=round_id,
                                               applicant_id=applicant_id,
                                               place_id=row.place_id,
                                               detail={"role": role}, now=now)
        return token

    def revoke(self, round_id: str, applicant_id: str, *, now: datetime | None = None,
               role: str | None = None, purpose: str | None = None) -> None:
        """Revoke the placement's open links (only one side's / one purpose's when given)."""
        stmt = update(InternshipLinkRow).where(
            InternshipLinkRow.round_id == round_id, InternshipLinkRow.applicant_id == applicant_id,
            InternshipLinkRow.used_at.is_(None), InternshipLinkRow.revoked_at.is_(None))
        if role is not None:
            stmt = stmt.where(InternshipLinkRow.role == role)
        if purpose is not None:
            stmt = stmt.where(InternshipLinkRow.purpose == purpose)
        self.session.execute(stmt.values(revoked_at=now or utcnow()))

    def answered(self, round_id: str, applicant_id: str, purpose: str = "confirm") -> dict[str, str]:
        """role → "yes"/"no"/"ok" of the placement's answered links of one purpose."""
        placement = self.session.get(InternshipAssignmentRow, (round_id, applicant_id))
        if placement is None:
            return {}
        return {role: answer or "" for role, answer in self.session.execute(
            select(InternshipLinkRow.role, InternshipLinkRow.answer).where(
                InternshipLinkRow.round_id == round_id,
                InternshipLinkRow.applicant_id == applicant_id,
                InternshipLinkRow.place_id == placement.place_id,
                InternshipLinkRow.purpose == purpose, InternshipLinkRow.answer.is_not(None)))}

    def asked(self, round_id: str, applicant_id: str, purpose: str = "confirm") -> set[str]:
        """The roles that were sent a link of this purpose for the current place."""
        placement = self.session.get(InternshipAssignmentRow, (round_id, applicant_id))
        if placement is None:
            return set()
        return set(self.session.scalars(select(InternshipLinkRow.role).where(
            InternshipLinkRow.round_id == round_id, InternshipLinkRow.applicant_id == applicant_id,
            InternshipLinkRow.place_id == placement.place_id,
            InternshipLinkRow.purpose == purpose)))

    def find(self, token: str, *, now: datetime | None = None) -> LinkState:
        if not token or len(token) > 100:
            return LinkState("unknown")
        row = self.session.get(InternshipLinkRow, _hash(token))
        if row is None:
            return LinkState("unknown")
        placement = self.session.get(InternshipAssignmentRow, (row.round_id, row.applicant_id))
        if row.used_at is not None:
            return LinkState("answered", row)
        if row.revoked_at is not None or placement is None or placement.place_id != row.place_id:
            return LinkState("revoked", row)
        if (now or utcnow()) > row.expires_at:
            return LinkState("expired", row)
        return LinkState("open", row)

    def answer(self, token: str, yes: bool, *, now: datetime | None = None) -> LinkState:
        """Record the answer of an open confirmation link (once); the status board follows
        the answers of both sides."""
        now = now or utcnow()
        found = self.find(token, now=now)
        if found.state != "open" or found.row is None or found.row.purpose != "confirm":
            return found
        row = found.row
        row.used_at, row.answer = now, "yes" if yes else "no"
        repo = InternshipRepository(self.session)
        repo.log(row.role, "link_yes" if yes else "link_no", round_id=row.round_id,
                 applicant_id=row.applicant_id, place_id=row.place_id, now=now)
        if not yes:
            self.revoke(row.round_id, row.applicant_id, now=now)
            repo.exclude(row.round_id, row.applicant_id, row.place_id, actor=row.role, now=now)
        else:
            self._follow(row, now)
        self.session.flush()
        return LinkState("answered", row)

    def use(self, token: str, *, answer: str = "ok", now: datetime | None = None) -> LinkState:
        """Mark an open link of another purpose (attendance, feedback, follow-up) as used."""
        now = now or utcnow()
        found = self.find(token, now=now)
        if found.state != "open" or found.row is None:
            return found
        found.row.used_at, found.row.answer = now, answer
        InternshipRepository(self.session).log(
            found.row.role, f"{found.row.purpose}_{answer}", round_id=found.row.round_id,
            applicant_id=found.row.applicant_id, place_id=found.row.place_id, now=now)
        self.session.flush()
        return LinkState("answered", found.row)

    def _follow(self, row: InternshipLinkRow, now: datetime) -> None:
        """Move the placement to "company agreed" / "young person agreed" as the answers allow
        (in either order), never back from a later step. The young person's side has agreed
        when they said yes and, where a parent was asked too, the parent as well."""
        answers = self.answered(row.round_id, row.applicant_id)
        asked = self.asked(row.round_id, row.applicant_id)
        agreed = {role for role, answer in answers.items() if answer == "yes"}
        family = {"young"} | ({"parent"} & asked)
        target = ("young_agreed" if agreed >= {"company"} | family
                  else "company_agreed" if "company" in agreed else None)
        placement = self.session.get(InternshipAssignmentRow, (row.round_id, row.applicant_id))
        if target is None or placement is None:
            return
        if PLACEMENT_STATUSES.index(placement.status) < PLACEMENT_STATUSES.index(target):
            placement.status, placement.status_at = target, now
