"""What someone does now, typed in one of the six other languages, read like the status
buttons (bot/core/status_words.py)."""

from __future__ import annotations

import pytest

from bot.core.status_words import foreign_status


@pytest.mark.parametrize(("text", "status"), [
    ("I go to school, 9th grade", "in_school"), ("я ще в школі, 9 клас гімназії", "in_school"),
    ("okula gidiyorum", "in_school"), ("کلاس دهم هستم", "in_school"),
    ("I'm doing an apprenticeship", "in_training"), ("i work in a warehouse", "employed"),
    ("не работаю", "unemployed"), ("I study at the university", "studying"),
    ("okulu bitirdim", "qualified_no_training"), ("ما عندي شهادة", "no_qualification"),
    # a language or integration course after school elsewhere (blind conversations L2)
    ("مکتب را در افغانستان تا صنف ۱۰ خواندم. فعلاً کورس زبان می‌روم، آلمانی B1 دارم",
     "qualified_no_training"),
    ("I am doing a language course", "qualified_no_training"),
    ("dil kursuna gidiyorum", "qualified_no_training"), ("я на языковых курсах", "qualified_no_training"),
    ("بروح على كورس لغة", "qualified_no_training"),
    # blind set L10: Dari "school" and "class", a ninth grade finished in Syria
    ("اینجا به مکتب میرم، صنف InteA", "in_school"),
    ("شهادتي من سوريا، خلصت الصف التاسع هناك", "qualified_no_training"),
    # blind set L19: school over said object first, still at school in Arabizi
    ("школу закончил, Realschulabschluss есть, сейчас ничего не делаю", "qualified_no_training"),
    ("ba3dni bl madrase", "in_school"), ("lissa fi el madrasa", "in_school"),
])
def test_a_typed_status_reads_like_its_button(text: str, status: str) -> None:
    assert foreign_status(text) == status


@pytest.mark.parametrize("text", ["hello", "مرحبا", "я не знаю"])
def test_no_status_without_one(text: str) -> None:
    assert foreign_status(text) is None
