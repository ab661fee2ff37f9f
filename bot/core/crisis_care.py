"""Crisis care as a conversation: the help chosen by kind of danger, age, place and hour; the
soft check-in for possible danger; and a fitting answer to whatever comes after.

    any state --clear danger--> crisis_care --a topic / "zurück"--> where we were
    any state --possible danger--> check-in (+ the normal answer) --"ja"--> crisis_care

Crisis help needs nothing but the catalogue in memory and the clock: no database, no NLU
server, no network.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from bot.core import handoff, offer_questions, texts
from bot.core.crisis_someone_else import about_someone_else
from bot.core.messages import Button, OfferCard, Reply
from bot.core.offer_questions_languages import OTHER_LANGUAGES
from bot.core.questions import who
from bot.core.short_answers import leaves_open, says_no, says_yes
from bot.core.state import DialogueState
from bot.core.turn import Context, Turn, handoff_target
from bot.core.understanding import Understanding
from bot.i18n import base_language
from bot.i18n.context import gettext
from matching import reasons as R
from matching.hours import is_open
from matching.languages import language_name
from matching.model import NATIONWIDE, Match, Offer, Situation
from matching.route import is_specialist, route_situation
from matching.text import fold

CARE_STATE = "crisis_care"
# follow-ups that, right after a check-in, mean "yes, I am in this danger"
STAYS_WITH_DANGER = {"pay", "remove_images", "what_to_say", "confidential", "police_fear", "self_blame", "chat",
                     "what_happens", "shelter", "night", "age_ok"}
# kinds where the help nearby (youth emergency service, shelter) comes before the phone lines
LOCAL_FIRST = {"violence_at_home", "sexual_abuse", "homeless_tonight", "other_emergency"}
# crisis lines without a list of kinds are general lines: right for these kinds
GENERAL_KINDS = {"suicidal", "self_harm", "eating_disorder", "other_emergency"}
MAX_CARDS = 4
# questions about the help shown that its catalogue fields answer (bot/core/offer_questions.py)
CARE_OFFER_TOPICS = {"open_now", "hours", "appointment", "bring", "directions", "distance", "for_whom"}
EMERGENCY_NUMBERS = {"110", "112"}
# kinds where a line for children and young people comes first for minors
YOUTH_FIRST = {"violence_at_home", "sexual_abuse"}

# the NLU's affirm alone counts as a yes only when it is fairly sure ("he likes cars and engines"
# came out as affirm at 0.17 and got the full crisis answer, blind set J)
YES_CONFIDENCE = 0.5
YES = re.compile(r"^(ja|jaa+|jo|yes|yeah|ja bin ich|ja schon|ja ich bin in gefahr|irgendwie schon|"
                 r"eher ja|ja leider|leider ja|ja denke ich|ja tu ich|ja mach ich|manchmal|schon manchmal|ab und zu|oefter|"
                 r"mal so mal so|sometimes)\b")
NO = re.compile(r"^(nein|nee|ne|no|nope|noe|alles (gut|okay|ok)|mir gehts gut|nein alles (gut|okay|ok)|"
                r"ne alles gut|nein nein|nein danke|keine gefahr|bin nicht in gefahr)\b")

# The same questions in Ukrainian, Russian, Turkish, Arabic and Farsi/Dari, as they are asked
# about the offers shown (bot/core/offer_questions_languages.py): is it free, will my parents
# find out, can I write instead of calling (blind conversation set L5).
CARE_OTHER_LANGUAGES = {"cost": OTHER_LANGUAGES["cost"],
                        # "do they tell the police?" is a question of confidentiality (L8, Farsi)
                        "confidential": OTHER_LANGUAGES["anonymous"] + r"|به (پلیس|پليس) (می ?گن|مي ?گن|میگن|خبر)"
                        # "اذا اتصلت بيعرفوا اهلي؟" – the verb before the parents (blind set L18)
                        r"|(بيعرفو|يعرفو|رح يعرفو|بيعرف|بتعرف|رح تعرف)ا? (اهلي|أهلي|امي|أمي|ابوي|أبوي|بابا|ماما)",
                        "chat": OTHER_LANGUAGES["write"],
                        # the police in a question or a fear (blind set L8: "polise gidersem babam hapse
                        # mi girer", "اگه زنگ بزنم به پلیس میگن؟" were read as the wish to become a
                        # police officer)
                        "police_fear": (r"\bpolis(e|i|ten|le|e mi|e gidersem|e gitsem)?\b|\bhapse\b|"
                                        r"\b(в|до|у) (полицию|полиции|поліцію|поліції)\b|\b(полиция|поліція|полиции|поліції|полицию|поліцію|полиционер\w*)\b|"
                                        r"(الشرطه|الشرطة|للشرطه|للشرطة|بالشرطه|البوليس|للبوليس|پاسگاه)|(پلیس|پليس)(?! ?(می ?گن|مي ?گن|میگن|خبر))|"
                                        r"\b(el ?)?(shorta|shurta|bolis)\b"),
                        # "what do I say?", in Arabizi and Finglish too ("shu ba2ul lamma yrodo 3alay?", L7)
                        "what_to_say": (
                            r"\b(что|шо) (мне )?(сказать|говорить)\b|\b(що|шо) (мені )?(сказати|говорити|казати)\b|"
                            r"\bne (diyecegim|diyeceğim|diyicem|soyleyeyim|söyleyeyim|soeyleyeyim|demeliyim|soylemeliyim|söylemeliyim|soeylemeliyim)\b|"
                            r"(شو|ايش|إيش|ماذا|وش|اش) (بدي |لازم |رح )?(ا|أ|ب)?(قول|حكي|احكي|قل(هن|هم|ن|ه|لهم)\b)|(چی|چه) (باید )?(بگم|بگویم)|"
                            r"\b(shu|sho|esh|eish|shou) (ba2ul|ba2ool|b2ol|bi2ol|la2em 2ul|bde 2ul|a7ki|ba7ki)\b|"
                            r"\b(chi|che) (bayad )?(begam|bgam|begoom)\b"),
                        # "может просто заплатить и всё закончится?", and ashamed after sextortion
                        # (blind set L13: answered "I don't know, ask the TelefonSeelsorge")
                        "pay": (r"\b(заплатить|заплачу|заплатити|платить|платити|заплатив|заплатил\w*)\b|"
                                r"\b([oö]desem|[oö]deyeyim|[oö]demeli miyim|[oö]deyim mi|[oö]dersem|parayi versem|parayı versem)\b|"
                                r"(ادفع|أدفع|بدفع|ادفعله|ادفعلو|ادفعلهم|ندفع|بندفع)|(پول(ش)? (رو |را )?(بدم|بدهم)|پرداخت کنم|بپردازم)"),
                        "medical": (r"\b(hastane\w*|doktor\w*|acil\w*) (gitmem|gitmeli|gitmek) (laz[ıi]m|gerek|gerekir|m[ıi]|m[ıi]y[ıi]m)\w*|"
                                    r"\bdiki[sş] (laz[ıi]m|gerek)\w*|"
                                    r"\b(в больницу|к врачу|в травмпункт|до лікарні|в лікарню|до лікаря|до травмпункту) (\w+ )?(надо|нужно|треба|потрібно|идти|йти)\b|"
                                    r"\b(надо|нужно|треба|потрібно) (ли )?(идти |йти |ехать |їхати )?(в больницу|к врачу|в травмпункт|до лікарні|в лікарню|до лікаря)\b|"
                                    r"\b(зашивать|зашити|шить|шви|швы)\b|"
                                    r"(لازم|بدي|بلزم|مفروض) (روح|اروح|أروح|نروح) (عالمستشفى|ع المستشفى|على المستشفى|للمستشفى|للدكتور|عند الدكتور|عالطوارئ)|"
                                    r"(باید|لازمه|لازم است) (برم )?(بیمارستان|دکتر|اورژانس)|(بیمارستان|دکتر|اورژانس) (برم|بروم)"),
                        "human": (r"\b(живым|реальным|настоящим|живою|справжньою|реальною) (человеком|людиною|людьми)\b|"
                                  r"\b(ger[cç]ek|canl[ıi]) (bir )?(insan|ki[sş]i)\w*\b|"
                                  r"((شخص|انسان|إنسان|بني ادم|بني آدم) حقيقي|مع (انسان|إنسان|بني ادم))|"
                                  r"((آدم|انسان|یه آدم) واقعی|با (یه |یک )?(آدم|انسان) (حرف|صحبت))"),
                        "self_blame": (r"\b(стыдно|соромно|сам виноват|сама виновата|сам винен|сама винна|моя вина|"
                                       r"utan[ıi]yorum|benim su[cç]um|su[cç] bende)\b|"
                                       r"(خجلان|خجلانه|بستحي|استحي|ذنبي|غلطتي|خجالت می ?کشم|خجالت میکشم|تقصیر خودمه|تقصیر خودم)"),
                        }
# English as people write it after a crisis answer (blind conversation set L7: "i dont want to
# call anyone. is there a chat?", "what should i say to him?", "can we go back to the housing
# thing" – each got a German-only miss: "I don't know that", or "good that you're calling")
ENGLISH_FOLLOW_UPS = {
    "medical": r"\b(do|should|must) i (need to |have to )?(go to )?(the |a |an )?(hospital|doctor|er|a&e|emergency room|emergency)\b|"
               r"\b(need|needs|get) stitches\b",
    "what_to_say": r"\bwhat (should|do|can|shall) i (even )?(say|tell|write)\b|\bhow do i (start|begin|bring it up|talk to)\b",
    "police_fear": r"\b(no|not the) police\b|\b(scared|afraid) of the police\b|\bdon ?t want to (report|call the police)\b|"
                   r"\bdo i have to (go to|call) the police\b",
    "confidential": r"\b(will|would|do|does|wil) (you|u|ya|they|anyone) tell (my )?(parents|mum|mom|dad|school|teacher|boss|anyone|someone|somebody)\b|"
                    r"\b(confidential|secrecy|anonymous|anonymously)\b|\b(parents|mum|mom|dad|boss|school) (will |would )?find out\b",
    "self_blame": r"\b(my (own )?fault|i deserved (it|this)|i deserve (it|this)|(so )?ashamed|embarrassed)\b",
    "pay": r"\b(should|do|must|can) i (just )?pay\b|\bif i (just )?pay\b|\bjust pay (him|her|them)\b",
    "chat": r"\bis there (a |an )?(chat|online chat|text line|email|whatsapp)\b|\b(by|via|over) (chat|text|email|whatsapp)\b|"
            r"\b(can|could) i (just )?(write|text|chat|email) (them|instead|to them|someone)?\b|\bchat (instead|option)\b",
    "what_happens": r"\bwhat happens (then|if|when|next)\b|\bwill they (take me|come|send)\b",
    "night": r"\b(anyone|someone|somebody) (there|awake|available) (now|at night|tonight)\b|\bopen (now|at night|tonight)\b",
    "refuse": r"\b(don ?t|dont|do not|won ?t|wont|can ?t|cant) (want to |wanna )?(call|phone|ring|talk to) (anyone|anybody|them|someone|a stranger)\b|"
              r"\bnot (calling|gonna call|going to call)\b",
    "thanks": r"^(ok|okay|k|alright|thanks|thank you|thx|ty|i ll call|i will call|i ll try|will do)\b",
    "feelings": r"\b(nobody|no one|noone) (ever )?(listens|cares|understands|gets it)\b|\b(so )?(alone|lonely)\b|"
                r"\bwhat ?s the point\b|\bi hate myself\b",
}

# "там ніхто не говорить українською", "чи є лінія українською?" after crisis help: the lines in
# that language (blind set L31: the answer was "I'm listening")
CARE_OTHER_LANGUAGES["speaks"] = (
    r"\b(ніхто|никто) (там |тут )?не (говорить|говорит|розмовляє|разговаривает|розуміє|понимает) "
    r"(по-?\w+ски|\w+ською|на \w+ом|\w+ською мовою)\b|"
    r"\b(лінія|линия|номер|чат)\b.{0,20}\b(українською|по-українськи|по-украински|російською|по-русски|на русском|"
    r"на украинском)\b|\b(nobody|no one|noone) (there )?(speaks|talks) (english|ukrainian|russian|arabic|"
    r"turkish|farsi|dari|persian|my language)\b|"
    r"\bis there (a |any )?(line|number|chat|hotline) (in|that speaks|for) (english|ukrainian|russian|arabic|"
    r"turkish|farsi|dari|persian|my language)\b|"
    r"\b(turkce|arapca|farsca|rusca|ukraynaca) (bilen|konusan) (yok|kimse yok)\b|"
    r"\bkimse (turkce|arapca|farsca|rusca) (konusmuyor|bilmiyor)\b|"
    r"(ما في|مافي|ما حدا) (حدا )?(بيحكي|يحكي|بيتكلم) (عربي|بالعربي)|"
    r"(ه[یي]چ ?کس|کس[یي]) (اونجا )?(فارس[یي]|دری|دري) (بلد ن[یي]ست|نم[یي] ?دونه|حرف نم[یي] ?زنه)")

# What people say after a crisis answer, each with the answer it gets (texts.CARE), on
# folded text. First match wins, so the specific ones come first.
FOLLOW_UPS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(
    p + ("|" + CARE_OTHER_LANGUAGES[name] if name in CARE_OTHER_LANGUAGES else "")
    + ("|" + ENGLISH_FOLLOW_UPS[name] if name in ENGLISH_FOLLOW_UPS else ""))) for name, p in (
    ("pay", r"\b(soll|muss|sollte|kann) ich\b.{0,30}\b(zahlen|bezahlen|ueberweisen|geld schicken)\b|\b(zahlen|bezahlen)\b.{0,20}\?|\bwas (wenn|ist wenn) ich (nicht )?(zahle|bezahle)|"
            r"\bwenn ich (einfach |halt |doch |jetzt |ihm |ihr |denen )*(zahl|zahle|bezahl|bezahle|ueberweis\w*)\b"),
    # "wie krieg ich die bilder wieder aus dem internet weg" (blind set J)
    ("medical", r"\b(muss|sollte|soll) ich (damit |da |deshalb )?(zum|zur|ins|in die|in ein\w*) (arzt|aerztin|krankenhaus|notaufnahme|klinik)\b|"
                r"\b(muss|sollte) (das|es|der schnitt|die wunde) (\w+ )?genaeht werden\b"),
    ("remove_images", r"\b(bilder|fotos|videos?|pics|nudes|aufnahmen)\b.{0,40}\b(weg|loeschen|geloescht|entfernen|entfernt|"
                      r"runter|raus|offline)\b|\baus dem (internet|netz) (weg|raus|loeschen|kriegen|bekommen)|"
                      r"\b(take|get) (them|it|the (pics|photos|pictures|videos)) (down|removed|deleted)\b"),
    ("english", r"\b(do you|can you|you) speak english\b|\bmy german is\b|\bin english\b|\bsprichst du englisch\b"),
    # "is there someone there who speaks Arabic?" – about the lines, in any language (blind set L7:
    # "fi 7ada bye7ki 3arabi?" and "spricht da jemand arabisch?" got "I don't know, ask them")
    ("speaks", offer_questions.SPEAKS_QUESTION),
    ("age_ok", r"\b(darf|kann|koennen|duerfen) (ich|man|kinder) (da |dort |denn |auch |schon |ueberhaupt )*"
               r"(mit|als) (\d+|\w+jaehrige?r?)\b|"
               r"\b(darf|kann) ich (da |dort )?(mit \d+ |ueberhaupt |auch |schon )*(anrufen|schreiben|hin)\b.{0,30}"
               r"\b(\d+|alt|jung|kind)\b|\b(bin|ist) (ich |man )?(mit \d+ )?(eh |nicht )*(zu alt|zu jung)\b|"
               r"\b(erst|schon) \d+\b.{0,25}\b(darf|kann) ich\b|\btoo (old|young)\b"),
    ("shelter", r"\b(kann|koennte) ich (heute( nacht)? |jetzt |heut nacht )?(irgendwo|wo) hin\b|\bwo (er|sie|die) mich nicht (findet|finden)\b|"
                r"\b(frauenhaus|schutzhaus|notunterkunft|notschlafstelle|schlafplatz|wo kann ich (heute )?"
                r"(schlafen|pennen|hin|unterkommen|bleiben)|wo soll ich (heute )?(schlafen|pennen|hin)|"
                r"where can i (sleep|stay|go))\b"),
    ("where", r"\bwo (ist|sind|liegt|liegen|finde ich) (das|die|der|den|dieser|diese|dieses)\b|\badresse\b|"
              r"\bwie komm\w* (ich )?(da|dort) ?hin\b|\bwhere is (it|that|the)\b|\baddress\b"),
    ("counselling", r"\b(therapie|therapeut\w*|psycholog\w*|psychiater|beratung\w*|beratungsstelle|"
                    r"anlaufstelle|jemand(en)? (vor ort|in der naehe)|in meiner naehe|therapy|counsel\w*)\b"),
    ("human", r"\b(mit (nem|einem|ner|einer|jemand\w*|echten) ?(menschen|person|erwachsenen)?\s?(reden|sprechen|schreiben)|"
              r"echte[nr]? mensch|real person|talk to (someone|somebody|a person))\b"),
    ("what_to_say", r"\bwas (soll|muss|kann) ich (da |denen |dann |am telefon )*(sagen|erzaehlen|"
                    r"schreiben)|\bwas (sag|erzaehl|schreib) ich (da|denen|dann)|\bwie fang ich an\b"),
    ("police_fear", r"\b(trau|traue) mich nicht\b.{0,20}\bpolizei|\bkeine polizei\b|\bkeine anzeige\b|"
                    r"\bnicht anzeigen\b|\bwill (ihn|sie) nicht anzeigen\b|"
                    r"\bangst vor (der )?polizei|\bwill nicht zur polizei|\bnicht zur polizei|"
                    r"\bmuss ich (echt |wirklich |unbedingt |denn |dann |jetzt )*(zur|zu der|die) polizei"),
    ("confidential", r"\b(sag|erzaehl)\w* (das|es|des) (bitte )?(nich|nicht|net|keinem|niemandem)\b|"
                     r"\b(sagst|erzaehlst|gibst|meldest|schreibst) du (das|es|des)\b.{0,20}\b(weiter|wem|jemandem|eltern|mama|"
                     r"mutter|papa|vater|lehrer\w*|schule|polizei|jugendamt)|"
                     r"\berfaehrt (das|es)\b|\b(erfahren|merken|wissen|mitkriegen) (das |es |des |die )?(dann |doch |auch |sofort )*(meine |mein )?(eltern|mama|papa|mutter|vater|lehrer)|"
                     r"\banonym\b|\b(ist|bleibt) (das|es|des) (auch )?geheim\b|\bliest (das|hier) (wer|jemand)|\bwer (liest|sieht) das\b|"
                     r"\bholen die (dann )?(die )?polizei|\bmuss ich\b.{0,12}\bnamen\b|\bnamen (sagen|nennen|angeben)\b|"
                     r"\b(sagen|erzaehlen|melden) (die|sie) (das|es|des) (dann )?(meinen |meiner |meinem )?"
                     r"(eltern|mama|mutter|papa|vater|lehrer)|\b(eltern|mama|papa)\b.{0,20}\b(erfahren|mitkriegen|wissen)\b|"
                     r"\bwill (nicht|nich) (dass|das) (es )?(jemand|wer|meine)|\bwissen (die )?(dann )?(nicht|nich) wer ich bin|"
                     r"\b(erfahren|wissen|kriegen) (die|das|es)\b.{0,20}\bwer ich bin"),
    ("self_blame", r"\b(bin|war) ich (doch |etwa |selber |selbst )*schuld|\bmeine schuld\b|"
                   r"\bhab (ich )?(das )?verdient\b|\bselber schuld\b|\bselbst schuld\b"),
    ("chat", r"\b(per|im|über|ueber) (chat|whatsapp|sms|mail|e mail)|\bchatten\b|\bschreiben statt\b|"
             r"\bkann (ich )?(auch )?(nur )?schreiben|\b(kann|will|mag) (nicht|nich|net|ned) "
             r"(telefonieren|anrufen|reden|sprechen)|\btext (someone|them|instead)|\btexting\b|\bhate (phone )?calls\b|"
             r"\bcan i (text|chat|write)\b|\bkann man (da |dort )?(auch )?schreiben\b|\b(nich|nicht) zu telefonieren\b|"
             r"\b(nur|lieber) (schreiben|chatten)\b|\bnicht (reden|sprechen|telefonieren)\b.{0,20}\bschreiben\b|\bgeht (das|es) auch (per|ohne|schriftlich)|"
             r"\bnicht telefonieren\b|\bohne (anruf|anrufen|telefon)"),
    ("shelter_cost", r"\b(kostet|kosten|zahlen|bezahlen|geld|cost|pay)\b.{0,30}\b(pennen|schlafen|"
                     r"uebernacht\w*|notschlafstelle|notunterkunft|bett|sleep\w*|shelter|stay)\b|"
                     r"\b(pennen|schlafen|uebernacht\w*|notschlafstelle|notunterkunft|shelter)\b"
                     r".{0,30}\b(kostet|kosten|zahlen|bezahlen|geld|cost|pay|free)\b"),
    ("cost", r"\b(kostet|kosten|kostenlos|gratis|bezahlen|zahlen|guthaben|telefonrechnung|free|cost|costs|pay)\b"),
    # "nimmt mich das jugendamt dann weg?" (blind set I)
    ("youth_office", r"\b(jugendamt|die vom amt)\b.{0,30}\b(weg|holen|nimmt|nehmen|mitnehmen|heim)\b|"
                     r"\bnimmt mich (\w+ ){0,3}weg\b|\bholen (die|sie) mich (dann )?(ab|weg)\b|\bmuss ich (dann )?ins heim\b"),
    ("what_happens", r"\bwas passiert (dann|wenn|da)\b|\bmuss ich (dann )?(weg|ins heim|in die "
                     r"klinik|in die psychiatrie)|\bholen die mich\b|\bwas machen die (dann)?\b"),
    ("night", r"\b(nachts|in der nacht|at night)\b.{0,25}\b(ran|erreichbar|offen|auf|da|jemand|wer|answer)\b|"
              r"\b(ran|erreichbar|offen|auf|da|jemand|wer)\b.{0,25}\b(nachts|in der nacht)\b|"
              r"\b(nachts|heute nacht|um die uhrzeit|so spaet|jetzt noch|jetzt gerade) "
              r"(erreichbar|offen|auf|da|jemand)|\bgeht (da|das) (jetzt|nachts) (noch )?(wer|jemand|ran)"
              r"|\bist (da|jetzt) (noch )?(wer|jemand)\b"),
    ("refuse", r"\b(will|mag|kann) (da )?(nicht|niemanden|keinen|net) (anrufen|reden|sprechen)\b|"
               r"\bwill (mit )?(keinem|niemandem) reden\b|\bruf (da )?(nicht|nie) an\b|\bkeine lust\b"),
    # "danke. können wir später trotzdem noch das mit dem praktikum machen?" (blind set J)
    ("later_topic", r"\b(spaeter|danach|nachher|irgendwann|morgen)\b.{0,40}\b(praktikum|ausbildung|bewerbung|job|schule|"
                    r"thema|das mit|weiter\w*)\b|\b(praktikum|ausbildung|bewerbung|job|thema|das mit)\b.{0,40}\b(spaeter|"
                    r"danach|nachher|irgendwann)\b|\blater\b.{0,30}\b(internship|apprenticeship|job|topic)\b"),
    ("thanks", r"^(ok|okay|oki|gut|mach ich|werd ich machen|ich ruf (da )?an|ich versuchs|danke|"
               r"danke dir|dankeschoen|thx|ok danke|okay danke|ich probiers)\b"),
    ("feelings", r"\b(hoert|hoeren|versteht|verstehen|interessiert|hilft) (mir |mich )?(doch |eh |"
                 r"sowieso |halt )?(eh )?(keiner|niemand|keine sau)\b|\b(keiner|niemand) (hoert|hilft|"
                 r"versteht|interessiert)|\b(hat|bringt|macht) (eh|doch|alles|sowieso|ja eh)? ?"
                 r"(keinen sinn|nichts|nix)\b|\b(allein|alleine|einsam)\b|\bist (mir )?(alles|eh) egal\b|"
                 r"\bkann nicht mehr\b|\bzu viel\b|\bscheisse\b|\bweiss nicht weiter\b|\bhasse mich\b"),
))
# Something taken or bleeding now: a medical emergency, whatever the person says after it
# (folded text). Until they say that help is on its way, every answer says 112 again.
ACUTE = re.compile(
    r"\b(tabletten|pillen|medikamente|schlaftabletten|ibus?|paracetamol|tabs|pills|tablets)\b"
    r".{0,40}\b(genommen|geschluckt|eingeworfen|eingenommen|reingehauen|took|taken|swallowed)\b|"
    r"\b(genommen|geschluckt|took|swallowed)\b.{0,30}\b(tabletten|pillen|medikamente|pills|"
    r"tablets)\b|\b(ueberdosis|overdose|vergiftet)\b|\bzu viel\b.{0,20}\b(genommen|geschluckt)\b|"
    r"\b(blutet|bluten|blutung)\b.{0,30}\b(stark|doll|sehr|immer noch|nicht auf|hoert nicht)|"
    r"\b(hoert|will) nicht auf zu bluten\b|\bwon'?t stop bleeding\b")
# In crisis care for suicidal thoughts or self-harm, a plan taking shape ("heute ist es besonders
# schlimm, ich überlege wie ich es mache"; blind set L8: "сьогодні особливо погано, я думаю як це
# зробити") is crisis help again, with 112 – not "I'm listening" (folded text).
PLAN = re.compile(
    r"\b(ueberleg\w*|denk\w*|plan\w*|weiss (schon|jetzt)) (\w+ ){0,3}wie ich (es|das) (mache|tue|anstelle|machen werde)\b|"
    r"\bwie ich es (heute|heut|jetzt|heute nacht) mache\b|"
    r"\b(thinking|thought|planning|figured out|know|knowing) (about |of )?how (to|i ?(ll|will|would|could|m going to)) (do it|end it)\b|"
    r"(?<!не )\b(думаю|думав|думала|обдумую|вирішую|вирішив|вирішила|знаю) як (це |все |усе )?(зробити|закінчити)\b|"
    r"(?<!не )\b(думаю|думал|думала|обдумываю|решаю|решил|решила|знаю) как (это |все |всё )?(сделать|закончить)\b|"
    r"\bnas[iı]l (yapaca[gğ][iı]m[iı]|yap[iı]cam[iı]|yap[iı]ca[gğ][iı]m[iı]|bitirece[gğ]imi|bitiricem)\b|"
    r"(بفكر|افكر|أفكر|عم فكر|قررت) (كيف|ازاي|شلون|كيفاش) (اعملها|أعملها|اسويها|انهيها|اخلص)|"
    r"(فکر می ?کنم|فكر مي ?كنم|تصمیم گرفتم|تصميم گرفتم) (چطوری|چطور|چجوری|چطوري) (انجامش بدم|تمومش کنم|تمومش كنم|تموم کنم)")
CARE_PLAN_KINDS = {"suicidal", "self_harm"}


def says_plan(state: DialogueState, u: Understanding) -> bool:
    """Crisis care for suicidal thoughts or self-harm, and a plan taking shape in the message."""
    return ((state.care.get("kind") or "suicidal") in CARE_PLAN_KINDS and not u.is_payload
            and PLAN.search(fold(u.text)) is not None)


HELP_COMING = re.compile(
    r"\b(ruft|rufen|hat|haben|hab|habe|hat schon|ich hab) (jetzt |grad |gerade |schon |gleich )*"
    r"(die |den )?(112|notarzt|notruf|krankenwagen|rettungswagen|rettungsdienst|rtw|ambulance)\b|"
    r"\b(sie|er|mama|mutter|papa|vater|mitbewohner\w*|freund\w*|nachbar\w*|jemand) ruft "
    r"(jetzt |grad |gerade |gleich |schon )*(an|die 112|den notarzt|den krankenwagen)\b|"
    r"\b(notarzt|krankenwagen|rettungswagen|rtw|sanitaeter|rettungsdienst|ambulance) (kommt|ist "
    r"(da|unterwegs|hier|on the way)|is (here|coming|on (its|the) way))|\b(hab|habe) (die 112 |"
    r"den notruf |den notarzt )?(angerufen|gerufen)\b|\bcalled (112|an ambulance)\b|"
    r"\bich ruf (jetzt |gleich |sofort )?(die 112|den notarzt|den krankenwagen)\b")
TONIGHT = re.compile(r"\b(heute|heut|jetzt|gleich|sofort|grad|gerade|nachts?|tonight|now)\b")
LEAVE_WORDS = re.compile(r"\b(zurueck zu meinem thema|lass uns weiter\w*|weiter mit|weiterschauen|"
                         r"weiter schauen|weitermachen|zurueck zum thema|anderes thema|mein thema|"
                         r"(go|get|come) back to (the|my|our|what)|back to (the|my) (topic|thing|question|\w+ (thing|stuff|topic))|"
                         r"(another|other|different) topic|continue with|move on to)\b|"
                         # the other languages ("konuya dönebilir miyiz?", blind set L13)
                         r"\b(konu(ma|ya|muza|mua)|sorum(a|uza)) (geri )?d(o|oe|ö)n\w*|\bba(s|ş)ka (bir )?konu\b|"
                         # "şu ausbildung olayına geri dönebilir miyiz", "а що зі школою тепер?" (blind set L18)
                         r"\b(ausbildung|praktikum|staj|is|okul|bewerbung)\w* (olay\w* |konu\w* )?geri d(o|oe|ö)n\w*|"
                         r"\b(что|що) (со|с|зі|з|із) (школой|школою|ausbildung|практикой|практикою|работой|роботою|учебой|навчанням)\b|"
                         r"\b(вернуться|вернемся|вернёмся|вернусь|повернутися|повернімося|повернемось|повернуся) "
                         r"(к|до) (моей |нашей |моєї |нашої |моему |нашему |мого |нашого )?(теме|теми|вопросу|питання)\b|\b(другая|другой|інша|іншої) тем\w*\b|"
                         # "давай вернёмся к долгам", "повернімося до Ausbildung" – back to a topic by name (blind set L21)
                         r"\b(давай |давайте |можно |можна )?(вернемся|вернёмся|вернуться|повернімося|повернемось|повернемося|повернутися|повернутись) (к|до) "
                         r"(долгам|деньгам|квартире|жилью|учебе|учёбе|работе|школе|практике|боргів|боргам|грошей|житла|"
                         r"роботи|школи|навчання|практики|ausbildung|praktikum|bewerbung|jobcenter)\b|"
                         r"(نرجع|نرجعلو|ارجع|خلينا نرجع|رجعني|بدي ارجع) ?(ل|لـ|على|عل|الى|إلى)? ?(ال)?(موضوعي|موضوع|سؤالي)|موضوع (تاني|ثاني|اخر|آخر)|"
                         r"(برگردیم|برگردم|بریم سراغ) (به |سر )?(موضوع|سوال)\w*|موضوع (دیگه|دیگر)|"
                         # "ok. eig wollt ich nach ner ausbildung fragen" (blind set L31: read as a
                         # wish to get help, "Gut, dass du das machst")
                         r"\b(eig|eigentlich) (wollt|wollte) ich (dich )?(nach|wegen) |\b(wollt|wollte) ich (eig|eigentlich) "
                         r"(nach|wegen) |\bactually i (wanted|meant|came) to ask (about|for)\b")


def wants_yes(u: Understanding) -> bool:
    """A yes to the check-in: typed (in any language Lotse reads), or the intent affirm."""
    return bool(YES.match(fold(u.text))) or says_yes(u.text, strict=True) or (
        u.intent == "affirm" and u.confidence >= YES_CONFIDENCE and not u.has_facts)


# "weiß nicht", "vielleicht" to the check-in: neither a yes nor a no (blind set J)
UNSURE = re.compile(r"^(weiss (nicht|nich|net|ned|ich nicht|ich nich)|keine ahnung|kp|k a|ka|kein plan|keinen plan|"
                    r"vielleicht|vllt|evtl|eventuell|bin (mir )?(nicht|nich) (so )?sicher|(nicht|nich) (so )?sicher|"
                    r"schwer zu sagen|kann sein|maybe|not sure|idk)\b")


def unsure(u: Understanding) -> bool:
    return bool(UNSURE.match(fold(u.text))) or leaves_open(u.text)


def wants_no(u: Understanding) -> bool:
    return bool(NO.match(fold(u.text))) or says_no(u.text) or u.extras.get("crisis_check") == "no" or (
        u.intent == "deny" and not u.has_facts)


def kind_of(state: DialogueState, u: Understanding) -> str:
    if u.danger is not None:
        return u.danger.kind
    return str(state.care.get("kind") or "suicidal")


def language_of(state: DialogueState, u: Understanding) -> str:
    if u.danger is not None:
        return u.danger.language
    return str(state.care.get("language") or "de")


def spoken_languages(state: DialogueState, written: str | None = None) -> list[str]:
    """The languages the person speaks, as far as the chat knows: the one the danger was
    written in, the chat's language, and those named in the intake."""
    found = [written or str(state.care.get("language") or ""), state.language,
             *state.profile.languages]
    return [code for code in dict.fromkeys(found) if code]


