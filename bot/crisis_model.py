"""A learned safety net for the crisis check-in tier: character and word n-grams, logistic
regression (scikit-learn), trained on the tuning crisis sets only.

The net may only ever raise a message from no finding to a check-in ("possible"); it never
lowers what the lexicon found and never gives full help (bot.safety.combine_with_nlu). It is
fitted from the repository's tuning data (`TUNING_SETS`, the look-alikes, the NLU training
files) by `lotse nlu crisis-train` or at first use, deterministically, and cached as plain
arrays (`.npz`, no pickle) under `~/.cache/lotse` (or `LOTSE_CACHE_DIR`), keyed by a hash
of the training data. Without the training data (an image without `tests/`) or with
`LOTSE_CRISIS_NET=off` there is no net and the lexicon alone answers. Model and threshold were
chosen by leave-one-set-out cross-validation over the tuning sets (docs/evaluation.md, "A
learned check-in net", and "Crisis sets 9, 13 and 14 join the tuning data"); a held-out set –
any crisis set not in `TUNING_SETS` – is never read here.
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
import re
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import mmh3
import numpy as np
from scipy import sparse

from nlu import ngrams as text_ngrams
from nlu.yaml_text import load_yaml

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
# Every crisis set in tests/bot the lexicon was tuned on (sets 26–36 joined on 2026-12-06: on
# the fresh set 37 recall 0.878 → 0.922, check-in on look-alikes 0.052 → 0.083; sets 37 to
# 40 joined after their rounds; sets 41–65, tuned on between 2026-12-06 and 2026-12-07, joined on
# 2026-12-08: on the held-out sets 49, 53, 66 and 67 recall 0.967/0.967/0.944/0.878 →
# 0.978/0.978/0.967/0.900, look-alike check-ins 0.062/0.031/0.125/0.083 → 0.062/0.021/0.115/0.052,
# docs/evaluation.md; sets 66, 67 and 68 joined after their rounds); a new blind set stays out of
# this list while it is held out (tests/bot/test_crisis_model.py checks it).
TUNING_SETS = (3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 17, 18, 19, 21, 22,
               26, 27, 28, 29, 30, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48,
               51, 52, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68)
VERSION = "checkin-net-2 char_wb2-5 word1-2 2^20 lr-C16-balanced"
N_FEATURES = 2**20
C = 16.0
# on the decision function: probability ≥ 0.57 makes a check-in (chosen by leave-one-set-out
# cross-validation, docs/evaluation.md "Crisis sets 9, 13 and 14 join the tuning data")
THRESHOLD = 0.3


@dataclass(frozen=True, slots=True)
class Example:
    """One training message: its text, whether it is a crisis, and the set it came from."""

    text: str
    crisis: bool
    group: str  # "3" … "14", "lookalikes" or "nlu"
    part: str = "ordinary"  # "crisis", "not_crisis" (a look-alike) or "ordinary"


def _prepare(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


@lru_cache(maxsize=1)
def _vectorizers() -> tuple[object, object]:
    from sklearn.feature_extraction.text import HashingVectorizer

    chars = HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5), n_features=N_FEATURES,
                              alternate_sign=False, norm=None, preprocessor=_prepare)
    words = HashingVectorizer(analyzer="word", ngram_range=(1, 2), n_features=N_FEATURES,
                              alternate_sign=False, norm=None, preprocessor=_prepare,
                              token_pattern=r"(?u)\b\w+\b")
    return chars, words


def counts(texts: Sequence[str]) -> sparse.csr_matrix:
    """Hashed n-gram counts of messages (stateless: no vocabulary to fit or to store)."""
    chars, words = _vectorizers()
    return sparse.hstack([chars.transform(texts), words.transform(texts)]).tocsr()  # type: ignore[attr-defined]


# `_vectorizers()`'s analyzers, without importing scikit-learn (nlu/ngrams.py)
_CHAR_GRAMS = text_ngrams.analyzer("char_wb", (2, 5), preprocessor=_prepare)
_WORD_GRAMS = text_ngrams.analyzer("word", (1, 2), preprocessor=_prepare, token_pattern=r"(?u)\b\w+\b")


def _columns(ngrams: Iterable[str], offset: int = 0) -> Iterator[int]:
    """The columns scikit-learn's hashing gives n-grams (`FeatureHasher`: signed 32-bit
    MurmurHash3 of the UTF-8 bytes, seed 0, its absolute value modulo the width; `mmh3` computes
    the same hash as scikit-learn's `murmurhash3_32`)."""
    for ngram in ngrams:
        hashed = mmh3.hash(ngram, 0)
        if hashed == -2**31:
            yield offset + (2**31 - 1 - (N_FEATURES - 1)) % N_FEATURES
        else:
            yield offset + abs(hashed) % N_FEATURES


