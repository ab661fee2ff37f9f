"""The handoff's pure parts: consent text, contact checks, summary, honest promise."""

from __future__ import annotations

import pytest

from bot.core.handoff import HandoffTarget, consent_text, done_text, normalize_contact, summary
from bot.core.state import DialogueState, Profile
from bot.storage.handoffs import CODE_ALPHABET, new_reference

TARGET = HandoffTarget(org_id="beispiel", org_name="Beispiel-Beratung", offer_id="x-offer",
                       offer_name="Beispiel-Angebot", response_working_days=3)


def test_consent_text_names_who_sees_what() -> None:
    text = consent_text(TARGET)
    for part in ("Beispiel-Beratung", "Beispiel-Angebot", "Zusammenfassung", "Chat", "erreichen",
                 "/loeschen"):
        assert part in text
    assert "Eltern" not in text


def test_under_16_hear_that_no_parental_consent_is_needed() -> None:
    assert "Eltern müssen dafür nicht zustimmen" in consent_text(TARGET, under_16=True)


@pytest.mark.parametrize(("method", "raw", "expected"), [
    ("phone", "0151 23456789", "+49 1512 3456789"),
    ("phone", "+49 (0)3946 123456", "+49 3946 123456"),
    ("phone", "12", None),
    ("phone", "anrufen bitte", None),
    ("email", "Lea.Beispiel@Example.org", "Lea.Beispiel@example.org"),
    ("email", "lea@", None),
    ("telegram", "@lea_2009", "@lea_2009"),
    ("telegram", "lea", None),
    ("self", "egal", None),
])
def test_contacts_are_checked_and_normalised(method: str, raw: str, expected: str | None) -> None:
    assert normalize_contact(method, raw) == expected


def test_summary_has_the_situation_and_why() -> None:
    state = DialogueState(profile=Profile(needs=["money_problems"], age=19, place="Halberstadt",
                                          region_name="Harz", school_status="left_school"),
                          recommended=[{"id": "x-offer", "why": ["hilft bei Schulden"]}])
    s = summary(state, TARGET)
    assert s["age"] == 19 and s["place"] == "Halberstadt" and s["needs"] == ["money_problems"]
    assert s["why"] == ["hilft bei Schulden"] and s["offer"]["id"] == "x-offer"


def test_promise_comes_from_the_organisation_or_says_it_does_not_know() -> None:
    assert "innerhalb von 3 Werktagen" in done_text(TARGET, "LT-ABCDEF", "phone")
    unknown = HandoffTarget("o", "Ohne Frist", "x", "X")
    assert "nicht genau sagen" in done_text(unknown, "LT-ABCDEF", "email")
    assert "LT-ABCDEF" in done_text(TARGET, "LT-ABCDEF", "self")


def test_reference_codes_are_readable_and_do_not_repeat() -> None:
    codes = {new_reference() for _ in range(2000)}
    assert len(codes) == 2000
    assert all(c.startswith("LT-") and set(c[3:]) <= set(CODE_ALPHABET) for c in codes)


def test_one_button_per_organisation_for_its_best_offer() -> None:
    from bot.core.handoff import invite_buttons

    a1 = HandoffTarget("a", "Stelle A", "a-1", "A eins")
    a2 = HandoffTarget("a", "Stelle A", "a-2", "A zwei")
    b = HandoffTarget("b", "Stelle B", "b-1", "B eins")
    state = DialogueState(recommended=[{"id": "a-2"}, {"id": "b-1"}, {"id": "a-1"}, {"id": "x"}])
    buttons = invite_buttons(state, {"a-1": a1, "a-2": a2, "b-1": b})
    assert [b.title for b in buttons] == ["Stelle A soll sich melden", "Stelle B soll sich melden"]
    assert '"a-2"' in buttons[0].payload
