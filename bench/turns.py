"""`make bench`, second table: a whole chat turn next to Rasa's bare parse, in the same run.

Everything is a real process on this machine, driven by wrk (Debian's HTTP load generator,
written in C, so the client costs little of the two cores the server shares with it):

- Rasa's own NLU server (`rasa run --enable-api`, the project's Python 3.10 virtualenv and
  model) answering `POST /model/parse` for the messages of the scripted conversations – the
  anchor every figure is set against;
- `lotse serve` (1, 2 and 4 processes) on SQLite and on PostgreSQL, embedded NLU, answering
  whole turns of 6-message German conversations through `POST /webhooks/rest/webhook`:
  each wrk connection is one young person at a time, writing the next message when the
  last answer came, then starting a new conversation as a new sender;
- the same with the Rasa backend (`LOTSE_RASA_URL`): a turn's latency against a bare parse;
- 100,000 senders, one message each, in ten rounds: the last round's p50 against the
  first's, and the server's memory after each.

Targets are issue 14's; figures depend on the machine and on what else runs.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bench.run import Row, table

ROOT = Path(__file__).resolve().parent.parent
LOTSE = ROOT / ".venv" / "bin" / "lotse"
PG_BASE = os.environ.get("LOTSE_BENCH_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432")

# Six-message German conversations, as young people write them (not the NLU's training data).
CONVERSATIONS = (
    ("hallo", "ich bin 17 und such eine ausbildung", "Quedlinburg", "Realschulabschluss",
     "was muss ich da mitbringen?", "danke dir"),
    ("hi", "ich hab voll viele schulden und weiß nicht weiter", "bin 19", "wohne in Bochum",
     "kostet das was?", "ok danke"),
    ("moin", "ich brauch ein praktikum in der 9. klasse", "15", "Bad Homburg",
     "was mit tieren wär cool", "tschüss"),
    ("hey", "mir geht es seit wochen nicht gut und ich kann nicht mehr schlafen", "21",
     "in Offenbach", "haben die heute noch auf?", "danke"),
)
MESSAGES = tuple(dict.fromkeys(m for c in CONVERSATIONS for m in c))

# wrk calls request() per thread; one connection per thread makes each thread one person.
CHAT_LUA = """
local conversations = %(conversations)s
local mode = "%(mode)s"
local threads = 0
local offset, counter, step, script = "0", 0, 0, 1

function setup(thread)  -- in wrk's main Lua state, once per thread
  threads = threads + 1
  thread:set("id", threads)
end

