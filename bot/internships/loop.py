"""The confirmation loop of a published round, run by `tick()` every few minutes (with the
outbox) or by `lotse internships tick`:

1. publish → each proposed placement's company and young person (and a parent of a minor
   where a parent's contact was given) get a personal link through the outbox;
2. no answer after 48 h → a reminder with a fresh link; after 96 h → a second one; after
   120 h → the placement is on the coordinator's call list;
3. no answer by the deadline (7 days) → the place is released: the pair is excluded, the
   round is run again, and the freed place's new placement is asked in the same tick;
4. the day before the start → a reminder to the young person (and parent), and the company
   gets the one-click attendance link;
5. after the last day → feedback links to both sides; with the young person's consent a
   follow-up after three and six months.

A side without an address (no consent, no e-mail) goes on the call list at once, and so does
one whose message failed three times: the coordinator makes links by hand in /lotsen and
passes them on. Nothing here sends anything:
it writes outbox rows (`NotificationRow`, kind "placement"), which `bot.notify.Notifier`
sends with retries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.internship_service import allocate_round
from bot.storage.internships import PLACEMENT_STATUSES, InternshipRepository
from bot.storage.placement_links import PlacementLinks
from bot.storage.tables import (
    InternshipApplicantRow,
    InternshipAssignmentRow,
    InternshipCompanyRow,
    InternshipFeedbackRow,
    InternshipFollowupRow,
    InternshipPlaceRow,
    InternshipRoundRow,
    NotificationRow,
)
from matching.internships.law import age_on


@dataclass(frozen=True, slots=True)
class Ladder:
    """The timings of the loop (hours after the links went out, days around the internship)."""

    first_reminder: timedelta = timedelta(hours=48)
    second_reminder: timedelta = timedelta(hours=96)
    call_list: timedelta = timedelta(hours=120)
    deadline: timedelta = timedelta(days=7)
    start_notice: timedelta = timedelta(days=1)  # the reminder the day before
    answer_days: int = 21  # how long attendance and feedback links stay open
    followup_months: tuple[int, ...] = (3, 6)


LADDER = Ladder()
UNDELIVERABLE_AFTER = 3  # failed sends of one message before the coordinator is asked to call
ANSWERED = PLACEMENT_STATUSES.index("young_agreed")  # both sides agreed from here on


@dataclass
class TickReport:
    asked: int = 0
    reminded: int = 0
    called: int = 0
    released: list[tuple[str, str, str]] = field(default_factory=list)  # round, code, place
    started: int = 0
    feedback: int = 0
    followups: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"asked": self.asked, "reminded": self.reminded, "called": self.called,
                "released": len(self.released), "started": self.started,
                "feedback": self.feedback, "followups": self.followups}


def company_channel(contact: str) -> str | None:
    """A company is written to when its stored contact is an e-mail address."""
    text = contact.strip()
    return "email" if "@" in text and " " not in text else None


def _queue(session: Session, row: InternshipAssignmentRow, role: str, purpose: str,
           channel: str, now: datetime) -> None:
    session.add(NotificationRow(kind="placement", round_id=row.round_id,
                                applicant_id=row.applicant_id, role=role, purpose=purpose,
                                channel=channel, attempts=0, next_attempt_at=now))


def _sides(session: Session, row: InternshipAssignmentRow, *, family_only: bool = False,
           ) -> dict[str, str | None]:
    """role → channel (None: no way to write, so a call) for the placement's sides: the
    company, the young person, and a parent of a minor when a parent's contact is known."""
    repo = InternshipRepository(session)
    contacts = repo.contacts([row.applicant_id]).get(row.applicant_id, {})
    sides: dict[str, str | None] = {}
    if not family_only:
        place = session.get(InternshipPlaceRow, row.place_id)
        company = session.get(InternshipCompanyRow, place.company_id) if place else None
        sides["company"] = company_channel(company.contact) if company else None
    sides["young"] = contacts.get("young", (None, ""))[0]
    if "parent" in contacts and _minor(session, row):
        sides["parent"] = contacts["parent"][0]
    return sides


def _minor(session: Session, row: InternshipAssignmentRow) -> bool:
    person = session.get(InternshipApplicantRow, row.applicant_id)
    place = session.get(InternshipPlaceRow, row.place_id)
    return bool(person and place and age_on(person.birth_date, place.start_date) < 18)


def ask(session: Session, row: InternshipAssignmentRow, now: datetime,
        ladder: Ladder = LADDER) -> bool:
    """Send both sides of a proposed placement their links (through the outbox) and start
    its ladder; a side without an address puts the placement on the call list."""
    row.asked_at, row.deadline_at, row.reminders, row.call_since = (
        now, now + ladder.deadline, 0, None)
    for role, channel in _sides(session, row).items():
        if channel is None:
            row.call_since = now
        else:
            _queue(session, row, role, "confirm", channel, now)
    InternshipRepository(session).log("system", "asked", round_id=row.round_id,
                                      applicant_id=row.applicant_id, place_id=row.place_id,
                                      now=now)
    return True