def hashed_counts(text: str) -> Counter[int]:
    """One message's row of `counts` as {column: count}: the character n-grams in the first
    N_FEATURES columns, the word n-grams after them."""
    row = Counter(_columns(_CHAR_GRAMS(text)))
    row.update(_columns(_WORD_GRAMS(text), N_FEATURES))
    return row


@dataclass(frozen=True, slots=True, eq=False)
class CheckInNet:
    """The fitted net as arrays: idf weights, coefficients, intercept and the threshold."""

    idf: np.ndarray
    coef: np.ndarray
    intercept: float
    threshold: float = THRESHOLD

    def scores(self, x: sparse.csr_matrix) -> np.ndarray:
        """The decision function (log-odds of a crisis) for rows of hashed counts."""
        x = x.astype(np.float64)
        x.data = (1.0 + np.log(x.data)) * self.idf[x.indices]  # sublinear tf × idf
        norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        return np.asarray(x @ self.coef).ravel() / norms + self.intercept

    def score(self, text: str) -> float:
        """The log-odds of a crisis for one message: the same figure as `scores` on its
        hashed counts, summed over the message's few features instead of through sparse
        matrices (a chat turn scores one message; the matrices cost ten times the sum)."""
        total = square = 0.0
        for index, count in hashed_counts(text).items():
            weight = (1.0 + math.log(count)) * float(self.idf[index])
            total += weight * float(self.coef[index])
            square += weight * weight
        return total / (math.sqrt(square) or 1.0) + self.intercept

    def probability(self, text: str) -> float:
        """The model's probability that a message is a crisis."""
        return 1.0 / (1.0 + math.exp(-self.score(text)))

    def check_in(self, text: str) -> bool:
        """True when the net would ask a kind check-in question."""
        return self.score(text) >= self.threshold


def fit(texts: Sequence[str], labels: Sequence[bool] | np.ndarray, *, x: sparse.csr_matrix | None = None,
        c: float = C, threshold: float = THRESHOLD) -> CheckInNet:
    """Fit the net (deterministic: liblinear with a fixed seed); `x` are the texts' counts."""
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.linear_model import LogisticRegression

    x = counts(texts) if x is None else x
    tfidf = TfidfTransformer(sublinear_tf=True).fit(x)
    model = LogisticRegression(C=c, class_weight="balanced", solver="liblinear", max_iter=2000,
                               random_state=0).fit(tfidf.transform(x), np.asarray(labels, dtype=bool))
    return CheckInNet(idf=tfidf.idf_.astype(np.float64), coef=model.coef_[0].astype(np.float64),
                      intercept=float(model.intercept_[0]), threshold=threshold)


def _nlu_examples(path: Path) -> list[Example]:
    examples = []
    for block in load_yaml(path.read_text("utf-8"))["nlu"]:
        if "intent" not in block:
            continue
        for line in block["examples"].splitlines():
            if line.strip().startswith("- "):
                text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", line.strip()[2:]).strip()
                crisis = block["intent"] == "crisis"
                examples.append(Example(text, crisis, "nlu", "crisis" if crisis else "ordinary"))
    return examples


def training_files(root: Path = ROOT) -> tuple[Path, ...]:
    """The files the net learns from, in a fixed order."""
    tests = root / "tests" / "bot"
    return (*(tests / f"crisis_messages_blind{n}.yml" for n in TUNING_SETS),
            tests / "crisis_lookalikes.yml", root / "nlu" / "data" / "crisis.yml",
            root / "nlu" / "data" / "nlu.yml")