def _fits(offer: Offer, kind: str) -> bool:
    if offer.danger_kinds:
        return kind in offer.danger_kinds
    return offer.category == "crisis_line" and kind in GENERAL_KINDS


def _reachable(offer: Offer, ctx: Context) -> bool:
    """Open now – or a place without published hours (a shelter), which may well be."""
    return is_open(offer, ctx.now) or not (offer.always_open or offer.open_slots)


def _all_ages(offer: Offer) -> bool:
    return offer.age_min <= 0 and offer.age_max >= 99


def choose_help(kind: str, *, age: int | None, region: str | None, ctx: Context,
                languages: Iterable[str] = ()) -> list[Offer]:
    """The help shown for a kind of danger: what is open now, fitting the age (when known),
    lines that speak the person's language (other than German) first, nearby first where
    that matters, and always one line for every age."""
    own = {base_language(code) for code in languages} - {"de"}
    order = {o.id: i for i, o in enumerate(ctx.offers)}
    pool = [o for o in ctx.offers if _fits(o, kind) and o.serves_region(region)
            and _reachable(o, ctx) and (age is None or o.age_min <= age <= o.age_max)
            and ("de" in o.languages or bool(own.intersection(o.languages)))]

    minor = age is None or age < 18

    def rank(o: Offer) -> tuple[int, ...]:
        local = o.region != NATIONWIDE
        bare_number = o.contact.phone in EMERGENCY_NUMBERS  # in the text anyway: last
        nearby = (local and kind in LOCAL_FIRST) or (not local and kind not in LOCAL_FIRST)
        specific = bool(o.danger_kinds) and o.danger_kinds[0] == kind  # made for this danger
        for_young = o.age_max <= 27 if minor and kind in YOUTH_FIRST else True
        speaks = bool(own.intersection(o.languages))
        return (int(bare_number), int(not speaks), int(not nearby), int(not for_young), int(not specific),
                int(not o.always_open), order[o.id])

    chosen = sorted(pool, key=rank)[:MAX_CARDS]
    if not any(_all_ages(o) for o in chosen):
        general = [o for o in ctx.offers if o.category == "crisis_line" and _all_ages(o)
                   and o.always_open and o.region == NATIONWIDE]
        general.sort(key=lambda o: (not _fits(o, kind), order[o.id]))
        chosen = [*chosen[:MAX_CARDS - 1], *general[:1]]
    return chosen


