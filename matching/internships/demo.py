"""Fictional demo data for the internship engine: companies, places and applicants.

Everything here is invented and says so: every company name contains "Beispiel" or
"Muster", every contact is an e-mail address on the reserved ``.example`` domain (RFC 2606),
there are no phone numbers and no people's names; applicants are pseudonymous codes
("BW-0001"). What is real: the towns and their coordinates (data/orte/orte.csv, GeoNames),
the occupation titles and KldB 2010 codes (data/berufe/berufe.csv, BA-Gesamtberufsliste)
and the school holidays (matching.internships.calendar). The same seed gives the same data.

Five regions: Darmstadt (06411), Hochtaunuskreis (06434), Kreis Offenbach (06438),
Landkreis Harz (15085), Bochum (05911); ten sectors; places of every kind – school
internships in term time, holiday internships inside the Land's summer or autumn holidays
2027, JBH measures, taster days.
"""

from __future__ import annotations

import csv
import random
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, time, timedelta
from functools import lru_cache
from pathlib import Path

from matching.internships.calendar import land_of_region, school_holidays
from matching.internships.law import FULL_TIME_SCHOOL_YEARS
from matching.internships.model import (
    READINESS,
    Applicant,
    Company,
    InternshipPlace,
    Readiness,
    Schedule,
)

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
YEAR = 2027

# region → (name, real towns of that Kreis as spelled in orte.csv); applicants spread evenly
REGIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "06411": ("Darmstadt", ("Darmstadt",)),
    "06434": ("Hochtaunuskreis", ("Bad Homburg vor der Höhe", "Oberursel", "Usingen",
                                  "Friedrichsdorf", "Neu-Anspach", "Königstein im Taunus",
                                  "Kronberg im Taunus")),
    "06438": ("Kreis Offenbach", ("Rodgau", "Dietzenbach", "Langen", "Neu-Isenburg", "Dreieich",
                                  "Seligenstadt", "Heusenstamm", "Mühlheim")),
    "15085": ("Landkreis Harz", ("Quedlinburg", "Halberstadt", "Wernigerode", "Thale",
                                 "Blankenburg", "Ballenstedt", "Harzgerode", "Ilsenburg",
                                 "Osterwieck", "Gernrode")),
    "05911": ("Bochum", ("Bochum",)),
}
SECTORS = ("bakery", "hospitality", "retail", "crafts", "care", "office", "agriculture",
           "industry", "it", "animals")