def training_examples(root: Path = ROOT) -> tuple[Example, ...]:
    """Crises of the tuning sets as positives; their look-alikes and ordinary messages, the
    look-alike file and the NLU's other intents as negatives; the NLU's crisis examples too."""
    examples: list[Example] = []
    for n, path in zip(TUNING_SETS, training_files(root), strict=False):
        data = load_yaml(path.read_text("utf-8"))
        for part in ("crisis", "not_crisis", "ordinary"):
            examples += [Example(m["text"], part == "crisis", str(n), part) for m in data.get(part) or []]
    lookalikes = load_yaml((root / "tests" / "bot" / "crisis_lookalikes.yml").read_text("utf-8"))
    examples += [Example(m["text"], False, "lookalikes", "not_crisis") for m in lookalikes["not_crisis"]]
    for name in ("crisis.yml", "nlu.yml"):
        examples += _nlu_examples(root / "nlu" / "data" / name)
    return tuple(examples)


def data_hash(root: Path = ROOT) -> str:
    """A hash of the training files and the model's version: the cache key."""
    digest = hashlib.sha256(VERSION.encode())
    for path in training_files(root):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def train(root: Path = ROOT) -> CheckInNet:
    """The net fitted on every tuning example."""
    examples = training_examples(root)
    return fit([e.text for e in examples], [e.crisis for e in examples])


def save(net: CheckInNet, path: Path) -> None:
    """Write the net as plain arrays, atomically (a concurrent reader never sees half a file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".npz")
    with os.fdopen(fd, "wb") as out:
        np.savez_compressed(out, idf=net.idf, coef=net.coef,
                            scalars=np.array([net.intercept, net.threshold]))
    os.replace(tmp, path)


def load(path: Path) -> CheckInNet:
    """Read a net written by `save` (no pickle)."""
    with np.load(path, allow_pickle=False) as arrays:
        intercept, threshold = (float(v) for v in arrays["scalars"])
        return CheckInNet(idf=arrays["idf"], coef=arrays["coef"], intercept=intercept,
                          threshold=threshold)


def cache_dir() -> Path:
    return Path(os.environ.get("LOTSE_CACHE_DIR") or Path.home() / ".cache" / "lotse")


def cached_path(root: Path = ROOT) -> Path:
    return cache_dir() / f"crisis-net-{data_hash(root)}.npz"


def load_or_train(root: Path = ROOT) -> CheckInNet:
    """The cached net for the current training data, fitted and cached when missing."""
    path = cached_path(root)
    if path.exists():
        return load(path)
    started = time.perf_counter()
    net = train(root)
    save(net, path)
    log.info("crisis check-in net trained in %.1f s, cached in %s", time.perf_counter() - started, path)
    return net


@lru_cache(maxsize=1)
def current_net() -> CheckInNet | None:
    """The net the app uses, or None (switched off, no training data, any failure)."""
    if os.environ.get("LOTSE_CRISIS_NET", "").lower() in ("off", "0", "false", "no"):
        return None
    if not all(path.exists() for path in training_files()):
        log.info("crisis check-in net: no training data here, the lexicon answers alone")
        return None
    try:
        return load_or_train()
    except Exception:  # the lexicon must answer whatever happens to the net
        log.exception("crisis check-in net unavailable, the lexicon answers alone")
        return None


def leave_one_set_out(examples: Sequence[Example], *,
                      folds: Iterable[str] = (*map(str, TUNING_SETS), "lookalikes"),
                      c: float = C) -> dict[str, np.ndarray]:
    """Cross-validation: for each fold, the scores of its messages by a net fitted on all
    other examples (counts are computed once: hashing needs no fitting)."""
    x = counts([e.text for e in examples])
    groups = np.array([e.group for e in examples])
    labels = np.array([e.crisis for e in examples])
    scores = {}
    for fold in folds:
        train_rows = np.flatnonzero(groups != fold)
        net = fit([], labels[train_rows], x=x[train_rows], c=c)
        scores[fold] = net.scores(x[groups == fold])
    return scores
