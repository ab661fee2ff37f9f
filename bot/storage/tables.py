"""Database tables. Sender ids are stored only as keyed hashes."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """A moment, stored as UTC and read back aware. SQLite keeps no offset: without this a
    Berlin time would be stored as its wall clock and read back as if it were UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        return value.astimezone(UTC) if value is not None and value.tzinfo is not None else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    pass


class ConversationRow(Base):
    __tablename__ = "conversations"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=lambda: str(uuid.uuid4()))
    channel: Mapped[str] = mapped_column(String(20))
    sender_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    state: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    crisis_flag: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow,
                                                 onupdate=utcnow)
    messages: Mapped[list[MessageRow]] = relationship(
        back_populates="conversation", cascade="all, delete-orphan", passive_deletes=True,
        order_by="MessageRow.id")


class MessageRow(Base):
    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(8))  # "user" or "bot"
    text: Mapped[str] = mapped_column(Text)
    intent: Mapped[str | None] = mapped_column(String(40), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    # a bot line's cards as the web chat showed them (bot/transcript.py shown_cards), for the
    # history after a reload; None for every other line
    custom: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True), nullable=True)
    conversation: Mapped[ConversationRow] = relationship(back_populates="messages")


# --- Handoffs to counsellors (consented) and the counsellor inbox -------------------------------


class OrganisationRow(Base):
    """An organisation that receives handoffs for some catalogue offers."""

    __tablename__ = "organisations"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # slug, e.g. "jba-harz"
    name: Mapped[str] = mapped_column(String(200))
    offer_ids: Mapped[list[str]] = mapped_column(JSON, default=list)  # catalogue offer ids it serves
    # Kreis keys whose internship places and applicants its coordinators see (/lotsen)
    regions: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    response_working_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    notify_email: Mapped[str | None] = mapped_column(String(254), nullable=True)
    notify_webhook: Mapped[str | None] = mapped_column(String(500), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class UserRow(Base):
    """A counsellor or admin account; passwords only as argon2id hashes."""

    __tablename__ = "users"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=lambda: str(uuid.uuid4()))
    org_id: Mapped[str] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), index=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    # "counsellor" (/berater), "coordinator" (/lotsen) or "admin" (both, and the accounts)
    role: Mapped[str] = mapped_column(String(20), default="counsellor")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # sessions (signed cookies) issued before this are void: logout ends them server-side too
    sessions_valid_after: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class ConsentRow(Base):
    """What a young person agreed to, when, and the exact text version they saw."""

    __tablename__ = "consents"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=lambda: str(uuid.uuid4()))
    sender_hash: Mapped[str] = mapped_column(String(64), index=True)
    purpose: Mapped[str] = mapped_column(String(40))  # "handoff" | "application"
    org_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    text_version: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    given_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class HandoffRow(Base):
    """A consented case handed to an organisation: summary, contact, transcript."""

    __tablename__ = "handoffs"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=lambda: str(uuid.uuid4()))
    reference: Mapped[str] = mapped_column(String(20), unique=True)  # shown to the young person
    sender_hash: Mapped[str] = mapped_column(String(64), index=True)
    org_id: Mapped[str] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), index=True)
    offer_id: Mapped[str] = mapped_column(String(100))
    offer_name: Mapped[str] = mapped_column(String(300))
    consent_id: Mapped[str | None] = mapped_column(
        ForeignKey("consents.id", ondelete="SET NULL"), nullable=True)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20), default="new")  # new | contacted | closed
    status_changed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    status_changed_by: Mapped[str | None] = mapped_column(String(254), nullable=True)  # user e-mail
    # age, place, region, needs, school_status, school_qualification, occupation, languages, wish, why
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    age: Mapped[int | None] = mapped_column(Integer, nullable=True)  # copy of summary["age"] for filters
    contact_method: Mapped[str] = mapped_column(String(20))  # phone | email | telegram | self
    contact_value: Mapped[str | None] = mapped_column(String(254), nullable=True)
    # the Telegram chat id, only when the person wrote on Telegram and chose to be contacted
    # there: the one way a bot can write back (an internship's links); deleted with the row
    reply_chat: Mapped[str | None] = mapped_column(String(32), nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    transcript: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)  # {role, text, at}
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)


