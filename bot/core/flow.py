"""The conversation as data: named states, one function per step, replies as values.

    start -> ask_need -> ask_age -> ask_place -> ask_school_status -> ask_occupation
          -> ask_languages -> recommended        (questions not needed are skipped)
    recommended -> handoff_consent -> handoff_contact -> handoff_contact_value
                -> handoff_note -> back where we were  (bot/core/handoff.py; only after "yes")
    any state -> confirm_delete -> (back, or deleted)
    any state -> crisis help, then back to where we were

Before each step the chat's language is settled and the step is written in it
(bot/core/language.py; a wish for a language is answered in any state). This module holds
the states, the dispatch of one message (`respond`), the side questions answered in any
state, deletion and crisis help; the questions and the recommendation are
in bot/core/questions.py, the handoff inside the conversation in bot/core/handoff_turns.py,
the step's context and result in bot/core/turn.py.

docs/dialogue-flow.mmd is generated from STATES and TRANSITIONS by
`python -m bot.core.diagram > docs/dialogue-flow.mmd`; a test checks they agree.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from bot.core import crisis_care, handoff, internships, language, offer_questions, patterns, texts
from bot.core.crisis_care import CARE_STATE
from bot.core.handoff_turns import handoff_turn, start_handoff
from bot.core.messages import Button, Reply
from bot.core.questions import (
    EXPECTS,
    QUESTIONS,
    QUESTIONS_IN_ORDER,
    STATUS_ECHOES,
    SURE_TOPIC,
    TALK,
    absorb,
    advance,
    after_recommendation,
    answer_current_question,
    ask,
    is_question,
    is_short_answer,
    next_question,
    question_of,
    situation_of,
    take_region_hint,
    who,
)
from bot.core.short_answers import cancels_sending, says_no, says_yes
from bot.core.slots import JOB_NOT_KNOWN, WRITING_FOR, names_only_a_status, read_status, read_subject
from bot.core.state import DialogueState
from bot.core.status_words import foreign_status
from bot.core.turn import GLOBAL_THRESHOLD, Context, Turn, crisis_tier, is_crisis
from bot.core.understanding import Understanding
from bot.i18n import shown_language, use_language
from matching.needs import NEED_RANK
from matching.text import fold
from nlu.need_words import MONEY_TROUBLE, names_housing_trouble, topics_named

# the names other modules and tests know the flow by
__all__ = ["EXPECTS", "QUESTIONS_IN_ORDER", "STATES", "TRANSITIONS", "Context", "Turn", "crisis_tier",
           "is_crisis",
           "next_question", "respond", "situation_of"]

STATES: tuple[str, ...] = ("start", *QUESTIONS_IN_ORDER, "recommended", *handoff.STATES,
                           "confirm_delete", CARE_STATE)
_HANDOFF = handoff.STATES
TRANSITIONS: tuple[tuple[str, str], ...] = tuple(dict.fromkeys([
    # one message may answer several questions at once, so later steps can be skipped to
    *(("start", b) for b in (*TALK, "confirm_delete")),
    *((a, b) for i, a in enumerate(QUESTIONS_IN_ORDER) for b in TALK[i + 1:]),
    # "neu starten", a new topic and "vergiss es" lead back to the first question
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
    # clear danger: crisis care at once from anywhere (a handoff being set up goes on, urgent);
    # it stays until the person turns to a topic or goes back ("Zurück zu meinem Thema")
    *(("start", CARE_STATE),), *((a, CARE_STATE) for a in TALK),
    *((CARE_STATE, b) for b in TALK), (CARE_STATE, "handoff_consent"),
    (CARE_STATE, "confirm_delete"), ("confirm_delete", CARE_STATE),
    ("handoff_note", CARE_STATE), ("handoff_consent", CARE_STATE),
]))
# who may write for a young person and be asked about them in the third person (a friend or
# sibling named in a message is mostly part of the writer's own story)
WRITES_FOR_ROLES = {"parent", "teacher", "social_worker"}
RESTART_WORDS = {"neu starten", "neustart", "restart", "von vorne", "nochmal von vorne",
                 "neu anfangen", "reset", "start"}
# "i have abitur from germany": schooling here, nobody new in Germany
GERMAN_SCHOOLING = re.compile(
    r"\b((abitur|abi|realschulabschluss|hauptschulabschluss|fachabi) (from|aus) (germany|deutschland)|"
    r"(born|grew up|went to school) in germany|in deutschland (gemacht|geboren|aufgewachsen)|"
    r"deutsche[sn]? (abitur|abi|abschluss|zeugnis))\b")
# "sie ist in der 9. klasse" tells a school status, not trouble at school
SCHOOL_TROUBLE = re.compile(
    r"(stress|problem|mobb|gemobbt|aerger|streit|angst|noten|note \d|\b[56]er\b|sitzen|"
    r"versetzung|laeuft|klappt|mitkomm|komm\w* nicht mit|verkack|versau|schlecht|mies|\bnix\b|"
    r"nichts|gar nicht|lust|schwaenz|fehlstunden|verweis|suspendiert|rausgeflogen|geflogen|"
    r"schulverweiger|ueberfordert|druck|pruefung|durchgefallen|durchfall|hass|bock|lehrer|"
    r"schaff|nicht mehr hin|abbrechen|abgebrochen|ausgelacht|ausgegrenzt|allein|einsam|"
    r"konzentr|lernen|nachhilfe|schlimm|scheiss|kacke|nervt|hilfe|trouble|bully|bullied|fail|"
    # English, now that "im in school …" names the status (blind set L7)
    r"skip|truant|grades|exam|teacher|hate|drop out|dropping out|behind|kicked out|expelled|help|worried)")

STUDIES = re.compile(r"\b(studium|studier\w*|semester|uni|universitaet|hochschule|fh|bachelor|studiengang)\b")
# "bin noch in der 10. an der realschule": a pupil on the way to a qualification needs no
# second chance at one (blind set I) – unless something says so
# having a school qualification, said so ("ich habe den Realschulabschluss", "i have a …", "got my …")
HAS_QUALIFICATION = re.compile(r"\b(ich )?(hab|habe|hab den|habe den|hab meinen|habe meinen|i have|i ve got|"
                               r"i got|got my|i have a|i have my|i ve|ive got|mit)\b")
QUALIFICATION_WISH = re.compile(r"\b(want|need|get|redo|catch up|how|no|not|don ?t|without|kein\w*|nicht)\b")
QUALIFICATION_TROUBLE = re.compile(
    r"(nachhol|ohne (\w+ )?abschluss|kein\w* (\w+ )?abschluss|schaff|durchgefallen|nicht bestanden|verpass|"
    r"abgebrochen|abbrechen|rausgeflogen|geflogen|sitzen|wiederhol|noten|angst|\bwie\b|\bwo\b|\bwas\b|"
    r"welche\w*|\?|brauch|will|moecht|machen|nachtraeglich|second|without)")


def respond(state: DialogueState, u: Understanding, ctx: Context) -> Turn:
    """One step of the conversation, written in the chat's language (bot/core/language.py)."""
    state = state.copy()
    state.turns += 1
    take_region_hint(state.profile, u, ctx)
    first = state.name == "start"
    how = language.settle(state, u)
    with use_language(shown_language(state.language)):
        turn = _respond(state, u, ctx, how)
        return language.with_notes(turn, how, first=first,
                                   greeting=texts.greeting(ctx.retention_days))


