"""A backend wrapper that lets a crisis lexicon overrule the model.

Both backends learn the `crisis` intent from examples, and both miss some; the safety
layer's lexicon (bot.safety) knows more ways of saying it. Wrapped, a backend reports
`crisis` whenever the lexicon fires, so a dialogue that looks only at the intent still
answers with crisis help. The lexicon is passed in: nlu/ does not depend on bot/.
With the two-tier check (bot.safety) pass `looks_like_crisis`, i.e. only a *clear* danger
overrules the model; a *possible* one is left to `combine_with_nlu`, which needs the model's
own crisis confidence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from nlu.model import IntentScore, NluBackend, ParseResult, top_intent

RULE_CONFIDENCE = 0.99


@dataclass(frozen=True)
class WithCrisisRule:
    """`backend`, except that `is_crisis(text)` makes the intent `crisis`."""

    backend: NluBackend
    is_crisis: Callable[[str], bool]

    @property
    def name(self) -> str:
        return getattr(self.backend, "name", "nlu")

    def parse(self, text: str) -> ParseResult:
        result = self.backend.parse(text)  # NluUnavailable passes through: the caller falls back
        if result.intent.name == "crisis" or not self.is_crisis(text):
            return result
        top = IntentScore("crisis", max(RULE_CONFIDENCE, result.intent.confidence))
        rest = tuple(i for i in result.intent_ranking if i.name != "crisis")
        return ParseResult(text=result.text, intent=top, intent_ranking=(top, *rest),
                           entities=result.entities)

    def intent(self, text: str) -> IntentScore:
        """`parse(text).intent` without the entities (nlu.model.top_intent)."""
        top = top_intent(self.backend, text)
        if top.name == "crisis" or not self.is_crisis(text):
            return top
        return IntentScore("crisis", max(RULE_CONFIDENCE, top.confidence))
