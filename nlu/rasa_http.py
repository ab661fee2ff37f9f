"""The Rasa server backend: `POST /model/parse` over httpx, mapped to our ParseResult."""

from __future__ import annotations

from typing import Any

import httpx

from nlu.model import Entity, IntentScore, NluUnavailable, ParseResult

DEFAULT_TIMEOUT = 0.3  # seconds; a slow Rasa must not slow the chat down


class RasaBackend:
    """Parse through a running Rasa server (`rasa run --enable-api`)."""

    name = "rasa"

    def __init__(self, url: str, *, token: str | None = None, timeout: float = DEFAULT_TIMEOUT,
                 transport: httpx.BaseTransport | None = None) -> None:
        params = {"token": token} if token else None
        self._client = httpx.Client(base_url=url.rstrip("/"), timeout=timeout, params=params,
                                    transport=transport)

    def parse(self, text: str) -> ParseResult:
        try:
            response = self._client.post("/model/parse", json={"text": text})
            response.raise_for_status()
            return to_parse_result(response.json(), text)
        except (httpx.HTTPError, ValueError, KeyError, TypeError) as exc:
            raise NluUnavailable(f"Rasa server failed: {type(exc).__name__}") from exc

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
        e = Entity(raw["entity"], str(raw.get("value", "")), int(raw.get("start", 0)),
                   int(raw.get("end", 0)), raw.get("extractor", "rasa"))
        entities.setdefault((e.entity, e.start, e.end), e)  # DIET and regex may both find it
    return ParseResult(text=text, intent=top, intent_ranking=ranking,
                       entities=tuple(sorted(entities.values(), key=lambda e: e.start)))
