"""`make bench`: how fast Lotse answers and how much memory it takes, as a table.

Everything runs on this machine, over real HTTP where a person's message travels over HTTP:

- the embedded NLU on the held-out messages (tests/nlu/test_nlu.yml), in process;
- whole chats through `POST /webhooks/rest/webhook` of a running server (uvicorn on a local
  port, a fresh SQLite file – the embedded default): one chat after another (latency per
  message), then many chats at once (messages per second);
- Telegram: many chats at once through `POST /telegram/webhook`, answered to a local stand-in
  of the Bot API (the one the tests use): time until every answer was sent;
- the process's resident memory after start-up and at its peak.

Figures depend on the machine and on what else runs; targets are printed next to them
where an issue set one. Nothing here fails a build: tests check behaviour, this measures.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import resource
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from statistics import quantiles
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
HELD_OUT = ROOT / "tests" / "nlu" / "test_nlu.yml"
SCRIPT = ("hallo", "ich bin 17 und such eine ausbildung", "Quedlinburg", "Realschulabschluss",
          "/auskunft")
TELEGRAM_SCRIPT = ("hab schulden", "17", "/auskunft")


@dataclass(frozen=True)
class Row:
    what: str
    figure: str
    target: str = "–"


def percentiles(samples: Sequence[float]) -> tuple[float, float]:
    cuts = quantiles(samples, n=100, method="inclusive")
    return cuts[49], cuts[98]


def rss_mb() -> float:
    """Resident memory of this process now (Linux /proc), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_nlu(rounds: int) -> list[Row]:
    from bot.bootstrap import cached_reference
    from bot.safety import looks_like_crisis
    from nlu.crisis_rule import WithCrisisRule
    from nlu.training_data import load

    backend = WithCrisisRule(cached_reference(ROOT / "data").fuzzy_backend(), looks_like_crisis)
    texts = [example.text for example in load(HELD_OUT).examples]
    for text in texts[:50]:
        backend.parse(text)
    samples = []
    for _ in range(rounds):
        for text in texts:
            started = time.perf_counter()
            backend.parse(text)
            samples.append((time.perf_counter() - started) * 1000)
    p50, p99 = percentiles(samples)
    return [Row(f"embedded NLU + crisis lexicon, p50 / p99 ({len(samples)} parses)",
                f"{p50:.2f} / {p99:.2f} ms", "p99 ≤ 5 ms")]


def bench_crisis_net() -> list[Row]:
    """The crisis lexicon and the learned check-in net, each alone, on the tuning sets' messages."""
    from bot.crisis_model import current_net, training_examples
    from bot.safety import assess_danger

    net = current_net()  # loaded from the cache, or fitted once (not timed here)
    texts = [e.text for e in training_examples()]

    def timed(step: Callable[[str], object]) -> tuple[float, float]:
        samples = []
        for text in texts:
            started = time.perf_counter()
            step(text)
            samples.append((time.perf_counter() - started) * 1000)
        return percentiles(samples)

    lexicon = timed(assess_danger)
    figure = f"{lexicon[0]:.2f} / {lexicon[1]:.2f} ms · " + (
        "{:.2f} / {:.2f} ms".format(*timed(net.check_in)) if net else "no net (no training data)")
    return [Row(f"crisis lexicon · learned check-in net, each alone, p50 / p99 ({len(texts)} messages)",
                figure, "net p50 < 1 ms")]


def bench_routing(size: int = 10_000, count: int = 300) -> list[Row]:
    """Routing over a large fictional catalogue (the real offers copied into the regions):
    every offer scored (the anchor, as before the index) and with the catalogue's index."""
    from bot.bootstrap import cached_reference
    from bot.settings import get_settings
    from matching.needs import NEEDS
    from matching.route import route_situation
    from matching.synthetic import large_catalogue, situations

    catalogue = large_catalogue(cached_reference(get_settings().data_dir).offers, size)
    cases = situations(NEEDS, count)
    route_situation(cases[0], catalogue)  # builds the index once (not timed)

    def timed(use_index: bool) -> tuple[float, float]:
        samples = []
        for situation in cases:
            started = time.perf_counter()
            route_situation(situation, catalogue, use_index=use_index)
            samples.append((time.perf_counter() - started) * 1000)
        return percentiles(samples)

    scanned, indexed = timed(False), timed(True)
    return [Row(f"routing over {size:,} offers, p50 / p99 ({count} situations): every offer "
                "scored · indexed",
                f"{scanned[0]:.2f} / {scanned[1]:.2f} ms · {indexed[0]:.2f} / {indexed[1]:.2f} ms"
                f" ({scanned[1] / indexed[1]:.1f}× at p99)", "indexed p99 ≤ 5 ms")]


def _settings(var_dir: Path) -> Any:
    from bot.settings import Settings

    return Settings(environment="development", var_dir=var_dir,
                    rate_limit="10000/minute", rate_limit_address="1000000/minute",
                    secret_key="bench-secret-key-not-for-production")


