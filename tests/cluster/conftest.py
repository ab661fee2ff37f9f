"""The local cluster (scripts/cluster.py): app processes behind Debian's nginx on the machine's
PostgreSQL and Redis. Started once per module; without nginx or PostgreSQL the tests skip on
a laptop and fail under CI=true."""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
import sqlalchemy as sa

from nlu.rasa_server import RasaSetupError, find_python310
from tests.conftest import skip_or_fail

ROOT = Path(__file__).resolve().parents[2]


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("lotse_cluster", ROOT / "scripts" / "cluster.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["lotse_cluster"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


cluster_script = _load()


def fresh_database() -> str:
    """The cluster's PostgreSQL database, dropped so that each module starts empty (the
    cluster script creates it again); skips without nginx or PostgreSQL (fails under CI)."""
    url = os.environ.get("LOTSE_CLUSTER_DATABASE_URL", cluster_script.DATABASE)
    try:
        cluster_script.ensure_nginx()
        engine = sa.create_engine(url.rpartition("/")[0] + "/postgres")
        with engine.connect():
            pass
        engine.dispose()
    except (SystemExit, sa.exc.OperationalError, OSError) as exc:
        skip_or_fail(f"the cluster tests need nginx and PostgreSQL on 127.0.0.1:5432 ({exc})")
    base, _, name = url.rpartition("/")
    admin = sa.create_engine(base + "/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()
    return url


@pytest.fixture(scope="module")
def cluster() -> Iterator[object]:
    """The whole production topology: two app processes behind nginx, PostgreSQL, Redis and
    Rasa's NLU server (the project's Python 3.10 virtualenv; fails under CI=true without it)."""
    if find_python310() is None:
        skip_or_fail("the cluster with Rasa needs Python 3.10 for Rasa's virtualenv")
    url = fresh_database()
    try:
        with cluster_script.Cluster(apps=2, rasa=True, database_url=url) as running:
            yield running
    except RasaSetupError as exc:
        skip_or_fail(f"Rasa could not be set up here: {exc}")