def _cards(offers: Iterable[Offer], kind: str, ctx: Context,
           languages: Iterable[str] = ()) -> tuple[OfferCard, ...]:
    """The cards, each with why it fits and, where it speaks the person's language (other
    than German), "Beratung auch auf …"."""
    own = [code for code in dict.fromkeys(base_language(c) for c in languages) if code != "de"]

    def reasons(o: Offer) -> tuple[str, ...]:
        spoken = [code for code in own if code in o.languages]
        speaks = (R.SPEAKS.format(languages=R.LIST_SEPARATOR.join(language_name(code)
                                                                   for code in spoken)),)
        return (texts.CRISIS_REASON.get(kind, texts.CRISIS_REASON["default"]),
                *(speaks if spoken else ()))

    return tuple(OfferCard.from_match(Match(offer=o, need="crisis", score=1.0, reasons=reasons(o)),
                                      open_now=is_open(o, ctx.now)
                                      if (o.always_open or o.open_slots) else None)
                 for o in offers)


def care_buttons(state: DialogueState) -> tuple[Button, ...]:
    """Quick answers that fit the danger, and the way back to the other topics. Whatever
    language its title is in, a button sends the German words the follow-ups below read."""
    kind = str(state.care.get("kind") or "suicidal")
    asks = texts.CARE_BUTTONS_BY_KIND.get(kind, texts.CARE_BUTTONS_TEXT)
    sent = texts.source("CARE_BUTTONS_BY_KIND").get(kind, texts.source("CARE_BUTTONS_TEXT"))
    return tuple(Button(t, german) for t, german in zip(asks, sent, strict=True)) + (
        Button(texts.BACK_TO_TOPIC, "/resume"),)


