"""The `lotse` command line: catalogue check, match, nlu parse."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.catalogue import REGIONS
from bot.cli import main
from bot.settings import get_settings


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_catalogue_check_passes_on_the_real_catalogue(runner: CliRunner) -> None:
    result = runner.invoke(main, ["catalogue", "check"])
    assert result.exit_code == 0, result.output
    assert "0 errors" in result.output


def test_catalogue_check_reports_file_and_line(runner: CliRunner, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "angebote"
    folder.mkdir()
    (folder / "15085-test.yaml").write_text(
        'region: "15085"\nregion_name: Test\noffers:\n'
        '  - id: harz-ok\n    name: Gute Stelle\n    provider: Träger\n'
        '    category: debt_counselling\n    needs: [money_problems]\n'
        '    contact: {web: "https://example.org"}\n'
        '    description: Hier hilft man dir mit Geld.\n'
        '    source: {url: "https://example.org", checked: 2026-11-23}\n'
        '  - id: harz-bad\n    name: Kaputt\n    provider: Träger\n'
        '    category: wahrsagerei\n    needs: [fliegen]\n'
        '    contact: {phone: "123"}\n    description: kurz\n'
        '    source: {url: "nope", checked: 2026-11-23}\n',
        encoding="utf-8")
    monkeypatch.setenv("LOTSE_DATA_DIR", str(tmp_path))
    get_settings.cache_clear()
    try:
        result = runner.invoke(main, ["catalogue", "check"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 1
    assert f"{folder / '15085-test.yaml'}:12:" in result.output
    assert "harz-bad" in result.output and "category" in result.output


def _catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data dir with one Harz file: a stale offer with a phone, one with only a homepage."""
    folder = tmp_path / "angebote"
    folder.mkdir()
    (folder / "15085-test.yaml").write_text(
        'region: "15085"\nregion_name: Test\noffers:\n'
        '  - id: harz-alt\n    name: Alte Stelle\n    provider: Träger\n'
        '    category: debt_counselling\n    needs: [money_problems]\n'
        '    contact: {phone: "03941 5970", address: "Markt 1", opening_hours: "Mo 9–12 Uhr"}\n'
        '    description: Hier hilft man dir mit Geld.\n'
        '    source: {url: "https://example.org/alt", checked: 2025-06-30}\n'
        '  - id: harz-nur-web\n    name: Nur Homepage\n    provider: Träger\n'
        '    category: debt_counselling\n    needs: [money_problems]\n'
        '    contact: {web: "https://www.kreis.de"}\n'
        '    description: Hier hilft man dir mit Geld.\n'
        '    source: {url: "https://example.org", checked: 2026-11-23}\n',
        encoding="utf-8")
    monkeypatch.setenv("LOTSE_DATA_DIR", str(tmp_path))
    get_settings.cache_clear()
    return folder / "15085-test.yaml"