# sector → (name patterns, occupations as (BA title, KldB), hazards, requirements, contact roles)
_SECTOR: dict[str, tuple[tuple[str, ...], tuple[tuple[str, str], ...], tuple[str, ...],
                         tuple[str, ...], tuple[str, ...]]] = {
    "bakery": (("{p}-Bäckerei {t}", "{p} Backstube {t}", "Landbäckerei {p} {t}"),
               (("Bäcker", "29222"), ("Konditor", "29222"),
                ("Fachverkäufer im Lebensmittelhandwerk Schwerpunkt Bäckerei", "62312")),
               ("heat",), ("ifsg43",), ("Inhaberin oder Inhaber", "Backstubenleitung")),
    "hospitality": (("{p}-Hotel {t}", "Gasthaus {p} {t}", "{p}-Restaurant {t}"),
                    (("Koch", "29302"), ("Hotelfachmann", "63222"),
                     ("Restaurantfachmann", "63302"), ("Fachkraft im Gastgewerbe", "63302")),
                    (), ("ifsg43",), ("Empfang", "Küchenleitung", "Ausbildungsleitung")),
    "retail": (("{p}-Markt {t}", "{p} Modehaus {t}", "{p}-Drogerie {t}", "{p} Zoofachhandel {t}"),
               (("Verkäufer", "62102"), ("Kaufmann im Einzelhandel", "62102"),
                ("Fachkraft für Lagerlogistik", "51312")),
               (), (), ("Filialleitung", "Personalabteilung")),
    "crafts": (("{p}-Autohaus {t} GmbH", "{p}-Tischlerei {t}", "{p} Malerbetrieb {t}",
                "{p}-Elektro {t}", "{p} Haustechnik {t}"),
               (("Kfz-Mechatroniker", "25212"), ("Tischler", "22342"),
                ("Maler und Lackierer", "33212"),
                ("Elektroniker für Gebäude- und Infrastruktursysteme", "26212"),
                ("Anlagenmechaniker für Sanitär-, Heizungs- und Klimatechnik", "34212")),
               ("machines", "noise"), ("safety_shoes",), ("Meisterin oder Meister", "Werkstattleitung")),
    "care": (("{p} Pflegedienst {t}", "Seniorenhaus {p} {t}", "{p}-Tagespflege {t}"),
             (("Pflegefachmann", "81302"), ("Altenpflegehelfer", "82101"),
              ("Hauswirtschafter", "83212")),
             ("biological_agents",), ("measles_proof",), ("Praxisanleitung", "Pflegedienstleitung")),
    "office": (("{p} Verwaltung {t}", "{p}-Steuerbüro {t}", "{p} Versicherungsbüro {t}"),
               (("Kaufmann für Büromanagement", "71402"), ("Industriekaufmann", "71302"),
                ("Verwaltungsfachangestellter", "73202")),
               (), (), ("Personalabteilung", "Büroleitung")),
    "agriculture": (("{p}-Hof {t}", "{p} Gärtnerei {t}", "Agrargenossenschaft {p} {t}"),
                    (("Landwirt", "11102"), ("Gärtner", "12112"), ("Tierwirt", "11212")),
                    ("machines",), ("safety_shoes",), ("Betriebsleitung", "Hofbüro")),
    "industry": (("{p} Metallwerk {t}", "{p}-Kunststofftechnik {t}", "{p} Maschinenbau {t}"),
                 (("Industriemechaniker", "25102"), ("Mechatroniker", "26112"),
                  ("Maschinen- und Anlagenführer", "25122")),
                 ("machines", "noise"), ("safety_shoes",), ("Ausbildungsleitung", "Personalabteilung")),
    "it": (("{p} IT-Service {t}", "{p}-Software {t}", "{p} Systemhaus {t}"),
           (("Fachinformatiker Fachrichtung Anwendungsentwicklung", "43412"),
            ("Fachinformatiker Fachrichtung Systemintegration", "43102"),
            ("IT-System-Elektroniker", "26312")),
           (), (), ("Ausbildungsleitung", "Teamleitung")),
    "animals": (("{p}-Tierpension {t}", "Tierheim {p} {t}", "{p} Reiterhof {t}",
                 "{p}-Tierarztpraxis {t}"),
                (("Tierpfleger", "11522"), ("Pferdewirt", "11302"),
                 ("Tiermedizinischer Fachangestellter", "81142")),
                (), (), ("Leitung", "Praxisteam")),
}
# companies per sector in every region (about 24 a region, 120 in all); the Harz farms more
_PER_REGION = {"bakery": 3, "hospitality": 3, "retail": 3, "crafts": 3, "care": 3,
               "office": 2, "agriculture": 1, "industry": 2, "it": 2, "animals": 2}
# the three named in the issue and the Tierpension near Quedlinburg: (region, town, sector, name)
_ANCHORS = (
    ("06411", "Darmstadt", "crafts", "Beispiel-Autohaus GmbH"),
    ("15085", "Quedlinburg", "bakery", "Muster-Bäckerei Harz"),
    ("05911", "Bochum", "care", "Beispiel Pflegedienst Ruhr"),
    ("15085", "Quedlinburg", "animals", "Beispiel-Tierpension Quedlinburg"),
)
HARZ_VERIFIER = "Praktikalotsen Harz (Beispiel)"
VERIFIERS = {"06411": "Runder Tisch Ausbildung Darmstadt (Beispiel)",
             "06434": "Koordinierungsstelle Hochtaunus (Beispiel)",
             "06438": "Koordinierungsstelle Kreis Offenbach (Beispiel)",
             "15085": HARZ_VERIFIER, "05911": "Kommunale Koordinierung Bochum (Beispiel)"}
SEALS = {"15085": "Praktika-Siegel Harz"}
OTHER_SEAL = "IHK-Siegel Ausbildungsqualität (Beispiel)"
APPLICANTS = 300
# a Saturday in a bakery or a shop, an early start in the bakery (only for 16/17+ not at school)
_EARLY = {"bakery": (time(5, 0), time(11, 30))}


@dataclass(frozen=True, slots=True)
class DemoData:
    companies: tuple[Company, ...]
    places: tuple[InternshipPlace, ...]
    applicants: tuple[Applicant, ...]


@dataclass(frozen=True, slots=True)
class Town:
    name: str
    postal_code: str
    region: str
    lat: float
    lon: float


