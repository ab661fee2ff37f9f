"""Documentation unit tests: every command, setting and endpoint is documented."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from starlette.routing import Mount, Route

from bot.cli import main
from bot.i18n.requests import COMMANDS as LANGUAGE_COMMANDS
from bot.service import COMMANDS as SERVICE_COMMANDS
from bot.service import DISCLOSE_COMMANDS
from bot.settings import Settings
from bot.telegram.texts import COMMANDS as MENU
from bot.web.app import create_app
from tests.e2e.routes import routes_of

ROOT = Path(__file__).resolve().parents[1]
DOCS = "\n".join(p.read_text(encoding="utf-8") for p in [ROOT / "README.md", *ROOT.glob("docs/*.md")])


def commands(group: click.Group, prefix: str = "lotse") -> list[str]:
    found = []
    for name, command in group.commands.items():
        path = f"{prefix} {name}"
        if isinstance(command, click.Group):
            found += commands(command, path)
        else:
            found.append(path)
    return found


@pytest.mark.parametrize("command", commands(main))
def test_every_command_is_documented(command: str) -> None:
    assert f"`{command}" in DOCS


@pytest.mark.parametrize("command", [f"/{name}" for name, _about in MENU])
def test_every_chat_command_of_the_menu_is_documented_and_understood(command: str) -> None:
    assert f"`{command}" in DOCS
    assert command in {*SERVICE_COMMANDS, *DISCLOSE_COMMANDS, *LANGUAGE_COMMANDS}


def test_make_messages_is_documented() -> None:
    assert "make messages" in DOCS and "make messages" in (ROOT / "Makefile").read_text()


@pytest.mark.parametrize("field", sorted(Settings.model_fields))
def test_every_setting_is_documented(field: str) -> None:
    assert f"LOTSE_{field.upper()}" in DOCS
    assert Settings.model_fields[field].description


def test_every_endpoint_is_documented(make_lotse, sqlite_engine) -> None:  # type: ignore[no-untyped-def]
    app = create_app(make_lotse(sqlite_engine))
    for route in routes_of(app):  # through the middleware, as the app serves them
        path = route.path if isinstance(route, Route | Mount) else ""
        method = "POST" if "POST" in (getattr(route, "methods", None) or ()) else "GET"
        assert f"`{method} {path}" in DOCS or (
            isinstance(route, Mount) and f"`GET {path}/" in DOCS), path


def test_readme_quickstart_has_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quickstart = readme.split("## Quickstart", 1)[1].split("##", 1)[0]
    assert "make run" in quickstart and "make test" in quickstart
