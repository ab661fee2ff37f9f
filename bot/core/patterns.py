"""Conversation repair: what a person may do at any point besides answering the question –
ask something on the side, ask what we mean, skip, cancel, chat, want a human – each a
small named pattern that hands back to the interrupted question in other words.

Patterns are chosen before the flow reads an answer (Rasa CALM calls them
`pattern_digression`, `pattern_clarification`, `pattern_cancel_flow`, `pattern_chitchat`,
`pattern_human_handoff`, `pattern_cannot_handle`)."""

from __future__ import annotations

import re

from bot.core import offer_questions, texts
from bot.core.short_answers import YES, key, says_no, says_yes
from bot.core.state import DialogueState
from bot.core.turn import GLOBAL_THRESHOLD
from bot.core.understanding import Understanding
from bot.danger_languages import DELETE_WISH
from bot.safety import DECLINES_TO_SAY
from matching.text import fold

_P = re.compile
BOT = _P(r"\b(bist du|bist du ein|bist du eine|ist das ein|redet hier ein|schreib ich mit (nem|einem))\b"
         r".{0,25}\b(bot|mensch|echt|real|ki|maschine|roboter|computer|programm)\b|\bare you (a )?(bot|human|real)\b"
         r"|\b(echter mensch|chatbot)\b")
WHO_READS = _P(r"\b(liest|lesen|sieht|sehen) (das|hier|jemand|wer|einer)( mit)?\b|\bwer (liest|sieht) (das|mit)\b"
               r"|\b(was passiert mit|speicherst du|wo landen) (meinen )?daten\b"
               r"|\bwird das gespeichert\b|\bist das anonym\b|\bbleib ich anonym\b|\bwho reads\b"
               r"|\b(wie lange )?(speicherst|speichert|speichern) (du|ihr)\b|\bdo you (store|save)\b"
               # who sees one's data, in the other languages ("چه کسی اطلاعات مرا می‌بیند", blind set L15)
               r"|\bwho (can |will )?(see|sees|read|reads) (my|this|the|our) (data|messages?|chat|conversation)\b"
               r"|\bкто (видит|увидит|читает|прочитает) (мои |наши |эти )?(данные|сообщения|переписку|это)\b"
               r"|\bхто (бачить|побачить|читає|прочитає) (мої |наші |ці )?(дані|повідомлення|листування|це)\b"
               r"|\b(verilerimi|mesajlarimi|yazdiklarimi|bunu) kim (g(oe|o)r(ue|u)yor|g(oe|o)r(ue|u)r|g(oe|o)recek|okuyor|okur|okuyacak)\b"
               r"|(مين|من) (بيشوف|يشوف|رح يشوف|بيقرا|يقرا|بيقرأ|يقرأ) (بياناتي|معلوماتي|رسايلي|رسائلي|كلامي)"
               r"|(چه کسی|کی|چه کسانی) (اطلاعات|پیام|پیامها|پیام ها|حرفا|حرف ها)\w* ?(مرا |منو |من را |من رو |مرا)?"
               r"(می بیند|می بینه|میبینه|میبیند|می خواند|می خونه|میخونه)")
