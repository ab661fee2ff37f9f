"""Integration: a live Rasa server trained from the project's data, used by the real app.

The first run creates the Python 3.10 virtualenv and trains the model (minutes); later runs
reuse both from the cache (~/.cache/lotse, or LOTSE_CACHE_DIR). Skipped with a loud message
only where Python 3.10 is missing; in CI (CI=true) that is a failure.
"""

from __future__ import annotations

import secrets
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from starlette.testclient import TestClient

from bot.reference import Reference
from bot.safety import looks_like_crisis
from bot.service import Lotse
from bot.settings import PROJECT_ROOT
from bot.storage.database import make_sessionmaker
from bot.web.app import create_app
from nlu.crisis_rule import WithCrisisRule
from nlu.evaluate import evaluate
from nlu.rasa_http import RasaBackend
from nlu.rasa_server import RasaServer, cache_dir, find_python310, start_server, train
from nlu.report import free_port
from nlu.training_data import load
from tests.conftest import TUESDAY_AFTERNOON, skip_or_fail

HELD_OUT = Path(__file__).parent / "test_nlu.yml"


@pytest.fixture(scope="session")
def rasa_model() -> Path:
    if find_python310() is None:
        skip_or_fail("Rasa integration tests need Python 3.10 (python3.10 on PATH, a pyenv "
                     "3.10 or LOTSE_PYTHON310) – Rasa 3.6 does not run on 3.11")
    return train(PROJECT_ROOT / "data", log=lambda m: print(m, file=sys.stderr))


def _serve(model: Path) -> RasaServer:
    # A leading "-" once made `rasa run` read the token as an option (exit 2): keep one.
    server = start_server(model, port=free_port(), token="-" + secrets.token_urlsafe(16),
                          log_file=cache_dir() / "rasa-test.log")
    server.wait_ready()
    return server


@pytest.fixture(scope="session")
def rasa_server(rasa_model: Path) -> Iterator[RasaServer]:
    server = _serve(rasa_model)
    yield server
    server.stop()


@pytest.fixture
def rasa(rasa_server: RasaServer) -> Iterator[RasaBackend]:
    backend = RasaBackend(rasa_server.url, token=rasa_server.token, timeout=2.0)
    yield backend
    backend.close()


def test_server_refuses_requests_without_the_token(rasa_server: RasaServer) -> None:
    import httpx

    response = httpx.post(f"{rasa_server.url}/model/parse", json={"text": "hallo"}, timeout=5)
    assert response.status_code == 401


@pytest.mark.parametrize(("text", "intent"), [
    ("hallo", "greet"),
    ("ich such nen praktikum", "seek_internship"),
    ("ich will eine ausbildung machen", "seek_apprenticeship"),
    ("ich hab schulden und weiß nicht weiter", "money_problems"),
    ("bist du ein bot?", "bot_challenge"),
    ("lösch bitte alles über mich", "delete_data"),
])
def test_rasa_understands_clear_messages(rasa: RasaBackend, text: str, intent: str) -> None:
    assert rasa.parse(text).intent.name == intent


def test_postal_code_is_one_place_entity(rasa: RasaBackend) -> None:
    result = rasa.parse("ich wohne in 06484 und such ein praktikum")
    places = [e for e in result.entities if e.entity == "place"]
    assert [e.value for e in places] == ["06484"]


def test_rasa_quality_on_the_held_out_file(rasa: RasaBackend) -> None:
    """A floor against regressions; docs/nlu-report.md has the full figures."""
    report = evaluate(WithCrisisRule(rasa, looks_like_crisis), load(HELD_OUT))
    assert report["macro_f1"] >= 0.85, report["worst_confusions"]
    assert report["intents"]["crisis"]["recall"] == 1.0


@pytest.mark.parametrize("language", ["en", "tr", "uk", "ru", "ar", "fa"])
def test_rasa_meets_the_language_target_on_the_third_blind_files(rasa: RasaBackend, language: str) -> None:
    """Issue 15's target for Rasa, macro F1 ≥ 0.88, on the newest held-out file of each
    language (written blind on 2026-12-06, never tuned on: 0.892–0.917 when first measured)."""
    report = evaluate(rasa, load(Path(__file__).parent / f"test_nlu_{language}_3.yml"))
    assert report["macro_f1"] >= 0.88, report["worst_confusions"]


def _app_with_rasa(reference: Reference, engine: Engine, backend: RasaBackend) -> TestClient:
    fuzzy = reference.fuzzy_backend()
    lotse = Lotse(sessions=make_sessionmaker(engine), nlu=WithCrisisRule(backend, looks_like_crisis),
                  fallback_nlu=WithCrisisRule(fuzzy, looks_like_crisis), offers=reference.offers,
                  places=reference.places, secret=b"test-secret-key-for-hashing",
                  clock=lambda: TUESDAY_AFTERNOON)
    return TestClient(create_app(lotse), raise_server_exceptions=False)


def _say(client: TestClient, text: str) -> list[dict]:  # type: ignore[type-arg]
    response = client.post("/webhooks/rest/webhook", json={"sender": "rasa-e2e", "message": text})
    assert response.status_code == 200
    return response.json()


def test_crisis_help_with_rasa_down(reference: Reference, sqlite_engine: Engine) -> None:
    backend = RasaBackend(f"http://127.0.0.1:{free_port()}", token="nobody-listens")
    with _app_with_rasa(reference, sqlite_engine, backend) as client:
        replies = _say(client, "ich will nicht mehr leben")
    assert any(m.get("custom", {}).get("crisis") for m in replies)


def test_chat_with_rasa_and_with_rasa_stopped_mid_conversation(
        rasa_server: RasaServer, reference: Reference, sqlite_engine: Engine) -> None:
    """Last in this file: it stops the shared server (starting another costs a minute)."""
    server = rasa_server
    backend = RasaBackend(server.url, token=server.token, fail_max=2, reset_timeout=60)
    try:
        with _app_with_rasa(reference, sqlite_engine, backend) as client:
            first = _say(client, "hi ich suche einen ausbildungsplatz")
            assert first[-1]["custom"]["expects"] in {"age", "place", "school_status"}
            assert backend.breaker.current_state == "closed" and backend.breaker.fail_counter == 0
            server.stop()  # Rasa goes away in the middle of the conversation
            answers = {"age": "17", "place": "Quedlinburg", "school_status": "ich geh noch zur schule",
                       "school_qualification": "realschule", "occupation": "was mit autos",
                       "languages": "deutsch"}
            replies = first
            for _ in range(8):
                expects = replies[-1].get("custom", {}).get("expects")
                if expects not in answers:
                    break
                replies = _say(client, answers[expects])
            offers = [o for m in replies for o in m.get("custom", {}).get("offers", [])]
            assert offers, replies  # the person got recommendations, Rasa or not
            assert all(o["region"] in {"15085", "DE"} for o in offers)
            assert "Bei mir klemmt" not in " ".join(m["text"] for m in replies)
            assert backend.breaker.current_state == "open"
    finally:
        server.stop()
        backend.close()
