"""The crisis check: real danger is always caught, greetings and hyperbole are not."""

from __future__ import annotations

import pytest

from bot.safety import looks_like_crisis


@pytest.mark.parametrize("message", [
    "ich will nicht mehr leben", "ich will nich mehr lebn", "hab suizidgedanken",
    "ich ritze mich wieder", "mein vater schlägt mich", "weiß nicht wo ich heute schlafen soll",
    "ICH WILL STERBEN", "i want to die",
])
def test_danger_is_recognised(message: str) -> None:
    assert looks_like_crisis(message)


@pytest.mark.parametrize("message", [
    "hi", "ok", "ja", "nö", "hallo", "moin", "die prüfung bringt mich um",
    "mathe bringt mich noch um", "ich hab schulden", "suche ein praktikum",
])
def test_everyday_messages_are_no_crisis(message: str) -> None:
    assert not looks_like_crisis(message)
