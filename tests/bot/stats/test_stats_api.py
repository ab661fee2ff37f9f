"""`GET /api/stats`: read-only, one token per organisation, only its Kreise, small counts
suppressed; bad input gets a friendly JSON answer."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from starlette.testclient import TestClient

from bot.cli import main
from bot.service import Lotse
from bot.settings import get_settings
from bot.stats.events import Event
from bot.storage import demand, stats_tokens
from bot.storage.database import make_engine, make_sessionmaker, upgrade
from bot.storage.tables import OrganisationRow
from bot.web.app import create_app

DAY = datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))


@pytest.fixture
def api(sqlite_engine: Engine, make_lotse: Callable[..., Lotse]) -> Iterator[tuple[TestClient,
                                                                                 str]]:
    with make_sessionmaker(sqlite_engine).begin() as session:
        session.add_all([OrganisationRow(id="kreis-harz", name="Landkreis Harz",
                                         regions=["15085"]),
                         OrganisationRow(id="other", name="Andere", regions=["05911"])])
        session.flush()
        token = stats_tokens.issue(session, "kreis-harz")
        for need, times in (("money_problems", 7), ("housing_problems", 2)):
            for _ in range(times):
                demand.add(session, [Event("need", need), Event("region", "resolved")],
                           region="15085", at=DAY)
        demand.add(session, [Event("need", "money_problems")] * 9, region="05911", at=DAY)
    with TestClient(create_app(make_lotse(sqlite_engine)),
                    raise_server_exceptions=False) as client:
        yield client, token


QUERY = "/api/stats?region=15085&from=2026-11-01&to=2026-11-30"


def test_the_figures_of_its_kreis_with_small_counts_suppressed(api: tuple[TestClient, str]) -> None:
    client, token = api
    answer = client.get(QUERY, headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200
    body = answer.json()
    assert body["totals"]["need"] == {"housing_problems": "<5", "money_problems": 7}
    assert body["totals"]["region"] == {"resolved": 9}
    assert body["days"] == [{"day": "2026-11-23", "need": "housing_problems", "count": "<5"},
                            {"day": "2026-11-23", "need": "money_problems", "count": 7}]
    assert answer.headers["cache-control"] == "no-store"


@pytest.mark.parametrize(("headers", "query", "status", "code"), [
    ({}, QUERY, 401, "unauthorized"),
    ({"Authorization": "Bearer lst_wrong"}, QUERY, 401, "unauthorized"),
    ({"Authorization": "Basic abc"}, QUERY, 401, "unauthorized"),
    (None, QUERY.replace("15085", "05911"), 403, "forbidden_region"),
    (None, "/api/stats?region=harz&from=2026-11-01&to=2026-11-30", 422, "invalid_query"),
    (None, "/api/stats?region=15085&from=gestern&to=2026-11-30", 422, "invalid_query"),
    (None, "/api/stats?region=15085&from=2026-11-30&to=2026-11-01", 422, "invalid_query"),
    (None, "/api/stats?region=15085", 422, "invalid_query"),
])
def test_without_a_fitting_token_or_query_a_friendly_error(
        api: tuple[TestClient, str], headers: dict[str, str] | None, query: str, status: int,
        code: str) -> None:
    client, token = api
    answer = client.get(query, headers=headers if headers is not None
                        else {"Authorization": f"Bearer {token}"})
    assert answer.status_code == status
    assert answer.json()["error"] == code and answer.json()["message"]


def test_a_new_token_replaces_the_old_one(api: tuple[TestClient, str],
                                          sqlite_engine: Engine) -> None:
    client, old = api
    with Session(sqlite_engine) as session, session.begin():
        new = stats_tokens.issue(session, "kreis-harz")
    assert client.get(QUERY, headers={"Authorization": f"Bearer {old}"}).status_code == 401
    assert client.get(QUERY, headers={"Authorization": f"Bearer {new}"}).status_code == 200
    with Session(sqlite_engine) as session, session.begin():
        assert stats_tokens.revoke(session, "kreis-harz")
    assert client.get(QUERY, headers={"Authorization": f"Bearer {new}"}).status_code == 401


def test_the_token_command_prints_a_token_once_and_stores_its_hash(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.setenv("LOTSE_DATABASE_URL", url)
    get_settings.cache_clear()
    try:
        engine = make_engine(url)
        upgrade(engine)
        with make_sessionmaker(engine).begin() as session:
            session.add(OrganisationRow(id="kreis-harz", name="Landkreis Harz", regions=["15085"]))
        result = CliRunner().invoke(main, ["stats", "token", "--org", "kreis-harz"])
        assert result.exit_code == 0, result.output
        token = result.stdout.strip()
        with Session(engine) as session:
            org = stats_tokens.organisation_of(session, token)
            assert org is not None and org.id == "kreis-harz"
            stored = session.connection().exec_driver_sql(
                "SELECT token_hash FROM stats_tokens").scalar_one()
            assert token not in stored
        unknown = CliRunner().invoke(main, ["stats", "token", "--org", "nobody"])
        assert unknown.exit_code == 2 and "no organisation" in unknown.output
        revoked = CliRunner().invoke(main, ["stats", "token", "--org", "kreis-harz", "--revoke"])
        assert "withdrawn" in revoked.output
        engine.dispose()
    finally:
        get_settings.cache_clear()


def test_counters_keep_a_day_apart() -> None:
    assert demand.local_day(DAY + timedelta(hours=14)).isoformat() == "2026-11-24"


def numbers(value: object) -> Iterator[object]:
    """Every leaf of a JSON answer."""
    if isinstance(value, dict):
        for v in value.values():
            yield from numbers(v)
    elif isinstance(value, list):
        for v in value:
            yield from numbers(v)
    else:
        yield value


def test_after_a_scripted_week_no_count_below_five_and_nothing_of_a_person(
        db_engine: Engine, make_lotse: Callable[..., Lotse]) -> None:
    from tests.bot.stats.test_counting import WEEK, run_week

    lotse = make_lotse(db_engine)
    run_week(lotse)
    with make_sessionmaker(db_engine).begin() as session:
        session.add(OrganisationRow(id="kreis-harz", name="Landkreis Harz", regions=["15085"]))
        session.flush()
        token = stats_tokens.issue(session, "kreis-harz")
    with TestClient(create_app(lotse), raise_server_exceptions=False) as client:
        answer = client.get("/api/stats?region=15085&from=2026-11-16&to=2026-11-30",
                            headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200
    body = answer.json()
    assert body["totals"]["need"]["money_problems"] == 6
    leaves = list(numbers(body["totals"])) + [d["count"] for d in body["days"]]
    assert leaves and all(v == "<5" or (isinstance(v, int) and v >= 5) for v in leaves)
    text = answer.text.lower()
    for sender, _day, _hour, lines in WEEK:
        assert sender not in text
        assert not any(line.lower() in text for line in lines if len(line) > 4)
    assert "quedlinburg" not in text
