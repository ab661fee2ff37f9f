"""Travel time estimates: calibration by mode and area, monotone, symmetric."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from matching.internships.travel import (
    CALIBRATION,
    area_of,
    haversine_km,
    minutes_for_km,
    minutes_many,
    reach_km,
    travel_minutes,
)

QUEDLINBURG = (51.7896, 11.1414)
HALBERSTADT = (51.8959, 11.0465)
DARMSTADT_MITTE = (49.8719, 8.6484)
DARMSTADT_NORD = (49.8972, 8.6809)


@pytest.mark.parametrize(
    ("region", "area"),
    [("15085", "rural"), ("06411", "urban"), ("06434", "urban"), ("06438", "urban"),
     ("05911", "urban"), ("09162", "rural"), (None, "rural"), ("", "rural")],
)
def test_area_of(region: str | None, area: str) -> None:
    assert area_of(region) == area


def test_haversine_quedlinburg_halberstadt() -> None:
    assert 13.0 < haversine_km(*QUEDLINBURG, *HALBERSTADT) < 14.5


@pytest.mark.parametrize(
    ("mode", "area", "low", "high"),
    [
        ("car", "rural", 20, 30),  # Quedlinburg → Halberstadt, about 20 km by road
        ("transit", "rural", 45, 60),
        ("bike", "rural", 70, 80),
        ("walk", "rural", 230, 260),
    ],
)
def test_harz_figures(mode: str, area: str, low: int, high: int) -> None:
    assert low <= travel_minutes(*QUEDLINBURG, *HALBERSTADT, mode=mode, area=area) <= high


@pytest.mark.parametrize(
    ("mode", "low", "high"),
    [("transit", 20, 28), ("bike", 20, 26), ("car", 12, 20), ("walk", 55, 65)],
)
def test_darmstadt_figures(mode: str, low: int, high: int) -> None:
    minutes = travel_minutes(*DARMSTADT_MITTE, *DARMSTADT_NORD, mode=mode, area="urban")
    assert low <= minutes <= high


def test_same_point_takes_no_time() -> None:
    # the same town centre: still the way across town, never 0 minutes
    assert 0 < travel_minutes(*QUEDLINBURG, *QUEDLINBURG, mode="transit", area="rural") <= 20


def test_transit_never_slower_than_walking() -> None:
    for km in (0.1, 0.3, 0.8, 1.5):
        assert minutes_for_km(km, mode="transit", area="rural") <= minutes_for_km(
            km, mode="walk", area="rural")


def test_unknown_mode_is_an_error() -> None:
    with pytest.raises(ValueError):
        minutes_for_km(3.0, mode="rocket", area="rural")


modes = st.sampled_from(sorted({m for m, _ in CALIBRATION}))
areas = st.sampled_from(("rural", "urban"))
kms = st.floats(min_value=0.0, max_value=80.0, allow_nan=False)


@given(modes, areas, kms, kms)
def test_more_distance_never_takes_less_time(mode: str, area: str, a: float, b: float) -> None:
    near, far = sorted((a, b))
    assert minutes_for_km(near, mode=mode, area=area) <= minutes_for_km(far, mode=mode, area=area)


@given(modes, areas, st.floats(51.5, 52.0), st.floats(10.6, 11.5), st.floats(51.5, 52.0),
       st.floats(10.6, 11.5))
def test_symmetric(mode: str, area: str, lat1: float, lon1: float, lat2: float,
                   lon2: float) -> None:
    there = travel_minutes(lat1, lon1, lat2, lon2, mode=mode, area=area)
    back = travel_minutes(lat2, lon2, lat1, lon1, mode=mode, area=area)
    assert abs(there - back) <= 1


@given(modes, areas, st.integers(min_value=1, max_value=120))
def test_reach_is_reachable(mode: str, area: str, minutes: int) -> None:
    km = reach_km(minutes, mode=mode, area=area)
    if km > 0:  # 0: too little time even to cross town
        assert minutes_for_km(km * 0.999, mode=mode, area=area) <= minutes


points = st.tuples(st.floats(49.5, 52.5), st.floats(6.8, 11.9))


@given(st.lists(st.tuples(points, points, modes, areas), min_size=1, max_size=30))
def test_many_at_once_equals_one_by_one(pairs: list) -> None:  # type: ignore[type-arg]
    (froms, tos, mode_list, area_list) = zip(*pairs, strict=True)
    got = minutes_many(np.array([f[0] for f in froms]), np.array([f[1] for f in froms]),
                       np.array([t[0] for t in tos]), np.array([t[1] for t in tos]),
                       ways=list(zip(mode_list, area_list, strict=True)),
                       way=np.arange(len(pairs)))
    assert got.tolist() == [travel_minutes(f[0], f[1], t[0], t[1], mode=m, area=a)
                            for f, t, m, a in pairs]


def test_many_at_once_rejects_an_unknown_mode() -> None:
    with pytest.raises(ValueError):
        minutes_many(np.array([51.0]), np.array([11.0]), np.array([51.1]), np.array([11.1]),
                     ways=[("rocket", "rural")], way=np.array([0]))
