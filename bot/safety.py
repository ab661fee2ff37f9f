"""The crisis check every message passes first, before NLU and database.

A curated lexicon of phrases that signal acute danger, matched on folded text and with
rapidfuzz for typos; hyperbole ("die prüfung bringt mich um") is excluded first.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from matching.text import fold
from nlu.normalize import normalize

CRISIS_PHRASES: tuple[str, ...] = (
    "will nicht mehr leben", "moechte nicht mehr leben", "will sterben", "moechte sterben",
    "will tot sein", "waere lieber tot", "bring mich um", "mich umbringen", "mir das leben nehmen",
    "suizid", "selbstmord", "suizidgedanken", "nicht mehr aufwachen", "tabletten gesammelt",
    "von der bruecke springen", "vor den zug", "ritze mich", "ich ritze", "mich ritzen",
    "mich selbst verletzen", "verletze mich selbst", "schneide mich", "mir weh tun",
    "schlaegt mich", "schlagen mich", "verpruegelt mich", "haut mich", "tritt mich",
    "missbraucht mich", "missbrauch", "vergewaltigt", "fasst mich an", "anfassen obwohl",
    "zwingt mich zu sex", "bedroht mich", "droht mich umzubringen", "hab angst vor meinem vater",
    "hab angst vor meiner mutter", "schlafe heute auf der strasse", "heute nacht kein dach",
    "weiss nicht wo ich heute schlafen", "heute nacht nirgends", "esse seit tagen nichts",
    "kotze absichtlich", "will mich umbringen", "keinen sinn mehr zu leben", "alles beenden",
    "es beenden", "abschiedsbrief", "kill myself", "want to die", "suicide",
)
HYPERBOLE = re.compile(
    r"(bringt mich (noch )?um|bringen mich (noch )?um|sterbe vor|sterb vor|sterben vor|"
    r"zum sterben (langweilig|schoen)|todlangweilig|tot gelacht|totlachen|lach mich tot|"
    r"lachen mich tot|mathe|pruefung|klausur|test bringt)"
)
FUZZY_CUTOFF = 90.0


def looks_like_crisis(text: str) -> bool:
    """True when a message signals acute danger (errs on the side of help)."""
    folded = normalize(text)
    if not folded:
        return False
    plain = fold(text)
    for phrase in CRISIS_PHRASES:
        if phrase in folded or phrase in plain:
            return not _only_hyperbole(folded, phrase)
    for phrase in CRISIS_PHRASES:
        # partial_ratio slides the shorter string over the longer one: only compare when
        # the message is at least as long as the phrase, or "hi" would match inside one.
        if (len(phrase) >= 12 and len(folded) >= len(phrase)
                and fuzz.partial_ratio(phrase, folded) >= FUZZY_CUTOFF):
            return not _only_hyperbole(folded, phrase)
    return False


def _only_hyperbole(folded: str, phrase: str) -> bool:
    return phrase in {"bring mich um", "mich umbringen"} and bool(HYPERBOLE.search(folded))
