"""Blind conversation set L30's findings over HTTP (each failed before its round): "Ist das weit?"
after the offers was answered "Ja, ich bin ein Chat-Bot" and "Ist das weit weg von mir?" with a
crisis check-in – now the distance from the person's place to each offer (or its address, or
"online"); "Ich brauche ein Praktikum. Für die Schule." added school trouble to the internship;
"Ich mache nichts. Ich bin zu Hause." got a crisis check-in; a certificate from Afghanistan "do
they accept it here?" in Farsi got offers for school trouble, not migration counselling."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from tests.e2e.conversations import alarmed, converse, expects, offers, say
from tests.e2e.dialogue_eval import is_fallback, visible_text

BOCHUM_APPRENTICESHIP = ["Ich suche eine Ausbildung", "17", "Bochum", "Hauptschulabschluss", "Mechatroniker"]


@pytest.mark.parametrize("question", ["Ist das weit?", "Wie weit ist das?", "Ist das weit weg von mir?"])
def test_how_far_gets_the_way_from_where_one_lives(web: TestClient, question: str) -> None:
    sender = "far" + str(len(question))
    assert offers(converse(web, sender, BOCHUM_APPRENTICESHIP)[-1])
    answer = say(web, sender, question)
    text = visible_text(answer)
    assert "Wie weit es ist" in text and "bei dir in Bochum" in text and "Universitätsstraße" in text
    assert "Chat-Bot" not in text  # before: "Ja, ich bin ein Chat-Bot, kein Mensch."
    assert not alarmed(answer)


def test_how_far_from_another_town_in_kilometres(web: TestClient) -> None:
    converse(web, "far-en", ["hi im 17 from Oberursel looking for an apprenticeship", "finished school last summer",
                             "mechanic"])
    text = visible_text(say(web, "far-en", "is it far?"))
    assert "km from Oberursel as the crow flies" in text and "Bad Homburg" in text


def test_an_internship_for_school_is_no_school_trouble(web: TestClient) -> None:
    answers = converse(web, "for-school", ["Ich brauche ein Praktikum. Für die Schule.", "14", "Bochum"])
    assert expects(answers[-1]) == "school_status"  # before: offers "Für „Probleme in der Schule“"
    assert expects(say(web, "for-school", "Ich gehe in die 8. Klasse.")) == "occupation"
    answer = say(web, "for-school", "Was mit Tieren.")
    shown = {o["category"] for o in offers(answer)}
    assert shown and "school_social_work" not in shown
    assert "Probleme in der Schule" not in visible_text(answer)


def test_doing_nothing_at_home_is_an_answer_not_a_danger(web: TestClient) -> None:
    converse(web, "at-home", ["Hallo", "Ich suche Arbeit. Ich habe keinen Abschluss.", "Ich bin 17.",
                              "Ich wohne in Quedlinburg."])
    answer = say(web, "at-home", "Ich mache nichts. Ich bin zu Hause.")
    assert not alarmed(answer)
    assert not is_fallback(answer)


def test_a_certificate_from_afghanistan_goes_to_migration_counselling(web: TestClient) -> None:
    converse(web, "dari-cert", ["این امتحان منو می‌کشه", "مدرکم از افغانستانه، اینجا قبولش می‌کنن؟"])
    answer = say(web, "dari-cert", "22 سالمه، تو Neu-Isenburg زندگی می‌کنم، دری و یه کم آلمانی بلدم")
    assert "migration_counselling" in {o["category"] for o in offers(answer)}
    assert expects(answer) == "free_text"
