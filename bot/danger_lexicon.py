# ruff: noqa: E501  (pattern tables: one regex per line reads better than split strings)
"""German danger patterns by kind and level, and the context cues that soften them.

All patterns run on folded text (lowercase, umlauts as ae/oe/ue/ss, punctuation as single
spaces; see bot.safety.text_forms). Written as stems so that typos of the endings, slang,
dialect and learner German still match. "clear" patterns state acute danger to the writer
or someone near; "possible" patterns are ambiguous words and distress without a stated
danger – they lead to one check-in question, not to the full crisis answer.
"""

from __future__ import annotations

_PILLS = r"(tabletten|tablette|tablten|pillen|pills|paracetamol|ibus?|ibuprofen|schlaftabletten|xanax|medikament\w*|insulin|antidepressiva|tavor|lorazepam|diazepam|amitriptylin|citalopram|sertralin|opipramol|quetiapin)"
_TODAY = r"(heute|heut|heit|jetzt|gerade|grad|gleich|tonight|sofort|heute nacht|heute abend)"
# Private pictures of me, a demand to pay, a threat to publish: sextortion without the word.
_MY_PICTURES = (r"((meine|meinen|meiner|private\w*|privaten|intime\w*|nackt\w*|heimliche\w*) (\w+ )?(bilder|fotos?|videos?|pics|aufnahmen|nudes)|nackt(bilder|fotos?|videos?|pics)"
                r"|(bilder|fotos?|videos?|pics|aufnahmen) von mir( (nackt|oben ohne|in unterwaesche))?)")
_PAY = (r"((be)?zahl(e|en|st|t)?|gezahlt|bezahlt|(steam|amazon|google play|itunes|apple|psn|xbox)[ -]?(karte|karten|gutschein\w*|guthaben)|ueberweis\w*|paysafe\w*|psc|gutschein\w*|geschenkkarte\w*|guthaben\w*|"
        r"bitcoin|krypto|\d+ ?(euro|eur)|will \d+|will geld|wollen geld|verlangt geld|fordert geld|frist)")
_PUBLISH = (r"(veroeffentlich\w*|verbreit\w*|posten|postet|gepostet|hochlad\w*|hochgeladen|online stell\w*|rumschick\w*|"
            r"an alle (schick\w*|senden)|an meine (eltern|familie|schule|freunde|klasse) (schick\w*|senden)|weiterschick\w*|leaken|geleakt)")
_PUBLISH_ANY = r"(" + _PUBLISH[1:-1] + r"|schick\w*|zeig\w*|sehen)"

# "ending it", but not "ending it with this Praktikum", a job, school or a boyfriend (crisis set
# 45's look-alike: quitting an internship "today")
NOT_ENDING_A_THING = (r"(?! with (this|that|the|my|our|a) (\w+ )?(praktikum|internship|job|company|firm|"
                      r"apprenticeship|ausbildung|school|course|class|training|team|club|boss|relationship|"
                      r"boyfriend|girlfriend|bf|gf|guy|girl)\b)(?! with (him|her|them)\b)")
ENDING_IT = r"\bending it\b" + NOT_ENDING_A_THING


