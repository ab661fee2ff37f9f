"""Table rows → the engine's frozen values, with a validation report.

Every problem names its sheet, row and column and says in plain German what is wrong.
A row with any error gives no value at all (nothing half-parsed); `ParseResult.ok` is
true only without errors, and the caller imports all or nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import date, time
from typing import TypeVar

from bot.internships.columns import (
    APPLICANTS,
    ASSIGNMENTS,
    COMPANIES,
    KINDS,
    PLACES,
    TEMPLATES,
)
from bot.internships.labels import (
    GROUP_WORDS,
    HAZARD_WORDS,
    KIND_WORDS,
    LAND_WORDS,
    LANGUAGE_WORDS,
    MODE_WORDS,
    NEED_WORDS,
    READINESS_WORDS,
    REQUIREMENT_WORDS,
    SCHOOL_STATUS_WORDS,
    WEEKDAY_WORDS,
    lookup,
)
from bot.internships.occupations import OccupationCatalogue
from bot.internships.records import AssignmentRow
from bot.internships.tables_io import Row, Sheet
from bot.internships.values import (
    Cell,
    CellError,
    read_bool,
    read_code,
    read_date,
    read_float,
    read_int,
    read_list,
    read_time,
    text,
)
from matching.internships.model import WEEKDAYS, Applicant, Company, InternshipPlace, Readiness, Schedule
from matching.model import Place
from matching.places import PlaceIndex
from matching.text import fold

T = TypeVar("T")
_KINDS, _MODES, _LANDS = lookup(KIND_WORDS), lookup(MODE_WORDS), lookup(LAND_WORDS)
_NEEDS, _HAZARDS, _GROUPS = lookup(NEED_WORDS), lookup(HAZARD_WORDS), lookup(GROUP_WORDS)
_READINESS, _REQUIRES = lookup(READINESS_WORDS), lookup(REQUIREMENT_WORDS)
_WEEKDAYS, _LANGUAGES = lookup(WEEKDAY_WORDS), lookup(LANGUAGE_WORDS)
_STATUSES = lookup(SCHOOL_STATUS_WORDS)
_RANGE = re.compile(r"\s*(?:–|—|\bbis\b)\s*|\s+-\s+")
_DAY_RANGE = re.compile(r"\s*(?:-|–|\bbis\b)\s*")
_READINESS_ITEM = re.compile(
    r"^(?P<key>[^()]+?)\s*(?:\(\s*(?:geprüft|geprueft|verified)\s+(?:von|by)\s+(?P<by>.+?)"
    r"(?:\s+(?:am|on)\s+(?P<on>[\d.\-]+))?\s*\))?$", re.IGNORECASE)
_GERMAN_LEVEL = re.compile(r"^[ABC][12]$")
_POSTAL = re.compile(r"^\d{5}$")
NEAREST_KM = 30.0


@dataclass(frozen=True, slots=True)
class Problem:
    sheet: str
    row: int
    column: str  # the header as in the file (the template's when the column is missing)
    message: str

    def __str__(self) -> str:
        return f"{self.sheet}, Zeile {self.row}, Spalte „{self.column}“: {self.message}"


@dataclass(frozen=True)
class ParseResult:
    companies: tuple[Company, ...] = ()
    places: tuple[InternshipPlace, ...] = ()
    applicants: tuple[Applicant, ...] = ()
    assignments: tuple[AssignmentRow, ...] = ()
    errors: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        """True only when no row has an error: then (and only then) import everything."""
        return not self.errors

    def report(self) -> str:
        """The validation report: counts, then every error and warning on its own line."""
        lines = [f"{len(self.companies)} Firmen, {len(self.places)} Plätze, "
                 f"{len(self.applicants)} Bewerbungen, {len(self.assignments)} Zuteilungen gelesen; "
                 f"{len(self.errors)} Fehler, {len(self.warnings)} Hinweise."]
        lines += [f"Fehler: {p}" for p in self.errors]
        lines += [f"Hinweis: {p}" for p in self.warnings]
        return "\n".join(lines)


class _Cells:
    """One row's cells, collecting the row's problems as they are read."""

    def __init__(self, sheet: Sheet, row: Row, errors: list[Problem], warnings: list[Problem]):
        self.sheet, self.row, self.errors, self.warnings = sheet, row, errors, warnings
        self.failed = False

    def header(self, key: str) -> str:
        return self.sheet.columns.get(key) or next(
            c.header for c in TEMPLATES[self.sheet.kind] if c.key == key)

    def error(self, key: str, message: str) -> None:
        self.failed = True
        self.errors.append(Problem(self.sheet.name, self.row.number, self.header(key), message))

    def warn(self, key: str, message: str) -> None:
        self.warnings.append(Problem(self.sheet.name, self.row.number, self.header(key), message))

    def raw(self, key: str) -> Cell:
        return self.row.cells.get(key)

    def text(self, key: str, *, required: bool = False, missing: str = "") -> str:
        value = text(self.raw(key))
        if required and not value:
            self.error(key, missing or f"Hier fehlt ein Eintrag ({self.header(key)}).")
        return value

    def get(self, key: str, read: Callable[[Cell], T], default: T, *, required: bool = False,
            missing: str = "") -> T:
        value = self.raw(key)
        if not text(value):
            if required:
                self.error(key, missing or f"Hier fehlt ein Eintrag ({self.header(key)}).")
            return default
        try:
            return read(value)
        except CellError as problem:
            self.error(key, str(problem))
            return default

    def codes(self, key: str, words: dict[str, str], what: str, *, keep_unknown: bool = False
              ) -> tuple[str, ...]:
        found: list[str] = []
        for item in read_list(self.raw(key)):
            try:
                found.append(read_code(item, words, what))
            except CellError as problem:
                if keep_unknown:
                    found.append(item)
                else:
                    self.error(key, str(problem))
        return tuple(dict.fromkeys(found))


def parse(sheet: Sheet | Iterable[Sheet], *, places: PlaceIndex, occupations: OccupationCatalogue,
          known_companies: Collection[str] = ()) -> ParseResult:
    """Companies, places, applicants and assignments of one or more sheets, with the report.

    `known_companies`: ids already stored, which places in the file may refer to.
    """
    sheets = sorted([sheet] if isinstance(sheet, Sheet) else list(sheet),
                    key=lambda s: KINDS.index(s.kind))
    errors: list[Problem] = []
    warnings: list[Problem] = []
    found: dict[str, list[object]] = {kind: [] for kind in KINDS}
    seen: dict[str, dict[str, int]] = {kind: {} for kind in KINDS}  # id → first row
    for current in sheets:
        for ignored in current.ignored:
            warnings.append(Problem(current.name, current.header_row, ignored,
                                    "Diese Spalte kenne ich nicht; sie wird nicht gelesen."))
        missing = [c for c in TEMPLATES[current.kind] if c.required and c.key not in current.columns]
        for column in missing:
            errors.append(Problem(current.name, current.header_row, column.header,
                                  f"Die Spalte „{column.header}“ fehlt ({column.help})."))
        if missing:
            continue
        companies = set(known_companies) | set(seen[COMPANIES])
        for row in current.rows:
            cells = _Cells(current, row, errors, warnings)
            key = "applicant_id" if current.kind == ASSIGNMENTS else "id"
            ident = cells.text(key, required=True)
            if ident and current.kind != ASSIGNMENTS:
                if ident in seen[current.kind]:
                    cells.error(key, f"„{ident}“ steht schon in Zeile {seen[current.kind][ident]} "
                                     f"– jede {cells.header(key)} darf nur einmal vorkommen.")
                else:
                    seen[current.kind][ident] = row.number
            value: object
            if current.kind == COMPANIES:
                value = _company(cells, ident, places)
            elif current.kind == PLACES:
                value = _place(cells, ident, occupations, companies)
            elif current.kind == APPLICANTS:
                value = _applicant(cells, ident, places, occupations)
            else:
                value = _assignment(cells, ident)
            if not cells.failed:
                found[current.kind].append(value)
    return ParseResult(
        companies=tuple(found[COMPANIES]),  # type: ignore[arg-type]
        places=tuple(found[PLACES]),  # type: ignore[arg-type]
        applicants=tuple(found[APPLICANTS]),  # type: ignore[arg-type]
        assignments=tuple(found[ASSIGNMENTS]),  # type: ignore[arg-type]
        errors=tuple(errors), warnings=tuple(warnings))


def _postal_code(cells: _Cells, places: PlaceIndex, *, required: bool) -> Place | None:
    raw = cells.raw("postal_code")
    code = text(raw)
    if isinstance(raw, int | float) and code.isdigit():
        code = code.zfill(5)
    if not code:
        if required:
            cells.error("postal_code", "Die Postleitzahl fehlt.")
        return None
    if not _POSTAL.match(code):
        cells.error("postal_code", f"„{code}“ ist keine Postleitzahl (fünf Ziffern).")
        return None
    place = places.by_postal_code(code)
    if place is None:
        cells.error("postal_code", f"Die Postleitzahl {code} kenne ich nicht.")
    return place


def _location(cells: _Cells, home: Place | None, places: PlaceIndex
              ) -> tuple[str, float, float]:
    """(region, lat, lon): from the postal code, overridden by the coordinate columns."""
    lat = cells.get("lat", read_float, home.lat if home else None)
    lon = cells.get("lon", read_float, home.lon if home else None)
    region = cells.text("region")
    if region and not _POSTAL.match(region):
        cells.error("region", f"„{region}“ ist kein Kreisschlüssel (fünf Ziffern).")
    if lat is None or lon is None:
        if home is None and not cells.failed:
            cells.error("postal_code", "Die Postleitzahl fehlt (oder Breiten- und Längengrad).")
        return "", 0.0, 0.0
    if not region:
        near = home or places.nearest(lat, lon, max_km=NEAREST_KM)
        if near is None:
            cells.error("lat", "Zu diesen Koordinaten finde ich keinen Kreis.")
            return "", lat, lon
        region = near.region
    return region, lat, lon


def _company(cells: _Cells, ident: str, places: PlaceIndex) -> Company | None:
    name = cells.text("name", required=True, missing="Der Name der Firma fehlt.")
    home = _postal_code(cells, places, required=True)
    region, lat, lon = _location(cells, home, places)
    readiness = tuple(_readiness(cells, item) for item in read_list(cells.raw("readiness")))
    if cells.failed or home is None:
        return None
    return Company(
        id=ident, name=name, postal_code=home.postal_code, place=cells.text("place") or home.name,
        region=region, lat=lat, lon=lon, sector=cells.text("sector"),
        trains_apprentices=cells.get("trains_apprentices", read_bool, False),
        offers_eq=cells.get("offers_eq", read_bool, False),
        contact_role=cells.text("contact_role"), contact=cells.text("contact"),
        readiness=tuple(r for r in readiness if r is not None), seal=cells.text("seal") or None,
        seal_valid_until=cells.get("seal_valid_until", read_date, None))


def _readiness(cells: _Cells, item: str) -> Readiness | None:
    match = _READINESS_ITEM.match(item)
    key = _READINESS.get(fold(match.group("key"))) if match else None
    if match is None or key is None:
        cells.error("readiness", f"„{item}“ kenne ich nicht als Bereitschaft.")
        return None
    on = None
    if match.group("on"):
        try:
            on = read_date(match.group("on"))
        except CellError as problem:
            cells.error("readiness", str(problem))
    return Readiness(key, (match.group("by") or "").strip(), on)


def _place(cells: _Cells, ident: str, occupations: OccupationCatalogue,
           companies: set[str]) -> InternshipPlace | None:
    company = cells.text("company_id", required=True, missing="Die Firma-ID fehlt.")
    if company and company not in companies:
        cells.error("company_id", f"Die Firma „{company}“ gibt es nicht – weder in dieser Datei "
                                  "noch schon importiert.")
    title, kldb = _occupation(cells, occupations)
    kind = cells.get("kind", lambda v: read_code(text(v), _KINDS, "Praktikumsart"), "",
                     required=True, missing="Die Art des Praktikums fehlt.")
    first = cells.get("start_date", read_date, None, required=True, missing="Der erste Tag fehlt.")
    last = cells.get("end_date", read_date, None, required=True, missing="Der letzte Tag fehlt.")
    if first and last and last < first:
        cells.error("end_date", f"Der letzte Tag ({last:%d.%m.%Y}) liegt vor dem ersten "
                                f"({first:%d.%m.%Y}).")
    start = cells.get("start", read_time, time(8, 0))
    end = cells.get("end", read_time, time(14, 30))
    if end <= start:
        cells.error("end", f"Das Ende ({end:%H:%M}) liegt nicht nach dem Beginn ({start:%H:%M}).")
    weekdays = cells.get("weekdays", _weekdays, frozenset({0, 1, 2, 3, 4}))
    pause = cells.get("break_minutes", read_int, 30)
    capacity = cells.get("capacity", _capacity, 1)
    min_age = cells.get("min_age", read_int, 14)
    requires = cells.codes("requires", _REQUIRES, "Voraussetzung", keep_unknown=True)
    hazards = cells.codes("hazards", _HAZARDS, "Gefährdung")
    languages = cells.codes("languages", _LANGUAGES, "Sprache") or ("de",)
    level = cells.text("german_level").upper() or None
    if level and not _GERMAN_LEVEL.match(level):
        cells.error("german_level", f"„{level}“ ist kein Sprachniveau (A1, A2, B1, B2, C1, C2).")
    if cells.failed or first is None or last is None:
        return None
    return InternshipPlace(
        id=ident, company_id=company, occupation=title, kldb=kldb, kind=kind,
        schedule=Schedule(first, last, weekdays, start, end, pause), capacity=capacity,
        min_age=min_age, requires=requires, hazards=hazards, languages=languages,
        german_level=level)


def _occupation(cells: _Cells, occupations: OccupationCatalogue) -> tuple[str, str]:
    title, kldb = cells.text("occupation"), cells.text("kldb")
    if isinstance(cells.raw("kldb"), int | float) and kldb.isdigit():
        kldb = kldb.zfill(5)
    if kldb:
        if not (len(kldb) == 5 and kldb.isdigit() and occupations.known_code(kldb)):
            cells.error("kldb", f"„{kldb}“ ist kein KldB-2010-Code aus der Berufsliste der BA.")
        elif not title:
            title = occupations.title_of(kldb) or ""
        elif (codes := occupations.codes_of(title)) and kldb not in codes:
            cells.warn("kldb", f"Zu „{title}“ passt laut Berufsliste {', '.join(codes)}, "
                               f"nicht {kldb}.")
        return title, kldb
    if not title:
        cells.error("occupation", "Der Beruf fehlt (oder der KldB-Code).")
        return "", ""
    found = occupations.resolve(title)
    if found is None:
        cells.error("occupation", f"Den Beruf „{title}“ finde ich nicht in der Berufsliste. "
                                  "Trag den KldB-Code ein.")
        return title, ""
    if found.ambiguous:
        cells.warn("occupation", f"„{found.title}“ hat mehrere KldB-Codes; genommen: "
                                 f"{found.kldb}. Trag den Code ein, wenn ein anderer gemeint ist.")
    return found.title, found.kldb


def _capacity(value: Cell) -> int:
    number = read_int(value)
    if number < 1:
        raise CellError(f"Ein Platz braucht mindestens 1 Stelle, hier steht {number}.")
    return number


def _weekdays(value: Cell) -> frozenset[int]:
    days: set[int] = set()
    for item in read_list(value):
        ends = [p for p in _DAY_RANGE.split(item) if p]
        indices = [WEEKDAYS.index(read_code(e, _WEEKDAYS, "Wochentag")) for e in ends]
        if len(indices) == 2:
            days.update(range(indices[0], indices[1] + 1))
        elif len(indices) == 1:
            days.add(indices[0])
        else:
            raise CellError(f"„{item}“ ist kein Wochentag und keine Spanne wie Mo-Fr.")
    if not days:
        raise CellError("Es ist kein Wochentag angegeben.")
    return frozenset(days)


def _applicant(cells: _Cells, ident: str, places: PlaceIndex,
               occupations: OccupationCatalogue) -> Applicant | None:
    born = cells.get("birth_date", read_date, None, required=True,
                     missing="Das Geburtsdatum fehlt.")
    land = cells.get("land", lambda v: read_code(text(v), _LANDS, "Bundesland"), "",
                     required=True, missing="Das Bundesland der Schule fehlt.")
    full_time = cells.get("full_time_school", read_bool, False, required=True,
                          missing="Es fehlt, ob die Person noch vollzeitschulpflichtig ist (ja/nein).")
    kind = cells.get("kind", lambda v: read_code(text(v), _KINDS, "Praktikumsart"), "",
                     required=True, missing="Die Art des Praktikums fehlt.")
    available = _periods(cells)
    home = _postal_code(cells, places, required=False)
    region, lat, lon = _location(cells, home, places)
    mode = cells.get("travel_mode", lambda v: read_code(text(v), _MODES, "Verkehrsmittel"),
                     "transit")
    minutes = cells.get("max_travel_minutes", lambda v: read_int(v, minimum=1), 45)
    used = cells.get("holiday_days_used", read_int, 0)
    wishes = read_list(cells.raw("wishes"), comma=False)
    for wish in wishes:
        if wish.isdigit():
            if not (2 <= len(wish) <= 5 and any(c.startswith(wish) for c in occupations.code_titles)):
                cells.error("wishes", f"„{wish}“ ist kein KldB-Code aus der Berufsliste.")
        elif occupations.resolve(wish) is None:
            cells.warn("wishes", f"Den Wunsch „{wish}“ finde ich nicht in der Berufsliste; "
                                 "er zählt nur bei gleich lautenden Plätzen.")
    needs = cells.codes("support_needs", _NEEDS, "Unterstützung")
    groups = cells.codes("priority_groups", _GROUPS, "Gruppe")
    status = cells.get("school_status", lambda v: read_code(text(v), _STATUSES, "Schulstatus"),
                       None)
    if cells.failed or born is None:
        return None
    return Applicant(
        id=ident, birth_date=born, land=land, full_time_school=full_time, kind=kind,
        available=available, lat=lat, lon=lon, region=region, travel_mode=mode,
        max_travel_minutes=minutes, holiday_days_used=used, wishes=wishes, support_needs=needs,
        priority_groups=groups, school_status=status)


def _periods(cells: _Cells) -> tuple[tuple[date, date], ...]:
    first = cells.get("available_from", read_date, None)
    last = cells.get("available_until", read_date, None)
    periods: list[tuple[date, date]] = []
    if (first is None) != (last is None) and not cells.failed:
        key = "available_until" if first else "available_from"
        cells.error(key, "Ein Zeitraum braucht beides: „verfügbar von“ und „verfügbar bis“.")
    elif first and last:
        if last < first:
            cells.error("available_until", f"„verfügbar bis“ ({last:%d.%m.%Y}) liegt vor "
                                           f"„verfügbar von“ ({first:%d.%m.%Y}).")
        periods.append((first, last))
    for item in read_list(cells.raw("more_periods")):
        parts = [p for p in _RANGE.split(item) if p]
        try:
            if len(parts) != 2:
                raise CellError(f"„{item}“ ist kein Zeitraum; schreib ihn so: "
                                "05.07.2027 bis 16.07.2027.")
            a, b = read_date(parts[0]), read_date(parts[1])
            if b < a:
                raise CellError(f"Im Zeitraum „{item}“ liegt das Ende vor dem Anfang.")
            periods.append((a, b))
        except CellError as problem:
            cells.error("more_periods", str(problem))
    return tuple(periods)


def _assignment(cells: _Cells, ident: str) -> AssignmentRow:
    return AssignmentRow(applicant_id=ident, place_id=cells.text("place_id"),
                         company_id=cells.text("company_id"),
                         wish_rank=cells.get("wish_rank", lambda v: read_int(v, minimum=1), None),
                         reason=cells.text("reason"))

