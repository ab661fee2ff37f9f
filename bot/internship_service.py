"""The internship commands' service layer: import (demo data, files) and assignment rounds.

Each function works in the caller's session and transaction, so a failure leaves nothing
half-done; the pure engine (`matching.internships`) does the thinking.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from bot.internships import (
    KINDS,
    AssignmentRow,
    load_occupations,
    parse,
    read_tables,
    write_csv,
    write_xlsx,
)
from bot.internships.columns import APPLICANTS, ASSIGNMENTS, COMPANIES, PLACES
from bot.storage.internships import InternshipRepository
from matching.internships import texts
from matching.internships.assign import Allocation, RoundReport, allocate
from matching.internships.demo import demo_data
from matching.internships.law import LegalScreen
from matching.internships.model import PRIORITY_GROUPS, InternshipPlace
from matching.places import PlaceIndex


@dataclass(frozen=True, slots=True)
class ImportCounts:
    companies: int
    places: int
    applicants: int

    def text(self) -> str:
        return (f"{self.companies} companies, {self.places} places, "
                f"{self.applicants} applicants")


def import_demo(session: Session, *, seed: int = 2026) -> ImportCounts:
    """Load the fictional demo data (insert or update by id: running it twice changes nothing)."""
    data = demo_data(seed=seed)
    repo = InternshipRepository(session)
    return ImportCounts(companies=repo.save_companies(data.companies),
                        places=repo.save_places(data.places),
                        applicants=repo.save_applicants(data.applicants))


@dataclass(frozen=True, slots=True)
class FileImport:
    """What an import of a file did: its validation report, and whether it was saved."""

    ok: bool
    saved: bool
    report: str
    counts: ImportCounts


def import_file(session: Session, path: Path, *, places: PlaceIndex, data_dir: Path,
                dry_run: bool, regions: frozenset[str] | None = None) -> FileImport:
    """Import companies, places and applicants from an XLSX or CSV file: everything or nothing.

    A file with any error saves nothing and returns the report with row and column of each;
    places may name companies already stored. Raises `TableError` for a file it cannot read."""
    repo = InternshipRepository(session)
    result = parse(read_tables(path), places=places, occupations=load_occupations(data_dir),
                   known_companies={c.id for c in repo.companies()})
    counts = ImportCounts(len(result.companies), len(result.places), len(result.applicants))
    outside = sorted({c.id for c in result.companies if regions is not None
                      and c.region not in regions}
                     | {a.id for a in result.applicants if regions is not None
                        and a.region not in regions})
    if outside:  # a coordinator imports only into the Kreise of their organisation
        report = result.report() + "\n" + texts.IMPORT_OUTSIDE.format(
            ids=", ".join(outside[:20]) + (" …" if len(outside) > 20 else ""))
        return FileImport(ok=False, saved=False, report=report, counts=counts)
    if not result.ok or dry_run:
        return FileImport(ok=result.ok, saved=False, report=result.report(), counts=counts)
    repo.save_companies(result.companies)
    repo.save_places(result.places)
    repo.save_applicants(result.applicants)
    repo.log("import", "import_file", detail={"file": path.name, "companies": counts.companies,
                                               "places": counts.places,
                                               "applicants": counts.applicants})
    return FileImport(ok=True, saved=True, report=result.report(), counts=counts)


@dataclass(frozen=True)
class RoundResult:
    round_id: str
    allocation: Allocation
    report: RoundReport

    def to_dict(self) -> dict[str, Any]:
        return {"round": self.round_id, "report": report_dict(self.report),
                "assignments": dict(self.allocation.assignments),
                "reasons": dict(self.allocation.reasons),
                "rejected_pins": [list(r) for r in self.allocation.rejected_pins]}


def report_dict(report: RoundReport) -> dict[str, Any]:
    """The report as plain JSON values (for the database and `--json`)."""
    values = {f.name: getattr(report, f.name) for f in fields(report)}
    values["rank_profile"] = dict(report.rank_profile)
    values["parity"] = dict(report.parity)
    return values


def allocate_round(session: Session, round_id: str, *, region: str | None = None,
                   seed: int = 0, place_prefs: Mapping[str, Sequence[str]] | None = None
                   ) -> RoundResult:
    """Create (or refresh) the round from the stored applicants and places – all, or those of
    a region – apply its pins and exclusions, assign, and save assignments and report.
    With the companies' rankings (`place_prefs`, place id → applicant codes, best first) the
    round is a deferred acceptance; ValueError names places or codes the round does not have."""
    repo = InternshipRepository(session)
    places = repo.places(region=region)
    applicants = [a for a in repo.applicants() if region is None or a.region == region]
    if place_prefs is not None:
        _check_rankings(place_prefs, {p.id for p in places}, {a.id for a in applicants})
    repo.create_round(round_id, [a.id for a in applicants], [p.id for p in places],
                      region=region)
    company_ids = {p.company_id for p in places}
    companies = [c for c in repo.companies() if c.id in company_ids]
    # placements someone already agreed to stay (unless excluded since); a coordinator's own
    # pin wins over them
    exclusions = repo.exclusions(round_id)
    agreed = {a: p for a, p in repo.agreed(round_id).items() if (a, p) not in exclusions}
    pins = {**agreed, **repo.pins(round_id)}
    allocation = allocate(applicants, places, companies, eligible=LegalScreen(),
                          pins=pins.items(), exclusions=exclusions, seed=seed,
                          place_prefs=place_prefs)
    everyone = sorted(a.id for a in applicants)  # an unranked place takes them in id order
    report = allocation.report(applicants, place_prefs=None if place_prefs is None else {
        p.id: list(place_prefs.get(p.id, everyone)) for p in places})
    explained = {a: {"wish_rank": allocation.wish_ranks.get(a), "reason": reason}
                 for a, reason in allocation.reasons.items()}
    repo.save_assignments(round_id, allocation.assignments,
                          {**report_dict(report), EXPLAINED: explained})
    return RoundResult(round_id, allocation, report)


def _check_rankings(place_prefs: Mapping[str, Sequence[str]], places: set[str],
                    applicants: set[str]) -> None:
    unknown_places = sorted(set(place_prefs) - places)
    unknown_codes = sorted({a for ids in place_prefs.values() for a in ids} - applicants)
    if unknown_places or unknown_codes:
        raise ValueError(texts.RANKS_UNKNOWN.format(
            places=", ".join(unknown_places) or "–", codes=", ".join(unknown_codes) or "–"))


EXPLAINED = "explained"  # in a saved report: applicant code → wish rank and reason


@dataclass(frozen=True, slots=True)
class ExportCounts:
    counts: Mapping[str, int]  # kind → rows written

    def text(self) -> str:
        return ", ".join(f"{n} {kind}" for kind, n in self.counts.items())


def export_tables(session: Session, path: Path, *, kinds: Sequence[str],
                  round_id: str | None = None, region: str | None = None,
                  places: PlaceIndex | None = None) -> ExportCounts:
    """Write the stored companies, places, applicants and a round's assignments – those of
    `kinds` – to one XLSX (a sheet per kind) or one CSV (exactly one kind). Applicants and
    assignments by code only; `round_id` limits applicants to the round and is needed for
    assignments. Raises ValueError for a request it cannot serve."""
    if path.suffix.lower() not in (".xlsx", ".csv"):
        raise ValueError(texts.EXPORT_SUFFIX)
    if path.suffix.lower() == ".csv" and len(kinds) != 1:
        raise ValueError(texts.EXPORT_CSV_ONE_KIND)
    repo = InternshipRepository(session)
    if round_id is not None and round_id not in repo.rounds():
        raise ValueError(texts.EXPORT_NO_ROUND.format(round=round_id))
    if ASSIGNMENTS in kinds and round_id is None:
        raise ValueError(texts.EXPORT_ASSIGNMENTS_NEED_ROUND)
    stored_places = repo.places(region=region)
    rows: dict[str, tuple[Any, ...]] = {}
    if COMPANIES in kinds:
        used = {p.company_id for p in stored_places}
        rows[COMPANIES] = tuple(c for c in repo.companies() if region is None or c.id in used)
    if PLACES in kinds:
        rows[PLACES] = tuple(stored_places)
    if APPLICANTS in kinds:
        rows[APPLICANTS] = tuple(a for a in repo.applicants(round_id=round_id)
                                 if region is None or a.region == region)
    if ASSIGNMENTS in kinds and round_id is not None:
        rows[ASSIGNMENTS] = _assignment_rows(repo, round_id, region, stored_places)
    if path.suffix.lower() == ".csv":
        (kind, items), = rows.items()
        write_csv(path, items, kind, place_index=places)
    else:
        write_xlsx(path, **{kind: rows.get(kind, ()) for kind in KINDS}, place_index=places,
                   kinds=tuple(kinds))
    repo.log("export", "export", round_id=round_id,
             detail={"file": path.name, **{k: len(v) for k, v in rows.items()}})
    return ExportCounts({kind: len(rows[kind]) for kind in KINDS if kind in rows})


def _assignment_rows(repo: InternshipRepository, round_id: str, region: str | None,
                     places: Sequence[InternshipPlace]) -> tuple[AssignmentRow, ...]:
    """Every member of the round with the place they got (or none), wish rank and reason."""
    assigned = repo.assignments(round_id)
    explained = (repo.report(round_id) or {}).get(EXPLAINED, {})
    company_of = {p.id: p.company_id for p in places}
    members = [a for a in repo.applicants(round_id=round_id) if region is None or a.region == region]
    rows = []
    for person in sorted(members, key=lambda a: a.id):
        place_id = assigned.get(person.id, "")
        about = explained.get(person.id, {})
        rows.append(AssignmentRow(
            applicant_id=person.id, place_id=place_id, company_id=company_of.get(place_id, ""),
            wish_rank=about.get("wish_rank") if place_id else None,
            reason=about.get("reason") or (texts.EXPORT_NOT_ALLOCATED if not assigned else "")))
    return tuple(rows)


def _percent(share: float) -> str:
    return f"{share * 100:.1f}".replace(".", ",")


def report_text(result: RoundResult) -> str:
    """The round report in readable German (for coordinators)."""
    allocation = result.allocation
    lines = report_lines(result.round_id, report_dict(result.report))
    if result.report.applicants == 0:
        return "\n".join(lines)
    lines.append(texts.REPORT_PINS.format(pinned=len(allocation.pinned),
                                          rejected=len(allocation.rejected_pins)))
    lines += [texts.REPORT_REJECTED_PIN.format(applicant=a, place=p, why=why)
              for a, p, why in allocation.rejected_pins]
    return "\n".join(lines)


def report_lines(round_id: str, report: Mapping[str, Any]) -> list[str]:
    """A round's report (as `report_dict` gives it, or as saved) in German lines."""
    if not report.get("applicants"):
        return [texts.REPORT_ROUND_EMPTY.format(round=round_id)]
    profile: Mapping[str, int] = report["rank_profile"]
    values = {**report, "placed_percent": _percent(report["placed_share"]),
              "top3_percent": _percent(report["top3_share"]), "rank_1": profile["1"],
              "rank_2": profile["2"], "rank_3": profile["3"], "rank_other": profile["other"]}
    lines = [texts.REPORT_TITLE.format(round=round_id)]
    lines += [line.format(**values) for line in texts.REPORT_LINES]
    for group in PRIORITY_GROUPS:
        value = report["parity"].get(group)
        shown = texts.REPORT_PARITY_NONE if value is None else f"{value:.2f}".replace(".", ",")
        lines.append(texts.REPORT_PARITY.format(group=texts.PRIORITY_GROUP_NAMES[group],
                                                value=shown))
    if report.get("blocking_pairs") is not None:
        lines.append(texts.REPORT_BLOCKING.format(count=report["blocking_pairs"]))
    return lines
