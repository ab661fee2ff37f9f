"""The confirmation loop over HTTP: a coordinator stores a consented contact and publishes a
round; the personal links for attendance, feedback and the follow-up work once, check their
answers and keep what a person wrote as text; another Kreis sees nothing."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from starlette.testclient import TestClient

from bot.storage.internships import InternshipRepository
from bot.storage.placement_links import PlacementLinks
from bot.storage.tables import (
    InternshipAssignmentRow,
    InternshipFeedbackRow,
    InternshipFollowupRow,
    NotificationRow,
)
from tests.bot.web.test_lotsen import HARZ, login, run_round, token
from tests.bot.web.test_lotsen import app as lotsen_app  # noqa: F401 – the same world
from tests.xss import XSS

ROUND = "/lotsen/runden/harz-2027"


@pytest.fixture
def app(lotsen_app: TestClient) -> Iterator[TestClient]:  # noqa: F811
    login(lotsen_app, "lotse@harz.example")
    run_round(lotsen_app, region=HARZ)
    yield lotsen_app


def first_placed(engine: Engine) -> InternshipAssignmentRow:
    with Session(engine) as session:
        row = session.scalars(select(InternshipAssignmentRow).where(
            InternshipAssignmentRow.round_id == "harz-2027")
            .order_by(InternshipAssignmentRow.applicant_id)).first()
        assert row is not None
        session.expunge(row)
        return row


def link(engine: Engine, code: str, role: str, purpose: str) -> str:
    with Session(engine) as session, session.begin():
        return "/z/" + PlacementLinks(session).create_one(
            "harz-2027", code, role, purpose, expires_at=datetime.now(UTC) + timedelta(days=3))


def test_a_contact_needs_consent_and_a_real_address(app: TestClient, db_engine: Engine) -> None:
    code = first_placed(db_engine).applicant_id
    page = f"/lotsen/bewerbungen/{code}"
    bad = app.post(page, data={"role": "young", "channel": "email", "address": "nope",
                               "consent": "1", "csrftoken": token(app, page)})
    assert bad.status_code == 400 and "keine gültige E-Mail-Adresse" in bad.text
    named = app.post(page, data={"role": "young", "channel": "telegram", "address": "@jo_jo",
                                 "consent": "1", "csrftoken": token(app, page)})
    assert named.status_code == 400 and "Chat-ID" in named.text
    unconsented = app.post(page, data={"role": "young", "channel": "email",
                                       "address": "jo@example.org", "csrftoken": token(app, page)})
    assert unconsented.status_code == 400 and "Einwilligung" in unconsented.text
    saved = app.post(page, data={"role": "young", "channel": "email", "address": "jo@example.org",
                                 "consent": "1", "csrftoken": token(app, page)})
    assert saved.status_code == 200 and "jo@example.org" in saved.text
    assert "Jugendliche/r" in app.get(f"/lotsen/bewerbungen?q={code}").text
    app.post(page, data={"role": "young", "remove": "1", "csrftoken": token(app, page)})
    with Session(db_engine) as session:
        assert InternshipRepository(session).contacts([code]) == {}


def test_publishing_asks_every_proposal_and_shows_the_call_list(
        app: TestClient, db_engine: Engine) -> None:
    code = first_placed(db_engine).applicant_id
    page = f"/lotsen/bewerbungen/{code}"
    app.post(page, data={"role": "young", "channel": "email", "address": "jo@example.org",
                         "consent": "1", "csrftoken": token(app, page)})
    done = app.post(f"{ROUND}/veroeffentlichen", data={"csrftoken": token(app, ROUND)})
    assert done.status_code == 200 and "Veröffentlicht." in done.text
    assert "Anrufliste" in done.text  # everyone else has no contact yet
    with Session(db_engine) as session:
        rows = list(session.scalars(select(NotificationRow)))
        placed = len(list(session.scalars(select(InternshipAssignmentRow))))
    assert sum(r.role == "company" for r in rows) == placed  # demo companies: e-mail contacts
    assert [r.applicant_id for r in rows if r.role == "young"] == [code]
    again = app.post(f"{ROUND}/veroeffentlichen", data={"csrftoken": token(app, ROUND)})
    assert "Veröffentlicht. 0 Vorschläge" in again.text  # nothing is asked twice


def test_another_kreis_cannot_see_or_change_an_applicant(app: TestClient,
                                                         db_engine: Engine) -> None:
    code = first_placed(db_engine).applicant_id
    app.post("/lotsen/logout", data={"csrftoken": token(app, "/lotsen/")})
    login(app, "lotse@da.example")
    assert app.get(f"/lotsen/bewerbungen/{code}").status_code == 404
    sneaky = app.post(f"/lotsen/bewerbungen/{code}", data={
        "role": "young", "channel": "email", "address": "x@example.org", "consent": "1",
        "csrftoken": token(app, "/lotsen/")})
    assert sneaky.status_code == 404
    assert app.post(f"{ROUND}/veroeffentlichen",
                    data={"csrftoken": token(app, "/lotsen/")}).status_code == 404


def test_attendance_is_one_click_and_once(app: TestClient, db_engine: Engine) -> None:
    row = first_placed(db_engine)
    url = link(db_engine, row.applicant_id, "company", "attendance")
    view = app.get(url)
    assert view.status_code == 200 and "War die junge Person da?" in view.text
    assert "Danke" in app.post(url, data={"answer": "yes"}).text
    assert first_placed(db_engine).status == "took_place"
    assert "Schon beantwortet" in app.post(url, data={"answer": "no"}).text
    assert first_placed(db_engine).attended is True


def test_feedback_checks_answers_keeps_text_inert_and_schedules_the_followup(
        app: TestClient, db_engine: Engine) -> None:
    row = first_placed(db_engine)
    young = link(db_engine, row.applicant_id, "young", "feedback")
    form = app.get(young).text
    assert "Wie war dein Praktikum?" in form and "noch einmal kurz fragen" in form
    missing = app.post(young, data={"overall": "good"})
    assert missing.status_code == 400 and "jede Frage" in missing.text
    hostile = XSS[0]
    partial = app.post(young, data={"overall": "good", "note": hostile})
    assert hostile not in partial.text  # shown back escaped, never as markup
    answers = {"overall": "good", "learned": "yes", "cared": "some", "job": "maybe",
               "note": hostile, "followup": "yes"}
    assert "Danke für deine Antworten" in app.post(young, data=answers).text
    company = link(db_engine, row.applicant_id, "company", "feedback")
    assert "Wie war das Praktikum?" in app.get(company).text
    assert "noch einmal kurz fragen" not in app.get(company).text
    app.post(company, data={"overall": "good", "reliable": "yes", "next_step": "maybe",
                            "again": "yes"})
    with Session(db_engine) as session:
        kept = {f.role: f for f in session.scalars(select(InternshipFeedbackRow))}
        assert kept["young"].answers["note"] == hostile and kept["young"].followup
        assert not kept["company"].followup
        assert sorted(f.months for f in session.scalars(select(InternshipFollowupRow))) == [3, 6]
        for followup in session.scalars(select(InternshipFollowupRow)):
            followup.sent_at = datetime.now(UTC)
        session.commit()
    later = link(db_engine, row.applicant_id, "young", "followup")
    assert "Wie ist es weitergegangen?" in app.get(later).text
    assert "Danke!" in app.post(later, data={"apprenticeship": "applied", "eq": "no",
                                             "now": "school"}).text
    with Session(db_engine) as session:
        three = session.get(InternshipFollowupRow, ("harz-2027", row.applicant_id, 3))
        assert three is not None and three.answers == {"apprenticeship": "applied", "eq": "no",
                                                       "now": "school"}


def test_a_parent_is_asked_as_a_parent(app: TestClient, db_engine: Engine) -> None:
    row = first_placed(db_engine)
    url = link(db_engine, row.applicant_id, "parent", "confirm")
    view = app.get(url).text
    assert "Praktikumsplatz für Ihr Kind" in view and "Ja, ich stimme zu" in view
    assert re.search(r"Danke", app.post(url, data={"answer": "yes"}).text)


def test_links_can_be_revoked_and_forms_need_the_csrf_token(app: TestClient,
                                                            db_engine: Engine) -> None:
    row = first_placed(db_engine)
    url = link(db_engine, row.applicant_id, "young", "confirm")
    done = app.post(f"{ROUND}/widerrufen", data={"applicant": row.applicant_id,
                                                 "csrftoken": token(app, ROUND)})
    assert done.status_code == 200 and "jetzt ungültig" in done.text
    assert "nicht mehr gültig" in app.get(url).text
    nobody = app.post(f"{ROUND}/widerrufen", data={"applicant": "BW-9999",
                                                   "csrftoken": token(app, ROUND)})
    assert "gehört nicht" in nobody.text
    assert app.post(f"{ROUND}/veroeffentlichen").status_code == 403
    page = f"/lotsen/bewerbungen/{row.applicant_id}"
    assert app.post(page, data={"role": "young", "channel": "email",
                                "address": "x@example.org", "consent": "1"}).status_code == 403