def speaks(state: DialogueState, u: Understanding, ctx: Context) -> Reply:
    """"Is there someone who speaks Arabic?": the lines for this danger that speak the language
    asked about (or the person's own), else that the lines mostly speak German, and 112."""
    own = [code for code in u.languages if base_language(code) != "de"] or spoken_languages(state)
    shown = _shown(state, ctx)
    kind = str(state.care.get("kind") or "suicidal")
    more = choose_help(kind, age=state.profile.age, region=state.profile.region, ctx=ctx, languages=own)
    return _in_language(state, own, shown + [o for o in more if o not in shown], shown, most=3)


def other_language(state: DialogueState, ctx: Context) -> Reply:
    """After a wish for another language in crisis care: the line shown that speaks it, or –
    where none does – the lines mostly speak German, 112."""
    if base_language(state.language) == "de":
        return Reply(texts.CARE_BACK, buttons=care_buttons(state), expects="free_text")
    shown = _shown(state, ctx)
    return _in_language(state, spoken_languages(state), shown, shown)


def _in_language(state: DialogueState, own: list[str], lines: list[Offer], shown: list[Offer],
                 *, most: int | None = None) -> Reply:
    """The lines among `lines` (at most `most`) that speak one of `own` (German aside), named
    with a way in; where none does: the lines mostly speak German, and 112."""
    own = [code for code in own if base_language(code) != "de"]
    wanted = {base_language(code) for code in own}
    speaking = [o for o in lines if wanted.intersection(o.languages)][:most]
    if not speaking:
        return Reply(texts.CARE["english"].format(line=_line(shown)),
                     buttons=care_buttons(state), expects="free_text")
    code = next(c for c in own if base_language(c) in speaking[0].languages)
    named = ", ".join(f"{o.name} ({o.contact.phone or o.contact.chat or o.contact.web})"
                      for o in speaking)
    return Reply(texts.CARE["own_language"].format(
        lines=named, language=gettext(language_name(base_language(code)))),
        buttons=care_buttons(state), expects="free_text")