CLEAR: dict[str, tuple[str, ...]] = {
    "sextortion": (
        r"\b(erpress\w*)\b.{0,40}\b(nackt\w*|bilder\w*|fotos?|videos?|pics)\b",
        r"\b(nackt\w*|bilder|fotos?|videos?|pics)\b.{0,40}\berpress\w*",
        r"\b(droht|drohen|will)\b.{0,30}\b(nackt\w*|intim\w*)\b.{0,40}\b(schick\w*|posten|verbreit\w*|zeigen|veroeffentlich\w*)",
        r"\b(nackt\w*|intim\w*)\b.{0,50}\b(an alle|an meine schule|posten|verbreit\w*|veroeffentlich\w*)\b.{0,40}\b(wenn ich nicht|sonst|ausser)",
        # without the word: someone holds private pictures of me and wants money, sets a deadline or threatens to publish
        r"\b" + _MY_PICTURES + r"\b.{0,80}\b" + _PAY + r"\b",
        r"\b" + _PAY + r"\b.{0,80}\b" + _MY_PICTURES + r"\b",
        r"\b" + _MY_PICTURES + r"\b.{0,80}\b" + _PUBLISH + r"\b",
        r"\b(sonst|ansonsten|wenn ich nicht)\b.{0,50}\b" + _MY_PICTURES + r"\b.{0,40}\b" + _PUBLISH_ANY + r"\b",
        r"\b(hat|haben|hab)\b.{0,30}\b(bilder|fotos?|videos?|pics|nudes)\b.{0,60}\b(will er|will sie|wollen|verlangt)\b.{0,20}\b(nochmal|mehr|wieder|geld|\d+)",
        r"\b(will|verlangt|fordert)\b.{0,10}\b\d+\b.{0,60}\b(bild|foto|video|pic)\w*\b.{0,30}\b(geschickt|gezeigt|beweis)",
    ),
    "suicidal": (
        r"\b(tschuess|tschues|bye|lebt wohl|lebewohl)\b.{0,40}\bdanke fuer alles\b",
        r"\bdanke fuer alles\b.{0,40}\b(tschuess|tschues|bye|lebt wohl|lebewohl|fuer immer|pass auf dich auf)\b",
        r"\b(ueberlegt|geplant|plane|weiss|ausjedacht|ausgedacht)\b.{0,15}\bwie ich (es|mich)\b.{0,20}\b(mache|umbringe|toete|wann)\b",
        r"\b(will|moechte|mag|wuerde gern|werde|wollte) (einfach )?(nur )?(noch )?(lieber )?(heute )?(tot|sterben|sterbn)\b",
        r"\b(bin|ist)\b.{0,15}\bweg fuer immer\b", r"\bfuer immer (weg|gehen|einschlafen|schluss|schlafen)\b",
        r"\b(zeug|sachen|kram)\b.{0,15}\bverschenkt\b", r"\balles geregelt\b.{0,40}\b(gehen|weg|schluss|ende)\b",
        r"\b(denk|denke|gedanken|gedanke)\w*\b.{0,20}\ban(s| das| den)? (sterben|tod|suizid)",
        r"\bwill\b.{0,15}\bdass (es|alles) endlich aufhoert\b",
        # with work or school in the message, only the check-in (FIRM_POSSIBLE) is left
        r"^(?!.*\b(ausbildung|job|arbeit|praktikum|firma|betrieb|schule|lehre|nebenjob)\b).*"
        r"\bmein letzter tag\b(?!\s+(im|in|beim|bei|an|als|auf|vor|der|des|vom|von|mit)\b)",
        r"\b(auf|an|anne|zu) (den|die)? ?(gleisen|gleise|schienen)\b",
        r"\b(ne|eine|nur ne|nur eine) last\b.{0,20}\bfuer (alle|jeden|meine|euch)",
        r"\bwenn ich (weg|nicht mehr da|tot) bin\b.{0,40}\b(leichter|besser)\b",
        r"\b(abend|nacht|heute|heut|morgen)\b.{0,10}\bis(t)? schluss\b(?! mit)",
        r"\b(sag|sagen)\b.{0,30}\b(dass|das) es mir leid tut\b",
        r"\bkein(en)? (grund|sinn|kraft) mehr\b.{0,20}\b(weiter|zu leben|leben)",
        r"\bbring(e)? ich mich\b.{0,10}\bum\b", r"\b(sterbe|sterb) (ich )?(lieber|besser)\b",
        r"\bbesser (tot|sterben)\b", r"\bbring i mi om\b",
        r"\b(nicht mehr|nie wieder|nie mehr) (leben|lebn|aufwachen|aufstehen|da sein)\b",
        r"\bich bring(e)? mich\b.{0,20}\bum\b", r"\bwenn ich tot (waere|bin)\b",
        r"\b(bruecke|dach|hochhaus|gleis\w*|fenster|parkhaus)\b.{0,40}\b(will|werde|moechte|gleich|ueberleg\w*|wollt\w*|wollte)\b.{0,10}\b(runter)?spring",
        r"\b(wollt\w*|wollte) (heute |gestern |grad |gerade |eben )?(da |dort )?(runter)?springen\b",
        r"\blieber tot\b", r"\btot sein\b", r"\blebensmuede|muede vom leben\b",
        r"\bmich\b.{0,30}\b(umbring|umbrin|umzubring|aufzuhaeng|aufhaeng|erhaeng|erschiess|vergift|toeten|zu toeten)",
        r"\b(mir|mein) (das |dem )?leben (zu )?nehm", r"\bbesser dran ohne mich\b",
        r"\b" + _PILLS + r"\b.{0,50}\b(gesammelt|besorgt|geschluckt|hier|alle nehmen|alle nehm|genommen|liegen|zaehl\w*|gezaehlt)\b",
        r"\b(seil|strick|schlinge)\b.{0,40}\b(aufzuhaeng|aufhaeng|erhaeng|haengen|haengt|gekauft|besorgt|keller|dachboden)",
        r"\bmit dem strick\b", r"\bspring(e|en)? von\b", r"\bich spring(e)? (heute|jetzt|gleich|morgen)\b",
        r"\bvon (der|einer|dem|einem) (bruecke|hochhaus|dach)\b", r"\bvor (den|einen|die) (zug|u bahn|s bahn|bahn)\b",
        r"\balles beenden\b", r"\bkeinen sinn mehr\b.{0,30}\b(leben|weiter)",
        r"\bnicht mehr lange (da|hier|am leben)\b", r"\b(morgen|bald|dann)\b.{0,15}\bnicht mehr da\b",
        r"\berledige (das|es)\b.{0,20}\bselb(er|st)\b", r"\babschiedsbrief(?!\w*\W+(\w+\W+){0,3}(an|fuer) (meinen|meine|den|die|das|mein) (chef\w*|betrieb|firma|job|schule|klasse|team|kollegen|ausbilder\w*|lehrer\w*|arbeitgeber\w*))", r"\babschieds(foto|nachricht|video|text)",
        r"\b(schluss|schluss machen|schluss mach\w*) mit (allem|alles|meinem leben|mein leben|dem leben)\b",
        r"\b(ich mach\w*|mach ich|mach\w* ich)\b.{0,20}\bschluss\b(?! mit (ihm|ihr|dem|der|meinem|meiner|mein (freund|ex)))",
        r"\bmotor laeuft\b", r"\bkomm\w* nicht mehr raus\b.{0,30}\btschuess\b",
        r"\b(wie (viele|viel)|reicht das)\b.{0,40}\b" + _PILLS + r"\b.{0,50}\b(tot|sterben|stirbt|nicht mehr aufwach\w*|toedlich|vorbei)",
        r"\b(wie (viele|viel)|reicht das)\b.{0,60}\b(nicht mehr aufwach\w*|sicher tot|toedlich|bis es vorbei)",
        r"\b(was passiert|wie lange dauert)\b.{0,40}\b(\d+|ganze packung|alle)\b.{0,15}\b" + _PILLS,
        r"\b(\d+|ganze packung|alle)\b.{0,10}\b" + _PILLS + r"\b.{0,40}\b(auf einmal|schluck\w*)\b",
        r"\b(wie hoch|welche hoehe|aus welcher hoehe)\b.{0,50}\b(tot|toedlich|sterben)",
        r"\b(sicher|sicherste|schnellste|schmerzlos\w*)\w*\b.{0,30}\b(tot|toedlich|sterben|umbringen|suizid)",
        r"\bmethode\b.{0,40}\b(schnell|weh tut|schmerzlos|sterben|tot|umbringen)\b",
        r"\bwie (bringt|bring) man sich\b.{0,20}\bum\b", r"\bwie (kann|koennte) (man|ich) (sich|mich)\b.{0,20}\b(umbringen|toeten|das leben nehmen)",
        r"\bzug\b.{0,60}\bohne zu halten\b", r"\bkann man an\b.{0,30}\bsterben\b",
        r"\bfrag\w* fuer mich( selbst)?\b", ENDING_IT, r"\b(end it all|kill myself|end my life)\b",
        r"\bwant to die\b", r"\bno reason to live\b",
        r"\b(besser|einfacher)\b.{0,30}\bwenn ich\b.{0,20}\b(tot|sterbe|nicht mehr da)\b", r"\bwenn ich (tot|nicht mehr da) (waer|waere)\b",
        r"\b(von|vom) (hochhaus|bruecke|dach|balkon)\w* (zu )?spring", r"\bmich tot (zu )?machen\b",
        r"\bsich (umzubringen|umbringen|das leben (zu )?nehmen)\b", r"\bam gleis\b.{0,30}\bzug\b",
        r"\b(heute|heut)\b.{0,15}\bmach ich( e)?s\b", r"\bob ich\b.{0,25}\b(noch da bin|lebe oder nicht)\b",
        r"\bmerkt (doch )?keiner wenn ich weg\b", r"\bvermissen wenn ich (tot|weg)\b", r"\blaufendem motor\b",
        r"\b(hoch|tief|steil) genug\b.{0,40}\b(bruecke|dach|haus|hochhaus|stock|balkon|fenster)\b|\b(bruecke|dach|hochhaus|balkon|fenster)\b.{0,40}\b(hoch|tief) genug\b",
        r"\b(das ist|hier ist|dies ist) mein abschied\b", r"\bplan\b.{0,20}\bwie ich( e)?s\b", r"\b(das|dies|hier) (ist|is|wird) meine letzte nachricht\b", r"\bmeine letzte nachricht (an euch|an dich|an alle|fuer immer)\b",
        r"\b(wie (viele|viel))\b.{0,50}\b(nicht mehr|nie mehr|nimmer) (aufwach|aufsteh)\w*", r"\bsich\b.{0,20}\bumbringt\b", r"\bsuicid\w*\b", r"\bsuizid\w*\b", r"\bselbstmord\w*\b",
    ),
    "self_harm": (
        r"\brueckfall\b.{0,40}\b(clean|svv|ritz\w*|schneid\w*|sh)\b", r"\b(clean|svv)\b.{0,40}\brueckfall\b",
        r"\bsvv\b", r"\b(sv|svv|sh|ritz)[ -]?druck\b", r"\bdruck\b.{0,20}\b(zu ritzen|mich zu schneiden|zu schneiden)\b", r"\bgeri[tz]+t\b", r"\bmich\b( \w+){0,3} (schneid|ritz|verbrenn)\w*",
        r"\bverbrenn\w* mir\b.{0,25}\b(arm|arme|haut|hand|haende|bein)",
        r"\b(zigarette|kippe|feuerzeug)\b.{0,40}\b(arm|arme|haut|hand)\b",
        r"\b(mir|mich)\b.{0,30}\b(arm|arme|haut)\b.{0,15}\bverbrannt\b",
        r"\bkopf\b.{0,20}\bgegen die wand\b", r"\b(hau|haue|schlag|schlage)\w* (mir|mich) selbst\b",
        r"\bmir selbst ins gesicht\b", r"\bbestraf\w* mich selbst\b", r"\bmich\b.{0,10}\bbestraf",
        r"\bbestraf\w*\b.{0,30}\bschmerzen\b", r"\b(neue|frische) (narben|schnitte|wunden)\b",
        r"\bnarben\b.{0,40}\bneue gemacht\b", r"\b(was|etwas|irgendwas) scharfes\b",
        r"\bhunger\w* (mich )?absichtlich\b", r"\babsichtlich\b.{0,15}\bhunger",
        r"\b(arm|arme|handgelenk\w*|bein|beine|oberschenkel)\b.{0,20}\b(aufgeschnitten|aufschneiden|aufgeritzt|geschnitten)\b",
        r"\bmir\b.{0,30}\b(arm|arme|handgelenk\w*|oberschenkel)\b.{0,20}\b(aufgeschnitten|geschnitten|geritzt)\b",
        r"\b(mir|mich) (selbst|selber) (etwas|was|ernsthaft was) (an)?(zu)?(tun|antun|anzutun)\b", r"\bmir (etwas|was|ernsthaft was) (antun|anzutun)\b",
        r"\britz", r"\bmich (selbst |selber )?(zu )?(schneid|verletz|verbrenn)", r"\bschneide mich\b",
        r"\bverbrenn(e)? mich\b", r"\bmir (selbst |selber )?weh (zu )?tu", r"\brasierklinge|\bklinge\b",
        r"\bsh\b.{0,20}(gemacht|schnitt)", r"\bschnitte\b", r"\bbis es blutet\b", r"\bgschnitt",
        r"\bwie tief\b.{0,30}\bschneid",
        r"\bmich blutig\b", r"\bbis\b.{0,25}\bblut(en|et)\b", r"\bbestraf\w* mich\b", r"\b(zigarette|kippe)\w*\b.{0,40}\b(arm|haut|hand)\b", r"\b(stellen|stelle)\b.{0,30}\bschneid\w*\b.{0,40}\b(sieht|will|heute)",
        r"\b(kratz|kratze)\w* mir\b.{0,20}\bauf\b", r"\b(scherbe|cuttermesser|teppichmesser)\b",
        r"\bcut(ting|s)? (myself|again)\b", r"\bcutting\b(?! (it|things) close\b| corners\b| class\b| school\b| (my |his |her |the )?hair\b)", r"\bcuts\b", r"\bself ?harm", r"\brelapsed\b",
        r"\b(diesmal|heute|so) tief(er)?\b.{0,40}\b(blut\w*|pflaster|genaeht|naehen)\b",
        r"\bblut\b.{0,10}\bwieder passiert\b|\bwieder passiert\b.{0,20}\btiefer\b",
    ),
    "sexual_abuse": (
        r"\b(was|etwas|irgendwas)\b.{0,10}\b(ins|in meinem|in mein) (getraenk|glas|trinken|drink)\b",
        r"\bk\.?\s?o\.?[- ]?tropfen\b", r"\bmacht\b.{0,10}\b(sachen|dinge|zeug)\b.{0,10}\bmit mir\b.{0,40}\b(falsch|komisch|eklig|unangenehm|nicht will|weh|niemand|geheim)",
        r"\b(sachen|dinge)\b.{0,15}\bmit mir\b.{0,30}\b(die|was)\b.{0,20}\b(falsch|komisch|eklig) an ?fuehl", r"\bnackt aufgewacht\b", r"\baufgewacht\b.{0,30}\bnackt\b",
        r"\baufgewacht\b.{0,60}\b(hose|rock)\b.{0,10}\bweg\b",
        r"\bhalb nackt\b.{0,40}\b(aufgewacht|weiss nicht)", r"\b(sachen|dinge) die ich nicht will\b",
        r"\b(nur wenn|sonst|muss)\b.{0,30}\bmit (ihm|ihr) (schlafe|schlafen|ins bett|duschen|alleine duschen)\b",
        r"\bmit (ihm|ihr) (schlafe|schlafen)\b.{0,20}\b(sonst|damit|dann krieg)",
        r"\bwenn ich nicht mit (ihm|ihr) schlafe\b",
        r"\bschickt mir\b.{0,20}\b(komische|nackt|eklige|versaute|perverse)\w* (bilder|fotos|videos)\b",
        r"\b(will|wollte|verlangt)\b.{0,20}\b(nackt)?(bilder|fotos) von mir\b",
        r"\b(fasst|fassen|begrapscht|grapscht|betatscht|beruehrt|touches|touched)\b( \w+){0,4} (mich|me)\b( \w+){0,3} an\b",
        r"\b(fasst|fassen) mich\b", r"\bmich\b( \w+){0,3} (angefasst|angefast|begrapscht|betatscht|ogfasst|angfasst)\b",
        r"\bmissbrauch", r"\bmissbraucht", r"\bvergewaltig", r"\brape[d]?\b", r"\bzwingt mich\b", r"\bzwingen mich\b",
        r"\bgezwungen\b.{0,20}\b(to do|zu sachen|zu sex|sachen)\b", r"\bmich gezwungen\b",
        r"\bmich (aus)?(zu )?ausziehe", r"\bnachts in mein zimmer\b", r"\b(zu|in) meinem bett\b",
        r"\bsex\b.{0,30}\b(zwingt|gezwungen|muss|will er)\b", r"\bgegen meinen willen\b",
        r"\bnicht aufgehoert\b.{0,30}\bnein\b", r"\bnein gesagt\b.{0,40}\b(trotzdem|weiter|nicht aufgehoert)",
        r"\b(darf|soll) (es|das) niemandem sagen\b", r"\bins (auto|haus) (gezogen|zogn)\b", r"\bfestgehalten\b",
    ),
    "violence_at_home": (
        r"\b(angst|trau mich nicht)\b.{0,20}\b(nach hause|nachhause|heim)\b",
        r"\b(betrunken|besoffen)\b.{0,40}\b(rastet|schlaegt|haut|pruegelt|tobt|wirft|gescheuert)\b",
        r"\b(bin|hab mich|habe mich)\b.{0,20}\beingeschlossen\b",
        # hiding while someone rages: in the wardrobe, under the bed
        r"\b(im|in meinem|in den|unterm|unter dem|unter meinem|hinterm) (kleider)?(schrank|bett|bad|badezimmer)\b.{0,15}\b(versteckt|verkrochen)\b",
        r"\b(wirft|schmeisst|werfen|schmeissen) (grad |gerade |wieder |schon wieder )?mit (flaschen|tellern|glaesern|stuehlen|sachen|messern|gegenstaenden)\b",
        r"\b(versteck\w*|sitz\w*|hock\w*|lieg\w*|bin|sind)\b.{0,40}\b(im|in meinem|in den|unterm|unter dem|unter meinem|hinterm) (kleider)?(schrank|bett)\b.{0,60}\b(schrei\w*|brue?ll\w*|tob\w*|weint|angst|leise|wirft|geworfen|schlaegt|betrunken)",
        r"\b(schrei\w*|brue?ll\w*|tob\w*|weint|wirft|geworfen|schlaegt|betrunken)\b.{0,80}\b(versteck\w*|sitz\w*|hock\w*|bin|sind)\b.{0,40}\b(im|in meinem|unterm|unter dem|unter meinem|hinterm) (kleider)?(schrank|bett)\b",
        r"\b(hat|hatte) (grad|gerade|eben|wieder) (was|etwas|ne flasche|teller|sachen|den stuhl)\b.{0,20}\b(geworfen|geschmissen)\b.{0,60}\b(mama|mutter|schwester|bruder|ich|wir|uns|angst|weint)",
        r"\b(gibt'?s|gibts|gibt es|krieg\w*|bekomm\w*) (wieder |dann |immer )?(schlaege|pruegel|haue)\b",
        r"\bblaue flecken\b.{0,40}\b(trau|angst|heim|nach hause|von (ihm|ihr|meinem|meiner|papa|mama|vater|mutter))",
        r"\b(trau|angst)\b.{0,40}\bblaue flecken\b", r"\bsperr\w* mich ein\b",
        r"\b(krieg|kriege|bekomme|bekomm)\w* (kein|nichts zu) essen\b",
        r"\bmich\b( \w+){0,3} (geohrfeigt|getreten|gewuergt|geschubst|vermoebelt)\b", r"\bohrfeige\w*\b.{0,20}\b(mich|mir)\b",
        r"\b(werde|wurde|werd)\b.{0,30}\b(geschlagen|verpruegelt|getreten|gewuergt|misshandelt)\b",
        r"\b(schlaegt|schlagen|schlagt|verpruegel\w*|pruegel\w*|tritt|treten|haut|hauen|"
        r"wuergt|wuergen|bedroht|bedrohen|misshandel\w*)\b( (?!vor\b|dass\b|das\b)\w+){0,3} mich\b(?! (an|vor|ab|zu|mit))",
        r"\bmich\b( \w+){0,4} (geschlagen|geschlagn|verpruegelt|getreten|gewuergt|bedroht|misshandelt)\b",
        r"\b(hits|beats|hurts|chokes|hitting|beating) (me|my mom|my mother|us)\b",
        r"\bangst\b.{0,30}\b(vor|dass)\b.{0,30}\b(schlaegt|schlagen|vater|stiefvater|mutter|freund)\b.{0,30}\b(wieder|schlaegt|haut)",
        r"\bwieder (geschlagen|verpruegelt|zugeschlagen)\b",
        r"\bmich\b( \w+){0,6} (geschlagen|verpruegelt|gehauen)\b", r"\bzusammengeschlagen\b", r"\bblutig geschlagen\b",
        r"\b(guertel|kabel|stock)\b.{0,20}\b(haun|hauen|geschlagen|schlagen|schlaegt|haut)\b", r"\ban den haaren\b.{0,20}\b(gezogen|gezerrt)\b",
        r"\bmich\b.{0,10}\bam hals\b", r"\bzwingen\b.{0,10}\bzu heiraten\b", r"\bpass weggenommen\b", r"\bhaus nicht verlassen\b",
        r"\btut (er|sie) (mir|uns|meiner|meinem)\b.{0,30}\b(was|etwas) an\b", r"\bhat (wieder )?zugeschlagen\b",
        r"\b(schlaegt|pruegelt|verpruegelt|haut|wuergt|tritt) (gerade |grad |wieder |schon wieder )?(sie|ihn|meine (mutter|mama|schwester|oma)|meinen (bruder|kleinen bruder))\b",
        r"\b(auf den boden|gegen die wand|gegen den schrank|an die wand|an d wand)\b.{0,15}\b(geworfen|geschubst|geschmissen|gedrueckt|gschmissa)",
        r"\b(schmeisst|wirft|werfen|schmeissen)\b.{0,5}\bmit\b.{0,25}\bnach (mir|uns)\b", r"^(?=.*?\bmich kaputt\b)(?!.*\b(aufstehen|arbeit\w*|schicht\w*|job|schule|lernen|stress|pruefung\w*|hitze|laerm|wecker|training|baeckerei|fahrt|pendeln)\b.{0,25}\b(macht|machen|machte)\b).*?\bmich kaputt\b",
        r"\b(eine|ne) (gescheuert|geknallt|geklebt|reingehauen)\b", r"\bvermoebel", r"\bblaues auge\b",
        r"\b(toetet|bringt|bring) (er|sie) mich\b", r"\b(er|sie)\b.{0,15}\b(toetet|toete|bringt|sticht) mich\b",
        r"\bsticht\b.{0,20}\bab\b", r"\bheisses wasser\b.{0,30}\bgekippt\b", r"\bplatzwunde\b",
        r"\bwollen mich\b.{0,20}\bschlagen\b", r"\b(ins ausland|in die tuerkei|in die heimat)\b.{0,40}\bverheiraten\b",
        r"\bzwangs(heirat|verheirat|ehe)", r"\b(verheiraten|verheiratet werden)\b.{0,40}\b(nicht|will ich nicht)\b",
        r"\behre\b.{0,100}\b(bestrafen|umbringen|toeten|geschlagen|eingesperrt)",
        r"\b(lassen|laesst|lasst) mich nicht (mehr )?(raus|gehen|weg|aus der wohnung|aus dem haus)\b",
        r"\beingesperrt\b", r"\bdarf nicht aus dem haus\b", r"\bhome is not safe\b",
    ),
    "homeless_tonight": (
        r"\bobdachlos\b", r"\b(notschlafstelle|notuebernachtung|notunterkunft|inobhutnahme|schlafplatz|pennplatz)\w*\b.{0,60}\b(heute|heut|heit|diese nacht|jetzt|sofort|gleich)\b",
        r"\b(heute|heut|diese nacht|jetzt|sofort)\b.{0,60}\b(notschlafstelle|notuebernachtung|notunterkunft|inobhutnahme)\w*",
        r"\b(soll|sollst|muss) (verschwinden|abhauen|mich verpissen|raus)\b.{0,60}\b(nacht|abgeschlossen|zugesperrt|schluessel|draussen|heute)\b",
        r"\b(soll|sollen|muss)\b.{0,20}\b(meine )?(sachen|zeug|koffer)\b.{0,10}\b(packen|gepackt)\b.{0,20}\b(gehen|verschwinden|raus|abhauen)\b",
        r"\b(sachen|zeug|koffer)\b.{0,20}\b(vor die tuer|vor der tuer|rausgestellt|rausgeworfen)\b",
        r"\b(heute|heut|heit|diese nacht)\b.{0,40}\b(wo|wohin)\b.{0,30}\b(schlafen|schlaf|pennen|penna)\b",
        r"\b(rausgeschmissen|rausgeworfen|rausgeworfn|rausgeschmissn|rausgeflogen|rausgekickt|nausgschmissa|geschmissen|geworfen|vor die tuer gesetzt|hat mich raus|haben mich raus)\b"
        r".{0,90}\b(strasse|draussen|nirgend\w*|wohin|schlafen|nacht|rucksack|vorm haus|vor der tuer|dunkel|kalt|regnet|bahnhof|kein geld)",
        r"\b(schlaf|schlafe|penn|penne)\w*\b.{0,30}\b(im park|auf der strasse|draussen|am bahnhof|in der u.?bahn|"
        r"unter der bruecke|im auto|im treppenhaus)\b",
        r"\b(im park|auf der strasse|am bahnhof|in der u.?bahn|unter der bruecke)\b.{0,20}\b(schlaf|schlafe|penn)",
        r"\b(abgehauen|weggelaufen|ausgerissen)\b.{0,40}\b(wohin|nirgend\w*|schlafen|dunkel|wo geh)\b",
        r"\b(nirgendwo|nirgends) hin\b", r"\b(heute|heut|diese) nacht\b.{0,30}\b(hab|habe) ich (nix|nichts|keinen platz)",
        r"\bkicked (me )?out\b(?! of (?!(the |my |our )?(house|home|flat|apartment)))", r"\bcouchsurfing\b.{0,30}\b(vorbei|aus|ende|geht nicht mehr)\b", r"\bweiss nicht\b.{0,10}\bwo (ich )?(schlafen|pennen)\b",
        r"\b(wo|wohin)\b.{0,40}\b(heute|heut|diese nacht|tonight)\b.{0,30}\b(schlafen|schlaf|pennen|hin)\b",
        r"\b(heute|heut|tonight|diese nacht)\b.{0,40}\b(draussen|auf der strasse|im park|am bahnhof|"
        r"kein(en)? (schlafplatz|platz zum schlafen|ort)|wieder keine ahnung wohin|nirgends|nirgendwo)",
        r"\b(kein(en)?|nirgends|nirgendwo|nichts|nix)\b.{0,10}\b(schlafplatz|platz zum schlafen|wo ich\b.{0,20}(schlafen|pennen))",
        r"\bnowhere to sleep\b",
        r"\b(soll|sollst) (verschwinden|abhauen|gehen)\b.{0,40}\bnie\b", r"\b(im|am) bahnhof verbracht\b", r"\bschloesser ausgetauscht\b",
        r"\bkein(en)? (platz|ort|bett)\b.{0,10}\b(fuer )?(heute|heut|diese) nacht\b", r"\bschlafen auf (der )?strasse\b", r"\bseit (heute|heut)\b.{0,30}\b(auf der strasse|uff der strasse|keine wohnung)\b",
        r"\bdraussen (schlaf|penn)", r"\bauf der strasse schlaf", r"\bkein dach\b", r"\bschloss ausgetauscht\b",
        r"\bkeine wohnung mehr\b.{0,30}\b(heute|seit heute|schlafen)\b", r"\b(heute|heut)\b.{0,20}\bkeine wohnung mehr\b",
        r"\bwo kann (ich|man)\b.{0,20}\b(heute|heut)\b.{0,10}\b(nacht )?(hin|schlafen|pennen)\b",
    ),
    "eating_disorder": (
        r"\bpro ?(ana|mia)\b", r"\bana ?(coach|buddy|tipps|diaet)\b", r"\b(will|muss|moechte|bis ich)\b.{0,15}\bunter (3\d|4\d) ?(kilo|kg)\b", r"\bthinspo\w*\b", r"\b(abnehm\w*|kilo runter|runterhungern|hungern)\b.{0,60}\buntergewicht\w*",
        r"\buntergewicht\w*\b.{0,60}\b(abnehm\w*|kilo runter|noch \d+ kilo|hungern|weniger essen)\b",
        r"\bseit \d+ tag(en)? (nichts|nix)\b", r"\b(nichts|nix) (mehr )?(gegessen|esse|essen)\b.{0,60}"
        r"\b(schwindel|umgekippt|ohnmaecht|schwarz vor|stehen|zunehmen|fett)",
        r"\b(umgekippt|ohnmaecht\w*|schwindelig|schwarz vor augen)\b.{0,60}\b(esse|essen|gegessen|kalorien)\b",
        r"\b(kotz\w*|erbrech\w*|gekotzt)\b.{0,20}\babsichtlich|\b(absichtlich|mit absicht)\b.{0,20}\b(kotz|erbrech|gekotzt)",
        r"\bfinger in den hals\b", r"\babfuehrmittel\b", r"\b\d{2,3} kalorien\b",
        r"\b[2-4]\d kilo\b.{0,40}\babnehmen\b", r"\bhavent eaten\b",
        r"\berbreche mich\b", r"\b(kotz\w*|erbrech\w*|uebergeb\w*)\b.{0,15}\bnach (jedem|dem|jeder) (essen|mahlzeit)",
        r"\bnur noch \d{2} (kilo|kg)\b", r"\babnehmtabletten\b",
    ),
    "other_emergency": (
        # too much alcohol (or drugs), sick and alone: a poisoning
        r"\b(viel zu viel|zu viel|so viel|ne ganze flasche|eine ganze flasche|ganze flasche)\b.{0,25}\b(getrunken|gesoffen|alkohol|wodka|geraucht|genommen)\b.{0,80}\b(kotz\w*|erbrech\w*|dreht sich|allein|alleine|kann nicht (mehr )?(stehen|laufen|aufstehen)|zitter\w*|schwarz vor)",
        r"\b(kotz\w*|erbrech\w*|dreht sich)\b.{0,60}\b(viel zu viel|zu viel|ganze flasche)\b.{0,20}\b(getrunken|gesoffen|alkohol|wodka)\b",
        r"\b(wacht|wird)\b.{0,10}\bnicht (mehr )?(auf|wach)\b", r"\bbewusstlos\b", r"\bohnmaechtig\b",
        r"\b(reagiert|bewegt sich|atmet) (nicht|nich|kaum)( mehr)?\b", r"\batmet (ganz )?(komisch|nicht richtig)\b",
        r"\b(\d+|viele|viel|paar|ganze packung|alle|zu viele|zu viel)\b.{0,25}\b" + _PILLS + r"\b.{0,40}\b(genommen|geschluckt|eingeworfen)\b",
        r"\b(alkohol|getrunken|wodka|bier|schnaps)\b.{0,40}\b" + _PILLS, r"\b" + _PILLS + r"\b.{0,30}\b(alkohol|getrunken|wodka)\b",
        r"\b(herz rast|herzrasen|rast mein herz|herz ganz schnell|herz explodier\w*)\b.{0,60}\b(genommen|tabletten|kann kaum|umgekippt|kipp\w*|schwindelig|gegessen|schlecht)\b",
        r"\b(genommen|tabletten|umgekippt|gegessen|schwindelig)\b.{0,60}\b(herz rast|herzrasen|rast mein herz|herz ganz schnell|herz explodier\w*)\b",
        r"\b(laeuft|faehrt|fahrt|geht|rennt)\b.{0,25}\b(mir|neben mir)\b.{0,10}\b(hinterher|her)\b",
        r"\b(mit|hat|haben|hatte|hab)\b.{0,10}\b(nem|einem|ner|n|ein|sein) (messer|waffe|pistole|knarre)\b",
        r"\b(haben|hat) (messer|waffen|ne waffe|eine waffe)\b", r"\b(waffe|pistole|knarre|gewehr)\b.{0,60}\b(erschiess\w*|mitbringen|mitnehmen|heute|morgen|fahren)\b",
        r"\b(waffe|pistole|knarre|messer)\b.{0,30}\b(in die|in der|zur) schule\b", r"\bamok", r"\berschiess\w* (alle|euch|ihn|sie)\b",
        r"\b(folgt|verfolgt) mir|\bverfolgt mich\b|\bfollowing me\b", r"\bfaehrt mir\b.{0,30}\bhinterher\b",
        r"\b(laeuft|faehrt|rennt|geht)\b.{0,40}\bhinter(her| mir)\b", r"\bhinter mir\b.{0,30}\b(her|seit|angst)\b", r"\bkrampft\b",
        r"\b(krieg|kriege|bekomme|kriegt)\b.{0,10}\b(kaum|keine)\b.{0,10}\bluft\b", r"\bkann (nicht|kaum) (mehr )?atmen\b",
        r"\bdroht\b.{0,40}\b(umzubringen|toeten|abzustechen)", r"\babzustechen|\babstechen\b|\babsticht\b",
        r"\bueberdosis\b", r"\bblau im gesicht\b", r"\b(brustschmerzen|schmerzen in der brust)\b",
        r"\b(brennt es|brennts|es brennt|brennt|feuer)\b.{0,60}\b(rauch|tuer|komm nicht|runter|treppenhaus|haus|heiss)\b",
        r"\b(putzmittel|reiniger|bleiche|waschmittel|spueli)\b.{0,20}\b(getrunken|geschluckt|gegessen)",
        r"\bblutet\b.{0,20}\b(kopf|kopp|stark|viel|ohr)\b|\bblut\w* am kopf\b", r"\bspritzt blut|blut spritzt\b",
        r"\b(umgefallen|zusammengebrochen|weggeklappt|umgekippt)\b.{0,40}\b(redet|atmet|wach|nicht mehr|reagiert)\b",
        r"\b(gesicht|hals)\b.{0,10}\bschwillt\b", r"\bsteht komisch ab\b",
        r"\bdiabetiker\b.{0,60}\b(zittrig|zitter\w*|verschwommen|unterzucker\w*)",
        r"\b(geschmissen|genommen|eingeworfen)\b.{0,40}\b(atmet|wach|herz|kipp\w*|luft|doppelt)\b",
        r"\bstech\w* (ich )?zu\b", r"\bzahl\w* (ich )?(es )?(allen|euch|denen) heim\b", r"\bschaedel ein\b",
        r"\b(hammer|hamer|schraubenschluessel|baseballschlaeger|messer)\b.{0,40}\b(fertig|umbringen|tasche|dabei|eingepackt)\b",
        r"\b(fertig machen|fertig mach|umbringen|umbringt|abstechen)\b.{0,40}\b(hammer|hamer|messer|waffe)\b",
        r"\bich (bring|bringe)\b.{0,10}\b(meinen|meine|den|die|ihn|sie)\b.{0,30}\bum\b",
        r"\bwill\b.{0,30}\b(heute|morgen)\b.{0,10}\bumbringen\b", r"\bumbringt\b", r"\b(er|sie) springt\b",
        r"\banzuend\w*|\bzuendet\b.{0,40}\ban\b|\bbenzin\b", r"\bmacht\b.{0,10}\bfeuer im haus\b",
        r"\bvergiftet\b.{0,30}\b(heute|morgen|seine|ihre)\b", r"\bgeht nicht mehr (ans handy|ran)\b",
        r"\bes (heute )?beendet\b", r"\bputzmittel\b", r"^(?!.*\bseit (\d+|zwei|drei|paar|einem|nem|ein paar) (jahr|jahren|monat|monaten)\b).*"
        r"\bkomm\w* nicht mehr runter\b(?! (davon|vom|von))",  # a bad trip now, not years of it
    ),
}

