"""`POST /api/match` with internships over HTTP: stored places, friendly 4xx for bad profiles."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import Engine
from starlette.testclient import TestClient

from bot.internship_service import import_demo
from bot.service import Lotse
from bot.storage.database import make_sessionmaker
from bot.web.app import create_app

PROFILE = {"age": 16, "place": "Quedlinburg", "needs": ["seek_internship"],
           "occupation": "was mit Tieren"}


@pytest.fixture
def demo_client(make_lotse: Callable[..., Lotse], sqlite_engine: Engine) -> Iterator[TestClient]:
    with make_sessionmaker(sqlite_engine).begin() as session:
        import_demo(session)
    with TestClient(create_app(make_lotse(sqlite_engine)), raise_server_exceptions=False) as c:
        yield c


def test_match_fills_internships_from_the_stored_places(demo_client: TestClient) -> None:
    response = demo_client.post("/api/match", json=PROFILE)
    assert response.status_code == 200, response.text
    items = response.json()["internships"]
    assert items and items[0]["company"] == "Beispiel-Tierpension Quedlinburg"
    first = items[0]
    assert {"id", "company", "occupation", "score", "reasons", "legal", "requires",
            "travel_minutes", "travel_mode", "kind", "region", "schedule"} <= set(first)
    assert all(c["ok"] or c.get("warning") for item in items for c in item["legal"])


def test_given_dates_kind_and_mode_are_respected(demo_client: TestClient) -> None:
    profile = {**PROFILE, "birth_date": "2010-05-01", "internship_kind": "holiday",
               "dates": {"from": "2027-07-01", "to": "2027-08-31"}, "travel_mode": "car",
               "max_travel_minutes": 30}
    items = demo_client.post("/api/match", json=profile).json()["internships"]
    assert items
    for item in items:
        assert item["kind"] == "holiday" and item["travel_mode"] == "car"
        assert item["travel_minutes"] <= 30
        assert "2027-07-01" <= item["schedule"]["from"] <= item["schedule"]["to"] <= "2027-08-31"


def test_a_list_of_profiles_and_no_wish_gives_no_internships(demo_client: TestClient) -> None:
    body = demo_client.post("/api/match", json=[PROFILE, {"age": 16, "place": "Quedlinburg"}])
    first, second = body.json()
    assert first["internships"] and second["internships"] == []


def test_no_places_stored_gives_an_empty_list(client: TestClient) -> None:
    assert client.post("/api/match", json=PROFILE).json()["internships"] == []


@pytest.mark.parametrize("change", [
    {"birth_date": "gestern"}, {"birth_date": "2090-01-01"}, {"internship_kind": "ferien"},
    {"dates": {"from": "2027-08-01", "to": "2027-07-01"}}, {"dates": {"from": "2027-08-01"}},
    {"dates": "Sommer"}, {"travel_mode": "rakete"}, {"max_travel_minutes": 0},
    {"max_travel_minutes": 10_000},
])
def test_bad_internship_fields_are_a_friendly_422(demo_client: TestClient,
                                                 change: dict[str, object]) -> None:
    response = demo_client.post("/api/match", json={**PROFILE, **change})
    assert response.status_code == 422, response.text
    assert response.json()["message"] and "Traceback" not in response.text


@pytest.mark.parametrize("profile", [
    {"needs": ["seek_internship"]},  # no place
    {"needs": ["seek_internship"], "place": "Quedlinburg"},  # no age
    {"internship_kind": "school", "place": "Atlantis", "age": 15},
    {"internship_kind": "taster", "place": "Bochum", "age": 13, "occupation": "xyzzy"},
])
def test_incomplete_profiles_never_fail(demo_client: TestClient, profile: dict[str, object]) -> None:
    response = demo_client.post("/api/match", json=profile)
    assert response.status_code == 200, response.text
    assert isinstance(response.json()["internships"], list)