def enter(state: DialogueState, u: Understanding, ctx: Context) -> Turn:
    """Full crisis care: the fitting help at once, then stay in the conversation."""
    kind, language = kind_of(state, u), language_of(state, u)
    again = state.name == CARE_STATE
    if not again:
        state.resume = state.name if state.name not in ("start", "confirm_delete") else "ask_need"
        if state.name in handoff.STATES:
            state.resume = state.name
    state.crisis = True
    p = state.profile
    spoken = spoken_languages(state, language)
    offers = choose_help(kind, age=p.age, region=p.region, ctx=ctx, languages=spoken)
    state.care = {"kind": kind, "language": language, "shown": [o.id for o in offers]}
    if ACUTE.search(fold(u.text)):
        state.care["acute"] = True  # every answer says 112 until help is on its way
    other = not again and about_someone_else(state, u)
    opening = (texts.CRISIS_AGAIN if again else texts.CRISIS_OPENING_OTHER if other
               else texts.CRISIS_OPENING.get(kind, texts.CRISIS_OPENING["suicidal"]))
    if not offers:
        opening += "\n" + texts.CRISIS_NO_LINE_OPEN
    replies = [Reply(opening, offers=_cards(offers, kind, ctx, spoken), crisis=True),
               # "free and anonymous" – and, by name, a line shown that costs (a line in the
               # person's language with a landline number)
               *_not_free(offers, crisis=True),
               Reply(texts.CRISIS_EMERGENCY_OTHER if other
                     else texts.CRISIS_EMERGENCY.get(kind, texts.CRISIS_EMERGENCY["other_emergency"]),
                     crisis=True)]
    target = handoff_target(state, ctx)
    if state.resume in handoff.STATES and target is not None:
        # the handoff being set up goes on, now marked urgent (the consent covered the chat)
        state.name = str(state.resume)
        replies += [Reply(texts.CRISIS_HANDOFF_PENDING.format(org=target.org_name), crisis=True),
                    handoff.question(state, target)]
        return Turn(state, tuple(replies), effects=("flag_crisis",))
    state.name = CARE_STATE
    if not again and p.region is None and kind in texts.CRISIS_ASK_PLACE:
        # the shelter or the youth emergency service is local: ask where (blind set I)
        replies.append(Reply(texts.CRISIS_ASK_PLACE[kind], crisis=True))
    if not again:
        replies.append(Reply(texts.CRISIS_STAY, buttons=care_buttons(state), expects="free_text",
                             crisis=True))
    if buttons := handoff.invite_buttons(state, ctx.handoff_targets,
                                         also=(o.id for o in offers)):
        # an urgent handoff, only with consent: a button leads to the consent step (or a typed
        # yes right after it – `flow`)
        state.care["invited"] = True
        replies.append(Reply(texts.CRISIS_HANDOFF_INVITE, buttons=buttons, expects="free_text",
                             crisis=True))
    return Turn(state, tuple(replies), effects=("flag_crisis",))