POSSIBLE: dict[str, tuple[str, ...]] = {
    "sextortion": (r"\berpress\w*", r"\b(nacktbild\w*|nacktfoto\w*|nudes)\b", r"\b" + _MY_PICTURES + r"\b.{0,60}\b(gehackt|hat jemand|frist|droht|drohen)\b"),
    "suicidal": (
        r"\bich (will|kann|mag|mog) (einfach |echt |wirklich )?(nicht|nimmer|nich) mehr\b(?! (zur|zum|in die|in der|im|bei|als|nach|auf|mit|lernen|arbeiten|warten|so|jeden|jede|jedes|lange|laenger|hier|da|dort))",
        r"\bkeine kraft (mehr|meh)\b", r"\bkein(en)? bock mehr\b.{0,15}\b(auf )?(alles|allet|leben|das leben|dat alles)\b",
        r"\balles (ist )?sinnlos\b", r"\bwill (einfach )?(nur )?(noch )?weg\b.{0,20}\b(fuer immer|von allem)\b",
        r"\bniemand\b.{0,20}\bvermissen\b|\bkeiner\b.{0,20}\bvermissen\b", r"\bi m done\b|\bim done\b",
        r"\bmein plan steht\b", r"\b(alles|hab alles) vorbereitet\b", r"\bwill (nur|einfach) (dass es|that it) (aufhoert|stop)",
        r"\bjust want it to stop\b", r"\bnicht mehr da (sein|bin)\b", r"\bfuer immer\b.{0,20}\b(schlafen|weg)\b",
        r"\b(bruecke|gleise|dach)\b.{0,10}\b(jetzt|gleich)\b", r"\bkomm\w* nicht mehr raus\b",
        r"\btschuess sagen\b", r"\bwollte nur (noch )?(irgendwem|jemandem) schreiben\b", r"\bwollte nur dass es (irgend)?wer weiss\b",
        r"\bam bahnsteig\b", r"\bbahnsteig\b.{0,30}\bzug\b", r"\bkante\b", r"\bschau runter\b",
        r"\bsterben\b", r"\bumbringen\b", r"\btot\b.{0,20}\b(sein|waere)\b", r"\bmedizinschrank\b",
        r"\bhasse mein leben\b", r"\bwill nicht mehr leben\b", r"\btodeswunsch\w*\b",
        r"\bich verabschiede mich\b(?! (aus|von) (der|dem|den|unserer|unserem|meiner|meinem) (\w+ )?(gruppe|\w*gruppe|chat|\w*chat|klasse|schule|team|verein|kurs|betrieb|firma|server))", r"\bmeine letzte nachricht\b", r"\bmein abschied\b(?! (vom|von|aus|bei|im|in|am))", r"\bsorry (dass|das) ich\b.{0,30}\b(genervt|zur last|belastet|so schwierig)",
        r"\b(ihr wart|du warst) (immer )?(so )?(nett|lieb|gut) zu mir\b",
        r"\bnicht eure schuld\b", r"\b(meine|meiner) (eigene\w* )?beerdigung\b|\bbeerdigung\b.{0,20}\b(planen|geplant|aussuchen|wuensch\w*)\b", r"\b(ob|wie) ich( e)?s (einfach )?mach",
        r"\b(auto|zug|lkw) (mich )?ueberfaehrt\b", r"\beinfach verschwinde\b",
    ),
    "self_harm": (r"\bnarben\b", r"\bdruck\b.{0,20}\b(svv|sv|sh|ritzen|schneiden)\b", r"\bschnittwunden\b", r"\bschneiden\b.{0,20}\b(arm|haut)\b", r"\bblut\b.{0,20}\b(ueberall|alles voller)\b",
                  r"\balles voller blut\b", r"\bdruck\b.{0,30}\bweh tun\b"),
    "sexual_abuse": (r"\bangefasst\b", r"\b(macht|machte|tut)\b.{0,10}\b(sachen|dinge)\b.{0,10}\bmit mir\b", r"\b(geheim halten|unser geheimnis|keinem sagen)\b", r"\bhat mich gekuesst\b",
                     r"\b(erwachsener|aelterer) (mann|typ)\b.{0,40}\btreffen\b", r"\bbelaestig\w*", r"\b(begrapscht|betatscht)\b", r"\bsexuell\w*\b",
                     r"\bchatte mit\b.{0,30}\b\d{2} ?jaehrig", r"\babholen\b.{0,40}\bniemandem\b",
                     r"\bmitgenommen\b.{0,40}\bhilfe\b"),
    "violence_at_home": (
        r"\bangst vor (meinem|meiner|meinen|ihm|ihr)\b", r"\bblaue flecken\b",
        r"\b(vater|papa|mutter|mama|stiefvater|bruder|freund|mann|er|sie|onkel|eltern)\b.{0,20}\b(schlaegt|schlagen|geschlagen|pruegel\w*|verpruegelt)\b",
        r"\bgewalt\w*\b", r"\bbedroh\w*\b", r"\bdreht (komplett )?durch\b", r"\baggressiv\w*\b.{0,40}\b(mich|mir|uns)\b",
        r"\bgeworfen\b.{0,20}\b(boden|wand)\b",
        r"\b(versteck\w*|sitz\w*|hock\w*)\b.{0,30}\b(im|in meinem|unterm|unter dem) (kleider)?(schrank|bett)\b", r"\b(schreien|brue?llen) (unten|nebenan)\b.{0,60}\b(weint|geworfen|angst)\b",
    ),
    "homeless_tonight": (
        r"\b(rausgeworfen|rausgeschmissen|rausgeflogen|rausgekickt|raus gemacht|rausgemacht)\b", r"\bkomm\w* nicht mehr rein\b",
        r"\b(kein|keinen) (schlafplatz|dach)\b", r"\b(notschlafstelle|notuebernachtung|notunterkunft)\w*", r"\bjugendamt\b.{0,20}\b(hat zu|ist zu|geschlossen|nicht erreichbar|geht keiner ran)\b",
        r"\b(sachen|zeug|koffer) (packen|gepackt)\b.{0,20}\b(gehen|verschwinden|raus)\b", r"\bwo (soll|kann) ich (hin|schlafen|pennen)\b", r"\bsitz\w* am (haupt)?bahnhof\b",
    ),
    "eating_disorder": (r"\bess ?stoerung\b", r"\b(muss|will|soll)\b.{0,30}\bnoch \d+ (kilo|kg)\b.{0,10}\b(runter|weg|abnehmen)\b", r"\buntergewicht\w*\b", r"\b(magersucht|bulimie|anorexie)\b", r"\bnichts gegessen\b"),
    "other_emergency": (
        r"\bnotfall\b", r"\b(viel zu viel|zu viel) (getrunken|gesoffen|genommen)\b", r"\bkrankenwagen\b", r"\b(112|110)\b", r"\bpolizei rufen\b", r"\b(waffe|pistole|knarre)\b(?! auf die brust)", r"\b(?<!ans )(?<!ins )(?<!offene )messer\b(?! laufen| gelaufen)(?!.{0,60}\b(koch\w*|kueche|lehrjahr|ausbildung|azubi|werkzeug|schaerf\w*|kaufen|braucht man))",
        r"\bkipp\w* (gleich )?um\b", r"\balleine? zu ?hause?\b.{0,40}\b(klingelt|tuer)\b|\bklingelt\b.{0,40}\balleine?\b",
        r"\bwelche nummer\b", r"\bkrieg\w* nix mehr runter\b", r"\b(herz rast|herzrasen)\b", r"\bzitter\w*\b.{0,40}\b(weiss nicht|angst|grad)\b",
    ),
}

# Talking *about* a topic (school project, study, job, media) is no danger to the writer.
TOPIC_CONTEXT = (
    r"\b(praevention|suizidpraevention|referat|unterricht|ethik|hausaufgabe|facharbeit|aufsatz|plakat|"
    r"(gute |paar )?quellen|fachliteratur|erste hilfe|erste hilfe kurs\w*|ersthelfer\w*|"
    r"wie (schuetze|schuetzen) (ich|wir) (mein\w*|unser\w*)|woran erkenne ich|infos fuer eltern|"
    r"\w*buch|\w*buecher|roman|\w*film|serie|doku|song|lied|liebeslied|tatort|krimi|\w*geschichte|\w*plakat|material|studium|studieren|studiengang|psychologie|"
    r"infos? (ueber|zu)|was macht eine?|definition|klinischen sinn|unterschied zwischen|ausbildung (zum|zur|als)|"
    r"werden|beruf|bewerb\w* (bei|als)|ehrenamtlich|interpretier\w*|inhaltsangabe|fortnite|minecraft|game|gta|spiel\w*|"
    r"podcast\w*|thema|themen|kurs|erste hilfe\w*|gruppenarbeit|sozialkunde|projekt\w*|projekttag|artikel|nachrichten|zeitung|"
    r"statistik\w*|zahlen zu|workshop|vortrag|praesentation|gedicht|in (bio|deutsch|ethik|reli|politik|englisch|sowi|pb|sozi)|"
    r"aufklaerung|aufgeklaert|fanfic\w*|fanfiction|drehbuch|theater\w*|theaterstueck|songtext\w*|rap ?text\w*|lyrics|(eine|die|einer) figur|"
    r"poem|class|lesson|school project|project|documentary|movie|series|show(?! up)|novel|essay|presentation|article|news|workshop)\b"
)
TOPIC_WORDS = (r"\b(suizid\w*|selbstmord\w*|missbrauch\w*|zwangsheirat\w*|svv|amok\w*|sterben|springt|obdachlos\w*|ritz\w*|"
               r"magersucht|ess ?stoerung\w*|bulimie|untergewicht\w*|\w*gewalt|sextortion|ueberdosis|overdos\w*|suicid\w*|self ?harm|k ?o ?tropfen)\b")
