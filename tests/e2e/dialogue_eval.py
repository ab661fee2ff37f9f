"""Scripted conversations with turn-level checks, run against the chat endpoint over HTTP.

A set is a YAML file of conversations (`tests/e2e/dialogues/*.yml`, format in
docs/evaluation.md): fixed user turns, each with checks on the bot's answer to that turn
(crisis at turn i, no crisis, understood, no loop, offers of category X in region Y,
mentions …). `make eval` runs every set and prints a table; the tests in
`test_dialogue_sets.py` hold floors on the same figures.

    python -m tests.e2e.dialogue_eval [FILE …] [--failures]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from starlette.testclient import TestClient

from nlu.yaml_text import load_yaml

HERE = Path(__file__).parent
SETS_DIR = HERE / "dialogues"
URL = "/webhooks/rest/webhook"
# A Tuesday afternoon: every line with published hours is open, so results do not depend on
# the hour the evaluation runs at.
TUESDAY_AFTERNOON = datetime(2026, 11, 24, 15, 0, tzinfo=ZoneInfo("Europe/Berlin"))
# A generic "I did not understand" answer; newer answers also carry custom.fallback.
FALLBACK_TEXT = re.compile(r"nicht verstanden|kann ich leider nichts sagen|"
                           r"did not understand|didn't understand", re.IGNORECASE)
CHECK_KEYS = ("crisis", "crisis_or_check", "crisis_check", "no_crisis", "no_full_crisis",
              "understood", "no_loop", "expects", "expects_not", "offers", "first_offer",
              "no_offers_of", "mentions", "mentions_any", "not_mentions")

Answer = list[dict[str, Any]]


@dataclass(frozen=True, slots=True)
class CheckResult:
    conversation: str
    turn: int
    key: str
    ok: bool
    detail: str = ""


@dataclass
class SetResult:
    name: str
    conversations: int = 0
    turns: int = 0
    checks: list[CheckResult] = field(default_factory=list)

    @property
    def passed(self) -> int:
        return sum(c.ok for c in self.checks)

    @property
    def check_rate(self) -> float:
        return self.passed / len(self.checks) if self.checks else 1.0

    @property
    def conversations_passed(self) -> int:
        failed = {c.conversation for c in self.checks if not c.ok}
        return self.conversations - len(failed)

    def rate_of(self, key: str) -> tuple[int, int]:
        own = [c for c in self.checks if c.key == key]
        return sum(c.ok for c in own), len(own)


def _custom(message: dict[str, Any]) -> dict[str, Any]:
    custom = message.get("custom")
    return custom if isinstance(custom, dict) else {}


def offers_of(answer: Answer) -> list[dict[str, Any]]:
    return [o for m in answer for o in _custom(m).get("offers", []) or []]


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def visible_text(answer: Answer) -> str:
    """Everything a person can read in an answer: texts, buttons, offer names, contacts."""
    parts: list[str] = []
    for m in answer:
        parts.append(str(m.get("text", "")))
        parts += [str(b.get("title", "")) for b in m.get("buttons", []) or []]
        for offer in _custom(m).get("offers", []) or []:
            parts += list(_strings({k: v for k, v in offer.items() if k not in ("id", "reasons")}))
    return "\n".join(parts)


def is_fallback(answer: Answer) -> bool:
    return any(_custom(m).get("fallback") or FALLBACK_TEXT.search(str(m.get("text", "")))
               for m in answer)


def check(key: str, value: Any, answer: Answer, previous: Answer | None) -> tuple[bool, str]:
    """Whether one check holds for an answer (and the answer before it)."""
    crisis = any(_custom(m).get("crisis") for m in answer)
    soft = any(_custom(m).get("crisis_check") for m in answer)
    expects = _custom(answer[-1]).get("expects") if answer else None
    offers = offers_of(answer)
    text = visible_text(answer).lower()
    if key == "crisis":
        return crisis == bool(value), f"crisis={crisis} check={soft}"
    if key == "crisis_or_check":
        return (crisis or soft) == bool(value), f"crisis={crisis} check={soft}"
    if key == "crisis_check":
        return (soft and not crisis) == bool(value), f"crisis={crisis} check={soft}"
    if key == "no_crisis":
        return (not crisis and not soft) == bool(value), f"crisis={crisis} check={soft}"
    if key == "no_full_crisis":
        return (not crisis) == bool(value), f"crisis={crisis}"
    if key == "understood":
        return (not is_fallback(answer)) == bool(value), "fallback answer"
    if key == "no_loop":
        last = str(answer[-1].get("text", "")) if answer else ""
        before = str(previous[-1].get("text", "")) if previous else None
        return (last != before) == bool(value), f"repeated: {last[:60]!r}"
    if key == "expects":
        return expects == value, f"expects={expects}"
    if key == "expects_not":
        return expects != value, f"expects={expects}"
    if key in ("offers", "first_offer"):
        wanted = value if isinstance(value, dict) else {"category": value}
        pool = offers[:1] if key == "first_offer" else offers
        ok = any(all(str(o.get(k)) == str(v) for k, v in wanted.items()) for o in pool)
        got = [(o.get("category"), o.get("region")) for o in offers[:6]]
        return ok, f"offers={got}"
    if key == "no_offers_of":
        bad = [o.get("id") for o in offers if o.get("category") == value]
        return not bad, f"offers of {value}: {bad}"
    words = [value] if isinstance(value, str) else list(value)
    found = [w for w in words if str(w).lower() in text]
    if key == "mentions":
        return len(found) == len(words), f"missing {[w for w in words if w not in found]}"
    if key == "mentions_any":
        return bool(found), f"none of {words}"
    if key == "not_mentions":
        return not found, f"found {found}"
    raise ValueError(f"unknown check {key!r}")


def load_set(path: Path) -> list[dict[str, Any]]:
    data = load_yaml(path.read_text("utf-8"))
    conversations = data["conversations"] if isinstance(data, dict) else data
    for conv in conversations:
        for turn in conv["turns"]:
            unknown = set(turn.get("expect") or {}) - set(CHECK_KEYS)
            if unknown:
                raise ValueError(f"{path.name} {conv['id']}: unknown checks {sorted(unknown)}")
    return conversations


def run_set(client: TestClient, name: str, conversations: Iterable[dict[str, Any]]) -> SetResult:
    """Send every conversation's turns to the endpoint and check each answer."""
    result = SetResult(name)
    for conv in conversations:
        result.conversations += 1
        sender = f"eval-{name}-{conv['id']}"
        previous: Answer | None = None
        for i, turn in enumerate(conv["turns"], start=1):
            result.turns += 1
            response = client.post(URL, json={"sender": sender, "message": str(turn["user"])})
            answer: Answer = response.json() if response.status_code == 200 else []
            if response.status_code != 200 or not answer:
                result.checks.append(CheckResult(conv["id"], i, "answered", False,
                                                 f"HTTP {response.status_code}"))
            for key, value in (turn.get("expect") or {}).items():
                ok, detail = check(key, value, answer, previous) if answer else (False, "no answer")
                result.checks.append(CheckResult(conv["id"], i, key, ok, "" if ok else detail))
            previous = answer
    return result


