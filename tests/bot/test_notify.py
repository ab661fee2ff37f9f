"""Handoff notifications over a real SMTP server and a real webhook receiver, with retries."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from bot.notify import Notifier, SmtpConfig, backoff, queue_for
from bot.storage.database import make_sessionmaker
from bot.storage.tables import NotificationRow, OrganisationRow
from tests.bot.web.test_berater import handoff

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Inbox:
    """An aiosmtpd handler that keeps what it receives."""

    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]  # noqa: N802
        self.messages.append(envelope.content)
        return "250 OK"


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


class Hook(BaseHTTPRequestHandler):
    received: list[dict] = []  # type: ignore[type-arg]

    def do_POST(self) -> None:  # noqa: N802
        Hook.received.append(json.loads(self.rfile.read(int(self.headers["content-length"]))))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def webhook() -> Iterator[str]:
    Hook.received = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/lotse"
    server.shutdown()


def setup(engine: Engine, *, email: str | None, hook: str | None) -> str:
    with Session(engine) as session, session.begin():
        session.add(OrganisationRow(id="org", name="Beratung", offer_ids=[], notify_email=email,
                                    notify_webhook=hook))
        session.flush()
        row = handoff("org", "LT-NNNNNN", note="ruf mich an 0151 23456789", urgent=True)
        session.add(row)
        session.flush()
        queue_for(session, row)
        return row.id


def notifications(engine: Engine) -> list[NotificationRow]:
    with Session(engine) as session:
        return list(session.scalars(select(NotificationRow).order_by(NotificationRow.id)))


def test_email_and_webhook_without_personal_data(db_engine: Engine, smtp, webhook: str) -> None:  # type: ignore[no-untyped-def]
    inbox, port = smtp
    handoff_id = setup(db_engine, email="team@beratung.example", hook=webhook)
    notifier = Notifier(make_sessionmaker(db_engine), public_url="https://lotse.example",
                        smtp=SmtpConfig(host="127.0.0.1", port=port, starttls=False,
                                        sender="lotse@lotse.example"),
                        clock=lambda: NOW + timedelta(seconds=1))
    assert notifier.send_due() == 2
    mail = message_from_bytes(inbox.messages[0])
    body = mail.get_payload(decode=True).decode()
    assert "LT-NNNNNN" in mail["Subject"] and "DRINGEND" in mail["Subject"]
    assert mail["To"] == "team@beratung.example"
    assert f"https://lotse.example/berater/f/{handoff_id}" in body
    for private in ("0151", "Quedlinburg", "hallo", "ruf mich an"):
        assert private not in body
    assert Hook.received == [{"event": "handoff.created", "reference": "LT-NNNNNN", "urgent": True,
                              "url": f"https://lotse.example/berater/f/{handoff_id}"}]
    assert all(n.sent_at is not None and n.attempts == 1 for n in notifications(db_engine))
    assert notifier.send_due() == 0  # nothing twice


def test_failures_are_recorded_and_retried_with_backoff(db_engine: Engine, webhook: str) -> None:
    closed = f"http://127.0.0.1:{free_port()}/nobody"
    setup(db_engine, email=None, hook=closed)
    now = [NOW]
    notifier = Notifier(make_sessionmaker(db_engine), clock=lambda: now[0])
    assert notifier.send_due() == 0
    [row] = notifications(db_engine)
    assert row.attempts == 1 and row.sent_at is None and "ConnectError" in (row.last_error or "")
    assert row.next_attempt_at.replace(tzinfo=UTC) == NOW + backoff(1)
    assert notifier.send_due() == 0 and notifications(db_engine)[0].attempts == 1  # not due yet
    now[0] = NOW + timedelta(minutes=1, seconds=1)
    notifier.send_due()
    assert notifications(db_engine)[0].attempts == 2
    with Session(db_engine) as session, session.begin():
        session.get(OrganisationRow, "org").notify_webhook = webhook  # the receiver is back
    now[0] = NOW + timedelta(minutes=10)
    assert notifier.send_due() == 1
    [row] = notifications(db_engine)
    assert row.sent_at is not None and row.last_error is None and row.attempts == 3


def test_backoff_grows_and_is_capped() -> None:
    assert [backoff(n).total_seconds() / 60 for n in (1, 2, 3, 4)] == [1, 2, 4, 8]
    assert backoff(30) == timedelta(hours=6)


def test_email_without_smtp_server_is_a_visible_failure(db_engine: Engine) -> None:
    setup(db_engine, email="team@beratung.example", hook=None)
    Notifier(make_sessionmaker(db_engine), clock=lambda: NOW).send_due()
    [row] = notifications(db_engine)
    assert "LOTSE_SMTP_HOST" in (row.last_error or "")


def test_lotse_notifications_run_sends_what_is_due(tmp_path, monkeypatch, smtp) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from bot.cli import main
    from bot.settings import get_settings
    from bot.storage.database import make_engine, upgrade

    inbox, port = smtp
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    setup(engine, email="team@beratung.example", hook=None)
    with Session(engine) as session, session.begin():  # due now, whatever the real clock says
        for row in session.scalars(select(NotificationRow)):
            row.next_attempt_at = datetime.now(UTC) - timedelta(minutes=1)
    for name, value in {"LOTSE_DATABASE_URL": url, "LOTSE_VAR_DIR": str(tmp_path),
                        "LOTSE_SMTP_HOST": "127.0.0.1", "LOTSE_SMTP_PORT": str(port),
                        "LOTSE_SMTP_STARTTLS": "false",
                        "LOTSE_PUBLIC_URL": "https://lotse.example"}.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(main, ["notifications", "run"])
        again = CliRunner().invoke(main, ["notifications", "run"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    assert "1 notifications sent" in result.output and "0 notifications sent" in again.output
    [mail] = [message_from_bytes(m) for m in inbox.messages]
    body = mail.get_payload(decode=True).decode()
    assert "LT-NNNNNN" in mail["Subject"] and "https://lotse.example/berater/f/" in body
    [row] = notifications(engine)
    assert row.sent_at is not None and row.attempts == 1
