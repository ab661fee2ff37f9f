"""The Rasa backend's mapping, timeout and circuit breaker, against a fake Rasa transport.

The live server is exercised in tests/nlu/test_rasa_server.py; these tests pin the
behaviour that must hold whatever Rasa answers.
"""

from __future__ import annotations

import json
import logging
import time

import httpx
import pytest

from nlu.model import NluUnavailable
from nlu.rasa_http import RasaBackend, to_parse_result

RASA_ANSWER = {
    "text": "bin 16 aus 06484 und will kfz",
    "intent": {"name": "seek_apprenticeship", "confidence": 0.91},
    "intent_ranking": [{"name": "seek_apprenticeship", "confidence": 0.91},
                       {"name": "seek_internship", "confidence": 0.05}],
    "entities": [
        {"entity": "age", "value": "16", "start": 4, "end": 6, "extractor": "DIETClassifier"},
        {"entity": "age_number", "value": "16", "start": 4, "end": 6,
         "extractor": "RegexEntityExtractor"},
        {"entity": "place", "value": "06484", "start": 11, "end": 16, "extractor": "DIETClassifier"},
        {"entity": "postal_code", "value": "06484", "start": 11, "end": 16,
         "extractor": "RegexEntityExtractor"},
        {"entity": "occupation", "value": "kfz", "start": 26, "end": 29,
         "extractor": "DIETClassifier"},
    ],
}


class FakeRasa:
    """Answers like `rasa run --enable-api`, or fails as told."""

    def __init__(self) -> None:
        self.calls = 0
        self.failing = False

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        if self.failing:
            raise httpx.ConnectError("connection refused", request=request)
        assert request.url.path == "/model/parse"
        assert request.url.params["token"] == "t0ken"
        text = json.loads(request.content)["text"]
        return httpx.Response(200, json={**RASA_ANSWER, "text": text})


@pytest.fixture
def fake() -> FakeRasa:
    return FakeRasa()


def backend(fake: FakeRasa, **kwargs: float) -> RasaBackend:
    return RasaBackend("http://rasa.test", token="t0ken", transport=httpx.MockTransport(fake),
                       **kwargs)  # type: ignore[arg-type]


def test_entities_found_twice_are_merged_and_renamed(fake: FakeRasa) -> None:
    result = backend(fake).parse("bin 16 aus 06484 und will kfz")
    assert result.intent.name == "seek_apprenticeship"
    assert [(e.entity, e.value) for e in result.entities] == [
        ("age", "16"), ("place", "06484"), ("occupation", "kfz")]
    assert next(e for e in result.entities if e.entity == "place").extractor == "RegexEntityExtractor"


def test_nlu_fallback_becomes_out_of_scope_with_low_confidence() -> None:
    data = {"intent": {"name": "nlu_fallback", "confidence": 0.35},
            "intent_ranking": [{"name": "nlu_fallback", "confidence": 0.35},
                               {"name": "greet", "confidence": 0.2}]}
    result = to_parse_result(data, "asdf qwer")
    assert result.intent.name == "out_of_scope"
    assert result.intent.confidence <= 0.3
    assert result.intent_ranking[0].name == "out_of_scope"


def test_failure_raises_unavailable(fake: FakeRasa) -> None:
    fake.failing = True
    with pytest.raises(NluUnavailable):
        backend(fake).parse("hallo")


def test_circuit_opens_after_repeated_failures_and_stops_calling(
        fake: FakeRasa, caplog: pytest.LogCaptureFixture) -> None:
    rasa = backend(fake, fail_max=3, reset_timeout=60)
    fake.failing = True
    with caplog.at_level(logging.WARNING, logger="lotse.nlu.rasa"):
        for _ in range(10):
            with pytest.raises(NluUnavailable):
                rasa.parse("hallo")
    assert fake.calls == 3  # the breaker answered the other seven without a network call
    assert rasa.breaker.current_state == "open"
    assert any("circuit open" in r.getMessage() for r in caplog.records)


def test_circuit_closes_when_rasa_is_back(fake: FakeRasa) -> None:
    rasa = backend(fake, fail_max=2, reset_timeout=0.05)
    fake.failing = True
    for _ in range(2):
        with pytest.raises(NluUnavailable):
            rasa.parse("hallo")
    fake.failing = False
    time.sleep(0.1)
    assert rasa.parse("hallo").intent.name == "seek_apprenticeship"
    assert rasa.breaker.current_state == "closed"


def test_garbage_answer_is_unavailable() -> None:
    def garbage(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"<html>oops</html>")

    rasa = RasaBackend("http://rasa.test", transport=httpx.MockTransport(garbage))
    with pytest.raises(NluUnavailable):
        rasa.parse("hallo")