# What Lotse keeps and passes on, asked in any language – answered about Lotse even right after
# offers were shown ("what happens with what I wrote here?", "а скільки ви зберігаєте мої дані?",
# "verilerimi ne kadar süre saklıyorsunuz?", "شكد تخلون الرسائل عندكم؟" – blind set L17: answered
# "ask the counselling service", or read as a wish to delete everything)
STORED = _P(r"\bwhat happens (with|to) (what i (wrote|write|said|say|told you)|my (data|messages?|chat|info\w*)|this chat|the chat)\b"
            r"|\bdo you (pass|send|give|share|forward) (it|this|that|my \w+|what i \w+)( \w+)? (on|to)\b"
            r"|\bhow long (do|will|would) you (keep|store|save|hold)\b|\bwhat do you (even |actually |really )?(store|save|keep|know) about me\b"
            r"|\bdo you (keep|store|save) (my|this|the|our|what)\b"
            r"|\b(gibst|gebt|leitest|leitet) (du|ihr) (das|es|meine daten|meine nachrichten) (\w+ )?weiter\b"
            r"|\bwas (speicherst|weisst|speichert) (du|ihr) (ueber|von) mir\b"
            r"|\b(скільки|як довго) (ви |ти )?(зберігаєте|зберігаєш|зберігатимете|тримаєте)\b"
            r"|\bщо (ви|ти) (про мене )?(зберігаєте|зберігаєш|знаєте про мене)\b"
            r"|\b(ви|ти) (передаєте|передаєш|надсилаєте|віддаєте) (мої |наші )?(дані|інформацію|повідомлення)"
            r"|\b(сколько|как долго) (вы |ты )?(храните|хранишь|сохраняете|сохраняешь|держите)\b"
            r"|\bчто (вы|ты) (обо мне |про меня )?(сохраняете|сохраняешь|храните|хранишь|знаете обо мне)\b"
            r"|\b(вы|ты) (передаете|передаёте|передаешь|отправляете|отдаете|отдаёте) (мои |наши )?(данные|информацию|сообщения)"
            r"|\b(verilerimi|mesajlarimi|mesajlarımı|yazdiklarimi|yazdıklarımı|bilgilerimi) (ne kadar( suere| sure)?|nerede|nasil|nasıl) "
            r"(sakl|tut|kaydet|kayded)\w*"
            r"|\b(verilerimi|bilgilerimi|mesajlarimi|mesajlarımı) (\w+ ){0,2}(veriyor|goenderiyor|gonderiyor|paylasiyor|paylaşıyor|iletiyor)\w*"
            r"|(شكد|كم|قديش|قديه) (تخلون|تخلو|بتخلو|تحتفظون|بتحتفظو|تحفظون|تخزنون|بتخزنو|تحفظو) (ال)?(رسائل|رسايل|معلومات|بيانات|محادث)"
            r"|(تبعثون|بتبعتو|تبعتو|ترسلون|بترسلو|تعطون|بتعطو|تعطو) (معلوماتي|بياناتي|رسايلي|رسائلي|كلامي)"
            r"|(معلومات|اطلاعات|پیام)\S* (مرا|منو|من را|من رو|منرو) (به \S+ )?(می ?دهید|میدید|می ?دید|میدین|می ?فرستید|میفرستین|می ?دین)"
            r"|(چقدر|تا کی|چند وقت) (اطلاعات|پیام|حرف)\S* (\S+ )?(نگه می ?دارید|نگه میدارین|نگه می ?دارین|ذخیره می ?کنید|ذخیره میکنین)")
_DELETE_WISH = _P(DELETE_WISH)
HUMAN = _P(r"\b(mit|zu) (nem|einem|ner|einer|nen|echten|richtigen)? ?(echten |richtigen )?(menschen|person|"
           r"berater|beraterin)\b|\bmensch (reden|sprechen|schreiben)\b|\b(real|actual) (person|human)\b")
CLARIFY = _P(r"^(hae+|hä+|haeh|hm+|wie bitte|was)\s*\??$|\b(was meinst du|wie meinst du|versteh (ich )?(die frage |das )?nicht|"
             r"verstehe (die frage |das )?nicht|was soll ich (da )?(schreiben|sagen|antworten)|"
             r"(wozu|wieso|weshalb|warum) (brauchst|willst|fragst|musst) du|what do you mean|why do you (need|ask|want to know|wanna know)|"
             # "why do you want to know?" in the other languages (blind set L10)
             r"(зачем|нафига|навіщо|нащо) (тебе|тобі|вам) (мой |мій |моя |мое |моє )?(знать|знати|это|це|"
             r"возраст|вік|адрес|адреса|город|місто)|(zachem|nafiga|navishcho|navishho|nashcho|nascho) (tebe|tobi|vam) "
             r"(moi |moy |moj |miy |mii |moja |moya )?(znat|znaty|eto|tse|vozrast|vik|adres|gorod|misto)|(why|what) do you need (my|to know my) (age|place|city|school)|зачем ты (спрашиваешь|это спрашиваешь)|"
             r"(neden|niye|niçin|nicin) (soruyorsun|bilmek istiyorsun|lazım|lazim)|"
             r"(ليش|لماذا|ليه|علاش|شلون) (بدك|تريد|عايز|عاوز|بغيتي|تبي) (تعرف|تسأل)|"
             r"(چرا|برای چی|واسه چی) (\S+ ){0,2}(می ?\u200c?خوای|میخوای|می ?\u200c?خواهی|می ?\u200c?پرسی|میپرسی) ?(بدونی|بدانی)?)\b")