# what a message that earns a check-in is about, when it names no topic of its own: "hat eh
# alles keinen sinn, bin 17" is about feeling bad – the topic the person would have tapped
IMPLIED_NEED = {"suicidal": "mental_health", "self_harm": "mental_health",
                "eating_disorder": "mental_health", "violence_at_home": "family_problems",
                "homeless_tonight": "housing_problems"}


def implied_need(state: DialogueState, u: Understanding) -> str | None:
    """The topic a possible danger stands for, if the message and the chat name none."""
    if any(n != "crisis" for n in u.needs) or state.profile.needs:
        return None
    return IMPLIED_NEED.get(kind_of(state, u))


def check_in(state: DialogueState, u: Understanding) -> Reply:
    """One direct, kind question for possible danger, with the 24/7 line in one line – about
    the young person a parent or teacher writes for, when someone writes for one."""
    state.check_pending = True
    state.care = {**state.care, "kind": kind_of(state, u), "language": language_of(state, u)}
    person = who(state)
    question = (texts.CHECK_IN_OTHER.format(who=person) if person
                else texts.CHECK_IN_BY_KIND.get(kind_of(state, u), texts.CHECK_IN))
    return check_in_question(question + "\n" + texts.CHECK_IN_LINE)


def check_in_question(text: str) -> Reply:
    """The check-in's words (the question, or why it was asked) with its yes and no."""
    return Reply(text, buttons=(Button(texts.CHECK_IN_YES, "/crisis"),
                                Button(texts.CHECK_IN_NO, '/deny{"crisis_check": "no"}')),
                 expects="confirm", crisis_check=True)