def test_catalogue_check_warns_about_old_sources_and_no_direct_way_in(
        runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _catalogue(tmp_path, monkeypatch)
    try:
        result = runner.invoke(main, ["catalogue", "check", "--as-of", "2026-12-03"])
        early = runner.invoke(main, ["catalogue", "check", "--as-of", "2026-06-30"])
        strict = runner.invoke(main, ["catalogue", "check", "--as-of", "2026-12-03", "--strict"])
        bad_day = runner.invoke(main, ["catalogue", "check", "--as-of", "3.12.2026"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    assert (f"{path}:4: warning: offer harz-alt: source checked 2025-06-30, more than 12 months "
            "ago (before 2025-12-03); check https://example.org/alt") in result.output
    assert f"{path}:12: warning: offer harz-nur-web: no direct way in" in result.output
    assert "2 offers in 1 regions (15085); 0 errors, 2 warnings" in result.output
    assert "harz-alt" not in early.output and "0 errors, 1 warnings" in early.output
    assert strict.exit_code == 1
    assert bad_day.exit_code == 2 and "3.12.2026" in bad_day.output


def test_catalogue_report_prints_coverage_per_region(runner: CliRunner, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    _catalogue(tmp_path, monkeypatch)
    try:
        result = runner.invoke(main, ["catalogue", "report", "--as-of", "2026-12-03"])
        markdown = runner.invoke(main, ["catalogue", "report", "--as-of", "2026-12-03",
                                        "--markdown"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["region", "offers", "with", "phone", "with", "hours", "direct",
                                "way", "in", "checked", "≤", "12", "months"]
    assert lines[1].split() == ["15085", "Landkreis", "Harz", "2", "1", "(50", "%)", "1", "(50",
                                "%)", "1", "(50", "%)", "1", "(50", "%)"]
    assert "| 15085 Landkreis Harz | 2 | 1 (50 %) | 1 (50 %) | 1 (50 %) | 1 (50 %) |" \
        in markdown.output


def test_catalogue_report_on_the_real_catalogue_lists_every_region(runner: CliRunner) -> None:
    result = runner.invoke(main, ["catalogue", "report"])
    assert result.exit_code == 0, result.output
    for key, name in REGIONS.items():
        assert f"{key} {name}" in result.output


def test_match_prints_the_contract_json(runner: CliRunner) -> None:
    profile = {"age": 17, "place": "Quedlinburg", "needs": ["money_problems"]}
    result = runner.invoke(main, ["match", "-"], input=json.dumps(profile))
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["place"]["region"] == "15085" and data["place"]["postal_code"] == "06484"
    assert data["offers"][0]["category"] == "debt_counselling"
    assert {"id", "name", "category", "region", "score", "reasons", "contact"} <= set(data["offers"][0])
    assert data["internships"] == []


def test_match_takes_a_list_and_unknown_places(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "profiles.json"
    path.write_text(json.dumps([{"needs": ["crisis"]}, {"place": "Xyzzy", "needs": ["money_problems"]}]))
    result = runner.invoke(main, ["match", str(path)])
    assert result.exit_code == 0, result.output
    first, second = json.loads(result.output)
    assert {o["category"] for o in first["offers"]} == {"crisis_line"}
    assert second["place"] is None and all(o["region"] == "DE" for o in second["offers"])


def test_match_rejects_bad_json(runner: CliRunner) -> None:
    result = runner.invoke(main, ["match", "-"], input="{nope")
    assert result.exit_code != 0 and "invalid profile" in result.output


def test_nlu_parse_prints_a_parse_result(runner: CliRunner) -> None:
    result = runner.invoke(main, ["nlu", "parse", "suche ein praktikum in quedlinburg"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["intent"]["name"] == "seek_internship"
    assert {"entity": "place", "value": "quedlinburg"}.items() <= {
        k: v for e in data["entities"] for k, v in e.items() if e["entity"] == "place"}.items()


def test_nlu_rasa_backend_needs_a_url(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LOTSE_RASA_URL", raising=False)
    get_settings.cache_clear()
    result = runner.invoke(main, ["nlu", "parse", "hi", "--backend", "rasa"])
    assert result.exit_code != 0 and "LOTSE_RASA_URL" in result.output


@pytest.mark.parametrize(("text", "intent", "entity"), [
    ("шукаю практику у Дармштадті", "seek_internship", ("place", "Дармштадті")),
    ("staj arıyorum, 15 yaşındayım", "seek_internship", ("age", "15")),
])
def test_nlu_parse_reads_other_languages(runner: CliRunner, text: str, intent: str,
                                         entity: tuple[str, str]) -> None:
    result = runner.invoke(main, ["nlu", "parse", text, "--backend", "embedded"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["intent"]["name"] == intent
    assert entity in {(e["entity"], e["value"]) for e in data["entities"]}


def test_nlu_test_evaluates_a_file_in_another_language(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "test_nlu_tr.yml"
    path.write_text('version: "3.1"\nnlu:\n- intent: greet\n  examples: |\n    - selam millet\n'
                    '- intent: inform\n  examples: |\n    - [Bochum](place)da oturuyorum\n',
                    encoding="utf-8")
    result = runner.invoke(main, ["nlu", "test", str(path), "--backend", "embedded"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["examples"] == 2 and {"macro_f1", "entities", "intents"} <= set(report)
