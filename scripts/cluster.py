#!/usr/bin/env python3
"""The production topology of docker-compose.yml as real processes on this machine: two or
more `lotse serve` processes behind Debian's nginx, on the machine's PostgreSQL and Redis,
and the Rasa NLU server (the project's Python 3.10 virtualenv and model, trained when the data
changed) when asked for. No container engine needed.

    .venv/bin/python scripts/cluster.py up [--apps 2] [--port 8100] [--rasa]   # Ctrl-C stops
    .venv/bin/python scripts/cluster.py check                                   # one chat through it

Used by `make test-cluster` (tests/cluster/), which starts and stops it itself. Everything it
writes lives in var/cluster/ (nginx config, logs, pid files).

Settings, as for one process: LOTSE_CLUSTER_DATABASE_URL (default: the database
`lotse_cluster` on 127.0.0.1:5432, created when missing), LOTSE_CLUSTER_REDIS_URL (default
redis://127.0.0.1:6379/2), LOTSE_SECRET_KEY (default: a fixed development key – never in
production).
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: the project's packages (nlu.rasa_server)
    sys.path.insert(0, str(ROOT))
VAR = ROOT / "var" / "cluster"
BIN = ROOT / ".venv" / "bin"
NGINX = Path("/usr/sbin/nginx")
DATABASE = "postgresql+psycopg://postgres@127.0.0.1:5432/lotse_cluster"
REDIS = "redis://127.0.0.1:6379/2"
DEV_SECRET = "cluster-development-secret-key-not-for-production"

NGINX_CONF = """\
# written by scripts/cluster.py – the reverse proxy of the local cluster
worker_processes 1;
daemon off;
pid {var}/nginx.pid;
error_log {var}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  client_body_temp_path {var}/tmp/body;
  proxy_temp_path {var}/tmp/proxy;
  fastcgi_temp_path {var}/tmp/fastcgi;
  uwsgi_temp_path {var}/tmp/uwsgi;
  scgi_temp_path {var}/tmp/scgi;
  client_max_body_size 6m;
  upstream lotse {{
{servers}
    keepalive 16;
  }}
  server {{
    listen 127.0.0.1:{port};
    location = /metrics {{ return 404; }}  # scraped on each process, never through the proxy
    location / {{
      proxy_pass http://lotse;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
      # a process that is gone is skipped; a request that reached one is never sent twice
      proxy_next_upstream error timeout;
    }}
  }}
}}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def ensure_nginx() -> Path:
    """Debian's nginx, installed when missing and we may (root with apt-get)."""
    if NGINX.exists():
        return NGINX
    subprocess.run([str(ROOT / "scripts" / "ensure-nginx")], check=True)
    if not NGINX.exists():
        raise SystemExit("nginx is missing and cannot be installed here (needs root and apt-get)")
    return NGINX