# Figures of speech: "die prüfung bringt mich um", "ich könnte ihn erwürgen", "wenn ich noch
# eine bewerbung schreiben muss, spring ich aus dem fenster".
HYPERBOLE = (
    r"\b(bringt mich (noch )?um|bringen mich (noch )?um|sterbe vor|sterb vor|sterben vor|"
    r"zum sterben (langweilig|schoen)|todlangweilig|tot gelacht|totlachen|lach mich tot|vor lachen|"
    r"lachen mich tot|mathe\w*|pruefung|klausur|test bringt|innerlich\b.{0,20}\bgestorben|"
    r"ich koennt(e)?\b.{0,30}\b(umbringen|erwuergen|toeten)|(vorstellungs|bewerbungs)gespraech|praesentation|vortrag|"
    r"(killing|kill) me (if|when)|is killing me|(gonna|going to|will|would) kill me (if|when)|dying to|rather die|i m dead|im dead|"
    r"wenn ich noch (ein|eine|einen|einmal|mal)\b|"
    r"(killt|bringt) mich wenn|ich erschiess mich wenn|koennt(e)? mich erschiessen|wollte einfach nur sterben|so langweilig|"
    r"ich (bring|bringe) (meinen|meine) (bruder|schwester|lehrer\w*|chef\w*|mutter|vater|freund\w*) um\b.{0,40}\b(der|die|weil|hat))"
)
JOKING = (r"\b(haha\w*|hehe\w*|hihi\w*|lol|xd|rofl|lmao|jk|augenroll|running gag|gag|meme\w*|just kidding)\b"
          r"|(?<!kein )\bspass\b|(?<!kein )\bscherz\b|(?<!kein )\bwitz\w*")
# Past events, and signs that they are over.
PAST = (
    r"\b(frueher|damals|als kind|in der (grundschule|\d+\w*|siebten|achten|neunten) (klasse)?|vor (\d+|zwei|drei|vier|fuenf|ein paar|einigen) "
    r"(jahren|monaten)|vor (jahren|nem jahr|einem jahr|nem halben jahr)|letztes jahr|letzten (winter|sommer|monat)|mit \d+ (mal|hatte|ne|nen|eine|einen)|(ist|war) (lange |schon )?her|"
    r"hatte (mal|vor)|war (mal|mit \d+)|hatte mit \d+|mit \d{1,2}(?! (euro|eur|kilo|kg|stunden|tabletten|leuten))|"
    r"used to|years ago|when i was|back then|in the past)\b"
)
RESOLVED = (
    r"\b(jetzt|heute|inzwischen|mittlerweile|seitdem|seit \w+ (jahren|monaten)|aber)\b.{0,60}\b(gut|gesund|stabil|besser|"
    r"ruhe|sicher|clean|therapie|eigene (wohnung|bude)|ne wohnung|wohnung|wg|nicht mehr|normal|raus|ausbildung|froh|"
    r"alles (ok|okay|in ordnung))\b"
    r"|\b(ueberstanden|ueberlebt|abgeschlossen|geholfen|alles gut|vorbei|zum glueck|(das )?(ist|is) (jetzt |schon |alles )?(durch|erledigt|geklaert)|"
    r"(ne|eine|die|meine) therapie (gemacht|hinter mir)|therapie gemacht|nicht (fuer|wegen) jetzt|nicht akut|"
    r"(damit|mit dem (schneiden|ritzen|kotzen|hungern|trinken)) aufgehoert|been fine|fine for|fine now|better now|doing (well|fine|better)|now i have)\b"
)
ACUTE = r"\b(heute|heut|gerade|grad|gleich|sofort|tonight|heute nacht|rn|right now|noch bis)\b"
STRONG_ACUTE = r"\b(gerade|grad|gleich|sofort|tonight|heute (nacht|abend)|rn|right now|noch bis)\b"
# An accident, not self-harm: "beim fußball am zaun den arm aufgeschnitten, ist genäht".
ACCIDENT = (r"\b(aus versehen|ausversehen|versehentlich|unfall|beim (fussball|sport|training|spielen|kochen|schnitzen|basteln|"
            r"skaten|klettern|arbeiten|werken|reiten|radfahren)|hingefallen|gestuerzt|gestolpert|ausgerutscht|accident|by accident)\b")
# Not a person: "meine pflanzen sterben alle", "mein akku ist tot".
NOT_A_PERSON = (r"\b(\w*pflanze\w*|blume\w*|fisch\w*|zellen|bienen|akku|handy|laptop|pc|auto|motor|batterie|server|"
                r"konto|account|spiel|charakter|figur)\b.{0,20}\b(sterben|stirbt|ist tot|sind tot|gestorben|eingegangen)\b")
# Said of others, in the news, or as a general question: "wie schützt man sich generell".
REPORTED = (r"\b(wie schuetzt man sich|schuetzt man sich|generell|allgemein|in den nachrichten|nachrichten|zeitung|"
            r"jemand aus (meiner|unserer) (stadt|schule|klasse)|die leute|wir kennen|kennen (die|den|sie) (gar )?nicht|"
            r"in unserer (strasse|stadt|nachbarschaft)|(im|ins|aus dem) nachbarhaus|bei (den|unseren) nachbarn|polizeieinsatz|"
            r"wenn man\b.{0,60}\b(wurde|worden)|how do (you|i|we) protect|in general)\b")
# Denied or treated: "gewalttätig ist er nicht", "ist in behandlung und es wird besser".
NEGATED = (r"\b((gewalttaetig|gefaehrlich|schlimm|ernst|ernstes) (ist|war|sind|wird) (er|sie|es|das) (aber )?nicht|nicht (gewalttaetig|gefaehrlich)|"
           r"nichts (ernstes|schlimmes|schlimmeres)|nur nervig|(ich bin|bin|sind) (selbst |selber )?nicht betroffen|nothing serious|not (violent|dangerous)|in behandlung|in therapie|"
           r"wird (schon |langsam )?besser|geht (ihr|ihm) (schon |wieder )?besser)\b")
# Figures of speech with danger words that the NLU may still read as a crisis.
IDIOMS = (r"\bscheibe\b.{0,30}\babschneid|\bin der luft (haeng|haengen)|\bhaeng\w*\b.{0,15}\bin der luft\b|\bins kalte wasser\b|\bblut geleckt\b|"
          r"\b(schlaegt|schlagen|toppt) alles\b|\bschluss mit (dem|der|diesem|meinem) (\w*job|job|praktikum|stress|laden|betrieb|chef)\b|"
          r"\bletzter (arbeits|schul)?tag (im|in|beim|bei|als|an|vor)\b|\babschieds(mail|geschenk|feier|party|karte|rede)\b|"
          r"\bverabschied\w*\b.{0,40}\b(team|kollegen|klasse|betrieb|firma|chef|allen kollegen)\b|"
          r"\b(team|kollegen|klasse|betrieb)\b.{0,40}\bverabschied|\bhausarrest\b|\bhandyverbot\b|\bkuendig\w*|\bkuendung\b|\bgekuendigt\b|"
          r"\babschiedsbrief\w*\W+(\w+\W+){0,3}(an|fuer) (meinen|meine|den|die|das|mein) (chef\w*|betrieb|firma|job|schule|klasse|team|kollegen|ausbilder\w*|lehrer\w*|arbeitgeber\w*)|"
          r"\bins knie (schiess|geschossen|geschoss)\w*|\bselbst ins knie\b|\bden rest gegeben\b|\bans messer (geliefert|liefern|liefert)\b|\bins (offene )?messer (laufen|gelaufen|rennen|gerannt)\b")
# Words near danger: without one, the NLU's crisis intent alone needs more confidence.
WEAK_CUES = (
    r"\b(tot|tod\w*|sterb\w*|stirb\w*|gestorben|leben|lebn|umbring\w*|bring\w* \w+ um|tabletten|tablten|pillen|blut\w*|"
    r"schlag\w*|schlaeg\w*(?! vor)|geschlagen|pruegel\w*|angst|hilfe|help|messer|waffe|nacht|draussen|strasse|weh|schmerz\w*|"
    r"spring\w*|bruecke|zug|gleis\w*|dach|weg|schluss(?! gemacht| mit (dem|der|diesem|meinem) (?!leben))|kann nicht mehr|nicht mehr aus|nimmer|polizei|notfall|"
    r"luft|atm\w*|schlafen|pennen|raus|abgehauen|anfass\w*|angefasst|zwing\w*|nackt\w*|ritz\w*|schneid\w*|"
    r"verletz\w*|aufhoer\w*|ende|beenden|allein|kaputt|fertig|verheirat\w*|droh\w*|eingesperrt|genommen|"
    r"hinterher|wach|umgefallen|kipp\w*|brennt|feuer|gift\w*|kotz\w*|essen|gegessen|sinnlos|erpress\w*|"
    r"nachts|hbf|hauptbahnhof|bahnhof|parkhaus|flecken|wunde\w*|verband\w*|heimlich|wohin|uebernacht\w*|abschied\w*|nudes|pics|"
    r"to die|wanna die|dead|kill\w*|hurt|hurting|hits?|hitting|beat|beats|beating|knife|gun|pills|blood|tonight|scared|afraid|cut|cutting|suicid\w*)\b"
)
# Readings that are surely harmless whatever the NLU says: "schlägt vor" (suggests), a question
# about opening hours or how to reach someone.
DEFUSED = (
    r"\bschlaegt\b.{0,60}\bvor\b|\bschlagen\b.{0,60}\bvor\b|(?<!nicht )(?<!nich )(?<!net )\berreichbar\b|"
    r"\b(oeffnungszeit\w*|geoeffnet|adresse|telefonnummer|nummer von)\b|\bwann (haben|hat|ist|sind)\b.{0,40}\b(offen|auf|da)\b"
    # "haben die heute auf?" (crisis set 26: the NLU said crisis 0.81)
    r"|^(und )?(haben|hat|sind|ist) (die|der|das|sie) (heute |jetzt |morgen |noch |am wochenende |samstags? )*(offen|auf)\W*$"
    # a job with blood in it: "notfallsanitäter? blut macht mir nix aus" (conversation set G)
    r"|\b(blut|spritzen|verletzungen|leichen) (macht|machen|stoert|stoeren) mir (nix|nichts|gar nichts|nie was) aus\b"
)

# Indirect danger that a figure of speech, a joke word or a job interview in the same
# message does not soften (only a topic without the writer, an accident for self-harm or a
# past event that is over does): hiding injuries, a goodbye, a rooftop, a carer at night,
# pressure with pictures, a night with nowhere to go. Level "possible".
_KIN = (r"(vater|papa|mutter|mama|mum|stiefvater|stiefmutter|bruder|schwester|oma|opa|onkel|tante|cousin\w*|"
        r"freund|ex|mann|betreuer\w*|erzieher\w*|pfleger\w*|trainer\w*|nachbar\w*|chef|ausbilder|er|sie)")
FIRM_POSSIBLE: dict[str, tuple[str, ...]] = {
    "suicidal": (
        r"\b(bin|steh\w*|sitz\w*|hock\w*)\b.{0,20}\b(oben )?auf (dem|nem|einem|m|der|ner) (parkhaus|dach|hochhaus|turm|bruecke|kran|silo)\w*\b",
        r"\b(ganz oben|aufs dach|auf das dach)\b.{0,40}\b(parkhaus|hochhaus|dach|runter|springen)\b",
        r"\bletzte nachricht\b(?! (vom|von meinem|von der|von dem) (chef|betrieb|ausbilder|lehrer|jobcenter|arbeitgeber))",
        r"\bpasst (gut )?auf euch auf\b", r"\bmachts gut\b.{0,20}\b(alle|ihr|fuer immer)\b",
        r"\b(regeln|klaeren|erledigen|ordnen|fertig machen)\b.{0,15}\bbevor\W*$", r"\bbevor ich (gehe|geh|weg bin|nicht mehr)\b",
        r"\bwenn ich (sterbe|sterb|tot bin|nicht mehr (da|lebe))\b", r"\bnach meinem tod\b",
        r"\b(verschenkt|verschenke|verschenk)\b.{0,60}\b(brauch\w* (ich )?(eh |ja )?nicht mehr|zimmer (ist )?(jetzt )?leer|alles)\b",
        r"\bnicht mehr aufwach\w*", r"\bnie (mehr|wieder) aufwach\w*",
        r"\bwie (hoch|tief|viele|viel)\b.{0,40}\b(tot|sterben|nicht mehr aufwach\w*|ueberlebt)\b",
    ),
    "self_harm": (
        r"\b(steri ?strips?|sterile strips?|klammerpflaster|verbandszeug|verbaende|verband|mullbinden?|wundauflagen?)\b.{0,80}"
        r"\b(ohne dass|ohne das|heimlich|unauffaellig|fragen|merkt|so viel)\b",
        r"\b(narben|schnitte|wunden|ritzer|arme?)\b.{0,60}\b(verstecken|verdecken|ueberschmink\w*|abdecken|kaschier\w*)\b",
        r"\b(arm|arme|bein|oberschenkel|handgelenk)\b.{0,20}\bwie (ein )?zebra\b",
    ),
    "violence_at_home": (
        r"\b(blaue flecken|flecken|wuergemale|striemen|blutergu\w*|veilchen|hämatom\w*|haematom\w*|male)\b.{0,80}"
        r"\b(ueberschmink\w*|abdeck\w*|verstecken|verdecken|kaschier\w*|keiner fragt|keiner fragen|niemand fragt|soll keiner|sieht keiner)\b",
        r"\b" + _KIN + r"\b.{0,40}\baus wut\b", r"\baus wut\b.{0,60}\b(mich|mir|arm|hand|gesicht|buegeleisen|zigarette)\b",
        r"\b(buegeleisen|herdplatte|zigarette|kippe|feuerzeug)\b.{0,60}\b(erwischt|verbrannt|gedrueckt|ausgedrueckt|blase|brandwunde)\b",
        r"\b(hat|haben) mich\b.{0,30}\b(verbrannt|gewuergt|getreten|geschubst|eingesperrt)\b",
    ),
    "sexual_abuse": (
        r"\b" + _KIN + r"\b.{0,40}\bnachts\b.{0,40}\b(rein|ins zimmer|in mein zimmer|in mein bett|ins bett|zu mir)\b",
        r"\bkommt nachts\b.{0,20}\b(rein|in mein|ins|zu mir)\b", r"\b(massier\w*)\b.{0,40}\b(nachts|zimmer|bett|soll|muss|will)\b",
        r"\b(rumgefummelt|gefummelt|befummelt|fummelt|begrabscht|betatscht|angegrabscht|grabscht)\b",
        r"\b(an ihm|an ihr|an mir|an uns)\b.{0,10}\b(rum)?(gefummelt|rumgemacht|angefasst)\b",
    ),
    "sextortion": (
        r"\b(mit|wegen) (den |meinen |ihren |seinen |unseren )?(fotos|bildern|pics|videos|nudes)\b.{0,40}\b(unter druck|erpress\w*|droh\w*)",
        r"\bunter druck (gesetzt|setzt|setzen)\b.{0,80}\b(fotos|bilder|pics|videos|nudes)\b",
        r"\b(pics|fotos|bilder|videos|nudes)\b.{0,100}\bsonst\b.{0,50}\b(lad\w*|laedt|post\w*|schick\w*|veroeffentlich\w*|zeig\w*|stell\w*|verbreit\w*)\b",
    ),
    "homeless_tonight": (
        r"\b(hbf|hauptbahnhof|bahnhof|busbahnhof|zob|bahnhofshalle)\b.{0,60}\b(weiss (nicht|nich|net) wohin|nicht nach hause|kein geld|akku)\b",
        r"\bweiss (nicht|nich|net|ned) (mehr )?wohin\b", r"\bsitz\w* (seit \w+ \w+ )?am (hbf|hauptbahnhof|bahnhof|busbahnhof|zob)\b",
        r"\b(umsonst|kostenlos|gratis|ohne geld)\b.{0,20}\b(uebernacht\w*|schlafen|pennen|unterkommen)\b",
        r"\bkein geld\b.{0,20}\b(fuer )?(ein |n |nen )?(hostel|hotel|jugendherberge|zimmer|uebernachtung)\b",
        r"\b(heute|heut)\b.{0,20}\bnirgends\b", r"\bnirgends\b.{0,20}\b(schlafen|pennen|hin)\b",
    ),
    "other_emergency": (
        r"\b(spritzt|sprudelt|schiesst)\b.{0,30}\b(blut|raus|richtig)\b|\bblut\b.{0,30}\b(spritzt|sprudelt)\b",
        r"\b(blutet|blutung)\b.{0,20}\b(stark|heftig|wie sau|ohne ende|total|richtig|nicht auf)\b",
        r"\b(richtig|voll|mega|krass) (heftig|tief) geschnitten\b",
        r"\bschaum (vorm|vor dem|am) mund\b", r"\batmet (so )?(komisch|komische|nicht mehr|kaum|seltsam|flach)\b",
        r"\b(wacht|wird) nicht (mehr )?(auf|wach)\b", r"\bgas ?geruch\b|\briecht (nach|voll nach|stark nach) gas\b",
    ),
}


