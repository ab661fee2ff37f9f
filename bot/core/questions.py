"""The questions: read facts and answers from a message, ask for what is missing, then
recommend (the routing's view of the profile)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from bot.core import handoff, offer_questions, texts
from bot.core.internships import internship_replies
from bot.core.messages import Button, OfferCard, Reply
from bot.core.short_answers import leaves_open, says_no
from bot.core.slots import is_refusal, read_age, read_occupation, read_status
from bot.core.state import DialogueState, Profile
from bot.core.turn import GLOBAL_THRESHOLD, Context, Turn, handoff_target
from bot.core.understanding import Understanding
from bot.i18n import gettext as _
from bot.safety import says_dont_know
from matching.model import NATIONWIDE, Situation
from matching.needs import NEED_LABELS, NEED_RANK, by_urgency
from matching.route import route_situation
from matching.text import fold
from nlu.need_words import categories_named

QUESTIONS_IN_ORDER: tuple[str, ...] = (
    "ask_need", "ask_age", "ask_place", "ask_school_status", "ask_occupation", "ask_languages",
)
TALK = (*QUESTIONS_IN_ORDER, "recommended")
EXPECTS = {
    "ask_need": "need", "ask_age": "age", "ask_place": "place",
    "ask_school_status": "school_status", "ask_occupation": "occupation",
    "ask_languages": "languages", "confirm_delete": "confirm", "recommended": "free_text",
    "crisis_care": "free_text",
    **handoff.EXPECTS,
}
CAREER_NEEDS = {"seek_internship", "seek_apprenticeship", "career_orientation", "application_help"}
OCCUPATION_NEEDS = {"seek_internship", "seek_apprenticeship"}
IMPLIED_STATUS = {"training_problems": "in_training", "school_problems": "in_school"}
# topics an answer to "Was machst du gerade?" may seem to name by its school words alone, and
# how sure the model must be that they are meant
STATUS_ECHOES = frozenset({"school_problems", "school_qualification", "training_problems", "mental_health"})
SURE_TOPIC = 0.8

SHORT_ANSWER_WORDS = 6
WISH_START = re.compile(r"^(und )?was (mit|im|in der|in|fuer|als|am|draussen|handwerkliches|kreatives|"
                        r"soziales)\b")
QUESTION_START = re.compile(r"^(und )?(was|wie|wo|wann|warum|wieso|wer|wen|welche\w*|kann|darf|muss|soll|"
                            r"geht|gibt|gibts|ist|is|sind|hab|haben|hat|what|how|where|when|can|is|do|does)\b")


def is_short_answer(state: DialogueState, u: Understanding, ctx: Context) -> bool:
    """A few words that give the fact just asked for (urgent topics still count)."""
    if state.name not in QUESTIONS_IN_ORDER[1:] or len(u.text.split()) > SHORT_ANSWER_WORDS:
        return False
    if u.has_facts:
        # not a question that only names a qualification ("مدرکم از افغانستانه، اینجا قبولش
        # می‌کنن؟" at the age question asks about recognition, a topic – blind set L30)
        return not (is_question(u.text) and all(fact is None for fact in (u.age, u.place, u.school_status,
                                                                            u.occupation)))
    readers: dict[str, Callable[[str], object]] = {
        "ask_age": lambda text: read_age(text, today=ctx.now.date()),
        "ask_school_status": read_status,
        "ask_place": lambda text: ctx.places.resolve(text) if ctx.places else None,
    }
    reader = readers.get(state.name)
    return reader is not None and reader(u.text) is not None


def absorb(profile: Profile, u: Understanding, *, person: str | None = None) -> list[str]:
    """Take needs and facts from the message; return what changed an earlier answer (about
    `person`, "deine Tochter", when a parent, teacher or social worker writes)."""
    for need in u.needs:
        if need not in profile.needs and need in NEED_RANK and need != "crisis":
            profile.needs.append(need)
    changed: list[str] = []
    if u.age is not None:
        if profile.age is not None and profile.age != u.age:
            changed.append(texts.CHANGED_AGE_OTHER.format(who=person, age=u.age) if person
                           else texts.CHANGED_AGE.format(age=u.age))
        profile.age = u.age
    if u.place is not None:
        if profile.region is not None and not profile.region_hinted and \
                profile.place != u.place.name:
            changed.append(texts.CHANGED_PLACE_OTHER.format(who=person, place=u.place.name) if person
                           else texts.CHANGED_PLACE.format(place=u.place.name))
        profile.place, profile.postal_code = u.place.name, u.place.postal_code
        profile.region, profile.region_name = u.place.region, u.place.kreis
        profile.region_hinted = False  # the person's own place beats the website's hint
    if u.school_status is not None:
        profile.school_status = u.school_status
    if u.school_qualification is not None:
        profile.school_qualification = u.school_qualification
        if u.school_qualification == "none" and profile.school_status is None:
            profile.school_status = "no_qualification"
    if u.occupation is not None:
        if profile.occupation and profile.occupation != u.occupation:
            changed.append(texts.CHANGED_OCCUPATION.format(occupation=u.occupation))
        profile.occupation = u.occupation
    for language in u.languages:
        if language not in profile.languages:
            profile.languages.append(language)
    if not u.is_payload:
        for category in categories_named(u.text):
            if category not in profile.asked_for:
                profile.asked_for.append(category)
    for need in profile.needs:
        if need in IMPLIED_STATUS and profile.school_status is None:
            profile.school_status = IMPLIED_STATUS[need]
    return changed


def _ask_again(state: DialogueState, name: str, replies: list[Reply], ctx: Context) -> Turn | None:
    """An answer that does not fit: the question in other words with examples and buttons;
    the third time Lotse goes on with what it knows (None: the caller advances)."""
    if state.asked.get(name, 0) >= 2:
        slot = name.removeprefix("ask_")
        if slot not in state.skipped:
            state.skipped.append(slot)
        replies.append(Reply(texts.GIVE_UP_QUESTION))
        return None
    return ask(state, name, replies, ctx)


def _noted(state: DialogueState, name: str, replies: list[Reply], ctx: Context) -> Turn | None:
    """Another fact instead of the answer ("мені 14" to "where do you live?"): kept and said
    so; the question again if still needed (counted as a try), else on (None)."""
    replies.append(Reply(texts.FACTS_NOTED))
    if next_question(state.profile, state.skipped) != name.removeprefix("ask_"):
        return None
    return _ask_again(state, name, replies, ctx)


def take_region_hint(profile: Profile, u: Understanding, ctx: Context) -> None:
    """The website's Kreis (metadata.region) as the region while the person has named no
    place of their own; a place they name later replaces it (`absorb`)."""
    if u.region_hint is None or (profile.region is not None and not profile.region_hinted):
        return
    name = ctx.places.kreis_name(u.region_hint) if ctx.places is not None else None
    profile.region, profile.region_name = u.region_hint, name or u.region_hint
    profile.region_hinted = True


def answer_current_question(state: DialogueState, u: Understanding, ctx: Context,
                            replies: list[Reply]) -> Turn | None:
    """Read a bare answer to the open question; a Turn when we must ask again."""
    p, name, text = state.profile, state.name, u.text
    today = ctx.now.date()
    # a "no" of up to three words, or a sure one of up to six ("لا خلص، ما تبعت شي هلق",
    # "nein, schick noch nichts": blind set L15)
    words = len(text.split())
    sure_no = u.intent == "deny" and not u.has_facts and u.confidence >= GLOBAL_THRESHOLD
    refused = is_refusal(text) or (sure_no and (words <= 3 or (words <= 6 and u.confidence >= 0.9)))
    if name == "ask_need" and not p.needs:
        if p.age is None and len(text.split()) <= 4 and (age := read_age(text, today=today)):
            p.age = age  # "19 bochum", "16": the age comes first
            u = dataclasses.replace(u, age=age)
        if u.has_facts:  # "22 darmstadt": kept; the topic is still open, no "not understood"
            replies.append(Reply(texts.FACTS_NOTED))
            return ask(state, name, replies, ctx)
        if state.recommended and not u.needs and ((sure_no and u.confidence >= 0.9) or says_no(text)):
            # a yes to "anything else?", then "хоча ні, не треба нічого нікуди надсилати":
            # nothing more wanted after the offers already given (blind set L22)
            replies.append(Reply(texts.THANKS))
            return Turn(state, tuple(replies))
        if refused:
            replies.append(Reply(texts.REFUSE_NEED, buttons=texts.NEED_BUTTONS + (texts.HUMAN_BUTTON,),
                                 expects="need"))
            state.asked[name] = state.asked.get(name, 0) + 1
            return Turn(state, tuple(replies))
        if state.asked.get(name, 0) >= 2:
            replies.append(Reply(texts.NOT_UNDERSTOOD_AGAIN, buttons=texts.NEED_BUTTONS
                                 + (texts.HUMAN_BUTTON,), expects="need", fallback=True))
            state.asked[name] = 0
            return Turn(state, tuple(replies))
        replies.append(Reply(texts.NOT_UNDERSTOOD_SHORT, fallback=True))
        return ask(state, name, replies, ctx)
    if name == "ask_age" and p.age is None and u.age is None:
        if refused:
            state.skipped.append("age")
            replies.append(Reply(texts.SKIPPED))
        elif (age := read_age(text, today=today)) is not None:
            p.age = age
        elif not u.needs:
            return _ask_again(state, name, replies, ctx)
    if name == "ask_place" and u.place is None and p.region is None:
        place = None if refused or ctx.places is None else ctx.places.resolve_answer(text)
        if refused:
            state.skipped.append("place")
            replies.append(Reply(texts.SKIPPED))
        elif place is not None:
            absorb(p, Understanding(text=text, intent="inform", confidence=1.0, place=place))
        elif u.has_facts and not u.needs:  # "мені 14" answers an earlier question (L27)
            return _noted(state, name, replies, ctx)
        elif not u.needs:
            state.place_attempts += 1
            if state.asked.get(name, 0) < 2 and len(text.split()) <= 3:  # it looked like a place
                replies.append(Reply(texts.PLACE_UNKNOWN_SHORT))
            return _ask_again(state, name, replies, ctx)
    if name == "ask_school_status" and p.school_status is None:
        if refused:
            state.skipped.append("school_status")
            replies.append(Reply(texts.SKIPPED))
        elif (status := read_status(text)) is not None:
            p.school_status = status
        elif u.has_facts and not u.needs:  # "sixteen": an earlier question's answer (L27)
            return _noted(state, name, replies, ctx)
        elif not u.needs:
            return _ask_again(state, name, replies, ctx)
    if name == "ask_occupation" and p.occupation is None and u.occupation is None:
        if not refused and is_question(text) and len(text.split()) >= 3:
            # "muss ich da samstags hin?" is a question, not a wish: said so, asked again
            replies.append(Reply(texts.OCCUPATION_QUESTION_FIRST))
            return _ask_again(state, name, replies, ctx)
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
    # the details of a career question only when it is the main topic: with a more pressing
    # one (debts, new in Germany, a school qualification) the help comes first
    career_first = bool(needs) and by_urgency(profile.needs)[0] in CAREER_NEEDS
    wanted = [
        ("age", profile.age is None),
        ("place", profile.region is None),
        # a school qualification already said ("hab den quali") is enough for the routing
        ("school_status", profile.school_status is None and profile.school_qualification is None
         and bool(needs & CAREER_NEEDS) and career_first),
        ("occupation", profile.occupation is None and bool(needs & OCCUPATION_NEEDS) and career_first),
        ("languages", not profile.languages and "migration_language" in needs),
    ]
    return next((slot for slot, missing in wanted if missing and slot not in skipped), None)


def advance(state: DialogueState, ctx: Context, replies: list[Reply]) -> Turn:
    if not state.profile.needs:
        return ask(state, "ask_need", replies)
    slot = next_question(state.profile, state.skipped)
    if slot is not None:
        return ask(state, f"ask_{slot}", replies)
    return recommend(state, ctx, replies)


# each question: the names of its text and its buttons in bot/core/texts.py (read per turn,
# in the turn's language)
QUESTIONS: dict[str, tuple[str, str | None]] = {
    "ask_need": ("ASK_NEED", "NEED_BUTTONS"),
    "ask_age": ("ASK_AGE", "SKIP_BUTTON"),
    "ask_place": ("ASK_PLACE", "SKIP_BUTTON"),
    "ask_school_status": ("ASK_STATUS", "STATUS_BUTTONS"),
    "ask_occupation": ("ASK_OCCUPATION", "DONT_KNOW_BUTTON"),
    "ask_languages": ("ASK_LANGUAGES", "LANGUAGE_BUTTONS"),
    "recommended": ("AFTER", "AFTER_BUTTONS"),
    "crisis_care": ("CARE_BACK", None),
}


def question_of(name: str) -> tuple[str, tuple[Button, ...]]:
    """A question's text and buttons in the current language."""
    text, buttons = QUESTIONS[name]
    found = getattr(texts, buttons) if buttons else ()
    return getattr(texts, text), (found,) if isinstance(found, Button) else found


