"""Shared fixtures: the real reference data, databases (SQLite, PostgreSQL), the app."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, create_engine, make_url, text
from starlette.testclient import TestClient

from bot.bootstrap import cached_reference
from bot.internships_match import stored_internships
from bot.reference import Reference
from bot.service import Lotse
from bot.settings import PROJECT_ROOT
from bot.storage.database import make_engine, make_sessionmaker, upgrade
from bot.web.app import create_app

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
# pytest-xdist (`make test` runs the suite in several processes): each worker has its own
# PostgreSQL database and Redis database, so tests that empty them never meet
WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")


def _own_postgres(url: str | None) -> str | None:
    """The worker's database next to LOTSE_TEST_DATABASE_URL's (test → test_gw1), created
    when missing; without workers the URL itself."""
    if not url or not WORKER:
        return url
    base = make_url(url)
    name = f"{base.database}_{WORKER}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            if conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}) is None:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        admin.dispose()
    return base.set(database=name).render_as_string(hide_password=False)


def _own_redis(url: str) -> str:
    """The worker's Redis database: LOTSE_TEST_REDIS_URL's number plus the worker's."""
    if not WORKER:
        return url
    head, _, number = url.rpartition("/")
    return f"{head}/{int(number or 0) + int(WORKER.removeprefix('gw'))}"


PG_URL = _own_postgres(os.environ.get("LOTSE_TEST_DATABASE_URL"))
if PG_URL:
    os.environ["LOTSE_TEST_DATABASE_URL"] = PG_URL  # for the modules that read it themselves
os.environ["LOTSE_TEST_REDIS_URL"] = _own_redis(os.environ.get("LOTSE_TEST_REDIS_URL",
                                                               "redis://127.0.0.1:6379/5"))
# A Tuesday afternoon: every crisis line with published hours is open.
TUESDAY_AFTERNOON = datetime(2026, 11, 24, 15, 0, tzinfo=ZoneInfo("Europe/Berlin"))


def skip_or_fail(reason: str) -> None:
    """Skip loudly on a laptop; in CI (CI=true) a skip is a failure."""
    if IN_CI:
        pytest.fail(f"CI must run this test: {reason}")
    pytest.skip(f"SKIPPED – {reason}")


@pytest.fixture(scope="session")
def reference() -> Reference:
    return cached_reference(PROJECT_ROOT / "data")


def _reset_postgres(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))


@pytest.fixture(params=["sqlite", "postgresql"])
def db_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A migrated, empty database: a SQLite file, and PostgreSQL when configured."""
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'lotse.sqlite3'}")
    else:
        if not PG_URL:
            skip_or_fail("PostgreSQL tests need LOTSE_TEST_DATABASE_URL "
                         "(e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test)")
        engine = make_engine(PG_URL)
        _reset_postgres(engine)
    upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def pg_url() -> str:
    """LOTSE_TEST_DATABASE_URL with an empty schema (no tables: a test migrates or starts a
    server that does); skips on a laptop without it, fails under CI=true."""
    if not PG_URL:
        skip_or_fail("this test needs PostgreSQL: LOTSE_TEST_DATABASE_URL "
                     "(e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test)")
    assert PG_URL is not None
    engine = make_engine(PG_URL)
    _reset_postgres(engine)
    engine.dispose()
    return PG_URL


@pytest.fixture
def pg_engine(pg_url: str) -> Iterator[Engine]:
    """A migrated, empty PostgreSQL database (LOTSE_TEST_DATABASE_URL)."""
    engine = make_engine(pg_url)
    upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'lotse.sqlite3'}")
    upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def make_lotse(reference: Reference, tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Lotse]:
    """Factory: a Lotse service on a given engine, with a fixed clock (and a crisis spool of
    its own: no test replays another's)."""

    def factory(engine: Engine, *, now: datetime = TUESDAY_AFTERNOON) -> Lotse:
        fuzzy = reference.fuzzy_backend()
        sessions = make_sessionmaker(engine)
        return Lotse(sessions=sessions, nlu=fuzzy, fallback_nlu=fuzzy,
                     spool_dir=tmp_path_factory.mktemp("spool"),
                     offers=reference.offers, places=reference.places,
                     secret=b"test-secret-key-for-hashing", clock=lambda: now,
                     internships=stored_internships(sessions, clock=lambda: now.date()))

    return factory


@pytest.fixture
def client(make_lotse: Callable[..., Lotse], sqlite_engine: Engine) -> Iterator[TestClient]:
    with TestClient(create_app(make_lotse(sqlite_engine)), raise_server_exceptions=False) as c:
        yield c
