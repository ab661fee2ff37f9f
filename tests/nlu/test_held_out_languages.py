"""The embedded NLU and the crisis check on the held-out file of each language
(tests/nlu/test_nlu_<code>.yml, 380 messages each, written blind on 2026-12-03 by helpers who
had read only the contract and the README – never the code or the training data).

Measured once after the languages were trained (docs/nlu-report.md, "Held-out, blind"):
intent macro F1 en 0.894, tr 0.882, uk 0.860, ru 0.860, ar 0.764, fa 0.814 (target 0.85: not
met for Arabic and Farsi); entity F1 en 0.906, tr 0.883, uk 0.930, ru 0.948, ar 0.833, fa
0.898; crisis messages answered with crisis help or a check-in en 24/25, tr 24/25, uk 20/25,
ru 20/25, ar 22/25, fa 22/25 (target 1.0: not met). The floors below leave a little room
under these figures. On 2026-12-04 the crisis lexicon learned the 15 crisis messages these files
still missed (25/25 in every language since): for crisis recall they are tuning data now, and
blind crisis sets 28–30 measure it per language; the intent figures are still blind.
After the third Arabic and Farsi writers and the Finglish routing (2026-12-04, measured once):
intent macro F1 en 0.911, tr 0.895, uk 0.862, ru 0.867, ar 0.853, fa 0.870; entity F1 en
0.906, tr 0.900, uk 0.930, ru 0.948, ar 0.898, fa 0.933."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from sqlalchemy import Engine

from bot.core.turn import crisis_tier
from bot.reference import Reference
from bot.safety import looks_like_crisis
from bot.service import Lotse
from nlu.evaluate import evaluate
from nlu.training_data import load

HERE = Path(__file__).parent
FLOORS = {  # language: (intent macro F1, entity F1, crisis messages with help or a check-in)
    "en": (0.89, 0.88, 25), "tr": (0.87, 0.88, 25), "uk": (0.84, 0.91, 25),
    "ru": (0.85, 0.92, 25), "ar": (0.83, 0.87, 25), "fa": (0.85, 0.91, 25),
}
_ANNOTATION = re.compile(r"\[([^\]]+)\](?:\([^)]+\)|\{[^}]+\})")


@pytest.mark.parametrize("language", sorted(FLOORS))
def test_the_embedded_nlu_on_each_languages_held_out_file(reference: Reference, language: str) -> None:
    report = evaluate(reference.fuzzy_backend(), load(HERE / f"test_nlu_{language}.yml"))
    least_f1, least_entities, _ = FLOORS[language]
    assert report["examples"] == 380
    assert report["macro_f1"] >= least_f1 and report["entities"]["f1"] >= least_entities


@pytest.fixture
def lotse(make_lotse: Callable[..., Lotse], sqlite_engine: Engine) -> Lotse:
    return make_lotse(sqlite_engine)


@pytest.mark.parametrize("language", sorted(FLOORS))
def test_crisis_messages_of_each_language_get_help_or_a_check_in(lotse: Lotse, language: str) -> None:
    data = yaml.safe_load((HERE / f"test_nlu_{language}.yml").read_text("utf-8"))["nlu"]
    crisis = [_ANNOTATION.sub(r"\1", line.strip()[2:]) for block in data if block["intent"] == "crisis"
              for line in block["examples"].splitlines() if line.strip().startswith("- ")]
    answered = [text for text in crisis
                if crisis_tier(lotse.understand(text, crisis=looks_like_crisis(text))) is not None]
    assert len(crisis) == 25 and len(answered) >= FLOORS[language][2]
