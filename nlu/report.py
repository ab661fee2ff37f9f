"""`lotse nlu report` / `make nlu-report`: both backends on the held-out file, side by side.

Trains (or reuses) the Rasa model, starts Rasa on a free local port, evaluates the embedded
backend and Rasa (through the app's RasaBackend) on the same file, times Rasa's own answer
with a bare HTTP client, and writes a Markdown table.
"""

from __future__ import annotations

import platform
import secrets
import socket
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from statistics import quantiles
from typing import Any

import httpx

from nlu.crisis_rule import WithCrisisRule
from nlu.evaluate import evaluate
from nlu.model import NluBackend
from nlu.rasa_http import RasaBackend
from nlu.rasa_server import RASA_VERSION, cache_dir, start_server, train
from nlu.training_data import TrainingData, load

TARGETS = {"fuzzy": 0.85, "rasa": 0.90}
CAVEAT = ("Caveat: on 2026-11-23 the lexicon was extended by patterns for six crisis messages "
          "of this held-out file that it had missed, so the two \"+ crisis lexicon\" recall "
          "figures are not blind; the model rows are. The embedded model was never trained on "
          "this file; Rasa neither.")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _percentiles(samples: list[float]) -> dict[str, float]:
    cuts = quantiles(samples, n=100)
    return {"p50": round(cuts[49], 3), "p99": round(cuts[98], 3)}


def raw_rasa_latency(url: str, token: str, data: TrainingData, rounds: int = 2) -> dict[str, float]:
    """Rasa's own answer time: bare POSTs over a kept-alive connection, nothing mapped."""
    samples: list[float] = []
    with httpx.Client(base_url=url, params={"token": token}, timeout=10) as client:
        for _ in range(rounds):
            for example in data.examples:
                started = time.perf_counter()
                client.post("/model/parse", json={"text": example.text}).raise_for_status()
                samples.append((time.perf_counter() - started) * 1000)
    return _percentiles(samples)


def app_latency(backend: NluBackend, data: TrainingData, rounds: int = 2) -> dict[str, float]:
    samples: list[float] = []
    for _ in range(rounds):
        for example in data.examples:
            started = time.perf_counter()
            backend.parse(example.text)
            samples.append((time.perf_counter() - started) * 1000)
    return _percentiles(samples)


def measure(file: Path, data_dir: Path, log: Callable[[str], None]) -> dict[str, Any]:
    """All figures of the report, as a dict."""
    from bot.bootstrap import cached_reference
    from bot.safety import looks_like_crisis

    data = load(file)
    model = train(data_dir, log=log)
    token = secrets.token_urlsafe(16)
    server = start_server(model, port=free_port(), token=token,
                          log_file=cache_dir() / "rasa-report.log")
    try:
        log("waiting for Rasa to load the model")
        server.wait_ready()
        fuzzy = cached_reference(data_dir).fuzzy_backend()
        rasa = RasaBackend(server.url, token=token, timeout=10.0)
        for example in data.examples[:30]:  # warm both up
            fuzzy.parse(example.text)
            rasa.parse(example.text)
        log("evaluating the embedded backend")
        results: dict[str, Any] = {"fuzzy": evaluate(fuzzy, data),
                                   "fuzzy+rule": evaluate(WithCrisisRule(fuzzy, looks_like_crisis), data)}
        results["fuzzy"]["latency_ms"] = app_latency(fuzzy, data)
        log("evaluating Rasa")
        results["rasa"] = evaluate(rasa, data)
        results["rasa+rule"] = evaluate(WithCrisisRule(rasa, looks_like_crisis), data)
        results["rasa"]["latency_ms"] = app_latency(rasa, data)
        results["rasa_own_latency_ms"] = raw_rasa_latency(server.url, token, data)
        rasa.close()
    finally:
        server.stop()
    results["file"] = str(file)
    results["model"] = model.name
    return results