def _respond(state: DialogueState, u: Understanding, ctx: Context, how: str | None) -> Turn:
    _note_subject(state, u)
    if (state.profile.occupation is None and "occupation" not in state.skipped
            and JOB_NOT_KNOWN.search(fold(u.text))):
        state.skipped.append("occupation")  # "ما بعرف شو بدي اشتغل": the job question is answered
    tier = crisis_tier(u)
    if tier is not None and not u.crisis and not u.is_payload and (
            state.name == CARE_STATE or patterns.is_offer_question(state, u)):
        # after a crisis answer only the lexicon's clear words alarm again (the rest is a
        # follow-up); a question about the offers shown is no danger
        tier = None
    if state.name == CARE_STATE and crisis_care.says_plan(state, u):
        tier = "crisis"  # a plan taking shape: crisis help again, 112 with it
    pending, state.check_pending = state.check_pending, False
    if pending and tier == "check":
        # the answer to the check-in: after a "no" ("nein er schlägt mich nicht, er schreit nur
        # rum", blind set J) no second check-in; else a possible danger again ("آره، بعضی وقتا
        # فکر می‌کنم کاش نبودم" – yes, sometimes I wish I weren't here) is crisis help, not the
        # same question a second time (blind set L23)
        first_word = re.split(r"[\s,.!;:]+", u.text.strip(), maxsplit=1)[0]
        tier = None if crisis_care.NO.match(fold(u.text)) or says_no(first_word) else "crisis"
    if tier == "crisis" or (pending and crisis_care.wants_yes(u) and not u.needs):
        absorb(state.profile, u)  # what the message tells is kept: no need to say it again
        return crisis_care.enter(state, u, ctx)
    if pending and crisis_care.classify(u.text) in crisis_care.STAYS_WITH_DANGER:
        # no yes, but a question that only makes sense in danger ("soll ich einfach zahlen?"):
        # crisis care, and the question answered
        absorb(state.profile, u)
        enter = crisis_care.enter(state, u, ctx)
        more = crisis_care.follow_up(enter.state, u, ctx, facts_changed=False)
        extra = more.replies if more is not None else ()
        return dataclasses.replace(enter, replies=(*enter.replies, *extra))
    if (pending and patterns.wants_clarification(u) and not u.needs and not u.has_facts
            and state.name not in FACT_QUESTIONS):
        # "warum fragst du das?", "چرا این را می‌پرسی؟" right after the check-in: why it was
        # asked, and the question stays open – the "no" after it is its answer (blind set L16);
        # after the check-in and a question for a fact, "wieso willst du das wissen?" asks about
        # the fact (blind set A)
        state.check_pending = True
        return Turn(state, (crisis_care.check_in_question(texts.CHECK_IN_WHY),))
    if language.wants_choice(u):
        return Turn(state, (language.choice(),))
    if how == language.ASKED and not (u.needs or u.has_facts):
        # "can you speak english?": said in it (bot/core/language.py), then where we were
        return _in_new_language(state, ctx)
    if u.text.strip() in ("/restart", "/start") or fold(u.text) in RESTART_WORDS:
        fresh = DialogueState(crisis=state.crisis, turns=state.turns, language=state.language)
        intro = texts.RESTARTED if state.name != "start" else texts.greeting(ctx.retention_days)
        return ask(fresh, "ask_need", [Reply(intro)])
    if state.name == "confirm_delete":
        return _confirm_delete(state, u, ctx)
    if u.is_payload and (offer := offer_questions.named_offer(u.text, ctx)) is not None:
        # the chat link of an offer's page: that offer, and what one can ask about it
        return ask(state, "recommended", list(offer_questions.about(state, offer, ctx)), ctx)
    turn = handoff_turn(state, u, ctx)
    if turn is not None:
        return turn
    replies: list[Reply] = []
    if not u.has_facts and patterns.wants_deletion(u) and not (
            u.intent == "delete_data" and u.confidence >= GLOBAL_THRESHOLD):
        # said in words the model is unsure of ("udali vse pro menya pozhaluysta", blind set
        # L27: answered as a question about the offers, nothing deleted)
        return _on_delete(state, u, ctx, replies)
    if state.name == CARE_STATE:
        if u.intent == "delete_data" and u.confidence >= GLOBAL_THRESHOLD:
            return _on_delete(state, u, ctx, replies)
        invited = state.care.pop("invited", False)
        if invited and not u.is_payload and (crisis_care.wants_yes(u)
                                             or patterns.asks_to_be_contacted(u.text)):
            # "ja, die sollen sich bitte schnell melden" right after "a service can get in touch
            # with you quickly, if you like" (blind set L28: "I'm listening"): the consent step
            targets = handoff.eligible(state, ctx.handoff_targets, also=state.care.get("shown", ()))
            if targets:
                return start_handoff(state, targets[0], ctx)
        facts = _facts_only(u)
        if facts.occupation is not None and is_question(u.text):
            # "а если я позвоню, они полицию вызовут?" names no wish to join the police (L18)
            facts = dataclasses.replace(facts, occupation=None)
        changed = absorb(state.profile, facts)
        said_facts = any(v is not None for v in (facts.age, facts.place, facts.school_status,
                                                 facts.occupation))
        # a fact said again inside a question ("darf ich mit 13 da anrufen?") is no news
        repeated = said_facts and not changed and crisis_care.classify(u.text) is not None
        care = crisis_care.follow_up(state, u, ctx,
                                     facts_changed=bool(changed) or (said_facts and not repeated))
        if care is not None:
            return care
        open_before = state.resume
        state.name = state.resume if state.resume in TALK else "ask_need"
        state.resume = None
        replies.append(Reply(texts.CARE["leave"]))
        if u.text.strip() == "/resume" and open_before in FACT_QUESTIONS and _still_open(state, open_before):
            # "Zurück zu meinem Thema": the question that was open before the crisis, again – even
            # where the topic the crisis added would now skip it (blind set L24)
            return ask(state, open_before, replies, ctx)
        if not u.needs:
            return advance(state, ctx, replies)
    implied = state.care.pop("implied_need", None) if pending else None
    if pending and crisis_care.unsure(u) and not u.needs and not u.has_facts:
        # "weiß nicht" to "are you in danger?": not a no – the 24/7 line once more, the yes
        # one tap away, then on with the topic (blind set J)
        replies.append(Reply(texts.CHECK_IN_UNSURE, buttons=(Button(texts.CHECK_IN_YES, "/crisis"),),
                             crisis_check=True))
        return advance(state, ctx, replies) if state.name != "start" else ask(
            state, "ask_need", replies, ctx)
    if pending and crisis_care.wants_no(u) and not u.has_facts and set(u.needs) <= {"crisis"}:
        # ("nein, bin nicht in gefahr" names the danger word only: still a no)
        if implied and state.profile.needs == [implied]:
            state.profile.needs = []  # "nein, alles okay": the topic was only guessed
        replies.append(Reply(texts.CHECK_IN_RELIEF))
        return advance(state, ctx, replies) if state.name != "start" else ask(
            state, "ask_need", replies, ctx)
    if (pending and tier is None and crisis_care.wants_no(u) and not u.has_facts
            and NO_THEN_MORE.match(fold(u.text))):
        # "нет, в опасности нет, просто очень устал": the no first, then what is heavy – the topic
        replies.append(Reply(texts.CHECK_IN_RELIEF))
        u = dataclasses.replace(u, needs=tuple(n for n in u.needs if n != "crisis"))
    if implied and u.has_facts and not state.profile.needs and all(n == "crisis" for n in u.needs):
        # "bin 17, wohn in halle" after the check-in: the topic is what the check-in was about
        u = dataclasses.replace(u, needs=(implied,))
    if tier == "check":
        implied = crisis_care.implied_need(state, u)
        question = crisis_care.check_in(state, u)
        if implied:
            state.care["implied_need"] = implied
            if u.has_facts:  # "meine tochter (15) will manchmal verschwinden": go on with it
                u = dataclasses.replace(u, needs=(implied,))
        after = _flow(state, u, ctx, replies, soft=True)
        if any(r.fallback for r in after.replies):
            # "hab eh alles selbst verbockt": after the check-in an open door, never "I did not
            # understand" (blind conversation set H)
            kept = tuple(r for r in after.replies if not r.fallback and not r.expects)
            door = Reply(texts.CHECK_IN_MORE, buttons=texts.NEED_BUTTONS, expects="need")
            return dataclasses.replace(after, replies=(question, *kept, door))
        # no "you're welcome" under the check-in ("мне всё равно никто не поможет" read as a
        # "no" to "anything else?", blind set L28)
        polite = (texts.THANKS, texts.GOODBYE)
        return dataclasses.replace(after, replies=(question, *(r for r in after.replies
                                                               if r.text not in polite)))
    return _flow(state, u, ctx, replies)


