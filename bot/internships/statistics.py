"""The steering groups' statistics: requests, placements, time to agreement, no-shows,
companies, rank profile, parity of the priority groups, feedback and follow-ups – per Kreis
and period.

Pure: `figures` counts over a `World` of plain frozen facts (read from the database by
`bot.internships.statistics_io.load_world`), `tables` turns the counts into the tables the
page, the XLSX and the PDF show. Every number leaves through `guard`, the one place of the
rule: a count below five, and a share, ratio or median computed from fewer than five
people, is suppressed ("< 5").
"""

from __future__ import annotations

import statistics as stats
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from bot.internships import statistics_texts as words
from bot.internships.labels import GROUP_WORDS, label
from matching.internships.model import PRIORITY_GROUPS

MIN_PEOPLE = 5  # fewer people than this: the number is not shown
RANKS = ("1", "2", "3", "other")
OVERALL = ("good", "ok", "bad")  # the answers to the feedback question "overall"
SIDES = ("young", "company")


# --- the facts, read at the edge ----------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Period:
    """From `start` to `end`, both days included."""

    start: date
    end: date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end


def school_year(today: date) -> Period:
    """The current school year so far: from 1 August until today."""
    return Period(date(today.year if today.month >= 8 else today.year - 1, 8, 1), today)


@dataclass(frozen=True, slots=True)
class RequestFact:
    """An applicant (a request for an internship), by code."""

    id: str
    region: str
    created_on: date
    priority_groups: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PlacementFact:
    """An assignment of a round: made on, wish rank, both sides agreed on, came or not."""

    round_id: str
    applicant_id: str
    region: str
    made_on: date
    wish_rank: int | None = None
    agreed_on: date | None = None
    attended: bool | None = None


@dataclass(frozen=True, slots=True)
class RoundFact:
    id: str
    region: str
    on: date  # its last allocation (or its creation)
    # region "": a round of all Kreise (only the companies of the scope count)
    company_ids: frozenset[str] = frozenset()  # companies with a place in the round


@dataclass(frozen=True, slots=True)
class CompanyFact:
    id: str
    region: str
    created_on: date
    seal_valid_until: date | None = None


@dataclass(frozen=True, slots=True)
class FeedbackFact:
    region: str
    role: str  # young | company | parent
    given_on: date
    overall: str | None = None  # good | ok | bad


@dataclass(frozen=True, slots=True)
class FollowupFact:
    applicant_id: str
    region: str
    answered_on: date
    apprenticeship: str | None = None  # yes | applied | no
    next_step: str | None = None  # eq | internship | no


@dataclass(frozen=True, slots=True)
class World:
    requests: tuple[RequestFact, ...] = ()
    chat_requests: tuple[date, ...] = ()  # handoffs to the coordinator's organisation
    placements: tuple[PlacementFact, ...] = ()
    rounds: tuple[RoundFact, ...] = ()
    companies: tuple[CompanyFact, ...] = ()
    feedback: tuple[FeedbackFact, ...] = ()
    followups: tuple[FollowupFact, ...] = ()


# --- the counts (never shown as they are) ---------------------------------------------------

@dataclass(frozen=True, slots=True)
class Figures:
    """The raw counts of one scope and period; shown only through `tables`."""

    requests: int
    chat_requests: int
    placements: int
    placed_requests: int  # requests of the period placed so far
    days_to_agreement: tuple[int, ...]
    attended: int
    no_shows: int
    companies_active: int
    companies_new: int
    companies_sealed: int
    months: tuple[tuple[tuple[int, int], int], ...]  # ((year, month), placements)
    ranks: tuple[tuple[str, int], ...]  # "1" | "2" | "3" | "other" → placements
    groups: tuple[tuple[str, int, int], ...]  # group, requests, placed (incl. "none", "all")
    feedback: tuple[tuple[str, str, int], ...]  # side, answer (or "all"), count
    followups: tuple[tuple[str, int], ...]  # outcome → people (and "answered")


def months_of(period: Period) -> list[tuple[int, int]]:
    """Every (year, month) the period touches, in order."""
    found, year, month = [], period.start.year, period.start.month
    while (year, month) <= (period.end.year, period.end.month):
        found.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