@lru_cache(maxsize=4)
def towns(data_dir: Path = DATA_DIR) -> dict[str, tuple[Town, ...]]:
    """The demo regions' towns with real postal codes and coordinates from orte.csv."""
    wanted = {(region, name) for region, (_, names) in REGIONS.items() for name in names}
    found: dict[str, list[Town]] = {region: [] for region in REGIONS}
    with (data_dir / "orte" / "orte.csv").open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        for row in rows:
            key = (row["kreis_key"], row["place"])
            if key in wanted:
                found[row["kreis_key"]].append(Town(row["place"], row["postal_code"],
                                                    row["kreis_key"], float(row["lat"]),
                                                    float(row["lon"])))
    missing = wanted - {(t.region, t.name) for ts in found.values() for t in ts}
    if missing:
        raise ValueError(f"towns missing in orte.csv: {sorted(missing)}")
    return {region: tuple(sorted(ts, key=lambda t: (t.name, t.postal_code)))
            for region, ts in found.items()}


def _spans(days: frozenset[date]) -> list[tuple[date, date]]:
    spans: list[tuple[date, date]] = []
    for day in sorted(days):
        if spans and day - spans[-1][1] == timedelta(days=1):
            spans[-1] = (spans[-1][0], day)
        else:
            spans.append((day, day))
    return spans


@lru_cache(maxsize=8)
def holiday_windows(land: str, year: int = YEAR) -> tuple[tuple[date, date], ...]:
    """The Land's summer and autumn school holidays (each the whole period)."""
    spans = _spans(school_holidays(land, year))
    summer = max((s for s in spans if 6 <= s[0].month <= 8), key=lambda s: s[1] - s[0])
    autumn = [s for s in spans if s[0].month in (9, 10) and s[1] - s[0] >= timedelta(days=4)]
    return (summer, *autumn[:1])


@lru_cache(maxsize=8)
def term_windows(land: str, year: int = YEAR) -> tuple[tuple[date, date], ...]:
    """Two-week school-internship windows (Monday to Friday) with no holiday in them."""
    off = school_holidays(land, year)
    windows = []
    for month, day in ((1, 18), (2, 22), (3, 8), (5, 31), (9, 13), (11, 15)):
        start = date(year, month, day)
        start -= timedelta(days=start.weekday())
        end = start + timedelta(days=11)
        while any(start + timedelta(days=i) in off for i in range(12)):
            start += timedelta(days=7)
            end += timedelta(days=7)
        windows.append((start, end))
    return tuple(windows)


