"""The conversation as data: named states, one function per step, replies as values.

    start -> ask_need -> ask_age -> ask_place -> ask_school_status -> ask_occupation
          -> ask_languages -> recommended        (questions not needed are skipped)
    recommended -> handoff_consent -> handoff_contact -> handoff_contact_value
                -> handoff_note -> back where we were  (bot/core/handoff.py; only after "yes")
    any state -> confirm_delete -> (back, or deleted)
    any state -> crisis help, then back to where we were

docs/dialogue-flow.mmd is generated from STATES and TRANSITIONS by
`python -m bot.core.diagram > docs/dialogue-flow.mmd`; a test checks they agree.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from bot.core import handoff, texts
from bot.core.handoff import HandoffTarget
from bot.core.messages import Button, OfferCard, Reply
from bot.core.slots import is_refusal, read_age, read_occupation, read_status
from bot.core.state import DialogueState, Profile
from bot.core.understanding import Understanding
from matching.hours import is_open
from matching.model import Offer, Situation
from matching.needs import NEED_LABELS, NEED_RANK, by_urgency
from matching.places import PlaceIndex
from matching.route import route_situation
from matching.text import fold

QUESTIONS_IN_ORDER: tuple[str, ...] = (
    "ask_need", "ask_age", "ask_place", "ask_school_status", "ask_occupation", "ask_languages",
)
STATES: tuple[str, ...] = ("start", *QUESTIONS_IN_ORDER, "recommended", *handoff.STATES,
                           "confirm_delete")
_TALK = (*QUESTIONS_IN_ORDER, "recommended")
_HANDOFF = handoff.STATES
TRANSITIONS: tuple[tuple[str, str], ...] = tuple(dict.fromkeys([
    # one message may answer several questions at once, so later steps can be skipped to
    *(("start", b) for b in (*_TALK, "confirm_delete")),
    *((a, b) for i, a in enumerate(QUESTIONS_IN_ORDER) for b in _TALK[i + 1:]),
    # "neu starten" and a new topic lead back to the first question
    *((a, "ask_need") for a in _TALK if a != "ask_need"),
    *(("recommended", b) for b in _TALK),
    # deleting asks first; "no" goes back to where we were, "yes" starts afresh
    *((a, "confirm_delete") for a in _TALK),
    *(("confirm_delete", b) for b in ("start", *_TALK)),
    # a handoff starts from the recommendations (or a button later, or after a crisis) and
    # only goes on after "yes"; "no", "never mind" and the end lead back to where we were
    *((a, "handoff_consent") for a in _TALK),
    ("handoff_consent", "handoff_contact"),
    *((a, b) for a in _HANDOFF for b in _TALK),
    ("handoff_contact", "handoff_contact_value"), ("handoff_contact", "handoff_note"),
    ("handoff_contact_value", "handoff_note"), ("handoff_note", "recommended"),
    *((a, "confirm_delete") for a in _HANDOFF),
    *(("confirm_delete", a) for a in _HANDOFF),
]))
EXPECTS = {
    "ask_need": "need", "ask_age": "age", "ask_place": "place",
    "ask_school_status": "school_status", "ask_occupation": "occupation",
    "ask_languages": "languages", "confirm_delete": "confirm", "recommended": "free_text",
    **handoff.EXPECTS,
}
CAREER_NEEDS = {"seek_internship", "seek_apprenticeship", "career_orientation", "application_help"}
OCCUPATION_NEEDS = {"seek_internship", "seek_apprenticeship"}
IMPLIED_STATUS = {"training_problems": "in_training", "school_problems": "in_school"}
GLOBAL_THRESHOLD = 0.5
CRISIS_THRESHOLD = 0.5  # the lexicon catches danger first; the NLU adds what it misses
RESTART_WORDS = {"neu starten", "neustart", "restart", "von vorne", "nochmal von vorne",
                 "neu anfangen", "reset", "start"}


@dataclass(frozen=True, slots=True)
class Context:
    """What a step may look at besides the state: the catalogue, places, the clock."""

    offers: tuple[Offer, ...]
    places: PlaceIndex | None
    now: datetime
    retention_days: int = 90
    # offer id -> the organisation that takes handoffs for it (from the database)
    handoff_targets: Mapping[str, HandoffTarget] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Turn:
    """The result of one step. `effects` ask the caller for I/O ("delete_data")."""

    state: DialogueState
    replies: tuple[Reply, ...]
    effects: tuple[str, ...] = ()
    handoff: HandoffTarget | None = None  # with the effect "create_handoff"


def is_crisis(u: Understanding) -> bool:
    """The crisis lexicon fired, or the NLU is fairly sure of the `crisis` intent."""
    return u.crisis or (u.intent == "crisis" and u.confidence >= CRISIS_THRESHOLD)


def respond(state: DialogueState, u: Understanding, ctx: Context) -> Turn:
    """One step of the conversation."""
    state = copy.deepcopy(state)
    state.turns += 1
    if is_crisis(u):
        return _crisis(state, ctx)
    if u.text.strip() in ("/restart", "/start") or fold(u.text) in RESTART_WORDS:
        fresh = DialogueState(crisis=state.crisis, turns=state.turns)
        intro = texts.RESTARTED if state.name != "start" else texts.greeting(ctx.retention_days)
        return _ask(fresh, "ask_need", [Reply(intro)])
    if state.name == "confirm_delete":
        return _confirm_delete(state, u, ctx)
    turn = _handoff(state, u, ctx)
    if turn is not None:
        return turn

    replies: list[Reply] = []
    if state.name == "start":
        replies.append(Reply(texts.greeting(ctx.retention_days)))
        state.name = "ask_need"
        if not (u.needs or u.has_facts) and u.intent not in ("delete_data", "bot_challenge"):
            return _ask(state, "ask_need", replies)

    if not u.needs and not u.has_facts and (u.confidence >= GLOBAL_THRESHOLD or u.is_payload):
        handler = GLOBAL_HANDLERS.get(u.intent)
        if handler is not None:
            return handler(state, u, ctx, replies)

    if state.name == "recommended" and u.needs:
        state.profile.needs = []
    if _is_short_answer(state, u, ctx):
        # "ich geh noch zur schule" answers the question; it is no new school problem.
        u = dataclasses.replace(u, needs=tuple(n for n in u.needs if NEED_RANK.get(n, 9) <= 2))
    changed = _absorb(state.profile, u)
    if changed:
        replies.append(Reply(texts.corrected(changed)))
    retry = _answer_current_question(state, u, ctx)
    if retry is not None:
        return Turn(state, (*replies, retry))
    if state.name == "recommended" and not u.needs and not changed and not u.has_facts:
        return _after_recommendation(state, u, replies)
    return _advance(state, ctx, replies)


# --- global intents, answered in any state ---------------------------------------------

Handler = Callable[[DialogueState, Understanding, Context, list[Reply]], Turn]


def _reask(state: DialogueState, replies: list[Reply], text: str, ctx: Context) -> Turn:
    """Say `text`, then repeat the open question so the person knows where we are."""
    replies.append(Reply(text))
    return _ask(state, state.name, replies, ctx)


def _on_help(state: DialogueState, u: Understanding, ctx: Context, replies: list[Reply]) -> Turn:
    if state.name == "recommended":
        state.profile.needs = []
        state.name = "ask_need"
    return _reask(state, replies, texts.HELP, ctx)


def _on_bot_challenge(state: DialogueState, u: Understanding, ctx: Context,
                      replies: list[Reply]) -> Turn:
    if replies:  # the greeting already said it
        return _ask(state, state.name, replies, ctx)
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
    return _ask(state, state.name, [Reply(texts.NOT_DELETED)], ctx)


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
    target = _target(state, ctx)
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

SHORT_ANSWER_WORDS = 6


def _is_short_answer(state: DialogueState, u: Understanding, ctx: Context) -> bool:
    """A few words that give the fact just asked for (urgent topics still count)."""
    if state.name not in QUESTIONS_IN_ORDER[1:] or len(u.text.split()) > SHORT_ANSWER_WORDS:
        return False
    if u.has_facts:
        return True
    readers: dict[str, Callable[[str], object]] = {
        "ask_age": read_age,
        "ask_school_status": read_status,
        "ask_place": lambda text: ctx.places.resolve(text) if ctx.places else None,
    }
    reader = readers.get(state.name)
    return reader is not None and reader(u.text) is not None

def _absorb(profile: Profile, u: Understanding) -> list[str]:
    """Take needs and facts from the message; return what changed an earlier answer."""
    for need in u.needs:
        if need not in profile.needs and need in NEED_RANK and need != "crisis":
            profile.needs.append(need)
    changed: list[str] = []
    if u.age is not None:
        if profile.age is not None and profile.age != u.age:
            changed.append(f"du bist {u.age}")
        profile.age = u.age
    if u.place is not None:
        if profile.region is not None and profile.place != u.place.name:
            changed.append(f"du wohnst in {u.place.name}")
        profile.place, profile.postal_code = u.place.name, u.place.postal_code
        profile.region, profile.region_name = u.place.region, u.place.kreis
    if u.school_status is not None:
        profile.school_status = u.school_status
    if u.school_qualification is not None:
        profile.school_qualification = u.school_qualification
        if u.school_qualification == "none" and profile.school_status is None:
            profile.school_status = "no_qualification"
    if u.occupation is not None:
        if profile.occupation and profile.occupation != u.occupation:
            changed.append(f"Berufswunsch {u.occupation}")
        profile.occupation = u.occupation
    for language in u.languages:
        if language not in profile.languages:
            profile.languages.append(language)
    for need in profile.needs:
        if need in IMPLIED_STATUS and profile.school_status is None:
            profile.school_status = IMPLIED_STATUS[need]
    return changed


def _answer_current_question(state: DialogueState, u: Understanding, ctx: Context) -> Reply | None:
    """Read a bare answer to the open question; a Reply when we must ask again."""
    p, name, text = state.profile, state.name, u.text
    refused = is_refusal(text) or (u.intent == "deny" and u.confidence >= GLOBAL_THRESHOLD
                                   and not u.has_facts)
    if name == "ask_need" and not p.needs:
        return Reply(texts.NOT_UNDERSTOOD, buttons=texts.NEED_BUTTONS, expects="need")
    if name == "ask_age" and p.age is None and u.age is None:
        if refused:
            state.skipped.append("age")
        elif (age := read_age(text)) is not None:
            p.age = age
        elif not u.needs:
            return Reply(texts.ASK_AGE_AGAIN, buttons=(texts.SKIP_BUTTON,), expects="age")
    if name == "ask_place" and u.place is None and p.region is None:
        place = None if refused or ctx.places is None else ctx.places.resolve(text)
        if refused:
            state.skipped.append("place")
        elif place is not None:
            _absorb(p, Understanding(text=text, intent="inform", confidence=1.0, place=place))
        elif not u.needs:
            state.place_attempts += 1
            if state.place_attempts < 2:
                return Reply(texts.PLACE_UNKNOWN, buttons=(texts.SKIP_BUTTON,), expects="place")
            state.skipped.append("place")
    if name == "ask_school_status" and p.school_status is None:
        if refused:
            state.skipped.append("school_status")
        elif (status := read_status(text)) is not None:
            p.school_status = status
        elif not u.needs:
            return Reply(texts.ASK_STATUS, buttons=texts.STATUS_BUTTONS, expects="school_status")
    if name == "ask_occupation" and p.occupation is None and u.occupation is None:
        occupation = None if refused or u.needs else read_occupation(text)
        if occupation is None:
            state.skipped.append("occupation")
        else:
            p.occupation = occupation
    if name == "ask_languages" and not p.languages:
        if not refused and "deutsch" in fold(text):
            p.languages.append("de")
        state.skipped.append("languages")
    return None


def next_question(profile: Profile, skipped: list[str]) -> str | None:
    """The next thing to ask, or None when the routing has what it needs."""
    needs = set(profile.needs)
    wanted = [
        ("age", profile.age is None),
        ("place", profile.region is None),
        ("school_status", profile.school_status is None and bool(needs & CAREER_NEEDS)),
        ("occupation", profile.occupation is None and bool(needs & OCCUPATION_NEEDS)),
        ("languages", not profile.languages and "migration_language" in needs),
    ]
    return next((slot for slot, missing in wanted if missing and slot not in skipped), None)


def _advance(state: DialogueState, ctx: Context, replies: list[Reply]) -> Turn:
    if not state.profile.needs:
        return _ask(state, "ask_need", replies)
    slot = next_question(state.profile, state.skipped)
    if slot is not None:
        return _ask(state, f"ask_{slot}", replies)
    return _recommend(state, ctx, replies)


QUESTIONS: dict[str, tuple[str, tuple[Button, ...]]] = {
    "ask_need": (texts.ASK_NEED, texts.NEED_BUTTONS),
    "ask_age": (texts.ASK_AGE, (texts.SKIP_BUTTON,)),
    "ask_place": (texts.ASK_PLACE, (texts.SKIP_BUTTON,)),
    "ask_school_status": (texts.ASK_STATUS, texts.STATUS_BUTTONS),
    "ask_occupation": (texts.ASK_OCCUPATION, (texts.DONT_KNOW_BUTTON,)),
    "ask_languages": (texts.ASK_LANGUAGES, (Button("Deutsch", '/inform{"language": "de"}'),
                                            Button("Arabisch", '/inform{"language": "ar"}'),
                                            Button("Ukrainisch", '/inform{"language": "uk"}'),
                                            Button("Türkisch", '/inform{"language": "tr"}'),
                                            Button("Persisch", '/inform{"language": "fa"}'),
                                            Button("Englisch", '/inform{"language": "en"}'))),
    "recommended": (texts.AFTER, texts.AFTER_BUTTONS),
}


def _ask(state: DialogueState, name: str, replies: list[Reply],
         ctx: Context | None = None) -> Turn:
    state.name = name
    target = _target(state, ctx) if ctx is not None else None
    if name in handoff.STATES and target is not None:
        replies.append(handoff.question(state, target))
    elif name in handoff.STATES:  # the organisation is gone meanwhile: back to the offers
        back = state.handoff.get("back") or "recommended"
        state.handoff = {}
        return _ask(state, back, replies, ctx)
    elif name == "recommended" and ctx is not None and handoff.invite_buttons(
            state, ctx.handoff_targets):
        replies.append(Reply(texts.AFTER, buttons=handoff.invite_buttons(
            state, ctx.handoff_targets) + texts.AFTER_BUTTONS, expects=EXPECTS[name]))
    elif name == "confirm_delete":
        replies.append(Reply(texts.CONFIRM_DELETE, buttons=texts.YES_NO, expects="confirm"))
    else:
        text, buttons = QUESTIONS[name]
        replies.append(Reply(text, buttons=buttons, expects=EXPECTS[name]))
    return Turn(state, tuple(replies))


def situation_of(profile: Profile) -> Situation:
    """The routing's view of a profile."""
    return Situation(
        needs=by_urgency(profile.needs), age=profile.age, region=profile.region,
        school_status=profile.school_status, school_qualification=profile.school_qualification,
        occupation=profile.occupation, languages=tuple(profile.languages),
    )


