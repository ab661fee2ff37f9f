"""The handoff inside the conversation: start it from a button or a wish, run its steps
(bot/core/handoff.py), and come back to where it started."""

from __future__ import annotations

import dataclasses

from bot.core import handoff, offer_questions, patterns, texts
from bot.core.handoff import HandoffTarget
from bot.core.messages import Reply
from bot.core.questions import TALK, ask
from bot.core.state import DialogueState
from bot.core.turn import GLOBAL_THRESHOLD, Context, Turn, handoff_target
from bot.core.understanding import Understanding

# side questions answered inside a handoff (then the open question again); anything else is
# an answer to the handoff step – "ich melde mich selber" is no goodbye there
HANDOFF_ASIDES = ("delete_data", "help", "bot_challenge")


def _offer_question(state: DialogueState, u: Understanding) -> str | None:
    """The question about the offers shown a message asks ("kann ich da anrufen?"), if any."""
    if u.is_payload or not state.recommended:
        return None
    topic = offer_questions.topic_of(u.text)
    return topic if topic in offer_questions.ANSWERS else None


def back_from(state: DialogueState) -> str:
    """Where a handoff returns to: the step it started from."""
    return state.name if state.name in (*TALK, "crisis_care") else "recommended"


def start_handoff(state: DialogueState, target: HandoffTarget, ctx: Context) -> Turn:
    if handoff.already_sent(state, target):
        return ask(state, back_from(state), [Reply(texts.HANDOFF_ALREADY.format(org=target.org_name))],
                    ctx)
    return Turn(state, tuple(handoff.start(state, target, back=back_from(state))))


def handoff_turn(state: DialogueState, u: Understanding, ctx: Context) -> Turn | None:
    """Start or continue a handoff; None when the message is for the normal flow."""
    chosen = u.extras.get("offer")
    if chosen and chosen in ctx.handoff_targets:
        # a button under the recommendations (or the crisis help), pressed now or later
        if not any(r.get("id") == chosen for r in state.recommended):
            state.recommended.append({"id": chosen, "why": []})
        return start_handoff(state, ctx.handoff_targets[chosen], ctx)
    if state.name in handoff.STATES:
        target = handoff_target(state, ctx)
        if target is None:  # the organisation stopped taking handoffs meanwhile
            back = state.handoff.get("back") or "recommended"
            state.handoff = {}
            return ask(state, back, [Reply(texts.HANDOFF_NONE)], ctx)
        if u.intent in HANDOFF_ASIDES and u.confidence >= GLOBAL_THRESHOLD and not u.is_payload:
            return None  # "lösch meine daten", "hilfe", "bist du ein bot" work here too
        about = _offer_question(state, u)
        if about is not None and state.name == "handoff_consent":
            # "kostet das was?" before saying yes: answered, then the consent question again
            # (not in the contact steps, where "per telefon" is an answer)
            shown = offer_questions.shown_offers(state, ctx)
            home = offer_questions.home_of(state, ctx)
            return ask(state, state.name, [Reply(offer_questions.answer(about, shown, ctx, home=home))], ctx)
        replies, create = handoff.step(state, u, target, now=ctx.now)
        if state.name in handoff.STATES:
            return Turn(state, tuple(replies))
        turn = ask(state, state.name, replies, ctx)  # back where the handoff started
        if create:  # the service adds the reference code and the promise in front
            return dataclasses.replace(turn, effects=("create_handoff",), handoff=target)
        return turn
    contact_me = state.name == "recommended" and not u.is_payload and patterns.asks_to_be_contacted(u.text)
    if state.name == "recommended" and (contact_me or (
            u.intent == "talk_to_human" and _offer_question(state, u) is None)) and not u.has_facts:
        # ("kann ich da anrufen?" is a question; "kann sich da jemand bei uns melden?" is not)
        candidates = list({t.org_id: t for t in reversed(
            handoff.eligible(state, ctx.handoff_targets))}.values())  # best offer per organisation
        if len(candidates) == 1:
            return start_handoff(state, candidates[0], ctx)
        if candidates:
            return Turn(state, (Reply(texts.HANDOFF_CHOOSE,
                                      buttons=handoff.invite_buttons(state, ctx.handoff_targets),
                                      expects="free_text"),))
        # nobody here takes handoffs: say so, and how to get in touch oneself (blind set L25:
        # "kann sich da jemand bei uns melden?" was told "I don't know, ask them")
        own_way = handoff.self_only(offer_questions.shown_offers(state, ctx)) if contact_me else None
        return ask(state, "recommended", [own_way], ctx) if own_way is not None else None
    return None


