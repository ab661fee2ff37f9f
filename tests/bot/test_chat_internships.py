"""Internship places in the chat: which follow-up question is asked, and its answer."""

from __future__ import annotations

import pytest

from bot.core.internships import answer, topic_of

PLACE = {"occupation": "Koch", "company": "Beispiel-Gasthof GmbH", "minutes": 23,
         "mode": "bike", "weekdays": ["tu", "we", "th", "fr", "sa"], "start": "10:00",
         "end": "16:30", "from": "2027-07-05", "to": "2027-07-16", "requires": ["ifsg43"]}


@pytest.mark.parametrize(("text", "topic"), [
    ("muss ich da samstags hin?", "days"), ("auch am wochenende??", "days"),
    ("an welchen tagen", "days"), ("wann fängt das an", "hours"),
    ("wie lange muss ich da arbeiten", "hours"), ("ist das weit", "distance"),
    ("wie lange fahr ich da hin?", "distance"), ("how far is it", "distance"),
    ("wann ist das", "dates"), ("was muss ich mitbringen", "needs"),
    ("brauch ich sicherheitsschuhe", "needs"),
    ("danke", None), ("ich hab angst vor dem chef", None),
])
def test_topic(text: str, topic: str | None) -> None:
    assert topic_of(text) == topic


def test_answers_from_the_place_facts() -> None:
    assert answer("days", [PLACE]) == ("Beispiel-Gasthof GmbH: Dienstag bis Samstag. Auch am "
                                       "Wochenende – das ist in dieser Branche erlaubt.")
    assert answer("hours", [PLACE]) == "Beispiel-Gasthof GmbH: von 10:00 bis 16:30 Uhr, mit Pausen."
    assert answer("distance", [PLACE]) == "Beispiel-Gasthof GmbH: etwa 23 Minuten mit dem Rad."
    assert answer("dates", [PLACE]) == "Beispiel-Gasthof GmbH: vom 5.7.2027 bis zum 16.7.2027."
    assert "Belehrung vom Gesundheitsamt" in answer("needs", [PLACE])
    nothing = answer("needs", [{**PLACE, "requires": []}])
    assert nothing == "Beispiel-Gasthof GmbH: Du brauchst nichts Besonderes."
    scattered = answer("days", [{**PLACE, "weekdays": ["mo", "we"]}])
    assert scattered.startswith("Beispiel-Gasthof GmbH: Montag, Mittwoch.")