def ask(state: DialogueState, name: str, replies: list[Reply],
         ctx: Context | None = None) -> Turn:
    """Ask `name`; a question asked again right away comes in other words."""
    # asked right before: the other words (alternating, never the same words twice in a row)
    again = state.name == name and state.asked.get(name, 0) % 2 == 1
    repeated = state.name == name
    state.asked = {name: state.asked.get(name, 0) + 1 if state.name == name else 1}
    state.name = name
    target = handoff_target(state, ctx) if ctx is not None else None
    if name in handoff.STATES and target is not None:
        replies.append(handoff.question(state, target, again=repeated))
    elif name in handoff.STATES:  # the organisation is gone meanwhile: back to the offers
        back = state.handoff.get("back") or "recommended"
        state.handoff = {}
        return ask(state, back, replies, ctx)
    elif name == "recommended" and ctx is not None and handoff.invite_buttons(
            state, ctx.handoff_targets):
        replies.append(Reply(question_text(state, name, again), buttons=handoff.invite_buttons(
            state, ctx.handoff_targets) + texts.AFTER_BUTTONS, expects=EXPECTS[name]))
    elif name == "confirm_delete":
        replies.append(Reply(texts.CONFIRM_DELETE, buttons=texts.YES_NO, expects="confirm"))
    else:
        _text, buttons = question_of(name)
        replies.append(Reply(question_text(state, name, again), buttons=buttons,
                             expects=EXPECTS[name]))
    return Turn(state, tuple(replies))


