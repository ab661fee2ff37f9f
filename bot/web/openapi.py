"""The OpenAPI 3.1 description of the public JSON endpoints, served at `/openapi.json`.

The chat (`POST /webhooks/rest/webhook`), the routing API (`POST /api/match`) and the health
check (`GET /healthz`), with exactly the names and shapes of the public contract (README, "API"). Request
bodies come from the Pydantic models that validate them (so the two cannot drift apart), the
answers are written out here; tests/e2e/test_openapi.py checks real answers against it and
runs schemathesis over it. The staff areas and the Telegram webhook are not public APIs.
"""

from __future__ import annotations

from typing import Any

from bot.routing_api import ProfileIn
from bot.web.json_body import MAX_DEPTH, MAX_DIGITS

REF = "#/components/schemas/{model}"


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


ERRORS = {  # the friendly JSON error every endpoint answers with
    "400": _json(_ref("Error"), f"Not JSON, nested deeper than {MAX_DEPTH}, or a number "
                                f"longer than {MAX_DIGITS} characters"),
    "413": _json(_ref("Error"), "Body larger than 64 KiB"),
    "422": _json(_ref("Error"), "JSON of the wrong shape; `detail.fields` names the fields"),
}
CHAT_IN = {
    "type": "object", "required": ["sender", "message"],
    "properties": {
        "sender": {"type": "string", "minLength": 1, "maxLength": 200},
        "message": {"type": "string", "maxLength": 20000,
                    "description": "Text or the payload of a button"},
        "metadata": {"type": "object", "description": "Rasa's optional metadata",
                     "properties": {"message_id": {
                                        "type": ["string", "integer"],
                                        "description": "client-chosen; the same id from the "
                                                       "same sender is answered once, a repeat "
                                                       "gets the same answer again"},
                                    "language": {"type": "string"},
                                    "region": {
                                        "type": "string", "pattern": "^[0-9]{5}$",
                                        "description": "the Kreis key of the website the "
                                                       "chat is embedded in: its offers while "
                                                       "the person names no place; a Kreis "
                                                       "the catalogue does not serve is "
                                                       "ignored"}}},
    },
}
CHAT_MESSAGE = {
    "type": "object", "required": ["recipient_id", "text"],
    "properties": {
        "recipient_id": {"type": "string"},
        "text": {"type": "string", "minLength": 1},
        "buttons": {"type": "array", "items": {
            "type": "object", "required": ["title", "payload"],
            "properties": {"title": {"type": "string"}, "payload": {"type": "string"}}}},
        "custom": {"type": "object", "properties": {
            "expects": {"enum": ["need", "age", "place", "school_status", "school_qualification",
                                 "occupation", "languages", "consent", "contact", "confirm",
                                 "free_text"]},
            "offers": {"type": "array", "items": _ref("Offer")},
            "internships": {"type": "array", "items": _ref("Internship")},
            "crisis": {"type": "boolean"}, "crisis_check": {"type": "boolean"},
            "fallback": {"type": "boolean"}, "language": {"type": "string"},
            "deleted": {"type": "boolean", "description": (
                "the conversation was deleted on request: a client forgets the sender id")},
        }},
    },
}
OFFER = {
    "type": "object", "required": ["id", "name", "category", "region", "score", "reasons", "contact"],
    "properties": {
        "id": {"type": "string"}, "name": {"type": "string"}, "provider": {"type": "string"},
        "category": {"type": "string"}, "category_label": {"type": "string"},
        "region": {"type": "string"}, "need": {"type": "string"},
        "score": {"type": "number"}, "reasons": {"type": "array", "items": {"type": "string"}},
        "description": {"type": "string"},
        "contact": {"type": "object", "additionalProperties": {"type": "string"}},
        "open_now": {"type": "boolean"},
    },
}
INTERNSHIP = {
    "type": "object", "required": ["id", "company", "occupation", "score", "reasons"],
    "properties": {
        "id": {"type": "string"}, "company": {"type": "string"}, "occupation": {"type": "string"},
        "score": {"type": "number"}, "reasons": {"type": "array", "items": {"type": "string"}},
        "legal": {"type": "array", "items": {
            "type": "object", "required": ["rule", "ok"],
            "properties": {"rule": {"type": "string"}, "ok": {"type": "boolean"},
                           "text": {"type": "string"}}}},
        "requires": {"type": "array", "items": {"type": "string"}},
        "travel_minutes": {"type": ["integer", "number", "null"]},
        "travel_mode": {"type": ["string", "null"]}, "kind": {"type": "string"},
        "region": {"type": "string"}, "schedule": {"type": "object"},
    },
}
MATCH_OUT = {
    "type": "object", "required": ["place", "offers", "internships"],
    "properties": {
        "place": {"oneOf": [{"type": "null"}, {
            "type": "object", "required": ["name", "postal_code", "region"],
            "properties": {"name": {"type": "string"}, "postal_code": {"type": ["string", "null"]},
                           "region": {"type": "string"}, "kreis": {"type": ["string", "null"]},
                           "lat": {"type": ["number", "null"]}, "lon": {"type": ["number", "null"]}}}]},
        "nationwide_only": {"type": "boolean"},
        "offers": {"type": "array", "items": _ref("Offer")},
        "internships": {"type": "array", "items": _ref("Internship")},
    },
}
ERROR = {
    "type": "object", "required": ["error", "message"],
    "properties": {"error": {"type": "string", "description": "A code: invalid_json, too_deep, "
                                                              "number_too_long, payload_too_large, …"},
                   "message": {"type": "string", "description": "Friendly German text"},
                   "detail": {}},
}
HEALTH = {
    "type": "object", "required": ["status"],
    "properties": {"status": {"type": "string"}, "offers": {"type": "integer"},
                   "database": {"enum": ["up", "down"]},
                   "telegram": {"enum": ["ready", "connecting"]}},
}
_STATE = {"type": "object", "required": ["state"], "properties": {"state": {"type": "string"}}}
READY = {
    "type": "object", "required": ["status", "database", "rasa", "telegram", "redis", "warm"],
    "properties": {"status": {"enum": ["ready", "crisis help only", "warming"]},
                   "database": _STATE, "rasa": _STATE, "telegram": _STATE, "redis": _STATE,
                   "warm": _STATE},
}


