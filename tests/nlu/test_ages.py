"""The age finder's quick test for numbers (nlu/ages.py): a text it skips has no age."""

from __future__ import annotations

from datetime import date

import pytest

import nlu.ages as ages
from bot.reference import Reference
from nlu.ages_foreign import FOREIGN_NUMBER_WORDS

TODAY = date(2026, 12, 7)


def test_every_number_word_passes_the_quick_test() -> None:
    words = sorted({*ages.NUMBER_WORDS, *FOREIGN_NUMBER_WORDS})
    missed = [text for word in words
              for text in (word, f"i am {word}", f"ich bin {word}einhalb", f"({word}), ok")
              if not ages.may_state_a_number(ages.lower_with_index(text)[0])]
    assert len(words) > 500 and not missed


def test_the_quick_test_changes_no_answer_on_the_training_messages(reference: Reference,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    texts = sorted({e.text for e in reference.training.examples})
    skipped = [t for t in texts if not ages.may_state_a_number(ages.lower_with_index(t)[0])]
    with_quick_test = [ages.find_age_span(t, today=TODAY) for t in texts]
    monkeypatch.setattr(ages, "may_state_a_number", lambda low: True)
    without = [ages.find_age_span(t, today=TODAY) for t in texts]
    assert with_quick_test == without
    assert sum(a is not None for a in without) >= 300 and len(skipped) >= len(texts) // 2


@pytest.mark.parametrize(("text", "age"), [
    ("ich bin siebzehneinhalb", 17), ("мне семнадцать", 17), ("عمري ١٧ سنة", 17),
    ("man hivdah salame", 17), ("ich suche eine ausbildung in darmstadt", None),
    # a friend's age in brackets (blind set L25); a bracket after other words is no age
    ("hey quick question, my friend (18) got kicked out by his mom", 18), ("we are friends (2 of us)", None),
])
def test_ages_in_words_and_digits_still_found(text: str, age: int | None) -> None:
    found = ages.find_age_span(text, today=TODAY)
    assert (found.age if found else None) == age


@pytest.mark.parametrize("text", ["Ich bin 17\tund\x1cwohne in Bad Homburg\r\n", "", "  ", "ABC déf", "Ölmühle 3"])
def test_lowering_ascii_at_once_is_lowering_char_by_char(text: str) -> None:
    from matching.text import convert_with_index

    expected = convert_with_index(text, lambda ch: ch.lower().replace("ä", "ae").replace("ö", "oe")
                                  .replace("ü", "ue").replace("ß", "ss").translate(ages._DIGITS))
    assert ages.lower_with_index(text) == expected