def who(state: DialogueState, *, accusative: bool = False) -> str | None:
    """How to name the young person someone else writes for ("dein Sohn"), if so."""
    if not state.subject:
        return None
    names = texts.WHO_ACC if accusative else texts.WHO
    relation, pronoun = state.subject.get("relation", ""), state.subject.get("pronoun") or None
    return names.get((relation, pronoun)) or names.get((relation, None)) or \
        names[("client", None)]


def question_text(state: DialogueState, name: str, again: bool) -> str:
    """The question's words: in other words when it comes again, about someone else when a
    parent, teacher or social worker writes."""
    person = who(state)
    if person and name in texts.QUESTION_OTHER:
        return texts.QUESTION_OTHER[name][1 if again else 0].format(who=person)
    if again:
        return texts.QUESTION_AGAIN.get(name, question_of(name)[0])
    return question_of(name)[0]


def situation_of(profile: Profile, *, parent_writes: bool = False) -> Situation:
    """The routing's view of a profile (`parent_writes`: a parent writes for their child)."""
    return Situation(
        needs=by_urgency(profile.needs), age=profile.age, region=profile.region,
        school_status=profile.school_status, school_qualification=profile.school_qualification,
        occupation=profile.occupation, languages=tuple(profile.languages),
        asked_for=tuple(profile.asked_for), parent_writes=parent_writes,
    )