COUNT = {"oneOf": [{"type": "integer", "minimum": 5}, {"const": "<5"}]}
STATS = {
    "type": "object", "required": ["region", "from", "to", "suppressed_below", "totals", "days"],
    "properties": {
        "region": {"type": "string"}, "from": {"type": "string", "format": "date"},
        "to": {"type": "string", "format": "date"}, "suppressed_below": {"const": 5},
        "totals": {"type": "object", "description": "dimension -> value -> count (docs/safety.md)",
                   "additionalProperties": {"type": "object", "additionalProperties": COUNT}},
        "days": {"type": "array", "items": {
            "type": "object", "required": ["day", "need", "count"],
            "properties": {"day": {"type": "string", "format": "date"},
                           "need": {"type": "string"}, "count": COUNT}}},
    },
}
HISTORY = {
    "type": "object", "required": ["sender", "messages", "buttons"],
    "properties": {
        "sender": {"type": "string"},
        "messages": {"type": "array", "items": {
            "type": "object", "required": ["role", "text", "at"],
            "properties": {"role": {"enum": ["user", "bot"]}, "text": {"type": "string"},
                           "at": {"type": "string", "format": "date-time"},
                           "custom": {"type": "object", "description": (
                               "a bot line's cards as the live message had them (without "
                               "open_now); the text is then the message's text alone"),
                               "properties": {"language": {"type": "string"},
                                              "offers": {"type": "array", "items": _ref("Offer")},
                                              "crisis": {"type": "boolean"}}}}}},
        "buttons": {"type": "array", "items": {
            "type": "object", "required": ["title", "payload"],
            "properties": {"title": {"type": "string"}, "payload": {"type": "string"}}}},
        "language": {"type": ["string", "null"],
                     "description": "the chat's language (null for an unknown sender)"},
    },
}