class HandoffNoteRow(Base):
    """An internal note of a counsellor on a handoff."""

    __tablename__ = "handoff_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    handoff_id: Mapped[str] = mapped_column(ForeignKey("handoffs.id", ondelete="CASCADE"), index=True)
    author: Mapped[str] = mapped_column(String(254))  # user e-mail
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class MessageReceiptRow(Base):
    """The answer to a client's message id (contract § 4, `metadata.message_id`): a repeat of
    the same id from the same sender gets this answer again instead of a second turn. Written
    in the turn's own transaction; kept one day, deleted with the sender's data."""

    __tablename__ = "message_receipts"

    sender_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    message_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    replies: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)


class NotificationRow(Base):
    """Outbox, retried with backoff: tell an organisation about a new handoff (kind "handoff",
    no personal data), or send one side of a placement a personal link (kind "placement":
    round, applicant, role and purpose; the address is looked up and the token made only when
    sending, so the outbox holds neither)."""

    __tablename__ = "notifications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(20), default="handoff", server_default="handoff")
    handoff_id: Mapped[str | None] = mapped_column(
        ForeignKey("handoffs.id", ondelete="CASCADE"), index=True, nullable=True)
    org_id: Mapped[str | None] = mapped_column(String(64), index=True, nullable=True)
    round_id: Mapped[str | None] = mapped_column(
        ForeignKey("internship_rounds.id", ondelete="CASCADE"), nullable=True)
    applicant_id: Mapped[str | None] = mapped_column(
        ForeignKey("internship_applicants.id", ondelete="CASCADE"), index=True, nullable=True)
    role: Mapped[str | None] = mapped_column(String(10), nullable=True)  # company | young | parent
    # confirm | reminder | start | attendance | feedback | followup (bot/internships/loop.py)
    purpose: Mapped[str | None] = mapped_column(String(12), nullable=True)
    channel: Mapped[str] = mapped_column(String(20))  # email | webhook | telegram
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class AuditRow(Base):
    """Everything a counsellor or admin does. Keeps no message text."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(254))  # user e-mail, or "system"
    org_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    action: Mapped[str] = mapped_column(String(40))  # login, login_failed, view, status, note, print, export…
    handoff_id: Mapped[str | None] = mapped_column(String(36), nullable=True)  # no FK: outlives deletion
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


# --- Telegram channel: durable inbox of updates and the ids behind inline buttons --------------


class TelegramUpdateRow(Base):
    """One Telegram update, written before it is acknowledged; its text is cleared once handled."""

    __tablename__ = "telegram_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    sender_hash: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    # received | handling | answered | done | failed
    status: Mapped[str] = mapped_column(String(12), default="received", index=True)
    payload: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)  # the update JSON
    outgoing: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, nullable=True)  # to send
    sent: Mapped[int] = mapped_column(Integer, default=0)  # how many of `outgoing` went out
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow,
                                                 onupdate=utcnow)
    # the process handling it, and until when (a lease: a dead process's update is taken over)
    claimed_by: Mapped[str | None] = mapped_column(String(40), nullable=True)
    claimed_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class TelegramButtonRow(Base):
    """The payload behind a short inline-button id (Telegram allows 64 bytes of callback data)."""

    __tablename__ = "telegram_buttons"

    sender_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    token: Mapped[str] = mapped_column(String(16), primary_key=True)
    payload: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


# --- Internships (Praktikalotsen): companies, places, pseudonymous applicants, rounds ----------


class InternshipCompanyRow(Base):
    """A company offering internship places; only institutional contacts."""

    __tablename__ = "internship_companies"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    postal_code: Mapped[str] = mapped_column(String(10))
    place: Mapped[str] = mapped_column(String(120))
    region: Mapped[str] = mapped_column(String(12), index=True)  # Kreis key (AGS)
    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)
    sector: Mapped[str] = mapped_column(String(40))
    trains_apprentices: Mapped[bool] = mapped_column(Boolean, default=False)
    offers_eq: Mapped[bool] = mapped_column(Boolean, default=False)
    contact_role: Mapped[str] = mapped_column(String(120), default="")
    contact: Mapped[str] = mapped_column(String(254), default="")
    seal: Mapped[str | None] = mapped_column(String(120), nullable=True)
    seal_valid_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class InternshipReadinessRow(Base):
    """One entry of a company's readiness profile; `verified_by` empty = self-declared."""

    __tablename__ = "internship_readiness"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    company_id: Mapped[str] = mapped_column(
        ForeignKey("internship_companies.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # order as given
    key: Mapped[str] = mapped_column(String(40))
    verified_by: Mapped[str] = mapped_column(String(200), default="")
    verified_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class InternshipPlaceRow(Base):
    """An internship place with its schedule stored field by field."""

    __tablename__ = "internship_places"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    company_id: Mapped[str] = mapped_column(
        ForeignKey("internship_companies.id", ondelete="CASCADE"), index=True)
    occupation: Mapped[str] = mapped_column(String(200))
    kldb: Mapped[str] = mapped_column(String(5))
    kind: Mapped[str] = mapped_column(String(12))  # school | holiday | jbh | taster
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    weekdays: Mapped[str] = mapped_column(String(27))  # "mo,tu,we,th,fr"
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)
    break_minutes: Mapped[int] = mapped_column(Integer)
    capacity: Mapped[int] = mapped_column(Integer, default=1)
    min_age: Mapped[int] = mapped_column(Integer, default=14)
    requires: Mapped[list[str]] = mapped_column(JSON, default=list)
    hazards: Mapped[list[str]] = mapped_column(JSON, default=list)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    german_level: Mapped[str | None] = mapped_column(String(4), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class InternshipApplicantRow(Base):
    """An applicant under a pseudonymous code: no name. Birth date, postal code and support
    needs are personal data; `created_at` drives retention. Deleting one deletes its round
    memberships, pins, exclusions and assignments (ON DELETE CASCADE)."""

    __tablename__ = "internship_applicants"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # the pseudonymous code
    birth_date: Mapped[date] = mapped_column(Date)
    land: Mapped[str] = mapped_column(String(2))
    full_time_school: Mapped[bool] = mapped_column(Boolean)
    kind: Mapped[str] = mapped_column(String(12))
    postal_code: Mapped[str | None] = mapped_column(String(10), nullable=True)
    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)
    region: Mapped[str] = mapped_column(String(12), index=True)
    travel_mode: Mapped[str] = mapped_column(String(10))
    max_travel_minutes: Mapped[int] = mapped_column(Integer)
    holiday_days_used: Mapped[int] = mapped_column(Integer, default=0)
    wishes: Mapped[list[str]] = mapped_column(JSON, default=list)  # best first
    support_needs: Mapped[list[str]] = mapped_column(JSON, default=list)
    priority_groups: Mapped[list[str]] = mapped_column(JSON, default=list)
    school_status: Mapped[str | None] = mapped_column(String(40), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class InternshipPeriodRow(Base):
    """One period in which an applicant is available."""

    __tablename__ = "internship_applicant_periods"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    applicant_id: Mapped[str] = mapped_column(
        ForeignKey("internship_applicants.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)


class InternshipRoundRow(Base):
    """An assignment round: which applicants and places take part, and its last report."""

    __tablename__ = "internship_rounds"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    allocated_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    report: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    region: Mapped[str | None] = mapped_column(String(5), nullable=True)  # None: all Kreise
    # published: the confirmation loop runs (links sent, reminders, release at the deadline)
    published_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class InternshipRoundApplicantRow(Base):
    __tablename__ = "internship_round_applicants"

    round_id: Mapped[str] = mapped_column(
        ForeignKey("internship_rounds.id", ondelete="CASCADE"), primary_key=True)
    applicant_id: Mapped[str] = mapped_column(
        ForeignKey("internship_applicants.id", ondelete="CASCADE"), primary_key=True, index=True)


class InternshipRoundPlaceRow(Base):
    __tablename__ = "internship_round_places"

    round_id: Mapped[str] = mapped_column(
        ForeignKey("internship_rounds.id", ondelete="CASCADE"), primary_key=True)
    place_id: Mapped[str] = mapped_column(
        ForeignKey("internship_places.id", ondelete="CASCADE"), primary_key=True, index=True)


class InternshipPinRow(Base):
    """A coordinator's pin: this applicant gets this place in this round."""

    __tablename__ = "internship_pins"

    round_id: Mapped[str] = mapped_column(
        ForeignKey("internship_rounds.id", ondelete="CASCADE"), primary_key=True)
    applicant_id: Mapped[str] = mapped_column(
        ForeignKey("internship_applicants.id", ondelete="CASCADE"), primary_key=True, index=True)
    place_id: Mapped[str] = mapped_column(
        ForeignKey("internship_places.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class InternshipExclusionRow(Base):
    """A coordinator's exclusion: this applicant must not get this place in this round."""

    __tablename__ = "internship_exclusions"

    round_id: Mapped[str] = mapped_column(
        ForeignKey("internship_rounds.id", ondelete="CASCADE"), primary_key=True)
    applicant_id: Mapped[str] = mapped_column(
        ForeignKey("internship_applicants.id", ondelete="CASCADE"), primary_key=True, index=True)
    place_id: Mapped[str] = mapped_column(
        ForeignKey("internship_places.id", ondelete="CASCADE"), primary_key=True, index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class InternshipAssignmentRow(Base):
    """The result of a round: applicant -> place."""

    __tablename__ = "internship_assignments"

    round_id: Mapped[str] = mapped_column(
        ForeignKey("internship_rounds.id", ondelete="CASCADE"), primary_key=True)
    applicant_id: Mapped[str] = mapped_column(
        ForeignKey("internship_applicants.id", ondelete="CASCADE"), primary_key=True, index=True)
    place_id: Mapped[str] = mapped_column(
        ForeignKey("internship_places.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    # the status board: proposed → company_agreed → young_agreed → documents_ready →
    # took_place → feedback (bot.storage.internships.PLACEMENT_STATUSES)
    status: Mapped[str] = mapped_column(String(20), default="proposed", server_default="proposed")
    status_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # the confirmation loop (bot/internships/loop.py): when the links went out, how many
    # reminders followed, since when the coordinator should call, the answer deadline
    asked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    reminders: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    call_since: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    deadline_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    start_reminded_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    attended: Mapped[bool | None] = mapped_column(Boolean, nullable=True)  # None: not yet known


class InternshipContactRow(Base):
    """How to reach the young person or a parent for the personal links: an e-mail address or
    a Telegram chat, only with consent (import column or the chat's handoff consent). Deleted
    with the applicant."""

    __tablename__ = "internship_contacts"

    applicant_id: Mapped[str] = mapped_column(
        ForeignKey("internship_applicants.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(10), primary_key=True)  # young | parent
    channel: Mapped[str] = mapped_column(String(10))  # email | telegram
    address: Mapped[str] = mapped_column(String(254))
    source: Mapped[str] = mapped_column(String(10))  # import | chat | form
    consent_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class InternshipFeedbackRow(Base):
    """The answers of one side after the internship (3–5 questions, bot/internships/feedback.py),
    kept with the placement; `followup` is the young person's consent to be asked again after
    three and six months."""

    __tablename__ = "internship_feedback"

    round_id: Mapped[str] = mapped_column(
        ForeignKey("internship_rounds.id", ondelete="CASCADE"), primary_key=True)
    applicant_id: Mapped[str] = mapped_column(
        ForeignKey("internship_applicants.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(10), primary_key=True)  # company | young | parent
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    followup: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class InternshipFollowupRow(Base):
    """An optional check three or six months after the internship, only with consent; its own
    retention (docs/safety.md). Deleted with the applicant."""

    __tablename__ = "internship_followups"

    round_id: Mapped[str] = mapped_column(
        ForeignKey("internship_rounds.id", ondelete="CASCADE"), primary_key=True)
    applicant_id: Mapped[str] = mapped_column(
        ForeignKey("internship_applicants.id", ondelete="CASCADE"), primary_key=True)
    months: Mapped[int] = mapped_column(Integer, primary_key=True)  # 3 | 6
    due_on: Mapped[date] = mapped_column(Date, index=True)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    answers: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class InternshipLinkRow(Base):
    """A personal link for one side of a placement (the company or the young person) to agree
    or decline: only the SHA-256 of its token is stored; single use, expires, revocable."""

    __tablename__ = "internship_links"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    round_id: Mapped[str] = mapped_column(
        ForeignKey("internship_rounds.id", ondelete="CASCADE"))
    applicant_id: Mapped[str] = mapped_column(
        ForeignKey("internship_applicants.id", ondelete="CASCADE"))
    place_id: Mapped[str] = mapped_column(ForeignKey("internship_places.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(10))  # "company" | "young" | "parent"
    # what the link is for: confirm (yes/no), attendance (company: came?), feedback, followup
    purpose: Mapped[str] = mapped_column(String(12), default="confirm", server_default="confirm")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    answer: Mapped[str | None] = mapped_column(String(3), nullable=True)  # "yes" | "no" | "ok"
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)

    __table_args__ = (Index("ix_internship_links_placement", "round_id", "applicant_id"),)


class InternshipAuditRow(Base):
    """What a coordinator did (pin, exclude, allocate, delete, import). Ids only, no personal
    data; no foreign keys, so the trail outlives a deletion."""

    __tablename__ = "internship_audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(254))  # user e-mail, or "system"
    action: Mapped[str] = mapped_column(String(40))
    round_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    applicant_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    place_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class ClusterJobRow(Base):
    """When a periodic job (notifications, retention) last ran anywhere in the cluster."""

    __tablename__ = "cluster_jobs"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    last_run_at: Mapped[datetime] = mapped_column(UtcDateTime)


class DemandCountRow(Base):
    """An anonymous counter: how often something happened on a day in a region (issue 17).
    No sender key, no text, no time finer than the hour of the week: nothing links back to a
    person, so the counters outlive the retention period (docs/safety.md)."""

    __tablename__ = "demand_counts"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    region: Mapped[str] = mapped_column(String(5), primary_key=True)  # AGS, "DE" or "none"
    dimension: Mapped[str] = mapped_column(String(30), primary_key=True)
    value: Mapped[str] = mapped_column(String(120), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class StatsTokenRow(Base):
    """The read-only token an organisation's own pages use for the anonymous statistics of
    its Kreise (`GET /api/stats`); only its SHA-256 is stored."""

    __tablename__ = "stats_tokens"

    org_id: Mapped[str] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"),
                                        primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class FactReportRow(Base):
    """A wrong fact about a catalogue offer, reported from its page at /angebote (by anyone,
    typically a network coordinator); the staff read and close it at /berater/hinweise."""

    __tablename__ = "fact_reports"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=lambda: str(uuid.uuid4()))
    offer_id: Mapped[str] = mapped_column(String(80), index=True)
    offer_name: Mapped[str] = mapped_column(String(200))  # as shown when it was reported
    topic: Mapped[str] = mapped_column(String(20))  # bot.storage.fact_reports.TOPICS
    text: Mapped[str] = mapped_column(Text)
    contact: Mapped[str | None] = mapped_column(String(254), nullable=True)  # for questions back
    status: Mapped[str] = mapped_column(String(10), default="new", index=True)  # new | done
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)
    done_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    done_by: Mapped[str | None] = mapped_column(String(254), nullable=True)
