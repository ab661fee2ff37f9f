"""InternshipRepository on SQLite and PostgreSQL: exact round trips, upsert, all or nothing,
rounds with pins and exclusions, assignments, deleting an applicant, retention, migrations."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, func, inspect, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.storage.database import MIGRATIONS, upgrade
from bot.storage.internships import InternshipRepository, weekdays_set, weekdays_text
from bot.storage.tables import (
    InternshipApplicantRow,
    InternshipAssignmentRow,
    InternshipExclusionRow,
    InternshipPeriodRow,
    InternshipPinRow,
    InternshipPlaceRow,
    InternshipRoundApplicantRow,
)
from matching.internships.model import (
    Applicant,
    Company,
    InternshipPlace,
    Readiness,
    Schedule,
)

NOW = datetime(2026, 12, 2, 10, 0, tzinfo=UTC)
COMPANIES = (
    Company(id="c-auto", name="Beispiel-Autohaus GmbH", postal_code="06484", place="Quedlinburg",
            region="15085", lat=51.7886, lon=11.1412, sector="crafts", trains_apprentices=True,
            offers_eq=True, contact_role="Ausbildungsleitung", contact="ausbildung@example.org",
            readiness=(Readiness("named_mentor"),
                       Readiness("step_free", verified_by="Praktikalotsen Harz",
                                 verified_on=date(2026, 11, 30)),
                       Readiness("plain_language", verified_by="IHK Magdeburg")),
            seal="Praktika-Siegel Harz", seal_valid_until=date(2027, 12, 31)),
    Company(id="c-bakery", name="Beispiel-Bäckerei KG", postal_code="64283", place="Darmstadt",
            region="06411", lat=49.8728, lon=8.6512, sector="bakery"),
)
PLACES = (
    InternshipPlace(id="p-kfz", company_id="c-auto", occupation="Kfz-Mechatroniker/in",
                    kldb="25212", kind="school",
                    schedule=Schedule(date(2027, 3, 1), date(2027, 3, 12),
                                      frozenset({0, 1, 2, 3, 4}), time(7, 30), time(13, 45), 45),
                    capacity=2, min_age=15, requires=("safety_shoes",),
                    hazards=("machines", "noise"), languages=("de", "en"), german_level="B1"),
    InternshipPlace(id="p-baker", company_id="c-bakery", occupation="Bäcker/in", kldb="29202",
                    kind="holiday",
                    schedule=Schedule(date(2027, 7, 5), date(2027, 7, 16), frozenset({1, 3, 5}),
                                      time(6, 0), time(12, 0), 30),
                    requires=("ifsg43", "measles_proof")),
    InternshipPlace(id="p-taster", company_id="c-auto", occupation="Kaufmann/-frau Büro",
                    kldb="71402", kind="taster",
                    schedule=Schedule(date(2027, 2, 3), date(2027, 2, 3), frozenset())),
)
APPLICANTS = (
    Applicant(id="A-7K3M9Q", birth_date=date(2011, 2, 28), land="ST", full_time_school=True,
              kind="school", available=((date(2027, 3, 1), date(2027, 3, 12)),
                                        (date(2027, 7, 5), date(2027, 7, 30))),
              lat=51.7901, lon=11.1475, region="15085", travel_mode="bike",
              max_travel_minutes=30, holiday_days_used=5,
              wishes=("25212", "Tierpfleger/in"), support_needs=("accessible", "mentor"),
              priority_groups=("foerderschule",), school_status="school_sek1"),
    Applicant(id="A-2B4C6D", birth_date=date(2009, 12, 1), land="HE", full_time_school=False,
              kind="holiday", available=(), lat=49.87, lon=8.65, region="06411"),
    Applicant(id="A-9X8Y7Z", birth_date=date(2010, 6, 15), land="HE", full_time_school=True,
              kind="holiday", available=((date(2027, 7, 5), date(2027, 7, 16)),),
              lat=49.88, lon=8.66, region="06411", travel_mode="transit",
              wishes=("29202",), priority_groups=("jbh", "newcomer")),
)


def saved(session: Session) -> InternshipRepository:
    repo = InternshipRepository(session)
    repo.save_companies(COMPANIES, now=NOW)
    repo.save_places(PLACES, now=NOW)
    repo.save_applicants(APPLICANTS, postal_codes={"A-7K3M9Q": "06484"}, now=NOW)
    return repo


def with_round(session: Session) -> InternshipRepository:
    repo = saved(session)
    repo.create_round("R1", [a.id for a in APPLICANTS], [p.id for p in PLACES], now=NOW)
    return repo


@pytest.mark.parametrize(("days", "text"), [
    (frozenset({0, 1, 2, 3, 4}), "mo,tu,we,th,fr"),
    (frozenset({5, 1}), "tu,sa"),
    (frozenset(), ""),
])
def test_weekdays_are_stored_as_readable_text(days: frozenset[int], text: str) -> None:
    assert weekdays_text(days) == text
    assert weekdays_set(text) == days


def test_weekdays_outside_the_week_are_refused() -> None:
    with pytest.raises(ValueError, match="weekdays"):
        weekdays_text(frozenset({-1}))


def test_every_field_round_trips_exactly(db_engine: Engine) -> None:
    with Session(db_engine) as session, session.begin():
        saved(session)
    with Session(db_engine) as session:
        repo = InternshipRepository(session)
        assert repo.companies() == sorted(COMPANIES, key=lambda c: c.id)
        assert repo.places() == sorted(PLACES, key=lambda p: p.id)
        assert repo.applicants() == sorted(APPLICANTS, key=lambda a: a.id)
        assert repo.postal_codes() == {"A-7K3M9Q": "06484"}
        place = session.get(InternshipPlaceRow, "p-baker")
        assert place is not None and place.weekdays == "tu,th,sa"
        assert (place.start_time, place.end_time, place.break_minutes) == (time(6), time(12), 30)


def test_places_by_region(db_engine: Engine) -> None:
    with Session(db_engine) as session, session.begin():
        repo = saved(session)
        assert [p.id for p in repo.places(region="15085")] == ["p-kfz", "p-taster"]
        assert [p.id for p in repo.places(region="06411")] == ["p-baker"]
        assert repo.places(region="05913") == []


def test_saving_again_updates_by_id_and_keeps_created_at(db_engine: Engine) -> None:
    later = NOW + timedelta(days=3)
    changed_company = replace(COMPANIES[0], name="Beispiel-Autohaus Harz GmbH",
                              readiness=(Readiness("seal", verified_by="IHK",
                                                   verified_on=date(2026, 12, 1)),),
                              seal=None, seal_valid_until=None)
    changed_place = replace(PLACES[0], capacity=3,
                            schedule=replace(PLACES[0].schedule, weekdays=frozenset({0, 2})))
    changed_applicant = replace(APPLICANTS[0], available=(), wishes=("Tierpfleger/in",),
                                support_needs=())
    with Session(db_engine) as session, session.begin():
        repo = saved(session)
        assert repo.companies()[0] == COMPANIES[0]  # loaded once: the update must not go stale
        repo.save_companies([changed_company], now=later)
        repo.save_places([changed_place], now=later)
        repo.save_applicants([changed_applicant], now=later)
        assert repo.companies() == [changed_company, COMPANIES[1]]
    with Session(db_engine) as session:
        repo = InternshipRepository(session)
        assert repo.companies() == [changed_company, COMPANIES[1]]
        assert {p.id: p for p in repo.places()}["p-kfz"] == changed_place
        assert {a.id: a for a in repo.applicants()}["A-7K3M9Q"] == changed_applicant
        assert len(repo.applicants()) == 3
        row = session.get(InternshipApplicantRow, "A-7K3M9Q")
        assert row is not None and row.created_at == NOW and row.updated_at == later
        assert row.postal_code == "06484"  # kept when no postal codes are given
        assert session.scalar(select(func.count()).select_from(InternshipPeriodRow)) == 1


def test_duplicate_ids_in_one_import_are_refused(db_engine: Engine) -> None:
    with (Session(db_engine) as session, session.begin(),
          pytest.raises(ValueError, match="duplicate ids: c-auto")):
        InternshipRepository(session).save_companies([COMPANIES[0], COMPANIES[0]])


def test_an_import_is_all_or_nothing(db_engine: Engine) -> None:
    orphan = replace(PLACES[0], id="p-orphan", company_id="c-unknown")
    with Session(db_engine) as session, pytest.raises(IntegrityError), session.begin():
        repo = InternshipRepository(session)
        repo.save_companies(COMPANIES)
        repo.save_applicants(APPLICANTS)
        repo.save_places([*PLACES, orphan])
    with Session(db_engine) as session:
        repo = InternshipRepository(session)
        assert (repo.companies(), repo.places(), repo.applicants()) == ([], [], [])


def test_a_round_with_members_pins_and_exclusions(db_engine: Engine) -> None:
    with Session(db_engine) as session, session.begin():
        repo = with_round(session)
        repo.create_round("R2", ["A-2B4C6D"], ["p-baker"], now=NOW)
        repo.pin("R1", "A-7K3M9Q", "p-taster", actor="lotsin@example.org", now=NOW)
        repo.pin("R1", "A-7K3M9Q", "p-kfz", actor="lotsin@example.org", now=NOW)  # replaces
        repo.exclude("R1", "A-9X8Y7Z", "p-kfz", now=NOW)
        repo.exclude("R1", "A-9X8Y7Z", "p-kfz", now=NOW)  # twice is once
        repo.exclude("R1", "A-9X8Y7Z", "p-taster", now=NOW)
    with Session(db_engine) as session, session.begin():
        repo = InternshipRepository(session)
        assert repo.rounds() == ["R1", "R2"]
        assert [a.id for a in repo.applicants(round_id="R2")] == ["A-2B4C6D"]
        assert repo.applicants(round_id="R2")[0] == APPLICANTS[1]
        assert [p.id for p in repo.places(round_id="R2")] == ["p-baker"]
        assert repo.pins("R1") == {"A-7K3M9Q": "p-kfz"}
        assert repo.exclusions("R1") == {("A-9X8Y7Z", "p-kfz"), ("A-9X8Y7Z", "p-taster")}
        assert repo.pins("R2") == {} and repo.exclusions("R2") == frozenset()
        with pytest.raises(ValueError, match="pinned"):
            repo.exclude("R1", "A-7K3M9Q", "p-kfz")
        with pytest.raises(ValueError, match="excluded"):
            repo.pin("R1", "A-9X8Y7Z", "p-kfz")
        with pytest.raises(ValueError, match="no applicant"):
            repo.pin("R2", "A-7K3M9Q", "p-baker")  # not a member of R2
        assert repo.unexclude("R1", "A-9X8Y7Z", "p-taster", now=NOW) is True
        assert repo.unpin("R1", "A-7K3M9Q", now=NOW) and not repo.unpin("R1", "A-7K3M9Q")
        assert repo.pins("R1") == {} and repo.exclusions("R1") == {("A-9X8Y7Z", "p-kfz")}
        actions = [(e.actor, e.action) for e in repo.audit(round_id="R1")]
        assert actions[:3] == [("system", "round_create"), ("lotsin@example.org", "pin"),
                               ("lotsin@example.org", "pin")]
        assert [a for _, a in actions[3:]] == ["exclude", "exclude", "exclude", "unexclude",
                                                "unpin"]


def test_a_round_needs_known_applicants_and_places(db_engine: Engine) -> None:
    with Session(db_engine) as session, session.begin():
        repo = saved(session)
        with pytest.raises(ValueError, match="A-NOPE, p-nope"):
            repo.create_round("R1", ["A-NOPE", "A-7K3M9Q"], ["p-nope"])


def test_redefining_a_round_drops_what_belongs_to_leavers(db_engine: Engine) -> None:
    with Session(db_engine) as session, session.begin():
        repo = with_round(session)
        repo.pin("R1", "A-7K3M9Q", "p-kfz")
        repo.exclude("R1", "A-9X8Y7Z", "p-baker")
        repo.save_assignments("R1", {"A-7K3M9Q": "p-kfz", "A-2B4C6D": "p-baker"}, {})
        repo.create_round("R1", ["A-7K3M9Q", "A-2B4C6D"], ["p-kfz"])
        assert repo.pins("R1") == {"A-7K3M9Q": "p-kfz"}
        assert repo.exclusions("R1") == frozenset()
        assert repo.assignments("R1") == {"A-7K3M9Q": "p-kfz"}
        assert [a.id for a in repo.applicants(round_id="R1")] == ["A-2B4C6D", "A-7K3M9Q"]


def test_assignments_and_report_replace_the_last_allocation(db_engine: Engine) -> None:
    report = {"placed_share": 0.67, "rank_profile": {"1": 1, "2": 1}, "companies_used": 2,
              "explanations": {"A-7K3M9Q": ["dein erster Wunsch"]}}
    with Session(db_engine) as session, session.begin():
        repo = with_round(session)
        repo.save_assignments("R1", {"A-7K3M9Q": "p-taster"}, {"placed_share": 0.33}, now=NOW)
        repo.save_assignments("R1", {"A-7K3M9Q": "p-kfz", "A-9X8Y7Z": "p-baker"}, report,
                              actor="lotsin@example.org", now=NOW)
        with pytest.raises(ValueError, match="not in round"):
            repo.save_assignments("R1", {"A-7K3M9Q": "p-elsewhere"}, {})
        with pytest.raises(ValueError, match="no round"):
            repo.save_assignments("R9", {}, {})
    with Session(db_engine) as session:
        repo = InternshipRepository(session)
        assert repo.assignments("R1") == {"A-7K3M9Q": "p-kfz", "A-9X8Y7Z": "p-baker"}
        assert repo.report("R1") == report
        assert repo.report("R9") is None and repo.assignments("R9") == {}
        last = repo.audit(round_id="R1")[-1]
        assert (last.actor, last.action, last.detail) == (
            "lotsin@example.org", "allocate", {"placed": 2, "applicants": 3})


def test_deleting_an_applicant_deletes_its_round_data(db_engine: Engine) -> None:
    with Session(db_engine) as session, session.begin():
        repo = with_round(session)
        repo.pin("R1", "A-7K3M9Q", "p-kfz")
        repo.exclude("R1", "A-7K3M9Q", "p-baker")
        repo.save_assignments("R1", {"A-7K3M9Q": "p-kfz", "A-9X8Y7Z": "p-baker"}, {})
    with Session(db_engine) as session, session.begin():
        repo = InternshipRepository(session)
        assert repo.delete_applicant("A-7K3M9Q", actor="lotsin@example.org") is True
        assert repo.delete_applicant("A-7K3M9Q") is False
    with Session(db_engine) as session:
        repo = InternshipRepository(session)
        assert [a.id for a in repo.applicants()] == ["A-2B4C6D", "A-9X8Y7Z"]
        assert repo.assignments("R1") == {"A-9X8Y7Z": "p-baker"}
        assert repo.pins("R1") == {} and repo.exclusions("R1") == frozenset()
        assert repo.postal_codes() == {}
        for table in (InternshipPeriodRow, InternshipRoundApplicantRow, InternshipPinRow,
                      InternshipExclusionRow, InternshipAssignmentRow):
            assert session.scalar(select(func.count()).select_from(table).where(
                table.applicant_id == "A-7K3M9Q")) == 0
        deletion = [e for e in repo.audit() if e.action == "delete_applicant"]
        assert [(e.actor, e.applicant_id) for e in deletion] == [("lotsin@example.org",
                                                                  "A-7K3M9Q")]
        assert len(repo.places()) == 3  # places and companies stay


def test_database_cascade_also_deletes_an_applicants_data(db_engine: Engine) -> None:
    with Session(db_engine) as session, session.begin():
        repo = with_round(session)
        repo.save_assignments("R1", {"A-7K3M9Q": "p-kfz"}, {})
    with Session(db_engine) as session, session.begin():  # a plain DELETE, as a DBA would
        session.execute(text("DELETE FROM internship_applicants WHERE id = 'A-7K3M9Q'"))
    with Session(db_engine) as session:
        assert InternshipRepository(session).assignments("R1") == {}
        assert session.scalar(select(func.count()).select_from(InternshipPeriodRow).where(
            InternshipPeriodRow.applicant_id == "A-7K3M9Q")) == 0


def test_retention_deletes_applicants_created_before_the_cutoff(db_engine: Engine) -> None:
    with Session(db_engine) as session, session.begin():
        repo = with_round(session)
        repo.save_assignments("R1", {"A-7K3M9Q": "p-kfz", "A-9X8Y7Z": "p-baker"}, {})
        newer = replace(APPLICANTS[0], id="A-NEW111")
        repo.save_applicants([newer], now=NOW + timedelta(days=200))
        repo.save_applicants([APPLICANTS[0]], now=NOW + timedelta(days=200))  # update: stays old
    with Session(db_engine) as session, session.begin():
        repo = InternshipRepository(session)
        assert repo.delete_older_than(NOW + timedelta(days=180)) == 3
        assert repo.delete_older_than(NOW + timedelta(days=180)) == 0
    with Session(db_engine) as session:
        repo = InternshipRepository(session)
        assert [a.id for a in repo.applicants()] == ["A-NEW111"]
        assert repo.assignments("R1") == {}
        assert len(repo.companies()) == 2 and len(repo.places()) == 3
        retention = [e.detail["applicants"] for e in repo.audit() if e.action == "retention"]
        assert retention == [3]


def test_migration_has_one_head_and_downgrades_cleanly(db_engine: Engine) -> None:
    script = ScriptDirectory(str(MIGRATIONS))
    assert len(script.get_heads()) == 1  # a second head means two branches added migrations
    assert script.get_revision("0006_internships").down_revision == "0005_telegram"
    ours = {t for t in inspect(db_engine).get_table_names() if t.startswith("internship_")}
    assert ours == {"internship_companies", "internship_readiness", "internship_places",
                    "internship_applicants", "internship_applicant_periods",
                    "internship_rounds", "internship_round_applicants",
                    "internship_round_places", "internship_pins", "internship_exclusions",
                    "internship_assignments", "internship_audit", "internship_links",
                    "internship_contacts", "internship_feedback", "internship_followups"}
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with db_engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0005_telegram")
    tables = set(inspect(db_engine).get_table_names())
    assert not {t for t in tables if t.startswith("internship_")}
    assert {"telegram_updates", "handoffs"} <= tables
    upgrade(db_engine)
    assert ours <= set(inspect(db_engine).get_table_names())
    with Session(db_engine) as session, session.begin():
        saved(session)  # the upgraded schema takes the data again
