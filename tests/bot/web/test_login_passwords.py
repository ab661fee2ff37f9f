"""The password policy: common, patterned and context passwords are refused, in German, by
`lotse users add` and the password change page alike."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from click.testing import CliRunner
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from starlette.testclient import TestClient

from bot import login_texts
from bot.cli import main
from bot.passwords import BoundedHasher, context_words, password_problem
from bot.service import Lotse
from bot.settings import get_settings
from bot.storage.accounts import AccountError, AccountRepository
from bot.storage.database import make_sessionmaker
from bot.storage.tables import OrganisationRow
from bot.web.app import create_app
from bot.web.berater import Inbox

GOOD = "kompass-wolke-gartenzaun-17"
FAST = BoundedHasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
CONTEXT = context_words(email="ana.schmidt@beratung-harz.example", organisation="Beratung Harz")


@pytest.mark.parametrize(("password", "why"), [
    ("aaaaaaaaaaaa", login_texts.PASSWORD_PATTERN),
    ("abcdefghijklmn", login_texts.PASSWORD_PATTERN),
    ("qwertzuiopasdf", login_texts.PASSWORD_COMMON),
    ("passwort1234", login_texts.PASSWORD_COMMON),
    ("iloveyou12345", login_texts.PASSWORD_COMMON),
    ("ana.schmidt@beratung-harz.example", login_texts.PASSWORD_CONTEXT),
    ("Beratung Harz 2026!", login_texts.PASSWORD_CONTEXT),
    ("lotse-berater-2026", login_texts.PASSWORD_CONTEXT),
    ("Lotse2026Lotse2026", login_texts.PASSWORD_CONTEXT),
    ("kurz", login_texts.password_too_short(12)),
])
def test_weak_passwords_are_refused_with_a_reason(password: str, why: str) -> None:
    assert password_problem(password, CONTEXT) == why


@pytest.mark.parametrize("password", [GOOD, "richtig-langes-passwort", "Mein Lotse kennt 3 Wege nach Hause",
                                      "8472-9163-2750-1186"])
def test_strong_passwords_pass(password: str) -> None:
    assert password_problem(password, CONTEXT) is None


def test_the_repository_refuses_the_accounts_own_email_and_organisation(db_engine: Engine) -> None:
    with Session(db_engine) as session, session.begin():
        session.add(OrganisationRow(id="jba-harz", name="Jugendberufsagentur Harz", offer_ids=[]))
        session.flush()
        repo = AccountRepository(session, hasher=FAST)
        for weak in ["aaaaaaaaaaaa", "ana@jba.example", "jugendberufsagentur", "jba-harz-2026!"]:
            with pytest.raises(AccountError) as refused:
                repo.add_user(org_id="jba-harz", email="ana@jba.example", password=weak)
            assert refused.value.german in {login_texts.PASSWORD_CONTEXT, login_texts.PASSWORD_PATTERN,
                                            login_texts.PASSWORD_COMMON}
        repo.add_user(org_id="jba-harz", email="ana@jba.example", password=GOOD)


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    monkeypatch.setenv("LOTSE_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.sqlite3'}")
    monkeypatch.setenv("LOTSE_VAR_DIR", str(tmp_path))
    get_settings.cache_clear()
    yield CliRunner()
    get_settings.cache_clear()


def test_users_add_refuses_a_weak_password(runner: CliRunner) -> None:
    added = runner.invoke(main, ["orgs", "add", "--id", "jba-harz", "--name", "JBA Harz",
                                 "--offer", "harz-jba-janalos"])
    assert added.exit_code == 0, added.output
    weak = runner.invoke(main, ["users", "add", "--org", "jba-harz", "--email", "a@jba.example",
                                "--password-stdin"], input="aaaaaaaaaaaa\n")
    assert weak.exit_code != 0 and "Wiederholungen" in weak.output  # before: accepted
    own = runner.invoke(main, ["users", "add", "--org", "jba-harz", "--email", "a@jba.example",
                               "--password-stdin"], input="a@jba.example\n")
    assert own.exit_code != 0 and "E-Mail-Adresse" in own.output  # before: accepted
    good = runner.invoke(main, ["users", "add", "--org", "jba-harz", "--email", "a@jba.example",
                                "--password-stdin"], input=f"{GOOD}\n")
    assert good.exit_code == 0, good.output


def test_the_password_page_refuses_a_weak_password_in_german(
        db_engine: Engine, make_lotse: Callable[..., Lotse]) -> None:
    with Session(db_engine) as session, session.begin():
        session.add(OrganisationRow(id="org-a", name="Beratung A", offer_ids=[]))
        session.flush()
        AccountRepository(session, hasher=FAST).add_user(org_id="org-a", email="ana@a.example",
                                                         password=GOOD)
    inbox = Inbox(make_sessionmaker(db_engine), hasher=FAST)
    with TestClient(create_app(make_lotse(db_engine), inbox=inbox)) as app:
        token = re.search(r'name="csrftoken" value="([^"]+)"', app.get("/berater/login").text)
        assert token
        form = {"csrftoken": token.group(1)}
        app.post("/berater/login", data=form | {"email": "ana@a.example", "password": GOOD})
        form = {"csrftoken": token.group(1), "current": GOOD}
        for weak in ["aaaaaaaaaaaa", "ana@a.example-1", "Beratung A 2026!"]:
            refused = app.post("/berater/passwort", data=form | {"new": weak, "repeated": weak})
            assert refused.status_code == 400  # before: 200, changed
            assert "leicht zu erraten" in refused.text or "E-Mail-Adresse" in refused.text
        new = "sternwarte-kiesel-lampe-42"
        done = app.post("/berater/passwort", data=form | {"new": new, "repeated": new})
        assert done.status_code == 200 and "Dein Passwort ist geändert" in done.text


class _NiceRecorder(PasswordHasher):
    """A fast hasher that notes the CPU priority of the thread it runs in."""

    def __init__(self) -> None:
        super().__init__(time_cost=1, memory_cost=1024, parallelism=1)
        self.niceness: list[int] = []

    def verify(self, hash: str | bytes, password: str | bytes) -> bool:  # noqa: A002
        import os
        import threading

        self.niceness.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
        return super().verify(hash, password)


def test_hashes_run_at_a_lower_cpu_priority_than_the_requests() -> None:
    """A login flood on a busy machine slowed a crisis answer to 2.7 s (landing run, test
    _login_flood): the hashes run in the hasher's own threads, niced, so requests go first."""
    import os

    recorder = _NiceRecorder()
    hasher = BoundedHasher(recorder)
    stored = hasher.hash("a long enough passphrase")
    assert hasher.verify(stored, "a long enough passphrase")
    assert not hasher.verify(stored, "wrong guess entirely")
    own = os.getpriority(os.PRIO_PROCESS, 0)
    assert recorder.niceness and all(n >= min(own + 10, 19) for n in recorder.niceness)
    assert os.getpriority(os.PRIO_PROCESS, 0) == own  # the caller's thread is untouched
