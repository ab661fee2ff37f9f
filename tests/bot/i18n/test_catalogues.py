"""The message catalogues: extracted from the code, complete where they say so, and what the
running service reads."""

from __future__ import annotations

import re
from typing import Any

import pytest

from bot.core import texts
from bot.core.messages import Button
from bot.i18n import COMPLETE_LANGUAGES, LANGUAGES, catalogues, use_language
from bot.i18n.catalogues import TEMPLATE, po_path, read_catalogue, translate, translated
from bot.i18n.check import completeness, placeholders, report
from bot.i18n.messages import extract, render, same_but_dates


@pytest.fixture(scope="module")
def template_ids() -> list[str]:
    return [m.id for m in extract() if m.id]


def test_the_template_is_what_the_code_says(template_ids: list[str]) -> None:
    written = TEMPLATE.read_text(encoding="utf-8")
    assert same_but_dates(written, render(extract())), (
        "bot/locale/lotse.pot is out of date with the code: run `make messages`")


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_catalogue_has_exactly_the_template_messages(code: str, template_ids: list[str]) -> None:
    assert po_path(code).exists(), f"no catalogue for {code}: run `make messages`"
    ids = [m.id for m in read_catalogue(code) if m.id]
    assert ids == template_ids, f"the {code} catalogue is out of date: run `make messages`"


@pytest.mark.parametrize("code", COMPLETE_LANGUAGES)
def test_a_complete_language_has_every_message_translated_with_its_placeholders(code: str) -> None:
    found = completeness(code)
    assert found.complete, (
        f"{code} is in COMPLETE_LANGUAGES (bot/i18n/languages.py) but lacks "
        f"{len(found.missing)} messages, has {len(found.fuzzy)} fuzzy ones and "
        f"{len(found.wrong_placeholders)} with other placeholders:\n"
        + "\n".join(f"  {m!r}" for m in (*found.missing, *found.fuzzy, *found.wrong_placeholders)))


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_translation_in_any_language_has_other_placeholders(code: str) -> None:
    assert completeness(code).wrong_placeholders == ()


def test_the_report_tells_a_translator_what_is_left() -> None:
    lines = dict(line.split(maxsplit=1) for line in report().splitlines())
    assert set(lines) == set(LANGUAGES)
    for code in COMPLETE_LANGUAGES:
        assert " 0 missing, 0 fuzzy, 0 with wrong placeholders (complete)" in lines[code]
    for code in set(LANGUAGES) - set(COMPLETE_LANGUAGES):
        assert "(in translation)" in lines[code]


def test_placeholders_are_named_and_compared_as_sets() -> None:
    assert placeholders("Du bist {age}, {age}.") == {"age"}
    assert placeholders("{name}: {contact} {{nicht}}") == {"name", "contact"}


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, Button):
        return [value.title]
    if isinstance(value, tuple | list):
        return [s for v in value for s in _strings(v)]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    return []


def test_every_text_of_the_texts_module_is_a_message(template_ids: list[str]) -> None:
    known = set(template_ids)
    names = [n for n in vars(texts) if n[:1].isupper() and not callable(texts.source(n))]
    unmarked = [(n, s) for n in names for s in _strings(texts.source(n)) if s not in known]
    assert unmarked == [], "mark these with N_(…) and run `make messages`"


def test_reading_a_constant_gives_it_in_the_current_language() -> None:
    assert texts.ASK_AGE == "Wie alt bist du?"
    with use_language("en"):
        assert texts.ASK_AGE == "How old are you?"
        assert texts.CARE["leave"].startswith("Sure.")
        assert [b.payload for b in texts.YES_NO] == ["/affirm", "/deny"]  # payloads stay
        assert [b.title for b in texts.YES_NO] == ["Yes", "No"]
        assert texts.QUESTION_OTHER["ask_age"][0].format(who=texts.WHO[("son", None)]) == \
            "How old is your son?"
    assert texts.ASK_AGE == "Wie alt bist du?"  # outside the block: German again
    assert texts.source("ASK_AGE") == "Wie alt bist du?"


def test_a_message_not_translated_yet_stands_in_with_english_or_german(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A translator's catalogue in progress: what it lacks comes from the stand-in language
    (English; German for Einfache Sprache), what it has is its own."""
    line, ask_age = texts.source("STAND_IN_OWN_LINE"), texts.source("ASK_AGE")
    for code in LANGUAGES:
        assert translated(line, code) and "112" in str(translated(line, code)), code
    real = catalogues.translations
    monkeypatch.setitem(catalogues._loaded, "uk", {k: v for k, v in real("uk").items() if k != ask_age})
    monkeypatch.setitem(catalogues._loaded, "de-x-simple",
                        {k: v for k, v in real("de-x-simple").items() if k != ask_age})
    assert translate(ask_age, "uk") == "How old are you?"
    assert translate(ask_age, "de-x-simple") == "Wie alt bist du?"  # its stand-in
    assert translate(line, "uk") == translated(line, "uk")


def test_german_is_its_own_translation() -> None:
    german = {m.id: m.string for m in read_catalogue("de") if m.id}
    assert all(german[msgid] == msgid for msgid in german)


def test_the_english_catalogue_keeps_institution_names_and_numbers() -> None:
    english = {m.id: m.string for m in read_catalogue("en") if isinstance(m.id, str) and m.id}
    for msgid, text in english.items():
        for number in re.findall(r"\b\d{3}(?: \d+)*\b", msgid):
            assert number in str(text), (msgid, text)
        for name in ("TelefonSeelsorge", "Nummer gegen Kummer", "krisenchat", "/loeschen",
                     "/auskunft"):
            if name in msgid:
                assert name in str(text), (msgid, text)


@pytest.mark.parametrize(("code", "counts"), [
    ("de", {1: "1 neue Nachricht", 2: "2 neue Nachrichten", 21: "21 neue Nachrichten"}),
    ("en", {1: "1 new message", 3: "3 new messages"}),
    ("ru", {1: "1 новое сообщение", 3: "3 новых сообщения", 5: "5 новых сообщений",
            21: "21 новое сообщение", 11: "11 новых сообщений"}),
    ("uk", {1: "1 нове повідомлення", 2: "2 нові повідомлення", 12: "12 нових повідомлень"}),
    ("ar", {1: "رسالة جديدة واحدة", 2: "رسالتان جديدتان", 3: "3 رسائل جديدة",
            11: "11 رسالة جديدة", 100: "100 رسالة جديدة"}),
])
def test_a_plural_message_takes_the_languages_form_for_the_number(
        code: str, counts: dict[int, str]) -> None:
    with use_language(code):
        assert {n: texts.unread(n) for n in counts} == counts


def test_a_plural_message_counts_as_missing_until_every_form_is_translated(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from babel.messages.catalog import Catalog

    catalog = Catalog(locale="ru")
    catalog.add(("{count} neue Nachricht", "{count} neue Nachrichten"),
                ("{count} новое сообщение", "", ""))
    catalog.add(("{n} Tag", "{n} Tage"), ("{n} день", "{n} дня", "{x} дней"))
    monkeypatch.setattr("bot.i18n.check.read_catalogue", lambda code: catalog)
    found = completeness("ru")
    assert found.missing == ("{count} neue Nachricht",)
    assert found.wrong_placeholders == ("{n} Tag",)
