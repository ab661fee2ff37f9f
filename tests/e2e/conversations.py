"""Helpers to talk to the chat endpoint like a client would."""

from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient

URL = "/webhooks/rest/webhook"


def say(client: TestClient, sender: str, message: str) -> list[dict[str, Any]]:
    response = client.post(URL, json={"sender": sender, "message": message})
    assert response.status_code == 200, response.text
    messages = response.json()
    assert messages and all(m["recipient_id"] == sender and m["text"] for m in messages)
    return messages


def converse(client: TestClient, sender: str, lines: list[str]) -> list[list[dict[str, Any]]]:
    return [say(client, sender, line) for line in lines]


def offers(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [o for m in messages for o in m.get("custom", {}).get("offers", [])]


def expects(messages: list[dict[str, Any]]) -> str | None:
    return messages[-1].get("custom", {}).get("expects")


def alarmed(messages: list[dict[str, Any]]) -> bool:
    """Whether an answer brings crisis help or a crisis check-in."""
    return any(m.get("custom", {}).get(key) for m in messages for key in ("crisis", "crisis_check"))