def recommend(state: DialogueState, ctx: Context, replies: list[Reply]) -> Turn:
    p = state.profile
    result = route_situation(situation_of(p, parent_writes=state.subject.get("role") == "parent"),
                             ctx.offers, region_name=p.region_name)
    person = who(state, accusative=True)
    replies.append(Reply(texts.RECOMMEND_INTRO_OTHER.format(who=person) if person
                         else texts.RECOMMEND_INTRO))
    served = {o.region for o in ctx.offers} - {NATIONWIDE}
    if p.region is not None and p.region not in served:
        replies.append(Reply(texts.OUTSIDE_AREA.format(place=p.place or p.region_name)))
    elif result.nationwide_only:
        replies.append(Reply(texts.NATIONWIDE_NOTE))
    elif p.region_hinted:  # the website's Kreis: said, so that the person can correct it
        replies.append(Reply(texts.REGION_HINTED.format(region=p.region_name or p.region)))
    if "talk_to_human" in p.needs:
        replies.append(Reply(texts.TALK_TO_HUMAN))
    if not result.matches:
        replies.append(Reply(texts.NO_OFFERS))
    for need in dict.fromkeys(m.need for m in result.matches):
        group = [m for m in result.matches if m.need == need]
        names = ", ".join(m.offer.name for m in group)
        label = _(NEED_LABELS.get(need, need))
        replies.append(Reply(texts.OFFERS_FOR.format(label=label) + " " + names,
                             offers=tuple(OfferCard.from_match(m) for m in group)))
    replies.extend(internship_replies(state, ctx))
    state.recommended = [{"id": m.offer.id, "why": list(m.reasons)} for m in result.matches]
    own_way = handoff.self_only([m.offer for m in result.matches if m.offer.id not in ctx.handoff_targets])
    sent = [ctx.handoff_targets[r["id"]] for r in state.recommended if r["id"] in
            ctx.handoff_targets and handoff.already_sent(state, ctx.handoff_targets[r["id"]])]
    if handoff.eligible(state, ctx.handoff_targets):
        replies.append(Reply(texts.HANDOFF_INVITE))
    elif "talk_to_human" in p.needs and sent:
        replies.append(Reply(texts.HANDOFF_ALREADY.format(org=sent[0].org_name)))
    elif "talk_to_human" in p.needs and own_way is not None:
        # no organisation here takes handoffs: say so, and how to get in touch oneself
        replies.append(own_way)
    return ask(state, "recommended", replies, ctx)


