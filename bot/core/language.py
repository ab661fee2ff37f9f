"""The chat's language as a conversation pattern: asked for, written in, hinted by the client;
said once when it changes, and offered as a button with the greeting.

    each message ──▶ settle: a wish ("can you speak english?", /sprache en)
                           > the language the message is clearly written in
                           > the language the crisis check heard (a message in danger)
                           > the client's hint (the first message only)
                           > the language so far
                 ──▶ the turn is written in it (its stand-in while its catalogue is not complete)

Short messages ("ok", "17", a place, a button) never change it; Einfache Sprache stays when
the person writes German.
"""

from __future__ import annotations

import dataclasses
import functools

from bot.core import texts
from bot.core.messages import Button, Reply
from bot.core.state import DialogueState
from bot.core.turn import Turn
from bot.core.understanding import Understanding
from bot.i18n import LANGUAGES, SIMPLE_GERMAN, base_language, shown_language
from bot.i18n.catalogues import translated
from bot.i18n.detect import few_english_words, has_german_words, only_by_the_model
from bot.i18n.languages import OWN_NAMES
from bot.i18n.requests import CHOOSE

ASKED, WRITTEN, HINTED = "asked", "written", "hinted"
LATIN_SCRIPT = {"de", "en", "tr"}  # the crisis check's guess between them yields to German words
# chats that English names ("computer", "IT") in a message do not turn English
KEPT_AGAINST_ENGLISH_NAMES = {"uk", "ru", "ar", "fa", "tr"}


def settle(state: DialogueState, u: Understanding) -> str | None:
    """Set the language of this turn in `state`; how it came (ASKED, WRITTEN, HINTED) when it
    was asked for or changed, else None."""
    if u.language_request in LANGUAGES:
        state.language = str(u.language_request)
        return ASKED
    written = None if _german_button(u.text) else u.language
    if written is None and u.danger is not None and not u.is_payload and not (
            u.danger.language in LATIN_SCRIPT and has_german_words(u.text)) and not (
            # a check-in's guess between Latin-script languages does not turn a Farsi chat
            # German ("na nemikham zang bezanam, mitarsam", blind set L9)
            u.danger.level == "possible" and u.danger.language in LATIN_SCRIPT
            and base_language(state.language) not in LATIN_SCRIPT):
        written = u.danger.language  # "bade ente7er": the crisis lexicon knows the language
    if written is not None and only_by_the_model(written, state.language, u.text):
        written = None  # "так, згодна" in a Ukrainian chat: no letter says Russian
    if (written == "en" and state.language in KEPT_AGAINST_ENGLISH_NAMES
            and few_english_words(u.text)):
        written = None  # "ye chizi ba computer, IT": English names in a Finglish chat
    if written is not None and written in LANGUAGES:
        if (state.turns <= 1 and u.language_hint in LANGUAGES
                and base_language(str(u.language_hint)) == written):
            written = str(u.language_hint)  # German written, Einfache Sprache asked for by the client
        if base_language(written) != "de" and written not in state.profile.languages:
            state.profile.languages.append(written)  # for the routing: offers that speak it
        if state.language == written or (base_language(state.language) == written
                                         and written != SIMPLE_GERMAN):
            return None
        state.language = written
        return WRITTEN
    if state.turns <= 1 and u.language_hint in LANGUAGES and u.language_hint != state.language:
        state.language = str(u.language_hint)
        return HINTED
    return None


@functools.cache
def _button_words() -> frozenset[str]:
    """What the quick answers of crisis care send: their German words, whatever language the
    button's title is in (bot/core/crisis_care.py) – a tap is no choice of language."""
    by_kind = texts.source("CARE_BUTTONS_BY_KIND")
    return frozenset([*texts.source("CARE_BUTTONS_TEXT"), *(w for words in by_kind.values() for w in words)])


def _german_button(text: str) -> bool:
    return text.strip() in _button_words()


def wants_choice(u: Understanding) -> bool:
    """`/sprache`, "andere Sprache", "ich spreche wenig deutsch": show the languages."""
    return u.language_request == CHOOSE


def choice() -> Reply:
    """The languages to choose from, each named in itself."""
    return Reply(texts.CHOOSE_LANGUAGE, expects="free_text",
                 buttons=tuple(Button(OWN_NAMES[code], f"/sprache {code}") for code in LANGUAGES))


def notes(state: DialogueState, how: str | None, *, first: bool,
          urgent: Reply | None = None) -> list[Reply]:
    """What to say about the language when it changed: "from now on in English"; for a
    language whose catalogue is not complete, a line in it (with 112) and why the answer
    comes in the stand-in. Crisis help (`urgent`: its first reply) gets only the line in the
    person's language, as part of the crisis help."""
    if how is None:
        return []
    wanted = state.language
    if shown_language(wanted) != wanted:
        own = translated(texts.source("STAND_IN_OWN_LINE"), wanted)
        said = [Reply(own, language=wanted, crisis=urgent is not None and urgent.crisis,
                      crisis_check=urgent is not None and urgent.crisis_check)] if own else []
        if urgent is None:
            said.append(Reply(texts.SIMPLE_STAND_IN if wanted == SIMPLE_GERMAN
                              else texts.LANGUAGE_STAND_IN))
        return said
    if urgent is not None or how == HINTED or (how == WRITTEN and first):
        return []  # the greeting comes in the language, with its language button
    return [Reply(texts.LANGUAGE_NOW)]


def with_notes(turn: Turn, how: str | None, *, first: bool, greeting: str) -> Turn:
    """The turn with the notes about its language (after the greeting, if there is one) and
    the language button under the greeting's question."""
    replies = list(turn.replies)
    urgent = replies[0] if replies and (replies[0].crisis or replies[0].crisis_check) else None
    greeted = bool(replies) and replies[0].text == greeting
    said = notes(turn.state, how, first=first, urgent=urgent)
    at = 1 if greeted else 0
    replies[at:at] = said
    if greeted:
        last = replies[-1]
        if texts.LANGUAGE_CHOICE_BUTTON not in last.buttons:
            replies[-1] = dataclasses.replace(
                last, buttons=(*last.buttons, texts.LANGUAGE_CHOICE_BUTTON))
    if replies == list(turn.replies):
        return turn
    return dataclasses.replace(turn, replies=tuple(replies))
