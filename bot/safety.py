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
FUZZY_MIN_PHRASE = 16

# Patterns by kind of danger, on folded text (umlauts as ae/oe/ue, lowercase). Written as
# stems so that typos of the endings, slang and learner German still match.
_DANGER = {
    "suicidal": [
        # written blind-set 1 misses as general signals (goodbyes, plans, being a burden, …)
        r"\b(tschuess|tschues|bye|lebt wohl|lebewohl)\b.{0,40}\bdanke fuer alles\b",
        r"\bdanke fuer alles\b.{0,40}\b(tschuess|tschues|bye|lebt wohl|lebewohl|fuer immer)\b",
        r"\b(ueberlegt|geplant|plane|weiss)\b.{0,15}\bwie ich (es|mich)\b.{0,20}\b(mache|umbringe|toete|wann)\b",
        r"\b(will|moechte|mag|wuerde gern|werde|wollte) (einfach )?(nur )?(noch )?(lieber )?(tot|sterben|sterbn)\b",
        r"\b(bin|ist)\b.{0,15}\bweg fuer immer\b", r"\bfuer immer (weg|gehen|einschlafen|schluss)\b",
        r"\b(zeug|sachen)\b.{0,15}\bverschenkt\b", r"\balles geregelt\b.{0,40}\b(gehen|weg|schluss|ende)\b",
        r"\bkeinen ausweg\b", r"\b(denk|denke|gedanken|gedanke)\w*\b.{0,20}\ban(s| das| den)? (sterben|tod|suizid)",
        r"\bnie geboren\b", r"\bwill\b.{0,15}\bdass (es|alles) endlich aufhoert\b",
        r"\bmein letzter tag\b(?!\s+(im|in|beim|bei|an|als|auf|vor|der|des|vom|von|mit)\b)",
        r"\bauf (den|die) (gleisen|gleise|schienen)\b",
        r"\b(ne|eine|nur ne|nur eine) last\b.{0,20}\bfuer (alle|jeden|meine|euch)",
        r"\bwenn ich (weg|nicht mehr da|tot) bin\b.{0,40}\b(leichter|besser)\b",
        r"\b(abend|nacht|heute|heut|morgen)\b.{0,10}\bist schluss\b(?! mit)",
        r"\b(sag|sagen)\b.{0,30}\b(dass|das) es mir leid tut\b",
        r"\bkein(en)? (grund|sinn|kraft) mehr\b.{0,20}\b(weiter|zu leben|leben)",
        r"\bbring(e)? ich mich\b.{0,10}\bum\b", r"\b(sterbe|sterb) (ich )?(lieber|besser)\b",
        r"\bbesser (tot|sterben)\b",
        r"\b(nicht mehr|nie wieder|nie mehr) (leben|lebn|aufwachen|aufstehen|da sein)\b",
        r"\bich bring(e)? mich\b.{0,20}\bum\b", r"\bwenn ich tot (waere|bin)\b",
        r"\b(bruecke|dach|hochhaus|gleis\w*|fenster)\b.{0,40}\b(will|werde|moechte|gleich)\b.{0,10}\bspring",
        r"\blieber tot\b", r"\btot sein\b", r"\blebensmuede|muede vom leben\b",
        r"\bmich\b.{0,30}\b(umbring|umbrin|umzubring|aufzuhaeng|aufhaeng|erhaeng|erschiess|vergift)",
        r"\b(mir|mein) (das |dem )?leben (zu )?nehm", r"\bbesser dran ohne mich\b",
        r"\b(tabletten|pillen|schlaftabletten)\b.{0,50}\b(gesammelt|besorgt|geschluckt|hier|alle nehmen|genommen)\b",
        r"\b(seil|strick)\b.{0,40}\b(aufzuhaeng|aufhaeng|erhaeng)", r"\bspring(e|en)? von\b",
        r"\bvon (der|einer|dem|einem) (bruecke|hochhaus|dach)\b", r"\bvor (den|einen) zug\b",
        r"\balles beenden\b", r"\bkeinen sinn mehr\b", r"\b(kill|end) (myself|my life)\b",
        r"\bwant to die\b", r"\bsuicid", r"\bno reason to live\b",
    ],
    "self_harm": [
        r"\brueckfall\b.{0,40}\b(clean|svv|ritz\w*|schneid\w*|sh)\b", r"\b(clean|svv)\b.{0,40}\brueckfall\b",
        r"\bsvv\b", r"\bgeritzt\b", r"\bmich\b( \w+){0,3} (schneid|ritz|verbrenn)\w*",
        r"\bverbrenn\w* mir\b.{0,25}\b(arm|arme|haut|hand|haende|bein)",
        r"\b(zigarette|kippe|feuerzeug)\b.{0,40}\b(arm|arme|haut|hand)\b.{0,15}\bverbrann",
        r"\b(mir|mich)\b.{0,30}\b(arm|arme|haut)\b.{0,15}\bverbrannt\b.{0,20}\b(wieder|absichtlich)",
        r"\bkopf gegen die wand\b", r"\b(hau|haue|schlag|schlage)\w* (mir|mich) selbst\b",
        r"\bmir selbst ins gesicht\b", r"\bbestraf\w* mich selbst\b", r"\bmich selbst\b.{0,20}\bbestraf",
        r"\bbestraf\w*\b.{0,30}\bschmerzen\b", r"\b(neue|frische) (narben|schnitte|wunden)\b",
        r"\bnarben\b.{0,40}\bneue gemacht\b", r"\b(was|etwas|irgendwas) scharfes\b",
        r"\bhunger\w* (mich )?absichtlich\b", r"\babsichtlich\b.{0,15}\bhunger",
        r"\b(arm|arme|handgelenk\w*|bein|beine)\b.{0,20}\b(aufgeschnitten|aufschneiden|aufgeritzt)\b",
        r"\b(mir|mich) (selbst |selber )?(etwas|was|ernsthaft was) (an)?(zu)?(tun|antun|anzutun)\b",
        r"\britz", r"\bmich (selbst |selber )?(zu )?(schneid|verletz|verbrenn)", r"\bschneide mich\b",
        r"\bverbrenn(e)? mich\b", r"\bmir (selbst |selber )?weh (zu )?tu", r"\brasierklinge|\bklinge\b",
        r"\bsh\b.{0,20}(gemacht|schnitt)", r"\bschnitte\b", r"\bbis es blutet\b",
        r"\bcut(ting)? myself\b", r"\bself ?harm",
    ],
    "violence": [
        r"\b(angst|trau mich nicht)\b.{0,20}\b(nach hause|nachhause|heim)\b",
        r"\b(betrunken|besoffen)\b.{0,40}\b(rastet|schlaegt|haut|pruegelt|tobt)\b",
        r"\b(bin|hab mich|habe mich)\b.{0,20}\beingeschlossen\b",
        r"\b(gibt'?s|gibts|gibt es|krieg\w*|bekomm\w*) (wieder |dann |immer )?(schlaege|pruegel|haue)\b",
        r"\bblaue flecken\b.{0,40}\b(trau|angst|heim|nach hause|von (ihm|ihr|meinem|meiner|papa|mama|vater|mutter))",
        r"\b(trau|angst)\b.{0,40}\bblaue flecken\b", r"\bsperr\w* mich ein\b",
        r"\b(krieg|kriege|bekomme|bekomm)\w* (kein|nichts zu) essen\b",
        r"\bmich\b( \w+){0,3} (geohrfeigt|getreten|gewuergt)\b", r"\bohrfeige\w*\b.{0,20}\b(mich|mir)\b",
        r"\b(werde|wurde|werd)\b.{0,30}\b(geschlagen|verpruegelt|getreten|gewuergt|missbraucht|vergewaltigt)\b",
        r"\b(schlaegt|schlagen|schlagt|schlag|verpruegel\w*|pruegel\w*|tritt|treten|haut|hauen|"
        r"wuergt|wuergen|bedroht|bedrohen|droht|misshandel\w*)\b( \w+){0,3} mich\b",
        r"\bmich\b( \w+){0,3} (geschlagen|verpruegelt|getreten|gewuergt|bedroht|misshandelt)\b",
        r"\b(hits|beats|hurts|chokes) me\b", r"\babzustechen|abstechen\b",
        r"\bangst\b.{0,30}\b(vor|dass)\b.{0,30}\b(schlaegt|schlagen|vater|stiefvater|mutter|freund)\b.{0,30}\b(wieder|schlaegt|haut)",
        r"\bwieder (geschlagen|verpruegelt)\b",
    ],
    "sexual_abuse": [
        r"\b(was|etwas|irgendwas)\b.{0,10}\bins (getraenk|glas|trinken)\b", r"\bk\.?\s?o\.?[- ]?tropfen\b",
        r"\bnackt aufgewacht\b", r"\baufgewacht\b.{0,30}\bnackt\b", r"\bhalb nackt\b.{0,40}\b(aufgewacht|weiss nicht)",
        r"\bsachen die ich nicht will\b", r"\bdinge die ich nicht will\b",
        r"\b(nur wenn|sonst|muss)\b.{0,30}\bmit (ihm|ihr) (schlafe|schlafen|ins bett)\b",
        r"\bmit (ihm|ihr) (schlafe|schlafen)\b.{0,20}\b(sonst|damit|dann krieg)",
        r"\bschickt mir\b.{0,20}\b(komische|nackt|eklige|versaute|perverse)\w* (bilder|fotos|videos)\b",
        r"\b(will|wollte|verlangt)\b.{0,20}\b(nackt)?(bilder|fotos) von mir\b",
        r"\b(fasst|fassen|begrapscht|grapscht|betatscht|beruehrt|touches|touched)\b( \w+){0,4} (mich|me)\b",
        r"\bmich\b( \w+){0,3} (angefasst|begrapscht|betatscht)\b", r"\bmissbrauch", r"\bmissbraucht",
        r"\bvergewaltig", r"\brape[d]?\b", r"\bzwingt mich\b", r"\bzwingen mich\b",
        r"\bmich (aus)?(zu )?ausziehe", r"\bnackt(bilder|fotos|bild|foto)", r"\bnachts in mein zimmer\b",
        r"\bsex\b.{0,30}\b(zwingt|gezwungen|muss|will er)\b",
    ],
    "homeless_tonight": [
        r"\bobdachlos\b", r"\b(heute|heut|diese nacht)\b.{0,40}\b(wo|wohin)\b.{0,30}\b(schlafen|schlaf|pennen)\b",
        r"\b(rausgeschmissen|rausgeworfen|rausgeschmissn|geschmissen|vor die tuer gesetzt|hat mich raus|haben mich raus)\b"
        r".{0,70}\b(strasse|draussen|nirgend\w*|wohin|schlafen|nacht|rucksack|vorm haus)",
        r"\b(schlaf|schlafe|penn|penne)\w*\b.{0,30}\b(im park|auf der strasse|draussen|am bahnhof|in der u.?bahn|"
        r"unter der bruecke|im auto|im treppenhaus)\b",
        r"\b(im park|auf der strasse|am bahnhof|in der u.?bahn|unter der bruecke)\b.{0,20}\b(schlaf|schlafe|penn)",
        r"\b(schlafen|schlafe|pennen)\b.{0,10}\bauf (der )?strasse\b",
        r"\b(abgehauen|weggelaufen|ausgerissen)\b.{0,40}\b(wohin|nirgend\w*|schlafen)\b",
        r"\b(nirgendwo|nirgends) hin\b", r"\b(soll|sollst) (verschwinden|abhauen|gehen)\b.{0,40}\bnie\b",
        r"\b(heute|heut|diese) nacht\b.{0,30}\b(hab|habe) ich (nix|nichts|keinen platz)",
        r"\bcouchsurfing\b.{0,30}\b(vorbei|aus|ende)\b", r"\bweiss nicht\b.{0,10}\bwo (ich )?(schlafen|pennen)\b",
        r"\b(wo|wohin)\b.{0,40}\b(heute|heut|diese nacht)\b.{0,30}\b(schlafen|schlaf|pennen)\b",
        r"\b(heute|heut|tonight|diese nacht)\b.{0,40}\b(draussen|auf der strasse|im park|am bahnhof|"
        r"kein(en)? (schlafplatz|platz zum schlafen)|wieder keine ahnung wohin|nirgends|nirgendwo)",
        r"\b(draussen|auf der strasse|im park|am bahnhof)\b.{0,30}\b(schlafen|schlaf|pennen)\b.{0,30}\b(heute|heut|tonight)",
        r"\b(kein(en)?|nirgends|nirgendwo|nichts|nix)\b.{0,10}\b(schlafplatz|platz zum schlafen|wo ich\b.{0,20}(schlafen|pennen))",
        r"\bnowhere to sleep\b", r"\bseit heute\b.{0,30}\bauf der strasse\b",
        r"\bdraussen schlaf", r"\bauf der strasse schlaf",
    ],
    "eating_disorder": [
        r"\bseit \d+ tag(en)? (nichts|nix)\b", r"\b(nichts|nix) (mehr )?(gegessen|esse|essen)\b.{0,60}"
        r"\b(schwindel|umgekippt|ohnmaecht|schwarz vor|stehen|zunehmen|fett)",
        r"\b(umgekippt|ohnmaecht\w*|schwindelig|schwarz vor augen)\b.{0,60}\b(esse|essen|gegessen|kalorien|wasser)\b",
        r"\b(esse|essen|gegessen|kalorien|wasser)\b.{0,60}\b(umgekippt|ohnmaecht\w*|schwindelig|schwarz vor augen)",
        r"\b(kotz\w*|erbrech\w*)\b.{0,20}\babsichtlich|\babsichtlich\b.{0,20}\b(kotz|erbrech)",
        r"\bfinger in den hals\b", r"\babfuehrmittel\b", r"\b\d{2,3} kalorien\b",
        r"\b\d{2} kilo\b.{0,40}\babnehmen\b", r"\bhavent eaten\b", r"\bfainting\b",
        r"\berbreche mich\b", r"\b(kotz\w*|erbrech\w*|uebergeb\w*)\b.{0,15}\bnach (jedem|dem|jeder) (essen|mahlzeit)",
        r"\bblut (gespuckt|gekotzt|erbrochen|spucke|kotze)|\b(spucke|kotze|erbreche) blut\b",
    ],
    "other_emergency": [
        r"\b(wacht|wird)\b.{0,10}\bnicht (mehr )?(auf|wach)\b", r"\bbewusstlos\b", r"\bohnmaechtig\b",
        r"\b(liegt|lag)\b.{0,30}\b(reagiert nicht|bewegt sich nicht|atmet nicht)\b", r"\batmet (komisch|nicht|kaum)\b",
        r"\b(\d+|viele|viel|paar|ganze packung|alle|zu viele)\b.{0,15}\b(tabletten|tablette|pillen|ibus?|"
        r"paracetamol|schlaftabletten)\b.{0,30}\b(genommen|geschluckt|eingeworfen)\b",
        r"\b(alkohol|getrunken)\b.{0,30}\btabletten\b", r"\btabletten\b.{0,30}\b(alkohol|getrunken)\b",
        r"\b(herz rast|herzrasen)\b.{0,60}\b(genommen|bekommen|tabletten|kann kaum|zitter\w*|uebergeb\w*)",
        r"\b(genommen|bekommen|tabletten|uebergeb\w*)\b.{0,60}\b(herz rast|herzrasen)\b",
        r"\b(laeuft|faehrt|fahrt|geht|rennt)\b.{0,25}\b(mir|neben mir)\b.{0,10}\b(hinterher|her)\b",
        r"\bnur noch \d{2} (kilo|kg)\b", r"\babschieds(foto|nachricht|video|text|brief)",
        r"\b(mit|hat|haben|hatte|hab)\b.{0,10}\b(nem|einem|ner|n|ein) (messer|waffe|pistole|knarre)\b",
        r"\b(haben|hat) (messer|waffen|ne waffe|eine waffe)\b",
        r"\b(waffe|pistole|knarre|messer)\b.{0,30}\b(in die|in der|zur) schule\b", r"\bamok",
        r"\b(folgt|verfolgt) mir|\bverfolgt mich\b|\bfollowing me\b", r"\bfaehrt mir\b.{0,30}\bhinterher\b",
        r"\bzwangs(heirat|verheirat|ehe)", r"\bmit einem mann verheiraten\b|\bverheiraten\b.{0,40}\bnicht\b",
        r"\b(lassen|laesst|lasst) mich nicht\b.{0,30}\b(raus|gehen|weg|aus der wohnung|aus dem haus)", r"\beingesperrt\b",
        r"\b(krieg|kriege|bekomme)\b.{0,10}\b(kaum|keine)\b.{0,10}\bluft\b",
        r"\behre\b.{0,100}\b(bestrafen|umbringen|toeten)", r"\bdroht\b.{0,40}\b(umzubringen|toeten|abzustechen)",
    ],
}
DANGER = tuple(re.compile(p) for patterns in _DANGER.values() for p in patterns)
# Talking *about* a topic (school project, prevention, a book) is no danger to the writer.
TOPIC_ONLY = re.compile(
    r"\b(praevention|suizidpraevention|referat|unterricht|ethik|hausaufgabe|buch|roman|film|serie|"
    r"material|infos? (ueber|zu)|was macht eine?|definition)\b")