function init(args)  -- in the thread's own state; `id` was set by setup()
  offset = args[1] or "0"
  script = (id %% #conversations) + 1
  -- every thread's Lua state starts with the same random sequence: unseeded, fifty "typing"
  -- people would wait the same 1–3 s and all write at the same instant, every time
  math.randomseed(id * 7919 + os.time())
end

function request()
  local c = conversations[script]
  if mode == "parse" then
    step = step + 1
    if step > #c then step = 1; script = (script %% #conversations) + 1; c = conversations[script] end
    return wrk.format("POST", nil, {["Content-Type"] = "application/json"},
                      '{"text":' .. c[step] .. '}')
  end
  local message
  if mode == "senders" then
    counter = counter + 1
    message = c[2]
  else
    step = step + 1
    if step > #c then
      step, counter = 1, counter + 1
      script = (script %% #conversations) + 1
      c = conversations[script]
    end
    message = c[step]
  end
  local sender = 'b' .. offset .. '-' .. id .. '-' .. counter
  return wrk.format("POST", nil, {["Content-Type"] = "application/json"},
                    '{"sender":"' .. sender .. '","message":' .. message .. '}')
end

function response(status, headers, body)
  if status ~= 200 then io.stderr:write("status " .. status .. "\\n") end
end
"""


TYPING_LUA = """
function delay()
  return math.random(1000, 3000)
end
"""


@dataclass(frozen=True)
class Load:
    """What wrk measured: requests per second, p50 and p99 latency in ms, errors."""

    per_second: float
    requests: int
    p50: float
    p99: float
    errors: int


def lua_script(mode: str, folder: Path) -> Path:
    """wrk's script for one mode: "parse" (Rasa), "chat" (conversations one message after
    the other), "typing" (conversations with a pause before each message), "senders"."""
    as_lua = lambda m: json.dumps(json.dumps(m, ensure_ascii=False), ensure_ascii=False)  # noqa: E731
    conversations = "{" + ", ".join("{" + ", ".join(as_lua(m) for m in c) + "}"
                                    for c in CONVERSATIONS) + "}"
    path = folder / f"{mode}.lua"
    script = CHAT_LUA % {"conversations": conversations, "mode": "chat" if mode == "typing" else mode}
    if mode == "typing":  # a person reads the answer and types: 1–3 s before each message
        script += TYPING_LUA
    path.write_text(script, "utf-8")
    return path


def _ms(figure: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", figure).groups()  # type: ignore[union-attr]
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}[unit]


def settle(url: str, timeout: float = 120.0) -> None:
    """Wait until the server has answered what an earlier run left queued (a chat message is
    answered within 100 ms again), so that one run's backlog is not measured in the next."""
    base = url.split("/webhooks")[0]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        started = time.monotonic()
        _post(base + "/webhooks/rest/webhook", {"sender": "settle-" + secrets.token_hex(4),
                                               "message": "hallo"})
        if time.monotonic() - started < 0.1:
            return
        time.sleep(0.5)


def run_wrk(url: str, script: Path, connections: int, seconds: float,
            args: Sequence[str] = ()) -> Load:
    """wrk with one connection per thread (one person per connection), after the server
    settled."""
    if "/webhooks/" in url:
        settle(url)
    command = ["wrk", f"-t{connections}", f"-c{connections}", f"-d{seconds:.0f}s", "--latency",
               "--timeout", "30s", "-s", str(script), url]
    if args:
        command += ["--", *args]
    out = subprocess.run(command, capture_output=True, text=True, check=True, timeout=seconds + 120)
    text = out.stdout
    per_second = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))  # type: ignore[union-attr]
    p50 = _ms(re.search(r"^\s+50%\s+(\S+)", text, re.MULTILINE).group(1))  # type: ignore[union-attr]
    p99 = _ms(re.search(r"^\s+99%\s+(\S+)", text, re.MULTILINE).group(1))  # type: ignore[union-attr]
    errors = sum(int(n) for n in re.findall(r"(?:Non-2xx or 3xx responses|timeout)\s*:?\s*(\d+)", text))
    errors += out.stderr.count("status ")
    requests = int(re.search(r"(\d+) requests in", text).group(1))  # type: ignore[union-attr]
    return Load(per_second, requests, p50, p99, errors)


def wait_http(url: str, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 – loopback
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"{url} did not answer within {timeout:.0f} s")


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def fresh_postgres() -> str:
    """An empty database for the bench (dropped and created again): `lotse_bench`, or the
    name in LOTSE_BENCH_DATABASE."""
    import sqlalchemy as sa

    name = os.environ.get("LOTSE_BENCH_DATABASE", "lotse_bench")
    engine = sa.create_engine(PG_BASE + "/postgres", isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return f"{PG_BASE}/{name}"


def resident_mb(pid: int) -> float:
    """Resident memory of a process and its children (uvicorn's workers), in MB."""
    total = 0
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    for one in pids:
        status = Path(f"/proc/{one}/status")
        if status.exists():
            for line in status.read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
    return total / 1024


@dataclass
class Server:
    url: str
    process: subprocess.Popen[bytes]


@contextmanager
def lotse(var_dir: Path, *, workers: int = 1, database_url: str | None = None,
          rasa: tuple[str, str] | None = None) -> Iterator[Server]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("LOTSE_")}
    env.update({
        "LOTSE_ENVIRONMENT": "development", "LOTSE_VAR_DIR": str(var_dir),
        "LOTSE_SECRET_KEY": "bench-secret-key-not-for-production",
        "LOTSE_RATE_LIMIT": "100000/minute", "LOTSE_RATE_LIMIT_ADDRESS": "100000000/minute",
        "LOTSE_RETENTION_INTERVAL_HOURS": "24", "LOTSE_NOTIFY_INTERVAL_SECONDS": "3600",
    })
    if database_url:
        env["LOTSE_DATABASE_URL"] = database_url
    if rasa:
        env["LOTSE_RASA_URL"], env["LOTSE_RASA_TOKEN"] = rasa
    log = (var_dir / "serve.log").open("wb")
    process = subprocess.Popen([str(LOTSE), "serve", "--port", str(port), "--workers",
                                str(workers)], env=env, stdout=log, stderr=subprocess.STDOUT,
                               start_new_session=True)
    server = Server(f"http://127.0.0.1:{port}", process)
    try:
        wait_http(server.url + "/healthz")
        for conversation in CONVERSATIONS:  # warm every worker a little
            for message in conversation:
                _post(server.url + "/webhooks/rest/webhook",
                      {"sender": "warm-" + secrets.token_hex(4), "message": message})
        yield server
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        log.close()


