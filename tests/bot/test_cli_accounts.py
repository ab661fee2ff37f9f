"""`lotse orgs …` and `lotse users …`: organisations and counsellor accounts (no default passwords)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from click.testing import CliRunner
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.cli import main
from bot.settings import get_settings
from bot.storage.accounts import AccountRepository
from bot.storage.database import make_engine
from bot.storage.tables import OrganisationRow, UserRow

PASSWORD = "ein-sehr-langes-passwort"


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    monkeypatch.setenv("LOTSE_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.sqlite3'}")
    monkeypatch.setenv("LOTSE_VAR_DIR", str(tmp_path))
    get_settings.cache_clear()
    yield CliRunner()
    get_settings.cache_clear()


def users(tmp_path: Path) -> list[UserRow]:
    with Session(make_engine(f"sqlite:///{tmp_path / 'cli.sqlite3'}")) as session:
        return list(session.scalars(select(UserRow).order_by(UserRow.email)))


def add_org(runner: CliRunner) -> None:
    result = runner.invoke(main, ["orgs", "add", "--id", "jba-harz", "--name", "JBA Harz",
                                  "--offer", "harz-jba-janalos", "--response-days", "2"])
    assert result.exit_code == 0, result.output


def test_orgs_add_checks_offers_against_the_catalogue(runner: CliRunner, tmp_path: Path) -> None:
    wrong = runner.invoke(main, ["orgs", "add", "--id", "x-org", "--name", "X", "--offer", "gibts-nicht"])
    assert wrong.exit_code != 0 and "unknown offer id(s): gibts-nicht" in wrong.output
    add_org(runner)
    listed = runner.invoke(main, ["orgs", "list"])
    assert "jba-harz\tJBA Harz\tharz-jba-janalos" in listed.output and "x-org" not in listed.output
    with Session(make_engine(f"sqlite:///{tmp_path / 'cli.sqlite3'}")) as session:
        assert session.get(OrganisationRow, "jba-harz").response_working_days == 2


def test_users_add_asks_twice_and_stores_only_an_argon2id_hash(runner: CliRunner, tmp_path: Path) -> None:
    add_org(runner)
    mismatch = runner.invoke(main, ["users", "add", "--org", "jba-harz", "--email", "a@beratung.example"],
                             input=f"{PASSWORD}\nanders-anders-anders\n{PASSWORD}\n{PASSWORD}\n")
    assert mismatch.exit_code == 0, mismatch.output
    assert "do not match" in mismatch.output.lower() or "stimmen nicht" in mismatch.output
    assert PASSWORD not in mismatch.output  # hidden input
    [user] = users(tmp_path)
    assert user.role == "counsellor" and user.password_hash.startswith("$argon2id$")
    PasswordHasher().verify(user.password_hash, PASSWORD)


def test_users_add_refuses_short_passwords_unknown_orgs_and_duplicates(runner: CliRunner,
                                                                       tmp_path: Path) -> None:
    add_org(runner)
    base = ["users", "add", "--org", "jba-harz", "--password-stdin"]
    short = runner.invoke(main, [*base, "--email", "a@beratung.example"], input="kurz\n")
    assert short.exit_code != 0 and "at least 12 characters" in short.output
    empty = runner.invoke(main, [*base, "--email", "a@beratung.example"], input="\n")
    assert empty.exit_code != 0  # no default password, not even an empty one
    unknown = runner.invoke(main, ["users", "add", "--org", "nope", "--email", "a@beratung.example",
                                   "--password-stdin"], input=f"{PASSWORD}\n")
    assert unknown.exit_code != 0 and "unknown organisation" in unknown.output
    bad = runner.invoke(main, [*base, "--email", "keine-adresse"], input=f"{PASSWORD}\n")
    assert bad.exit_code != 0 and "not an e-mail address" in bad.output
    ok = runner.invoke(main, [*base, "--email", "Chefin@Beratung.example", "--admin"], input=f"{PASSWORD}\n")
    assert ok.exit_code == 0 and "chefin@beratung.example (admin) added to jba-harz" in ok.output
    again = runner.invoke(main, [*base, "--email", "chefin@beratung.example"], input=f"{PASSWORD}\n")
    assert again.exit_code != 0 and "exists already" in again.output
    assert [(u.email, u.role) for u in users(tmp_path)] == [("chefin@beratung.example", "admin")]


def test_users_list_and_deactivate(runner: CliRunner, tmp_path: Path) -> None:
    add_org(runner)
    runner.invoke(main, ["users", "add", "--org", "jba-harz", "--email", "b@beratung.example",
                         "--password-stdin"], input=f"{PASSWORD}\n")
    assert "jba-harz\tb@beratung.example\tcounsellor\tactive" in runner.invoke(main, ["users", "list"]).output
    assert runner.invoke(main, ["users", "deactivate", "--email", "b@beratung.example"]).exit_code == 0
    assert "b@beratung.example\tcounsellor\tblocked" in runner.invoke(main, ["users", "list"]).output
    with Session(make_engine(f"sqlite:///{tmp_path / 'cli.sqlite3'}")) as session:
        assert AccountRepository(session).authenticate("b@beratung.example", PASSWORD) is None
    missing = runner.invoke(main, ["users", "deactivate", "--email", "niemand@beratung.example"])
    assert missing.exit_code != 0 and "no account" in missing.output


def test_users_set_password_replaces_a_forgotten_one_and_ends_sessions(runner: CliRunner,
                                                                       tmp_path: Path) -> None:
    add_org(runner)
    runner.invoke(main, ["users", "add", "--org", "jba-harz", "--email", "c@beratung.example",
                         "--password-stdin"], input=f"{PASSWORD}\n")
    new = "ein-neues-langes-passwort"
    result = runner.invoke(main, ["users", "set-password", "--email", "c@beratung.example"],
                           input=f"{new}\n{new}\n")
    assert result.exit_code == 0, result.output
    assert "new password set for c@beratung.example" in result.output and new not in result.output
    with Session(make_engine(f"sqlite:///{tmp_path / 'cli.sqlite3'}")) as session:
        accounts = AccountRepository(session)
        assert accounts.authenticate("c@beratung.example", PASSWORD) is None
        user = accounts.authenticate("c@beratung.example", new)
        assert user is not None and user.sessions_valid_after is not None
    short = runner.invoke(main, ["users", "set-password", "--email", "c@beratung.example",
                                 "--password-stdin"], input="kurz\n")
    assert short.exit_code != 0 and "at least 12 characters" in short.output
    missing = runner.invoke(main, ["users", "set-password", "--email", "niemand@beratung.example",
                                   "--password-stdin"], input=f"{new}\n")
    assert missing.exit_code != 0 and "no account" in missing.output