def _in_new_language(state: DialogueState, ctx: Context) -> Turn:
    """After a wish for a language: the open question again, now in it."""
    if state.name == "start":
        state.name = "ask_need"
        return ask(state, "ask_need", [Reply(texts.greeting(ctx.retention_days))])
    if state.name == CARE_STATE:
        return Turn(state, (crisis_care.other_language(state, ctx),))
    return ask(state, state.name, [], ctx)


def _note_subject(state: DialogueState, u: Understanding) -> None:
    """A parent, teacher or social worker writes for someone: ask about that person."""
    if not state.subject and not u.is_payload and (subject := read_subject(u.text)) is not None \
            and (subject.role in WRITES_FOR_ROLES
                 or (subject.role == "relative" and subject.relation == "child")  # "mein enkel"
                 or WRITING_FOR.search(fold(u.text))):  # "ich schreibe für meinen bruder"
        state.subject = {"role": subject.role, "relation": subject.relation,
                         "pronoun": subject.pronoun or ""}


def _facts_only(u: Understanding) -> Understanding:
    return dataclasses.replace(u, needs=())


def _without_false_needs(u: Understanding) -> Understanding:
    """Danger is no topic to route (crisis care handles it); "wir wohnen in Wernigerode"
    names a place, not a housing problem."""
    if "crisis" in u.needs:
        u = dataclasses.replace(u, needs=tuple(n for n in u.needs if n != "crisis"))
    if "housing_problems" in u.needs and u.place is not None and not names_housing_trouble(u.text):
        u = dataclasses.replace(u, needs=tuple(n for n in u.needs if n != "housing_problems"))
    if "migration_language" in u.needs and GERMAN_SCHOOLING.search(fold(u.text)):
        u = dataclasses.replace(u, needs=tuple(n for n in u.needs if n != "migration_language"))
    if "training_problems" in u.needs and (u.school_status == "studying" or STUDIES.search(fold(u.text))):
        # "5. semester maschinenbau, will abbrechen und lieber ne ausbildung": leaving university
        # is no trouble in an apprenticeship (blind set I)
        u = dataclasses.replace(u, needs=tuple(n for n in u.needs if n != "training_problems")
                                or ("career_orientation",))
    if ("school_qualification" in u.needs and u.school_status == "in_school"
            and not QUALIFICATION_TROUBLE.search(fold(u.text))):
        u = dataclasses.replace(u, needs=tuple(n for n in u.needs if n != "school_qualification"))
    if ("school_qualification" in u.needs and u.school_qualification not in (None, "none", "foreign")
            and HAS_QUALIFICATION.search(fold(u.text)) and not QUALIFICATION_TROUBLE.search(fold(u.text))
            and not QUALIFICATION_WISH.search(fold(u.text))):
        # "school is done, i have a Hauptschulabschluss" says what one has, not what one lacks
        # (blind set L28: second-chance offers and no occupation question)
        u = dataclasses.replace(u, needs=tuple(n for n in u.needs if n != "school_qualification"))
    if "school_problems" in u.needs and u.school_status is not None and not SCHOOL_TROUBLE.search(
            fold(u.text)):
        u = dataclasses.replace(u, needs=tuple(n for n in u.needs if n != "school_problems"))
    if ("family_problems" in u.needs and len(u.needs) > 1 and PARENT_WRITES.search(fold(u.text))
            and WRITING_FOR.search(fold(u.text))):
        # "Я мама, пишу за сина … потрібна практика": a parent who says who writes names the
        # topic after it, no family trouble (blind set L17)
        u = dataclasses.replace(u, needs=tuple(n for n in u.needs if n != "family_problems"))
    if ("family_problems" in u.needs and names_only_a_status(u.text)
            and not FAMILY_WORDS.search(fold(u.text))):
        # "now I'm just at home", "щас дома сижу": what someone does now, no trouble at home
        # (blind set L24)
        u = dataclasses.replace(u, needs=tuple(n for n in u.needs if n != "family_problems"))
    if ("money_problems" in u.needs and len(u.text.split()) <= 8
            and offer_questions.topic_of(u.text) == "cost"
            and not MONEY_TROUBLE.search(fold(u.text))):
        # "این مشاوره پول داره؟" – does the counselling cost money? – is no money trouble (blind set L10)
        u = dataclasses.replace(u, needs=tuple(n for n in u.needs if n != "money_problems"))
    return u


