"""The handoff's pure parts: consent text, contact checks, summary, honest promise."""

from __future__ import annotations

import pytest

from bot.core.handoff import (
    HandoffTarget,
    consent_text,
    contact_line,
    done_text,
    normalize_contact,
    summary,
)
from bot.core.state import DialogueState, Profile
from bot.storage.handoffs import CODE_ALPHABET, new_reference
from matching.model import Contact

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


def test_promise_for_one_day_and_the_urgent_safety_line() -> None:
    one = HandoffTarget("o", "Schnelle Stelle", "x", "X", response_working_days=1)
    assert "innerhalb von 1 Werktag bei dir" in done_text(one, "LT-ABCDEF", "phone")
    urgent = done_text(TARGET, "LT-ABCDEF", "email", urgent=True)
    assert "dringend" in urgent and "112" in urgent
    assert "dringend" not in done_text(TARGET, "LT-ABCDEF", "email")


def test_urgent_consent_says_so() -> None:
    assert "dringend" in consent_text(TARGET, urgent=True)
    assert "dringend" not in consent_text(TARGET)


@pytest.mark.parametrize(("contact", "line"), [
    (Contact(phone="0800 111 0 111", email="a@b.de", web="https://x.de"),
     "Telefon 0800 111 0 111, E-Mail a@b.de"),
    (Contact(web="https://x.de"), "https://x.de"),
    (Contact(chat="https://chat.x.de", web="https://x.de"), "https://chat.x.de"),
    (Contact(), ""),
])
def test_contact_line_from_the_card(contact: Contact, line: str) -> None:
    assert contact_line(contact) == line
