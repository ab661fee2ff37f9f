"""The personal links of a placement over HTTP: the company sees a pseudonymous profile, both
sides agree or decline once, a "no" frees the place and re-runs the round, old links die."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from starlette.testclient import TestClient

from bot.service import Lotse
from bot.storage.database import make_sessionmaker
from bot.storage.internships import InternshipRepository
from bot.web.app import create_app
from bot.web.berater import Inbox
from tests.bot.web.test_lotsen import HARZ, login, run_round, token
from tests.bot.web.test_lotsen import app as lotsen_app  # noqa: F401 – the same world

ROUND = "/lotsen/runden/harz-2027"


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def app(lotsen_app: TestClient, db_engine: Engine, make_lotse: Callable[..., Lotse],  # noqa: F811
        clock: Clock) -> Iterator[TestClient]:
    inbox = Inbox(make_sessionmaker(db_engine), clock=clock)
    with TestClient(create_app(make_lotse(db_engine), inbox=inbox),
                    raise_server_exceptions=False) as client:
        yield client


def links_for(client: TestClient, code: str) -> tuple[str, str]:
    page = client.post(f"{ROUND}/links", data={"applicant": code, "place": "",
                                               "csrftoken": token(client, ROUND)}).text
    found = re.findall(r"(/z/[A-Za-z0-9_-]{40,})", page)
    assert len(found) == 2, page
    return found[0], found[1]


def placed(client: TestClient) -> list[tuple[str, str]]:
    return re.findall(r"<td>(BW-\d+)</td>\s*<td>[^<]+\((P-\d+)\)", client.get(ROUND).text)


def status(engine: Engine, code: str) -> str | None:
    with Session(engine) as session:
        return InternshipRepository(session).statuses("harz-2027").get(code)


def test_both_sides_agree_once_and_the_company_sees_no_name(app: TestClient,
                                                           db_engine: Engine) -> None:
    login(app, "lotse@harz.example")
    run_round(app, region=HARZ)
    code, place = placed(app)[0]
    company, young = links_for(app, code)
    view = app.get(company)
    assert view.status_code == 200 and code in view.text and "Zusagen" in view.text
    assert "@" not in view.text and "Alter am ersten Tag" in view.text
    assert "Ja, den möchte ich" in app.get(young).text
    assert "Zusage ist angekommen" in app.post(young, data={"answer": "yes"}).text
    assert status(db_engine, code) == "proposed"  # the young person first: wait for the company
    assert "Schon beantwortet" in app.post(young, data={"answer": "no"}).text  # single use
    app.post(company, data={"answer": "yes"})
    assert status(db_engine, code) == "young_agreed"


def test_a_no_frees_the_place_and_old_links_die(app: TestClient, db_engine: Engine,
                                                clock: Clock) -> None:
    login(app, "lotse@harz.example")
    run_round(app, region=HARZ)
    code, place = placed(app)[0]
    first_company, _ = links_for(app, code)
    company, _young = links_for(app, code)  # new links: the first ones are revoked
    assert "nicht mehr gültig" in app.get(first_company).text
    assert "Absage ist angekommen" in app.post(company, data={"answer": "no"}).text
    now_placed = dict(placed(app))
    assert now_placed.get(code) != place  # re-run: someone else, or another place
    with Session(db_engine) as session:
        assert (code, place) in InternshipRepository(session).exclusions("harz-2027")
    other, other_place = placed(app)[1]
    late, _ = links_for(app, other)
    clock.now += timedelta(days=8)
    assert "abgelaufen" in app.get(late).text
    assert app.get("/z/" + "x" * 43).status_code == 404