# the family named: "at home" beside them may be trouble at home, not only where one is all day
FAMILY_WORDS = re.compile(
    r"\b(eltern|mutter|mama|vater|papa|familie|streit\w*|stress|parents|mum|mom|dad|family|fight\w*|argu\w*|"
    r"мам\w*|пап\w*|родител\w*|батьк\w*|отец|отчим\w*|вітчим\w*|сім\w*|семь\w*|ссор\w*|свар\w*|крич\w*|"
    r"annem|babam|ailem|kavga\w*)\b|اهلي|أهلي|امي|أمي|ابوي|أبوي|عيلتي|پدر|مادر|خانواده")
# needs a question about where to start may name without naming a topic
VAGUE_NEEDS = ("career_orientation", "talk_to_human")


# "I'm the mother", said by a parent who writes for a child, in the languages of issue 15
PARENT_WRITES = re.compile(
    r"\b(ich bin (die |der )?(mutter|mama|vater|papa)|i ?a?m (the |his |her )?(mum|mom|mother|dad|father)|"
    r"я (\w+ )?(мама|мать|папа|отец|тато|батько)|(annesiyim|babasiyim|babasıyım))\b|"
    r"(انا|أنا) (امه|أمه|ام|أم|ابوه|أبوه|الام|الأم)\b|من (مادرش|پدرش|مادر|پدر|مادرشم|پدرشم)")