SHOW_NOW = _P(r"\b(zeig (mir |mal |doch )*(einfach |mal |doch )*(was es gibt|alles|die (stellen|angebote)|"
              r"wo ich hin kann|was du hast)|wo kann ich (einfach )?hin|just show me|show me (what|the))\b")
CANCEL = _P(r"\bvergiss (es|das|das alles)\b|^(abbrechen|abbruch|stopp?|lass (es|mal|gut sein)|"
            r"egal lass mal|nicht mehr wichtig|cancel|forget it)\b|\b(will|moechte) (doch )?(was|etwas) "
            r"anderes\b|\b(ein )?anderes thema\b|\bdoch nicht\b$|"
            # "aber eigentlich gehts um was anderes. ich such ne ausbildung" (blind set L22)
            r"\beigentlich (gehts|geht es|gehts mir|geht es mir) (um )?(was|etwas) (ganz )?anderes\b|"
            r"\bactually (it s|its|this is) about something else\b")
CONFIDE = _P(r"\b(kann|darf) ich (dir )?(was|etwas|mal was) (erzaehlen|sagen|anvertrauen)\b|"
             r"\bversprichst du\b.{0,30}\b(nichts|niemandem|keinem)\b|\bbleibt das unter uns\b|"
             r"\bcan i tell you (something|sth)\b")
CHITCHAT = _P(r"^(wie gehts|wie geht es dir|wie gehts dir|was machst du so|was geht|haha+|hihi|lol|xd+|"
              r"cool|nice|krass|wer bist du|wie heisst du|how are you)\b")


NEW_TOPIC_ASKED = re.compile(r"\b(hilf|helfen|hilfe|unterstuetz\w*|help)\b.{0,40}\b(bei|mit|with)\b|"
                             r"\b(bei|mit|with) (der|dem|meiner|meinem|my|the) \w+ (helfen|hilfe|help)\b")


# how sure the model alone must be of "are you a bot?" said without a question mark
SURE_BOT = 0.8


def model_asks_if_bot(u: Understanding) -> bool:
    """Whether the model's "bot_challenge" is sure enough, or asked as a question."""
    return u.confidence >= SURE_BOT or "?" in u.text or "؟" in u.text


def side_question(state: DialogueState, u: Understanding) -> str | None:
    """Which side question a message asks, if any ("bot", "privacy", "human", a question
    about offers like "cost") – answered, then the open question comes back."""
    folded = fold(u.text)
    if asks_about_storage(u):
        return "privacy"  # about Lotse, even right after offers; never a deletion
    if u.intent == "delete_data" and u.confidence >= GLOBAL_THRESHOLD and not WHO_READS.search(folded):
        return None  # "verilerimi kim görüyor" asks who sees the data: no deletion
    topic = offer_questions.topic_of(u.text)
    if topic is not None and NEW_TOPIC_ASKED.search(folded) and set(u.needs) - {"crisis", "talk_to_human"} - set(
            state.profile.needs):
        # "kannst du mir auch bei der bewerbung helfen? weiß nich was ich da schreiben soll": a
        # new topic, not a question whether one can write to the offers (blind set J)
        topic = None
    if topic is not None and state.recommended and len(folded.split()) <= 12:
        return topic  # a question about the offers just shown comes first
    # (the model alone, not sure and without a question mark, is no question: "این خط ها آدم را
    # دیوانه میکنه" – these letters drive a person mad – names a person, blind set L24)
    if BOT.search(folded) or (u.intent == "bot_challenge" and u.confidence >= GLOBAL_THRESHOLD
                              and model_asks_if_bot(u)
                              and not u.is_payload and topic != "anonymous"
                              and "anonym" not in folded
                              and not WHO_READS.search(folded)):
        return "bot"
    if WHO_READS.search(folded):
        return "privacy"
    if HUMAN.search(folded) and not state.recommended:
        return "human"
    if topic is not None and ("?" in u.text or len(folded.split()) <= 6):
        return topic
    return None