def _recommend(state: DialogueState, ctx: Context, replies: list[Reply]) -> Turn:
    p = state.profile
    result = route_situation(situation_of(p), ctx.offers, region_name=p.region_name)
    replies.append(Reply(texts.RECOMMEND_INTRO))
    if result.nationwide_only:
        replies.append(Reply(texts.NATIONWIDE_NOTE))
    if "talk_to_human" in p.needs:
        replies.append(Reply(texts.TALK_TO_HUMAN))
    if not result.matches:
        replies.append(Reply(texts.NO_OFFERS))
    for need in dict.fromkeys(m.need for m in result.matches):
        group = [m for m in result.matches if m.need == need]
        names = ", ".join(m.offer.name for m in group)
        label = NEED_LABELS.get(need, need)
        replies.append(Reply(texts.OFFERS_FOR.format(label=label) + " " + names,
                             offers=tuple(OfferCard.from_match(m) for m in group)))
    state.recommended = [{"id": m.offer.id, "why": list(m.reasons)} for m in result.matches]
    direct = [m.offer for m in result.matches
              if m.offer.id not in ctx.handoff_targets and handoff.contact_line(m.offer.contact)]
    sent = [ctx.handoff_targets[r["id"]] for r in state.recommended if r["id"] in
            ctx.handoff_targets and handoff.already_sent(state, ctx.handoff_targets[r["id"]])]
    if handoff.eligible(state, ctx.handoff_targets):
        replies.append(Reply(texts.HANDOFF_INVITE))
    elif "talk_to_human" in p.needs and sent:
        replies.append(Reply(texts.HANDOFF_ALREADY.format(org=sent[0].org_name)))
    elif "talk_to_human" in p.needs and direct:
        # no organisation here takes handoffs: say so, and how to get in touch oneself
        replies.append(Reply(texts.HANDOFF_SELF_ONLY.format(
            name=direct[0].name, contact=handoff.contact_line(direct[0].contact))))
    return _ask(state, "recommended", replies, ctx)


