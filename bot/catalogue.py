"""The offer catalogue in data/angebote/: pydantic validation at the edge, frozen Offers inside."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import phonenumbers
import yaml
from phonenumbers import shortnumberinfo
from pydantic import BaseModel, ConfigDict, Field, HttpUrl, ValidationError, field_validator

from matching.model import DANGER_KINDS, NATIONWIDE, SCHOOL_STATUSES, Contact, Offer, OpenSlot
from matching.needs import CATEGORIES, NEEDS
from nlu.yaml_text import compose_yaml, load_yaml

REGIONS = {"06411": "Darmstadt", "06434": "Hochtaunuskreis", "06438": "Kreis Offenbach",
           "15085": "Landkreis Harz", "05911": "Bochum", NATIONWIDE: "Bundesweit"}
DAYS = {"mo": 0, "tu": 1, "we": 2, "th": 3, "fr": 4, "sa": 5, "su": 6,
        "di": 1, "mi": 2, "do": 3, "so": 6}
SHORT_NUMBERS = re.compile(r"^(11\d{1,4}|116 ?\d{3})$")


class CatalogueError(Exception):
    """A catalogue file or entry is invalid; `where` is "file:line"."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.where = where
        self.message = message


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SlotIn(Strict):
    days: list[str]
    from_: str = Field(alias="from", pattern=r"^\d{2}:\d{2}$")
    to: str = Field(pattern=r"^\d{2}:\d{2}$")

    @field_validator("days")
    @classmethod
    def _days(cls, days: list[str]) -> list[str]:
        unknown = [d for d in days if d not in DAYS]
        if unknown:
            raise ValueError(f"unknown day(s) {unknown}; use mo tu we th fr sa su")
        return days


class HoursIn(Strict):
    always: bool = False
    slots: list[SlotIn] = []