def _row(label: str, rep: dict[str, Any], target: float | None) -> str:
    crisis = rep["intents"].get("crisis", {}).get("recall", 0.0)
    goal = f" (target ≥ {target:.2f})" if target else ""
    return (f"| {label} | {rep['accuracy']:.3f} | {rep['macro_f1']:.3f}{goal} | {crisis:.2f} | "
            f"{rep['entities']['f1']:.3f} |")


def render(r: dict[str, Any]) -> str:
    fz, rs = r["fuzzy"], r["rasa"]
    own, app = r["rasa_own_latency_ms"], rs["latency_ms"]
    ratio = app["p99"] / own["p99"] if own["p99"] else float("nan")
    lines = [
        "# NLU report: embedded backend and Rasa side by side",
        "",
        f"Measured {datetime.now().strftime('%Y-%m-%d %H:%M')} on {platform.machine()} "
        f"({platform.python_implementation()} {platform.python_version()}, Rasa {RASA_VERSION}), "
        f"held-out file `{r['file']}` ({fz['examples']} messages, never used for training), "
        f"Rasa model `{r['model']}`.",
        "",
        "Produced by `make nlu-report` (= `lotse nlu report tests/nlu/test_nlu.yml "
        "--out docs/nlu-report.md`); single backends: `lotse nlu test tests/nlu/test_nlu.yml "
        "--backend fuzzy|rasa` (with `LOTSE_RASA_URL`/`LOTSE_RASA_TOKEN` of `lotse nlu serve`).",
        "",
        "## Quality",
        "",
        "| backend | accuracy | intent macro F1 | crisis recall | entity F1 |",
        "|---|---|---|---|---|",
        _row("embedded (fuzzy)", fz, TARGETS["fuzzy"]),
        _row("Rasa (DIET, char n-grams)", rs, TARGETS["rasa"]),
        _row("embedded + crisis lexicon", r["fuzzy+rule"], None),
        _row("Rasa + crisis lexicon", r["rasa+rule"], None),
        "",
        "\"+ crisis lexicon\" is what the app runs: the safety layer's lexicon (bot/safety.py) "
        "overrules the model's intent (nlu/crisis_rule.py). The crisis recall target (1.0) is "
        "met only with it; the models alone miss some crisis messages.",
        "",
        CAVEAT,
        "",
        "## Parse latency (ms, per message, this machine)",
        "",
        "| path | p50 | p99 |",
        "|---|---|---|",
        f"| embedded backend, in process (target p99 ≤ 5 ms) | {fz['latency_ms']['p50']:.2f} | "
        f"{fz['latency_ms']['p99']:.2f} |",
        f"| Rasa's own answer (bare HTTP client, kept-alive) | {own['p50']:.2f} | {own['p99']:.2f} |",
        f"| the app's Rasa round trip (RasaBackend: httpx, breaker, mapping) | {app['p50']:.2f} | "
        f"{app['p99']:.2f} |",
        "",
        f"App round trip / Rasa's own at p99: {ratio:.2f} (target ≤ 1.2).",
        "",
        "## Per intent (F1)",
        "",
        "| intent | support | embedded P | embedded R | embedded F1 | Rasa P | Rasa R | Rasa F1 |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for intent, f in sorted(fz["intents"].items()):
        g = rs["intents"].get(intent, {"precision": 0, "recall": 0, "f1": 0})
        lines.append(f"| {intent} | {f['support']} | {f['precision']:.2f} | {f['recall']:.2f} | "
                     f"{f['f1']:.2f} | {g['precision']:.2f} | {g['recall']:.2f} | {g['f1']:.2f} |")
    for label, rep in (("embedded", fz), ("Rasa", rs)):
        lines += ["", f"## Worst confusions – {label}", "", "| expected | predicted | count |",
                  "|---|---|---|"]
        lines += [f"| {c['expected']} | {c['predicted']} | {c['count']} |"
                  for c in rep["worst_confusions"]]
    return "\n".join(lines) + "\n"


def write_report(file: Path, out: Path, *, data_dir: Path, log: Callable[[str], None] = print) -> None:
    results = measure(file, data_dir, log)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(results), encoding="utf-8")
