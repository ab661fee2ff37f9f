"""The confirmation loop of a published round, through the real outbox: links by e-mail (a real
SMTP server) and Telegram (the fake Bot API server), reminders after 48 h and 96 h, the call
list, release at the deadline with a re-match, the day-before reminder with the attendance
link, feedback and the follow-up after three and six months."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from bot.internship_service import allocate_round
from bot.internships.loop import (
    LADDER,
    call_list,
    publish,
    record_attendance,
    record_feedback,
    tick,
)
from bot.notify import Notifier, SmtpConfig
from bot.service import Lotse
from bot.storage.database import make_sessionmaker
from bot.storage.internships import InternshipRepository
from bot.storage.placement_links import PlacementLinks
from bot.storage.tables import (
    InternshipAssignmentRow,
    InternshipFollowupRow,
    InternshipLinkRow,
    NotificationRow,
)
from bot.telegram.send import telegram_sender
from tests.bot.storage.test_internships import APPLICANTS, COMPANIES, PLACES
from tests.bot.telegram.fake_bot_api import TOKEN, FakeBotApi
from tests.bot.test_notify import Inbox, smtp  # noqa: F401 – the real SMTP server fixture

HARZ = "15085"
CODE = "A-7K3M9Q"  # 15 on the first day, Harz; the only applicant there
NOW = datetime(2027, 2, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def world(db_engine: Engine) -> Engine:
    with Session(db_engine) as session, session.begin():
        repo = InternshipRepository(session)
        repo.save_companies(COMPANIES, now=NOW)
        # the Kfz place without its machines, so the 16-year-old may take it
        repo.save_places([replace(p, hazards=()) if p.id == "p-kfz" else p for p in PLACES],
                         now=NOW)
        repo.save_applicants(APPLICANTS, postal_codes={CODE: "06484"}, now=NOW)
        allocate_round(session, "R1", region=HARZ)
    return db_engine


@pytest.fixture
def fake_api() -> Iterator[FakeBotApi]:
    api = FakeBotApi().start()
    yield api
    api.stop()


def placement(engine: Engine) -> InternshipAssignmentRow:
    with Session(engine) as session:
        row = session.get(InternshipAssignmentRow, ("R1", CODE))
        assert row is not None
        session.expunge(row)
        return row


def queued(engine: Engine) -> list[tuple[str, str | None]]:
    """(role, purpose) of the unsent outbox rows, in order."""
    with Session(engine) as session:
        return [(r.role or "", r.purpose) for r in session.scalars(
            select(NotificationRow).where(NotificationRow.sent_at.is_(None))
            .order_by(NotificationRow.id))]


def run(engine: Engine, now: datetime, today: date | None = None) -> dict[str, int]:
    with Session(engine) as session, session.begin():
        return tick(session, now=now, today=today or now.date()).as_dict()


def notifier(engine: Engine, port: int, now: datetime, api: FakeBotApi | None = None) -> Notifier:
    return Notifier(make_sessionmaker(engine), public_url="https://lotse.example",
                    smtp=SmtpConfig(host="127.0.0.1", port=port, starttls=False),
                    clock=lambda: now,
                    telegram=telegram_sender(TOKEN, api_url=api.base_url) if api else None)


def mails(inbox: Inbox) -> list[str]:
    """The received e-mails as "To", "Subject" and text."""
    found = [message_from_bytes(m, policy=policy.default) for m in inbox.messages]
    return [f"{m['To']}\n{m['Subject']}\n{m.get_content()}" for m in found
            if isinstance(m, EmailMessage)]


def link_in(text: str) -> str:
    found = re.search(r"https://lotse\.example/z/([A-Za-z0-9_-]{40,})", text)
    assert found, text
    return found.group(1)


def answer(engine: Engine, token: str, yes: bool, now: datetime) -> str:
    with Session(engine) as session, session.begin():
        return PlacementLinks(session).answer(token, yes, now=now).state


def test_publishing_sends_both_sides_a_working_link_by_email(
        world: Engine, smtp: tuple[Inbox, int]) -> None:  # noqa: F811
    inbox, port = smtp
    with Session(world) as session, session.begin():
        InternshipRepository(session).set_contact(CODE, "young", "email", "jo@example.org",
                                                  source="form", now=NOW)
        assert publish(session, "R1", now=NOW) == 1
    assert queued(world) == [("company", "confirm"), ("young", "confirm")]
    with Session(world) as session:  # the outbox holds neither an address nor a token
        row = session.scalars(select(NotificationRow)).first()
        assert row is not None and row.handoff_id is None and row.org_id is None
    assert notifier(world, port, NOW).send_due() == 2
    company_text, young_text = mails(inbox)
    assert company_text.startswith("ausbildung@example.org\n")
    assert young_text.startswith("jo@example.org\n")
    assert "bis 08.02.2027" in company_text.split("\n")[1]  # the deadline, 7 days on
    assert CODE in company_text and "Beispiel-Autohaus" not in company_text.split("Code")[0]
    assert "Kfz-Mechatroniker/in bei Beispiel-Autohaus GmbH" in young_text
    assert answer(world, link_in(company_text), True, NOW) == "answered"
    assert answer(world, link_in(young_text), True, NOW) == "answered"
    assert placement(world).status == "young_agreed"
    assert queued(world) == [] and run(world, NOW + timedelta(hours=100))["reminded"] == 0


def test_no_address_puts_the_side_on_the_call_list_at_once(world: Engine) -> None:
    with Session(world) as session, session.begin():
        publish(session, "R1", now=NOW)
    assert queued(world) == [("company", "confirm")]  # the young person: no consented contact
    with Session(world) as session:
        assert [r.applicant_id for r in call_list(session, "R1")] == [CODE]


def test_the_ladder_reminds_twice_then_calls_then_releases_and_rematches(
        world: Engine, smtp: tuple[Inbox, int]) -> None:  # noqa: F811
    inbox, port = smtp
    with Session(world) as session, session.begin():
        repo = InternshipRepository(session)
        repo.set_contact(CODE, "young", "email", "jo@example.org", source="form", now=NOW)
        publish(session, "R1", now=NOW)
    notifier(world, port, NOW).send_due()
    first_young = link_in(mails(inbox)[1])
    assert answer(world, first_young, True, NOW + timedelta(hours=1)) == "answered"
    assert run(world, NOW + timedelta(hours=47))["reminded"] == 0
    assert run(world, NOW + timedelta(hours=48))["reminded"] == 1  # only the silent company
    assert queued(world) == [("company", "confirm")]
    assert run(world, NOW + timedelta(hours=48, minutes=5))["reminded"] == 0  # once
    notifier(world, port, NOW + timedelta(hours=48)).send_due()
    assert mails(inbox)[-1].startswith("ausbildung@example.org\n")
    old = link_in(mails(inbox)[0])
    with Session(world) as session:  # only the newest link works
        assert PlacementLinks(session).find(old, now=NOW + timedelta(hours=49)).state == "revoked"
    assert run(world, NOW + timedelta(hours=96))["reminded"] == 1
    assert run(world, NOW + timedelta(hours=120))["called"] == 1
    with Session(world) as session:
        assert [r.applicant_id for r in call_list(session, "R1")] == [CODE]
    released = run(world, NOW + LADDER.deadline)
    assert released["released"] == 1
    with Session(world) as session:
        repo = InternshipRepository(session)
        assert (CODE, "p-kfz") in repo.exclusions("R1")  # the place went back to the round
        assert repo.assignments("R1").get(CODE) != "p-kfz"
        audit = [e.action for e in repo.audit(round_id="R1")]
        assert "exclude" in audit or any("exclu" in a for a in audit)


def test_day_before_attendance_feedback_and_followup(
        world: Engine, smtp: tuple[Inbox, int], fake_api: FakeBotApi) -> None:  # noqa: F811
    inbox, port = smtp
    with Session(world) as session, session.begin():
        InternshipRepository(session).set_contact(CODE, "young", "telegram", "4711",
                                                  source="chat", now=NOW)
        publish(session, "R1", now=NOW)
    notifier(world, port, NOW, fake_api).send_due()
    young = link_in(fake_api.texts(4711)[0])  # by Telegram, as the person chose
    answer(world, young, True, NOW)
    answer(world, link_in(mails(inbox)[0]), True, NOW)
    start = date(2027, 3, 1)
    assert run(world, NOW, start - timedelta(days=2))["started"] == 0
    day_before = datetime(2027, 2, 28, 8, 0, tzinfo=UTC)
    assert run(world, day_before, start - timedelta(days=1))["started"] == 2
    assert sorted(queued(world)) == [("company", "attendance"), ("young", "start")]
    assert run(world, day_before, start - timedelta(days=1))["started"] == 0  # once
    notifier(world, port, day_before, fake_api).send_due()
    assert "Morgen" in fake_api.texts(4711)[-1]
    attendance = link_in(mails(inbox)[-1])
    with Session(world) as session, session.begin():
        found = PlacementLinks(session).use(attendance, answer="yes", now=day_before)
        assert found.row is not None and found.row.purpose == "attendance"
        record_attendance(session, "R1", CODE, True, now=day_before)
    assert placement(world).status == "took_place" and placement(world).attended is True
    after = datetime(2027, 3, 13, 8, 0, tzinfo=UTC)
    assert run(world, after, date(2027, 3, 13))["feedback"] == 2
    assert run(world, after, date(2027, 3, 13))["feedback"] == 0
    with Session(world) as session, session.begin():
        record_feedback(session, "R1", CODE, "young", {"overall": "good"}, followup=True,
                        now=after)
        record_feedback(session, "R1", CODE, "company", {"overall": "good"}, followup=True,
                        now=after)
    assert placement(world).status == "feedback"
    with Session(world) as session:
        dues = sorted(f.due_on for f in session.scalars(select(InternshipFollowupRow)))
    assert dues == [date(2027, 6, 12), date(2027, 9, 12)]  # three and six months after the end
    assert run(world, after, date(2027, 6, 11))["followups"] == 0
    assert run(world, after, date(2027, 6, 12))["followups"] == 1
    notifier(world, port, after, fake_api).send_due()
    assert "weitergegangen" in fake_api.texts(4711)[-1]


def test_a_failed_send_is_retried_and_leaves_no_working_link(world: Engine) -> None:
    with Session(world) as session, session.begin():
        publish(session, "R1", now=NOW)
        session.get(InternshipAssignmentRow, ("R1", CODE)).call_since = None  # type: ignore[union-attr]
    closed = Notifier(make_sessionmaker(world), public_url="https://lotse.example",
                      smtp=SmtpConfig(host="127.0.0.1", port=1, starttls=False, timeout=2),
                      clock=lambda: NOW)
    assert closed.send_due() == 0
    with Session(world) as session:
        row = session.scalars(select(NotificationRow)).one()
        assert row.attempts == 1 and row.last_error and row.next_attempt_at > NOW
        assert session.scalar(select(func.count()).select_from(InternshipLinkRow)) == 0
    for attempt in (2, 3):  # after three failures the coordinator is asked to call
        with Session(world) as session, session.begin():
            session.scalars(select(NotificationRow)).one().next_attempt_at = NOW
        closed.send_due()
        called = run(world, NOW + timedelta(minutes=attempt))["called"]
        assert called == (attempt == 3)


def test_deleting_the_applicant_deletes_contacts_feedback_and_outbox_rows(world: Engine) -> None:
    with Session(world) as session, session.begin():
        repo = InternshipRepository(session)
        repo.set_contact(CODE, "young", "email", "jo@example.org", source="form", now=NOW)
        publish(session, "R1", now=NOW)
        repo.delete_applicant(CODE, now=NOW)
    assert queued(world) == []
    with Session(world) as session:
        assert InternshipRepository(session).contacts() == {}


def test_retention_deletes_followups_after_a_year_and_applicants_after_540_days(
        world: Engine, make_lotse: Callable[..., Lotse]) -> None:
    with Session(world) as session, session.begin():
        InternshipRepository(session).set_contact(CODE, "young", "email", "jo@example.org",
                                                  source="form", now=NOW)
        publish(session, "R1", now=NOW)
        record_feedback(session, "R1", CODE, "young", {"overall": "good"}, followup=True, now=NOW)
    last_day = datetime(2027, 3, 12, 12, 0, tzinfo=UTC)  # the Kfz internship's last day
    make_lotse(world, now=last_day + timedelta(days=364)).purge_expired()
    with Session(world) as session:
        assert session.scalar(select(func.count()).select_from(InternshipFollowupRow)) == 2
    make_lotse(world, now=last_day + timedelta(days=367)).purge_expired()
    with Session(world) as session:  # the follow-up goes; the applicant is younger than 540 days
        assert session.scalar(select(func.count()).select_from(InternshipFollowupRow)) == 0
        assert InternshipRepository(session).contacts() != {}
    make_lotse(world, now=NOW + timedelta(days=541)).purge_expired()
    with Session(world) as session:
        repo = InternshipRepository(session)
        assert CODE not in {a.id for a in repo.applicants()} and repo.contacts() == {}
        assert session.scalar(select(func.count()).select_from(NotificationRow)) == 0