# After crisis set 7: a hidden injury, a burn or scald by a parent, money paid and more
# demanded, a countdown to the pictures, "not much longer here".
def _extend(table: dict[str, tuple[str, ...]], extra: dict[str, tuple[str, ...]]) -> None:
    for kind, patterns in extra.items():
        table[kind] = table.get(kind, ()) + patterns


_extend(FIRM_POSSIBLE, {
    "suicidal": (r"\b(nicht (vor|geplant)|nicht mehr) (noch )?(lange|laenger) (da|hier) (zu )?(sein|bleiben)\b",
                 r"\b(bin|sind) (ich )?(bald|nicht mehr lange) (nicht mehr )?(da|hier)\b(?! (weil|wegen|im|in|am|bei|fuer))"),
    "violence_at_home": (r"\b(blaue[ns]?|blaues) (auge|augen|flecken)\b.{0,80}\b(schmink\w*|drueber\w*|sieht man|verstecken|abdecken|lehrer\w*|fragt|fragen)\b"
                         r"|\b(schmink\w*|drueber\w*)\b.{0,80}\b(blaue[ns]?|blaues) (auge|augen|flecken)\b",
                         r"\b(ueber|auf|an) (den|die|meinen|meine|mein) (arm|arme|hand|haende|bein|beine|ruecken|kopf|gesicht)\b.{0,10}\b(gekippt|geschuettet|gegossen|gedrueckt)\b",
                         r"\bdarf (nicht|nie|net) zum arzt\b"),
    "sextortion": (r"\b(ueberwiesen|gezahlt|bezahlt|geschickt)\b.{0,60}\b(will|verlangt|fordert) (er|sie|der|die|der typ) (jetzt )?(nochmal|noch mal|noch|wieder|mehr)\b",
                   r"\b(countdown|ultimatum|frist)\b.{0,80}\b(video\w*|bild\w*|foto\w*|pics|nudes|sehen|zahl\w*)\b",
                   r"\b(oder|sonst) (alle|jeder|jede|die ganze \w+|meine (eltern|freunde|klasse)) (sehen|sieht|kriegen|kriegt|bekommen|bekommt) (mein|meine|das|die|den)\b.{0,10}\b(video\w*|bild\w*|foto\w*|pics|nudes)\b",
                   r"\bwas passiert wenn ich (nicht|nich) (be)?zahl\w*"),
})


# After crisis set 10: a goodbye letter that will be found, "my last evening", someone who
# should know; coded self-harm ("sh is back", "started cutting again"); money or gift cards
# "or the video goes online"; locked out at dusk with nobody answering; people with knives
# at the door; questions of lethal height in more words.
_extend(CLEAR, {
    "suicidal": (r"\bwie (hoch|tief)\b.{0,60}\b(damit|dass|das) (man|ich) (sicher |auch |garantiert |wirklich |bestimmt )?(nicht|nich|net) (mehr )?(ueberlebt|ueberlebe|aufwach\w*)\b",),
    "self_harm": (r"\b(wieder|erneut|neu) (\w+ ){0,2}(angefangen|anfangen) mit (dem )?(schneiden|ritzen)\b",
                  r"\bmit dem (schneiden|ritzen) (\w+ ){0,2}(wieder )?(angefangen|anfangen)\b",
                  r"\b(sh|svv)\b.{0,20}\b(wieder da|ist zurueck|is zurueck|is wieder|ist wieder|wieder angefangen|stoppen|aufhoeren)\b"),
    "sextortion": (r"\b" + _PAY + r"\b.{0,60}\b(sonst|ansonsten)\b(?=.{0,60}\b(geht|gehen|kommt|kommen|landet|landen|schickt|schicken|postet|posten|stellt|stellen|laedt|laden|"
                   r"zeigt|zeigen|verbreit\w*|veroeffentlich\w*|sieht|sehen|online|rum)\b).{0,40}\b(video\w*|bild(er)?|fotos?|pics|nudes|aufnahmen)\b",),
    "other_emergency": (r"\b(stehen|steht|warten|wartet|sind|kommen)\b.{0,40}\bmit (messern|waffen|macheten|baseballschlaegern|schlagstoecken)\b",
                        r"\bmit (messern|waffen|macheten)\b.{0,40}\b(suchen|sucht|warten|vor (unserem|unserm|meinem|dem|der) (haus|tuer|wohnung))\b"),
})
_extend(FIRM_POSSIBLE, {
    "suicidal": (r"^(?!.*\b(geburtstag|muttertag|vatertag|valentinstag|weihnacht\w*|ueberraschung|jahrestag|liebesbrief)\b).*?\b(brief|zettel)\b.{0,80}\b(find(et|en) (sie|er|ihr|man|die|mama|papa) (ihn|es|den|das)|unter(m| dem| meinem) (kopf)?kissen)\b",
                 r"\bmein\w* letzte[nr]? (abend|nacht|tag)\b(?! (im|in|beim|bei|an|als|auf|vor|der|des|vom|von|mit|zu hause|daheim|hier|da)\b)",
                 r"\b(irgendwer|irgendjemand|jemand|einer) (das|es) wissen (soll|sollte|muss)\b",
                 r"\b(gegeben|geschenkt|verschenkt|vermacht)\b.{0,60}\bbrauch\w* (ich |die |das |sie |es )*(eh |ja |sowieso |dann |bald )*(nicht|nich|nimmer) mehr\b"),
    "homeless_tonight": (r"\b(steh\w*|sitz\w*|wart\w*)\b.{0,40}\bvor der (tuer|haustuer|wohnung\w*)\b.{0,80}\b(macht (keiner|niemand|nicht|nich|net) auf|laesst (mich|uns) nicht rein|"
                         r"(nicht|nich|net) erreichbar|geht (nicht|nich|keiner) ran|wird dunkel|ist dunkel|schon dunkel)\b",),
    "sextortion": (r"\b(sonst|ansonsten|wenn ich nicht)\b.{0,30}\b(das|die|mein|meine|unser) (video\w*|bild(er)?|fotos?|pics|nudes)\b.{0,15}\b(geht|gehen|kommt|kommen|landet|landen) (\w+ )?(online|ins netz|ins internet|viral)\b",),
})
# Figures of speech that soften by two steps: "ich könnt mich erschießen, hab den termin verpennt".
FIGURES = r"\bkoennt(e)? (ich )?mich (\w+ )?(erschiessen|ohrfeigen|in den arsch beissen)\b"
# A past event of someone else ("meine freundin hat sich früher geritzt").
OTHERS_REFLEXIVE = r"\b(hat|hatte|haben|hatten) sich\b"


# After crisis set 11 (classes of meaning, not sentences): a home that is "hell" and nobody
# looking for me; someone emaciated; and calm readings – a topic in music or in class, a plan
# or a concept for an institution, a wait for the bus that "makes me sleep on the street",
# the Monday bed, "zu Tode geschämt", a past that is over because I am grown up now or
# "nothing happened", a treatment in rehab, someone I don't know in public.
_extend(POSSIBLE, {
    "violence_at_home": (r"\b(zu ?hause|daheim|bei uns|bei mir zu ?hause) (ist|is|isch) (\w+ ){0,2}(die )?(hoelle|unertraeglich|der horror|nicht (mehr )?sicher)\b",),
    "homeless_tonight": (r"\b(die|keiner|niemand) (sucht|suchen|vermisst|vermissen) mich (eh|sowieso|ja|doch|eh schon) (nicht|nich|net|ned)\b",),
})
_extend(FIRM_POSSIBLE, {
    "eating_disorder": (r"\b(extrem|total|stark|voll|krass|sehr|so|richtig|voellig|komplett|immer mehr|ganz) (abgemagert|ausgemergelt)\b"
                        r"|\bnur noch haut und knochen\b",),
})
TOPIC_CONTEXT += (r"|\b(rapp\w*|rapper\w*|musikproduktion|musikvideo\w*|(singt|singen|rappt|rappen|schreibt|schreiben) (\w+ ){0,2}ueber|"
                  r"\w*konzept\w*|notfallplaen\w*|notfallplan (fuer|an|in|zu|zum)|leitfaden|infowand|info wand|aushang|fortbildung\w*|schulung\w*|handreichung\w*|"
                  r"(im unterricht|in der klasse|im kurs|in ethik|in reli) (\w+ ){0,3}(diskutier\w*|besprech\w*|besprochen)|(diskutier\w*|besprech\w*|besprochen) (\w+ ){0,4}(im unterricht|in der klasse|im kurs))\b")
# Figures that soften by two: waiting for a bus that "makes me sleep on the street", the
# Monday bed one never wants to leave.
FIGURES += (r"|\bwenn (der|die|das|mein|meine|unser|unsere) (\w+ )?(bus|bahn|zug|tram|s bahn|u bahn|taxi|uber|lieferung|paket|pizza|essen) (\w+ )?(nicht|nich|net) (bald|gleich|endlich|sofort|schnell)\b"
            r"|\b(ins|im) bett\b.{0,30}\b(nie (wieder|mehr)|nimmer|nicht mehr) (aufstehen|raus)\b(?=.{0,40}\b(montag\w*|montags|wecker|frueh aufstehen|um (5|6|7) (uhr )?aufstehen)\b)")
IDIOMS += r"|\bzu tode (gescha\w*|schaem\w*|gelangweilt|langweil\w*|erschrocken|erschreck\w*|geaergert|genervt)\b"
RESOLVED += (r"|\b(heute|jetzt|inzwischen|mittlerweile|mitlerweile) bin ich (\d+|volljaehrig|erwachsen)\b|\b(\d+|\w+) (jahre?|monate?|years?|months?) clean\b"
             r"|(?<!sonst )(?<!weiter )(?<!mehr )\b(ist|es ist|war) (aber |zum glueck |ja |echt )?(nix|nichts) (schlimmes )?passiert\b")
NEGATED += r"|\b(ist|sind|war) (jetzt |schon |inzwischen )?in (der )?reha\b"
# "nothing happened": a threat or an emergency that came to nothing (violence_at_home and
# other_emergency softened by a step; not for touching, which is what happened).
NOTHING_HAPPENED = r"(?<!sonst )(?<!weiter )(?<!mehr )\b(ist|es ist|war) (aber |zum glueck |ja |echt )?(nix|nichts) (schlimmes )?passiert\b|\bnothing happened\b"
# Someone I don't know in public: no danger at home (violence_at_home softened by a step).
STRANGER_PUBLIC = (r"\b(einer|jemand|ein typ|ein mann|eine frau|ein fremder|fremde|irgendein\w*|so ein typ) (\w+ ){0,2}(in der|im|an der|auf der|am) "
                   r"(bahn|bus|s bahn|u bahn|zug|tram|strasse|haltestelle|bahnhof|park|club|disko|party)\b")
# Someone else who says they will kill themselves: "er bringt sich heute um".
_extend(CLEAR, {"suicidal": (r"\bbringt sich\b.{0,25}\bum\b",)})


# After crisis set 12 (families of meaning, not its sentences): whether the means would be
# "enough" (a height looked up, a number of pills); not living to see a date ahead ("das neue
# jahr erleb ich nicht mehr"); a goodbye to everyone, or wiping oneself off the net, with
# "then I'm gone"; a fight at home heard as sounds (shouting, something breaking, a sibling
# crying); someone else's goodbye or someone else at the bridge. All "possible" (a check-in).
_MEANS_PLACE = r"((autobahn|eisenbahn|bahn|fussgaenger|kanal|fluss)?bruecke|dach|hochhaus|parkhaus|balkon|stock|stockwerk\w*|etage|turm|fenster|klippe\w*|gleis\w*|schienen)"
_MEANS_PILLS = r"((schlaf|schmerz|beruhigungs)?tabletten|tablette|tablten|pillen|paracetamol|ibus?|ibuprofen|medikament\w*|insulin|(schlaf|beruhigungs|abfuehr|schmerz)mittel)"
_ENOUGH = r"(reicht|reichen|reichn|ausreich\w*|genug)"
_LATER = (r"(weihnacht\w*|heiligabend|silvester|neujahr|(das |dat )?neue jahr|naechste(s|n)? (jahr|woche|monat|sommer|winter)|"
          r"(meinen |mein )?(\d+\w*|achtzehnt\w*|naechst\w*)? ?geburtstag|ostern|sommer|fruehling|die ferien|sommerferien|zeugnis\w*|abschluss|abi|volljaehrig\w*)")
_SHOUTING = r"(schrei\w*|geschrien|brue?ll\w*|streit\w*|tob(t|en)|rastet aus|rasten aus|ausgerastet)"
_BREAKING = (r"(klirr\w*|schepper\w*|polter\w*|kracht|krachen|gekracht|knallt(?! (die|der|das) (rakete|boeller|feuerwerk))|zerbr\w*|zerschlag\w*|zerdeppert|"
             r"splitter\w*|geht (\w+ )?kaputt|ging (\w+ )?kaputt|kaputt gemacht|wirft|schmeisst|geworfen|geschmissen)")