def publish(session: Session, round_id: str, *, now: datetime, actor: str = "system",
            ladder: Ladder = LADDER) -> int:
    """Publish a round: from now on its loop runs. Asks every proposed placement not yet
    asked; returns how many."""
    round_row = session.get(InternshipRoundRow, round_id)
    if round_row is None:
        raise ValueError(f"no round {round_id!r}")
    round_row.published_at = round_row.published_at or now
    InternshipRepository(session).log(actor, "publish", round_id=round_id, now=now)
    return _ask_new(session, round_id, now, ladder)


def _ask_new(session: Session, round_id: str, now: datetime, ladder: Ladder) -> int:
    rows = session.scalars(select(InternshipAssignmentRow).where(
        InternshipAssignmentRow.round_id == round_id, InternshipAssignmentRow.asked_at.is_(None),
        InternshipAssignmentRow.status == PLACEMENT_STATUSES[0]))
    return sum(ask(session, row, now, ladder) for row in list(rows))


def tick(session: Session, *, now: datetime, today: date, ladder: Ladder = LADDER
         ) -> TickReport:
    """One pass over every published round (idempotent: running it twice at the same moment
    queues nothing twice)."""
    report = TickReport()
    rounds = list(session.scalars(select(InternshipRoundRow).where(
        InternshipRoundRow.published_at.is_not(None)).order_by(InternshipRoundRow.id)))
    for round_row in rounds:
        _confirmations(session, round_row, now, ladder, report)
        _around_the_days(session, round_row.id, now, today, ladder, report)
    _followups(session, now, today, report)
    session.flush()
    return report


def _confirmations(session: Session, round_row: InternshipRoundRow, now: datetime,
                   ladder: Ladder, report: TickReport) -> None:
    links = PlacementLinks(session)
    repo = InternshipRepository(session)
    waiting = list(session.scalars(select(InternshipAssignmentRow).where(
        InternshipAssignmentRow.round_id == round_row.id,
        InternshipAssignmentRow.asked_at.is_not(None),
        InternshipAssignmentRow.status.in_(PLACEMENT_STATUSES[:ANSWERED]))))
    for row in waiting:
        answered = links.answered(row.round_id, row.applicant_id)
        asked = row.asked_at
        assert asked is not None
        if row.deadline_at is not None and now >= row.deadline_at:
            links.revoke(row.round_id, row.applicant_id, now=now)
            repo.exclude(row.round_id, row.applicant_id, row.place_id, actor="deadline", now=now)
            report.released.append((row.round_id, row.applicant_id, row.place_id))
            continue
        steps = ((ladder.first_reminder, 1), (ladder.second_reminder, 2))
        for after, number in steps:
            if now >= asked + after and row.reminders < number:
                row.reminders = number
                for role, channel in _sides(session, row).items():
                    if channel is not None and role not in answered:
                        _queue(session, row, role, "confirm", channel, now)
                        report.reminded += 1
        if row.call_since is None and (now >= asked + ladder.call_list
                                       or _undeliverable(session, row)):
            row.call_since = now
            report.called += 1
    if any(r == round_row.id for r, _, _ in report.released) and round_row.region:
        allocate_round(session, round_row.id, region=round_row.region)
    report.asked += _ask_new(session, round_row.id, now, ladder)


def _undeliverable(session: Session, row: InternshipAssignmentRow) -> bool:
    """A link that failed to go out three times (wrong address, no mail server): call."""
    return session.scalar(select(NotificationRow.id).where(
        NotificationRow.round_id == row.round_id, NotificationRow.applicant_id == row.applicant_id,
        NotificationRow.sent_at.is_(None), NotificationRow.attempts >= UNDELIVERABLE_AFTER)
        .limit(1)) is not None


def _around_the_days(session: Session, round_id: str, now: datetime, today: date,
                     ladder: Ladder, report: TickReport) -> None:
    agreed = list(session.scalars(select(InternshipAssignmentRow).where(
        InternshipAssignmentRow.round_id == round_id,
        InternshipAssignmentRow.status.in_(PLACEMENT_STATUSES[ANSWERED:]))))
    for row in agreed:
        place = session.get(InternshipPlaceRow, row.place_id)
        if place is None:
            continue
        if (row.start_reminded_at is None and row.attended is None
                and today >= place.start_date - ladder.start_notice and today <= place.end_date):
            row.start_reminded_at = now
            for role, channel in _sides(session, row).items():
                if channel is not None:
                    _queue(session, row, role, "attendance" if role == "company" else "start",
                           channel, now)
                    report.started += 1
        if today > place.end_date and row.attended and not _feedback_asked(session, row):
            for role, channel in _sides(session, row).items():
                if channel is not None and role != "parent":
                    _queue(session, row, role, "feedback", channel, now)
                    report.feedback += 1
            InternshipRepository(session).log("system", "feedback_asked", round_id=round_id,
                                              applicant_id=row.applicant_id, now=now)


