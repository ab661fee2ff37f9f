"""School holidays and public holidays by Land, offline and cached per (Land, year).

The `holidays` package carries the Länder's school calendars (category "school") for
2023 to 2029; 2029 lacks the autumn and Christmas breaks and 2030 is empty (checked with
holidays 0.109). `SCHOOL_HOLIDAY_OVERRIDES` adds what the package lacks, each period with
its public source. A day that neither knows is *not* a school holiday: for a holiday
internship that means "not allowed" – the safe side.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import suppress
from datetime import date, timedelta
from functools import lru_cache
from types import MappingProxyType

import holidays

# (land, first day, last day, name, source) – only periods confirmed by a stored source
SCHOOL_HOLIDAY_OVERRIDES: tuple[tuple[str, date, date, str, str], ...] = (
    ("HE", date(2030, 7, 22), date(2030, 8, 30), "Sommerferien",
     "https://www.bergstraesser-anzeiger.de/region-bergstrasse_artikel,-bergstrasse-"
     "sommerferien-bis-2030-sind-festgelegt-_arid,1897518.html (KMK-Regelung 2025–2030)"),
    ("NW", date(2030, 6, 24), date(2030, 8, 6), "Sommerferien",
     "https://rp-online.de/nrw/panorama/schulferien-nrw-termine-fuer-die-sommerferien-"
     "bis-2030_aid-65587583 (KMK-Regelung 2025–2030)"),
    ("ST", date(2030, 7, 13), date(2030, 8, 23), "Sommerferien",
     "https://feiertage-brueckentage-ferien.de (Tabelle Sachsen-Anhalt Sommerferien, "
     "nach KMK-Regelung 2025–2030)"),
)

# first two digits of the AGS (Kreis key) → Land code of the `holidays` package
_LAND_OF_AGS = {"01": "SH", "02": "HH", "03": "NI", "04": "HB", "05": "NW", "06": "HE",
                "07": "RP", "08": "BW", "09": "BY", "10": "SL", "11": "BE", "12": "BB",
                "13": "MV", "14": "SN", "15": "ST", "16": "TH"}


def land_of_region(region: str) -> str | None:
    """The Land of a Kreis key (AGS), e.g. "15085" (Landkreis Harz) → "ST"."""
    return _LAND_OF_AGS.get(region[:2]) if len(region) >= 2 else None


@lru_cache(maxsize=256)
def school_holidays(land: str, year: int) -> frozenset[date]:
    """Every day of the Land's school holidays in that calendar year."""
    days: set[date] = set()
    with suppress(NotImplementedError, KeyError, ValueError):  # unknown Land or category
        days.update(holidays.country_holidays("DE", subdiv=land, categories=("school",),
                                              years=year))
    for land_code, first, last, _name, _source in SCHOOL_HOLIDAY_OVERRIDES:
        if land_code != land:
            continue
        day = first
        while day <= last:
            if day.year == year:
                days.add(day)
            day += timedelta(days=1)
    return frozenset(days)


@lru_cache(maxsize=256)
def public_holidays(land: str, year: int) -> Mapping[date, str]:
    """The Land's public holidays in that year, with their German names."""
    try:
        found = holidays.country_holidays("DE", subdiv=land, years=year, language="de")
    except (NotImplementedError, KeyError, ValueError):
        found = holidays.country_holidays("DE", years=year, language="de")
    return MappingProxyType({day: str(name) for day, name in sorted(found.items())})


def is_school_holiday(land: str, day: date) -> bool:
    return day in school_holidays(land, day.year)


def public_holiday_name(land: str, day: date) -> str | None:
    return public_holidays(land, day.year).get(day)