_extend(POSSIBLE, {
    "suicidal": (
        # the means "enough": pills counted against a dose, a height looked up
        r"\b" + _MEANS_PILLS + r"\b.{0,60}\b(damit|dass|das|bis) (es|das|des) (reicht|ausreicht|vorbei ist)\b",
        r"\b(\d{2,}|alle|ganze packung|ganzen|so viele|wie viele)\b.{0,15}\b" + _MEANS_PILLS + r"\b.{0,60}\b" + _ENOUGH + r"\b",
        r"\b" + _ENOUGH + r"\b.{0,15}\b(\d{2,}|alle|die ganze packung)\b.{0,15}\b" + _MEANS_PILLS + r"\b",
        r"\b(gegoogelt|gegooglet|nachgeschaut|nachgesehen|nachgeguckt|geschaut|gemessen|wie hoch|wie tief|hoehe)\b.{0,60}\b" + _MEANS_PLACE + r"\b.{0,80}\b" + _ENOUGH + r"\b",
        r"\b" + _MEANS_PLACE + r"\b.{0,80}\b(glaub\w*|denk\w*|hoff\w*|muesste|muss|sollte|duerfte|wird)\b.{0,15}\b(das|es|des|dat)? ?" + _ENOUGH + r"\b",
        r"\b" + _MEANS_PLACE + r"\b.{0,30}\b(hoch|tief) genug\b(?! (fuer|zum|damit (der|die|das|unser)))",
        # not living to see a date ahead
        r"\b" + _LATER + r"\b.{0,40}\b(erleb\w*)\b.{0,25}\b(nicht|nich|net|ned|nimmer) mehr\b",
        r"\b" + _LATER + r"\b.{0,50}\b(nicht|nich|net|ned|nimmer) mehr (erleb\w*|mitmach\w*|mitfeier\w*)\b",
        r"\b" + _LATER + r"\b.{0,30}\b(bin ich|ich bin|bin|ist er|ist sie) (eh |schon |dann |sowieso )?(nicht|nich|net|nimmer) mehr (da|hier|am leben|dabei)\b(?! (weil|wegen|im|in|am|bei|fuer|mit|zu))",
        # a goodbye to everyone, wiping oneself off the net
        r"\b(tschuess|tschues|tschau|ciao|bye|adieu|lebt wohl|machts gut|macht es gut|macht s gut) (an )?(euch |ihr )?(alle|allen)\b.{0,120}\b(danke fuer (nix|nichts|alles)|loesch\w*|bin ich weg|fuer immer|nie wieder|nicht mehr (da|melden)|verzeiht|sorry)\b",
        r"\b(danke fuer (nix|nichts|alles)|loesch\w*|bin ich weg|fuer immer|nie wieder|verzeiht)\b.{0,120}\b(tschuess|tschues|tschau|ciao|bye|adieu|lebt wohl|machts gut|macht es gut|macht s gut) (an )?(euch |ihr )?(alle|allen)\b",
        r"\b(loesch\w*|geloescht|deaktivier\w*)\b.{0,30}\b(alle|all) (meine |meinen )?(accounts?|konten|profile|kanaele|social media|chats)\b.{0,80}\b(weg|tschuess|bye|abschied\w*|danke fuer)\b",
        # someone else's goodbye, someone else at the bridge
        r"\b(hat|hatte|schreibt|schrieb|schickt|schickte|textet)\b.{0,15}\b(mir|uns)\b.{0,30}\b(tschuess fuer immer|lebt? wohl|abschiedsnachricht|goodbye|nen abschied|einen abschied)\b(?!.{0,60}\b(umzug|zieht|umgezogen|ausland|auslandsjahr|urlaub|praktikum)\b)",
        r"\b(er|sie|freund\w*|kumpel\w*|bruder|schwester|cousin\w*)\b.{0,20}\b(ist|steht|sitzt) (\w+ )?(an|auf) (der|dem|den) (bruecke|dach|gleisen|schienen|hochhaus|parkhaus)\b.{0,80}\b(abschied\w*|tschuess|geht nicht ran|antwortet nicht|was soll ich|was mach ich|angst|hilfe)\b",
    ),
    "violence_at_home": (
        # a fight at home heard as sounds
        r"^(?!.*\bnachbar).*?\b" + _SHOUTING + r"\b.{0,80}\b" + _BREAKING + r"\b",
        r"^(?!.*\bnachbar).*?\b" + _BREAKING + r"\b.{0,80}\b" + _SHOUTING + r"\b.{0,60}\b(weint|weinen|heult|angst|hilfe|versteck\w*)\b",
    ),
})
# Own probes after set 12: "tomorrow morning my mother finds me", the gas turned on.
_extend(POSSIBLE, {
    "suicidal": (
        r"\b(morgen|morgen frueh|frueh|heute nacht|spaeter)\b.{0,20}\b(findet|finden|findets) (\w+ ){0,3}(mich|meine leiche)\b",
        r"\b(findet|finden) (sie|er|mama|papa|man|meine \w+|mein \w+) mich\b.{0,25}\b(morgen|frueh|tut mir leid|sorry|verzeih\w*)\b",
        r"\b(gashahn|gasherd|gas)\b.{0,15}\b(aufgedreht|aufgemacht|offen gelassen)\b|\bgashahn (auf|offen)\b",
    ),
})
_extend(POSSIBLE, {
    "suicidal": (
        r"\b(hund|hunde|katze|kater|katzen|hamster|meerschweinchen|kaninchen|hasen|vogel|wellensittich\w*|haustier\w*)\b.{0,60}\b(gebracht|gegeben|abgegeben|verschenkt)\b"
        r".{0,60}\b(nicht mehr|nimmer) (\w+ ){0,3}(kuemmer\w*|versorg\w*|brauch\w*|da)\b(?!.{0,50}\b(weil|wegen|da ich|allergi\w*|umzug|umzieh\w*|ausbildung|job|arbeit|schicht\w*|keine zeit|wohnung|vermieter)\b)",
    ),
})
# Own probes after set 12, German: "I don't think I'll be here much longer", a will written at
# 16, music for the funeral, all my passwords handed on, "if I'm not at school tomorrow, you
# know why", time with my sister "one last time".
_extend(FIRM_POSSIBLE, {
    "suicidal": (
        r"\b(glaub\w*|denk\w*|bezweifle)\b.{0,10}\b(nicht|nich|net) (dass|das) ich (noch )?(lange|laenger) (da|hier|am leben)\b",
        r"\btestament\b.{0,20}\b(geschrieben|gemacht|aufgesetzt|fertig|verfasst)\b|\bmein testament\b",
        r"\b(playlist|lieder|songs?|musik|sarg|grab|outfit|blumen)\b(\s\w+){0,3}\s(fuer|auf|bei|zu) (meine|meiner|die|der) beerdigung\b(?! (von|vom|meine[rs]? (oma|opa|onkel|tante|vaters|mutter)))",
        r"\balle (meine )?(passwoerter|passwort\w*|zugangsdaten|pins?|codes)\b.{0,40}\b(geschickt|gegeben|aufgeschrieben|weitergegeben|vererbt)\b(?!.{0,30}\b(netflix|spotify|disney|wlan|wifi|prime)\b)",
        r"\bwenn ich (morgen |dann |heute )?(nicht|nich|net) (mehr )?(\w+ ){0,3}(komme|bin|antworte|schreibe|auftauche)\b.{0,30}\b(wisst|weisst|wissen|wisst ihr) (ihr|du|sie|ja)?\s?(warum|wieso|bescheid)\b",
        r"\b(zeit|umarmt|gesehen|verbracht|gedrueckt|gekuschelt|gespielt)\b.{0,60}\b(ein letztes mal|zum letzten mal)\b(?! (vor|bevor|in|im|an|bei))",
    ),
})

# Calm readings after set 12: a landlord, an office or a device that "doesn't respond" (no
# person unconscious; other_emergency softened by two); a phase in the past ("hatte im sommer
# ne phase", "war in der klinik") with a plan for school or work now; a matter that "is over";
# someone else who used to hurt themselves ("die sich früher geritzt hat").
NO_RESPONSE_THING = (r"\b(vermieter\w*|hausverwaltung|hausmeister|amt|jobcenter|behoerde\w*|support|kundenservice|firma|betrieb|chef\w*|ausbilder\w*|"
                     r"lehrer\w*|schule|app|handy|laptop|pc|computer|website|seite|bildschirm|maus|tastatur|konsole|controller|server|heizung|drucker|router)\b"
                     r"(\s\w+){0,2}\s(reagiert|reagieren|antwortet|antworten|meldet sich|melden sich) (\w+ )?(nicht|nich|net|kaum)\b")
PAST += (r"|\b(hatte|hatten|war|waren)\b.{0,25}\b(im|letzten|vergangenen) (sommer|winter|fruehling|herbst|jahr|schuljahr|halbjahr)\b"
         r"|\bhatte\b.{0,30}\bphase\b|\bwar (\w+ ){0,3}in der (klinik|psychiatrie|kjp|tagesklinik|jugendpsychiatrie)\b"
         r"|\b(die sache|das ganze|der stress|das thema) mit (\w+ ){1,5}(ist|is|war) (jetzt |schon |endlich |zum glueck )?(vorbei|erledigt|geklaert|ueberstanden)\b")
RESOLVED += r"|\b(jetzt|heute|inzwischen|mittlerweile)\b.{0,40}\b(abschluss|schulabschluss|abi|nachholen|praktikum|neu anfangen|neustart)\b"
OTHERS_REFLEXIVE += r"|\b(die|der|wer) sich (\w+ ){0,2}(geritzt|geschnitten|verletzt) (hat|hatte)\b"
# Calm readings after set 12 (classes of its look-alikes): "I'll kill my brother" over a game
# or a hoodie; a past with a practical question for an interview or a medical check; saying
# goodbye to a class chat; a flyer or brochure as a topic.
FIGURES += (r"|\bich (bring|bringe|kill|kille) (meinen|meine|den|die) \w+ (noch )?um\b.{0,60}\b(account|fortnite|minecraft|spiel\w*|zock\w*|konsole|ps5|xbox|switch|"
            r"klamotten|pulli|hoodie|schmink\w*|chips|snacks|weggegessen|geloescht|geklaut|kaputt gemacht|spoiler\w*|gespoilert)\b")
RESOLVED += r"|\b(vorstellungsgespraech\w*|bewerbungsgespraech\w*|amtsarzt|musterung|verbeamtung|einstellungstest|betriebsarzt)\b"
TOPIC_CONTEXT += r"|\b(\w*broschuere|flyer|infoblatt|infomaterial|schuelerzeitung|schuelervertretung)\b"
# For the NLU alone (no lexicon hit): asking how to help or talk to someone else, a trend not
# tried, "we are all ok" – a calm reading that raises the bar (bot.safety._CALM).
HELPING_OTHERS = (r"\b(wie kann ich (\w+ ){0,4}helfen|was kann ich (\w+ ){0,4}(machen|tun)|was sag(t)? (man|ich) (\w+ ){0,3}(jemandem|ihm|ihr|dem|der)|"
                  r"wie sprech\w* ich (das|es|ihn|sie)|wie (red|rede) ich mit (ihm|ihr)|will (nix|nichts) falsch(es)? (machen|sagen)|"
                  r"(hab|habe) (es |s |das )?(nicht|nie) gemacht|wir sind (alle )?(ok|okay|in sicherheit|wohlauf))\b")
IDIOMS += r"|\bschluss (machen )?mit (meiner|meinem|der|dem|ihr|ihm) (freundin|freund|partner\w*|ex)\b"
# Own probes after set 12: not allowed home any more ("zuhause darf ich nicht mehr hin").
_extend(POSSIBLE, {
    "homeless_tonight": (
        r"\b(nach hause|nachhause|heim|zu ?hause|daheim) (darf|kann|soll) ich (nicht|nich|net|nimmer) (mehr )?(hin|rein|zurueck)?\b(?!.{0,25}\b(spaet|frueh|laufen|fahren|radeln|nach \d+|ohne|vor \d+|bevor)\b)",
        r"\b(darf|kann) (nicht|nich|net|nimmer) mehr (nach hause|nachhause|heim|rein)\b(?!.{0,25}\b(spaet|frueh|laufen|fahren|radeln|nach \d+|ohne|vor \d+|bevor)\b)",
    ),
})
# Calm readings from tuned set 4 (classes, after set 12's round): a favourite song, a choir,
# a requiem, rap lyrics of one's own as a topic; others who die
# at work ("auf der intensivstation, wo viele sterben"); bruises from a moshpit or sport.
TOPIC_CONTEXT += r"|\b(lieblingssong\w*|chor|requiem|refrain|strophe|liedzeile\w*|\w*rap (texte?|song\w*|lyrics))\b"
OTHERS_DIE = r"\b(viele|leute|menschen|patienten|patientinnen|bewohner\w*|tiere|soldaten) (\w+ )?sterben\b"
BRUISES_SPORT = (r"\b(moshpit|pogo|konzert|festival|fussball\w*|handball|basketball|volleyball|training|kampfsport|boxen|judo|karate|"
                 r"skaten|hingefallen|gestuerzt|snowboard\w*|ski\w*|eishockey|rugby|reiten|klettern)\b")
HELPING_OTHERS += (r"|\b(wie (troest|helf|hilf|unterstuetz)\w* ich (sie|ihn|ihr|ihm)|soll ich (\w+ ){0,3}bescheid (sagen|geben)|"
                   r"was schenk\w* ich)\b")



def _unless(calm: str, pattern: str) -> str:
    """`pattern`, unless the message has `calm` anywhere (negative lookaheads); the cheap
    positive lookahead first, so the long calm alternation runs only where it matters."""
    return rf"^(?=.*?{pattern}){calm}.*?{pattern}"


# After crisis sets 9, 13 and 14 joined the tuning data (ways of saying it, not their
# sentences; the same families in the other languages are in bot.danger_languages): a wound
# that needs stitches and must stay hidden; intimate touching said with "mir" ("fasst mir an
# den po"); "kann nicht mehr" without a subject; the last New Year's Eve or birthday one will
# see; questions of how long drowning takes, how much blood one can lose, a lethal dose;
# thrown out of a shelter or a group home at night; locked in, not allowed out; a poison
# swallowed, lips turning blue; a low weight and still wanting to lose more.
_NOT_NOTICED = r"(nicht|nich|net|nie|keiner|niemand|keine sau) (\w+ ){0,2}(merken|sehen|wissen|mitkriegen|erfahren|mitbekommen|rausfinden)"
_STITCHES = r"(naeh\w*|genaeht|klammern|geklammert|tackern|getackert|kleben|geklebt)"
_INTIMATE = r"(po|popo|hintern|arsch|brust|brueste|busen|oberschenkel|schritt|beine|intimbereich|unterhose|bh|hose|rock)"
_LAST_DAYS = (r"(geburtstag|weihnacht\w*|heiligabend|silvester|neujahr|feuerwerk|sommer|winter|fruehling|herbst|ostern|"
              r"sonnenuntergang|sonnenaufgang|schnee|abend|nacht|tag|woche|monat|jahr)")
_POISON = (r"(verduenner\w*|nagellackentferner|aceton|azeton|spiritus|lampenoel|grillanzuender|feuerzeugbenzin|benzin|terpentin|"
           r"loesungsmittel|abflussreiniger|rohrreiniger|rohrfrei|entkalker|frostschutz\w*|batteriesaeure|desinfektionsmittel|"
           r"bleiche|bleichmittel|chlorreiniger|domestos|klorix|waschmittel|spuelmaschinentabs?|rattengift|gift)")
_extend(CLEAR, {
    "sexual_abuse": (
        r"\b(fasst|fasste|fassen|grapscht|grabscht|grapschte|langt|langte|greift|griff|packt|packte|klatscht|kneift|tatscht|betatscht|streichelt|reibt)\b"
        r"( \w+){0,3} (mir|mich)( \w+){0,2} (an|auf|unter|zwischen|in) (den|die|meinen|meine|meinem|das|ans|aufs) " + _INTIMATE + r"\b",
    ),
    "other_emergency": (
        r"\b" + _POISON + r"\b.{0,40}\b(getrunken|geschluckt|gegessen|runtergeschluckt|erwischt|ausgetrunken)\b",
        r"\b(getrunken|geschluckt|gegessen)\b.{0,30}\b(aus (der|einer) flasche (mit|von)|von dem|vom)\s(\w+ ){0,2}" + _POISON + r"\b",
        r"\b(lippen|lippe|gesicht|finger)\b (werden|wird|sind|ist|laufen|laeuft|gehen|geht|faerben sich|verfaerben sich) (\w+ ){0,2}(blau|lila|grau)\b"
        r"(?!.{0,40}\b(slush|eis|kalt|kaelte|frier\w*|schwimm\w*|lippenstift|heidelbeer\w*|blaubeer\w*|farbe|schminke)\b)",
    ),
    "eating_disorder": (
        r"\b([2-4]\d)([ .]\d)? ?(kilo|kg)\b.{0,80}\b(weiter runter|noch weiter|noch weniger|(noch )?(mehr|weiter) abnehm\w*|noch (\d+ )?(kilo|kg)|noch duenner)\b",
    ),
})
_extend(POSSIBLE, {
    "suicidal": (
        # the subject left out: "kann nicht mehr", "hab alles versucht. kann nicht mehr."
        r"^(kann|will|mag|mog) (einfach |echt |wirklich |halt |so |langsam |bald )?(nicht|nimmer|nich|net) mehr\b"
        r"(?! (zur|zum|in die|nach|auf|mit|lernen|arbeiten|warten|so|lange|laenger|essen|schlafen|sitzen|stehen|laufen))",
        r"\b(kann|will|mag|mog) (einfach |echt |wirklich |halt |so |langsam )?(nicht|nimmer|nich|net) mehr$",
        # how long drowning takes, whether it hurts, a lethal dose, blood one can lose
        r"\bwie (lange|schnell) (dauert|geht|braucht) (es|das|man)\b.{0,20}\bbis (man|ich|jemand|mensch) (ertrinkt|erstickt|verblutet|stirbt|tot ist|erfriert|erhaengt)\b",
        r"\b(ertrinken|ersticken|erhaengen|verbluten|erfrieren|sterben|ertrinkt|erstickt|verblutet)\b.{0,40}\b(tut (das|es|des) (sehr |so |arg |voll )?weh|schmerzhaft|schmerzlos|weh tun)\b",
        r"\bwie viel blut (kann|darf|muss) (man|ich|ein mensch|jemand)\b.{0,30}\bverlier\w*",
        r"\b(toedlich\w*|letal\w*) dosis\b|\bdosis\b.{0,30}\b(toedlich|letal)\b|\bab (welcher|wie viel\w*|wieviel\w*) (\w+ ){0,3}(ist|wird|waere) (\w+ ){0,3}(toedlich|letal)\b",
        # "the last fireworks I'll see", "my last birthday, I've decided"
        r"\b(das|der|die|mein|meine|meinen|dies\w*) letzte\w* (\w+ ){0,2}(sein )?(das|den|die|der|was|wo) ich (noch )?(\w+ )?(seh|sehe|erleb\w*|mitfeier\w*|mitmach\w*|sehen werde|erleben werde)\b",
        r"\bletzte\w* " + _LAST_DAYS + r"\b.{0,40}\b(beschlossen|entschieden)\b|\b(beschlossen|entschieden)\b.{0,40}\bletzte\w* " + _LAST_DAYS + r"\b",
    ),
    "homeless_tonight": (
        r"\bwo (soll|kann|koennte) ich (denn |jetzt |heute |heut |nu |nun |dann |bloss |blos |heute nacht |um die uhrzeit )+(hin|schlafen|pennen|uebernachten)\b(?! mit\b)",
        r"\b(aus|von) (der|dem|meiner|meinem|unserer|unserem) (\w+ )?(unterkunft|wohngruppe|wg|einrichtung|heim|kinderheim|jugendheim|notunterkunft|"
        r"wohnung|jugendhilfe|obdachlosenunterkunft|notschlafstelle|pflegefamilie|gastfamilie|frauenhaus|fluechtlingsunterkunft|erstaufnahme\w*) "
        r"(geflogen|rausgeflogen|geworfen|rausgeworfen|geschmissen|rausgeschmissen|gekickt|rausgekickt)\b"
        r"(?!.{0,60}\b(such\w* (\w+ )?(neue|ein\w*|ne|n) (wohnung|wg|zimmer|bleibe)|zum \d+|ende des monats|naechsten monat)\b)",
    ),
    "eating_disorder": (
        r"\b(zusammengeklappt|umgekippt|kollabiert|ohnmaechtig geworden|weggekippt)\b.{0,80}\b(kilo|kg|abnehm\w*|gegessen|essen|kalorien)\b",
        r"\b(kilo|kg|abnehm\w*|gegessen|kalorien)\b.{0,80}\b(zusammengeklappt|umgekippt|kollabiert|weggekippt)\b",
    ),
})
_extend(FIRM_POSSIBLE, {
    "self_harm": (
        r"\b" + _STITCHES + r"\b.{0,80}\b" + _NOT_NOTICED + r"\b",
        r"\b" + _NOT_NOTICED + r"\b.{0,80}\b" + _STITCHES + r"\b",
    ),
    "violence_at_home": (
        # locked in, not allowed out, papers taken
        _unless(r"(?!.*\b(hausarrest|stubenarrest|krank|fieber|quarantaene|corona|grippe|gewitter|unwetter|sturm)\b)",
                r"\bdarf (seit|schon) (\w+ ){1,3}(nicht|nich|net) (mehr )?(raus|vor die tuer|aus dem haus|aus der wohnung|aus meinem zimmer|alleine raus)\b"),
        r"\b(schliess\w*|sperr\w*) (\w+ )?(mein zimmer|meine tuer|mich|uns) (\w+ )?(ab|ein|weg)\b",
        r"\b(pass|ausweis|reisepass|papiere|handy|schluessel)\b.{0,40}\b(weggenommen|abgenommen|genommen|versteckt|eingeschlossen)\b.{0,60}\b(raus|nicht gehen|nicht weg|darf nicht|laesst mich nicht|lassen mich nicht)\b",
    ),
})
# Calm readings after sets 9, 13, 14: a school reading, a thesis, a youth centre evening with a
# speaker; "how does one recognise …", "to be prepared"; no contact any more; "lieber tot als"
# an early shift (a figure); house arrest (violence_at_home softened by a step, bot.safety).
TOPIC_CONTEXT += (r"|\b(\w*lektuere|\w*projekt\w*|abschlussarbeit|bachelorarbeit|masterarbeit|hausarbeit|seminararbeit|thesis|dissertation|"
                  r"referent\w*|referentin\w*|themenabend\w*|infoabend\w*|elternabend\w*|veranstaltung\w*|pharmakologie|pharmacology|toxikologie|toxicology|"
                  r"notfallsanitaeter\w*|rettungssanitaeter\w*|sanitaeter\w*|rettungsdienst\w*|paramedic\w*|emt|nursing)\b")
