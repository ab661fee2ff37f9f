"""The engine's pool on PostgreSQL: a ping only after a rest (mandatory in CI)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, text

from bot.storage import database
from bot.storage.database import make_engine


def _pings(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    seen: list[object] = []
    ping = engine.dialect.do_ping

    def counted(dbapi_connection: object) -> bool:
        seen.append(dbapi_connection)
        return ping(dbapi_connection)

    monkeypatch.setattr(engine.dialect, "do_ping", counted)
    return seen


@pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)
def test_connections_in_use_are_not_pinged_on_every_checkout(
        db_engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    pings = _pings(db_engine, monkeypatch)
    for _ in range(10):  # turn after turn: the connection comes back and goes out again at once
        with db_engine.begin() as conn:
            conn.execute(text("SELECT 1"))
    assert pings == []  # was one ping (a round trip) per transaction
    monkeypatch.setattr(database, "PING_AFTER_REST", 0.0)
    with db_engine.begin() as conn:
        conn.execute(text("SELECT 1"))
    assert len(pings) == 1


@pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)
def test_a_rested_connection_whose_server_session_ended_is_replaced(
        db_engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    with db_engine.connect() as first, db_engine.connect() as second:
        backends = [c.execute(text("SELECT pg_backend_pid()")).scalar_one() for c in (first, second)]
    # while both rest in the pool, the server ends their sessions (a restart, a failover)
    killer = make_engine(db_engine.url.render_as_string(hide_password=False))
    with killer.begin() as conn:
        for pid in backends:
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    killer.dispose()
    monkeypatch.setattr(database, "PING_AFTER_REST", 0.0)  # they rested long enough
    with db_engine.connect() as first, db_engine.connect() as second:
        fresh = [c.execute(text("SELECT pg_backend_pid()")).scalar_one() for c in (first, second)]
    assert not set(fresh) & set(backends)  # pinged, found dead, replaced: no error for anyone
