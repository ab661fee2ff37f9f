"""Blind conversation sets L25 and L26, their findings over HTTP: "why do you need my age?" in
Latin letters is a question, not a wish to delete; an age after "ok" or with "мне" behind it is
an age; thanks in Ukrainian Latin letters are thanks; "can we go back to my question about
stress?" leaves crisis care; a wish to be contacted, or for a real person, where nobody takes
handoffs says how to get in touch; not sleeping is no housing trouble; "yes delete everything"
deletes; "no, nothing else" is understood; possible danger in the middle gets a check-in;
everyday turns get none."""

from __future__ import annotations

from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.e2e.conversations import converse, expects, offers, say
from tests.e2e.dialogue_eval import is_fallback, visible_text


def _custom(messages: list[dict[str, Any]], key: str) -> bool:
    return any(m.get("custom", {}).get(key) for m in messages)


def test_why_the_age_in_latin_letters_is_a_question_not_a_deletion(client: TestClient) -> None:
    converse(client, "na1", ["privet, ishchu Ausbildung"])
    back = say(client, "na1", "a zachem tebe moi vozrast?")
    assert expects(back) == "age"  # before: "Точно удалить всё …?" (expects confirm)


@pytest.mark.parametrize("answer", ["nu ladno, 17 mne", "ладно, пятнадцать мне"])
def test_an_age_after_ok_is_taken(client: TestClient, answer: str) -> None:
    converse(client, "na2" + answer[:3], ["хай. вообще без понятия кем быть"])
    assert expects(say(client, "na2" + answer[:3], answer)) == "place"  # before: skipped, or asked again


def test_thanks_and_bye_in_ukrainian_latin_letters(client: TestClient) -> None:
    converse(client, "na3", ["pryvit, v mene borhy 1500 evro za handy vertrag", "20 rokiv", "Bochum-Wattenscheid"])
    assert not is_fallback(say(client, "na3", "diakuiu, buvai"))


def test_back_to_my_question_about_stress_leaves_crisis_care(client: TestClient) -> None:
    converse(client, "na4", ["Здравствуйте. У меня постоянный стресс, уже неделю нормально не сплю",
                             "мне 19, я во Франкфурте"])
    assert _custom(say(client, "na4", "вчера опять порезалась, чтобы хоть что-то почувствовать"), "crisis")
    say(client, "na4", "да нормально я, не надо никуда звонить")
    back = say(client, "na4", "ок, спасибо. можно вернуться к моему вопросу про стресс?")
    assert {o["category"] for o in offers(back)} == {"psychosocial_counselling"}


def test_not_sleeping_is_no_housing_trouble(client: TestClient) -> None:
    answers = converse(client, "na5", ["Здравствуйте. У меня постоянный стресс, уже неделю нормально не сплю",
                                       "мне 19, я во Франкфурте"])
    assert "housing_support" not in {o["category"] for o in offers(answers[-1])}


def test_a_wish_to_be_contacted_where_nobody_takes_handoffs(client: TestClient) -> None:
    converse(client, "na6", ["Guten Abend, ich schreibe für meinen Sohn. Er ist 17 und sucht eine Ausbildung.",
                             "Wir wohnen in Quedlinburg, Ortsteil Gernrode.",
                             "Er ist im letzten Jahr an der Sekundarschule, den Realschulabschluss macht er im Sommer.",
                             "Das weiß er noch nicht so genau. Er bastelt gern am Computer."])
    answer = visible_text(say(client, "na6", "Kann sich da jemand bei uns melden?"))
    assert "Weitergeben kann ich dich" in answer and "03941" in answer  # before: "frag direkt dort"


def test_drugs_and_wanting_off_them_is_a_topic_not_a_check_in(client: TestClient) -> None:
    answers = converse(client, "na7", ["норм тут можно по-русски писать?",
                                       "короче я уже год на спиде и травке, хочу слезть но не получается"])
    assert not _custom(answers[-1], "crisis_check") and not _custom(answers[-1], "crisis")
    assert "addiction_counselling" in {o["category"] for o in offers(say(client, "na7", "23, Бохум"))}


