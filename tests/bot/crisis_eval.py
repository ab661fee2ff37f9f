"""The two-tier crisis check on the crisis sets, as the app runs it (lexicon, embedded NLU,
`combine_with_nlu`, the dialogue's `crisis_tier`), printed as a table by `make eval`.

    python -m tests.bot.crisis_eval [FILE …]

For each set: recall (crisis help or check-in on crisis messages), the full alarm and the
check-in on look-alikes, and either on ordinary messages; by language for the crises.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.core.turn import crisis_tier
from bot.service import Lotse
from nlu.yaml_text import load_yaml

HERE = Path(__file__).parent
SETS = sorted(HERE.glob("crisis_messages_blind*.yml"),
              key=lambda path: int(path.stem.removeprefix("crisis_messages_blind")))


@dataclass(frozen=True, slots=True)
class Rates:
    name: str
    crisis: int
    recall: float  # crisis or check-in
    recall_full: float  # full crisis care
    lookalikes: int
    full_on_lookalikes: float
    check_on_lookalikes: float
    ordinary: int
    any_on_ordinary: float
    missed: tuple[str, ...]
    by_language: dict[str, tuple[int, int]]


def make_lotse(folder: Path) -> Lotse:
    from bot.bootstrap import build_lotse
    from bot.settings import Settings

    return build_lotse(Settings(database_url=f"sqlite:///{folder / 'eval.sqlite3'}",
                                environment="test", var_dir=folder,
                                secret_key="evaluation-only-secret-key-0123456789"))


def tier_of(lotse: Lotse, text: str) -> str | None:
    """What the dialogue does with a first message: "crisis", "check" or None."""
    from bot.safety import looks_like_crisis

    return crisis_tier(lotse.understand(text, crisis=looks_like_crisis(text)))


def rates(lotse: Lotse, name: str, data: dict[str, Any]) -> Rates:
    crisis = data.get("crisis") or []
    looks = data.get("not_crisis") or []
    ordinary = data.get("ordinary") or []
    tiers = [tier_of(lotse, m["text"]) for m in crisis]
    look_tiers = Counter(tier_of(lotse, m["text"]) for m in looks)
    ordinary_hits = sum(tier_of(lotse, m["text"]) is not None for m in ordinary)
    by_language: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for m, t in zip(crisis, tiers, strict=True):
        by_language[m.get("lang", "de")][0] += t is not None
        by_language[m.get("lang", "de")][1] += 1
    n, k = max(len(crisis), 1), max(len(looks), 1)
    return Rates(
        name=name, crisis=len(crisis),
        recall=sum(t is not None for t in tiers) / n,
        recall_full=sum(t == "crisis" for t in tiers) / n,
        lookalikes=len(looks), full_on_lookalikes=look_tiers["crisis"] / k,
        check_on_lookalikes=look_tiers["check"] / k, ordinary=len(ordinary),
        any_on_ordinary=ordinary_hits / max(len(ordinary), 1),
        missed=tuple(m["text"] for m, t in zip(crisis, tiers, strict=True) if t is None),
        by_language={lang: (a, b) for lang, (a, b) in by_language.items()})


def table(results: list[Rates]) -> str:
    lines = ["| set | crises | recall (help or check-in) | full help | look-alikes | full alarm "
             "| check-in | ordinary | any alarm |", "|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        lines.append(f"| {r.name} | {r.crisis} | {r.recall:.3f} | {r.recall_full:.3f} | "
                     f"{r.lookalikes} | {r.full_on_lookalikes:.3f} | {r.check_on_lookalikes:.3f} | "
                     f"{r.ordinary or '–'} | {r.any_on_ordinary:.3f} |")
    for r in results:
        langs = ", ".join(f"{lang} {a}/{b}" for lang, (a, b) in sorted(r.by_language.items()))
        lines.append(f"\n{r.name} recall by language: {langs}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    paths = [Path(p) for p in (argv if argv is not None else sys.argv[1:])] or SETS
    with tempfile.TemporaryDirectory() as tmp:
        lotse = make_lotse(Path(tmp))
        results = [rates(lotse, p.stem, load_yaml(p.read_text("utf-8"))) for p in paths]
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
