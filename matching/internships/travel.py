"""Travel time between two points by mode, estimated offline from coordinates.

    minutes = fixed overhead + haversine km × detour factor ÷ speed (km/h) × 60

calibrated separately for the rural Landkreis Harz and the Rhein-Main and Ruhr cities.
The figures and where they come from (docs/internships-assignment.md has the same table):

| mode    | area  | detour | speed km/h | overhead min | source                                   |
|---------|-------|--------|------------|--------------|------------------------------------------|
| walk    | urban | 1.25   | 4.5        | 0            | walking 1.8–6.5 km/h, mean about 5 (a)   |
| walk    | rural | 1.35   | 4.5        | 0            | (a); rural detour: assumption            |
| bike    | urban | 1.25   | 13         | 2            | city cyclists' measured mean 13.2 (b)    |
| bike    | rural | 1.35   | 15         | 2            | cyclists 15–20 km/h (a); hills: assumed  |
| car     | urban | 1.30   | 24         | 3            | road/crow ≈ 1.3 (c); city GPS 24–32 (d)  |
| car     | rural | 1.30   | 45         | 2            | (c); door-to-door mean 33 (e) → rural    |
|         |       |        |            |              | roads faster: assumption                 |
| transit | urban | 1.30   | 20         | 10           | assumption (stop ≤ 500 m, 10-min headway)|
| transit | rural | 1.30   | 30         | 15           | assumption (bus/train: walk + wait)      |

(a) Fachverband Fußverkehr Deutschland, SIGNAL 6/2003 (signalarchiv.de/Meldungen/10002607):
    pedestrians 1.8–6.5 km/h, cyclists 15–20 km/h; walking about 5 km/h on average.
(b) Measured average speed of urban cycling, Hannover 2019–2021: 13.2 km/h (table quoted on
    radverkehrsforum.de) – a single city, so treat it as a plausible value, not a norm.
(c) Wang, Bette, Schreckenberg, Guhr (2024), "How much longer do you have to drive than the
    crow has to fly?", arXiv 2406.06490: road distance is typically 1.3 × the straight line.
(d) ITIS Holdings / Forbes 2008, GPS data of cars in city centres: Berlin 24, Munich 32 km/h.
(e) Mobilität in Deutschland 2002, Ergebnistelegramm (via bpb.de): car trips average 33 km/h
    door to door across all areas; rural trips are faster, cities slower.

Transit is never slower than walking the same way: a young person walks when the stop is
further than the goal. Everything unsourced above is an assumption to be replaced by real
timetable data (GTFS) or a coordinator's entry when available.
"""

from __future__ import annotations

from collections.abc import Sequence
from math import asin, cos, radians, sin, sqrt

import numpy as np

EARTH_RADIUS_KM = 6371.0088
URBAN_REGIONS = frozenset({"06411", "06434", "06438", "05911"})  # Darmstadt, Hochtaunus, Offenbach, Bochum
AREAS = ("rural", "urban")

# (detour factor, speed km/h, fixed overhead in minutes) by (mode, area)
CALIBRATION: dict[tuple[str, str], tuple[float, float, float]] = {
    ("walk", "urban"): (1.25, 4.5, 0.0),
    ("walk", "rural"): (1.35, 4.5, 0.0),
    ("bike", "urban"): (1.25, 13.0, 2.0),
    ("bike", "rural"): (1.35, 15.0, 2.0),
    ("car", "urban"): (1.30, 24.0, 3.0),
    ("car", "rural"): (1.30, 45.0, 2.0),
    ("transit", "urban"): (1.30, 20.0, 10.0),
    ("transit", "rural"): (1.30, 30.0, 15.0),
}
# how a young person reads the mode, e.g. "23 Minuten mit Bus und Bahn"
MODE_LABELS = {"walk": "zu Fuß", "bike": "mit dem Fahrrad", "transit": "mit Bus und Bahn",
               "car": "mit dem Auto"}