def _slug(text: str) -> str:
    ascii_text = (text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                  .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss"))
    ascii_text = unicodedata.normalize("NFKD", ascii_text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _short(town: str) -> str:
    return re.sub(r"\s*\(.*\)$", "", town).replace(" vor der Höhe", "").replace(" im Taunus", "")


def _readiness(rng: random.Random, region: str, today: date) -> tuple[Readiness, ...]:
    keys = sorted(rng.sample(READINESS, rng.randint(1, 6)))
    found = []
    for key in keys:
        if rng.random() < 0.35:
            checked = today - timedelta(days=rng.randint(14, 400))
            found.append(Readiness(key, verified_by=VERIFIERS[region], verified_on=checked))
        else:
            found.append(Readiness(key))
    return tuple(found)


def _company(rng: random.Random, number: int, region: str, town: Town, sector: str,
             name: str, today: date) -> Company:
    roles = _SECTOR[sector][4]
    seal, valid = None, None
    if rng.random() < (0.4 if region in SEALS else 0.15):
        seal = SEALS.get(region, OTHER_SEAL)
        # most valid for two or three years; a few ran out (to show validity matters)
        valid = (date(today.year - 1, 6, 30) if rng.random() < 0.15
                 else date(today.year + rng.randint(1, 3), 12, 31))
    return Company(
        id=f"C-{number:03d}", name=name, postal_code=town.postal_code, place=town.name,
        region=region, lat=town.lat, lon=town.lon, sector=sector,
        trains_apprentices=rng.random() < 0.6, offers_eq=rng.random() < 0.25,
        contact_role=rng.choice(roles), contact=f"praktikum@{_slug(name)}.example",
        readiness=_readiness(rng, region, today), seal=seal, seal_valid_until=valid)


def _companies(rng: random.Random, today: date, data_dir: Path) -> list[Company]:
    all_towns = towns(data_dir)
    companies: list[Company] = []
    names: set[str] = set()
    for region, town_name, sector, name in _ANCHORS:
        town = next(t for t in all_towns[region] if t.name == town_name)
        companies.append(_company(rng, len(companies) + 1, region, town, sector, name, today))
        names.add(name)
    for region in REGIONS:
        for sector, count in _PER_REGION.items():
            extra = 1 if region == "15085" and sector in ("agriculture", "animals") else 0
            for _ in range(count + extra):
                town = rng.choice(all_towns[region])
                for _attempt in range(20):
                    name = rng.choice(_SECTOR[sector][0]).format(
                        p=rng.choice(("Beispiel", "Muster")), t=_short(town.name))
                    if name not in names:
                        break
                else:
                    name = f"{name} {len(companies) + 1}"
                names.add(name)
                companies.append(_company(rng, len(companies) + 1, region, town, sector, name,
                                          today))
    return companies


def _schedule(rng: random.Random, kind: str, sector: str, land: str) -> tuple[Schedule, int]:
    """A plausible schedule and minimum age for a place of this kind and sector."""
    weekdays = frozenset({0, 1, 2, 3, 4})
    if sector in ("retail", "bakery") and rng.random() < 0.3:
        weekdays = frozenset({1, 2, 3, 4, 5})  # Tuesday to Saturday: a Saturday, a day off
    start_at, end_at, pause = {
        "bakery": (time(6, 0), time(12, 30), 30), "hospitality": (time(10, 0), time(16, 30), 30),
        "retail": (time(9, 0), time(15, 30), 30), "care": (time(7, 0), time(13, 30), 30),
    }.get(sector, (time(8, 0), time(14, 30), 30))
    min_age = 14
    if kind == "school":
        first, last = rng.choice(term_windows(land))
        if rng.random() < 0.4:  # "nach Absprache": the whole span of two windows
            later = [w for w in term_windows(land) if w[0] > first]
            if later:
                last = later[0][1]
    elif kind == "holiday":
        summer, *autumn = holiday_windows(land)
        span = rng.choice([summer, summer, *autumn])
        weeks = rng.choice((1, 2, 2, 3))
        offset = rng.randint(0, max(0, ((span[1] - span[0]).days - 7 * weeks) // 7))
        first = span[0] + timedelta(days=(7 - span[0].weekday()) % 7 + 7 * offset)
        last = min(span[1], first + timedelta(days=7 * weeks - 3))
        min_age = 15
        if sector in _EARLY and rng.random() < 0.5:
            start_at, end_at = _EARLY[sector]
            min_age = 16
    elif kind == "jbh":
        first = date(YEAR, rng.choice((2, 3, 4, 5, 9, 10)), 1)
        first += timedelta(days=(7 - first.weekday()) % 7)
        last = first + timedelta(days=7 * rng.choice((4, 6, 8)) - 3)
        start_at, end_at, pause = (start_at, time(start_at.hour + 8, start_at.minute), 60)
        min_age = 16
        if sector in _EARLY and rng.random() < 0.5:
            start_at, end_at, pause = time(5, 0), time(12, 0), 60
            min_age = 17
    else:  # taster: one to three days in term time
        window = rng.choice(term_windows(land))
        first = window[0] + timedelta(days=rng.randint(0, 4))
        last = min(window[1], first + timedelta(days=rng.randint(0, 2)))
        weekdays = frozenset({0, 1, 2, 3, 4})
        start_at, end_at, pause = time(8, 30), time(13, 0), 0
        min_age = 13
    return Schedule(first, last, weekdays, start_at, end_at, pause), min_age


_KINDS = ("school", "school", "school", "holiday", "holiday", "jbh", "jbh", "taster")


def _places(rng: random.Random, companies: list[Company]) -> list[InternshipPlace]:
    places: list[InternshipPlace] = []
    for company in companies:
        _, occupations, hazards, requires, _ = _SECTOR[company.sector]
        land = land_of_region(company.region) or "HE"
        count = 3 if company.name.startswith("Beispiel-Tierpension") else rng.choice((1, 2, 2, 3))
        for index in range(count):
            title, kldb = occupations[0 if index == 0 else rng.randrange(len(occupations))]
            kind = ("school", "holiday", "taster")[index] if company.name.startswith(
                "Beispiel-Tierpension") else rng.choice(_KINDS)
            schedule, min_age = _schedule(rng, kind, company.sector, land)
            place_hazards = tuple(h for h in hazards if rng.random() < 0.5)
            if company.sector == "industry" and kind == "jbh" and rng.random() < 0.3:
                place_hazards += ("piece_rate",)
                min_age = 18
            if place_hazards and kind in ("school", "taster") and rng.random() < 0.7:
                place_hazards = ()  # light tasks for pupils: the machines stay off
            if kind == "jbh" and place_hazards:
                min_age = max(min_age, 16)
            languages: tuple[str, ...] = ("de",)
            level = None
            if rng.random() < 0.2:
                languages = ("de", rng.choice(("en", "ar", "uk", "tr", "fa")))
                level = rng.choice(("A2", "B1"))
            places.append(InternshipPlace(
                id=f"P-{len(places) + 1:04d}", company_id=company.id, occupation=title,
                kldb=kldb, kind=kind, schedule=schedule,
                capacity=rng.choice((2, 3, 4) if kind == "jbh" else (1, 1, 2, 2, 3)), min_age=min_age,
                requires=tuple(r for r in requires if kind != "taster" or r != "ifsg43"),
                hazards=place_hazards, languages=languages, german_level=level))
    return places


def _birth_date(rng: random.Random, age: int, today: date) -> date:
    """A birth date on which the person is `age` on `today`."""
    latest = date(today.year - age, today.month, today.day)
    return latest - timedelta(days=rng.randint(0, 364))


def _applicant(rng: random.Random, number: int, region: str, town: Town, titles: list[str],
               today: date) -> Applicant:
    land = land_of_region(region) or "HE"
    age = rng.choices(range(13, 25), weights=(2, 10, 12, 12, 8, 5, 4, 3, 2, 2, 1, 1))[0]
    limit = 6 + FULL_TIME_SCHOOL_YEARS[land]
    full_time = age < limit or (age == limit and rng.random() < 0.5)
    if full_time:
        kind = rng.choices(("school", "taster", "holiday"),
                           weights=(6, 1, 3 if age >= 15 else 0))[0]
    elif age < 18:
        kind = rng.choices(("school", "holiday", "jbh", "taster"), weights=(2, 4, 3, 1))[0]
    else:
        kind = rng.choices(("jbh", "taster", "holiday"), weights=(7, 2, 1))[0]
    if kind == "holiday":
        available = holiday_windows(land)[:rng.choice((1, 2))]
    elif kind == "jbh":
        available = ((date(YEAR, 2, 1), date(YEAR, 11, 30)),)
    else:
        windows = term_windows(land)
        available = tuple(sorted(rng.sample(windows, rng.choice((1, 1, 2)))))
    groups: list[str] = []
    needs: list[str] = []
    if kind == "jbh":
        groups.append("jbh")
    if full_time and rng.random() < 0.08:
        groups.append("foerderschule")
        needs.append(rng.choice(("easy_language", "mentor", "short_days")))
    if rng.random() < 0.08:
        groups.append("newcomer")
        needs.append("language_support")
    if rng.random() < 0.12:
        needs.append(rng.choice(("accessible", "quiet_workplace", "transport_help", "mentor")))
    urban = region != "15085"
    mode = rng.choices(("walk", "bike", "transit", "car"),
                       weights=(1, 3, 6, 1) if urban else (1, 2, 5, 3))[0]
    minutes = {"walk": 30, "bike": 35}.get(mode, rng.choice((40, 45, 60)))
    status = ("in_school" if full_time or age < 18 and kind != "jbh"
              else rng.choice(("no_qualification", "qualified_no_training", "unemployed")))
    return Applicant(
        id=f"BW-{number:04d}", birth_date=_birth_date(rng, age, today), land=land,
        full_time_school=full_time, kind=kind, available=available, lat=town.lat,
        lon=town.lon, region=region, travel_mode=mode, max_travel_minutes=minutes,
        holiday_days_used=rng.choice((0, 0, 0, 5, 10)) if kind == "holiday" else 0,
        wishes=tuple(rng.sample(titles, rng.choice((1, 2, 3, 3)))),
        support_needs=tuple(dict.fromkeys(needs)), priority_groups=tuple(dict.fromkeys(groups)),
        school_status=status)


def _applicants(rng: random.Random, places: list[InternshipPlace], companies: list[Company],
                today: date, data_dir: Path) -> list[Applicant]:
    all_towns = towns(data_dir)
    region_of = {c.id: c.region for c in companies}
    titles: dict[str, list[str]] = {region: [] for region in REGIONS}
    for place in places:
        bucket = titles[region_of[place.company_id]]
        if place.occupation not in bucket:
            bucket.append(place.occupation)
    regions = list(REGIONS)
    people = []
    for number in range(1, APPLICANTS + 1):
        region = regions[(number - 1) % len(regions)]
        town = rng.choice(all_towns[region])
        people.append(_applicant(rng, number, region, town, titles[region], today))
    return people


def demo_data(*, seed: int = 2026, today: date = date(2026, 12, 2),
              data_dir: Path = DATA_DIR) -> DemoData:
    """About 120 fictional companies, 250 places and 300 applicants; the same for a seed."""
    rng = random.Random(seed)
    companies = _companies(rng, today, data_dir)
    places = _places(rng, companies)
    applicants = _applicants(rng, places, companies, today, data_dir)
    return DemoData(tuple(companies), tuple(places), tuple(applicants))


def iter_titles() -> Iterator[tuple[str, str]]:
    """Every (BA title, KldB code) the demo uses."""
    for _, occupations, _, _, _ in _SECTOR.values():
        yield from occupations
