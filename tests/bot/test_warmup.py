"""A new process says "warming" until the models a first message needs are loaded, then ready;
warming answers a crisis message from memory and writes nothing."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from sqlalchemy import Engine, func, select
from starlette.testclient import TestClient

from bot.readiness import readiness
from bot.service import Lotse
from bot.storage.tables import ConversationRow
from bot.warmup import PROBE, start_warm_up
from bot.web.app import create_app
from tests.bot.test_outage import is_crisis_help


def test_a_service_made_in_a_test_is_warm_at_once(make_lotse: Callable[..., Lotse],
                                                  sqlite_engine: Engine) -> None:
    lotse = make_lotse(sqlite_engine)
    code, body = asyncio.run(readiness(lotse))
    assert (code, body["warm"], body["status"]) == (200, {"state": "ready"}, "ready")


def test_ready_only_after_warming(make_lotse: Callable[..., Lotse],
                                  sqlite_engine: Engine) -> None:
    lotse = make_lotse(sqlite_engine)
    lotse.warm.clear()  # as start_warm_up does before its thread runs
    with TestClient(create_app(lotse), raise_server_exceptions=False) as http:
        cold = http.get("/readyz")
        assert cold.status_code == 503
        assert cold.json()["warm"] == {"state": "warming"} and cold.json()["status"] == "warming"
        assert http.get("/healthz").json()["status"] == "ok"  # alive all the same
        start_warm_up(lotse).join(timeout=120)
        warm = http.get("/readyz")
        assert warm.status_code == 200 and warm.json()["warm"] == {"state": "ready"}


def test_warming_answers_a_crisis_from_memory_and_stores_nothing(
        make_lotse: Callable[..., Lotse], sqlite_engine: Engine) -> None:
    lotse = make_lotse(sqlite_engine)
    assert is_crisis_help([r.text for r in lotse.help_from_memory(PROBE)])
    with lotse.sessions() as session:
        assert session.scalar(select(func.count()).select_from(ConversationRow)) == 0