def after_recommendation(state: DialogueState, u: Understanding, ctx: Context,
                         replies: list[Reply]) -> Turn:
    if u.intent == "affirm":
        state.profile.needs = []
        return ask(state, "ask_need", replies)
    if u.intent == "deny" or (not u.needs and not u.has_facts and says_no(u.text)):
        # (a "no" the model missed: Finglish "na, nemikham" read as a greeting, blind set L21)
        replies.append(Reply(texts.THANKS))
        return Turn(state, tuple(replies))
    if not u.needs and not u.has_facts and (leaves_open(u.text) or says_dont_know(u.text)):
        # "ma baaref", "idk honestly" to "anything else?" (blind set L28: "not understood")
        replies.append(Reply(texts.AFTER_UNSURE))
        return ask(state, "recommended", replies, ctx)
    if u.has_facts:  # "mühlheim am main genau": the same facts again
        replies.append(Reply(texts.AFTER_FACT_SAME))
        return ask(state, "recommended", replies, ctx)
    # a question about the topic (who can answer it) or something told about it (heard, and
    # where to talk about it) – however many questions came before (blind set L10: "do they
    # have to go on Saturdays?" after three answered questions got "still don't understand")
    if is_question(u.text) and (hint := offer_questions.ask_them(
            offer_questions.shown_offers(state, ctx))):
        replies.append(Reply(hint))
        return ask(state, "recommended", replies, ctx)
    if looks_like_a_sentence(u.text) and (shown := offer_questions.shown_offers(state, ctx)):
        replies.append(Reply(texts.HEARD_TELL_THEM.format(name=shown[0].name,
                                                          contact=offer_questions.contact_of(shown[0]))))
        return ask(state, "recommended", replies, ctx)
    # cannot handle: say so, and offer the questions about the offers, a human or a topic
    if state.asked.get("recommended", 0) >= 2:
        replies.append(Reply(texts.NOT_UNDERSTOOD_AGAIN, buttons=texts.NEED_BUTTONS
                             + (texts.HUMAN_BUTTON,), expects="need", fallback=True))
        state.profile.needs = []
        state.name = "ask_need"
        state.asked = {}
        return Turn(state, tuple(replies))
    replies.append(Reply(texts.NOT_UNDERSTOOD_SHORT, fallback=True))
    return ask(state, "recommended", replies, ctx)


def looks_like_a_sentence(text: str) -> bool:
    """Four or more words, most of them real words (not "asdf qwer", not emojis)."""
    words = re.findall(r"[^\W\d_]{2,}", text)
    # words in Cyrillic or Arabic script count as real (blind set L10: "هلأ نايم عند صاحبي")
    voiced = sum(not w.isascii() or any(v in w.lower() for v in "aeiou") for w in words)
    return len(words) >= 4 and voiced >= 0.75 * len(words)


def is_question(text: str) -> bool:
    """"geht das auch wenn ich nebenbei jobbe?" – a question, by its mark or first word."""
    folded = fold(text)
    if text.rstrip().endswith(("?", "؟")):  # the Arabic question mark too
        return True
    # "was mit medizin, krankenhaus oder so" answers "Welche Arbeit …? Zum Beispiel „was mit
    # Tieren“" (blind conversation set H)
    return bool(QUESTION_START.match(folded)) and not WISH_START.match(folded)
