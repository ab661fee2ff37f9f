"""Leave-one-set-out cross-validation of the learned check-in net (bot.crisis_model) as a
Markdown table – `lotse nlu crisis-train --cv`.

For each tuning set left out, a net fitted on all other training data scores its messages.
Two readings of "before → after" (after = before, or a check-in from the net where nothing
was found and the lexicon reads nothing calm):

- with the lexicon of today, which was tuned on every one of these sets (its own figures
  there are training figures: what the net adds to look-alikes is the honest part);
- with the lexicon as it was when the set was fresh (`FRESH_AT`: the commit on which each set
  was measured blind, run from `git archive` in a subprocess): the honest estimate of what
  the net adds on messages the lexicon has not seen.

The held-out sets 9 and 13 are never read here.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.crisis_model import ROOT, THRESHOLD, Example, leave_one_set_out, training_examples

# The state each set was measured blind on (docs/evaluation.md): set 8 after the set-7 round,
# sets 10 and 11 before their rounds, set 12 after the set-11 round.
FRESH_AT = {"8": "57ac645", "10": "d7793ce", "11": "6ab8531", "12": "31152f7"}

_TIERS = """
import json, sys, tempfile
from pathlib import Path
from bot.bootstrap import build_lotse
from bot.core.turn import crisis_tier
from bot.safety import looks_like_crisis
from bot.settings import Settings
texts = json.load(sys.stdin)
with tempfile.TemporaryDirectory() as tmp:
    lotse = build_lotse(Settings(database_url=f"sqlite:///{tmp}/cv.sqlite3", environment="test",
                                 var_dir=Path(tmp), secret_key="evaluation-only-secret-key-0123456789"))
    json.dump([crisis_tier(lotse.understand(t, crisis=looks_like_crisis(t))) for t in texts], sys.stdout)
"""


@dataclass(frozen=True, slots=True)
class Fold:
    """One left-out set: rates before and after the net (crisis recall, look-alike check-in,
    any alarm on ordinary messages), and how many crises it has."""

    name: str
    crises: int
    recall: tuple[float, float]
    check_on_lookalikes: tuple[float, float]
    ordinary: tuple[float, float]
    fresh: bool = False  # with the lexicon as it was when the set was fresh


def tiers_now(texts: Sequence[str]) -> list[str | None]:
    """What the app without the net does with each message ("crisis", "check" or None)."""
    from bot import crisis_model
    from bot.bootstrap import build_lotse
    from bot.core.turn import crisis_tier
    from bot.safety import looks_like_crisis
    from bot.settings import Settings

    previous = os.environ.get("LOTSE_CRISIS_NET")
    os.environ["LOTSE_CRISIS_NET"] = "off"
    crisis_model.current_net.cache_clear()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            lotse = build_lotse(Settings(database_url=f"sqlite:///{tmp}/cv.sqlite3", environment="test",
                                         var_dir=Path(tmp),
                                         secret_key="evaluation-only-secret-key-0123456789"))
            return [crisis_tier(lotse.understand(t, crisis=looks_like_crisis(t))) for t in texts]
    finally:
        if previous is None:
            del os.environ["LOTSE_CRISIS_NET"]
        else:
            os.environ["LOTSE_CRISIS_NET"] = previous
        crisis_model.current_net.cache_clear()


def tiers_at(commit: str, texts: Sequence[str]) -> list[str | None]:
    """The same, with the code of an earlier commit (git archive into a temporary folder)."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "bot", "nlu", "matching",
                                  "data"], check=True, capture_output=True).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")  # our own repository's files
        done = subprocess.run([sys.executable, "-c", _TIERS], input=json.dumps(list(texts)), text=True,
                              capture_output=True, check=True, cwd=tmp,
                              env={**os.environ, "PYTHONPATH": tmp, "LOTSE_CRISIS_NET": "off"})
        return list(json.loads(done.stdout))


def _rates(examples: Sequence[Example], tiers: Sequence[str | None], fires: np.ndarray,
           name: str, fresh: bool) -> Fold:
    def share(part: str, hit: Callable[[str | None, bool], bool]) -> float:
        rows = [hit(t, bool(f)) for e, t, f in zip(examples, tiers, fires, strict=True) if e.part == part]
        return float(np.mean(rows)) if rows else float("nan")

    return Fold(
        name=name, crises=sum(e.part == "crisis" for e in examples), fresh=fresh,
        recall=(share("crisis", lambda t, f: t is not None),
                share("crisis", lambda t, f: t is not None or f)),
        check_on_lookalikes=(share("not_crisis", lambda t, f: t == "check"),
                             share("not_crisis", lambda t, f: t == "check" or (t is None and f))),
        ordinary=(share("ordinary", lambda t, f: t is not None),
                  share("ordinary", lambda t, f: t is not None or f)))


def cross_validate(*, fresh: bool = True) -> list[Fold]:
    """Every fold with today's lexicon, and the fresh-lexicon folds when `fresh`."""
    from bot.safety import reads_calm

    examples = training_examples()
    scores = leave_one_set_out(examples)
    in_fold = {fold: [e for e in examples if e.group == fold] for fold in scores}
    now = tiers_now([e.text for fold in scores for e in in_fold[fold]])
    folds, start = [], 0
    fires_by_fold = {}
    for fold, fold_scores in scores.items():
        mine = in_fold[fold]
        calm = np.array([reads_calm(e.text) for e in mine], dtype=bool)
        fires_by_fold[fold] = (fold_scores >= THRESHOLD) & ~calm
        folds.append(_rates(mine, now[start:start + len(mine)], fires_by_fold[fold], fold, False))
        start += len(mine)
    if fresh:
        with ThreadPoolExecutor(max_workers=4) as pool:
            then = dict(zip(FRESH_AT, pool.map(lambda f: tiers_at(FRESH_AT[f], [e.text for e in in_fold[f]]),
                                               FRESH_AT), strict=True))
        folds += [_rates(in_fold[f], then[f], fires_by_fold[f], f, True) for f in FRESH_AT]
    return folds


def table(folds: Sequence[Fold]) -> str:
    """The folds as a Markdown table, with the means of each kind of fold."""
    lines = ["| left-out set | lexicon | crises | recall before → after "
             "| look-alikes: check-in before → after | ordinary: any alarm before → after |",
             "|---|---|---|---|---|---|"]

    def row(name: str, lexicon: str, crises: str, f: Sequence[Fold]) -> str:
        def pair(get: Callable[[Fold], tuple[float, float]]) -> str:
            measured = [get(x) for x in f if not np.isnan(get(x)[0])]
            if not measured:
                return "–"
            return f"{np.mean([a for a, _ in measured]):.3f} → {np.mean([b for _, b in measured]):.3f}"
        return (f"| {name} | {lexicon} | {crises} | {pair(lambda x: x.recall)} | "
                f"{pair(lambda x: x.check_on_lookalikes)} | {pair(lambda x: x.ordinary)} |")

    for fresh, lexicon in ((False, "today's (tuned on it)"), (True, "as when fresh")):
        chosen = [f for f in folds if f.fresh == fresh]
        for f in chosen:
            lines.append(row(f.name, lexicon if not fresh else f"{lexicon} ({FRESH_AT[f.name]})",
                             str(f.crises or "–"), [f]))
        if chosen:
            lines.append(row("**mean**", lexicon, str(sum(f.crises for f in chosen)), chosen))
    return "\n".join(lines)
