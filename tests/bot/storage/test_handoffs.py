"""HandoffRepository on SQLite and PostgreSQL: targets, writing, counting, deleting."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from bot.core.handoff import CONSENT_TEXT_VERSION, HandoffTarget
from bot.core.state import DialogueState, Profile
from bot.storage.conversations import ConversationRepository
from bot.storage.handoffs import HandoffRepository
from bot.storage.tables import (
    ConsentRow,
    HandoffNoteRow,
    HandoffRow,
    NotificationRow,
    OrganisationRow,
)
from matching.model import NATIONWIDE, Contact, Offer

NOW = datetime(2026, 11, 24, 14, 0, tzinfo=UTC)
OFFERS = (
    Offer("harz-jba", "Jugendberufsagentur Harz", "Landkreis", "youth_employment_agency", "15085",
          ("seek_apprenticeship",), contact=Contact(phone="03941 1234567", email="jba@example.org")),
    Offer("de-ba", "Berufsberatung", "BA", "career_guidance", NATIONWIDE, ("seek_apprenticeship",)),
)


def add_org(session: Session, org_id: str = "jba", **extra: object) -> None:
    session.add(OrganisationRow(id=org_id, name="JBA Harz", offer_ids=["harz-jba", "gone-offer"],
                                response_working_days=2, **extra))
    session.flush()


def pending_state(*, crisis: bool = False) -> DialogueState:
    return DialogueState(
        name="recommended", crisis=crisis,
        profile=Profile(needs=["seek_apprenticeship"], age=15, place="Quedlinburg",
                        region_name="Landkreis Harz"),
        recommended=[{"id": "harz-jba", "why": ["in deiner Nähe"]}],
        handoff={"offer_id": "harz-jba", "org_id": "jba", "consent_at": NOW.isoformat(),
                 "consent_text": "Darf ich an „JBA Harz“ schicken …", "method": "email",
                 "contact": "lea@example.org", "note": "nachmittags"})


def create(session: Session, key: str, *, crisis: bool = False) -> HandoffRow:
    conversations = ConversationRepository(session)
    row = conversations.get_or_create(key, "web")
    conversations.append(row, "user", "ich suche eine ausbildung", "seek_apprenticeship")
    conversations.append(row, "bot", "Das hier passt zu dir:")
    session.flush()
    repo = HandoffRepository(session)
    target = repo.targets(OFFERS)["harz-jba"]
    return repo.create(key=key, conversation=row, state=pending_state(crisis=crisis),
                       target=target, reference=repo.unused_reference(), now=NOW)


def test_targets_map_catalogue_offers_to_their_organisation(db_engine: Engine) -> None:
    with Session(db_engine) as session, session.begin():
        assert HandoffRepository(session).targets(OFFERS) == {}
        add_org(session)
        targets = HandoffRepository(session).targets(OFFERS)
    assert set(targets) == {"harz-jba"}  # an offer no longer in the catalogue is left out
    assert targets["harz-jba"] == HandoffTarget(
        org_id="jba", org_name="JBA Harz", offer_id="harz-jba",
        offer_name="Jugendberufsagentur Harz", response_working_days=2,
        contact="Telefon 03941 1234567, E-Mail jba@example.org")


def test_create_writes_consent_handoff_transcript_and_notifications(db_engine: Engine) -> None:
    with Session(db_engine) as session, session.begin():
        add_org(session, notify_email="team@jba.example", notify_webhook="https://jba.example/h")
        handoff = create(session, "k1", crisis=True)
        handoff_id = handoff.id
    with Session(db_engine) as session:
        row = session.get(HandoffRow, handoff_id)
        assert row is not None
        assert row.reference.startswith("LT-") and row.org_id == "jba" and row.urgent is True
        assert row.contact_method == "email" and row.contact_value == "lea@example.org"
        assert row.note == "nachmittags" and row.age == 15 and row.status == "new"
        assert row.summary["place"] == "Quedlinburg" and row.summary["why"] == ["in deiner Nähe"]
        assert row.summary["wish"] == "Möchte eine E-Mail bekommen"
        assert [(t["role"], t["text"]) for t in row.transcript] == [
            ("user", "ich suche eine ausbildung"), ("bot", "Das hier passt zu dir:")]
        assert all(datetime.fromisoformat(t["at"]) for t in row.transcript)
        consent = session.get(ConsentRow, row.consent_id)
        assert consent is not None and consent.sender_hash == "k1"
        assert consent.text_version == CONSENT_TEXT_VERSION and consent.purpose == "handoff"
        assert consent.text.startswith("Darf ich") and consent.org_id == "jba"
        channels = sorted(n.channel for n in session.scalars(select(NotificationRow)))
        assert channels == ["email", "webhook"]


def test_references_count_and_delete_only_touch_one_sender(db_engine: Engine) -> None:
    with Session(db_engine) as session, session.begin():
        add_org(session, notify_webhook="https://jba.example/h")
        mine = create(session, "mine")
        other = create(session, "other")
        assert mine.reference != other.reference
        session.add(HandoffNoteRow(handoff_id=mine.id, author="b@jba.example", text="angerufen"))
        mine_ref, other_ref, other_id = mine.reference, other.reference, other.id
    with Session(db_engine) as session, session.begin():
        repo = HandoffRepository(session)
        assert repo.references_for("mine") == [(mine_ref, "JBA Harz")]
        assert repo.count_for("mine") == {"handoffs": 1, "consents": 1}
        assert repo.delete_for("mine") == 1
    with Session(db_engine) as session:
        assert [h.reference for h in session.scalars(select(HandoffRow))] == [other_ref]
        assert [c.sender_hash for c in session.scalars(select(ConsentRow))] == ["other"]
        assert list(session.scalars(select(HandoffNoteRow))) == []  # cascaded
        assert [n.handoff_id for n in session.scalars(select(NotificationRow))] == [other_id]


def test_retention_deletes_handoffs_and_consents_older_than_the_cutoff(db_engine: Engine) -> None:
    with Session(db_engine) as session, session.begin():
        add_org(session, notify_email="team@jba.example")
        create(session, "k")
    with Session(db_engine) as session, session.begin():
        assert HandoffRepository(session).delete_older_than(NOW - timedelta(days=1)) == 0
        assert HandoffRepository(session).delete_older_than(NOW + timedelta(seconds=1)) == 1
    with Session(db_engine) as session:
        for table in (HandoffRow, ConsentRow, NotificationRow):
            assert list(session.scalars(select(table))) == [], table