def asks_about_storage(u: Understanding) -> bool:
    """What Lotse keeps and passes on: a question about Lotse that names no topic of its own
    ("do you give my data to the Ausländerbehörde?") – not a wish to delete it ("удали всё, что
    вы обо мне сохраняете")."""
    return bool(STORED.search(fold(u.text))) and not _DELETE_WISH.search(u.text.lower())


def is_offer_question(state: DialogueState, u: Understanding) -> bool:
    """A question about the offers just shown ("haben die heute auf?") – no new topic."""
    return bool(state.recommended) and side_question(state, u) in offer_questions.ANSWERS


def aside_text(kind: str, retention_days: int) -> str | None:
    """The answer to a side question asked before any offer was shown."""
    if kind == "bot":
        return texts.bot_challenge(retention_days)
    if kind == "privacy":
        return texts.PRIVACY_ASIDE + " " + texts.privacy(retention_days)
    if kind == "human":
        return texts.HUMAN_ASIDE
    return offer_questions.general_answer(kind)


def wants_offers_now(u: Understanding) -> bool:
    """"zeig mir einfach, was es gibt": recommend with what is known."""
    return bool(SHOW_NOW.search(fold(u.text)))


def wants_clarification(u: Understanding) -> bool:
    return bool(CLARIFY.search(fold(u.text)))


# Asking that the service get in touch ("kann sich da jemand bei uns melden?", "mozhno chtoby oni
# mne sami napisali?", blind set L25): a wish for a handoff, not a question about the offer
CONTACT_ME = _P(r"\b(kann|koennte|soll|sollen|koennen|konnte) sich (da |dort )?(jemand|wer|einer|eine|die|sie) (bei (mir|uns)|mal) melden\b|"
                r"\b(koennen|koennten|kann|koennte) (die|sie|er|jemand) (mich|uns) (anrufen|kontaktieren|anschreiben)\b|"
                r"\bcan (someone|somebody|they|he|she|you get them to) (contact|call|text|message|email|reach) (me|us)\b|"
                # a real person, not Lotse ("can a real person help me with this?", "а можно
                # чтобы мне кто-нибудь позвонил?", "a mozhna pohovoryty z zhyvoju ljudynoju?", L26)
                r"\b(can|could) (a|some) (real|actual) (person|human) (help|call|talk to|contact)\b|"
                r"\b(чтобы|чтоб) (мне|нам) (кто-нибудь|кто-то|кто то|кто нибудь) (позвонил|написал)\b|"
                r"\b(pohovoryty|pogovorit|pohovoryt) (z|s|so) (zhyvoju|zhyvoyu|zhivym|zhyvym|realnoju|nastoyashchim) "
                r"(ljudynoju|liudynoiu|lyudynoyu|chelovekom)\b|"
                # "khochu pohovoryty z lyudynoyu, ne z botom" (L28: "you're welcome")
                r"\b(khochu|hochu|xochu|khochy) (pohovoryty|pogovorit|pohovoryt|rozmovlyaty|govorit) (z|s|so) "
                r"(ljudynoju|liudynoiu|lyudynoyu|lyudynoju|chelovekom|lyud\w*)\b|"
                r"\b(хочу|хотів би|хотела б|хотел бы) (поговорити|поговорить|говорити|говорить) (з|с|із|со) "
                r"(людиною|человеком|живою людиною|живым человеком)\b|"
                r"\b(chtoby|shtoby|chtob) (oni|ona|on) (mne|nam|so mnoy|so mnoj) (sami )?(napisali|pozvonili|svyazalis|napisala|pozvonila)\b|"
                r"\b(чтобы|чтоб) (они|она|он) (мне|нам|со мной) (сами )?(написали|позвонили|связались|написала|позвонила)\b|"
                r"\b(щоб|аби) (вони|вона|він) (мені|нам|зі мною|зв.язалися) (самі )?(написали|подзвонили|зв.язалися)\b|"
                r"\b(beni|bize|bana) (arayabil\w*|yazabil\w*|ulasabil\w*|ulaşabil\w*)\b|"
                r"(يتواصلوا|يحكوا|يتصلوا|يكلموني|يتصلو|يتواصلو) (معي|فيني|معنا|علي)|"
                r"(با من|بهم|با ما) (تماس بگیرن|تماس بگیرند|زنگ بزنن|زنگ بزنند)")