def ensure_database(url: str) -> None:
    """Create the cluster's PostgreSQL database when it is missing."""
    import sqlalchemy as sa

    base, _, name = url.rpartition("/")
    engine = sa.create_engine(base + "/postgres", isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        found = connection.execute(sa.text("SELECT 1 FROM pg_database WHERE datname = :n"),
                                   {"n": name}).scalar()
        if not found:
            connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    engine.dispose()


def wait_http(url: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 – loopback
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer within {timeout:.0f} s")


@dataclass
class App:
    port: int
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def start_rasa() -> Any:
    """Rasa's NLU server on a free port with a fresh token: the project's model (trained first
    when the training data changed – minutes, once) in the Python 3.10 virtualenv."""
    from nlu.rasa_server import start_server, train

    model = train(ROOT / "data", log=lambda line: print(line, file=sys.stderr))
    VAR.mkdir(parents=True, exist_ok=True)
    server = start_server(model, port=free_port(), token=secrets.token_urlsafe(16),
                          log_file=VAR / "rasa.log")
    try:
        server.wait_ready(timeout=300)
    except BaseException:
        server.stop()
        raise
    return server


@dataclass
class Cluster:
    """App processes behind nginx, on PostgreSQL and Redis; with `rasa` the cluster starts
    Rasa's NLU server too (or uses the one at `rasa_url`)."""

    apps: int = 2
    port: int = 0
    database_url: str = field(default_factory=lambda: os.environ.get(
        "LOTSE_CLUSTER_DATABASE_URL", DATABASE))
    redis_url: str = field(default_factory=lambda: os.environ.get(
        "LOTSE_CLUSTER_REDIS_URL", REDIS))
    rasa: bool = False
    rasa_url: str | None = None
    rasa_token: str | None = None
    rasa_server: Any = None
    extra_env: dict[str, str] = field(default_factory=dict)
    members: list[App] = field(default_factory=list)
    nginx: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("LOTSE_")}
        env.update({
            "LOTSE_ENVIRONMENT": "production",
            "LOTSE_DATABASE_URL": self.database_url,
            "LOTSE_REDIS_URL": self.redis_url,
            "LOTSE_SECRET_KEY": os.environ.get("LOTSE_SECRET_KEY", DEV_SECRET),
            "LOTSE_TRUSTED_PROXIES": "127.0.0.1/32",
            "LOTSE_COOKIE_SECURE": "false",
            "LOTSE_VAR_DIR": str(VAR),
        })
        if self.rasa_url:
            env["LOTSE_RASA_URL"] = self.rasa_url
            env["LOTSE_RASA_TOKEN"] = self.rasa_token or ""
        env.update(self.extra_env)
        return env

    def start(self) -> Cluster:
        nginx = ensure_nginx()
        ensure_database(self.database_url)
        if self.rasa and not self.rasa_url:
            self.rasa_server = start_rasa()
            self.rasa_url, self.rasa_token = self.rasa_server.url, self.rasa_server.token
        for folder in ("tmp/body", "tmp/proxy", "tmp/fastcgi", "tmp/uwsgi", "tmp/scgi"):
            (VAR / folder).mkdir(parents=True, exist_ok=True)
        self.port = self.port or free_port()
        self.members = [App(free_port()) for _ in range(self.apps)]
        # the first process migrates alone (ready = database reachable and migrated), then
        # the others start on the migrated database
        self.start_app(self.members[0])
        wait_http(self.members[0].url + "/readyz", timeout=120)
        for app in self.members[1:]:
            self.start_app(app)
        for app in self.members[1:]:
            wait_http(app.url + "/readyz", timeout=120)
        servers = "\n".join(f"    server 127.0.0.1:{a.port} max_fails=1 fail_timeout=3s;"
                            for a in self.members)
        conf = VAR / "nginx.conf"
        conf.write_text(NGINX_CONF.format(var=VAR, servers=servers, port=self.port), "utf-8")
        self.nginx = subprocess.Popen([str(nginx), "-c", str(conf), "-p", str(VAR)],
                                      stdout=subprocess.DEVNULL,
                                      stderr=(VAR / "nginx.out").open("ab"))
        wait_http(self.url + "/readyz", timeout=30)
        return self

    def start_app(self, app: App) -> None:
        log = (VAR / f"app-{app.port}.log").open("ab")
        app.process = subprocess.Popen(
            [str(BIN / "lotse"), "serve", "--host", "127.0.0.1", "--port", str(app.port)],
            env=self.env(), cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True)

    def kill(self, app: App) -> None:
        """kill -9, as a crash would."""
        if app.process is not None and app.process.poll() is None:
            os.killpg(app.process.pid, signal.SIGKILL)
            app.process.wait(10)

    def restart(self, app: App) -> None:
        self.kill(app)
        self.start_app(app)
        wait_http(app.url + "/readyz", timeout=120)

    def freeze_rasa(self) -> None:
        """SIGSTOP: Rasa hangs – connections are accepted, nothing is answered."""
        os.kill(self.rasa_server.process.pid, signal.SIGSTOP)

    def kill_rasa(self) -> None:
        """kill -9 of the Rasa server (frozen or not)."""
        self.rasa_server.process.kill()
        self.rasa_server.process.wait(10)

    def stop(self) -> None:
        if self.nginx is not None and self.nginx.poll() is None:
            self.nginx.send_signal(signal.SIGQUIT)
            try:
                self.nginx.wait(10)
            except subprocess.TimeoutExpired:
                self.nginx.kill()
        for app in self.members:
            if app.process is not None and app.process.poll() is None:
                os.killpg(app.process.pid, signal.SIGTERM)
                try:
                    app.process.wait(15)
                except subprocess.TimeoutExpired:
                    self.kill(app)
        if self.rasa_server is not None:
            if self.rasa_server.process.poll() is None:
                os.kill(self.rasa_server.process.pid, signal.SIGCONT)
            self.rasa_server.stop()

    def __enter__(self) -> Cluster:
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc: object) -> None:
        self.stop()


def chat(base: str, sender: str, message: str,
         message_id: str | None = None) -> list[dict[str, object]]:
    payload: dict[str, object] = {"sender": sender, "message": message}
    if message_id is not None:
        payload["metadata"] = {"message_id": message_id}
    body = json.dumps(payload).encode("utf-8")
    request = urllib.request.Request(base + "/webhooks/rest/webhook", data=body,
                                     headers={"content-type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 – loopback
        return list(json.loads(response.read()))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    up = sub.add_parser("up", help="start the cluster and keep it running until Ctrl-C")
    up.add_argument("--apps", type=int, default=2, help="number of lotse serve processes")
    up.add_argument("--port", type=int, default=8100, help="nginx port on 127.0.0.1")
    up.add_argument("--rasa", action="store_true",
                    help="with Rasa's NLU server: the one at LOTSE_RASA_URL, or else one started "
                         "here (the Python 3.10 virtualenv and model are made on first use)")
    check = sub.add_parser("check", help="send one chat message through a running cluster")
    check.add_argument("--port", type=int, default=8100)
    args = parser.parse_args(argv)
    if args.command == "check":
        replies = chat(f"http://127.0.0.1:{args.port}", "cluster-check", "hallo")
        print(replies[0]["text"] if replies else "no answer")
        return 0 if replies else 1
    if shutil.which("psql") is None and not os.environ.get("LOTSE_CLUSTER_DATABASE_URL"):
        print("note: PostgreSQL is expected on 127.0.0.1:5432 (user postgres)", file=sys.stderr)
    cluster = Cluster(apps=args.apps, port=args.port, rasa=args.rasa,
                      rasa_url=os.environ.get("LOTSE_RASA_URL") if args.rasa else None,
                      rasa_token=os.environ.get("LOTSE_RASA_TOKEN"))
    with cluster:
        print(f"Lotse cluster: {cluster.url}/ → " + ", ".join(a.url for a in cluster.members)
              + (f" (Rasa: {cluster.rasa_url})" if cluster.rasa_url else ""))
        try:
            while all(a.process is not None and a.process.poll() is None
                      for a in cluster.members):
                time.sleep(1)
        except KeyboardInterrupt:
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not cut the stop short
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