def _post(url: str, body: dict[str, str]) -> None:
    request = urllib.request.Request(url, data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30):  # noqa: S310 – loopback
        pass


@contextmanager
def rasa_server(*, enabled: bool = True) -> Iterator[tuple[str, str] | None]:
    """Rasa's NLU server with the project's model, or None where it cannot run here."""
    from bot.settings import get_settings

    if not enabled:
        yield None
        return
    from nlu.rasa_server import RasaSetupError, start_server, train

    token = secrets.token_urlsafe(16)
    try:
        model = train(get_settings().data_dir, log=lambda m: print(m, flush=True))
        server = start_server(model, port=free_port(), token=token)
        server.wait_ready()
    except RasaSetupError as exc:
        print(f"Rasa cannot run here ({exc}); its anchor rows are left out", flush=True)
        yield None
        return
    try:
        yield server.url, token
    finally:
        server.stop()


def measure(args: argparse.Namespace) -> list[Row]:
    if shutil.which("wrk") is None:
        subprocess.run([str(ROOT / "scripts" / "ensure-wrk")], check=True)
    rows: list[Row] = []
    seconds = args.seconds
    with tempfile.TemporaryDirectory(prefix="lotse-bench-turns-") as folder:
        base = Path(folder)
        chat, parse, senders, typing = (lua_script(m, base)
                                        for m in ("chat", "parse", "senders", "typing"))
        with rasa_server(enabled=args.rasa) as rasa:
            anchor: dict[int, Load] = {}
            if rasa:
                url = f"{rasa[0]}/model/parse?token={rasa[1]}"
                for conversations in (1, 8, 50):
                    anchor[conversations] = load = run_wrk(url, parse, conversations, seconds)
                    rows.append(Row(f"Rasa bare `/model/parse`, {conversations} at once (anchor)",
                                    _figure(load)))

            def turns(label: str, db: str | None, workers: int, levels: Sequence[int],
                      targets: dict[int, str]) -> dict[int, Load]:
                found = {}
                var_dir = Path(tempfile.mkdtemp(dir=base))
                with lotse(var_dir, workers=workers, database_url=db) as server:
                    for conversations in levels:
                        load = run_wrk(server.url + "/webhooks/rest/webhook", chat,
                                       conversations, seconds, args=[f"{workers}x{conversations}"])
                        found[conversations] = load
                        ratio = (f" = {load.per_second / anchor[conversations].per_second:.1f}× Rasa"
                                 if conversations in anchor else "")
                        rows.append(Row(f"whole turn, {label}, {workers} process"
                                        f"{'es' if workers > 1 else ''}, {conversations} "
                                        "conversations at once", _figure(load) + ratio,
                                        targets.get(conversations, "–")))
                    if workers == 1 and db is not None and args.typing:
                        # as people chat: each of 50 writes again 1–3 s after an answer
                        load = run_wrk(server.url + "/webhooks/rest/webhook", typing, 50,
                                       max(seconds, 10), args=[f"typing{workers}"])
                        rows.append(Row(f"whole turn, {label}, 1 process, 50 conversations "
                                        "typing (1–3 s before each message)", _figure(load),
                                        "p99 ≤ 25 ms"))
                return found

            small = tuple(level for level in args.levels if level <= 50)
            turns("embedded NLU, SQLite", None, 1, small,
                  {8: "≥ 3× Rasa", 50: "≥ 3× Rasa"})
            by_workers: dict[int, dict[int, Load]] = {}
            for workers in args.workers:
                by_workers[workers] = turns(
                    "embedded NLU, PostgreSQL", fresh_postgres(), workers, args.levels,
                    {8: "≥ 3× Rasa", 50: "≥ 3× Rasa"} if workers == 1 else {})
            if 1 in by_workers and 2 in by_workers:
                for level in args.levels:
                    one, two = by_workers[1][level].per_second, by_workers[2][level].per_second
                    rows.append(Row(f"two processes against one, {level} conversations, "
                                    "PostgreSQL", f"{two / one:.2f}×",
                                    "≥ 1.8×" if level == 50 else "–"))
            if rasa:
                for label, db in (("SQLite", None), ("PostgreSQL", fresh_postgres())):
                    var_dir = Path(tempfile.mkdtemp(dir=base))
                    with lotse(var_dir, database_url=db, rasa=rasa) as server:
                        load = run_wrk(server.url + "/webhooks/rest/webhook", chat, 1, seconds,
                                       args=[f"rasa-{label}"])
                    rows.append(Row(f"whole turn, Rasa backend, {label}, one at a time",
                                    _figure(load) + f" = p50 {load.p50 / anchor[1].p50:.2f}× "
                                    "Rasa's parse", "p50 ≤ 1.2× Rasa's parse"))
            rows += many_senders(base, senders, args.senders)
    return rows


