"""`POST /api/match` with internships over HTTP: stored places, friendly 4xx for bad profiles."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import Engine, event
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


def chat(client: TestClient, sender: str, *messages: str) -> list[dict]:  # type: ignore[type-arg]
    answers: list[dict] = []  # type: ignore[type-arg]
    for message in messages:
        response = client.post("/webhooks/rest/webhook", json={"sender": sender,
                                                                "message": message})
        assert response.status_code == 200, response.text
        answers = response.json()
    return answers


def test_the_chat_shows_lawful_places_near_the_person(demo_client: TestClient) -> None:
    answers = chat(demo_client, "praktikum-1", "ich suche ein praktikum", "16", "Quedlinburg",
                   "ich geh noch zur schule", "was mit tieren")
    shown = [a for a in answers if a.get("custom", {}).get("internships")]
    assert len(shown) == 1
    items = shown[0]["custom"]["internships"]
    assert items[0]["occupation"] == "Tierpfleger"  # the field's closest group first
    assert all(c["ok"] or c.get("warning") for item in items for c in item["legal"])
    text = shown[0]["text"]
    assert "Tierpfleger bei Beispiel-Tierpension Quedlinburg" in text
    assert "Minuten mit Bus und Bahn" in text and "Regeln für dein Alter" in text
    assert "anderen Berufen" in text  # places outside the wish are not called fitting


def test_requirements_are_said_up_front(demo_client: TestClient) -> None:
    answers = chat(demo_client, "praktikum-2", "ich such ein praktikum als koch", "17",
                   "Wernigerode", "ich geh noch zur schule")
    shown = [a for a in answers if a.get("custom", {}).get("internships")]
    assert shown
    first = shown[0]["custom"]["internships"][0]
    assert first["occupation"] == "Koch" and first["requires"] == ["ifsg43"]
    assert "Belehrung vom Gesundheitsamt" in shown[0]["text"]  # plain words, not "§ 43 IfSG"


def test_without_stored_places_the_chat_stays_as_before(client: TestClient) -> None:
    answers = chat(client, "praktikum-3", "ich suche ein praktikum", "16", "Quedlinburg",
                   "ich geh noch zur schule", "was mit tieren")
    assert not any("internships" in a.get("custom", {}) for a in answers)
    assert not any("Praktikumsplätze" in a["text"] for a in answers)


def test_follow_up_questions_about_the_places(demo_client: TestClient) -> None:
    chat(demo_client, "praktikum-4", "ich suche ein praktikum", "16", "Quedlinburg",
         "ich geh noch zur schule", "bäcker")
    saturday = chat(demo_client, "praktikum-4", "muss ich da samstags hin?")
    assert "Landbäckerei Beispiel Quedlinburg: Montag bis Freitag" in saturday[0]["text"]
    assert "Am Wochenende hast du frei" in saturday[0]["text"]
    far = chat(demo_client, "praktikum-4", "ist das weit?")
    assert "Minuten mit Bus und Bahn" in far[0]["text"]
    bring = chat(demo_client, "praktikum-4", "was muss ich mitbringen?")
    assert "Belehrung vom Gesundheitsamt" in bring[0]["text"]
    animals = chat(demo_client, "praktikum-4", "gibts da auch was mit tieren?")
    shown = [a for a in animals if a.get("custom", {}).get("internships")]
    assert shown and shown[0]["custom"]["internships"][0]["occupation"] == "Tierpfleger"


def test_a_question_at_the_wish_question_is_no_wish(demo_client: TestClient) -> None:
    answers = chat(demo_client, "praktikum-5", "ich suche ein praktikum", "16", "Quedlinburg",
                   "ich geh noch zur schule", "muss ich da samstags hin?")
    assert "sobald ich passende Stellen" in answers[0]["text"]
    assert answers[-1]["custom"]["expects"] == "occupation"  # asked again, in other words
    later = chat(demo_client, "praktikum-5", "tierpfleger")
    shown = [a for a in later if a.get("custom", {}).get("internships")]
    assert shown and shown[0]["custom"]["internships"][0]["occupation"] == "Tierpfleger"


def test_a_turn_with_internship_places_holds_one_pooled_connection(
        make_lotse: Callable[..., Lotse], db_engine: Engine) -> None:
    # the places were read in a transaction of their own while the turn's was open: fifty
    # conversations at once each held a connection and waited for a second (issue 14)
    with make_sessionmaker(db_engine).begin() as session:
        import_demo(session)
    held: dict[int, int] = {}
    most = [0]

    def out(*_args: object) -> None:
        me = threading.get_ident()
        held[me] = held.get(me, 0) + 1
        most[0] = max(most[0], held[me])

    def back(*_args: object) -> None:
        held[threading.get_ident()] -= 1

    event.listen(db_engine.pool, "checkout", out)
    event.listen(db_engine.pool, "checkin", back)
    try:
        with TestClient(create_app(make_lotse(db_engine)), raise_server_exceptions=False) as c:
            answers = chat(c, "praktikum-3", "ich suche ein praktikum", "16", "Quedlinburg",
                           "ich geh noch zur schule", "was mit tieren")
    finally:
        event.remove(db_engine.pool, "checkout", out)
        event.remove(db_engine.pool, "checkin", back)
    assert any(a.get("custom", {}).get("internships") for a in answers)
    assert most[0] == 1
