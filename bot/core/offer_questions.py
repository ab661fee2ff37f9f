"""Questions about the offers just shown – open now, hours, cost, anonymity, appointment,
writing instead of calling, where, how to get there, what to bring – answered from the
catalogue's fields; what the catalogue does not know is said honestly."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.core import texts
from bot.core.messages import OfferCard, Reply
from bot.core.offer_questions_languages import OTHER_LANGUAGES
from bot.core.state import DialogueState
from bot.core.turn import Context
from bot.i18n import base_language
from bot.i18n.context import gettext
from matching.hours import is_open
from matching.languages import language_name
from matching.model import Match, Offer, Place
from matching.needs import PRIMARY_CATEGORIES
from matching.places import distance_km
from matching.text import fold

SHOWN = 3  # answer for the first offers shown (the best ones)
# public counselling that costs the young person nothing wherever it is offered: the
# Berufsberatung (SGB III), Jobcenter and youth welfare services (SGB II, SGB VIII), school
# social work, the Jugendmigrationsdienste and the crisis lines
FREE_BY_LAW = {"career_guidance", "youth_employment_agency", "jobcenter", "youth_vocational_aid",
               "school_social_work", "migration_counselling", "crisis_line"}

# (topic, pattern on folded text); the first that matches is the question
# "Is there someone who speaks Arabic?" – about the offers shown, or in crisis care about the
# lines (blind sets L7 and L8), in every language of the chat
SPEAKS_QUESTION = (r"\b(spricht|sprechen|redet|reden|versteht|verstehen) (da|dort|die|denn|auch|jemand|wer)\b.{0,30}"
    r"\b(arabisch|tuerkisch|russisch|ukrainisch|persisch|farsi|dari|englisch|meine sprache|\w+isch)\b|"
    r"\b(jemand|wer) (da |dort )?(der |die )?(\w+isch|meine sprache) (spricht|kann|versteht)\b|"
    r"\b(is there|are there|does|do) (any ?one|some ?one|any ?body|some ?body|people|they|anyone there) "
    r"(there |who |that )?(speaks?|talks?|understands?)\b|\bspeak my language\b|"
    r"\b(кто ?-?нибудь|кто ?-?то|кто) (там )?(говорит|понимает|разговаривает)\b|\b(хтось|хто) (там )?(говорить|розмовляє|розуміє)\b|"
    r"\b(türkçe|turkce|tuerkce|tuerkçe|arapça|arapca|farsça|farsca|rusça|rusca|ingilizce) (bilen|konuşan|konusan|anlayan)\b|"
    r"(في|فيه|في شي) (حدا|احد|أحد) (هناك |هنيك |هونيك |هون |هنا |عندهم |هنالك )?(بيحكي|يحكي|بيتكلم|يتكلم|يعرف)|(حدا|احد|أحد) (بيحكي|يحكي|بيتكلم|يتكلم) (عربي|بالعربي|العربيه)|"
    r"کس[یي] .{0,20}(فارس[یي]|دري|دری|زبان من) .{0,10}(حرف|صحبت|گپ)|"
    r"(به )?(فارس[یي]|دري|دری) .{0,20}(با )?کس[یي] .{0,10}(حرف|صحبت|گپ)|"
    r"\b(fi|fih|fee) (7ada|had|a7ad) (bye7ki|bi7ki|ye7ki|yehki|byehki|byetkallam)\b|\bkasi (farsi|dari) (harf|sohbat)\w*|"
    # blind set L8: Iraqi "اكو احد يحچي عربي بهذا الرقم؟", Farsi "فارسی هم حرف میزنن؟"
    r"(اكو|في|فيه) (احد|حدا|أحد) (يحچي|يحكي|بيحكي|يتكلم|يحچى)|"
    r"(فارس[یي]|دري|دری|عرب[یي]|ترک[یي]) (هم )?(حرف|صحبت) (م[یي] ?زنن|م[یي] ?كنن|م[یي] ?کنن|م[یي] ?زنند|م[یي] ?کنند)|"
    # blind set L10: "там по-русски говорят?", "اونجا کسی فارسی یا دری بلده؟", "مشاور اونجا فارسی بلده؟"
    r"\b(там|тут|у них|они)( кто-то| кто-нибудь| хтось)? (по[- ]?\w+ски|\w+ською|на \w+ом) (говорят|говорит|разговаривают|понимают|"
    r"розмовляють|розмовляє|говорять|говорить|розуміють)\b|\b(говорят|розмовляють|говорять|понимают|розуміють) (ли )?(там |тут )?"
    r"(по[- ]?\w+ски|\w+ською)\b|"
    r"(فارس[یي]|دري|دری|عرب[یي]|ترک[یي]|انگلیس[یي]|روس[یي]|زبان من)\w* (رو |را )?(هم )?(بلد|م[یي] ?دون|م[یي] ?فهم)\w*")

# "ist das weit?", "wie weit ist das?" (blind set L30: it was read as "are you a bot?"); the
# internship places' questions use it too
DISTANCE_QUESTION = (r"\b(ist (das|es|der|die|dis|des|sie) (\w+ )?(weit|nah|weit weg)|wie weit|weit weg|"
                     r"wie lange (fahr|brauch|dauert die fahrt)|fahrzeit|entfernung|how far|far away|"
                     r"(is|are) (it|that|they|this|those) (very |too |really )?(far|close|near)( by)?)\b")

TOPICS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(
    p + ("|" + OTHER_LANGUAGES[name] if name in OTHER_LANGUAGES else ""))) for name, p in (
    ("languages", SPEAKS_QUESTION),
    ("for_someone", r"\b(kann|darf|soll) ich (das|da|dort)? ?(fuer (ihn|sie)|statt (ihm|ihr)|machen|anrufen)\b.{0,30}\b(oder|muss)\b|"
                    r"\bmuss (er|sie) (da |dort )?(selber|selbst)\b|\bkann ich (fuer (ihn|sie)|an seiner stelle|an ihrer stelle)\b"),
    ("open_now", r"\b(haben|hat|sind|ist) (die|der|das|sie)?\s?(heute|jetzt|grad|gerade|morgen|noch|"
                 r"am wochenende|samstags?|sonntags?|abends?|montags?|freitags?)\b.{0,15}\b(auf|offen|geoeffnet|erreichbar|da)\b|"
                 r"\b(jetzt|heute|gerade) (noch )?(offen|auf|erreichbar)\b|\bopen (now|today)\b|"
                 r"\b(are|is) (they|it|that|he|she) (still )?open\b|\bopen (on )?(the )?(weekends?|saturdays?|sundays?|tonight|tomorrow)\b|"
                 r"\bkann ich (da )?(jetzt|heute|gleich) (noch )?(hin|anrufen)"),
    ("hours", r"\b(oeffnungszeiten|sprechzeiten|wann (haben|hat|sind|ist|kann|koennen)|"
              r"bis wann|ab wann|wann offen|opening hours|when (are|is|do)|"
              r"kann ich (da |dort )?(auch )?(nach (der schule|der arbeit|feierabend|dem unterricht|der berufsschule)|nachmittags|"
              r"abends|um \d+( uhr)?|gegen \d+)|so \d{1,2} uhr|"
              r"can i (go|come|call) (there |them )?(after|at|around|in the)|"
              # "at 3pm" – not Arabizi "3am" ("I am …": "3am b2ol")
              r"(at|by|until|till|from|after|before|around|um|ab|bis|gegen) \d{1,2} ?(pm|am))\b"),
    # "ich muss geld zurück zahlen" is a debt, not a question about the cost (blind set L8)
    ("cost", r"\b(kostet|kosten|kostenlos|gratis|umsonst|(?<!zurueck )bezahlen|(?<!zurueck )zahlen|geld dafuer|"
             r"cost|free of charge|pay|(is|are) (it|that|this|they|those|the \w+( \w+)?) (really |all )?free|for free)\b"),
    ("anonymous", r"\b(eltern|mama|papa|mutter|vater|lehrer|chef)\b.{0,25}\b(mit|erfahren|wissen)\b|"
                  r"\bkriegen .{0,20}\bmit\b|"
                  r"\b(erfahren|erfaehrt|wissen|sagen|erzaehlen|melden)\b.{0,25}\b(eltern|mama|papa|mutter|"
                  r"vater|lehrer|lehrerin|chef|chefin|schule|jugendamt|polizei)\b|"
                  r"\b(bleibt das|bleibt es) unter uns\b|\bsagen (die|sie) (das|es) weiter\b|"
                  r"\b(ist|bleibt) (das|es|des) (auch )?geheim\b|"
                  r"\bohne (meine |meinen |meinem )?(eltern|mama|papa|mutter|vater)\b|"
                  r"\bwithout my (parents|mom|mum|dad)\b|\b(will|do|would) my (parents|mom|mum|dad|boss|school) "
                  r"(know|find out|be told)\b|\btell my (parents|mom|mum|dad)\b|"
                  r"\b(anonym|name sagen|namen sagen|namen angeben|erfahren (meine )?(eltern|mama|papa)|"
                  r"erfaehrt (das|es)|vertraulich|schweigepflicht|anonymous|confidential|secrecy|"
                  r"(parents|mom|mum|dad|boss|school|teacher) (can ?t|cannot|mustn ?t|won ?t|will|would) (ever )?find out)\b"),
    ("work_hours", r"\bwie (viele|lange) stunden\b|\bstunden (am|pro) tag\b|\bwie lange (muss|darf|soll) (ich|er|sie|man) "
                   r"(da |dort )?(arbeiten|bleiben)\b|\bhow many hours\b"),
    ("weekend_work", r"\b(samstags?|sonntags?|am wochenende|wochenends)\b.{0,25}\b(arbeiten|schicht|dienst)\b|"
                     r"\b(arbeiten|arbeitet)\b.{0,25}\b(samstags?|sonntags?|am wochenende)\b|\bwork (on )?(saturdays?|sundays?|weekends?)\b"),
    ("tutoring", r"\b(nachhilfe|lernhilfe|lernfoerderung|tutoring)\b"),
    ("first_aid", r"\berste ?hilfe ?(kurs\w*|schein|lehrgang|training)\b|\bkurs\w* in erster hilfe\b|"
                  r"\bfirst aid (course|class|training)\b"),
    ("bab", r"\b(bab|berufsausbildungsbeihilfe|ausbildungsbeihilfe)\b|\bgeld\b.{0,40}\b(ausbildung|azubi|lehre)\b"
            r".{0,30}\b(reicht (nicht|nich|net|hinten)|zu wenig)\b|\b(ausbildungs(gehalt|verguetung|geld)|azubi ?gehalt|"
            r"azubi ?lohn)\b.{0,30}\b(reicht (nicht|nich|net|hinten)|zu wenig|zu niedrig)\b|"
            r"\b(ausbildung|azubi|lehre)\b.{0,40}\bgeld reicht (vorne und hinten |hinten und vorne )?(nicht|nich|net)\b"),
    ("appointment", r"\b(termin|einfach (hin|vorbei)|vorbeikommen|vorbeigehen|hingehen|ohne anmeldung|"
                    r"anmelden|appointment|walk in)\b"),
    ("phone", r"\b(am telefon|per telefon|telefonisch|anrufen statt|muss ich (da |dort )?(hin|vorbei|persoenlich)|"
              r"zurueckrufen|zurueckruf|rueckruf|call me back|callback|"
              r"by phone|call them|telefonnummer|(welche|ihre|deren|die) nummer|"
              r"(kann|darf|soll) ich (da|dort|die|sie|euch|den|das)? ?(einfach |direkt |auch |gleich )?anrufen|"
              r"wie erreich\w* ich (die|sie|euch|den|das|dort)|"
              r"can i (just |also )?(call|phone|ring) (them|there|it)|phone number|their number|"
              r"how (can|do) i (reach|contact|call) (them|it))\b"),
    ("write", r"\b(schreiben|chat|chatten|whatsapp|mail|e mail|email|sms|nicht (anrufen|telefonieren)|"
              r"ohne (anruf|anrufen|telefon)|online|text them|write)\b"),
    ("bring", r"\b(mitbringen|mitnehmen|was brauch ich|welche unterlagen|dabei haben|papiere mit|"
              r"ueberweisung|krankenkassenkarte|versichertenkarte|"
              r"bring)\b"),
    ("directions", r"\b(wie komm ich|wie komme ich|hinkommen|hinfahren|mit dem bus|mit der bahn|"
                   r"welcher bus|welche bahn|anfahrt|how do i get)\b"),
    ("distance", DISTANCE_QUESTION),
    ("where", r"\b(wo is|wo ist|wo sind|wo finde ich|adresse|wo genau|in welcher strasse|where|wo muss ich hin|wo geh ich hin|"
              r"naeher|in der naehe|naeher dran|closer)\b"),
    # "bin ich mit 25 zu alt für ne ausbildung?" (blind set I)
    ("age_limit", r"\b(bin ich|ist man|sind wir) (mit \d+ |mit \w+ )?(\w+ )?zu alt\b.{0,30}\b(ausbildung|lehre|umschulung)\b|"
                  r"\b(zu alt|too old) (fuer|for) (ne |eine |an |die )?(ausbildung|lehre|apprenticeship)\b|\baltersgrenze\b.{0,30}\bausbildung\b|"
                  r"\b(am i|is \d+) too old (for|to start) (an )?apprenticeship\b"),
    ("for_whom", r"\b(auch fuer (leute|jemand\w*|menschen|mich)|ist (das|die) (auch |nur )?fuer|nur fuer (schueler|leute)|"
                 r"bin ich (da )?(zu alt|zu jung|richtig)|is (it|that) (also )?for)\b"),
    ("who", r"\b(wer hilft|wer kann (mir )?(da |dabei )?(konkret |genau |jetzt )?helfen|"
            r"was (mach|soll|kann|muss) ich (jetzt |da |als \w+ |denn )*(als erstes|zuerst|machen|tun)|was davon zuerst|"
            r"als erstes|womit (fang|soll) ich an|wo fang ich an|wie laeuft (das|es) (da |dort |dann )?ab|"
            r"how does (it|that) work|an wen (kann|soll) ich mich|wo (soll|kann) ich mich melden|wen (soll|kann) ich anrufen|"
            r"was soll ich (jetzt )?(machen|tun)|who (can )?help|what (should|do) i do now)\b"),
))


def topic_of(text: str) -> str | None:
    """Which question about an offer a message asks, if any."""
    folded = fold(text)
    return next((name for name, pattern in TOPICS if pattern.search(folded)), None)


# Topics one answer already covers together ("haben die heute auf?" reads as both)
_SAME_ANSWER = ({"open_now", "hours", "appointment"}, {"where", "directions", "distance"}, {"for_someone", "for_whom"},
                {"phone", "write"})


def second_topic(text: str, first: str) -> str | None:
    """A second question about the offers in the same message ("а там говорять українською? і
    це безкоштовно?", blind set L8), not one the first answer covers already."""
    folded = fold(text)
    return next((name for name, pattern in TOPICS if name != first and name in ANSWERS
                 and not any({name, first} <= group for group in _SAME_ANSWER) and pattern.search(folded)), None)


def _open_now(o: Offer, ctx: Context) -> str:
    if not (o.always_open or o.open_slots):
        return texts.OQ_UNKNOWN_HOURS.format(name=o.name, contact=_contact(o))
    state = texts.OQ_OPEN if is_open(o, ctx.now) else texts.OQ_CLOSED
    hours = f" ({o.contact.opening_hours})" if o.contact.opening_hours else ""
    return state.format(name=o.name) + hours


def _hours(o: Offer, ctx: Context) -> str:
    if o.always_open:
        return texts.OQ_ALWAYS.format(name=o.name)
    if o.contact.opening_hours:
        return f"{o.name}: {o.contact.opening_hours}"
    return texts.OQ_UNKNOWN_HOURS.format(name=o.name, contact=_contact(o))


def _cost(o: Offer, ctx: Context) -> str:
    if not o.cost and o.category in FREE_BY_LAW:
        return texts.OQ_FREE_KIND.format(name=o.name, kind=texts.OQ_FREE_KINDS[o.category])
    if o.cost is not None and fold(o.cost).strip(" .") in ("kostenlos", "kostenfrei"):
        return texts.OQ_FREE.format(name=o.name)  # the catalogue's word, in the person's language
    return _stated(o, o.cost, texts.OQ_WHAT["cost"])


def _anonymous(o: Offer, ctx: Context) -> str:
    if o.anonymous is True:
        return texts.OQ_ANONYMOUS.format(name=o.name)
    if o.anonymous is False:
        return texts.OQ_NOT_ANONYMOUS.format(name=o.name)
    return texts.OQ_UNKNOWN.format(name=o.name, what=texts.OQ_WHAT["anonymous"],
                                   contact=_contact(o))


def _stated(o: Offer, value: str | None, what: str) -> str:
    """What the catalogue says, or honestly that it does not say it."""
    if value:
        return f"{o.name}: {value}"
    return texts.OQ_UNKNOWN.format(name=o.name, what=what, contact=_contact(o))


def _appointment(o: Offer, ctx: Context) -> str:
    return _stated(o, o.appointment, texts.OQ_WHAT["appointment"])


def _write(o: Offer, ctx: Context) -> str:
    ways = [w for w in (o.messenger, o.contact.chat and texts.OQ_WAY_CHAT.format(chat=o.contact.chat),
                        o.contact.email and texts.OQ_WAY_EMAIL.format(email=o.contact.email)) if w]
    if ways:
        return texts.OQ_WRITE.format(name=o.name, ways=", ".join(ways))
    return texts.OQ_NO_WRITE.format(name=o.name, contact=_contact(o))


def _bring(o: Offer, ctx: Context) -> str:
    return _stated(o, o.bring, texts.OQ_WHAT["bring"])


def _where(o: Offer, ctx: Context) -> str:
    if o.contact.address:
        return f"{o.name}: {o.contact.address}"
    if o.contact.web or o.contact.chat:
        return texts.OQ_ONLINE.format(name=o.name, web=o.contact.web or o.contact.chat)
    return texts.OQ_UNKNOWN.format(name=o.name, what=texts.OQ_WHAT["address"], contact=_contact(o))


def _directions(o: Offer, ctx: Context) -> str:
    if o.directions:
        return f"{o.name}: {o.directions}"
    if o.contact.address:
        return texts.OQ_DIRECTIONS_ADDRESS.format(name=o.name, address=o.contact.address)
    return _where(o, ctx)


def home_of(state: DialogueState, ctx: Context) -> Place | None:
    """Where the person lives, as far as they said (for distances)."""
    if ctx.places is None:
        return None
    profile = state.profile
    return ((profile.postal_code and ctx.places.by_postal_code(profile.postal_code))
            or (ctx.places.resolve(profile.place) if profile.place else None))


POSTAL_CODE = re.compile(r"\b\d{5}\b")


def place_of_address(address: str, ctx: Context) -> Place | None:
    """The locality of a catalogue address ("Westring 26, 44787 Bochum", "Ostermannstraße 32,
    Bochum-Wiemelhausen (Jugendhaus)"): its postal code, else the town after the last comma."""
    if ctx.places is None or not address:
        return None
    if (code := POSTAL_CODE.search(address)) and (place := ctx.places.by_postal_code(code.group())):
        return place
    town = re.sub(r"\(.*?\)", "", address).rsplit(",", 1)[-1].strip()
    return next((place for name in (town, town.split("-")[0]) if name
                 and (place := ctx.places.resolve(name, fuzzy=False)) is not None), None)


def _distance(o: Offer, ctx: Context, home: Place | None) -> str:
    there = place_of_address(o.contact.address or "", ctx)
    if home is None or there is None:
        return _directions(o, ctx)  # the address (or "online"); the way is for a map app
    if there.name == home.name:  # one town's centre to itself says nothing: in your town
        return texts.OQ_IN_TOWN.format(name=o.name, place=home.name, address=o.contact.address)
    km = max(1, round(distance_km(home.lat, home.lon, there.lat, there.lon)))
    return texts.OQ_DISTANCE.format(name=o.name, km=km, place=home.name, address=o.contact.address)


def contact_of(o: Offer) -> str:
    """The first way to reach an offer, for a sentence."""
    return _contact(o)


def _contact(o: Offer) -> str:
    c = o.contact
    return c.phone or c.email or c.web or c.chat or texts.OQ_BY_WEBSITE


def _phone(o: Offer, ctx: Context) -> str:
    if o.contact.phone:
        return texts.OQ_PHONE.format(name=o.name, phone=o.contact.phone)
    return _write(o, ctx)


def _for_whom(o: Offer, ctx: Context) -> str:
    ages = texts.OQ_AGES.format(low=o.age_min, high=o.age_max) if o.age_max < 99 else texts.OQ_ALL_AGES
    return texts.OQ_FOR_WHOM.format(name=o.name, ages=ages)


def _who(o: Offer, ctx: Context) -> str:
    return texts.OQ_WHO.format(name=o.name, contact=_contact(o))


def _for_someone(o: Offer, ctx: Context) -> str:
    return texts.OQ_FOR_SOMEONE_LINE.format(name=o.name, contact=_contact(o))


ANSWERS: dict[str, Callable[[Offer, Context], str]] = {
    "phone": _phone, "who": _who, "for_someone": _for_someone, "for_whom": _for_whom,
    "open_now": _open_now, "hours": _hours, "cost": _cost, "anonymous": _anonymous,
    "appointment": _appointment, "write": _write, "bring": _bring, "where": _where,
    "directions": _directions,
    "distance": lambda o, ctx: _distance(o, ctx, None),  # answer() passes the person's place
    "languages": lambda o, ctx: _speaks(o, ()),  # answer() passes the languages asked about
}


# `/angebot <id>`: the chat link of an offer's page in the directory (/angebote/<id>)
OFFER_COMMAND = re.compile(r"^/angebot\s+([a-z0-9][a-z0-9-]{0,79})$")


def named_offer(text: str, ctx: Context) -> Offer | None:
    """The offer `/angebot <id>` names, if the catalogue has it."""
    match = OFFER_COMMAND.match(text.strip().lower())
    if match is None:
        return None
    return next((o for o in ctx.offers if o.id == match.group(1)), None)


def first_topic(offer: Offer) -> str:
    """The need an offer is first of all for (a wish for a human is no topic of its own)."""
    return next((n for n in offer.needs if n != "talk_to_human"), offer.needs[0])


def about(state: DialogueState, offer: Offer, ctx: Context) -> tuple[Reply, ...]:
    """The chat begun from an offer's page: that offer as the one shown – its card, and what one
    can ask about it; the questions ("kostet das was?", "wann haben die offen?") then answer for
    it, and a handoff goes to it when its organisation takes them. The topic is the offer's
    first; the intake questions come only if the person asks for more offers."""
    state.recommended = [{"id": offer.id, "why": []}]
    if not state.profile.needs:
        state.profile.needs = [first_topic(offer)]
    card = OfferCard.from_match(Match(offer=offer, need=state.profile.needs[0], score=1.0,
                                      reasons=()), open_now=is_open(offer, ctx.now))
    return (Reply(texts.ABOUT_OFFER.format(name=offer.name), offers=(card,)),)


def shown_offers(state: DialogueState, ctx: Context) -> list[Offer]:
    """The offers recommended last, best first (at most SHOWN)."""
    by_id = {o.id: o for o in ctx.offers}
    ids = [r["id"] for r in state.recommended] or list(state.care.get("shown") or [])
    return [by_id[i] for i in ids if i in by_id][:SHOWN]


def _speaks(o: Offer, wanted: Sequence[str]) -> str:
    """Whether an offer speaks the language asked about – or, none named, the ones it speaks."""
    if not wanted:
        return texts.OQ_SPEAKS_LIST.format(name=o.name, languages=", ".join(
            gettext(language_name(code)) for code in o.languages))
    spoken = [code for code in wanted if code in o.languages]
    if spoken:
        return texts.OQ_SPEAKS.format(name=o.name, language=gettext(language_name(spoken[0])))
    return texts.OQ_SPEAKS_NOT_KNOWN.format(name=o.name, language=gettext(language_name(wanted[0])),
                                            contact=_contact(o))


def wanted_languages(named: Sequence[str], chat_language: str) -> list[str]:
    """The languages a question about speaking asks for: those named, else the chat's own
    (German aside: "spricht da jemand meine Sprache?" in a Russian chat asks for Russian)."""
    own = [base_language(code) for code in named if base_language(code) != "de"]
    if own:
        return list(dict.fromkeys(own))
    return [] if base_language(chat_language) == "de" else [base_language(chat_language)]


def answer(topic: str, offers: list[Offer], ctx: Context, *, languages: Sequence[str] = (),
           home: Place | None = None) -> str:
    """One answer per offer shown, from its catalogue fields; `languages` are the ones a
    question about speaking asks for (bot.core.offer_questions.wanted_languages), `home` the
    person's place for a question about distance (home_of)."""
    if topic == "who":  # the best one first: where to start
        offers = offers[:1]
    if topic == "languages":
        lines = [_speaks(o, languages) for o in offers]
    elif topic == "distance":
        lines = [_distance(o, ctx, home) for o in offers]
    else:
        lines = [ANSWERS[topic](o, ctx) for o in offers]
    text = texts.OQ_INTRO[topic] + "\n" + "\n".join(f"• {line}" for line in lines)
    if topic == "anonymous":
        text += "\n" + texts.OQ_CONFIDENTIAL
    return text


# "is there someone for this too?" after naming a new trouble: the new topic, not a question
# about the offers shown ("вдома жесть, батько кричить через гроші. є хтось і для цього?", L13)
SOMEONE_FOR_THIS = re.compile(
    r"\b(gibt es|gibts) (da )?(auch )?(jemand\w*|wen|was|hilfe) (fuer|dafuer)|\bis there (someone|anyone|anybody|something|help) "
    r"(for|with) (this|that)\b|\b(є|есть) (хтось|хто-небудь|кто-то|кто-нибудь|кто то)( і| и| ще| еще| ещё)? (для|з|с) "
    r"(цього|цим|этого|этим)\b|\bbunun i[cç]in (de )?(biri|birisi|kimse|bir yer)\b|"
    r"(في|فيه|في شي) (حدا|احد|أحد|مكان) (لهاد|لهيك|لهذا|لهالشي)|(کسی|جایی) (هم )?(برای|واسه) (این|اینم)")


def answering(offers: list[Offer], needs: Sequence[str]) -> list[Offer]:
    """The offers whose core job one of the needs is, in their order ("wer hilft mir mit den
    Schulden?" asks for the debt counselling, not the Jobcenter shown first)."""
    primary = {category for need in needs for category in PRIMARY_CATEGORIES.get(need, ())}
    return [o for o in offers if o.category in primary]


def cards_for(topic: str, shown: list[Offer], state: DialogueState) -> tuple[OfferCard, ...]:
    """The card of the offer to start with, for "wer hilft mir da jetzt?"."""
    if topic != "who":
        return ()
    offers = shown[:1]
    why = {r["id"]: tuple(r.get("why") or ()) for r in state.recommended}
    return tuple(OfferCard.from_match(Match(offer=o, need=(state.profile.needs or ["talk_to_human"])[0],
                                            score=1.0, reasons=why.get(o.id, ())))
                 for o in offers)


def ask_them(offers: list[Offer]) -> str | None:
    """A question about the topic Lotse cannot answer: who can (the best offer shown)."""
    if not offers:
        return None
    return texts.OQ_ASK_THEM.format(name=offers[0].name, contact=_contact(offers[0]))


def general_answer(topic: str) -> str | None:
    """Before any offer was shown: what is true of the counselling Lotse recommends."""
    general = texts.OQ_GENERAL.get(topic)
    if general is not None and topic == "anonymous":
        return general + " " + texts.OQ_CONFIDENTIAL
    return general