def make_client(database: Path) -> TestClient:
    """The real app on its embedded defaults (SQLite, built-in NLU with the crisis rule)."""
    from bot.bootstrap import build_lotse
    from bot.settings import Settings
    from bot.web.app import create_app

    settings = Settings(database_url=f"sqlite:///{database}", environment="test",
                        rate_limit="1000/minute", rate_limit_address="1000000/minute",
                        var_dir=database.parent,
                        secret_key="evaluation-only-secret-key-0123456789")
    lotse = build_lotse(settings)
    lotse.clock = lambda: TUESDAY_AFTERNOON
    _register_readme_organisation(lotse)
    return TestClient(create_app(lotse), raise_server_exceptions=False)


def readme_organisation(name: str = "Jugendberufsagentur Harz (Test)") -> Any:
    """The organisation the README's counsellor-inbox example registers (`lotse orgs add --id
    jba-harz … --offer harz-jba-janalos --offer harz-agentur-berufsberatung --response-days 2`):
    it takes the Harz handoffs."""
    from bot.storage.tables import OrganisationRow

    return OrganisationRow(id="jba-harz", name=name,
                           offer_ids=["harz-jba-janalos", "harz-agentur-berufsberatung"],
                           response_working_days=2)


def _register_readme_organisation(lotse: Any) -> None:
    """So that a person in the Harz can hand over as the README promises."""
    with lotse.sessions.begin() as session:
        session.add(readme_organisation())


def run_files(paths: Iterable[Path]) -> list[SetResult]:
    with tempfile.TemporaryDirectory() as tmp, make_client(Path(tmp) / "eval.sqlite3") as client:
        return [run_set(client, p.stem, load_set(p)) for p in paths]


def table(results: list[SetResult]) -> str:
    """The figures as a Markdown table: one row per set, then one per check kind."""
    lines = ["| set | conversations passed | checks passed | turns |", "|---|---|---|---|"]
    for r in results:
        lines.append(f"| {r.name} | {r.conversations_passed}/{r.conversations} "
                     f"({r.conversations_passed / max(r.conversations, 1):.2f}) | "
                     f"{r.passed}/{len(r.checks)} ({r.check_rate:.3f}) | {r.turns} |")
    keys = Counter(c.key for r in results for c in r.checks)
    lines += ["", "| check | " + " | ".join(r.name for r in results) + " |",
              "|---|" + "---|" * len(results)]
    for key in sorted(keys):
        cells = []
        for r in results:
            ok, n = r.rate_of(key)
            cells.append(f"{ok}/{n}" if n else "–")
        lines.append(f"| {key} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--failures", action="store_true", help="list every failed check")
    parser.add_argument("--json", type=Path, help="write every check result to this file")
    args = parser.parse_args(argv)
    paths = args.files or sorted(SETS_DIR.glob("*.yml"))
    results = run_files(paths)
    print(table(results))
    if args.failures:
        for r in results:
            for c in r.checks:
                if not c.ok:
                    print(f"{r.name} {c.conversation} turn {c.turn} {c.key}: {c.detail}")
    if args.json:
        args.json.write_text(json.dumps(
            [{"set": r.name, **{k: getattr(c, k) for k in ("conversation", "turn", "key", "ok",
                                                          "detail")}}
             for r in results for c in r.checks], ensure_ascii=False, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
