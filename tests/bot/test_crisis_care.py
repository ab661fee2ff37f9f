"""Crisis care as pure steps: help by kind, age, place and hour; answers to follow-ups."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core import crisis_care
from bot.core.state import DialogueState
from bot.core.turn import Context
from bot.core.understanding import Understanding
from bot.reference import Reference
from bot.safety import Danger

TUESDAY = datetime(2026, 11, 24, 15, 0, tzinfo=ZoneInfo("Europe/Berlin"))
SUNDAY_NIGHT = datetime(2026, 11, 29, 3, 0, tzinfo=ZoneInfo("Europe/Berlin"))


@pytest.fixture
def ctx(reference: Reference) -> Context:
    return Context(offers=reference.offers, places=reference.places, now=TUESDAY)


def ids(offers: list) -> list[str]:  # type: ignore[type-arg]
    return [o.id for o in offers]


@pytest.mark.parametrize("age", [None, 9, 13, 17, 21, 28, 45])
def test_every_age_gets_a_line_for_every_age(ctx: Context, age: int | None) -> None:
    help_ = crisis_care.choose_help("suicidal", age=age, region=None, ctx=ctx)
    assert "de-telefonseelsorge" in ids(help_)
    assert all(age is None or o.age_min <= age <= o.age_max for o in help_)


def test_suicidal_thoughts_start_with_lines_for_them_not_with_a_line_against_violence(
        ctx: Context) -> None:
    first = crisis_care.choose_help("suicidal", age=16, region=None, ctx=ctx)[0]
    assert "suicidal" in first.danger_kinds and "Frauen" not in first.name


def test_a_minor_beaten_at_home_gets_a_youth_line_first_and_help_nearby(ctx: Context) -> None:
    help_ = crisis_care.choose_help("violence_at_home", age=14, region="05911", ctx=ctx)
    assert help_[0].region == "05911"  # the Kindernotruf in Bochum
    assert "de-nummer-gegen-kummer" in ids(help_)


def test_homeless_tonight_gets_a_place_for_the_night_nearby(ctx: Context) -> None:
    help_ = crisis_care.choose_help("homeless_tonight", age=19, region="15085", ctx=ctx)
    assert help_[0].region == "15085" and "homeless_tonight" in help_[0].danger_kinds


def test_lines_in_the_persons_own_language_come_first(ctx: Context) -> None:
    russian = crisis_care.choose_help("suicidal", age=17, region=None, ctx=ctx, languages=["ru"])
    assert {"de-telefon-doweria", "de-krisenchat-ukrainian"} == set(ids(russian)[:2])
    ukrainian = crisis_care.choose_help("suicidal", age=17, region=None, ctx=ctx,
                                        languages=["uk", "de"])
    assert ids(ukrainian)[0] == "de-krisenchat-ukrainian"
    assert "de-telefon-doweria" not in ids(ukrainian)  # Russian only: not for a Ukrainian speaker
    arabic = crisis_care.choose_help("violence_at_home", age=16, region="05911", ctx=ctx,
                                     languages=["ar"])
    assert ids(arabic)[0] == "de-hilfetelefon-gewalt-gegen-frauen"  # with interpreters
    assert "05911" in [o.region for o in arabic]  # and the help nearby still


def test_a_line_in_another_language_is_not_shown_to_someone_who_does_not_speak_it(
        ctx: Context) -> None:
    for kind in ("suicidal", "self_harm", "violence_at_home", "homeless_tonight"):
        help_ = crisis_care.choose_help(kind, age=16, region=None, ctx=ctx, languages=["de"])
        assert not {"de-telefon-doweria", "de-krisenchat-ukrainian"} & set(ids(help_))


def test_at_night_only_what_is_open_and_never_nothing(reference: Reference) -> None:
    night = Context(offers=reference.offers, places=reference.places, now=SUNDAY_NIGHT)
    help_ = crisis_care.choose_help("violence_at_home", age=15, region=None, ctx=night)
    assert help_ and "de-nummer-gegen-kummer" not in ids(help_)  # closed at 3 a.m.


@pytest.mark.parametrize(("text", "move"), [
    ("und was erzähl ich da dann?", "what_to_say"),
    ("sagst du das wem weiter?", "confidential"),
    ("und wenn ich da anruf sagen die das meinen eltern??", "confidential"),
    ("bin ich selber schuld?", "self_blame"),
    ("geht das auch per chat?", "chat"),
    ("ich kann nich telefonieren", "chat"),
    ("kostet das was", "cost"),
    ("soll ich nicht doch einfach zahlen?", "pay"),
    ("ich trau mich nicht zur polizei", "police_fear"),
    ("ich will aber keine anzeige machen", "police_fear"),
    ("die gehen doch nachts eh nich ran", "night"),
    ("ich bin erst 13 darf ich da überhaupt anrufen", "age_ok"),
    ("gibts sowas wie frauenhaus in der nähe", "shelter"),
    ("gibts therapie in wernigerode", "counselling"),
    ("mir hört eh keiner zu", "feelings"),
    ("ok mach ich", "thanks"),
    ("ich will mit keinem reden", "refuse"),
    # in the other languages (blind set L5): is it free, will my parents find out, can I write
    ("это бесплатно? у меня на телефоне денег нет", "cost"),
    ("اینا مجانیه؟", "cost"),
    ("а родители узнают если я позвоню?", "confidential"),
    ("اهلي رح يعرفوا؟", "confidential"),
    ("можно написать а не звонить?", "chat"),
])
def test_follow_ups_are_recognised(text: str, move: str) -> None:
    assert crisis_care.classify(text) == move


def care_state() -> DialogueState:
    state = DialogueState(name=crisis_care.CARE_STATE, resume="ask_need")
    state.care = {"kind": "suicidal", "language": "de", "shown": ["de-telefonseelsorge"]}
    return state


def said(text: str, **kw: object) -> Understanding:
    return Understanding(text=text, intent=str(kw.pop("intent", "out_of_scope")),
                         confidence=float(kw.pop("confidence", 0.3)), **kw)  # type: ignore[arg-type]


def test_a_line_that_is_not_free_is_named_with_its_cost(ctx: Context) -> None:
    """The opening says "free and anonymous"; the Russian TelefonSeelsorge line is a Berlin
    landline number – it is named with what it costs, in the help and when asked."""
    danger = Danger("clear", "suicidal")
    state = DialogueState(language="ru")
    turn = crisis_care.enter(state, said("я больше не хочу жить", intent="crisis", language="ru",
                                         danger=danger), ctx)
    assert "de-telefon-doweria" in [o.id for r in turn.replies for o in r.offers]
    named = [r.text for r in turn.replies if "Festnetzpreis" in r.text]
    assert len(named) == 1 and "Telefon Doweria" in named[0]
    asked = crisis_care.follow_up(turn.state, said("это бесплатно?", language="ru"), ctx,
                                  facts_changed=False)
    assert asked is not None and any("Festnetzpreis" in r.text for r in asked.replies)
    german = crisis_care.enter(DialogueState(), said("ich will nicht mehr leben", intent="crisis",
                                                     danger=danger), ctx)
    assert not any("Festnetzpreis" in r.text for r in german.replies)  # only free lines shown


def test_an_unknown_follow_up_gets_kind_words_never_the_same_twice(ctx: Context) -> None:
    state = care_state()
    first = crisis_care.follow_up(state, said("hmm"), ctx, facts_changed=False)
    second = crisis_care.follow_up(state, said("hmm"), ctx, facts_changed=False)
    assert first and second and first.replies[-1].text != second.replies[-1].text
    assert not any(r.fallback or r.crisis for r in (*first.replies, *second.replies))


def test_a_new_topic_or_the_way_back_leaves_care_feelings_do_not(ctx: Context) -> None:
    job = said("ich such ne ausbildung", intent="seek_apprenticeship", confidence=0.9,
               needs=("seek_apprenticeship",))
    assert crisis_care.follow_up(care_state(), job, ctx, facts_changed=False) is None
    assert crisis_care.follow_up(care_state(), said("/resume"), ctx, facts_changed=False) is None
    family = said("meine mama weint nur noch", intent="family_problems", confidence=0.8,
                  needs=("family_problems",))
    assert crisis_care.follow_up(care_state(), family, ctx, facts_changed=False) is not None


def test_the_check_in_asks_by_kind_and_a_yes_means_danger() -> None:
    state = DialogueState()
    reply = crisis_care.check_in(state, said("x", danger=Danger("possible", "sextortion")))
    assert reply.crisis_check and not reply.crisis and "erpresst" in reply.text.lower()
    assert "0800 111 0 111" in reply.text and state.check_pending
    assert crisis_care.wants_yes(said("ja leider")) and crisis_care.wants_no(said("nee alles gut"))
