"""Blind conversation set L24's findings over HTTP: a question asked back costs no try, the way
back after crisis care asks the open question again, what someone does all day is no family
trouble, a question about the parents finding out is answered in crisis care, an unsure guess
of "are you a bot?" is no question, and everyday turns get no check-in."""

from __future__ import annotations

from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.e2e.conversations import converse, expects, offers, say
from tests.e2e.dialogue_eval import is_fallback, visible_text


def _custom(messages: list[dict[str, Any]], key: str) -> bool:
    return any(m.get("custom", {}).get(key) for m in messages)


def test_a_question_back_costs_no_try(client: TestClient) -> None:
    converse(client, "qb1", ["yo school is literally killing me rn 💀",
                             "there's these guys in my class who keep posting stuff about me on insta"])
    back = say(client, "qb1", "wait are you a bot? can my school see this?")
    assert expects(back) == "age"  # asked again, not given up
    assert expects(say(client, "qb1", "15")) == "place"


def test_the_way_back_after_crisis_care_asks_the_open_question_again(client: TestClient) -> None:
    answers = converse(client, "qb2", ["привіт. шукаю аусбільдунг", "17", "в Бохумі"])
    assert expects(answers[-1]) == "school_status"
    assert _custom(say(client, "qb2", "чесно кажучи мені вже нічого не хочеться. хочу покінчити з собою"), "crisis")
    converse(client, "qb2", ["а там хтось говорить українською?",
                             "а можна написати, а не дзвонити? я не можу говорити вголос, батьки вдома",
                             "ти комусь це передаси? батькам чи школі?"])
    back = say(client, "qb2", "/resume")
    assert expects(back) == "school_status" and not _custom(back, "crisis")


def test_what_someone_does_all_day_is_no_family_trouble(client: TestClient) -> None:
    answers = converse(client, "qb3", ["hi", "I'm looking for an apprenticeship", "17", "Rodgau",
                                       "I finished school last year, now I'm just at home"])
    categories = {o["category"] for a in answers for o in offers(a)}
    assert "family_counselling" not in categories and expects(answers[-1]) == "occupation"


def test_parents_finding_out_is_answered_in_crisis_care(client: TestClient) -> None:
    converse(client, "qb4", ["отчим меня бьёт, я боюсь идти домой", "мне 16, живу в Бохуме"])
    first = say(client, "qb4", "а что мне им говорить, если позвоню?")
    answer = say(client, "qb4", "а если мама узнает, что я звонила?")
    assert not is_fallback(answer) and visible_text(answer) != visible_text(first)
    assert "никому" in visible_text(answer).lower()


def test_after_a_check_in_fear_of_the_parents_about_debts_stays_calm(client: TestClient) -> None:
    converse(client, "qb5", ["у меня долги за телефон, 800 евро, боюсь сказать родителям"])
    assert not _custom(say(client, "qb5", "если мама узнает, мне конец 😅"), "crisis")


def test_an_unsure_guess_of_are_you_a_bot_without_a_question_is_no_question(client: TestClient) -> None:
    converse(client, "qb6", ["سلام، جاب سنتر برایم یک نامه فرستاده", "۲۱", "Quedlinburg"])
    answer = say(client, "qb6", "این خط ها آدم را دیوانه میکنه")
    assert "چت‌بات" not in visible_text(answer)


@pytest.mark.parametrize("lines", [
    ["Привет, у меня долги из-за Handyvertrag", "25", "Darmstadt", "ой, вообще-то мне 24, не 25"],
    ["hi", "ana fashel bel madrase w el ustaz ma bi7ebni"],
    ["سلام، جاب سنتر برایم یک خط روان کده و من نمیفامم چی نوشته"],
    ["Hi, I'm 22, I live in Darmstadt. I have to leave my Wohngruppe in January and I have no flat and no "
     "money for a deposit"],
])
def test_everyday_turns_get_no_check_in(client: TestClient, lines: list[str]) -> None:
    last = converse(client, "qb7-" + str(len(lines)) + lines[-1][:5], lines)[-1]
    assert not _custom(last, "crisis_check") and not _custom(last, "crisis")
