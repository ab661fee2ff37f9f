"""The Rasa server backend: `POST /model/parse` over httpx, mapped to our ParseResult.

A short timeout and a circuit breaker (pybreaker) keep a slow or stopped Rasa from slowing
the chat: after `fail_max` failures in a row the breaker opens and calls fail at once
(NluUnavailable, so the service uses the embedded backend) until `reset_timeout` has passed
and one trial call succeeds.
"""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pybreaker

from nlu.model import ENTITIES, Entity, IntentScore, NluUnavailable, ParseResult

log = logging.getLogger("lotse.nlu.rasa")
DEFAULT_TIMEOUT = 0.3  # seconds; a slow Rasa must not slow the chat down
# Rasa entity names that are ours under another name (the regex extractor's postal codes).
RENAMED = {"postal_code": "place"}


class _LogStateChanges(pybreaker.CircuitBreakerListener):
    def state_change(self, cb: pybreaker.CircuitBreaker, old_state: Any, new_state: Any) -> None:
        old = getattr(old_state, "name", old_state)
        if new_state.name == "open":
            log.warning("Rasa circuit open after %d failures: embedded NLU for %.0f s",
                        cb.fail_counter, cb.reset_timeout)
        elif new_state.name == "closed" and old is not None:
            log.info("Rasa circuit closed again: Rasa answers")


class RasaBackend:
    """Parse through a running Rasa server (`rasa run --enable-api`)."""

    name = "rasa"

    def __init__(self, url: str, *, token: str | None = None, timeout: float = DEFAULT_TIMEOUT,
                 transport: httpx.BaseTransport | None = None, fail_max: int = 3,
                 reset_timeout: float = 30.0) -> None:
        params = {"token": token} if token else None
        self.url = url.rstrip("/")  # the server's address (its health route for /readyz)
        self._client = httpx.Client(base_url=url.rstrip("/"), timeout=timeout, params=params,
                                    transport=transport)
        self.breaker = pybreaker.CircuitBreaker(fail_max=fail_max, reset_timeout=reset_timeout,
                                                listeners=[_LogStateChanges()])

    def parse(self, text: str) -> ParseResult:
        try:
            return self.breaker.call(self._parse, text)
        except pybreaker.CircuitBreakerError as exc:
            raise NluUnavailable("Rasa circuit is open") from exc
        except (httpx.HTTPError, ValueError, KeyError, TypeError) as exc:
            raise NluUnavailable(f"Rasa server failed: {type(exc).__name__}") from exc

    def _parse(self, text: str) -> ParseResult:
        response = self._client.post("/model/parse", json={"text": text})
        response.raise_for_status()
        return to_parse_result(response.json(), text)

    def close(self) -> None:
        self._client.close()


def to_parse_result(data: dict[str, Any], text: str) -> ParseResult:
    """Map Rasa's answer to ours (`nlu_fallback` becomes `out_of_scope`, low confidence)."""

    def intent(raw: dict[str, Any]) -> IntentScore:
        name = raw.get("name") or "out_of_scope"
        return IntentScore("out_of_scope" if name == "nlu_fallback" else name,
                           float(raw.get("confidence") or 0.0))

    top = intent(data["intent"])
    if data["intent"].get("name") == "nlu_fallback":
        top = IntentScore("out_of_scope", min(top.confidence, 0.3))
    ranking = tuple(intent(r) for r in data.get("intent_ranking") or [data["intent"]])
    entities: dict[tuple[str, int, int], Entity] = {}
    for raw in data.get("entities") or []:
        name = RENAMED.get(raw["entity"], raw["entity"])
        if name not in ENTITIES:
            continue  # feature-only regexes (e.g. age_number) are not entities of ours
        e = Entity(name, str(raw.get("value", "")), int(raw.get("start", 0)),
                   int(raw.get("end", 0)), raw.get("extractor", "rasa"))
        key = (e.entity, e.start, e.end)
        # DIET and the regex extractor may both find it: keep one, the regex's value wins
        # for postal codes (exact), DIET's (synonym-mapped) otherwise.
        if key not in entities or e.extractor == "RegexEntityExtractor":
            entities[key] = e
    return ParseResult(text=text, intent=top, intent_ranking=ranking,
                       entities=tuple(sorted(entities.values(), key=lambda e: e.start)))
