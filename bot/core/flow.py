"""The conversation as data: named states, one function per step, replies as values.

    start -> ask_need -> ask_age -> ask_place -> ask_school_status -> ask_occupation
          -> ask_languages -> recommended        (questions not needed are skipped)
    recommended -> handoff_consent -> handoff_contact -> handoff_contact_value
                -> handoff_note -> back where we were  (bot/core/handoff.py; only after "yes")
    any state -> confirm_delete -> (back, or deleted)
    any state -> crisis help, then back to where we were

This module holds the states, the dispatch of one message (`respond`), the side questions
answered in any state, deletion and crisis help; the questions and the recommendation are
in bot/core/questions.py, the handoff inside the conversation in bot/core/handoff_turns.py,
the step's context and result in bot/core/turn.py.

docs/dialogue-flow.mmd is generated from STATES and TRANSITIONS by
`python -m bot.core.diagram > docs/dialogue-flow.mmd`; a test checks they agree.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable

from bot.core import handoff, texts
from bot.core.handoff_turns import handoff_turn
from bot.core.messages import OfferCard, Reply
from bot.core.questions import (
    EXPECTS,
    QUESTIONS_IN_ORDER,
    TALK,
    absorb,
    advance,
    after_recommendation,
    answer_current_question,
    ask,
    is_short_answer,
    next_question,
    situation_of,
)
from bot.core.state import DialogueState
from bot.core.turn import GLOBAL_THRESHOLD, Context, Turn, handoff_target, is_crisis
from bot.core.understanding import Understanding
from matching.hours import is_open
from matching.model import Situation
from matching.needs import NEED_RANK
from matching.route import route_situation
from matching.text import fold

# the names other modules and tests know the flow by
__all__ = ["EXPECTS", "QUESTIONS_IN_ORDER", "STATES", "TRANSITIONS", "Context", "Turn", "is_crisis",
           "next_question", "respond", "situation_of"]

STATES: tuple[str, ...] = ("start", *QUESTIONS_IN_ORDER, "recommended", *handoff.STATES,
                           "confirm_delete")
_HANDOFF = handoff.STATES
TRANSITIONS: tuple[tuple[str, str], ...] = tuple(dict.fromkeys([
    # one message may answer several questions at once, so later steps can be skipped to
    *(("start", b) for b in (*TALK, "confirm_delete")),
    *((a, b) for i, a in enumerate(QUESTIONS_IN_ORDER) for b in TALK[i + 1:]),
    # "neu starten" and a new topic lead back to the first question
    *((a, "ask_need") for a in TALK if a != "ask_need"),
    *(("recommended", b) for b in TALK),
    # deleting asks first; "no" goes back to where we were, "yes" starts afresh
    *((a, "confirm_delete") for a in TALK),
    *(("confirm_delete", b) for b in ("start", *TALK)),
    # a handoff starts from the recommendations (or a button later, or after a crisis) and
    # only goes on after "yes"; "no", "never mind" and the end lead back to where we were
    *((a, "handoff_consent") for a in TALK),
    ("handoff_consent", "handoff_contact"),
    *((a, b) for a in _HANDOFF for b in TALK),
    ("handoff_contact", "handoff_contact_value"), ("handoff_contact", "handoff_note"),
    ("handoff_contact_value", "handoff_note"), ("handoff_note", "recommended"),
    *((a, "confirm_delete") for a in _HANDOFF),
    *(("confirm_delete", a) for a in _HANDOFF),
]))
RESTART_WORDS = {"neu starten", "neustart", "restart", "von vorne", "nochmal von vorne",
                 "neu anfangen", "reset", "start"}


def respond(state: DialogueState, u: Understanding, ctx: Context) -> Turn:
    """One step of the conversation."""
    state = copy.deepcopy(state)
    state.turns += 1
    if is_crisis(u):
        absorb(state.profile, u)  # what the message tells is kept: no need to say it again
        return _crisis(state, ctx)
    if u.text.strip() in ("/restart", "/start") or fold(u.text) in RESTART_WORDS:
        fresh = DialogueState(crisis=state.crisis, turns=state.turns)
        intro = texts.RESTARTED if state.name != "start" else texts.greeting(ctx.retention_days)
        return ask(fresh, "ask_need", [Reply(intro)])
    if state.name == "confirm_delete":
        return _confirm_delete(state, u, ctx)
    turn = handoff_turn(state, u, ctx)
    if turn is not None:
        return turn

    replies: list[Reply] = []
    if state.name == "start":
        replies.append(Reply(texts.greeting(ctx.retention_days)))
        state.name = "ask_need"
        if not (u.needs or u.has_facts) and u.intent not in ("delete_data", "bot_challenge"):
            return ask(state, "ask_need", replies)

    if not u.needs and not u.has_facts and (u.confidence >= GLOBAL_THRESHOLD or u.is_payload):
        handler = GLOBAL_HANDLERS.get(u.intent)
        if handler is not None:
            return handler(state, u, ctx, replies)

    if state.name == "recommended" and u.needs:
        state.profile.needs = []
    if is_short_answer(state, u, ctx):
        # "ich geh noch zur schule" answers the question; it is no new school problem.
        u = dataclasses.replace(u, needs=tuple(n for n in u.needs if NEED_RANK.get(n, 9) <= 2))
    changed = absorb(state.profile, u)
    if changed:
        replies.append(Reply(texts.corrected(changed)))
    retry = answer_current_question(state, u, ctx)
    if retry is not None:
        return Turn(state, (*replies, retry))
    if state.name == "recommended" and not u.needs and not changed and not u.has_facts:
        return after_recommendation(state, u, replies)
    return advance(state, ctx, replies)


# --- global intents, answered in any state ---------------------------------------------

Handler = Callable[[DialogueState, Understanding, Context, list[Reply]], Turn]


def _reask(state: DialogueState, replies: list[Reply], text: str, ctx: Context) -> Turn:
    """Say `text`, then repeat the open question so the person knows where we are."""
    replies.append(Reply(text))
    return ask(state, state.name, replies, ctx)


def _on_help(state: DialogueState, u: Understanding, ctx: Context, replies: list[Reply]) -> Turn:
    if state.name == "recommended":
        state.profile.needs = []
        state.name = "ask_need"
    return _reask(state, replies, texts.HELP, ctx)


def _on_bot_challenge(state: DialogueState, u: Understanding, ctx: Context,
                      replies: list[Reply]) -> Turn:
    if replies:  # the greeting already said it
        return ask(state, state.name, replies, ctx)
    return _reask(state, replies, texts.bot_challenge(ctx.retention_days), ctx)


def _on_thanks(state: DialogueState, u: Understanding, ctx: Context, replies: list[Reply]) -> Turn:
    replies.append(Reply(texts.THANKS, buttons=texts.AFTER_BUTTONS,
                         expects=EXPECTS.get(state.name, "free_text")))
    return Turn(state, tuple(replies))


def _on_goodbye(state: DialogueState, u: Understanding, ctx: Context, replies: list[Reply]) -> Turn:
    replies.append(Reply(texts.GOODBYE))
    return Turn(state, tuple(replies))


def _on_out_of_scope(state: DialogueState, u: Understanding, ctx: Context,
                     replies: list[Reply]) -> Turn:
    return _reask(state, replies, texts.OUT_OF_SCOPE, ctx)


def _on_delete(state: DialogueState, u: Understanding, ctx: Context, replies: list[Reply]) -> Turn:
    state.resume = state.name
    state.name = "confirm_delete"
    replies.append(Reply(texts.CONFIRM_DELETE, buttons=texts.YES_NO, expects="confirm"))
    return Turn(state, tuple(replies))


GLOBAL_HANDLERS: dict[str, Handler] = {
    "help": _on_help, "bot_challenge": _on_bot_challenge, "thanks": _on_thanks,
    "goodbye": _on_goodbye, "out_of_scope": _on_out_of_scope, "delete_data": _on_delete,
}


def _confirm_delete(state: DialogueState, u: Understanding, ctx: Context) -> Turn:
    if u.intent == "affirm" or fold(u.text) in {"ja", "ja loeschen", "loeschen", "ja bitte"}:
        return Turn(DialogueState(), (Reply(texts.DELETED),), effects=("delete_data",))
    state.name = state.resume if state.resume in EXPECTS else "ask_need"
    state.resume = None
    return ask(state, state.name, [Reply(texts.NOT_DELETED)], ctx)


# --- crisis -----------------------------------------------------------------------------

def _crisis(state: DialogueState, ctx: Context) -> Turn:
    state.crisis = True
    if state.name in ("start", "confirm_delete"):
        state.name = "ask_need"
    situation = Situation(needs=("crisis",), age=state.profile.age)
    matches = route_situation(situation, ctx.offers, per_need=12).matches
    open_now = [m for m in matches if is_open(m.offer, ctx.now)]
    cards = tuple(OfferCard.from_match(m, open_now=True) for m in open_now[:4])
    replies = [Reply(texts.CRISIS if cards else texts.CRISIS + "\n" + texts.CRISIS_FALLBACK,
                     offers=cards, crisis=True),
               Reply(texts.CRISIS_DANGER, crisis=True),
               Reply(texts.CRISIS_AFTER, expects="free_text", crisis=True)]
    target = handoff_target(state, ctx)
    if state.name in handoff.STATES and target is not None:
        # the handoff being set up goes on, now marked urgent (the consent covered the chat)
        replies += [Reply(texts.CRISIS_HANDOFF_PENDING.format(org=target.org_name), crisis=True),
                    handoff.question(state, target)]
    elif buttons := handoff.invite_buttons(state, ctx.handoff_targets,
                                           also=(m.offer.id for m in matches)):
        # an urgent handoff, only with consent: a button leads to the consent step
        replies.append(Reply(texts.CRISIS_HANDOFF_INVITE, buttons=buttons, expects="free_text",
                             crisis=True))
    return Turn(state, tuple(replies), effects=("flag_crisis",))


# --- facts, answers and the next question ------------------------------------------------

# --- handoff to a counselling service (steps in bot/core/handoff.py) ---------------------