def area_of(region: str | None) -> str:
    """"urban" for the Rhein-Main and Ruhr Kreise, "rural" for the Harz and anything unknown."""
    return "urban" if region in URBAN_REGIONS else "rural"


def haversine_km(from_lat: float, from_lon: float, to_lat: float, to_lon: float) -> float:
    """Great-circle distance in kilometres."""
    phi1, phi2 = radians(from_lat), radians(to_lat)
    dphi, dlmb = phi2 - phi1, radians(to_lon - from_lon)
    h = sin(dphi / 2) ** 2 + cos(phi1) * cos(phi2) * sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * asin(min(1.0, sqrt(h)))


# Places and people are located at their town's (or postal code's) centre, so two points in
# the same town are 0 km apart on paper; the way across town is not. Assumption: 1.5 km.
IN_TOWN_KM = 1.5


def minutes_for_km(km: float, *, mode: str, area: str) -> int:
    """Travel minutes for a straight-line distance, rounded up (at least the way across town)."""
    if (mode, area) not in CALIBRATION:
        raise ValueError(f"unknown travel mode or area: {mode!r}, {area!r}")
    km = max(km, IN_TOWN_KM)
    detour, speed, overhead = CALIBRATION[(mode, area)]
    minutes = overhead + km * detour / speed * 60.0
    if mode == "transit":
        walk_detour, walk_speed, _ = CALIBRATION[("walk", area)]
        minutes = min(minutes, km * walk_detour / walk_speed * 60.0)
    return max(1, int(-(-minutes // 1)))


def travel_minutes(from_lat: float, from_lon: float, to_lat: float, to_lon: float, *,
                   mode: str, area: str) -> int:
    """Estimated door-to-door minutes from one point to another by `mode` in `area`."""
    return minutes_for_km(haversine_km(from_lat, from_lon, to_lat, to_lon), mode=mode, area=area)


def minutes_many(from_lat: np.ndarray, from_lon: np.ndarray, to_lat: np.ndarray,
                 to_lon: np.ndarray, *, ways: Sequence[tuple[str, str]], way: np.ndarray
                 ) -> np.ndarray:
    """`travel_minutes` for many pairs at once (same figures): pair k goes by
    `ways[way[k]]`, a (mode, area)."""
    unknown = set(ways) - CALIBRATION.keys()
    if unknown:
        raise ValueError(f"unknown travel mode or area: {sorted(unknown)}")
    phi1, phi2 = np.radians(from_lat), np.radians(to_lat)
    dphi, dlmb = phi2 - phi1, np.radians(to_lon - from_lon)
    h = np.sin(dphi / 2) ** 2 + np.cos(phi1) * np.cos(phi2) * np.sin(dlmb / 2) ** 2
    km = np.maximum(2 * EARTH_RADIUS_KM * np.arcsin(np.minimum(1.0, np.sqrt(h))), IN_TOWN_KM)
    detour, speed, overhead = np.array([CALIBRATION[w] for w in ways]).reshape(-1, 3)[way].T
    minutes = overhead + km * detour / speed * 60.0
    walk = np.array([(*CALIBRATION[("walk", area)][:2], mode == "transit")
                     for mode, area in ways]).reshape(-1, 3)[way].T
    minutes = np.where(walk[2] > 0, np.minimum(minutes, km * walk[0] / walk[1] * 60.0), minutes)
    return np.maximum(1, np.ceil(minutes)).astype(np.int64)


def reach_km(minutes: int, *, mode: str, area: str) -> float:
    """The longest straight-line distance reachable within `minutes` (for quick pre-filters)."""
    if minutes < minutes_for_km(IN_TOWN_KM, mode=mode, area=area):
        return 0.0  # not even across town
    detour, speed, overhead = CALIBRATION[(mode, area)]
    ride = max(0.0, minutes - overhead) * speed / detour / 60.0
    if mode == "transit":
        walk_detour, walk_speed, _ = CALIBRATION[("walk", area)]
        ride = max(ride, minutes * walk_speed / walk_detour / 60.0)
    return ride
