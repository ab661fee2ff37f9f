"""Repository of the internship engine: companies, places, pseudonymous applicants, rounds with
pins and exclusions, assignments, and the audit of what coordinators did.

Everything runs in the caller's session and transaction: an import that fails half-way is
rolled back by the caller and leaves nothing behind. Reads return the frozen values of
`matching.internships.model`, exactly as they were saved.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from bot.stats.events import Event
from bot.storage import demand
from bot.storage.tables import (
    InternshipApplicantRow,
    InternshipAssignmentRow,
    InternshipAuditRow,
    InternshipCompanyRow,
    InternshipContactRow,
    InternshipExclusionRow,
    InternshipFeedbackRow,
    InternshipFollowupRow,
    InternshipLinkRow,
    InternshipPeriodRow,
    InternshipPinRow,
    InternshipPlaceRow,
    InternshipReadinessRow,
    InternshipRoundApplicantRow,
    InternshipRoundPlaceRow,
    InternshipRoundRow,
    NotificationRow,
    utcnow,
)
from matching.internships.model import (
    WEEKDAYS,
    Applicant,
    Company,
    InternshipPlace,
    Readiness,
    Schedule,
)

CHUNK = 500  # ids per IN (…) clause: well below SQLite's limit on bound parameters
T = TypeVar("T")


# the status board of a placement, in order (labels: bot/internships/labels.py)
PLACEMENT_STATUSES = ("proposed", "company_agreed", "young_agreed", "documents_ready",
                      "took_place", "feedback")
# the answers to the optional follow-up are deleted a year after the internship's last day
FOLLOWUP_KEPT_DAYS = 365
# what a placement keeps when its round is run again and it stays the same
KEPT_COLUMNS = ("status", "status_at", "created_at", "asked_at", "reminders", "call_since",
                "deadline_at", "start_reminded_at", "attended")


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def weekdays_text(weekdays: frozenset[int]) -> str:
    """frozenset({0, 1, 2}) -> "mo,tu,we" (always Monday first)."""
    if any(not 0 <= day < len(WEEKDAYS) for day in weekdays):
        raise ValueError(f"weekdays must be 0 (Monday) … 6 (Sunday): {sorted(weekdays)}")
    return ",".join(WEEKDAYS[day] for day in sorted(weekdays))


def weekdays_set(text: str) -> frozenset[int]:
    """"mo,tu,we" -> frozenset({0, 1, 2})."""
    return frozenset(WEEKDAYS.index(part.strip()) for part in text.split(",") if part.strip())


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One coordinator action on internships."""

    at: datetime
    actor: str
    action: str
    round_id: str | None = None
    applicant_id: str | None = None
    place_id: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)