# --- handoff to a counselling service (steps in bot/core/handoff.py) ---------------------

def _target(state: DialogueState, ctx: Context | None) -> HandoffTarget | None:
    if ctx is None:
        return None
    return ctx.handoff_targets.get(state.handoff.get("offer_id", ""))


# side questions answered inside a handoff (then the open question again); anything else is
# an answer to the handoff step – "ich melde mich selber" is no goodbye there
HANDOFF_ASIDES = ("delete_data", "help", "bot_challenge")


def _back(state: DialogueState) -> str:
    """Where a handoff returns to: the step it started from."""
    return state.name if state.name in _TALK else "recommended"


def _start_handoff(state: DialogueState, target: HandoffTarget, ctx: Context) -> Turn:
    if handoff.already_sent(state, target):
        return _ask(state, _back(state), [Reply(texts.HANDOFF_ALREADY.format(org=target.org_name))],
                    ctx)
    return Turn(state, tuple(handoff.start(state, target, back=_back(state))))


def _handoff(state: DialogueState, u: Understanding, ctx: Context) -> Turn | None:
    """Start or continue a handoff; None when the message is for the normal flow."""
    chosen = u.extras.get("offer")
    if chosen and chosen in ctx.handoff_targets:
        # a button under the recommendations (or the crisis help), pressed now or later
        if not any(r.get("id") == chosen for r in state.recommended):
            state.recommended.append({"id": chosen, "why": []})
        return _start_handoff(state, ctx.handoff_targets[chosen], ctx)
    if state.name in handoff.STATES:
        target = _target(state, ctx)
        if target is None:  # the organisation stopped taking handoffs meanwhile
            back = state.handoff.get("back") or "recommended"
            state.handoff = {}
            return _ask(state, back, [Reply(texts.HANDOFF_NONE)], ctx)
        if u.intent in HANDOFF_ASIDES and u.confidence >= GLOBAL_THRESHOLD and not u.is_payload:
            return None  # "lösch meine daten", "hilfe", "bist du ein bot" work here too
        replies, create = handoff.step(state, u, target, now=ctx.now)
        if state.name in handoff.STATES:
            return Turn(state, tuple(replies))
        turn = _ask(state, state.name, replies, ctx)  # back where the handoff started
        if create:  # the service adds the reference code and the promise in front
            return dataclasses.replace(turn, effects=("create_handoff",), handoff=target)
        return turn
    if state.name == "recommended" and u.intent == "talk_to_human" and not u.has_facts:
        candidates = list({t.org_id: t for t in reversed(
            handoff.eligible(state, ctx.handoff_targets))}.values())  # best offer per organisation
        if len(candidates) == 1:
            return _start_handoff(state, candidates[0], ctx)
        if candidates:
            return Turn(state, (Reply(texts.HANDOFF_CHOOSE,
                                      buttons=handoff.invite_buttons(state, ctx.handoff_targets),
                                      expects="free_text"),))
        return None
    return None


def _after_recommendation(state: DialogueState, u: Understanding, replies: list[Reply]) -> Turn:
    if u.intent == "affirm":
        state.profile.needs = []
        return _ask(state, "ask_need", replies)
    if u.intent == "deny":
        replies.append(Reply(texts.THANKS))
        return Turn(state, tuple(replies))
    replies.append(Reply(texts.NOT_UNDERSTOOD, buttons=texts.NEED_BUTTONS, expects="need"))
    state.profile.needs = []
    state.name = "ask_need"
    return Turn(state, tuple(replies))