def figures(world: World, *, regions: Iterable[str], period: Period, today: date) -> Figures:
    """Count everything of `regions` in `period` (seals: valid today)."""
    scope = frozenset(regions)
    requests = [r for r in world.requests if r.region in scope and r.created_on in period]
    by_code = {r.id: r for r in world.requests}
    placed_codes = {p.applicant_id for p in world.placements if p.region in scope}
    placements = [p for p in world.placements if p.region in scope and p.made_on in period]
    days = tuple(sorted((p.agreed_on - by_code[p.applicant_id].created_on).days
                        for p in placements
                        if p.agreed_on is not None and p.applicant_id in by_code))
    known = [p.attended for p in placements if p.attended is not None]
    rounds = [r for r in world.rounds if (r.region in scope or not r.region) and r.on in period]
    active = set().union(*(r.company_ids for r in rounds)) if rounds else set()
    companies = [c for c in world.companies if c.region in scope]
    per_month = Counter((p.made_on.year, p.made_on.month) for p in placements)
    per_rank = Counter(_rank(p.wish_rank) for p in placements if p.wish_rank is not None)
    groups = [(g, [r for r in requests if g in r.priority_groups]) for g in PRIORITY_GROUPS]
    groups.append(("none", [r for r in requests if not set(r.priority_groups) & set(PRIORITY_GROUPS)]))
    groups.append(("all", requests))
    given = [f for f in world.feedback if f.region in scope and f.given_on in period]
    answers = Counter((f.role, f.overall) for f in given)
    answered = [f for f in world.followups if f.region in scope and f.answered_on in period]
    return Figures(
        requests=len(requests), chat_requests=sum(day in period for day in world.chat_requests),
        placements=len(placements),
        placed_requests=sum(r.id in placed_codes for r in requests),
        days_to_agreement=days, attended=sum(known), no_shows=len(known) - sum(known),
        companies_active=len(active & {c.id for c in companies}),
        companies_new=sum(c.created_on in period for c in companies),
        companies_sealed=sum(c.seal_valid_until is not None and c.seal_valid_until >= today
                             for c in companies),
        months=tuple((m, per_month.get(m, 0)) for m in months_of(period)),
        ranks=tuple((r, per_rank.get(r, 0)) for r in RANKS),
        groups=tuple((g, len(members), sum(m.id in placed_codes for m in members))
                     for g, members in groups),
        feedback=tuple((side, answer, answers.get((side, answer), 0))
                       for side in SIDES for answer in OVERALL)
        + tuple((side, "all", sum(f.role == side for f in given)) for side in SIDES),
        followups=_followups(answered),
    )


def _rank(wish_rank: int) -> str:
    return str(wish_rank) if 1 <= wish_rank <= 3 else "other"


def _followups(answered: Sequence[FollowupFact]) -> tuple[tuple[str, int], ...]:
    """People (not answers: a person may answer after three and after six months)."""
    people = {f.applicant_id for f in answered}
    offered = {f.applicant_id for f in answered if f.apprenticeship == "yes"}
    eq = {f.applicant_id for f in answered if f.next_step == "eq"}
    longer = {f.applicant_id for f in answered if f.next_step == "internship"}
    return (("apprenticeship", len(offered)), ("eq", len(eq)), ("internship", len(longer)),
            ("answered", len(people)))


# --- what may be shown ------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Cell:
    """A number as it may be shown: `value` None means suppressed."""

    value: float | None
    kind: str = "count"  # count | share | days | ratio; "empty": nothing to compute here

    @property
    def suppressed(self) -> bool:
        return self.value is None and self.kind != "empty"

    @property
    def text(self) -> str:
        """German: "12", "41,7 %", "12,5", "0,85"; "< 5" when suppressed."""
        if self.kind == "empty":
            return words.NOTHING
        if self.value is None:
            return words.SUPPRESSED
        if self.kind == "share":
            return f"{self.value * 100:.1f} %".replace(".", ",")
        if self.kind == "ratio":
            return f"{self.value:.2f}".replace(".", ",")
        return f"{self.value:g}".replace(".", ",")


def guard(value: float | None, *, people: int, kind: str = "count") -> Cell:
    """The suppression rule, the only place it lives: a value computed from fewer than
    MIN_PEOPLE people (a count below five is its own number of people) is not shown."""
    if value is None or people < MIN_PEOPLE:
        return Cell(None, kind)
    return Cell(value, kind)


EMPTY = Cell(None, "empty")  # a cell with no figure (the ratio of the group "alle" itself)


def count(n: int) -> Cell:
    return guard(n, people=n)


def share(part: int, whole: int) -> Cell:
    """part ÷ whole; both must be at least five (else the share would give the count away)."""
    return guard(part / whole if whole else None, people=min(part, whole), kind="share")