FACT_QUESTIONS = ("ask_age", "ask_place", "ask_school_status", "ask_occupation")
# a no to the check-in that goes on with something else ("nein, nur müde", "no, just tired")
NO_THEN_MORE = re.compile(r"^(nein|nee|no|nope|не|ні|нет|hayir|hayır|yok|لا|لأ|نه|na)\b")
# below this confidence a short message naming a school class reads as one's status, not a problem
STATUS_OVER_PROBLEM = 0.6


def _wish_as_need(state: DialogueState, u: Understanding) -> Understanding:
    """"einzelhandelskauffrau wär nice", "will notfallsani werden": a job named with no topic
    yet is the wish for an apprenticeship in it (blind set J) – not one's own training."""
    after_offers = (state.name == "recommended" and state.profile.occupation is None
                    and not {"seek_apprenticeship", "seek_internship"} & set(state.profile.needs))
    if (u.occupation and not u.needs and (not state.profile.needs or after_offers)
            and "in_training" not in (u.school_status, state.profile.school_status)):
        # also after offers for another topic ("ich will mit holz arbeiten. tischler" after the
        # offers for a newcomer, blind sets L8 and L9): the offers for it at once, no new intake
        if after_offers and state.profile.school_status is None and "school_status" not in state.skipped:
            state.skipped.append("school_status")
        return dataclasses.replace(u, needs=("seek_apprenticeship",))
    return u