REPORTED += (r"|\b(woran|wie) erkennt man\b|\b(anzeichen|warnzeichen|warnsignale) (fuer|von|dass)\b|\bwie hilft man (jemandem|einem|einer)\b"
             r"|\b(vorbereitet sein|fuer den (not)?fall (der|dass)|im ernstfall)\b")
RESOLVED += r"|\b(kein|keinen) kontakt (\w+ ){0,3}mehr\b"
FIGURES += (r"|\blieber tot als\b.{0,60}\b(\w*arbeit\w*|job|\w*schicht\w*|\w*schule|ausbildung|aufstehen|\w*laden|baeckerei|praktikum|mathe|"
            r"sport\w*|\w*unterricht|kurs|montag\w*|anfangen)\b")
HOUSE_ARREST = r"\b(hausarrest|stubenarrest|handyverbot)\b"

TOPIC_CONTEXT += (r"|\b(fuer (bio|deutsch|ethik|reli|politik|englisch|sowi|pb|sozi|chemie|geschichte|die schule|den unterricht)|infos? (wie|zum|zur)|"
                  r"rolle|spiel\w* ich (jemanden|eine figur|einen|eine|die rolle)|auswahlgespraech\w*|auswahlverfahren|eignungstest\w*|"
                  r"in (chemie|physik|medizin|pharmazie|toxikologie))\b")
TOPIC_WORDS += r"|\bumbringt\b"  # someone else, in a play or a book
REPORTED += (r"|\bab wann (ist|gilt|spricht man|wird)\b|\b(ist (es|das) strafbar|strafbar (wenn|ist))\b|\bwie (sprech|sprich)\w* (man|ich) (\w+ ){0,3}an\b")
PAST += (r"|\b(kindheit|als ich klein war|als ich (\d+|\w+) war)\b|\bmal\b.{0,30}\b(wurde|worden)\b")
RESOLVED += (r"|\b(darf|kann) ich (damit|trotzdem|so|mit (den|meinen|diesen) narben)\b.{0,40}\b(arbeiten|bewerben|anfangen|machen|werden|zur polizei|zur bundeswehr)\b"
             r"|\bcan i still (apply|become|join|work|be|get)\b|\b(background check|medical (exam|check))\b")
HYPERBOLE += r"|\bich koennt(e)? sterben\b"
FIGURES += (r"|\b(game|spiel\w*|zock\w*|fortnite|minecraft|valorant|account|level|fortschritt|savegame|spielstand|charakter|server|lag)\b"
            r".{0,80}\bich (bring|bringe|kill|kille) (meinen|meine|den|die) \w+ (noch )?um\b")
# German idioms with a danger word that the NLU reads as a crisis (it and the net stay quiet).
IDIOMS += (r"|\bauf die schippe\b|\bins aus (geschossen|geschoss\w*|schiess\w*|befoerdert)\b|\bans bein (gebunden|binden|gebunden)\b"
           r"|\bauf dem schlauch\b|\bkragen (ist )?geplatzt\b|\bplatzt (mir )?der kragen\b|\bhaussegen\b|\bpistole auf die brust\b"
           r"|\b(im|in den) boden versinken\b|\bden geist aufgegeben\b|\bdie meinung (gegeigt|geigen|gegeigt)\b"
           r"|\b(arme?|beine?|finger|fuesse|haende) (sterben|stirbt|schlafen|schlaeft) (mir )?ab\b|\b(krieg|kriege|bekomm\w*) (gleich|noch) (n|nen|einen) herzinfarkt\b")
# Coping said outright: "mein leben ist grad chaos, aber ich krieg das hin" (for the NLU alone
# a calm reading: bot.safety._CALM).
COPING = r"\b(ich )?(krieg|kriege|schaff|schaffe) (das|es) (schon )?hin\b|\bich krieg das (schon )?gebacken\b"

# Own probes after sets 9, 13, 14, veiled goodbyes (the same in bot.danger_languages): "ihr
# werdet mich bald nicht mehr sehen", "ich wünschte ich wäre nie geboren", "ich bin allen nur
# eine last".
_extend(FIRM_POSSIBLE, {
    "suicidal": (
        r"\b(ihr|du) (werdet|wirst|seht|siehst) mich (\w+ ){0,2}(nicht mehr|nie wieder|nie mehr|nimmer)( \w+)? (sehen|wiedersehen)\b",
        r"\b(wuenschte|wuensch\w*|waer|waere|waers|wars)\b.{0,25}\b(nie|nicht) (geboren|auf die welt gekommen)\b",
        r"\b(bin|waer|waere) (\w+ ){0,3}(eine|ne|nur eine|nur ne|nur) (last|belastung)\b(?! (fuer|für) (das|die|den) (team|klasse|projekt|gruppe|betrieb))",
    ),
})

# What the net alone still caught in sets 9, 13, 14 after the round (German): a phone reset or
# photos deleted and things given away; "vor die tür gesetzt" (with a baby in the stairwell);
# "nowhere any more"; pictures to the class chat unless I come back.
_extend(FIRM_POSSIBLE, {
    "suicidal": (
        r"\b(geloescht|zurueckgesetzt|deaktiviert|gewiped)\b.{0,80}\b(gegeben|geschenkt|verschenkt|vermacht|vererbt)\b",
        r"\b(gegeben|geschenkt|verschenkt|vermacht|vererbt)\b.{0,80}\b(geloescht|zurueckgesetzt|deaktiviert)\b",
        r"\b(nirgendwo|nirgends) mehr hin\b",
    ),
})
_extend(POSSIBLE, {
    "homeless_tonight": (r"\bvor die tuer gesetzt\b", r"\b(sitzen|sitz\w*|steh\w*) (\w+ ){0,2}im treppenhaus\b"),
})
_extend(CLEAR, {
    "sextortion": (
        r"\b(droht|drohen|gedroht|will)\b.{0,40}\b(bilder|fotos?|videos?|pics|nudes)\b.{0,60}\b(zu (stellen|posten|schicken|zeigen|verbreiten|veroeffentlichen)|in die \w*gruppe|online)\b.{0,40}\b(wenn ich (nicht|nich)|sonst|ausser)\b",
    ),
})

# German, read by the lexicon itself (it needed the NLU before): "niemandem mehr zur last
# fallen", "dass dieser schmerz aufhört", "hab mich entschieden, heute nacht", "mein leben hat
# keinen sinn mehr", "will einfach verschwinden", "halt das alles nicht mehr aus".
_extend(POSSIBLE, {
    "suicidal": (
        r"\b(niemandem|keinem|euch|allen|jemandem) (mehr |noch )?zur last (fallen|sein)\b",
        _unless(r"(?!.*\b(kopf\w*|zahn\w*|bauch\w*|regel\w*|periode|migraene|ruecken\w*|knie)\b)",
                r"\b(will|moechte|wuensch\w*) (\w+ ){0,2}(dass|das) (dieser|der|mein|all der|das|dies) (schmerz|leid|druck) (endlich )?(aufhoert|weggeht)\b"),
        r"\b(hab|habe) mich entschieden\W*(heute nacht|heute|heut nacht|heut)$",
        r"\b(mein|das) leben (hat|macht) (\w+ )?(keinen|null|kein) sinn\b",
        r"\bwill (ich )?(einfach |nur |fuer immer |ganz )*verschwinden\b(?! (aus|von|nach|in|zu|fuer|am|ins))",
        r"\b(halt|halte|ertrag|ertrage) (das |es |des )?alles (hier )?(nicht|nich|net|nimmer) mehr\b",
    ),
    "violence_at_home": (r"\b(sperren|sperrt|schliessen|schliesst) mich (\w+ ){0,3}ein\b",),
})

# The round on blind set 17 (2026-12-03; a tuning set since): a life taken "am Wochenende"
# between "mir" and "das Leben nehmen"; not planning to live to see a date.
_extend(CLEAR, {
    "suicidal": (r"\bmir\b(?: \w+){0,4} (das|mein) leben (zu )?nehm\w*",),
})
_extend(FIRM_POSSIBLE, {
    "suicidal": (r"\bnicht vor\b.{0,60}\bnoch (mit)?zu ?erleben\b",),
})
# Look-alikes of set 17: sleeping in "bis montag nicht mehr aufwachen"; a farewell letter for
# a teacher who retires; "mein letzter tag ist freitag, dann bin ich weg aus der firma"; a
# friend who "hat mal gesagt" he thinks of death and is fine now.
FIGURES += (r"|\bbis (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen( frueh| mittag)?|mittag|nachmittag|zum wochenende|\d+ uhr)\b.{0,10}\b(nicht mehr|nimmer) aufwach"
            r"|\babschiedsbrief\w*\b.{0,60}\b(rente|ruhestand|pension|wegzieht|umzieht|die schule verlaesst)\b|\b(rente|ruhestand|pension)\b.{0,60}\babschiedsbrief")
CALM_JOB_CHANGE = (r"\b(weg aus der firma|aus der firma raus|fang\w* (\w+ ){0,3}woanders an|neue(n)? (stelle|job|arbeitsstelle|ausbildungsplatz)|"
                   r"resturlaub|arbeitszeugnis|uebergabe an)\b")
PAST += r"|\b(hat|hatte) (mir )?(mal|einmal|frueher) (gesagt|erzaehlt|geschrieben)\b"
RESOLVED += r"|\b(geht es|gehts|geht s|geht) (ihm|ihr|mir) (inzwischen|mittlerweile|jetzt|wieder) (ok|okay|gut|besser)\b"

# The round on blind set 18 (2026-12-03; a tuning set since): "schluss zu machen, nicht mit
# der ausbildung sondern mit allem", looked up how; standing by the river "vielleicht ist das
# die lösung"; "wenn ich morgen nicht komm wisst ihr warum"; a forced marriage abroad.
_extend(CLEAR, {
    "suicidal": (r"\bschluss zu machen\b.{0,40}\bmit (allem|alles|meinem leben)\b",
                 r"\b(nachgedacht|ueberlegt|vor)\b.{0,20}\b(einfach )?schluss zu machen\b.{0,80}\b(geguckt|geschaut|gegoogelt|recherchiert|nachgeschaut) wie\b"),
    "other_emergency": (r"\b(verheiratet|verheiraten) (werden )?(soll|sollen|muss|will|wollen)\b.{0,80}\b(nie gesehen|nicht kenne|nicht kenn|pass|flug|fluege|ferien|heimat)\b",
                        r"\b(pass|flug|fluege|ferien)\b.{0,100}\b(verheiratet|verheiraten) (werden )?(soll|sollen|muss)\b"),
})
_extend(FIRM_POSSIBLE, {
    "suicidal": (r"\b(fluss|main|rhein|ruhr|see|wasser|bruecke|gleis\w*|dach)\b.{0,60}\b(vielleicht |ist )?(das|dies|es) (ist |waere |wär )?(die|eine|der) (loesung|ausweg)\b",
                 r"\bwenn ich\b.{0,40}\bnicht (mehr )?(komm|kommen|da bin|auftauch)\w*\b.{0,30}\bwisst ihr (ja |dann |auch )?warum\b",
                 r"\bdanke an (die paar|alle|euch)\b.{0,20}\b(nett|lieb|gut) zu mir (waren|wart)\b"),
})
RESOLVED += (r"|\b(heute|jetzt|inzwischen) (lach|lache|lachen|geht es mir|gehts mir|bin ich (gluecklich|froh|zufrieden))\b"
             r"|\b(ihm|ihr|mir) (gehts|geht es|geht s) (gerade|jetzt|inzwischen|mittlerweile|wieder) (gut|ok|okay|besser)\b")
REPORTED += r"|\bwill (sie|ihn|sie beide|meine \w+|meinen \w+) (nur |einfach )?warnen\b"
NEGATED += r"|\bwie gefaehrlich ist (es|das) (eigentlich |denn |ueberhaupt )?wenn man\b"
NEGATED += r"|\bohne dass es (gleich |direkt |sofort )?(ein |n )?notfall (ist|sein muss)\b"

