"""Is every offer reachable and up to date? Pure checks over loaded Offers (no I/O).

`audit` returns `Finding`s: warnings (an old source, a regional offer without a direct way
in) that the people who keep the catalogue should act on; `coverage` counts, per region, how
many offers a young person can reach directly. `lotse catalogue check` and `lotse catalogue
report` print them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from matching.model import NATIONWIDE, Offer

E164_URI = re.compile(r"^tel:\+[1-9]\d{6,14}$")
SHORT_URI = re.compile(r"^tel:(11\d{1,4}|116\d{3})$")  # 110, 112, 116 111, … dialled as they are
STALE_AFTER_MONTHS = 12


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem of one offer; `kind` names the rule, `message` says it in plain words."""

    offer_id: str
    region: str
    kind: str  # "stale_source" | "no_direct_way_in" | "phone_format" | "age_gap"
    message: str


@dataclass(frozen=True, slots=True)
class RegionCoverage:
    """How reachable the offers of one region are."""

    region: str
    offers: int
    with_phone: int
    with_hours: int
    direct_way_in: int
    checked_last_year: int


def a_year_before(today: date, *, months: int = STALE_AFTER_MONTHS) -> date:
    """The day `months` months before `today` (29 February falls back to the 28th)."""
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    for day in (today.day, 30, 29, 28):
        try:
            return date(year, month + 1, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def is_fresh(offer: Offer, *, today: date) -> bool:
    """Whether the offer's source was checked within the last 12 months."""
    return offer.checked is not None and offer.checked >= a_year_before(today)


# opening hours as text name a time or a day ("Mo–Do 9–16 Uhr", "dienstags", "rund um die
# Uhr"); "über die Zentrale, die dich weiterverbindet" is a way to call, not hours
_TIMES = re.compile(r"\d{1,2}([:.]\d{2})?\s*(uhr|h)\b|\b\d{1,2}[:.]\d{2}\b|\b(mo|di|mi|do|fr|sa|so)\b|"
                    r"(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|werktag)\w*|"
                    r"rund um die uhr|24/7|täglich|taeglich", re.IGNORECASE)


def has_hours(offer: Offer) -> bool:
    """Opening hours: machine-readable (always open, weekly slots) or a text that names a time
    or a day."""
    text = offer.contact.opening_hours or ""
    return bool(offer.always_open or offer.open_slots or _TIMES.search(text))


def direct_ways_in(offer: Offer) -> list[str]:
    """The ways a young person reaches a person directly: phone, e-mail or chat,
    or an address together with its opening hours (a homepage alone is none)."""
    c = offer.contact
    ways = [name for name, value in (("phone", c.phone), ("e-mail", c.email), ("chat", c.chat))
            if value]
    if c.address and has_hours(offer):
        ways.append("address with opening hours")
    return ways


def phone_problem(offer: Offer) -> str | None:
    """Why the offer's phone cannot be dialled as published, or None when it can."""
    c = offer.contact
    if not c.phone:
        return None
    uri = c.phone_uri or ""
    if E164_URI.match(uri) or SHORT_URI.match(uri):
        return None
    return (f"phone {c.phone!r} has no dialable tel: URI (E.164 like tel:+493941123456 "
            f"or a short number like tel:116111), got {uri or 'none'!r}")


def audit(offers: Iterable[Offer], *, today: date) -> list[Finding]:
    """Warnings for every offer: source older than 12 months, a regional offer without a
    direct way in, a phone number phones cannot dial; and danger kinds without a line for
    every age."""
    offers = list(offers)
    limit = a_year_before(today)
    findings: list[Finding] = []
    for offer in offers:
        if not is_fresh(offer, today=today):
            when = offer.checked.isoformat() if offer.checked else "never"
            findings.append(Finding(offer.id, offer.region, "stale_source",
                                    f"source checked {when}, more than 12 months ago "
                                    f"(before {limit.isoformat()}); check {offer.source_url}"))
        if offer.region != NATIONWIDE and not direct_ways_in(offer):
            findings.append(Finding(offer.id, offer.region, "no_direct_way_in",
                                    "no direct way in: add a phone, e-mail or chat, "
                                    "or the address with opening hours"))
        if problem := phone_problem(offer):
            findings.append(Finding(offer.id, offer.region, "phone_format", problem))
    return findings + age_gaps(offers)


def age_gaps(offers: Iterable[Offer]) -> list[Finding]:
    """A danger kind for which no nationwide line takes every age (0–99): someone in that
    danger could be turned away because of their age."""
    offers = list(offers)
    for_all_ages = {kind for o in offers if o.region == NATIONWIDE and (o.age_min, o.age_max)
                    == (0, 99) for kind in o.danger_kinds}
    missing = sorted({kind for o in offers for kind in o.danger_kinds} - for_all_ages)
    return [Finding("-", NATIONWIDE, "age_gap",
                    f"no nationwide line for every age (age_min: 0, age_max: 99) takes "
                    f"danger kind {kind!r}") for kind in missing]


def coverage(offers: Iterable[Offer], *, today: date) -> list[RegionCoverage]:
    """Per region (regional ones by key, nationwide last): offers and how reachable they are."""
    by_region: dict[str, list[Offer]] = {}
    for offer in offers:
        by_region.setdefault(offer.region, []).append(offer)
    return [_region_coverage(region, by_region[region], today=today)
            for region in sorted(by_region, key=lambda r: (r == NATIONWIDE, r))]


def _region_coverage(region: str, group: list[Offer], *, today: date) -> RegionCoverage:
    return RegionCoverage(
        region=region, offers=len(group),
        with_phone=sum(1 for o in group if o.contact.phone),
        with_hours=sum(1 for o in group if has_hours(o)),
        direct_way_in=sum(1 for o in group if direct_ways_in(o)),
        checked_last_year=sum(1 for o in group if is_fresh(o, today=today)),
    )


def total(rows: Iterable[RegionCoverage], *, region: str = "total") -> RegionCoverage:
    """The sum of several rows."""
    rows = list(rows)
    return RegionCoverage(region, *(sum(getattr(r, f) for r in rows) for f in
                                    ("offers", "with_phone", "with_hours", "direct_way_in",
                                     "checked_last_year")))


COLUMNS = ("offers", "with phone", "with hours", "direct way in", "checked ≤ 12 months")


def coverage_table(rows: list[RegionCoverage], names: Mapping[str, str], *,
                   markdown: bool = False) -> str:
    """The coverage rows as an aligned text table (or a Markdown table), with a total of the
    regional rows; cells read `count (percent)`."""
    regional = [r for r in rows if r.region != NATIONWIDE]
    body = [*regional, total(regional, region="regional")] + [r for r in rows
                                                               if r.region == NATIONWIDE]

    def cell(part: int, whole: int) -> str:
        return f"{part} ({round(100 * part / whole)} %)" if whole else "0"

    table = [["region", *COLUMNS]]
    for r in body:
        label = "all regional offers" if r.region == "regional" else \
            f"{r.region} {names.get(r.region, '')}".strip()
        table.append([label, str(r.offers), cell(r.with_phone, r.offers),
                      cell(r.with_hours, r.offers), cell(r.direct_way_in, r.offers),
                      cell(r.checked_last_year, r.offers)])
    if markdown:
        lines = ["| " + " | ".join(row) + " |" for row in table]
        lines.insert(1, "|" + "|".join(["---"] + ["---:"] * len(COLUMNS)) + "|")
        return "\n".join(lines)
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    return "\n".join("  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                               for i, (c, w) in enumerate(zip(row, widths, strict=True))).rstrip()
                     for row in table)
