"""The parse result both NLU backends return, and their small exception family.

Exceptions::

    NluError
    └── NluUnavailable   (backend down, timed out or answered garbage: fall back)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

INTENTS: tuple[str, ...] = (
    "greet", "goodbye", "thanks", "affirm", "deny", "seek_internship", "seek_apprenticeship",
    "career_orientation", "application_help", "school_qualification", "training_problems",
    "school_problems", "money_problems", "housing_problems", "family_problems", "mental_health",
    "migration_language", "talk_to_human", "inform", "bot_challenge", "help", "delete_data",
    "crisis", "out_of_scope",
)
ENTITIES: tuple[str, ...] = ("age", "place", "occupation", "school_qualification", "language")


class NluError(Exception):
    """Base of all NLU errors."""


class NluUnavailable(NluError):
    """The backend cannot answer now; the caller falls back to another backend."""


@dataclass(frozen=True, slots=True)
class IntentScore:
    name: str
    confidence: float


@dataclass(frozen=True, slots=True)
class Entity:
    entity: str
    value: str
    start: int
    end: int
    extractor: str = "lotse"

    def to_dict(self) -> dict[str, Any]:
        return {"entity": self.entity, "value": self.value, "start": self.start,
                "end": self.end, "extractor": self.extractor}


@dataclass(frozen=True, slots=True)
class ParseResult:
    """Same shape as Rasa's `/model/parse` answer."""

    text: str
    intent: IntentScore
    intent_ranking: tuple[IntentScore, ...] = ()
    entities: tuple[Entity, ...] = field(default_factory=tuple)

    def first(self, entity: str) -> str | None:
        """The value of the first entity of a kind, or None."""
        return next((e.value for e in self.entities if e.entity == entity), None)

    def values(self, entity: str) -> list[str]:
        """All values of one entity kind, in order, without duplicates."""
        return list(dict.fromkeys(e.value for e in self.entities if e.entity == entity))

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "intent": {"name": self.intent.name, "confidence": round(self.intent.confidence, 4)},
            "intent_ranking": [
                {"name": i.name, "confidence": round(i.confidence, 4)} for i in self.intent_ranking
            ],
            "entities": [e.to_dict() for e in self.entities],
        }


class NluBackend(Protocol):
    """Anything that turns a message into a ParseResult (raises NluUnavailable on failure)."""

    def parse(self, text: str) -> ParseResult: ...


def top_intent(backend: NluBackend, text: str) -> IntentScore:
    """The intent of `text` alone, as `backend.parse(text).intent`: a backend that can skip
    the entities (an `intent` method) does – what a clause of a longer message is about needs
    no ages, places or occupations."""
    quick: Callable[[str], IntentScore] | None = getattr(backend, "intent", None)
    return quick(text) if quick is not None else backend.parse(text).intent