@pytest.mark.parametrize("lines", [
    ["السلام عليكم، أكتب عن أخوي الصغير عمره ١٥ سنة"],
    ["хай. вообще без понятия кем быть", "ладно, пятнадцать мне", "Nürnberg, Langwasser",
     "в школе, 9 класс, Mittelschule", "не знаю честно"],
    ["Guten Abend, ich schreibe für meinen Sohn. Er ist 17 und sucht eine Ausbildung.",
     "Wir wohnen in Quedlinburg, Ortsteil Gernrode.", "Ach nein, doch nichts schicken. Wir rufen lieber selbst an."],
])
def test_everyday_turns_get_no_check_in(client: TestClient, lines: list[str]) -> None:
    last = converse(client, "na8-" + str(len(lines)) + lines[-1][:5], lines)[-1]
    assert not _custom(last, "crisis_check") and not _custom(last, "crisis")


# blind conversation set L26's findings


def test_yes_delete_everything_deletes(client: TestClient) -> None:
    converse(client, "nb1", ["Hi, I'm writing for my younger brother, he's 20 and has debts from phone contracts",
                             "we live in Hamburg, Wilhelmsburg", "/loeschen"])
    answer = say(client, "nb1", "yes delete everything")
    assert any(m.get("custom", {}).get("deleted") for m in answer)  # before: "Okay, I won't delete anything"
    assert "Hamburg" not in visible_text(say(client, "nb1", "/auskunft"))


@pytest.mark.parametrize("answer", ["no, keep it", "нет, не удаляй"])
def test_a_no_to_deleting_keeps_everything(client: TestClient, answer: str) -> None:
    converse(client, "nb2" + answer[:2], ["hi, I'm 19 and live in Quedlinburg, looking for an apprenticeship", "/loeschen"])
    assert not any(m.get("custom", {}).get("deleted") for m in say(client, "nb2" + answer[:2], answer))


def test_asking_for_a_real_person_where_nobody_takes_handoffs(client: TestClient) -> None:
    converse(client, "nb3", ["hi, I'm 19 and live in Quedlinburg, looking for an apprenticeship",
                             "finished school, got my Realschulabschluss last summer, now just jobbing at a bakery",
                             "electrician maybe"])
    answer = visible_text(say(client, "nb3", "can a real person help me with this? texting is kinda hard for me"))
    assert "pass you on" in answer and "03941" in answer  # before: "I can't tell you that for sure"


RUSSIAN_COOK = ["Здравствуйте! Мне 22, живу в Halberstadt, хочу Ausbildung на повара",
                "в России закончил 11 классов, аттестат есть, тут пока работаю на складе"]
ENGLISH_ELECTRICIAN = ["hi, I'm 19 and live in Quedlinburg, looking for an apprenticeship",
                       "finished school, got my Realschulabschluss last summer, now just jobbing at a bakery",
                       "electrician maybe", "can a real person help me with this? texting is kinda hard for me",
                       "yes thats fine", "sam.okafor@example.org"]


@pytest.mark.parametrize(("lines", "last"), [(ENGLISH_ELECTRICIAN, "no, nothing else. thx!"),
                                             (RUSSIAN_COOK, "нет, больше ничего"), (RUSSIAN_COOK, "pfiat di")])
def test_nothing_else_and_bye_are_understood_without_a_check_in(client: TestClient, lines: list[str],
                                                                 last: str) -> None:
    converse(client, "nb4" + last[:3], lines)
    answer = say(client, "nb4" + last[:3], last)
    assert not is_fallback(answer) and not _custom(answer, "crisis_check") and not _custom(answer, "crisis")


@pytest.mark.parametrize("lines", [
    ["Привет, мне 21, живу в Бохуме, ищу Ausbildung", "иногда думаю, что было бы проще просто исчезнуть насовсем"],
    ["سلام، ۱۹ سالمه و در Bochum زندگی میکنم", "اگه کسی از یک پل بلند بپره، زنده می‌مانه؟"],
])
def test_possible_danger_in_the_middle_gets_a_check_in(client: TestClient, lines: list[str]) -> None:
    last = converse(client, "nb5" + lines[-1][:4], lines)[-1]
    assert _custom(last, "crisis_check") or _custom(last, "crisis")