TOPIC_WORDS = re.compile(r"\b(suizid\w*|selbstmord\w*|missbrauch\w*|zwangsheirat\w*|svv|amok\w*)\b")


def looks_like_crisis(text: str) -> bool:
    """True when a message signals acute danger (errs on the side of help)."""
    folded = normalize(text)
    if not folded:
        return False
    plain = fold(text)
    for candidate in (plain, folded):
        for pattern in DANGER:
            match = pattern.search(candidate)
            if match and not _only_talk_about_it(candidate, match.group()):
                return True
    for phrase in CRISIS_PHRASES:
        if ((phrase in folded or phrase in plain) and not _only_hyperbole(folded, phrase)
                and not _only_talk_about_it(folded, phrase)):
            return True
    for phrase in CRISIS_PHRASES:
        # partial_ratio slides the shorter string over the longer one: only compare when
        # the message is at least as long as the phrase, or "hi" would match inside one.
        if (len(phrase) >= FUZZY_MIN_PHRASE and len(folded) >= len(phrase)
                and fuzz.partial_ratio(phrase, folded) >= FUZZY_CUTOFF):
            return not _only_hyperbole(folded, phrase)
    return False


def _only_talk_about_it(folded: str, matched: str) -> bool:
    """"material zur suizidpraevention" – a topic word in a school or info question."""
    return bool(TOPIC_WORDS.search(matched)) and bool(TOPIC_ONLY.search(folded))


def _only_hyperbole(folded: str, phrase: str) -> bool:
    return phrase in {"bring mich um", "mich umbringen"} and bool(HYPERBOLE.search(folded))


# --- two tiers (interim: the lexicon's hit is "clear"; replaced by the measured check) ---
from dataclasses import dataclass  # noqa: E402

DANGER_KINDS = ("suicidal", "self_harm", "violence_at_home", "sexual_abuse", "sextortion",
                "homeless_tonight", "eating_disorder", "other_emergency")


@dataclass(frozen=True, slots=True)
class Danger:
    level: str
    kind: str
    language: str = "de"


def assess_danger(text: str) -> Danger | None:
    if not looks_like_crisis(text):
        return None
    folded = fold(text)
    for kind, patterns in _DANGER.items():
        if any(re.search(p, folded) for p in patterns):
            return Danger("clear", "violence_at_home" if kind == "violence" else kind)
    return Danger("clear", "suicidal")


def combine_with_nlu(danger: Danger | None, *, intent: str, confidence: float,
                     text: str) -> Danger | None:
    if danger is None and intent == "crisis" and confidence >= 0.5:
        return Danger("possible" if confidence < 0.8 else "clear", "suicidal")
    return danger
