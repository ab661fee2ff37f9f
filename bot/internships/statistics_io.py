"""Reads the facts the statistics count from the database – only those of the given Kreise –
as plain frozen values (`bot.internships.statistics.World`); dates in local time."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, tzinfo
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from bot.internship_service import EXPLAINED
from bot.internships.statistics import (
    CompanyFact,
    FeedbackFact,
    FollowupFact,
    PlacementFact,
    RequestFact,
    RoundFact,
    World,
)
from bot.storage.internships import PLACEMENT_STATUSES
from bot.storage.tables import (
    HandoffRow,
    InternshipApplicantRow,
    InternshipAssignmentRow,
    InternshipAuditRow,
    InternshipCompanyRow,
    InternshipFeedbackRow,
    InternshipFollowupRow,
    InternshipPlaceRow,
    InternshipRoundPlaceRow,
    InternshipRoundRow,
)

AGREED = "young_agreed"  # both sides said yes: the placement stands


def load_world(session: Session, *, regions: Iterable[str], org_id: str, tz: tzinfo) -> World:
    """Everything the statistics of `regions` need; chat requests are those of the
    organisation `org_id` (a handoff knows its organisation, not its Kreis)."""
    scope = sorted(set(regions))

    def day(moment: datetime) -> date:
        return moment.astimezone(tz).date()

    applicants = {a.id: a for a in session.scalars(
        select(InternshipApplicantRow).where(InternshipApplicantRow.region.in_(scope)))}
    rounds = list(session.scalars(select(InternshipRoundRow).where(
        or_(InternshipRoundRow.region.in_(scope), InternshipRoundRow.region.is_(None)))))
    round_ids = [r.id for r in rounds]
    round_region = {r.id: r.region for r in rounds}
    explained = {r.id: dict((r.report or {}).get(EXPLAINED) or {}) for r in rounds}
    ours = InternshipApplicantRow.region.in_(scope)
    companies_in: dict[str, set[str]] = {r.id: set() for r in rounds}
    for round_id, company_id in session.execute(
            select(InternshipRoundPlaceRow.round_id, InternshipPlaceRow.company_id)
            .join(InternshipPlaceRow, InternshipPlaceRow.id == InternshipRoundPlaceRow.place_id)
            .where(InternshipRoundPlaceRow.round_id.in_(round_ids))):
        companies_in[round_id].add(company_id)
    agreed = _agreed_days(session, round_ids, day)

    def region_of(round_id: str, applicant_id: str) -> str:
        return round_region.get(round_id) or applicants[applicant_id].region

    placements = []
    for row in session.scalars(select(InternshipAssignmentRow).where(
            InternshipAssignmentRow.round_id.in_(round_ids), ours)
            .join(InternshipApplicantRow,
                  InternshipApplicantRow.id == InternshipAssignmentRow.applicant_id)):
        rank = (explained[row.round_id].get(row.applicant_id) or {}).get("wish_rank")
        on = (day(row.status_at) if row.status == AGREED and row.status_at is not None
              else agreed.get((row.round_id, row.applicant_id)))
        if PLACEMENT_STATUSES.index(row.status) < PLACEMENT_STATUSES.index(AGREED):
            on = None
        placements.append(PlacementFact(
            round_id=row.round_id, applicant_id=row.applicant_id,
            region=region_of(row.round_id, row.applicant_id), made_on=day(row.created_at),
            wish_rank=rank if isinstance(rank, int) else None, agreed_on=on,
            attended=row.attended))
    feedback = [FeedbackFact(region=region_of(f.round_id, f.applicant_id), role=f.role,
                             given_on=day(f.created_at),
                             overall=str((f.answers or {}).get("overall") or "") or None)
                for f in session.scalars(select(InternshipFeedbackRow).where(
                    InternshipFeedbackRow.round_id.in_(round_ids), ours)
                    .join(InternshipApplicantRow,
                          InternshipApplicantRow.id == InternshipFeedbackRow.applicant_id))]
    followups = [FollowupFact(applicant_id=f.applicant_id,
                              region=region_of(f.round_id, f.applicant_id),
                              answered_on=day(f.answered_at),
                              apprenticeship=(f.answers or {}).get("apprenticeship"),
                              next_step=(f.answers or {}).get("eq"))
                 for f in session.scalars(select(InternshipFollowupRow).where(
                     InternshipFollowupRow.round_id.in_(round_ids), ours,
                     InternshipFollowupRow.answered_at.is_not(None))
                     .join(InternshipApplicantRow,
                           InternshipApplicantRow.id == InternshipFollowupRow.applicant_id))
                 if f.answered_at is not None]
    return World(
        requests=tuple(RequestFact(id=a.id, region=a.region, created_on=day(a.created_at),
                                   priority_groups=tuple(a.priority_groups or ()))
                       for a in applicants.values()),
        chat_requests=tuple(day(at) for at in session.scalars(
            select(HandoffRow.created_at).where(HandoffRow.org_id == org_id))),
        placements=tuple(placements),
        rounds=tuple(RoundFact(id=r.id, region=r.region or "", on=day(r.allocated_at or r.created_at),
                               company_ids=frozenset(companies_in[r.id])) for r in rounds),
        companies=tuple(CompanyFact(id=c.id, region=c.region, created_on=day(c.created_at),
                                    seal_valid_until=c.seal_valid_until)
                        for c in session.scalars(select(InternshipCompanyRow).where(
                            InternshipCompanyRow.region.in_(scope)))),
        feedback=tuple(feedback), followups=tuple(followups))


def _agreed_days(session: Session, round_ids: list[str], day: Any) -> dict[tuple[str, str], date]:
    """(round, applicant) → the day both sides had agreed, from the audit trail: the step to
    "young_agreed" on the status board, or else the last "yes" through a personal link."""
    found: dict[tuple[str, str], date] = {}
    stepped: dict[tuple[str, str], date] = {}
    for entry in session.scalars(select(InternshipAuditRow).where(
            InternshipAuditRow.round_id.in_(round_ids),
            InternshipAuditRow.action.in_(("placement_status", "link_yes")))
            .order_by(InternshipAuditRow.at, InternshipAuditRow.id)):
        if entry.applicant_id is None or entry.round_id is None:
            continue
        key = (entry.round_id, entry.applicant_id)
        if entry.action == "link_yes":
            found[key] = day(entry.at)  # the last yes completes the agreement
        elif (entry.detail or {}).get("status") == AGREED:
            stepped.setdefault(key, day(entry.at))
    return {**found, **stepped}
