"""Repository of organisations that take handoffs, and of consents and handoffs themselves."""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from bot.core.handoff import CONSENT_TEXT_VERSION, HandoffTarget, contact_line, summary
from bot.core.state import DialogueState
from bot.storage.conversations import StoredConversation
from bot.storage.tables import (
    ConsentRow,
    HandoffRow,
    MessageRow,
    OrganisationRow,
)
from matching.model import Offer

# Crockford's base32 without look-alikes (0/O, 1/I/L): codes can be read out on the phone.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_reference() -> str:
    """A short reference code like "LT-7K3M9Q" (30^6 ≈ 730 million possibilities)."""
    return "LT-" + "".join(secrets.choice(CODE_ALPHABET) for _ in range(6))


class HandoffRepository:
    """Handoffs and consents inside one session (one turn)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def targets(self, offers: tuple[Offer, ...]) -> dict[str, HandoffTarget]:
        """offer id -> the organisation that takes handoffs for it."""
        by_id = {o.id: o for o in offers}
        found: dict[str, HandoffTarget] = {}
        for org in self.session.scalars(select(OrganisationRow).order_by(OrganisationRow.id)):
            for offer_id in org.offer_ids or []:
                if offer_id in by_id:
                    found.setdefault(offer_id, HandoffTarget(
                        org_id=org.id, org_name=org.name, offer_id=offer_id,
                        offer_name=by_id[offer_id].name,
                        response_working_days=org.response_working_days,
                        contact=contact_line(by_id[offer_id].contact)))
        return found

    def unused_reference(self) -> str:
        """A fresh reference code no stored handoff has."""
        while True:
            reference = new_reference()
            if self.session.scalar(select(func.count()).select_from(HandoffRow)
                                   .where(HandoffRow.reference == reference)) == 0:
                return reference

    def create(self, *, key: str, conversation: StoredConversation, state: DialogueState,
               target: HandoffTarget, reference: str, now: datetime,
               reply_chat: str | None = None) -> HandoffRow:
        """Record the consent and the handoff with summary, contact and transcript."""
        pending = state.handoff
        consent = ConsentRow(sender_hash=key, purpose="handoff", org_id=target.org_id,
                             text_version=CONSENT_TEXT_VERSION,
                             text=pending.get("consent_text", ""),
                             given_at=datetime.fromisoformat(pending["consent_at"]))
        self.session.add(consent)
        self.session.flush()
        transcript = [{"role": m.role, "text": m.text, "at": m.created_at.isoformat()}
                      for m in self.session.scalars(
                          select(MessageRow).where(MessageRow.conversation_id == conversation.id)
                          .order_by(MessageRow.id))]
        row = HandoffRow(
            reference=reference, sender_hash=key, org_id=target.org_id, offer_id=target.offer_id,
            offer_name=target.offer_name, consent_id=consent.id, urgent=state.crisis,
            status="new", summary=summary(state, target), age=state.profile.age,
            contact_method=pending.get("method", "self"), contact_value=pending.get("contact"),
            note=pending.get("note"), transcript=transcript, created_at=now,
            reply_chat=reply_chat)
        self.session.add(row)
        self.session.flush()
        from bot.notify import queue_for  # the outbox row commits with the handoff

        queue_for(self.session, row)
        return row

    def count_for(self, key: str) -> dict[str, int]:
        def count(table: Any) -> int:
            return self.session.scalar(
                select(func.count()).select_from(table).where(table.sender_hash == key)) or 0

        return {"handoffs": count(HandoffRow), "consents": count(ConsentRow)}

    def references_for(self, key: str) -> list[tuple[str, str]]:
        """(reference, organisation name) of this sender's handoffs."""
        stmt = (select(HandoffRow.reference, OrganisationRow.name, HandoffRow.offer_name)
                .outerjoin(OrganisationRow, OrganisationRow.id == HandoffRow.org_id)
                .where(HandoffRow.sender_hash == key).order_by(HandoffRow.created_at))
        return [(r, n or offer) for r, n, offer in self.session.execute(stmt)]

    def delete_for(self, key: str) -> int:
        """Delete this sender's handoffs (with notes and notifications) and consents."""
        deleted = self.session.execute(delete(HandoffRow).where(HandoffRow.sender_hash == key))
        self.session.execute(delete(ConsentRow).where(ConsentRow.sender_hash == key))
        return int(getattr(deleted, "rowcount", 0) or 0)

    def delete_older_than(self, cutoff: datetime) -> int:
        """Retention: handoffs and consents older than `cutoff`."""
        deleted = self.session.execute(delete(HandoffRow).where(HandoffRow.created_at < cutoff))
        self.session.execute(delete(ConsentRow).where(ConsentRow.given_at < cutoff))
        return int(getattr(deleted, "rowcount", 0) or 0)