def _flow(state: DialogueState, u: Understanding, ctx: Context, replies: list[Reply],
          *, soft: bool = False) -> Turn:
    """The intake flow with its repair patterns (bot/core/patterns.py) in front."""
    if state.name == "ask_school_status" and u.school_status is None and not u.is_payload:
        # the answer to "Was machst du gerade?" in any language ("він ще ходить до школи, 9 клас",
        # blind set L7): the school words in it name the status, they add no school topic
        u = dataclasses.replace(u, school_status=read_status(u.text))
    elif (state.name != "start" and u.school_status is None and not u.is_payload
          and (u.language not in (None, "de")
               or (names_only_a_status(u.text) and read_status(u.text) == "unemployed"))
          # "are you a bot? can my school see this?" asks about Lotse (blind set L24)
          and patterns.side_question(state, u) not in ("bot", "privacy")):
        # a status told in another language when nothing asked for it ("Он в 9 классе,
        # Sekundarschule" after the offers, blind set L8) is a fact, as in German – also when
        # the model guesses a school problem in it ("він у 9 класі, Sekundarschule", L17); in
        # German a message that says only that one does nothing now ("ich mach grad nix. bin
        # zuhause", no family trouble: L6 once "zuhause" no longer reads as one – not "suche nen
        # ausbildungsplatz", which the lenient reading of a status answer takes for training)
        german = u.language in (None, "de")
        status = read_status(u.text) if german else foreign_status(u.text)
        if not u.needs or german:
            u = dataclasses.replace(u, school_status=status)
        elif (status is not None and set(u.needs) == {"school_problems"}
              and u.confidence < STATUS_OVER_PROBLEM and len(u.text.split()) <= 6):
            u = dataclasses.replace(u, school_status=status, needs=())
    u = _wish_as_need(state, _without_false_needs(u))
    side = patterns.side_question(state, u)
    if side == "privacy" and patterns.asks_about_storage(u):
        # "…my data to the Ausländerbehörde?", "…наші дані в школу?": no topic, no fact
        u = dataclasses.replace(u, needs=(), school_status=None, school_qualification=None,
                                occupation=None, languages=())
    if state.name == "start":
        replies.append(Reply(texts.greeting(ctx.retention_days)))
        state.name = "ask_need"
        if not (u.needs or u.has_facts) and u.intent not in ("delete_data", "bot_challenge") \
                and not soft and (side is None or side == "bot"):
            return ask(state, "ask_need", replies)
    if soft and state.name == "ask_need" and not (state.profile.needs or u.needs or u.has_facts):
        # after the check-in: no "not understood", just an open door
        state.asked = {"ask_need": 1}
        return Turn(state, (*replies, Reply(texts.CHECK_IN_MORE, buttons=texts.NEED_BUTTONS,
                                            expects="need")))
    open_question = state.name if state.name in EXPECTS else "ask_need"
    if u.text.strip() == "/resume":  # "Zurück zu meinem Thema" pressed again later
        return advance(state, ctx, replies) if state.profile.needs else ask(
            state, open_question, replies, ctx)
    if patterns.wants_cancel(u) and u.needs:  # "ich will was anderes: …" – the new topic only
        state.profile.needs = []
        state.recommended = []
    if patterns.wants_cancel(u) and not u.needs:
        state.profile.needs = []
        state.recommended = []
        state.name = "ask_need"
        state.asked = {"ask_need": 1}
        return Turn(state, (*replies, Reply(texts.CANCELLED, buttons=texts.NEED_BUTTONS,
                                            expects="need")))
    if (patterns.declines_to_say(u) and not set(u.needs) - {"talk_to_human"} and not u.has_facts
            and open_question in ("ask_age", "ask_place", "ask_school_status", "ask_occupation")):
        # "why do you want my age? I won't say" (blind set L10), "не хочу говорить, сколько мне
        # лет" (L15; "говорить" reads as talking to someone to the model): on without it
        state.skipped.append(open_question.removeprefix("ask_"))
        return advance(state, ctx, [*replies, Reply(texts.SKIPPED)])
    if patterns.wants_clarification(u) and not u.needs and not u.has_facts:
        state.asked[open_question] = state.asked.get(open_question, 0) + 1
        buttons = question_of(open_question)[1] if open_question in QUESTIONS else ()
        return Turn(state, (*replies, Reply(texts.CLARIFY.get(open_question, texts.HELP),
                                            buttons=buttons, expects=EXPECTS[open_question])))
    if (state.internships_shown and "seek_internship" in state.profile.needs
            and (about := internships.topic_of(u.text))):
        replies.append(Reply(internships.answer(about, state.internships_shown)))
        return ask(state, "recommended", replies, ctx)
    # the topic a "who helps me with …?" names ("was kann ich da machen" names none)
    named = tuple(n for n in topics_named(u.text) if n not in VAGUE_NEEDS) if side == "who" else ()
    if named and not offer_questions.answering(offer_questions.shown_offers(state, ctx), named):
        side = None  # "who helps me with housing?" after offers for school: a new topic
        u = dataclasses.replace(u, needs=named)
    if (side is not None and set(u.needs) - set(state.profile.needs)
            and offer_questions.SOMEONE_FOR_THIS.search(fold(u.text))):
        side = None  # "… my father shouts at me. is there someone for this too?": a new topic
    if side is not None and state.recommended and side in offer_questions.ANSWERS:
        shown = offer_questions.shown_offers(state, ctx)
        if named:  # "who helps me with the debts?": an offer for them first
            shown = offer_questions.answering(shown, named) or shown
        cards = offer_questions.cards_for(side, shown, state)
        wanted = offer_questions.wanted_languages(u.languages, state.language)
        home = offer_questions.home_of(state, ctx)
        replies.append(Reply(offer_questions.answer(side, shown, ctx, languages=wanted, home=home),
                             offers=cards))
        if (other := offer_questions.second_topic(u.text, side)) is not None:
            replies.append(Reply(offer_questions.answer(other, shown, ctx, languages=wanted, home=home)))
        return ask(state, "recommended", replies, ctx)
    if patterns.wants_offers_now(u) and state.profile.needs and not u.needs:
        # "zeig mir einfach, was es gibt": the questions left can wait
        state.skipped += [s for s in ("age", "place", "school_status", "occupation", "languages")
                          if s not in state.skipped]
        return advance(state, ctx, replies)
    if side is not None:
        text = patterns.aside_text(side, ctx.retention_days)
        if text and not (side == "bot" and replies):  # the greeting already said it
            replies.append(Reply(text))
        if side == "human" and "talk_to_human" not in state.profile.needs:
            state.profile.needs.append("talk_to_human")
        # ("wait are you a bot? can my school see this?" names the school already known: no new
        # topic, blind set L24)
        if not set(u.needs) - set(state.profile.needs) and not u.has_facts and text:
            if state.name == "recommended":  # asked after the offers: they stay, nothing is asked
                return ask(state, "recommended", replies, ctx)
            if open_question == "ask_need" and state.profile.needs:
                return advance(state, ctx, replies)
            return _ask_uncounted(state, open_question, replies, ctx)
    if patterns.wants_to_confide(u):
        replies.append(Reply(texts.CONFIDE))
        return ask(state, open_question, replies, ctx)
    if patterns.is_chitchat(u) and not u.is_payload:
        replies.append(Reply(texts.CHITCHAT))
        return ask(state, open_question, replies, ctx)
    if not u.needs and not u.has_facts and not u.is_payload and handoff.names_a_contact(u.text):
        # an e-mail address or a phone number nobody asked for ("jayden.qlb@gmail.com" after "I
        # can't pass you on", blind set L18): said what happens with it, no "not understood"
        replies.append(Reply(texts.CONTACT_UNASKED))
        return ask(state, "recommended" if state.name == "recommended" else open_question, replies, ctx)
    if not u.has_facts and not u.is_payload and cancels_sending(u.text, changed_mind=False):
        # "хотя нет, передумала, ничего не отправляйте" with no handoff under way (blind set
        # L18: read as a topic): said that nothing goes anywhere, and on with the open question
        replies.append(Reply(texts.NOTHING_TO_SEND))
        return ask(state, "recommended" if state.name == "recommended" else open_question, replies, ctx)

    if not u.needs and not u.has_facts and not u.is_payload and patterns.nothing_else(u):
        # "no, nothing else. thx!", "нет, больше ничего" after "anything else?" (blind set L26:
        # "not understood", and a check-in)
        return _on_thanks(state, u, ctx, replies)
    if not u.needs and not u.has_facts and (u.confidence >= GLOBAL_THRESHOLD or u.is_payload):
        handler = GLOBAL_HANDLERS.get(u.intent)
        if u.intent == "goodbye" and is_question(u.text):
            handler = None  # "هل لازم روح يوم السبت؟" asks; it does not say goodbye (blind set L10)
        if u.intent == "bot_challenge" and not (u.is_payload or patterns.model_asks_if_bot(u)):
            handler = None  # "این خط ها آدم را دیوانه میکنه" names a person, asks nothing (L24)
        if handler is not None:
            return handler(state, u, ctx, replies)

    if state.name == "recommended" and u.needs:
        state.profile.needs = []
    if is_short_answer(state, u, ctx):
        # "ich geh noch zur schule" answers the question; it is no new school problem.
        u = dataclasses.replace(u, needs=tuple(n for n in u.needs if NEED_RANK.get(n, 9) <= 2))
    elif state.name == "ask_school_status" and names_only_a_status(u.text):
        # a longer answer that only names the status: the school in it is no new topic unless the
        # model is sure ("ba3dni bl madrase", "مدرسه رو تموم کردم، الان کار نمیکنم": blind set L19;
        # "okula gidiyorum ama çok mutsuzum" says more, and keeps its topics)
        u = dataclasses.replace(u, needs=tuple(n for n in u.needs if n not in STATUS_ECHOES
                                               or (u.intent == n and u.confidence >= SURE_TOPIC)))
    changed = absorb(state.profile, u, person=who(state))
    if changed:
        replies.append(Reply(texts.corrected(changed)))
    retry = answer_current_question(state, u, ctx, replies)
    if retry is not None:
        return retry
    if state.name == "recommended" and not u.needs and not changed and not u.has_facts:
        return after_recommendation(state, u, ctx, replies)
    return advance(state, ctx, replies)


