"""The website's region hint (metadata.region, data-lotse-region): the Kreis's offers while the
person names no place of their own; their own place always wins (bot/core/questions.py)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.core import Context, DialogueState, Understanding, respond
from bot.core.turn import Turn
from bot.stats.events import turn_events
from matching.model import NATIONWIDE, Offer, Place
from matching.places import PlaceIndex

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=ZoneInfo("Europe/Berlin"))
HARZ = Place("Quedlinburg", "06484", "15085", "Landkreis Harz", 51.79, 11.15)
BOCHUM = Place("Bochum", "44787", "05911", "Bochum", 51.48, 7.22)
OFFERS = (
    Offer("harz-debt", "Schuldnerberatung Harz", "Träger", "debt_counselling", "15085",
          ("money_problems",)),
    Offer("bochum-debt", "Schuldnerberatung Bochum", "Träger", "debt_counselling", "05911",
          ("money_problems",)),
    Offer("de-debt", "Schulden-Chat", "Bund", "debt_counselling", NATIONWIDE, ("money_problems",)),
)
CTX = Context(offers=OFFERS, places=PlaceIndex([HARZ, BOCHUM]), now=NOW)


def say(state: DialogueState, text: str, intent: str = "inform", **facts: object) -> Turn:
    return respond(state, Understanding(text=text, intent=intent, confidence=0.9, **facts),
                   CTX)  # type: ignore[arg-type]


def offers_of(turn: Turn) -> list[str]:
    return [o.id for r in turn.replies for o in r.offers]


def test_without_a_place_the_websites_kreis_is_used_and_said() -> None:
    t = say(DialogueState(), "hab schulden", "money_problems", needs=("money_problems",),
            region_hint="15085")
    assert t.replies[-1].expects == "age"  # the place is not asked for
    t = say(t.state, "16", region_hint="15085")
    assert t.state.name == "recommended"
    assert offers_of(t)[0] == "harz-debt" and "bochum-debt" not in offers_of(t)
    note = next(r.text for r in t.replies if "Gegend" in r.text)
    assert "Landkreis Harz" in note and "Ort" in note  # said, so that it can be corrected
    assert t.state.profile.region_hinted and t.state.profile.place is None


def test_the_persons_own_place_overrides_the_hint_without_a_correction_note() -> None:
    t = say(DialogueState(), "bin 16, wohne in bochum und hab schulden", "money_problems",
            needs=("money_problems",), age=16, place=BOCHUM, region_hint="15085")
    assert t.state.profile.region == "05911" and not t.state.profile.region_hinted
    assert offers_of(t)[0] == "bochum-debt" and "harz-debt" not in offers_of(t)
    assert not any("Gegend" in r.text or "du wohnst in" in r.text for r in t.replies)
    # and the hint that comes with the next message does not take it back
    t = say(t.state, "danke", "thanks", region_hint="15085")
    assert t.state.profile.region == "05911"


def test_a_place_named_after_the_offers_reroutes() -> None:
    t = say(DialogueState(), "x", "money_problems", needs=("money_problems",), age=17,
            region_hint="15085")
    assert offers_of(t)[0] == "harz-debt"
    t = say(t.state, "ich wohn aber in bochum", place=BOCHUM, region_hint="15085")
    assert t.state.profile.region == "05911"
    assert offers_of(t)[0] == "bochum-debt"


def test_without_a_hint_the_place_is_asked_as_before() -> None:
    t = say(DialogueState(), "hab schulden", "money_problems", needs=("money_problems",), age=16)
    assert t.replies[-1].expects == "place"
    assert not t.state.profile.region_hinted


def test_a_hinted_region_is_no_place_answer_in_the_statistics() -> None:
    before = DialogueState()
    t = say(before, "x", "money_problems", needs=("money_problems",), age=17, region_hint="15085")
    assert ("region", "resolved") not in {(e.dimension, e.value) for e in
                                          turn_events(before, t.state, t.replies, at=NOW)}
    after = say(t.state, "bochum", place=BOCHUM, region_hint="15085")
    assert ("region", "resolved") in {(e.dimension, e.value) for e in
                                      turn_events(t.state, after.state, after.replies, at=NOW)}