# "а если мама узнает, что я звонила?" asked in crisis care: whether the parents find out about
# the call – a question of confidentiality there (blind set L24); right after the check-in, "если
# мама узнает, мне конец 😅" about debts is no sign of danger (L10), so only in care
PARENTS_FIND_OUT = re.compile(
    r"\b(если|якщо|коли) (\w+ )?(мама|мать|папа|отец|отчим|родители|мати|тато|батько|вітчим|батьки)"
    r" (\w+ )?(узна\w*|дізна\w*)|\b(annem|babam|ailem|abim)\b (\w+ )?(ogrenirse|duyarsa|anlarsa)\b"
    r"|(اذا|إذا|لو) (امي|أمي|ابوي|أبوي|اهلي|أهلي|بابا|ماما) (عرف|عرفت|عرفوا|درت|درى|دروا)"
    r"|(اگه|اگر) (مادرم|پدرم|خانوادم|خانواده ام|خانواده‌ام|بابام|مامانم) (بفهمه|بفهمد|بفهمن|بفهمند)"
    r"|\bwhat if my (mum|mom|dad|parents|mother|father) (find|finds) out\b"
    r"|\bwenn (meine |mein )?(mama|mutter|papa|vater|eltern) (das )?(erfaehrt|erfahren|rausfindet|rausfinden)\b")


def classify(text: str, *, in_care: bool = False) -> str | None:
    folded = fold(text)
    found = next((name for name, pattern in FOLLOW_UPS if pattern.search(folded)), None)
    if found is None and in_care and PARENTS_FIND_OUT.search(folded):
        return "confidential"
    return found


def _shown(state: DialogueState, ctx: Context) -> list[Offer]:
    ids = state.care.get("shown") or []
    by_id = {o.id: o for o in ctx.offers}
    return [by_id[i] for i in ids if i in by_id]


def _line(offers: list[Offer]) -> str:
    for o in offers:
        if o.contact.phone:
            return f"{o.name} ({o.contact.phone})"
    return texts.CARE_LINE_FALLBACK


def _written(offers: list[Offer]) -> list[str]:
    lines = []
    for o in offers:
        way = o.messenger or o.contact.chat or o.contact.email
        if way:
            lines.append(f"{o.name}: {way}")
    return lines


def _facts(state: DialogueState, u: Understanding) -> str:
    said = []
    if u.age is not None:
        said.append(texts.CARE_FACT_AGE.format(age=u.age))
    if u.place is not None:
        said.append(texts.CARE_FACT_PLACE.format(place=u.place.name))
    if u.school_status is not None:
        said.append(texts.CARE_FACT_STATUS.get(u.school_status, texts.CARE_FACT_OTHER))
    if u.occupation is not None:
        said.append(texts.CARE_FACT_OCCUPATION.format(occupation=u.occupation))
    return ", ".join(said) or texts.CARE_FACT_OTHER


# needs that lead out of crisis care to the topics (a job, school, money, a flat, papers);
# family and feelings belong to the crisis itself and are answered inside it
LEAVING_NEEDS = {"seek_apprenticeship", "seek_internship", "career_orientation", "application_help",
                 "school_qualification", "training_problems", "school_problems", "money_problems",
                 "housing_problems", "migration_language"}
LEAVE_CONFIDENCE = 0.6
# the topic that fits a kind of danger, for counselling nearby
KIND_NEED = {"suicidal": "mental_health", "self_harm": "mental_health",
             "eating_disorder": "mental_health", "other_emergency": "mental_health",
             "violence_at_home": "family_problems", "sexual_abuse": "family_problems",
             "sextortion": "mental_health", "homeless_tonight": "housing_problems"}


# "können wir trotzdem noch über die ausbildung reden?" – now, not later (blind set I)
BACK_NOW = re.compile(r"^(?!.*\b(spaeter|danach|nachher|irgendwann|morgen)\b).*(\b(koennen|kann|koennten|wollen|lass) "
                      r"(wir|uns) (\w+ ){0,3}(ueber|mit|wegen|nach) |\b(und )?(wegen|was ist (jetzt )?mit|zurueck zu[rm]?|weiter mit) )"
                      r"(die |der |dem |das |den |mein\w* |ner |nem )?"
                      r"(ausbildung|praktikum|bewerbung|job|schule|thema|beruf|lehrstelle)\b")


def leaves_care(u: Understanding) -> bool:
    """"Zurück zu meinem Thema", or a clear new topic (not the crisis's own feelings)."""
    folded = fold(u.text)
    if u.text.strip() == "/resume" or LEAVE_WORDS.search(folded) or BACK_NOW.search(folded):
        return True
    return bool(set(u.needs) & LEAVING_NEEDS) and classify(u.text) is None and (
        u.confidence >= LEAVE_CONFIDENCE or u.is_payload or u.intent not in LEAVING_NEEDS)


def _nearby(state: DialogueState, kind: str, ctx: Context, *, counselling: bool) -> list[Offer]:
    """Help not shown yet that fits the danger now that age or place are known; with
    `counselling`, also counselling nearby for the topic behind the danger."""
    shown = set(state.care.get("shown") or [])
    p = state.profile
    # 110 and 112 stand in the crisis answer's own words already: no card of their own later
    fresh = [o for o in choose_help(kind, age=p.age, region=p.region, ctx=ctx,
                                    languages=spoken_languages(state))
             if o.id not in shown and o.contact.phone not in EMERGENCY_NUMBERS]
    if counselling:
        situation = Situation(needs=(KIND_NEED.get(kind, "mental_health"),), age=p.age,
                              region=p.region)
        # a line only for another danger (eating disorders after self-harm) is no fit
        # with a place: the counselling of that region (a nationwide line for parents is no
        # help for a 19-year-old whose boyfriend hits her); a line only for another danger
        # (eating disorders after self-harm) is no fit either
        fresh += [m.offer for m in route_situation(situation, ctx.offers).matches
                  if m.offer.id not in shown and m.offer not in fresh
                  and (p.region is None or m.offer.region != NATIONWIDE)
                  and (not is_specialist(m.offer) or kind in m.offer.danger_kinds)]
    return fresh[:MAX_CARDS]