def asks_to_be_contacted(text: str) -> bool:
    return bool(CONTACT_ME.search(fold(text)))


# A "no" or "not" anywhere in an answer to "really delete everything?" keeps it from counting as
# a yes ("yes, but not the handoff", "нет, не удаляй")
_NOT = _P(r"\b(no|nope|not|dont|don t|never|nein|nicht|nee|нет|не|ні|hayir|hayır|yok|degil|değil|ne|nah)\b"
          r"|(?<!\w)(لا|لأ|مش|نه|نمی|نخیر)(?!\w)")


def wants_deletion(u: Understanding) -> bool:
    """A wish to delete one's data said in words the NLU is not sure of ("udali vse pro menya
    pozhaluysta", blind set L27) – not a question about what is stored."""
    return not u.is_payload and bool(_DELETE_WISH.search(u.text.lower()))


def confirms_deletion(u: Understanding) -> bool:
    """An answer to "really delete everything?" that says yes: a yes, or a yes word first, or
    the wish to delete said again ("yes delete everything" kept everything, blind set L26)."""
    if says_no(u.text) or _NOT.search(fold(u.text)) or _NOT.search(u.text.lower()):
        return False
    words = key(u.text).split()
    return (u.intent == "affirm" or says_yes(u.text) or bool(words and words[0] in YES)
            or u.intent == "delete_data" or bool(_DELETE_WISH.search(u.text.lower())))


# Nothing more wanted, as a whole answer ("no, nothing else. thx!", "нет, больше ничего", "nein,
# das wars", blind set L26)
NOTHING_ELSE = _P(r"^(no|nope|nah|nein|nee|нет|ні|не|hayir|hayır|yok|لا|نه|na)?[ ,.!،]*"
                  r"(nothing (else|more)|that s (all|it)|thats (all|it)|nichts (mehr|weiter)|das wars|das war s|das war alles|"
                  r"больше ничего|ничего больше|більше нічого|нічого більше|ba[sş]ka (bir )?[sş]ey yok|"
                  r"(ما|مش|مو) ?في (شي|شي تاني|اشي)|خلص|چیز دیگه ای (نه|نیست|نمیخوام)|دیگه هیچی)"
                  r"([ ,.!،]*(thx|thanks|thank you|danke|спасибо|спс|дякую|sagol|sağol|teşekkürler|tesekkurler|شكرا|مرسی|ممنون|تشکر))?[ ,.!]*$")


def nothing_else(u: Understanding) -> bool:
    return bool(NOTHING_ELSE.search(u.text.strip().lower()))


def declines_to_say(u: Understanding) -> bool:
    """"sag ich nicht", "i dont wanna say", "ما بدي قول": the open question stays unanswered."""
    return bool(DECLINES_TO_SAY.search(u.text.lower()))


def wants_cancel(u: Understanding) -> bool:
    return bool(CANCEL.search(fold(u.text))) and not u.has_facts


def is_chitchat(u: Understanding) -> bool:
    return bool(CHITCHAT.search(fold(u.text))) and not u.needs and not u.has_facts


def wants_to_confide(u: Understanding) -> bool:
    """"kann ich dir was erzählen?" – yes, and nothing goes anywhere without a yes."""
    return bool(CONFIDE.search(fold(u.text))) and not u.needs and not u.has_facts