class InternshipRepository:
    """Internship data inside one session; the caller commits or rolls back."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _rows(self, stmt: Any) -> Any:
        """Rows of a select, fresh from the database: bulk writes bypass the identity map."""
        return self.session.scalars(stmt.execution_options(populate_existing=True))

    # --- writing: upsert by id ------------------------------------------------------------

    def _existing(self, table: Any, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for part in chunks(ids):
            found.update(self.session.scalars(select(table.id).where(table.id.in_(part))))
        return found

    def _upsert(self, table: Any, rows: list[dict[str, Any]], now: datetime) -> None:
        """Insert new ids, update known ones (their `created_at` stays)."""
        if not rows:
            return
        ids = [row["id"] for row in rows]
        if len(set(ids)) != len(ids):
            duplicates = sorted({i for i in ids if ids.count(i) > 1})
            raise ValueError(f"duplicate ids: {', '.join(duplicates)}")
        existing = self._existing(table, ids)
        new = [{**row, "created_at": now, "updated_at": now}
               for row in rows if row["id"] not in existing]
        known = [{**row, "updated_at": now} for row in rows if row["id"] in existing]
        if new:
            self.session.execute(insert(table), new)
        if known:
            self.session.execute(update(table), known)

    def save_companies(self, companies: Iterable[Company], *, now: datetime | None = None) -> int:
        """Insert or update companies by id, with their readiness profiles; returns the count."""
        now = now or utcnow()
        items = list(companies)
        self._upsert(InternshipCompanyRow, [{
            "id": c.id, "name": c.name, "postal_code": c.postal_code, "place": c.place,
            "region": c.region, "lat": c.lat, "lon": c.lon, "sector": c.sector,
            "trains_apprentices": c.trains_apprentices, "offers_eq": c.offers_eq,
            "contact_role": c.contact_role, "contact": c.contact, "seal": c.seal,
            "seal_valid_until": c.seal_valid_until} for c in items], now)
        ids = [c.id for c in items]
        for part in chunks(ids):
            self.session.execute(delete(InternshipReadinessRow)
                                 .where(InternshipReadinessRow.company_id.in_(part)))
        readiness = [{"company_id": c.id, "position": i, "key": r.key,
                      "verified_by": r.verified_by, "verified_on": r.verified_on}
                     for c in items for i, r in enumerate(c.readiness)]
        if readiness:
            self.session.execute(insert(InternshipReadinessRow), readiness)
        return len(items)

    def save_places(self, places: Iterable[InternshipPlace], *,
                    now: datetime | None = None) -> int:
        """Insert or update places by id; their companies must exist already."""
        now = now or utcnow()
        items = list(places)
        self._upsert(InternshipPlaceRow, [{
            "id": p.id, "company_id": p.company_id, "occupation": p.occupation, "kldb": p.kldb,
            "kind": p.kind, "start_date": p.schedule.start_date, "end_date": p.schedule.end_date,
            "weekdays": weekdays_text(p.schedule.weekdays), "start_time": p.schedule.start,
            "end_time": p.schedule.end, "break_minutes": p.schedule.break_minutes,
            "capacity": p.capacity, "min_age": p.min_age, "requires": list(p.requires),
            "hazards": list(p.hazards), "languages": list(p.languages),
            "german_level": p.german_level} for p in items], now)
        self.session.flush()  # a place of an unknown company fails here, inside the transaction
        return len(items)

    def save_applicants(self, applicants: Iterable[Applicant], *,
                        postal_codes: Mapping[str, str] | None = None,
                        now: datetime | None = None) -> int:
        """Insert or update applicants by their code, with their available periods.

        `postal_codes` (code -> postal code) is kept when given; the model itself carries
        only coordinates and region. `now` sets `created_at` of new applicants (retention)."""
        now = now or utcnow()
        items = list(applicants)
        rows = []
        for a in items:
            row: dict[str, Any] = {
                "id": a.id, "birth_date": a.birth_date, "land": a.land,
                "full_time_school": a.full_time_school, "kind": a.kind, "lat": a.lat,
                "lon": a.lon, "region": a.region, "travel_mode": a.travel_mode,
                "max_travel_minutes": a.max_travel_minutes,
                "holiday_days_used": a.holiday_days_used, "wishes": list(a.wishes),
                "support_needs": list(a.support_needs),
                "priority_groups": list(a.priority_groups), "school_status": a.school_status}
            if postal_codes is not None:
                row["postal_code"] = postal_codes.get(a.id)
            rows.append(row)
        if postal_codes is None and rows:  # inserts need the same keys in every row
            known = self._existing(InternshipApplicantRow, [r["id"] for r in rows])
            for row in rows:
                if row["id"] not in known:
                    row["postal_code"] = None
        self._upsert(InternshipApplicantRow, rows, now)
        ids = [a.id for a in items]
        for part in chunks(ids):
            self.session.execute(delete(InternshipPeriodRow)
                                 .where(InternshipPeriodRow.applicant_id.in_(part)))
        periods = [{"applicant_id": a.id, "position": i, "start_date": start, "end_date": end}
                   for a in items for i, (start, end) in enumerate(a.available)]
        if periods:
            self.session.execute(insert(InternshipPeriodRow), periods)
        return len(items)

    # --- reading ------------------------------------------------------------------------------

    def companies(self) -> list[Company]:
        """All companies by id, with their readiness profiles in the order saved."""
        readiness: dict[str, list[Readiness]] = defaultdict(list)
        for r in self._rows(select(InternshipReadinessRow).order_by(
                InternshipReadinessRow.company_id, InternshipReadinessRow.position)):
            readiness[r.company_id].append(
                Readiness(key=r.key, verified_by=r.verified_by, verified_on=r.verified_on))
        return [Company(
            id=c.id, name=c.name, postal_code=c.postal_code, place=c.place, region=c.region,
            lat=c.lat, lon=c.lon, sector=c.sector, trains_apprentices=c.trains_apprentices,
            offers_eq=c.offers_eq, contact_role=c.contact_role, contact=c.contact,
            readiness=tuple(readiness.get(c.id, ())), seal=c.seal,
            seal_valid_until=c.seal_valid_until)
            for c in self._rows(select(InternshipCompanyRow).order_by(InternshipCompanyRow.id))]

    def places(self, *, region: str | None = None,
               round_id: str | None = None) -> list[InternshipPlace]:
        """Places by id; only those of companies in `region`, or only those in a round."""
        stmt = select(InternshipPlaceRow).order_by(InternshipPlaceRow.id)
        if region is not None:
            stmt = stmt.join(InternshipCompanyRow,
                             InternshipCompanyRow.id == InternshipPlaceRow.company_id
                             ).where(InternshipCompanyRow.region == region)
        if round_id is not None:
            stmt = stmt.join(InternshipRoundPlaceRow,
                             InternshipRoundPlaceRow.place_id == InternshipPlaceRow.id
                             ).where(InternshipRoundPlaceRow.round_id == round_id)
        return [InternshipPlace(
            id=p.id, company_id=p.company_id, occupation=p.occupation, kldb=p.kldb, kind=p.kind,
            schedule=Schedule(start_date=p.start_date, end_date=p.end_date,
                              weekdays=weekdays_set(p.weekdays), start=p.start_time,
                              end=p.end_time, break_minutes=p.break_minutes),
            capacity=p.capacity, min_age=p.min_age, requires=tuple(p.requires or ()),
            hazards=tuple(p.hazards or ()), languages=tuple(p.languages or ()),
            german_level=p.german_level)
            for p in self._rows(stmt)]

    def applicants(self, *, round_id: str | None = None) -> list[Applicant]:
        """Applicants by code; only the members of a round when `round_id` is given."""
        stmt = select(InternshipApplicantRow).order_by(InternshipApplicantRow.id)
        periods_stmt = select(InternshipPeriodRow).order_by(
            InternshipPeriodRow.applicant_id, InternshipPeriodRow.position)
        if round_id is not None:
            members = select(InternshipRoundApplicantRow.applicant_id).where(
                InternshipRoundApplicantRow.round_id == round_id)
            stmt = stmt.where(InternshipApplicantRow.id.in_(members))
            periods_stmt = periods_stmt.where(InternshipPeriodRow.applicant_id.in_(members))
        periods: dict[str, list[tuple[Any, Any]]] = defaultdict(list)
        for p in self._rows(periods_stmt):
            periods[p.applicant_id].append((p.start_date, p.end_date))
        return [Applicant(
            id=a.id, birth_date=a.birth_date, land=a.land, full_time_school=a.full_time_school,
            kind=a.kind, available=tuple(periods.get(a.id, ())), lat=a.lat, lon=a.lon,
            region=a.region, travel_mode=a.travel_mode, max_travel_minutes=a.max_travel_minutes,
            holiday_days_used=a.holiday_days_used, wishes=tuple(a.wishes or ()),
            support_needs=tuple(a.support_needs or ()),
            priority_groups=tuple(a.priority_groups or ()), school_status=a.school_status)
            for a in self._rows(stmt)]

    def postal_codes(self) -> dict[str, str]:
        """Applicant code -> postal code, where one was saved."""
        return {i: pc for i, pc in self.session.execute(
            select(InternshipApplicantRow.id, InternshipApplicantRow.postal_code)
            .where(InternshipApplicantRow.postal_code.is_not(None))) if pc}

    # --- rounds, pins, exclusions, assignments ------------------------------------------------

    def rounds(self) -> list[str]:
        return list(self.session.scalars(select(InternshipRoundRow.id)
                                         .order_by(InternshipRoundRow.created_at,
                                                   InternshipRoundRow.id)))

    def create_round(self, round_id: str, applicant_ids: Iterable[str],
                     place_ids: Iterable[str], *, actor: str = "system",
                     now: datetime | None = None, region: str | None = None) -> None:
        """Create a round with these applicants and places. For an existing round the members
        are replaced; pins, exclusions and assignments of those who left are dropped."""
        now = now or utcnow()
        applicants = sorted(set(applicant_ids))
        places = sorted(set(place_ids))
        missing = sorted(set(applicants) - self._existing(InternshipApplicantRow, applicants))
        missing += sorted(set(places) - self._existing(InternshipPlaceRow, places))
        if missing:
            raise ValueError(f"unknown applicants or places: {', '.join(missing)}")
        row = self.session.get(InternshipRoundRow, round_id)
        existed = row is not None
        if row is None:
            row = InternshipRoundRow(id=round_id, created_at=now)
            self.session.add(row)
        row.region = region
        self.session.flush()
        members: tuple[Any, ...] = (InternshipRoundApplicantRow, InternshipRoundPlaceRow)
        for member in members:
            self.session.execute(delete(member).where(member.round_id == round_id))
        if applicants:
            self.session.execute(insert(InternshipRoundApplicantRow),
                                 [{"round_id": round_id, "applicant_id": a} for a in applicants])
        if places:
            self.session.execute(insert(InternshipRoundPlaceRow),
                                 [{"round_id": round_id, "place_id": p} for p in places])
        if existed:
            in_applicants = select(InternshipRoundApplicantRow.applicant_id).where(
                InternshipRoundApplicantRow.round_id == round_id)
            in_places = select(InternshipRoundPlaceRow.place_id).where(
                InternshipRoundPlaceRow.round_id == round_id)
            decisions: tuple[Any, ...] = (InternshipPinRow, InternshipExclusionRow,
                                          InternshipAssignmentRow)
            for table in decisions:
                self.session.execute(delete(table).where(
                    table.round_id == round_id,
                    ~table.applicant_id.in_(in_applicants) | ~table.place_id.in_(in_places)))
        self.log(actor, "round_update" if existed else "round_create", round_id=round_id,
                 detail={"applicants": len(applicants), "places": len(places)}, now=now)

    def _require_members(self, round_id: str, applicant_id: str, place_id: str) -> None:
        has_applicant = self.session.get(InternshipRoundApplicantRow, (round_id, applicant_id))
        has_place = self.session.get(InternshipRoundPlaceRow, (round_id, place_id))
        if has_applicant is None or has_place is None:
            raise ValueError(f"round {round_id!r} has no applicant {applicant_id!r} "
                             f"or no place {place_id!r}")

    def pin(self, round_id: str, applicant_id: str, place_id: str, *, actor: str = "system",
            now: datetime | None = None) -> None:
        """This applicant gets this place in this round (replaces an earlier pin)."""
        now = now or utcnow()
        self._require_members(round_id, applicant_id, place_id)
        if self.session.get(InternshipExclusionRow, (round_id, applicant_id, place_id)):
            raise ValueError(f"{applicant_id!r} is excluded from {place_id!r} in {round_id!r}")
        row = self.session.get(InternshipPinRow, (round_id, applicant_id))
        if row is None:
            self.session.add(InternshipPinRow(round_id=round_id, applicant_id=applicant_id,
                                              place_id=place_id, created_at=now))
        else:
            row.place_id, row.created_at = place_id, now
        self.session.flush()
        self.log(actor, "pin", round_id=round_id, applicant_id=applicant_id, place_id=place_id,
                 now=now)

    def unpin(self, round_id: str, applicant_id: str, *, actor: str = "system",
              now: datetime | None = None) -> bool:
        deleted = self.session.execute(delete(InternshipPinRow).where(
            InternshipPinRow.round_id == round_id, InternshipPinRow.applicant_id == applicant_id))
        found = bool(getattr(deleted, "rowcount", 0))
        if found:
            self.log(actor, "unpin", round_id=round_id, applicant_id=applicant_id, now=now)
        return found

    def exclude(self, round_id: str, applicant_id: str, place_id: str, *,
                actor: str = "system", now: datetime | None = None) -> None:
        """This applicant must not get this place in this round."""
        now = now or utcnow()
        self._require_members(round_id, applicant_id, place_id)
        pinned = self.session.get(InternshipPinRow, (round_id, applicant_id))
        if pinned is not None and pinned.place_id == place_id:
            raise ValueError(f"{applicant_id!r} is pinned to {place_id!r} in {round_id!r}")
        if self.session.get(InternshipExclusionRow, (round_id, applicant_id, place_id)) is None:
            self.session.add(InternshipExclusionRow(round_id=round_id, applicant_id=applicant_id,
                                                    place_id=place_id, created_at=now))
            self.session.flush()
        self.log(actor, "exclude", round_id=round_id, applicant_id=applicant_id,
                 place_id=place_id, now=now)

    def unexclude(self, round_id: str, applicant_id: str, place_id: str, *,
                  actor: str = "system", now: datetime | None = None) -> bool:
        deleted = self.session.execute(delete(InternshipExclusionRow).where(
            InternshipExclusionRow.round_id == round_id,
            InternshipExclusionRow.applicant_id == applicant_id,
            InternshipExclusionRow.place_id == place_id))
        found = bool(getattr(deleted, "rowcount", 0))
        if found:
            self.log(actor, "unexclude", round_id=round_id, applicant_id=applicant_id,
                     place_id=place_id, now=now)
        return found

    def pins(self, round_id: str) -> dict[str, str]:
        """applicant code -> pinned place id."""
        return {a: p for a, p in self.session.execute(
            select(InternshipPinRow.applicant_id, InternshipPinRow.place_id)
            .where(InternshipPinRow.round_id == round_id)
            .order_by(InternshipPinRow.applicant_id))}

    def exclusions(self, round_id: str) -> frozenset[tuple[str, str]]:
        """(applicant code, place id) pairs that must not be assigned."""
        return frozenset((a, p) for a, p in self.session.execute(
            select(InternshipExclusionRow.applicant_id, InternshipExclusionRow.place_id)
            .where(InternshipExclusionRow.round_id == round_id)))

    def save_assignments(self, round_id: str, assignments: Mapping[str, str],
                         report: dict[str, Any], *, actor: str = "system",
                         now: datetime | None = None) -> None:
        """Replace the round's assignments (applicant code -> place id) and its report."""
        now = now or utcnow()
        round_row = self.session.get(InternshipRoundRow, round_id)
        if round_row is None:
            raise ValueError(f"no round {round_id!r}")
        members = set(self.session.scalars(select(InternshipRoundApplicantRow.applicant_id)
                                           .where(InternshipRoundApplicantRow.round_id == round_id)))
        places = set(self.session.scalars(select(InternshipRoundPlaceRow.place_id)
                                          .where(InternshipRoundPlaceRow.round_id == round_id)))
        outside = sorted({a for a in assignments if a not in members}
                         | {p for p in assignments.values() if p not in places})
        if outside:
            raise ValueError(f"not in round {round_id!r}: {', '.join(outside)}")
        kept = {(r.applicant_id, r.place_id): {c: getattr(r, c) for c in KEPT_COLUMNS}
                for r in self.session.scalars(select(InternshipAssignmentRow).where(
                    InternshipAssignmentRow.round_id == round_id))}
        self.session.execute(delete(InternshipAssignmentRow)
                             .where(InternshipAssignmentRow.round_id == round_id))
        fresh = {"status": "proposed", "status_at": None, "created_at": now, "reminders": 0}
        if assignments:  # an unchanged placement keeps its place on the status board and loop
            self.session.execute(insert(InternshipAssignmentRow), [
                {"round_id": round_id, "applicant_id": a, "place_id": p,
                 **kept.get((a, p), fresh)} for a, p in sorted(assignments.items())])
        round_row.report = dict(report)
        round_row.allocated_at = now
        self.session.flush()
        self.log(actor, "allocate", round_id=round_id,
                 detail={"placed": len(assignments), "applicants": len(members)}, now=now)

    def assignments(self, round_id: str) -> dict[str, str]:
        """applicant code -> assigned place id of the round's last allocation."""
        return {a: p for a, p in self.session.execute(
            select(InternshipAssignmentRow.applicant_id, InternshipAssignmentRow.place_id)
            .where(InternshipAssignmentRow.round_id == round_id)
            .order_by(InternshipAssignmentRow.applicant_id))}

    def statuses(self, round_id: str) -> dict[str, str]:
        """applicant code -> the status of their placement in the round."""
        return {a: s for a, s in self.session.execute(
            select(InternshipAssignmentRow.applicant_id, InternshipAssignmentRow.status)
            .where(InternshipAssignmentRow.round_id == round_id))}

    def agreed(self, round_id: str) -> dict[str, str]:
        """applicant code -> place of the placements someone already agreed to, or that both
        sides were asked about (kept when the round is run again: a link that went out stays
        true until it is answered or its deadline passes)."""
        return {a: p for a, p in self.session.execute(
            select(InternshipAssignmentRow.applicant_id, InternshipAssignmentRow.place_id)
            .where(InternshipAssignmentRow.round_id == round_id,
                   (InternshipAssignmentRow.status != PLACEMENT_STATUSES[0])
                   | InternshipAssignmentRow.asked_at.is_not(None)))}

    def advance(self, round_id: str, applicant_id: str, *, actor: str = "system",
                now: datetime | None = None) -> str:
        """Move a placement one step on the status board; ValueError when there is none or
        it is at the end. Returns the new status."""
        row = self.session.get(InternshipAssignmentRow, (round_id, applicant_id))
        if row is None:
            raise ValueError(f"no placement of {applicant_id!r} in round {round_id!r}")
        step = PLACEMENT_STATUSES.index(row.status) + 1
        if step >= len(PLACEMENT_STATUSES):
            raise ValueError(f"the placement of {applicant_id!r} is complete")
        row.status, row.status_at = PLACEMENT_STATUSES[step], now or utcnow()
        self.session.flush()
        if row.status == "took_place":  # the anonymous counters (bot/stats): one placed
            place = self.session.get(InternshipPlaceRow, row.place_id)
            company = (self.session.get(InternshipCompanyRow, place.company_id)
                       if place is not None else None)
            demand.add(self.session, [Event("internship", "placed")],
                       region=company.region if company is not None else None, at=row.status_at)
        self.log(actor, "placement_status", round_id=round_id, applicant_id=applicant_id,
                 place_id=row.place_id, detail={"status": row.status}, now=now)
        return row.status

    def report(self, round_id: str) -> dict[str, Any] | None:
        """The report saved with the round's last allocation."""
        row = self.session.get(InternshipRoundRow, round_id)
        return None if row is None or row.report is None else dict(row.report)

    # --- contacts for the personal links (only with consent) ---------------------------------

    def set_contact(self, applicant_id: str, role: str, channel: str, address: str, *,
                    source: str, actor: str = "system", now: datetime | None = None) -> None:
        """Store (or replace) how to reach the young person or a parent; ValueError for an
        unknown applicant."""
        if self.session.get(InternshipApplicantRow, applicant_id) is None:
            raise ValueError(f"no applicant {applicant_id!r}")
        row = self.session.get(InternshipContactRow, (applicant_id, role))
        if row is None:
            row = InternshipContactRow(applicant_id=applicant_id, role=role)
            self.session.add(row)
        row.channel, row.address, row.source = channel, address, source
        row.consent_at = now or utcnow()
        self.session.flush()
        self.log(actor, "contact_set", applicant_id=applicant_id,
                 detail={"role": role, "channel": channel, "source": source}, now=now)

    def remove_contact(self, applicant_id: str, role: str, *, actor: str = "system",
                       now: datetime | None = None) -> None:
        self.session.execute(delete(InternshipContactRow).where(
            InternshipContactRow.applicant_id == applicant_id, InternshipContactRow.role == role))
        self.log(actor, "contact_removed", applicant_id=applicant_id, detail={"role": role},
                 now=now)

    def contacts(self, applicant_ids: Iterable[str] | None = None
                 ) -> dict[str, dict[str, tuple[str, str]]]:
        """applicant code → role → (channel, address)."""
        stmt = select(InternshipContactRow)
        found: dict[str, dict[str, tuple[str, str]]] = {}
        ids = None if applicant_ids is None else list(applicant_ids)
        parts = [None] if ids is None else list(chunks(ids))
        for part in parts:
            query = stmt if part is None else stmt.where(
                InternshipContactRow.applicant_id.in_(part))
            for row in self.session.scalars(query):
                found.setdefault(row.applicant_id, {})[row.role] = (row.channel, row.address)
        return found

    # --- deleting (privacy) ----------------------------------------------------------------

    def delete_applicant(self, applicant_id: str, *, actor: str = "system",
                         now: datetime | None = None) -> bool:
        """Delete an applicant with periods, memberships, pins, exclusions and assignments."""
        found = self._delete_applicants([applicant_id]) > 0
        if found:
            self.log(actor, "delete_applicant", applicant_id=applicant_id, now=now)
        return found

    def delete_older_than(self, cutoff: datetime, *, actor: str = "system",
                          now: datetime | None = None) -> int:
        """Retention: delete applicants created before `cutoff`; returns how many."""
        ids = list(self.session.scalars(select(InternshipApplicantRow.id)
                                        .where(InternshipApplicantRow.created_at < cutoff)))
        deleted = self._delete_applicants(ids)
        if deleted:
            self.log(actor, "retention", detail={"applicants": deleted,
                                                 "cutoff": cutoff.isoformat()}, now=now)
        return deleted

    def delete_followups_ended_before(self, last_day: date, *, actor: str = "system",
                                      now: datetime | None = None) -> int:
        """Retention of the optional follow-up: delete the follow-ups (asked or answered) of
        internships whose last day lies before `last_day`; returns how many."""
        ended = (select(InternshipFollowupRow.round_id, InternshipFollowupRow.applicant_id)
                 .join(InternshipAssignmentRow,
                       (InternshipAssignmentRow.round_id == InternshipFollowupRow.round_id)
                       & (InternshipAssignmentRow.applicant_id
                          == InternshipFollowupRow.applicant_id))
                 .join(InternshipPlaceRow,
                       InternshipPlaceRow.id == InternshipAssignmentRow.place_id)
                 .where(InternshipPlaceRow.end_date < last_day).distinct())
        pairs = [tuple(p) for p in self.session.execute(ended)]
        deleted = 0
        for round_id, applicant_id in pairs:
            result = self.session.execute(delete(InternshipFollowupRow).where(
                InternshipFollowupRow.round_id == round_id,
                InternshipFollowupRow.applicant_id == applicant_id))
            deleted += int(getattr(result, "rowcount", 0) or 0)
        if deleted:
            self.log(actor, "retention_followups", detail={"followups": deleted,
                                                           "ended_before": last_day.isoformat()},
                     now=now)
        return deleted

    def _delete_applicants(self, ids: Sequence[str]) -> int:
        # explicit, not only ON DELETE CASCADE: also right where foreign keys are switched off
        dependent = (InternshipPeriodRow, InternshipRoundApplicantRow, InternshipPinRow,
                     InternshipExclusionRow, InternshipLinkRow, InternshipContactRow,
                     InternshipFeedbackRow, InternshipFollowupRow, NotificationRow,
                     InternshipAssignmentRow)
        deleted = 0
        for part in chunks(ids):
            for table in dependent:
                self.session.execute(delete(table).where(table.applicant_id.in_(part)))
            result = self.session.execute(delete(InternshipApplicantRow)
                                          .where(InternshipApplicantRow.id.in_(part)))
            deleted += int(getattr(result, "rowcount", 0) or 0)
        return deleted

    # --- audit ------------------------------------------------------------------------------

    def log(self, actor: str, action: str, *, round_id: str | None = None,
            applicant_id: str | None = None, place_id: str | None = None,
            detail: Mapping[str, Any] | None = None, now: datetime | None = None) -> None:
        """Record a coordinator action (ids only, no personal data)."""
        self.session.add(InternshipAuditRow(
            at=now or utcnow(), actor=actor, action=action, round_id=round_id,
            applicant_id=applicant_id, place_id=place_id, detail=dict(detail or {})))

    def audit(self, *, round_id: str | None = None) -> list[AuditEntry]:
        """The audit trail, oldest first; only one round's when `round_id` is given."""
        self.session.flush()
        stmt = select(InternshipAuditRow).order_by(InternshipAuditRow.at, InternshipAuditRow.id)
        if round_id is not None:
            stmt = stmt.where(InternshipAuditRow.round_id == round_id)
        return [AuditEntry(at=r.at, actor=r.actor, action=r.action, round_id=r.round_id,
                           applicant_id=r.applicant_id, place_id=r.place_id,
                           detail=dict(r.detail or {}))
                for r in self.session.scalars(stmt)]
