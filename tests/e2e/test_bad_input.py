"""Bad input to the HTTP endpoints: a clear 4xx JSON error or a friendly answer, never 5xx."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

URL = "/webhooks/rest/webhook"


def assert_json_error(response, status: int) -> None:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"] and body["message"]
    assert "Traceback" not in response.text


def test_json_null_is_a_422(client: TestClient) -> None:
    assert_json_error(client.post(URL, content=b"null",
                                  headers={"content-type": "application/json"}), 422)


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"", "application/json"),
        (b"{not json", "application/json"),
        (b"\xff\xfe\x00garbage", "application/json"),
        (b"[1, 2", "application/json"),
        (b"sender=a&message=b", "application/x-www-form-urlencoded"),
    ],
)
def test_invalid_json_is_a_400(client: TestClient, body: bytes, content_type: str) -> None:
    assert_json_error(client.post(URL, content=body, headers={"content-type": content_type}), 400)


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"sender": "a"},
        {"message": "hallo"},
        {"sender": 123, "message": "hallo"},
        {"sender": "a", "message": 42},
        {"sender": "a", "message": None},
        {"sender": "", "message": "hallo"},
        {"sender": ["a"], "message": "hallo"},
        {"sender": "a", "message": {"text": "hallo"}},
        [],
        "hallo",
        12,
    ],
)
def test_wrong_shapes_and_types_are_a_422(client: TestClient, payload: object) -> None:
    assert_json_error(client.post(URL, json=payload), 422)


def test_100_kb_message_is_refused_with_413(client: TestClient) -> None:
    response = client.post(URL, json={"sender": "a", "message": "x" * 100_000})
    assert_json_error(response, 413)


def test_long_but_acceptable_body_gets_a_friendly_answer(client: TestClient) -> None:
    response = client.post(URL, json={"sender": "long", "message": "bla " * 2000})
    assert response.status_code == 200
    assert "kürzer" in response.json()[0]["text"]


@pytest.mark.parametrize("message", ["", "   ", "\x00\x01\x02", "\u202e\u200b", "\n\t\n"])
def test_empty_or_control_only_message_gets_a_friendly_answer(
    client: TestClient, message: str
) -> None:
    response = client.post(URL, json={"sender": "e", "message": message})
    assert response.status_code == 200
    assert "keine Nachricht" in response.json()[0]["text"]


def test_control_characters_are_stripped_and_the_chat_goes_on(client: TestClient) -> None:
    first = client.post(URL, json={"sender": "c", "message": "ha\x00l\x07lo\u202e"})
    assert first.status_code == 200
    assert first.json()[-1]["custom"]["expects"] == "need"


@pytest.mark.parametrize(
    "message",
    ["🙂🙂🙂", "ﷺ", "𝕳𝖆𝖑𝖑𝖔", "\ud7ff", "a" * 2000, "<script>alert(1)</script>",
     "'; DROP TABLE conversations; --", "/inform{\"age\": [1,2]}", "/inform{bad json", "/nope"],
)
def test_odd_unicode_and_injection_attempts_are_answered(client: TestClient, message: str) -> None:
    response = client.post(URL, json={"sender": "u", "message": message})
    assert response.status_code == 200, response.text
    assert isinstance(response.json(), list) and response.json()


def test_unknown_route_and_wrong_method_are_json(client: TestClient) -> None:
    assert_json_error(client.get("/nope"), 404)
    assert_json_error(client.get(URL), 405)


def test_match_api_rejects_bad_profiles(client: TestClient) -> None:
    assert_json_error(client.post("/api/match", json={"age": "alt"}), 422)
    assert_json_error(client.post("/api/match", json={"needs": ["fliegen"]}), 422)
    assert_json_error(client.post("/api/match", content=b"{"), 400)


def test_every_page_has_security_headers(client: TestClient) -> None:
    for response in (client.get("/"), client.get("/healthz"), client.get("/nope"),
                     client.post(URL, json={"sender": "h", "message": "hi"})):
        assert "script-src 'self'" in response.headers["content-security-policy"]
        assert response.headers["x-content-type-options"] == "nosniff"