class ContactIn(Strict):
    phone: str | None = None
    email: str | None = Field(None, pattern=r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")
    web: HttpUrl | None = None
    chat: HttpUrl | None = None
    address: str | None = None
    opening_hours: str | None = None

    @field_validator("phone")
    @classmethod
    def _phone(cls, phone: str | None) -> str | None:
        if phone is not None:
            phone_uri(phone)  # raises ValueError when it is no valid German number
        return phone


class SourceIn(Strict):
    url: HttpUrl
    checked: date


class OfferIn(Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{2,80}$")
    name: str = Field(min_length=3)
    provider: str = Field(min_length=2)
    category: str
    needs: list[str] = Field(min_length=1)
    age_min: int = Field(0, ge=0, le=99)
    age_max: int = Field(99, ge=0, le=99)
    languages: list[str] = ["de"]
    school_status: list[str] = []
    also_serves: list[str] = []
    personal_appointment: bool = False
    response_days: int | None = Field(None, ge=0, le=60)
    contact: ContactIn
    hours: HoursIn | None = None
    description: str = Field(min_length=10, max_length=600)
    source: SourceIn
    danger_kinds: list[str] = []
    cost: str | None = Field(None, min_length=3, max_length=120)
    anonymous: bool | None = None
    appointment: str | None = Field(None, min_length=5, max_length=200)
    bring: str | None = Field(None, min_length=3, max_length=200)
    directions: str | None = Field(None, min_length=5, max_length=200)
    accessible: bool | None = None
    messenger: str | None = Field(None, min_length=3, max_length=60)
    for_parents: bool = False  # only for parents: shown when a parent writes (matching/route.py)

    @field_validator("danger_kinds")
    @classmethod
    def _danger_kinds(cls, values: list[str]) -> list[str]:
        unknown = [v for v in values if v not in DANGER_KINDS]
        if unknown:
            raise ValueError(f"unknown danger kind(s) {unknown}; one of {list(DANGER_KINDS)}")
        if len(set(values)) != len(values):
            raise ValueError("danger_kinds has a duplicate")
        return values

    @field_validator("category")
    @classmethod
    def _category(cls, value: str) -> str:
        if value not in CATEGORIES:
            raise ValueError(f"unknown category {value!r}")
        return value

    @field_validator("needs")
    @classmethod
    def _needs(cls, values: list[str]) -> list[str]:
        unknown = [v for v in values if v not in NEEDS]
        if unknown:
            raise ValueError(f"unknown need(s) {unknown}")
        return values

    @field_validator("languages")
    @classmethod
    def _languages(cls, values: list[str]) -> list[str]:
        if any(not re.fullmatch(r"[a-z]{2}", v) for v in values):
            raise ValueError("languages must be ISO 639-1 codes like de, ar")
        return values

    @field_validator("school_status")
    @classmethod
    def _status(cls, values: list[str]) -> list[str]:
        unknown = [v for v in values if v not in SCHOOL_STATUSES]
        if unknown:
            raise ValueError(f"unknown school_status {unknown}")
        return values

    @field_validator("also_serves")
    @classmethod
    def _kreis_keys(cls, values: list[str]) -> list[str]:
        if any(not re.fullmatch(r"\d{5}", v) for v in values):
            raise ValueError("also_serves takes 5-digit Kreis keys")
        return values


class CatalogueFileIn(Strict):
    region: str
    region_name: str
    offers: list[dict[str, Any]] = Field(min_length=1)

    @field_validator("region")
    @classmethod
    def _region(cls, value: str) -> str:
        if value not in REGIONS:
            raise ValueError(f"unknown region {value!r}; one of {sorted(REGIONS)}")
        return value


def phone_uri(phone: str) -> str:
    """A `tel:` URI for a German phone number as published; ValueError if it is none."""
    digits = re.sub(r"[\s/-]", "", phone)
    if SHORT_NUMBERS.match(digits):
        return f"tel:{digits}"
    try:
        number = phonenumbers.parse(phone, "DE")
    except phonenumbers.NumberParseException as exc:
        raise ValueError(f"not a phone number: {phone!r}") from exc
    if not phonenumbers.is_valid_number(number):
        raise ValueError(f"not a valid German phone number: {phone!r}")
    return "tel:" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def is_emergency_number(phone: str | None) -> bool:
    """Whether a published number is a German emergency number (110, 112)."""
    digits = re.sub(r"[\s/-]", "", phone or "")
    return bool(digits) and shortnumberinfo.is_emergency_number(digits, "DE")


def _age_limit_problem(entry: OfferIn) -> str | None:
    """Emergency numbers take everyone (0–99); crisis lines have no lower age limit (their
    upper limit is the service's own, e.g. krisenchat up to 25)."""
    if is_emergency_number(entry.contact.phone) and (entry.age_min, entry.age_max) != (0, 99):
        return (f"emergency number {entry.contact.phone} carries an age limit "
                f"({entry.age_min}–{entry.age_max}); use age_min: 0, age_max: 99")
    if entry.category == "crisis_line" and entry.age_min > 0:
        return (f"crisis line with a lower age limit (age_min: {entry.age_min}); "
                "nobody in danger is too young to call: use age_min: 0")
    return None


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return min(24 * 60, int(hours) * 60 + int(minutes))


def to_offer(entry: OfferIn, region: str) -> Offer:
    """The frozen domain Offer for a validated catalogue entry."""
    c = entry.contact
    hours = entry.hours or HoursIn()
    return Offer(
        id=entry.id, name=entry.name, provider=entry.provider, category=entry.category,
        region=region, needs=tuple(entry.needs), age_min=entry.age_min, age_max=entry.age_max,
        languages=tuple(entry.languages), school_status=tuple(entry.school_status),
        also_serves=tuple(entry.also_serves), personal_appointment=entry.personal_appointment,
        response_days=entry.response_days,
        contact=Contact(phone=c.phone, phone_uri=phone_uri(c.phone) if c.phone else None,
                        email=c.email, web=str(c.web) if c.web else None,
                        chat=str(c.chat) if c.chat else None, address=c.address,
                        opening_hours=c.opening_hours),
        description=" ".join(entry.description.split()),
        always_open=hours.always,
        open_slots=tuple(OpenSlot(frozenset(DAYS[d] for d in s.days), _minutes(s.from_),
                                  _minutes(s.to)) for s in hours.slots),
        source_url=str(entry.source.url), checked=entry.source.checked,
        danger_kinds=tuple(entry.danger_kinds), cost=entry.cost, anonymous=entry.anonymous,
        appointment=entry.appointment, bring=entry.bring, directions=entry.directions,
        accessible=entry.accessible, messenger=entry.messenger, for_parents=entry.for_parents,
    )


def _offer_lines(text: str) -> list[int]:
    """1-based line numbers of the entries under `offers:`, in order."""
    root = compose_yaml(text)
    if root is None or not hasattr(root, "value"):
        return []
    for key, value in root.value:
        if getattr(key, "value", None) == "offers" and hasattr(value, "value"):
            return [item.start_mark.line + 1 for item in value.value]
    return []


def load_file(path: Path) -> tuple[list[Offer], list[CatalogueError]]:
    """Offers of one file and every error found in it (file:line)."""
    text = path.read_text(encoding="utf-8")
    try:
        raw = load_yaml(text)
        lines = _offer_lines(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        return [], [CatalogueError(f"{path}:{line}", f"invalid YAML: {exc}")]
    try:
        head = CatalogueFileIn.model_validate(raw)
    except ValidationError as exc:
        return [], [CatalogueError(f"{path}:1", _explain(exc))]
    offers: list[Offer] = []
    errors: list[CatalogueError] = []
    for i, item in enumerate(head.offers):
        where = f"{path}:{lines[i] if i < len(lines) else 1}"
        try:
            entry = OfferIn.model_validate(item)
        except ValidationError as exc:
            label = item.get("id", f"#{i + 1}") if isinstance(item, dict) else f"#{i + 1}"
            errors.append(CatalogueError(where, f"offer {label}: {_explain(exc)}"))
            continue
        if entry.age_min > entry.age_max:
            errors.append(CatalogueError(where, f"offer {entry.id}: age_min > age_max"))
            continue
        if not (entry.contact.phone or entry.contact.email or entry.contact.web or entry.contact.chat):
            errors.append(CatalogueError(where, f"offer {entry.id}: needs phone, e-mail, web or chat"))
            continue
        if entry.category == "crisis_line" and entry.hours is None:
            errors.append(CatalogueError(where, f"offer {entry.id}: crisis lines need hours"))
            continue
        if entry.category == "crisis_line" and not entry.danger_kinds:
            errors.append(CatalogueError(where, f"offer {entry.id}: crisis lines need danger_kinds"))
            continue
        if problem := _age_limit_problem(entry):
            errors.append(CatalogueError(where, f"offer {entry.id}: {problem}"))
            continue
        offers.append(to_offer(entry, head.region))
    return offers, errors


def load_catalogue(folder: Path) -> tuple[list[Offer], list[CatalogueError]]:
    """All offers of all `*.yaml` files in `folder`, with every error (duplicate ids too)."""
    offers: list[Offer] = []
    errors: list[CatalogueError] = []
    files = sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml"))
    if not files:
        errors.append(CatalogueError(str(folder), "no catalogue files found"))
    seen: dict[str, str] = {}
    for path in files:
        file_offers, file_errors = load_file(path)
        errors.extend(file_errors)
        for offer in file_offers:
            if offer.id in seen:
                errors.append(CatalogueError(str(path), f"duplicate offer id {offer.id!r} "
                                                        f"(also in {seen[offer.id]})"))
                continue
            seen[offer.id] = str(path)
            offers.append(offer)
    return offers, errors


def offer_locations(folder: Path) -> dict[str, str]:
    """`file:line` of every offer id in `folder` (for messages about loaded offers)."""
    where: dict[str, str] = {}
    for path in sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml")):
        text = path.read_text(encoding="utf-8")
        try:
            raw = load_yaml(text)
            lines = _offer_lines(text)
        except yaml.YAMLError:
            continue
        items = raw.get("offers") if isinstance(raw, dict) else None
        for i, item in enumerate(items if isinstance(items, list) else []):
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                where.setdefault(item["id"], f"{path}:{lines[i] if i < len(lines) else 1}")
    return where


def _explain(exc: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(p) for p in err['loc']) or 'entry'}: {err['msg']}" for err in exc.errors()
    )