def bench_chat(var_dir: Path, chats: int, parallel: int) -> list[Row]:
    from bot.bootstrap import build_app
    from tests.bot.telegram.fake_bot_api import LiveServer

    server = LiveServer(build_app(_settings(var_dir))).start()
    try:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            samples = []
            for chat in range(chats):
                for words in SCRIPT:
                    started = time.perf_counter()
                    response = client.post("/webhooks/rest/webhook",
                                           json={"sender": f"bench-{chat}", "message": words})
                    samples.append((time.perf_counter() - started) * 1000)
                    response.raise_for_status()
        p50, p99 = percentiles(samples)

        async def many() -> float:
            limits = httpx.Limits(max_connections=parallel)
            async with httpx.AsyncClient(base_url=server.url, timeout=60, limits=limits) as client:
                async def one(chat: int) -> None:
                    for words in SCRIPT:
                        response = await client.post(
                            "/webhooks/rest/webhook",
                            json={"sender": f"bench-many-{chat}", "message": words})
                        response.raise_for_status()

                started = time.perf_counter()
                await asyncio.gather(*(one(chat) for chat in range(parallel * 4)))
                return time.perf_counter() - started

        seconds = asyncio.run(many())
        per_second = parallel * 4 * len(SCRIPT) / seconds
    finally:
        server.stop()
    return [
        Row(f"web chat message over HTTP, one at a time, p50 / p99 ({len(samples)} messages)",
            f"{p50:.1f} / {p99:.1f} ms"),
        Row(f"web chat, {parallel * 4} chats at once ({parallel} connections)",
            f"{per_second:.0f} messages/s"),
    ]


def bench_telegram(var_dir: Path, chats: int) -> list[Row]:
    from bot.bootstrap import build_lotse
    from bot.telegram.channel import TelegramChannel, build_application
    from bot.web.app import create_app
    from tests.bot.telegram import updates
    from tests.bot.telegram.fake_bot_api import TOKEN, FakeBotApi, LiveServer

    fake_api = FakeBotApi().start()
    lotse = build_lotse(_settings(var_dir))
    secret = "bench-webhook-secret"
    channel = TelegramChannel(lotse, build_application(TOKEN, api_url=fake_api.base_url,
                                                       overall_max_rate=0), secret_token=secret)
    server = LiveServer(create_app(lotse, telegram=channel)).start()
    ids = list(range(900_000, 900_000 + chats))
    try:
        fake_api.wait_for(lambda: channel.ready.is_set())

        async def everyone() -> None:
            async with httpx.AsyncClient(base_url=server.url, timeout=60,
                                         limits=httpx.Limits(max_connections=40)) as client:
                async def one(chat: int) -> None:
                    for words in TELEGRAM_SCRIPT:
                        response = await client.post(
                            "/telegram/webhook", json=updates.text(chat, words),
                            headers={"X-Telegram-Bot-Api-Secret-Token": secret})
                        response.raise_for_status()

                await asyncio.gather(*(one(chat) for chat in ids))

        started = time.perf_counter()
        asyncio.run(everyone())
        acknowledged = time.perf_counter() - started
        expected = len(TELEGRAM_SCRIPT) + 1  # the first update gets a greeting and a question

        def done() -> bool:
            by_chat = fake_api.texts_by_chat()
            return all(len(by_chat.get(chat, [])) >= expected for chat in ids)

        fake_api.wait_for(done, timeout=600)
        answered = time.perf_counter() - started
    finally:
        server.stop()
        fake_api.stop()
    updates_sent = chats * len(TELEGRAM_SCRIPT)
    return [
        Row(f"Telegram webhook, {chats} chats × {len(TELEGRAM_SCRIPT)} updates: all acknowledged",
            f"{acknowledged:.1f} s"),
        Row("… every answer sent to the Bot API (stand-in on this machine)",
            f"{answered:.1f} s ({updates_sent / answered:.0f} updates/s)"),
    ]


def table(rows: Sequence[Row]) -> str:
    lines = ["| measurement | figure | target |", "|---|---|---|"]
    lines += [f"| {r.what} | {r.figure} | {r.target} |" for r in rows]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="make bench", description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=40, help="chats one after another")
    parser.add_argument("--parallel", type=int, default=16, help="connections for chats at once")
    parser.add_argument("--telegram-chats", type=int, default=200)
    parser.add_argument("--nlu-rounds", type=int, default=3)
    args = parser.parse_args(argv)

    import logging

    logging.basicConfig(level=logging.WARNING)
    rows = [Row("resident memory before loading anything", f"{rss_mb():.0f} MB")]
    steps: list[tuple[str, Callable[[Path], list[Row]]]] = [
        ("NLU", lambda _: bench_nlu(args.nlu_rounds)),
        ("crisis check", lambda _: bench_crisis_net()),
        ("routing", lambda _: bench_routing()),
        ("web chat", lambda d: bench_chat(d, args.chats, args.parallel)),
        ("Telegram", lambda d: bench_telegram(d, args.telegram_chats)),
    ]
    for name, step in steps:
        print(f"measuring: {name} …", flush=True)
        with tempfile.TemporaryDirectory(prefix="lotse-bench-") as var_dir:
            rows += step(Path(var_dir))
        if name == "NLU":
            rows.append(Row("resident memory with catalogue, places and NLU loaded",
                            f"{rss_mb():.0f} MB"))
    rows.append(Row("peak resident memory of the whole run (server, clients, stand-in)",
                    f"{peak_rss_mb():.0f} MB"))
    print()
    print(f"Lotse benchmarks – {platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, SQLite, {time.strftime('%Y-%m-%d %H:%M')}")
    print()
    print(table(rows))


if __name__ == "__main__":
    main()