def median_days(days: Sequence[int]) -> Cell:
    return guard(stats.median(days) if days else None, people=len(days), kind="days")


def ratio(part: int, whole: int, other_part: int, other_whole: int) -> Cell:
    """One group's share ÷ another's; each of the four numbers must be at least five."""
    shown = (part / whole) / (other_part / other_whole) if whole and other_part else None
    return guard(None if shown is None else round(shown, 4),
                 people=min(part, whole, other_part, other_whole), kind="ratio")


def secondary(parts: Sequence[Cell]) -> tuple[Cell, ...]:
    """Parts of a shown total: when exactly one is suppressed, the total would give it away,
    so the smallest shown part is suppressed as well."""
    if sum(c.suppressed for c in parts) != 1:
        return tuple(parts)
    shown = [i for i, c in enumerate(parts) if c.value is not None]
    if not shown:
        return tuple(parts)
    smallest = min(shown, key=lambda i: (parts[i].value or 0, i))
    return tuple(Cell(None, c.kind) if i == smallest else c for i, c in enumerate(parts))


@dataclass(frozen=True, slots=True)
class Table:
    """A table to show: caption, headers, rows of (label, cells)."""

    key: str
    caption: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, tuple[Cell, ...]], ...]


def month_label(year: int, month: int) -> str:
    return f"{words.MONTHS[month - 1]} {year}"


def tables(f: Figures) -> tuple[Table, ...]:
    """The figures as suppressed tables, in the order the page shows them."""
    groups = {g: (n, placed) for g, n, placed in f.groups}
    none_n, none_placed = groups["none"]
    came, missed = secondary([count(f.attended), count(f.no_shows)])
    no_show_rate = (Cell(None, "share") if missed.suppressed
                    else share(f.no_shows, f.no_shows + f.attended))
    overview = {
        "requests": count(f.requests), "chat_requests": count(f.chat_requests),
        "placements": count(f.placements), "placed_share": share(f.placed_requests, f.requests),
        "days_to_agreement": median_days(f.days_to_agreement), "no_shows": missed,
        "no_show_rate": no_show_rate,
        "companies_active": count(f.companies_active), "companies_new": count(f.companies_new),
        "companies_sealed": count(f.companies_sealed)}
    ranked = sum(n for _, n in f.ranks)
    rank_counts = secondary([count(n) for _, n in f.ranks])
    feedback = {side: secondary([count(n) for s, a, n in f.feedback if s == side and a != "all"])
                for side in SIDES}
    answers = {side: next(n for s, a, n in f.feedback if s == side and a == "all") for side in SIDES}
    outcomes = dict(f.followups)
    rows: dict[str, list[tuple[str, tuple[Cell, ...]]]] = {
        "overview": [(words.OVERVIEW_ROWS[k], (c,)) for k, c in overview.items()],
        "months": [(month_label(*m), (c,)) for (m, _), c in
                   zip(f.months, secondary([count(n) for _, n in f.months]), strict=True)],
        "ranks": [(words.RANK_ROWS[r], (c, share(n, ranked) if not c.suppressed else Cell(None, "share")))
                  for (r, n), c in zip(f.ranks, rank_counts, strict=True)],
        "groups": [(_group_name(g), (count(n), count(placed), share(placed, n),
                                     ratio(placed, n, none_placed, none_n)
                                     if g not in ("none", "all") else EMPTY))
                   for g, (n, placed) in groups.items()],
        "attendance": [(words.ATTENDANCE_ROWS["came"], (came, EMPTY)),
                       (words.ATTENDANCE_ROWS["no_show"],
                        (missed, no_show_rate))],
        "feedback": [*((words.FEEDBACK_ROWS[a], tuple(feedback[s][i] for s in SIDES))
                       for i, a in enumerate(OVERALL)),
                     (words.FEEDBACK_ROWS["all"], tuple(count(answers[s]) for s in SIDES))],
        "followups": [(words.FOLLOWUP_ROWS[k],
                       (count(outcomes[k]), share(outcomes[k], outcomes["answered"])
                        if k != "answered" else EMPTY))
                      for k in ("apprenticeship", "eq", "internship", "answered")],
    }
    return tuple(Table(key, *words.TABLES[key], tuple(found)) for key, found in rows.items())


def _group_name(group: str) -> str:
    if group == "all":
        return words.GROUP_ALL
    return words.GROUP_NONE if group == "none" else label(GROUP_WORDS, group)