def many_senders(base: Path, script: Path, total: int) -> list[Row]:
    """`total` new senders, one message each, on PostgreSQL: wrk runs of equal length (about
    a tenth of `total` each, from the first run's pace) until `total` were answered; the
    last run's p50 against the first's, and the server's memory after each."""
    connections = 16
    var_dir = Path(tempfile.mkdtemp(dir=base))
    runs: list[tuple[Load, int, float]] = []  # what wrk measured, senders so far, memory
    with lotse(var_dir, database_url=fresh_postgres()) as server:
        url = server.url + "/webhooks/rest/webhook"
        seconds = 2.0
        answered = 0
        while answered < total:
            load = run_wrk(url, script, connections, seconds, args=[f"r{len(runs)}"])
            answered += load.requests
            runs.append((load, answered, resident_mb(server.process.pid)))
            if len(runs) == 1:  # from now on, runs of about a tenth of the senders each
                seconds = max(1.0, total / 10 / max(load.per_second, 1.0))
    (first, _, memory_first), (last, senders, memory_last) = runs[0], runs[-1]
    return [
        Row(f"{senders:,} new senders (one message each), p50 of the first and the last run",
            f"{first.p50:.1f} ms · {last.p50:.1f} ms = {last.p50 / first.p50:.2f}×", "≤ 1.2×"),
        Row("… server memory after the first and the last run",
            f"{memory_first:.0f} MB · {memory_last:.0f} MB", "bounded"),
    ]


def _figure(load: Load) -> str:
    errors = f", {load.errors} errors" if load.errors else ""
    return f"{load.per_second:.0f}/s, p50 {load.p50:.1f} ms, p99 {load.p99:.1f} ms{errors}"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="make bench (turns)", description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10, help="length of each wrk run")
    parser.add_argument("--senders", type=int, default=100_000,
                        help="new senders, one message each, for the slowdown row")
    parser.add_argument("--levels", type=lambda t: tuple(int(n) for n in t.split(",")),
                        default=(8, 50, 500), help="conversations at once, comma-separated")
    parser.add_argument("--workers", type=lambda t: tuple(int(n) for n in t.split(",")),
                        default=(1, 2, 4), help="`lotse serve --workers`, comma-separated")
    parser.add_argument("--no-typing", dest="typing", action="store_false",
                        help="leave out the 50 typing conversations (quick runs)")
    parser.add_argument("--no-rasa", dest="rasa", action="store_false",
                        help="leave out Rasa's anchor rows (quick runs)")
    args = parser.parse_args(argv)
    rows = measure(args)
    import platform

    print()
    print(f"Lotse turns against Rasa's parse – {platform.machine()}, {os.cpu_count()} cores, "
          f"{time.strftime('%Y-%m-%d %H:%M')}")
    print()
    print(table(rows))


if __name__ == "__main__":
    main()
