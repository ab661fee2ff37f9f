"""The production topology as real processes (`make test-cluster`): two `lotse serve` behind
nginx on one PostgreSQL. A conversation goes on whichever process gets the next message;
crisis help comes through the proxy; a process killed with -9 under load costs at most the
requests it was holding, and the proxy sends the rest to the other one at once."""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request
from typing import Any

import pytest
import sqlalchemy as sa

from bot.storage.conversations import sender_hash
from bot.storage.tables import ConversationRow, MessageRow
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


def test_a_process_killed_under_load_loses_and_doubles_nothing(cluster: Any) -> None:
    """8 chats × 10 messages while one process is killed with -9: a client retries a message
    that got no answer with the same `metadata.message_id` (contract § 4), so every message
    is one turn – none lost, none twice – and the proxy sends the rest to the other process."""
    sent: dict[int, list[str]] = {n: [] for n in range(8)}
    retries: list[int] = []
    lock = threading.Lock()
    started = threading.Event()

    def talk(n: int) -> None:
        for turn in range(10):
            words = f"hallo {turn}"
            for attempt in range(50):
                try:
                    if chat(cluster.url, f"load-{n}", words, message_id=f"load-{n}-{turn}"):
                        break
                except (urllib.error.URLError, OSError):
                    with lock:
                        retries.append(attempt)
                    threading.Event().wait(0.1)
            sent[n].append(words)
            if n == 0 and turn == 3:
                started.set()

    threads = [threading.Thread(target=talk, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    started.wait(60)
    victim = cluster.members[0]
    cluster.kill(victim)
    for thread in threads:
        thread.join(180)
    engine = sa.create_engine(cluster.database_url)
    try:
        for n in range(8):
            key = sender_hash(cluster_script.DEV_SECRET.encode(), "web", f"load-{n}")
            with engine.connect() as connection:
                taken = list(connection.execute(
                    sa.select(MessageRow.text).join(ConversationRow)
                    .where(ConversationRow.sender_hash == key, MessageRow.role == "user")
                    .order_by(MessageRow.id)).scalars())
            assert taken == sent[n], (n, taken)  # each message once, in order
    finally:
        engine.dispose()
    cluster.restart(victim)
    assert chat(victim.url, "back", "hallo")


def readyz(url: str) -> dict[str, Any]:
    try:
        with urllib.request.urlopen(url + "/readyz", timeout=5) as response:  # noqa: S310
            return dict(json.loads(response.read()))
    except urllib.error.HTTPError as exc:  # 503 still carries the states
        return dict(json.loads(exc.read()))


def fallbacks(member: Any) -> float:
    """`lotse_nlu_fallbacks` of one process (scraped on the process, as Prometheus does)."""
    with urllib.request.urlopen(member.url + "/metrics", timeout=5) as response:  # noqa: S310
        page = response.read().decode()
    return sum(float(line.split()[-1]) for line in page.splitlines()
               if line.startswith("lotse_nlu_fallbacks_total"))


def timed_chat(base: str, sender: str, message: str) -> tuple[float, str]:
    started = time.perf_counter()
    answer = text(chat(base, sender, message))
    return time.perf_counter() - started, answer


CONVERSATION = ("hallo", "ich bin 17", "ich suche eine ausbildung", "in Bochum")


def test_rasa_understands_the_chats_of_every_process(cluster: Any) -> None:
    assert cluster.rasa_server is not None  # the topology includes Rasa's own server
    for member in cluster.members:
        assert readyz(member.url)["rasa"]["state"] == "up"
    before = [fallbacks(m) for m in cluster.members]
    for n in range(3):
        for message in CONVERSATION:
            assert "klemmt" not in text(chat(cluster.url, f"rasa-{n}", message))
    # every message was parsed by Rasa: no process had to fall back to the embedded NLU
    assert [fallbacks(m) for m in cluster.members] == before


def test_with_rasa_frozen_and_then_killed_the_embedded_nlu_answers_at_once(cluster: Any) -> None:
    """Last in this module (Rasa stays dead). Frozen (SIGSTOP: connections hang) the Rasa
    client gives up after its 0.3 s timeout, and after three such failures a process's
    circuit opens and it stops asking; killed (connection refused) it answers at once. Every
    conversation goes on with the embedded NLU, crisis help included."""
    cluster.freeze_rasa()
    frozen = [timed_chat(cluster.url, f"frozen-{n}", message)
              for message in CONVERSATION for n in range(4)]
    for seconds, answer in frozen:
        assert "klemmt" not in answer and answer
        assert seconds < 0.3 + 0.25  # the client's timeout and the turn itself
    # a circuit opens after three timeouts in one process: the rest were not held up at all
    assert sorted(s for s, _ in frozen)[len(frozen) // 2] < 0.3
    assert all(readyz(m.url)["rasa"]["state"].startswith("down") for m in cluster.members)
    seconds, answer = timed_chat(cluster.url, "frozen-crisis", "ich will nicht mehr leben")
    assert "Schmerz" in answer and seconds < 0.3

    cluster.kill_rasa()
    killed = [timed_chat(cluster.url, f"killed-{n}", message)
              for message in CONVERSATION for n in range(4)]
    assert all(seconds < 0.3 and answer and "klemmt" not in answer for seconds, answer in killed)
    assert all(fallbacks(m) > 0 for m in cluster.members)
    # the same conversation with the embedded NLU: the age was understood in both phases
    for sender in ("frozen-0", "killed-0"):
        assert "Alter: 17" in text(chat(cluster.url, sender, "/auskunft"))