def openapi_document() -> dict[str, Any]:
    """The whole document (OpenAPI 3.1, JSON Schema 2020-12)."""
    profile = ProfileIn.model_json_schema(ref_template=REF)
    schemas = {**profile.pop("$defs", {}), "Profile": profile, "ChatIn": CHAT_IN,
               "ChatMessage": CHAT_MESSAGE, "Offer": OFFER, "Internship": INTERNSHIP,
               "MatchResult": MATCH_OUT, "Error": ERROR, "Health": HEALTH,
               "Ready": READY, "Stats": STATS, "History": HISTORY}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Lotse", "version": "1",
                 "description": "The public JSON endpoints of Lotse (the public contract). Bodies "
                                f"up to 64 KiB, nesting up to {MAX_DEPTH} levels, numbers up "
                                f"to {MAX_DIGITS} characters; errors are a friendly JSON object."},
        "paths": {
            "/webhooks/rest/webhook": {"post": {
                "summary": "One chat message in, the assistant's messages out (Rasa REST channel)",
                "operationId": "chat",
                "requestBody": {"required": True,
                                "content": {"application/json": {"schema": _ref("ChatIn")}}},
                "responses": {"200": _json({"type": "array", "minItems": 1, "items": _ref("ChatMessage")},
                                           "The assistant's messages"), **ERRORS},
            }},
            "/api/match": {"post": {
                "summary": "Route a situation profile (or a list of them) to offers and internships",
                "operationId": "match",
                "requestBody": {"required": True, "content": {"application/json": {"schema": {
                    "oneOf": [_ref("Profile"), {"type": "array", "items": _ref("Profile")}]}}}},
                "responses": {"200": _json({"oneOf": [_ref("MatchResult"),
                                                      {"type": "array", "items": _ref("MatchResult")}]},
                                           "One result per profile, in the same order"), **ERRORS},
            }},
            "/api/stats": {"get": {
                "summary": "The anonymous demand figures of a Kreis for a period (counts below "
                           "five as \"<5\"), read-only, with an organisation's token",
                "operationId": "stats",
                "security": [{"bearer": []}],
                "parameters": [
                    {"name": "region", "in": "query", "required": True,
                     "schema": {"type": "string", "pattern": "^[0-9]{5}$"}},
                    {"name": "from", "in": "query", "required": True,
                     "schema": {"type": "string", "format": "date"}},
                    {"name": "to", "in": "query", "required": True,
                     "schema": {"type": "string", "format": "date"}}],
                "responses": {"200": _json(_ref("Stats"), "Totals per dimension and value, "
                                                          "one row per day × need"),
                              "401": _json(_ref("Error"), "No valid token"),
                              "403": _json(_ref("Error"), "The token is not for this Kreis"),
                              "422": _json(_ref("Error"), "region, from or to missing or wrong"),
                              "503": _json(_ref("Error"), "The database is away")},
            }},
            "/webhooks/rest/history": {"get": {
                "summary": "A web sender's own conversation, for the widget after a reload",
                "operationId": "chat_history",
                "parameters": [{"name": "sender", "in": "query", "required": True,
                                "schema": {"type": "string", "minLength": 16, "maxLength": 200}}],
                "responses": {"200": _json(_ref("History"), "The lines and the open quick replies"),
                              "422": ERRORS["422"],
                              "503": _json(_ref("Error"), "The database is away")},
            }},
            "/webhooks/rest/widget-words": {"get": {
                "summary": "The launcher button's words in a language (widget.js)",
                "operationId": "widget_words",
                "parameters": [{"name": "lang", "in": "query", "schema": {"type": "string"}}],
                "responses": {"200": _json({
                    "type": "object", "required": ["language", "open", "close", "unread"],
                    "properties": {
                        **{k: {"type": "string"} for k in ("language", "open", "close")},
                        "unread": {"type": "object", "description": (
                            "the unread count per CLDR plural category (zero, one, two, few, "
                            "many, other), {count} for the number"),
                            "additionalProperties": {"type": "string"}}}},
                    "The words")},
            }},
            "/webhooks/rest/": {"get": {
                "summary": "Health check of the Rasa REST channel (as Rasa answers it)",
                "operationId": "rest_health",
                "responses": {"200": _json({"type": "object", "required": ["status"],
                                            "properties": {"status": {"const": "ok"}}}, "ok")},
            }},
            "/healthz": {"get": {
                "summary": "Liveness", "operationId": "health",
                "responses": {"200": _json(_ref("Health"), "The service runs")},
            }},
            "/readyz": {"get": {
                "summary": "Readiness: database, Rasa, Telegram and Redis, each with its state",
                "operationId": "ready",
                "responses": {"200": _json(_ref("Ready"), "Ready for every message"),
                              "503": _json(_ref("Ready"), "The database is away (crisis help "
                                                          "only) or the models still load "
                                                          "(warming)")},
            }},
        },
        "components": {"schemas": schemas, "securitySchemes": {
            "bearer": {"type": "http", "scheme": "bearer",
                       "description": "lotse stats token --org ORG"}}},
    }
