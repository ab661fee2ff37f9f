"""Natural-language understanding behind one interface (embedded fuzzy or Rasa over HTTP)."""

from nlu.model import Entity, IntentScore, NluBackend, NluError, NluUnavailable, ParseResult

__all__ = ["Entity", "IntentScore", "NluBackend", "NluError", "NluUnavailable", "ParseResult"]
