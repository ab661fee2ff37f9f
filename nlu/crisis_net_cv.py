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

`threshold_table` applies a range of thresholds to the same scores (`--sweep`): how the
threshold was chosen. Only the tuning sets (`TUNING_SETS`) are read here; a held-out set is
never one of them.
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
# sets 10 and 11 before their rounds, set 12 after the set-11 round; sets 9, 13 and 14 with
# the lexicon just before the round that tuned on them (739f215, never tuned on them).
FRESH_AT = {"8": "57ac645", "9": "739f215", "10": "d7793ce", "11": "6ab8531", "12": "31152f7",
            "13": "739f215", "14": "739f215"}

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


@dataclass(frozen=True, slots=True)
class FoldData:
    """One left-out set before any threshold: its messages, the net's scores, which of them
    the lexicon reads calm, and the tiers without the net (today's lexicon and, for the sets
    in FRESH_AT, the lexicon as it was when the set was fresh)."""

    name: str
    examples: tuple[Example, ...]
    scores: np.ndarray
    calm: np.ndarray
    now: tuple[str | None, ...]
    then: tuple[str | None, ...] | None = None


def fold_data(*, fresh: bool = True) -> list[FoldData]:
    """Scores and tiers of every fold (the expensive part; thresholds are applied after)."""
    from bot.safety import reads_calm

    examples = training_examples()
    scores = leave_one_set_out(examples)
    in_fold = {fold: [e for e in examples if e.group == fold] for fold in scores}
    now = tiers_now([e.text for fold in scores for e in in_fold[fold]])
    then: dict[str, list[str | None]] = {}
    if fresh:
        with ThreadPoolExecutor(max_workers=4) as pool:
            then = dict(zip(FRESH_AT, pool.map(lambda f: tiers_at(FRESH_AT[f], [e.text for e in in_fold[f]]),
                                               FRESH_AT), strict=True))
    data, start = [], 0
    for fold, fold_scores in scores.items():
        mine = in_fold[fold]
        data.append(FoldData(fold, tuple(mine), fold_scores,
                             np.array([reads_calm(e.text) for e in mine], dtype=bool),
                             tuple(now[start:start + len(mine)]),
                             tuple(then[fold]) if fold in then else None))
        start += len(mine)
    return data


def folds_at(data: Sequence[FoldData], threshold: float = THRESHOLD) -> list[Fold]:
    """The folds' rates with the net firing from `threshold` on (and not on calm readings)."""
    folds = []
    for d in data:
        fires = (d.scores >= threshold) & ~d.calm
        folds.append(_rates(d.examples, d.now, fires, d.name, False))
    folds += [_rates(d.examples, d.then, (d.scores >= threshold) & ~d.calm, d.name, True)
              for d in data if d.then is not None]
    return folds


def cross_validate(*, fresh: bool = True, threshold: float = THRESHOLD) -> list[Fold]:
    """Every fold with today's lexicon, and the fresh-lexicon folds when `fresh`."""
    return folds_at(fold_data(fresh=fresh), threshold)


def threshold_table(data: Sequence[FoldData], thresholds: Sequence[float]) -> str:
    """For each threshold the means over the fresh-lexicon folds (recall, look-alike check-in,
    the worst fold's check-in, ordinary) and today's look-alike check-in: how it was chosen."""
    lines = ["| threshold | fresh: recall | fresh: look-alike check-in (worst fold) | fresh: ordinary "
             "| today's: look-alike check-in | today's: ordinary |", "|---|---|---|---|---|---|"]
    for threshold in thresholds:
        folds = folds_at(data, threshold)
        fresh = [f for f in folds if f.fresh]
        today = [f for f in folds if not f.fresh]

        def mean(fs: Sequence[Fold], get: Callable[[Fold], tuple[float, float]]) -> float:
            values = [get(f)[1] for f in fs if not np.isnan(get(f)[1])]
            return float(np.mean(values)) if values else float("nan")
        worst = max((f.check_on_lookalikes[1] for f in fresh), default=float("nan"))
        lines.append(f"| {threshold:+.2f} | {mean(fresh, lambda f: f.recall):.3f} | "
                     f"{mean(fresh, lambda f: f.check_on_lookalikes):.3f} ({worst:.3f}) | "
                     f"{mean(fresh, lambda f: f.ordinary):.3f} | "
                     f"{mean(today, lambda f: f.check_on_lookalikes):.3f} | "
                     f"{mean(today, lambda f: f.ordinary):.3f} |")
    return "\n".join(lines)


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