def _feedback_asked(session: Session, row: InternshipAssignmentRow) -> bool:
    return session.scalar(select(NotificationRow.id).where(
        NotificationRow.round_id == row.round_id, NotificationRow.applicant_id == row.applicant_id,
        NotificationRow.purpose == "feedback").limit(1)) is not None


def _followups(session: Session, now: datetime, today: date, report: TickReport) -> None:
    due = list(session.scalars(select(InternshipFollowupRow).where(
        InternshipFollowupRow.sent_at.is_(None), InternshipFollowupRow.due_on <= today)))
    for followup in due:
        row = session.get(InternshipAssignmentRow, (followup.round_id, followup.applicant_id))
        followup.sent_at = now
        if row is None:
            continue
        channel = _sides(session, row, family_only=True).get("young")
        if channel is not None:
            _queue(session, row, "young", "followup", channel, now)
            report.followups += 1


# --- answers that come in through the links -------------------------------------------------

def record_attendance(session: Session, round_id: str, applicant_id: str, came: bool, *,
                      now: datetime) -> None:
    """The company's one click: came → "took place"; did not come → a no-show (counted)."""
    row = session.get(InternshipAssignmentRow, (round_id, applicant_id))
    if row is None:
        return
    row.attended = came
    if came and PLACEMENT_STATUSES.index(row.status) < PLACEMENT_STATUSES.index("took_place"):
        row.status, row.status_at = "took_place", now
    InternshipRepository(session).log("company", "attended" if came else "no_show",
                                      round_id=round_id, applicant_id=applicant_id,
                                      place_id=row.place_id, now=now)


def record_feedback(session: Session, round_id: str, applicant_id: str, role: str,
                    answers: dict[str, str], *, followup: bool, now: datetime,
                    ladder: Ladder = LADDER) -> None:
    """Keep one side's answers with the placement; with both in, the placement is done.
    The young person's consent to a follow-up schedules it (three and six months after the
    last day)."""
    row = session.get(InternshipAssignmentRow, (round_id, applicant_id))
    if row is None:
        return
    session.merge(InternshipFeedbackRow(round_id=round_id, applicant_id=applicant_id, role=role,
                                        answers=answers, followup=followup and role == "young",
                                        created_at=now))
    session.flush()
    place = session.get(InternshipPlaceRow, row.place_id)
    if role == "young" and followup and place is not None:
        for months in ladder.followup_months:
            if session.get(InternshipFollowupRow, (round_id, applicant_id, months)) is None:
                session.add(InternshipFollowupRow(
                    round_id=round_id, applicant_id=applicant_id, months=months,
                    due_on=place.end_date + relativedelta(months=months)))
    given = set(session.scalars(select(InternshipFeedbackRow.role).where(
        InternshipFeedbackRow.round_id == round_id,
        InternshipFeedbackRow.applicant_id == applicant_id)))
    if {"company", "young"} <= given and row.status == "took_place":
        row.status, row.status_at = "feedback", now
    InternshipRepository(session).log(role, "feedback", round_id=round_id,
                                      applicant_id=applicant_id, now=now)


def record_followup(session: Session, round_id: str, applicant_id: str, months: int,
                    answers: dict[str, str], *, now: datetime) -> None:
    followup = session.get(InternshipFollowupRow, (round_id, applicant_id, months))
    if followup is None:
        return
    followup.answers, followup.answered_at = answers, now
    InternshipRepository(session).log("young", "followup", round_id=round_id,
                                      applicant_id=applicant_id, detail={"months": months},
                                      now=now)


def call_list(session: Session, round_id: str) -> list[InternshipAssignmentRow]:
    """The placements a coordinator should call about (no answer, or no address), oldest
    first."""
    return list(session.scalars(select(InternshipAssignmentRow).where(
        InternshipAssignmentRow.round_id == round_id,
        InternshipAssignmentRow.call_since.is_not(None),
        InternshipAssignmentRow.status.in_(PLACEMENT_STATUSES[:ANSWERED]))
        .order_by(InternshipAssignmentRow.call_since)))


def open_followup(session: Session, round_id: str, applicant_id: str) -> int | None:
    """The follow-up a link answers: the earliest one sent and not yet answered."""
    return session.scalar(select(InternshipFollowupRow.months).where(
        InternshipFollowupRow.round_id == round_id,
        InternshipFollowupRow.applicant_id == applicant_id,
        InternshipFollowupRow.sent_at.is_not(None), InternshipFollowupRow.answered_at.is_(None))
        .order_by(InternshipFollowupRow.months).limit(1))