# The round on blind set 19 (2026-12-03; a tuning set since): a dose "bis das herz stehen
# bleibt", "wenn ihr das lest bin ich schon weg", photos sent "in 2 stunden an meine mutter",
# nowhere to go tonight at 15; calm: a past that is over ("ist aber vorbei", "… jahre her",
# "bin gewechselt, jetzt ist es gut"), a teacher who knows, a word heard on the radio,
# statistics, a game "5:0 geschlagen".
_extend(CLEAR, {
    "suicidal": (r"\b(bis|damit|dass) (das|mein) herz\b.{0,15}\b(stehen ?bleibt|stillsteht|aufhoert)\b",
                 r"\bwenn (ihr|du) (das|dies) (lest|lesst|liest)\b.{0,30}\b(bin ich|ist es)\b.{0,15}\b(schon )?(weg|tot|nicht mehr da|vorbei)\b"),
    "sextortion": (r"\b(schicken|schickt|senden|sendet|posten|postet|verschicken|schickn)\b.{0,25}\b(die|meine) (fotos|bilder|videos|pics|nudes|nacktbilder)\b.{0,40}\b(an (meine|meinen|mein|alle)|in (\d+|einer|zwei|drei) (stunden?|minuten?))",),
})
_extend(FIRM_POSSIBLE, {
    "homeless_tonight": (r"\bwo kann (man|ich)\b.{0,25}\bnachts hin\b.{0,60}\b(nicht nach hause|nicht heim)\b",
                         r"\b(nicht nach hause|nicht heim) (kann|darf)\b.{0,40}\b(jetzt gleich|jetzt|heute nacht|nachts)\b"),
    "suicidal": (r"\bdanke (fuer|für) alles\b.{0,30}\b(ihr wart|du warst) (die|der|das) (best\w*|liebst\w*)\b",),
})
PAST += (r"|\b(ist|war) (aber|zum glueck|schon lange|laengst) (\w+ )?vorbei\b|\b(\d+|ein|zwei|drei|vier|fuenf|sechs) jahre? her\b"
         r"|\bin meiner (alten|frueheren|ehemaligen) (schule|klasse|wg|wohnung)\b")
RESOLVED += (r"|\b(hab|habe) (ihn|sie|die|den) angezeigt\b|\bbin (dann |jetzt )?(umgezogen|ausgezogen|gewechselt|weg da)\b"
             r"|\bjetzt (ist|gehts|geht es) (es |alles |mir )?(gut|ok|okay|besser)\b|\bheute bin ich (gesell\w*|azubi|in ausbildung|fertig|meister\w*|\w+in)\b")
REPORTED += (r"|\b(lehrerin|lehrer|schule|eltern|jugendamt|vertrauenslehrer\w*|schulsozialarbeit\w*) weiss (schon |bereits |jetzt )?bescheid\b"
             r"|\bim (radio|fernsehen|tv) gehoert\b|\bwas (ist|bedeutet|heisst) (eigentlich |denn |genau )?(sextortion|grooming|cybergrooming|suizid|selbstverletzung)\b"
             r"|\bgibt es zahlen\b|\bwie viele (jugendliche|menschen|leute|kinder)\b.{0,40}\b(sind|werden|haben)\b")
FIGURES += (r"|\b(bei|in) (fifa|fortnite|mario ?kart|uno|schach|tischtennis|tennis|basketball|fussball|mensch aergere|\w*spiel\w*)\b.{0,20}\bgeschlagen\b"
            r"|\bgeschlagen\b.{0,20}\b(bei|in) (fifa|fortnite|mario ?kart|uno|schach|\w*spiel\w*)\b|\b\d+ ?: ?\d+ geschlagen\b|\bgeschlagen\b.{0,10}\b\d+ ?: ?\d+\b")
# Blind conversation set L1 (2026-12-03): after a check-in, "ja. ich hab mir auch schon
# überlegt wie" – the how, said at the end of the message.
_extend(CLEAR, {"suicidal": (r"\b(hab|habe) mir (\w+ ){0,3}(ueberlegt|ausgedacht|geplant) wie\W*$",)})
# The round on blind set 21 (2026-12-03; a tuning set since): "verbrenn ich mir abends die
# arme mit dem feuerzeug" (the verb before the person); asking how to support a friend who is
# in therapy (read calm by the NLU step: no full alarm from the NLU alone, the check-in stays).
_extend(CLEAR, {"self_harm": (r"\bverbrenn\w* (ich|ick) (mir|mich)\b.{0,30}\b(arm|arme|armen|haut|hand|haende|handgelenk\w*|bein\w*|oberschenkel)\b",)})
HELPING_OTHERS += (r"|\bwie (ich|man) (sie|ihn|ihr|ihm|die|den|jemanden) (\w+ ){0,3}(unterstuetz|troest|helf)\w*( \w+){0,2} (kann|koennte|soll|sollte)\b"
                   r"|\b(sie|er) (ist|sind|geht) (\w+ ){0,2}in (therapie|behandlung)\b")
# The round on blind set 22 (2026-12-03; a tuning set since): a phone that broke ("display
# kaputt … ich will sterben"), "ich spring jetzt ins kalte wasser", quitting school ("ich hör
# auf mit der schule, ich mach jetzt schluss damit") – figures of speech, not danger.
FIGURES += (r"|\b(handy|display|bildschirm|laptop|akku|konsole|controller|airpods|kopfhoerer)\b.{0,40}\b(kaputt|runtergefallen|gesprungen|zerbrochen|geklaut)\b.{0,40}\bich (will|moechte|moecht|wuerde am liebsten) sterben\b"
            r"|\bspring\w*\b.{0,25}\bins kalte wasser\b"
            r"|\bauf mit (der|dem|meiner|meinem) (schule|ausbildung|lehre|studium|job|arbeit|uni)\b.{0,40}\bschluss damit\b")

# The round on blind set 24 (2026-12-03; a tuning set since): a demand "1000€ oder das video
# geht an deine ausbildungsfirma"; "kein plan wo ich heut penn, alle kumpels sagen nein".
_extend(CLEAR, {
    "sextortion": (r"\b\d{2,6} ?(€|euro|eur|e)?\b.{0,15}\boder\b.{0,25}\b(das|die|dein|deine|mein|meine) "
                   r"(video\w*|bild(er)?|fotos?|pics|nudes|aufnahmen)\b.{0,20}\b(geht|gehen|kommt|kommen|"
                   r"landet|landen|schick\w*)\b",),
})
_extend(FIRM_POSSIBLE, {
    "homeless_tonight": (r"\b(kein plan|keine ahnung|weiss nicht|weiss nich|kp)\b.{0,5}\bwo ich (heute?|heut|die nacht|"
                         r"heute nacht|diese nacht) (\w+ )?(penn\w*|schlaf\w*|bleib\w*|unterkomm\w*)\b",),
})

# The round on blind crisis set 26 (2026-12-04; a tuning set since): a question for the least
# painful way to die is a method question.
_extend(CLEAR, {
    "suicidal": (r"\bwie (stirbt|sterbe|stirbst) (man|ich|du)\b.{0,20}\b(am )?(schmerzlos\w*|schnellsten|sichersten|leisesten|einfachsten)\b",),
})

# The round on blind crisis set 27 (2026-12-04; a tuning set since): a plan for tonight tucked
# behind a question about an apprenticeship; a fire with no way out.
_extend(CLEAR, {
    "suicidal": (r"\b(hab|habe|hab ich) (eh |schon |ja |nen |einen |n )*plan,? wie ich(s| es| das)\b.{0,20}\b(heut|heute|morgen|nachher)\b"
                 r"|\b(heut|heute) nacht\b.{0,30}\bplan,? wie ich(s| es)\b",),
    "other_emergency": (r"\b(brennt|feuer|rauch)\b.{0,40}\b(kommen|komme|komm) (nicht|nich|net) (mehr )?raus\b",),
})
_extend(POSSIBLE, {
    "suicidal": (r"\b(hab|habe) (eh |schon |ja )*(nen|einen|n) plan,? wie ich(s| es) mach\w*\b",),
})

# The round on blind crisis set 28 and conversation set J (2026-12-04; tuning sets since):
# medicines taken from the ward "für heute abend", "bis dahin leb ich eh nicht mehr", someone who
# posted that they will hurt themselves today, cutting again, a landlord who wants "was anderes"
# instead of rent, a weight goal far under a healthy weight, a coach who wants to meet a child
# secretly tonight, "egal wenn man tot ist".
_extend(CLEAR, {
    "suicidal": (r"\b(medikamente|tabletten|pillen|tabs)\b.{0,40}\b(mitgenommen|eingesteckt|geklaut|gebunkert|gehortet|besorgt)\b"
                 r".{0,30}\bfuer (mich|heute abend|heut abend|heute nacht|heut nacht|nachher)\b"
                 r"|\b(bis dahin|bis morgen|bis zum (wochenende|termin|\w+tag)|bis naechste woche) (leb|lebe) ich "
                 r"(eh |sowieso |wahrscheinlich |vielleicht |eh schon )*(nicht|nich|net|nimmer) mehr\b"
                 r"|\b(er|sie|der|die|jemand|freund\w*|kumpel\w*) sich (heute|heut|jetzt|gleich|heute nacht|heute abend) "
                 r"(was|etwas) an(tut|tun|tue)\b"
                 r"|\b(haeng|haenge) (ich )?mich (\w+ ){0,4}auf\b"
                 r"|\b(egal|wurscht|wumpe)\b.{0,15}\bwenn (man|ich) (eh |dann |bald |sowieso |schon )?tot (ist|bin)\b",),
    "self_harm": (r"\b(hab|habe) mich (vorhin |gestern |heute |grad |gerade |eben )?wieder (\w+ )?(geschnitten|geritzt)\b",),
    "sexual_abuse": (r"\b(was anderes|sex|gefaelligkeit\w*|mit ihm schlafen)\b.{0,25}\bstatt (der )?miete\b"
                     r"|\bstatt (der )?miete\b.{0,40}\b(sonst|oder)\b"
                     r"|\b(trainer\w*|lehrer\w*|typ|mann|erwachsene\w*|betreuer\w*|nachbar\w*|onkel)\b.{0,120}\b(heimlich|alleine?) "
                     r"mit (ihm|ihr|mir|uns)\b.{0,20}\btreffen\b",),
    "eating_disorder": (r"\b(bei|nur noch|wiege|wieg) \d{2} ?(kilo|kg)\b.{0,30}\b(will|muss|moechte|soll) "
                        r"(unter|auf|noch weniger|weiter runter)\b",),
})
_extend(POSSIBLE, {
    "suicidal": (r"\bwenn (man|ich) (eh |dann |bald |sowieso |schon )?tot (ist|bin)\b",),
    "eating_disorder": (r"\bwie (kann|schaff) ich (noch )?weniger (essen|fressen)\b",),
})
# … and their look-alikes: "ich will sterben vor peinlichkeit", a suicide attempt in a year
# that is past, a coach who says "häng dich nicht an jeder kleinigkeit auf", a class visit by
# the police about sextortion, a lockdown drill, "was macht man eigentlich, wenn … frag nur für
# später", a parent asking how to protect a child.
FIGURES += (r"|\b(sterbe|sterb|sterben|stirbt) vor (peinlichkeit|scham|fremdscham|lachen|langeweile|hunger|hitze|kaelte|"
            r"muedigkeit|neugier|aufregung|nervositaet)\b")
PAST += r"|\b(im jahr |anno )?(19|20)\d\d\b.{0,30}\b(war|hatte|wurde|bin)\b|\b(war|hatte|wurde) (ich )?(\w+ ){0,2}(19|20)\d\d\b"
FIGURES += (r"|\b(mich|dich|sich|uns) (\w+ ){0,2}an (jeder|jedem|einer|einem|so ner|so einer|dieser|diesem|solchen|solche|"
           r"der|dem) (\w+ ){0,2}(kleinigkeit\w*|sache|frage|detail\w*|fehler\w*|quatsch|mist|bloedsinn) (\w+ )?aufhaeng\w*\b"
           r"|\b(nicht|nich) an (jeder|jedem) (\w+ )?aufhaeng\w*\b")
TOPIC_CONTEXT += (r"|\b(hat|haben|hatte|hatten) (\w+ ){0,3}ue?ber (\w+ ){0,3}(geredet|gesprochen|informiert|aufgekla?e?rt|erzaehlt)\b"
                  r"|\bamok ?ue?bung\b|\b(war|ist) (ja |doch )?nur (eine |ne )?ue?bung\b"
                  r"|\bwie (schue?tze|schue?tzen|bewahre|bewahren) (ich|wir|man) (mein\w* |unser\w* |sein\w* |ihr\w* )?(\w+ ){0,2}vor\b")
NEGATED += (r"|\bwas (macht|tut|sagt|mach) man (eigentlich |denn |am besten |so )?wenn\b.{0,80}\b(frag|frage) (nur|bloss) "
            r"(fuer spaeter|aus interesse|allgemein|so|mal)\b"
            r"|\b(ist|is) (grad|gerade|jetzt|aktuell) (nix|nichts) passiert\b")
DEFUSED += (r"|\bwenn ich (da |dort |hier |dann )?(keine|keinen|kein) (stelle|platz|ausbildungsplatz|praktikumsplatz|"
            r"ausbildung|praktikum|job|zusage|lehrstelle) (krieg|kriege|bekomm|bekomme|finde|find)\b")
# "er schlägt mich nicht, er schreit nur rum": violence said to be absent (blind set J).
VIOLENCE_DENIED = (r"\b(schlaegt|haut|schlug|verpruegelt|schubst|tritt|beruehrt|fasst) (er |sie )?mich (aber |ja |zum glueck )?"
                   r"(nicht|nie|nich|net)\b|\b(er|sie) (schreit|meckert|motzt|bruellt|schimpft) (\w+ )?(nur|bloss)\b")
HELPING_OTHERS += (r"|\bwas (macht|tut|sagt|mach) man (eigentlich |denn |am besten |so )?wenn (ein|eine|mein|meine|der|die) "
                   r"(freund\w*|kumpel\w*|mitschueler\w*|kolleg\w*|bekannte\w*|schwester|bruder)\b")

# The round on blind crisis set 30 (2026-12-04; a tuning set since): "im januar leb ich eh nicht
# mehr", who takes the cat "dann kann ich gehen", fresh cuts a parent does not believe were a
# fall, a boss who grabbed her in the storeroom, a trainer who wants to be met alone "sonst …";
# look-alikes: a book read in class, a horror game being streamed.
_extend(CLEAR, {
    "suicidal": (r"\b(im|bis|ab|nach|zu|an|am) \w+( \w+)? (leb|lebe) ich (eh |sowieso |wahrscheinlich |vielleicht |eh schon |dann |"
                 r"bestimmt )*(nicht|nich|net|nimmer) mehr\b|\b(leb|lebe) ich (eh|sowieso|bestimmt|dann eh) (nicht|nich|net|nimmer) mehr\b"
                 r"|\b(wer|jemand) (\w+ ){0,2}(katze|hund|haustier\w*|tier\w*|hamster|kaninchen) (nimmt|bekommt|kriegt|versorgt)\b"
                 r".{0,30}\bdann kann ich (jetzt |ruhig |endlich )?gehen\W*$",),
    "self_harm": (r"\bfrische (schnittwunden|schnitte|ritzwunden|ritzspuren|wunden)\b.{0,30}\b(arm|unterarm|armen|arme|"
                  r"handgelenk\w*|oberschenkel\w*|bein\w*)\b",),
    "sexual_abuse": (r"\bmich\b(?!.{0,30}\b(am|an der|an den) (arm|schulter|hand|ruecken)\b).{0,40}\b(angefasst|begrapscht|betatscht|"
                     r"befummelt|angegrapscht)\b"
                     r"|\b(trainer|lehrer|typ|mann|erwachsene|betreuer|nachbar|onkel|ausbilder|chef)\w*\b.{0,120}\b(heimlich|alleine?) "
                     r"(treff|treffe|treffen|sehen)\b.{0,40}\bsonst\b",),
})
_extend(POSSIBLE, {
    "suicidal": (r"\b(geklaert|geregelt|organisiert),? wer (mein\w*) (katze|hund|haustier\w*|tiere?|hamster) "
                 r"(nimmt|bekommt|kriegt|versorgt)\b",),
})
TOPIC_CONTEXT += (r"|\b(wir|ich) (lesen|lese|haben gelesen|hab gelesen)\b|\b(lesen|lese) (wir|ich)\b"
                  r"|\b\w*game\b|\bstream\w*\b|\bhorror\w*\b")
# "er sagt er ist hingefallen, aber das stimmt nicht": an accident doubted is none
ACCIDENT_DOUBTED = r"\b(stimmt (aber )?(nicht|nich)|glaub(e)? ich (nicht|nich)|glauben wir (nicht|nich)|angeblich)\b"
# "2 yrs ago i tried to end my life. im honestly good now, therapy helped loads" (crisis set 51)
PAST += r"|\b(\d+|a|one|two|three|four|five|few|couple( of)?) (yrs?|years?) ago\b"
RESOLVED += r"|\b(i m|im|i am) (honestly |really |actually |totally |doing )?(good|fine|ok|okay|better) now\b|\btherapy help(ed|s)\b"
