"""/openapi.json describes the public JSON endpoints as they answer: real answers (a chat, a
match with internships, errors) are checked against it, every public JSON route is in it, and
schemathesis runs generated requests from it against the real ASGI app (bounded, seeded)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import checks
from schemathesis.python import asgi
from sqlalchemy import Engine
from starlette.testclient import TestClient

from bot.internship_service import import_demo
from bot.rate_limit import RateLimiter
from bot.reference import Reference
from bot.service import Lotse
from bot.storage.database import make_engine, make_sessionmaker, upgrade
from bot.web.app import create_app
from bot.web.openapi import openapi_document
from tests.e2e.routes import endpoints

EXAMPLES = 100  # per operation and phase; the whole run stays well under a minute
NOT_PUBLIC_JSON = ("/", "/static", "/openapi.json", "/telegram/webhook",
                   "/widget", "/widget.js",  # the widget's frame (HTML) and script
                   "/widget/seal", "/widget/unseal",  # the frame's own, without CORS
                   "/metrics")  # Prometheus text, for the allowed networks only


@pytest.fixture(scope="module")
def service(reference: Reference, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lotse]:
    engine: Engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('api') / 'api.sqlite3'}")
    upgrade(engine)
    sessions = make_sessionmaker(engine)
    with sessions.begin() as session:
        import_demo(session)  # internship places, so /api/match can answer with them
    fuzzy = reference.fuzzy_backend()
    lotse = Lotse(sessions=sessions, nlu=fuzzy, fallback_nlu=fuzzy, offers=reference.offers,
                  places=reference.places, secret=b"openapi-secret-key-01",
                  limiter=RateLimiter("1000000/minute"))
    yield lotse
    engine.dispose()


@pytest.fixture(scope="module")
def api(service: Lotse) -> Any:
    return create_app(service)


@pytest.fixture(scope="module")
def client(api: Any) -> Iterator[TestClient]:
    with TestClient(api, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def conforms(api: Any) -> Callable[[str, str, Any], None]:
    """Check one real answer against the served document (status, content type, body)."""
    served = schemathesis.openapi.from_asgi("/openapi.json", api)

    def check(method: str, path: str, response: Any) -> None:
        served[path][method].validate_response(response)
    return check


def test_served_document_is_the_description(client: TestClient) -> None:
    served = client.get("/openapi.json")
    assert served.status_code == 200 and served.headers["content-type"] == "application/json"
    document = served.json()
    assert document == openapi_document()
    assert document["openapi"] == "3.1.0"
    assert set(document["paths"]) == {"/webhooks/rest/webhook", "/api/match", "/api/stats",
                                      "/healthz", "/readyz", "/webhooks/rest/history",
                                      "/webhooks/rest/widget-words", "/webhooks/rest/"}


def test_every_public_json_route_is_described(api: Any) -> None:
    """A new JSON endpoint outside the staff areas fails here until /openapi.json has it."""
    described = set(openapi_document()["paths"])
    public = {e.path for e in endpoints(api) if not e.html and e.path not in NOT_PUBLIC_JSON
              and not e.path.startswith("/static")}
    assert public <= described, f"not in /openapi.json: {sorted(public - described)}"


def test_real_answers_conform(client: TestClient, conforms: Callable[[str, str, Any], None]) -> None:
    chat = "/webhooks/rest/webhook"
    for text in ("hi ich suche ein praktikum in quedlinburg", "16", "hab schulden", "ich will nicht mehr leben"):
        answer = client.post(chat, json={"sender": "doc", "message": text, "metadata": {"language": "de"}})
        assert answer.status_code == 200
        conforms("POST", chat, answer)
    offers = client.post("/api/match", json={"age": 17, "place": "Quedlinburg", "needs": ["money_problems"]})
    assert offers.json()["offers"]
    conforms("POST", "/api/match", offers)
    places = client.post("/api/match", json=[{"age": 15, "place": "Quedlinburg", "needs": ["seek_internship"],
                                              "internship_kind": "school", "birth_date": "2011-03-01"},
                                             {"place": "nirgendwo"}])
    assert places.status_code == 200 and len(places.json()) == 2
    conforms("POST", "/api/match", places)
    conforms("GET", "/healthz", client.get("/healthz"))
    conforms("GET", "/readyz", client.get("/readyz"))


def test_readiness_while_warming_conforms(service: Lotse, client: TestClient,
                                          conforms: Callable[[str, str, Any], None]) -> None:
    service.warm.clear()  # a new process loading its models
    try:
        warming = client.get("/readyz")
    finally:
        service.warm.set()
    assert warming.status_code == 503 and warming.json()["status"] == "warming"
    conforms("GET", "/readyz", warming)
    for body, status in ((b"[" * 40 + b"]" * 40, 400), (b'{"age": ' + b"9" * 5000 + b"}", 400),
                         (b'{"age": "x"}', 422), (b"[" + b"1," * 40_000 + b"1]", 413)):
        refused = client.post("/api/match", content=body, headers={"content-type": "application/json"})
        assert refused.status_code == status, refused.text
        conforms("POST", "/api/match", refused)


# the document itself, loaded at collection; requests go to the app in-process through
# schemathesis' ASGI client (its lazy fixture loader does not run under pytest 9.2)
schema = schemathesis.openapi.from_dict(openapi_document())


@pytest.fixture(scope="module")
def asgi_session(api: Any) -> Iterator[Any]:
    with asgi.get_client(api) as session:
        yield session


@schema.parametrize()
@settings(max_examples=EXAMPLES, derandomize=True, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))
def test_schemathesis(case: Any, asgi_session: Any) -> None:
    """Generated requests from the document: no 5xx, every status, type and body as described.
    Not checked: that every request outside the document is refused (like Rasa's REST channel
    the endpoints ignore what they do not read: extra fields, unused `metadata`), and that every
    request inside it is accepted (a birth date in the future or `to` before `from` fit the
    schema, but are refused with a 422, which the document lists)."""
    case.call_and_validate(session=asgi_session, base_url="http://testserver",
                           excluded_checks=[checks.negative_data_rejection,
                                            checks.positive_data_acceptance])
