"""`lotse internships import --demo`, `allocate` and `lotse match` with internships (SQLite,
and PostgreSQL when configured)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import Engine

from bot.cli import main
from bot.settings import PROJECT_ROOT, get_settings
from bot.storage.database import make_sessionmaker
from bot.storage.internships import InternshipRepository
from matching.internships.fields import FIELD_KLDB
from matching.internships.law import NON_LEGAL_RULES

QUEDLINBURG_ANIMALS = {"age": 16, "place": "Quedlinburg", "needs": ["seek_internship"],
                       "occupation": "was mit Tieren"}


@pytest.fixture
def runner(db_engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    monkeypatch.setenv("LOTSE_DATABASE_URL", db_engine.url.render_as_string(hide_password=False))
    get_settings.cache_clear()
    yield CliRunner()
    get_settings.cache_clear()


def test_import_demo_is_idempotent_and_prints_counts(runner: CliRunner, db_engine: Engine) -> None:
    first = runner.invoke(main, ["internships", "import", "--demo"])
    second = runner.invoke(main, ["internships", "import", "--demo"])
    assert first.exit_code == 0, first.output
    assert first.output == second.output
    assert "126 companies, 262 places, 300 applicants" in first.output
    with make_sessionmaker(db_engine).begin() as session:
        repo = InternshipRepository(session)
        assert (len(repo.companies()), len(repo.places()), len(repo.applicants())) == (126, 262, 300)


def test_dry_run_saves_nothing(runner: CliRunner, db_engine: Engine) -> None:
    result = runner.invoke(main, ["internships", "import", "--demo", "--dry-run"])
    assert result.exit_code == 0, result.output
    with make_sessionmaker(db_engine).begin() as session:
        assert InternshipRepository(session).places() == []


@pytest.mark.parametrize("args", [["internships", "import"],
                                  ["internships", "allocate"],
                                  ["internships", "allocate", "--round", "r", "--region", "harz"]])
def test_bad_arguments_are_usage_errors(runner: CliRunner, args: list[str]) -> None:
    result = runner.invoke(main, args)
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_match_without_places_gives_no_internships(runner: CliRunner) -> None:
    result = runner.invoke(main, ["match", "-"], input=json.dumps(QUEDLINBURG_ANIMALS))
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["internships"] == []


def test_sixteen_year_old_in_quedlinburg_gets_lawful_animal_places(runner: CliRunner) -> None:
    assert runner.invoke(main, ["internships", "import", "--demo"]).exit_code == 0
    result = runner.invoke(main, ["match", "-"], input=json.dumps(QUEDLINBURG_ANIMALS))
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert body["offers"] and body["place"]["region"] == "15085"
    items = body["internships"]
    assert items and items[0]["company"] == "Beispiel-Tierpension Quedlinburg"
    assert items[0]["kldb"].startswith(FIELD_KLDB["tiere"])
    for item in items:
        assert item["reasons"] and item["region"] == "15085"
        assert item["travel_mode"] == "transit" and item["travel_minutes"] <= 45
        assert set(item["schedule"]) == {"from", "to", "weekdays", "start", "end",
                                         "break_minutes"}
        assert all(c["ok"] or c.get("warning") for c in item["legal"])  # lawful
        assert any(c["rule"].startswith("JArbSchG") for c in item["legal"])
        assert {c["rule"] for c in item["legal"]} - NON_LEGAL_RULES


def test_match_without_internship_wish_is_unchanged(runner: CliRunner) -> None:
    assert runner.invoke(main, ["internships", "import", "--demo"]).exit_code == 0
    profile = {"age": 17, "place": "Quedlinburg", "needs": ["money_problems"]}
    result = runner.invoke(main, ["match", "-"], input=json.dumps(profile))
    assert json.loads(result.output)["internships"] == []


def test_allocate_prints_a_report_and_saves_the_round(runner: CliRunner, db_engine: Engine) -> None:
    assert runner.invoke(main, ["internships", "import", "--demo"]).exit_code == 0
    result = runner.invoke(main, ["internships", "allocate", "--round", "harz-2027",
                                  "--region", "15085"])
    assert result.exit_code == 0, result.output
    assert "Runde harz-2027" in result.output and "Vermittelt:" in result.output
    as_json = runner.invoke(main, ["internships", "allocate", "--round", "harz-2027",
                                   "--region", "15085", "--json"])
    report = json.loads(as_json.output)["report"]
    assert 0.0 < report["placed_share"] <= 1.0
    with make_sessionmaker(db_engine).begin() as session:
        repo = InternshipRepository(session)
        saved = repo.report("harz-2027")
        assert saved is not None
        explained = saved.pop("explained")  # each member's wish rank and reason, for export
        assert saved == report
        assert len(repo.assignments("harz-2027")) == report["placed"]
        assert set(explained) == {a.id for a in repo.applicants(round_id="harz-2027")}


def test_every_field_prefix_is_a_kldb_group_of_the_ba_list() -> None:
    lines = (PROJECT_ROOT / "data" / "berufe" / "berufe.csv").read_text(encoding="utf-8")
    codes = {line.rsplit(",", 1)[1].strip() for line in lines.splitlines()[2:] if "," in line}
    for field, prefixes in FIELD_KLDB.items():
        for prefix in prefixes:
            assert any(c.startswith(prefix) for c in codes), (field, prefix)


def test_import_file_is_left_to_the_file_importer(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "places.csv"
    path.write_text("id\n", encoding="utf-8")
    result = runner.invoke(main, ["internships", "import", str(path), "--dry-run"])
    assert "Traceback" not in result.output


def test_import_a_file_everything_or_nothing(runner: CliRunner, db_engine: Engine,
                                             tmp_path: Path) -> None:
    from bot.internships import write_xlsx
    from matching.internships.demo import demo_data

    data = demo_data()
    good = write_xlsx(tmp_path / "harz.xlsx", companies=data.companies[:5],
                      places=[p for p in data.places if p.company_id in
                              {c.id for c in data.companies[:5]}],
                      applicants=data.applicants[:10])
    dry = runner.invoke(main, ["internships", "import", str(good), "--dry-run"])
    assert dry.exit_code == 0 and "dry run" in dry.output, dry.output
    with make_sessionmaker(db_engine).begin() as session:
        assert InternshipRepository(session).companies() == []
    result = runner.invoke(main, ["internships", "import", str(good)])
    assert result.exit_code == 0 and "imported: 5 companies" in result.output, result.output
    with make_sessionmaker(db_engine).begin() as session:
        repo = InternshipRepository(session)
        assert [c.id for c in repo.companies()] == sorted(c.id for c in data.companies[:5])
        assert len(repo.applicants()) == 10

    broken = tmp_path / "broken.csv"
    broken.write_text("Code;Geburtsdatum;Bundesland;Vollzeitschulpflichtig;Art;PLZ\n"
                      "BW-9001;;ST;ja;Schulpraktikum;06484\n"
                      "BW-9002;31.02.2010;ST;ja;Schulpraktikum;99999\n", "utf-8")
    bad = runner.invoke(main, ["internships", "import", str(broken)])
    assert bad.exit_code == 1 and "nothing imported" in bad.output
    assert "Zeile 2" in bad.output and "Zeile 3" in bad.output and "Traceback" not in bad.output
    with make_sessionmaker(db_engine).begin() as session:
        assert len(InternshipRepository(session).applicants()) == 10  # nothing half-imported

    unreadable = tmp_path / "liste.txt"
    unreadable.write_text("hallo", "utf-8")
    none = runner.invoke(main, ["internships", "import", str(unreadable)])
    assert none.exit_code == 1 and "Traceback" not in none.output


def test_export_everything_and_read_it_back(runner: CliRunner, tmp_path: Path) -> None:
    assert runner.invoke(main, ["internships", "import", "--demo"]).exit_code == 0
    everything = tmp_path / "alles.xlsx"
    result = runner.invoke(main, ["internships", "export", str(everything)])
    assert result.exit_code == 0, result.output
    assert "126 companies, 262 places, 300 applicants" in result.output
    back = runner.invoke(main, ["internships", "import", str(everything), "--dry-run"])
    assert back.exit_code == 0 and "0 Fehler" in back.output, back.output


def test_export_a_round_by_region_with_reasons(runner: CliRunner, db_engine: Engine,
                                               tmp_path: Path) -> None:
    from bot.internships import read_table

    assert runner.invoke(main, ["internships", "import", "--demo"]).exit_code == 0
    allocated = runner.invoke(main, ["internships", "allocate", "--round", "harz-2027",
                                     "--region", "15085", "--json"])
    assignments = json.loads(allocated.output)["assignments"]
    csv_file = tmp_path / "zuteilung.csv"
    result = runner.invoke(main, ["internships", "export", str(csv_file), "--what",
                                  "assignments", "--round", "harz-2027"])
    assert result.exit_code == 0, result.output
    rows = read_table(csv_file).rows
    assert len(rows) == 60  # every member of the round, placed or not
    for row in rows:
        code, place = row.cells["applicant_id"], row.cells.get("place_id")
        assert (place or None) == assignments.get(code)
        assert row.cells["reason"]
        assert (row.cells.get("wish_rank") not in (None, "")) == bool(place)
    book = tmp_path / "harz.xlsx"
    assert runner.invoke(main, ["internships", "export", str(book), "--round", "harz-2027",
                                "--region", "15085"]).exit_code == 0
    with make_sessionmaker(db_engine).begin() as session:
        assert [e.action for e in InternshipRepository(session).audit()][-2:] == ["export",
                                                                                  "export"]


@pytest.mark.parametrize(("args", "message"), [
    (["x.csv"], "genau eine Tabelle"),
    (["x.csv", "--what", "assignments"], "nur für eine Runde"),
    (["x.xlsx", "--round", "nie"], "gibt es nicht"),
    (["x.txt"], ".xlsx oder .csv"),
    (["missing-folder/x.xlsx"], "cannot write"),
])
def test_export_refuses_kindly(runner: CliRunner, tmp_path: Path, args: list[str],
                               message: str) -> None:
    args = [str(tmp_path / args[0]), *args[1:]]
    result = runner.invoke(main, ["internships", "export", *args])
    assert result.exit_code == 1 and message in result.output, result.output
    assert "Traceback" not in result.output


def test_allocate_with_company_rankings_is_stable(runner: CliRunner, tmp_path: Path) -> None:
    assert runner.invoke(main, ["internships", "import", "--demo"]).exit_code == 0
    first = json.loads(runner.invoke(main, ["internships", "allocate", "--round", "harz-2027",
                                            "--region", "15085", "--json"]).output)
    contested = sorted(set(first["assignments"].values()))[:3]
    codes = sorted(first["reasons"], reverse=True)  # the companies prefer the last codes
    ranks = tmp_path / "rang.csv"
    ranks.write_text("Platz-ID;Code;Rang\n" + "".join(
        f"{p};{c};{i + 1}\n" for p in contested for i, c in enumerate(codes)), encoding="utf-8")
    result = runner.invoke(main, ["internships", "allocate", "--round", "harz-2027", "--region",
                                  "15085", "--ranks", str(ranks), "--json"])
    assert result.exit_code == 0, result.output
    ranked = json.loads(result.output)
    assert ranked["report"]["blocking_pairs"] == 0
    assert first["report"]["blocking_pairs"] is None  # without rankings there are none to count
    text = runner.invoke(main, ["internships", "allocate", "--round", "harz-2027", "--region",
                                "15085", "--ranks", str(ranks)])
    assert "Blockierende Paare: 0" in text.output
    ranks.write_text("Platz-ID;Code\nP-9999;BW-0004\n", encoding="utf-8")
    refused = runner.invoke(main, ["internships", "allocate", "--round", "harz-2027",
                                   "--ranks", str(ranks)])
    assert refused.exit_code == 1 and "P-9999" in refused.output
    assert "Traceback" not in refused.output


def test_delete_removes_one_applicant_and_says_when_there_is_none(runner: CliRunner,
                                                                  db_engine: Engine) -> None:
    runner.invoke(main, ["internships", "import", "--demo"])
    with make_sessionmaker(db_engine).begin() as session:
        code = InternshipRepository(session).applicants()[0].id
    result = runner.invoke(main, ["internships", "delete", code])
    assert result.exit_code == 0 and f"applicant {code} deleted" in result.output
    with make_sessionmaker(db_engine).begin() as session:
        assert code not in {a.id for a in InternshipRepository(session).applicants()}
    again = runner.invoke(main, ["internships", "delete", code])
    assert again.exit_code == 1 and f"no applicant {code}" in again.output