def follow_up(state: DialogueState, u: Understanding, ctx: Context,
              *, facts_changed: bool) -> Turn | None:
    """Answer what someone says after a crisis answer; None hands back to the flow (a new
    topic, or "zurück zu meinem Thema")."""
    if leaves_care(u):
        return None
    kind = str(state.care.get("kind") or "suicidal")
    shown = _shown(state, ctx)
    if state.care.get("acute") and HELP_COMING.search(fold(u.text)):
        state.care["acute"] = False
        return Turn(state, (Reply(texts.CARE["help_coming"], buttons=care_buttons(state),
                                  expects="free_text"),))
    move = classify(u.text, in_care=True)
    if move is not None and move in state.care.get("answered", ()) and set(u.needs) & LEAVING_NEEDS:
        # "ок, я спробую їм написати. а що мені робити з цькуванням у школі?": that answer was
        # given already; the topic named is where the person is now (blind set L17)
        return None
    replies: list[Reply] = []
    if state.care.get("acute"):  # taken something, bleeding: 112 first, every time
        replies.append(Reply(texts.CARE["acute"]))
    if facts_changed:
        replies.append(Reply(texts.CARE["facts"].format(facts=_facts(state, u))))
    asked = offer_questions.topic_of(u.text) if move is None else None
    if asked in CARE_OFFER_TOPICS:  # "haben die heute noch offen?": the help shown, nearby first
        nearby_first = sorted(shown, key=lambda o: o.region == NATIONWIDE)
        replies.append(Reply(offer_questions.answer(asked, nearby_first[:3], ctx,
                                                    home=offer_questions.home_of(state, ctx))))
    elif move in ("counselling", "shelter") or (facts_changed and move is None):
        # once the place is known, counselling nearby joins the lines: the help for the days after
        fresh = _nearby(state, kind, ctx, counselling=move == "counselling" or (
            facts_changed and state.profile.region is not None))
        if fresh:
            local = any(o.region != NATIONWIDE for o in fresh)
            replies.append(Reply(texts.CARE["local" if local else "also"],
                                 offers=_cards(fresh, kind, ctx, spoken_languages(state))))
            state.care["shown"] = [*state.care.get("shown", []), *(o.id for o in fresh)]
        elif facts_changed and move is None and shown and (
                line := _line(_fitting(state, shown))) != state.care.get("named"):
            state.care["named"] = line  # named once, not after every fact
            replies.append(Reply(texts.CARE["facts_line"].format(line=line)))
        elif move in ("counselling", "shelter"):
            replies.append(Reply(texts.CARE["ask_place"] if state.profile.region is None
                                 else texts.CARE["none_nearby"].format(line=_line(shown))))
        if move == "shelter" and kind in ("violence_at_home", "sexual_abuse"):
            replies.append(Reply(texts.CARE["women_shelter"]))
    elif move == "speaks":  # the lines that speak the language asked about (or the chat's)
        replies.append(speaks(state, u, ctx))
    elif move == "chat":
        written = _written(shown)
        text = (texts.CARE_CHAT_INTRO + "\n" + "\n".join(f"• {w}" for w in written)
                if written else texts.CARE_CHAT_NONE)
        replies.append(Reply(text))
    elif move == "refuse":
        written = _written(shown)
        replies.append(Reply(texts.CARE["refuse"].format(
            written=written[0] if written else texts.CARE_WRITTEN_FALLBACK)))
    elif move == "night":
        open_now = [o.name for o in shown if is_open(o, ctx.now)] or [texts.CARE_OPEN_FALLBACK]
        replies.append(Reply(texts.CARE["night"].format(open=", ".join(open_now))))
    elif move == "self_blame":
        key = "self_blame" if kind in ("violence_at_home", "sexual_abuse", "sextortion") \
            else "self_blame_feelings"
        replies.append(Reply(texts.CARE[key]))
    elif move in ("pay", "cost") and kind != "sextortion":
        # asked again (no credit left, …): the next thing to know, not the same words
        again = state.care.get("last_move") in ("pay", "cost")
        replies.append(Reply(texts.CARE["cost_again" if again else "cost"]))
        if not again:  # "the numbers are free" – and the one shown that is not, by name
            replies += _not_free(_shown(state, ctx))
    elif move == "confidential" and state.care.get("last_move") == "confidential":
        # "sagst du das wem?" right after the answer to "my parents mustn't know": short, not the
        # same words again (blind set L31)
        replies.append(Reply(texts.CARE["confidential_again"]))
    elif move == "where":  # the help nearby first: that is where one can go
        regional = [o for o in shown if o.region != NATIONWIDE] or shown
        replies.append(Reply(offer_questions.answer("where", regional[:3], ctx)))
    elif move == "later_topic":  # the topic waits; one tap brings it back
        need = next((n for n in (*u.needs, *state.profile.needs) if n in LEAVING_NEEDS), None)
        title = next((b.title for b in texts.NEED_BUTTONS if need and b.payload == f"/{need}"), None)
        replies.append(Reply(texts.CARE["later_topic"].format(topic=title) if title
                             else texts.CARE["later_any"]))
    elif move == "age_ok":
        replies.append(Reply(texts.CARE["age_ok"].format(line=_line(_fitting(state, shown)))))
    elif move is not None:
        replies.append(Reply(texts.CARE[move].format(line=_line(shown))))
    elif not facts_changed:
        replies.append(Reply(_default(state, u, shown)))
    state.care["last_move"] = move
    if move is not None and move not in state.care.get("answered", ()):
        state.care["answered"] = [*state.care.get("answered", ()), move]
    last = replies[-1]
    replies[-1] = Reply(last.text, offers=last.offers, buttons=care_buttons(state),
                        expects="free_text")
    if move == "shelter" and TONIGHT.search(fold(u.text)):
        # a safe place for tonight is crisis help again (contract § 4); "gibts sowas wie ein
        # frauenhaus in rodgau?" is a question, not an alarm
        replies = [dataclasses.replace(r, crisis=True) for r in replies]
    return Turn(state, tuple(replies))


def _not_free(offers: list[Offer], *, crisis: bool = False) -> list[Reply]:
    """A line for each phone line shown that is not free, with what it costs."""
    return [Reply(texts.CARE["cost_except"].format(name=o.name, cost=o.cost), crisis=crisis)
            for o in offers if o.contact.phone and not _free(o.cost)]


def _free(cost: str | None) -> bool:
    """A line whose catalogue entry says nothing about its cost is a free one (the crisis lines
    and 116 numbers are); one that names a price is not."""
    return cost is None or re.search(r"kostenlos|kostenfrei|gratis|frei\b", fold(cost)) is not None


def _fitting(state: DialogueState, shown: list[Offer]) -> list[Offer]:
    """The lines shown that fit the age now known (a youth line first for minors)."""
    age = state.profile.age
    fit = [o for o in shown if age is None or o.age_min <= age <= o.age_max]
    if age is not None and age < 18:
        fit.sort(key=lambda o: o.age_max > 27)
    elif age is not None:  # an adult: a line for everyone before one for children and youth
        fit.sort(key=lambda o: o.age_max <= 27)
    return fit or shown


def _default(state: DialogueState, u: Understanding, shown: list[Offer]) -> str:
    """Something kind that fits; never the same words twice in a row, never "not understood"."""
    if u.text.rstrip().endswith("?"):
        return texts.CARE["unknown_question"].format(line=_line(shown))
    count = int(state.care.get("defaults", 0))
    state.care["defaults"] = count + 1
    variants = texts.CARE_DEFAULTS
    return variants[count % len(variants)].format(line=_line(shown))