# --- global intents, answered in any state ---------------------------------------------

Handler = Callable[[DialogueState, Understanding, Context, list[Reply]], Turn]


def _reask(state: DialogueState, replies: list[Reply], text: str, ctx: Context) -> Turn:
    """Say `text`, then repeat the open question so the person knows where we are."""
    replies.append(Reply(text))
    return ask(state, state.name, replies, ctx)


def _still_open(state: DialogueState, question: str) -> bool:
    """Whether a fact question has no answer yet and was not skipped."""
    slot = EXPECTS[question]
    p = state.profile
    missing = {"age": p.age is None, "place": p.region is None,
               "school_status": p.school_status is None and p.school_qualification is None,
               "occupation": p.occupation is None}
    return missing.get(slot, False) and slot not in state.skipped


def _ask_uncounted(state: DialogueState, name: str, replies: list[Reply], ctx: Context) -> Turn:
    """The open question again after answering the person's own question: a question asked
    back is no failed answer, so it does not bring Lotse nearer to going on without it."""
    before = state.asked.get(name, 0) if state.name == name else 0
    turn = ask(state, name, replies, ctx)
    if before:
        # one less than before: the wording still alternates (never the same words twice in a
        # row), and the question asked back costs no try
        turn.state.asked[name] = before - 1
    return turn


