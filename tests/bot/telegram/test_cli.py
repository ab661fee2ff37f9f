"""`lotse telegram set-webhook` against the local fake Bot API, and `lotse serve` without a
token, as an operator runs them."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from bot.cli import main
from bot.settings import get_settings
from tests.bot.telegram.fake_bot_api import TOKEN, FakeBotApi, free_port

URL = "https://lotse.example.org/telegram/webhook"


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_api: FakeBotApi) -> Iterator[CliRunner]:
    monkeypatch.setenv("LOTSE_VAR_DIR", str(tmp_path))
    monkeypatch.setenv("LOTSE_TELEGRAM_TOKEN", TOKEN)
    monkeypatch.setenv("LOTSE_TELEGRAM_API_URL", fake_api.base_url.removesuffix("/bot"))
    monkeypatch.setenv("LOTSE_TELEGRAM_SECRET", "operator_secret-1")
    get_settings.cache_clear()
    yield CliRunner()
    get_settings.cache_clear()


def test_set_webhook_registers_url_secret_and_command_menu(runner: CliRunner, fake_api: FakeBotApi) -> None:
    result = runner.invoke(main, ["telegram", "set-webhook", "--url", URL])
    assert result.exit_code == 0, result.output
    assert f"webhook registered: {URL}" in result.output
    webhook = fake_api.called("setWebhook")[0]
    assert webhook["url"] == URL and webhook["secret_token"] == "operator_secret-1"
    german, english = fake_api.called("setMyCommands")
    assert [c["command"] for c in german["commands"]] == [
        "start", "neu", "hilfe", "sprache", "auskunft", "loeschen"]
    assert english["language_code"] == "en" and "language_code" not in german
    assert [c["command"] for c in english["commands"]] == [c["command"] for c in german["commands"]]
    assert english["commands"][2]["description"] == "What I can do for you"


def test_set_webhook_takes_the_url_from_the_settings(
    runner: CliRunner, fake_api: FakeBotApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOTSE_TELEGRAM_WEBHOOK_URL", URL)
    get_settings.cache_clear()
    assert runner.invoke(main, ["telegram", "set-webhook"]).exit_code == 0
    assert fake_api.called("setWebhook")[0]["url"] == URL


def test_set_webhook_explains_what_is_missing_or_wrong(
    runner: CliRunner, fake_api: FakeBotApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    no_url = runner.invoke(main, ["telegram", "set-webhook"])
    assert no_url.exit_code == 1 and "LOTSE_TELEGRAM_WEBHOOK_URL" in no_url.output

    monkeypatch.setenv("LOTSE_TELEGRAM_TOKEN", "123456:wrong-token")
    get_settings.cache_clear()
    wrong = runner.invoke(main, ["telegram", "set-webhook", "--url", URL])
    assert wrong.exit_code == 1 and "Telegram rejected LOTSE_TELEGRAM_TOKEN" in wrong.output
    assert "wrong-token" not in wrong.output and not fake_api.called("setWebhook")

    fake_api.stop()  # Telegram away: said so, without the URL that holds the token
    away = runner.invoke(main, ["telegram", "set-webhook", "--url", URL])
    assert away.exit_code == 1 and "Telegram not reachable" in away.output
    assert "wrong-token" not in away.output

    monkeypatch.delenv("LOTSE_TELEGRAM_TOKEN")
    get_settings.cache_clear()
    no_token = runner.invoke(main, ["telegram", "set-webhook", "--url", URL])
    assert no_token.exit_code == 1 and "LOTSE_TELEGRAM_TOKEN is not set" in no_token.output


def test_serve_without_a_token_runs_the_web_side_and_says_so(tmp_path: Path) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("LOTSE_")}
    env |= {"LOTSE_VAR_DIR": str(tmp_path)}
    lotse = Path(sys.executable).with_name("lotse")
    server = subprocess.Popen([str(lotse), "serve", "--port", str(port)], env=env, cwd=tmp_path,
                              stderr=subprocess.PIPE, text=True)
    try:
        health = None
        deadline = time.monotonic() + 180  # a start under load (three test processes on two cores)
        while health is None and time.monotonic() < deadline and server.poll() is None:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/healthz").json()
            except httpx.TransportError:
                time.sleep(0.2)
        assert health is not None and health["status"] == "ok" and "telegram" not in health
        webhook = httpx.post(f"http://127.0.0.1:{port}/telegram/webhook", json={"update_id": 1})
        assert webhook.status_code == 404 and webhook.json()["message"]
    finally:
        server.terminate()
        _, err = server.communicate(timeout=30)
    assert "Telegram: no LOTSE_TELEGRAM_TOKEN set, running without Telegram." in err
