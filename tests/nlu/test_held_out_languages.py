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
0.906, tr 0.900, uk 0.930, ru 0.948, ar 0.898, fa 0.933.

Second round (`test_nlu_<code>_2.yml`, 304 messages each, 20 crisis): written blind on 2026-12-05
by three new helpers (same rules), measured once before any change: intent macro F1 en 0.914,
tr 0.914, uk 0.856, ru 0.829, ar 0.900, fa 0.904; entity F1 en 0.829, tr 0.848, uk 0.835, ru
0.821, ar 0.897, fa 0.899 (they annotate school status and number words too); crisis messages
answered en 19/20, tr 19/20, uk 20/20, ru 19/20, ar 16/20, fa 19/20. The crisis check then
learned the seven it missed (bot/danger_languages.py, "second blind NLU files"): for crisis
recall these files are tuning data now; the intent figures stay blind. Then a new writer, who
saw neither round's files (only which intents were weakest), added 330 Russian and 278 Ukrainian
training examples: second round uk 0.856 → 0.892, ru 0.829 → 0.881; first round uk 0.862 →
0.897, ru 0.867 → 0.895 (en 0.916, tr 0.914, ar 0.902, fa 0.911 on the second round, moved only
by the crisis round).

Third round (`test_nlu_<code>_3.yml`, 308–332 messages each, 14 crisis): written blind on
2026-12-06 by three new helpers (same rules), measured once before any change: intent macro F1
embedded en 0.925, tr 0.910, uk 0.897, ru 0.911, ar 0.930, fa 0.919 (entity F1 0.909, 0.898,
0.794, 0.853, 0.915, 0.947); Rasa en 0.895, tr 0.917, uk 0.892, ru 0.909, ar 0.893, fa 0.896 –
the issue's targets (0.85 embedded, 0.88 Rasa) met in every language on data nobody tuned on;
crisis messages with help or a check-in 83/84 (ar 13/14), with full help 75/84. The crisis
check then learned what German already answers with full help (bot/danger_languages.py, "third
blind NLU files"): every one of the 84 gets full help now, so for crisis these files are tuning
data; the intent figures stay blind."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine

from bot.core.turn import crisis_tier
from bot.reference import Reference
from bot.safety import looks_like_crisis
from bot.service import Lotse
from nlu.evaluate import evaluate
from nlu.training_data import load
from nlu.yaml_text import load_yaml

HERE = Path(__file__).parent
FLOORS = {  # language: (intent macro F1, entity F1, crisis messages with help or a check-in)
    "en": (0.89, 0.88, 25), "tr": (0.87, 0.88, 25), "uk": (0.88, 0.91, 25),
    "ru": (0.88, 0.92, 25), "ar": (0.83, 0.87, 25), "fa": (0.85, 0.91, 25),
}
SECOND_ROUND = {  # language: (intent macro F1, entity F1), as measured, minus a little room
    "en": (0.90, 0.81), "tr": (0.90, 0.83), "uk": (0.88, 0.82),
    "ru": (0.86, 0.80), "ar": (0.89, 0.88), "fa": (0.89, 0.88),
}
THIRD_ROUND = {  # language: (intent macro F1, entity F1), as measured, minus a little room
    "en": (0.91, 0.89), "tr": (0.90, 0.88), "uk": (0.88, 0.78),
    "ru": (0.90, 0.84), "ar": (0.92, 0.90), "fa": (0.90, 0.93),
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


def crisis_messages(path: Path) -> list[str]:
    """The crisis examples of a test file, without their entity annotations."""
    data = load_yaml(path.read_text("utf-8"))["nlu"]
    return [_ANNOTATION.sub(r"\1", line.strip()[2:]) for block in data if block["intent"] == "crisis"
            for line in block["examples"].splitlines() if line.strip().startswith("- ")]


@pytest.mark.parametrize("language", sorted(FLOORS))
def test_crisis_messages_of_each_language_get_help_or_a_check_in(lotse: Lotse, language: str) -> None:
    crisis = crisis_messages(HERE / f"test_nlu_{language}.yml")
    answered = [text for text in crisis
                if crisis_tier(lotse.understand(text, crisis=looks_like_crisis(text))) is not None]
    assert len(crisis) == 25 and len(answered) >= FLOORS[language][2]


LATER_ROUNDS = [(2, language, floors) for language, floors in sorted(SECOND_ROUND.items())] + [
    (3, language, floors) for language, floors in sorted(THIRD_ROUND.items())]


@pytest.mark.parametrize(("round_", "language", "floors"), LATER_ROUNDS)
def test_the_embedded_nlu_on_each_languages_later_held_out_files(
        reference: Reference, round_: int, language: str, floors: tuple[float, float]) -> None:
    report = evaluate(reference.fuzzy_backend(), load(HERE / f"test_nlu_{language}_{round_}.yml"))
    least_f1, least_entities = floors
    assert report["examples"] >= 300
    assert report["macro_f1"] >= least_f1 and report["entities"]["f1"] >= least_entities


@pytest.mark.parametrize("language", sorted(SECOND_ROUND))
def test_every_crisis_message_of_the_second_files_gets_help_or_a_check_in(lotse: Lotse,
                                                                          language: str) -> None:
    crisis = crisis_messages(HERE / f"test_nlu_{language}_2.yml")
    missed = [text for text in crisis
              if crisis_tier(lotse.understand(text, crisis=looks_like_crisis(text))) is None]
    assert len(crisis) == 20 and missed == []


@pytest.mark.parametrize("language", sorted(THIRD_ROUND))
def test_every_crisis_message_of_the_third_files_gets_full_crisis_help(lotse: Lotse,
                                                                       language: str) -> None:
    crisis = crisis_messages(HERE / f"test_nlu_{language}_3.yml")
    short = [text for text in crisis
             if crisis_tier(lotse.understand(text, crisis=looks_like_crisis(text))) != "crisis"]
    assert len(crisis) == 14 and short == []