def _on_help(state: DialogueState, u: Understanding, ctx: Context, replies: list[Reply]) -> Turn:
    if state.name == "recommended":
        state.profile.needs = []
        state.name = "ask_need"
    # "what can you even do?" asked back costs the open question no try (blind set L27: the
    # age question was given up on the "ok" after it)
    replies.append(Reply(texts.HELP))
    return _ask_uncounted(state, state.name, replies, ctx)


def _on_bot_challenge(state: DialogueState, u: Understanding, ctx: Context,
                      replies: list[Reply]) -> Turn:
    if replies:  # the greeting already said it
        return ask(state, state.name, replies, ctx)
    replies.append(Reply(texts.bot_challenge(ctx.retention_days)))
    return _ask_uncounted(state, state.name, replies, ctx)


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
    if u.text.strip().lower() in ("/loeschen", "/löschen", "/delete"):
        # the command again while its question is open: the question again, nothing decided
        return Turn(state, (Reply(texts.CONFIRM_DELETE, buttons=texts.YES_NO, expects="confirm"),))
    if u.intent == "affirm" or fold(u.text) in {"ja", "ja loeschen", "loeschen", "ja bitte"} \
            or says_yes(u.text) or patterns.confirms_deletion(u):
        # `deleted`: a client that keeps the sender id on the device forgets it too
        return Turn(DialogueState(), (Reply(texts.DELETED, deleted=True),),
                    effects=("delete_data",))
    state.name = state.resume if state.resume in EXPECTS else "ask_need"
    state.resume = None
    return ask(state, state.name, [Reply(texts.NOT_DELETED)], ctx)


# --- facts, answers and the next question ------------------------------------------------

# --- handoff to a counselling service (steps in bot/core/handoff.py) ---------------------

