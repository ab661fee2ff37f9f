"""The production topology as real processes (`make test-cluster`): two `lotse serve` behind
nginx on one PostgreSQL. A conversation goes on whichever process gets the next message;
crisis help comes through the proxy; a process killed with -9 under load costs at most the
requests it was holding, and the proxy sends the rest to the other one at once."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from typing import Any

import pytest

from tests.cluster.conftest import cluster_script

pytestmark = pytest.mark.cluster
chat = cluster_script.chat


def text(replies: list[dict[str, Any]]) -> str:
    return " ".join(str(r.get("text", "")) for r in replies)


def test_a_conversation_goes_on_across_processes(cluster: Any) -> None:
    first, second = cluster.members
    assert "Lotse" in text(chat(first.url, "wanderer", "hallo"))
    chat(second.url, "wanderer", "ich bin 17")
    answer = text(chat(first.url, "wanderer", "/auskunft"))
    assert "Alter: 17" in answer  # the second process's turn is what the first one knows


def test_the_proxy_spreads_the_chats_and_keeps_metrics_inside(cluster: Any) -> None:
    for n in range(12):
        assert chat(cluster.url, f"spread-{n}", "hallo")
    with urllib.request.urlopen(cluster.url + "/healthz", timeout=5) as response:
        assert response.status == 200
    try:
        urllib.request.urlopen(cluster.url + "/metrics", timeout=5)
        raise AssertionError("/metrics must not be served through the proxy")
    except urllib.error.HTTPError as exc:
        assert exc.code == 404


def test_crisis_help_comes_through_the_proxy(cluster: Any) -> None:
    replies = chat(cluster.url, "in-need", "ich will nicht mehr leben")
    assert "Schmerz" in text(replies)
    assert "TelefonSeelsorge" in json.dumps(replies, ensure_ascii=False)  # the crisis line card


def test_a_process_killed_under_load_costs_only_what_it_held(cluster: Any) -> None:
    results: list[str] = []
    lock = threading.Lock()
    killed = threading.Event()

    def talk(n: int) -> None:
        for turn in range(10):
            try:
                outcome = "ok" if chat(cluster.url, f"load-{n}", f"hallo {turn}") else "empty"
            except (urllib.error.URLError, OSError) as exc:
                outcome = f"error {exc}"
            with lock:
                results.append(("after " if killed.is_set() else "") + outcome)

    threads = [threading.Thread(target=talk, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    while len(results) < 30:
        threading.Event().wait(0.01)
    victim = cluster.members[0]
    cluster.kill(victim)
    killed.set()
    for thread in threads:
        thread.join(120)
    failed = [r for r in results if not r.endswith("ok")]
    assert len(results) == 80
    assert len(failed) <= 8, failed  # at most the requests in flight on the killed process
    late = [r for r in results if r.startswith("after ")]
    assert late[-20:] == ["after ok"] * 20  # the proxy no longer sends anything there
    cluster.restart(victim)
    assert chat(victim.url, "back", "hallo")
