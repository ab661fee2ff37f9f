"""Words that name a topic, as evidence when the model is unsure of a message's need.

The intent model learns needs from whole sentences; people often name theirs with one
telling word inside a long message ("hab 1200 € miese", "brauch hilfe mit allem, bin aus der
ukraine"). These patterns run on folded text (lowercase, umlauts spelled out) and only
when the model gave no need with enough confidence."""

from __future__ import annotations

import re

from matching.text import fold

_P = re.compile
# words of real trouble with housing: without one, "wir wohnen in Wernigerode" names a place
HOUSING_TROUBLE = _P(
    r"\b(raus|rausgeflogen|rausgeworfen|rausgeschmissen|rauswerfen|obdachlos|wohnungslos|keine "
    r"wohnung|ohne wohnung|wohnung verloren|kein zuhause|kein dach|auf der strasse|ausziehen|"
    r"umziehen|wohnungssuche|wohnung suchen|suche (eine |ne )?wohnung|miete|wg\b|betreutes "
    r"wohnen|notunterkunft|schlafplatz|couch)")

# Thrown out of home or losing it by a date, in any language ("my mum kicked me out last week
# and now i also have debts", blind set L10): a housing topic beside whatever else is named
THROWN_OUT_OF_HOME = _P(
    r"\b((kicked|threw|thrown|put) me out|kicked out of (the |my |our )?(house|home|flat)|"
    r"evden (kovuldum|at[ıi]ld[ıi]m)|beni evden (kovdu\w*|att[ıi]\w*)|"
    r"выгнал\w* (меня |ее |её |его |их |брата |сестру )?из дома|вигнал\w* (мене |її |його |їх |брата |сестру )?з дому|"
    # … or a brother, a sister, a friend written for ("عم اكتب عن اختي، ابوي طردها من البيت", blind set L20)
    r"(onu |kardesimi |ablami |abimi )?evden (kovdu\w*|kovuldu|att[ıi]lar)|evden (kovdular|att[ıi] onu))\b|"
    r"(طردوني|طردني|طردتني|طردوه|طردوها|طردها|طرده|طردته|طردتها|طردونا) من (البيت|الدار|بيت)|"
    r"(از خونه|از خانه) (بیرونم|بیرونش|بیرون) (کردن|کردند|کرد|انداختن|انداخت)|"
    # losing one's home by a date ("i have to move out by the end of the month", blind set L11)
    r"\b((have|has|got|need) to move out|must move out|kicking me out)\b|"
    # "до кінця місяця треба з'їжджати", in Latin letters too (blind set L21)
    r"\b(треба|надо|нужно|мушу|должен|должна) (\w+ )?(з[ʼ'’ ]?їжджати|виїжджати|съезжать|выезжать|"
    r"съехать|выехать|з[ʼ'’ ]?їхати|виїхати)\b|"
    r"\b(treba|nado|nuzhno|mushu) (z[' ’]?yizhdzhaty|vyizhdzhaty|s[' ’]?ezzhat|vyezzhat|s[' ’]?ehat|vyehat)\b|\b(muss|muessen) (\w+ )?ausziehen\b|"
    r"(لازم|لازمني|مجبور|مجبوره) (اطلع|أطلع|نطلع|اترك|أترك) من (الشقه|الشقة|البيت|السكن|الغرفه|الغرفة)|"
    r"(باید|مجبورم) (از )?(خونه|خانه|آپارتمان|اتاق)\w* (رو |را )?(خالی کنم|بیرون برم|برم)|"
    # evicted, or having to leave the Wohngruppe at 18 ("мене виселяють, куди мені йти??", L12)
    r"\b(мене |меня |нас )?(виселяють|виселили|виселять|выселяют|выселили|выселят)\b|"
    # "I have to leave my Wohngruppe in January and I have no flat" (blind set L24)
    r"\b(have|has|got|need) to leave (my|the|our) (wohngruppe|group home|care home|heim|flat|apartment|room)\b|"
    r"\b(i have|i ve got|i got) no (flat|apartment|place to live|home)\b|"
    # "i got kicked out last week", Arabizi "ahli tala3ouni mn el bet" (blind set L13)
    r"\b(got|been|was|were|get|getting) (kicked|thrown) out\b(?! of (school|class|uni|college|work|the (group|chat|game|team|class|lesson|club|shop)))|"
    r"\b(tala3ouni|tal3ouni|tala3oni|tarduni|taradouni|tardouni|tarrdouni|tardoni)\b.{0,12}\b(mn|men|min|from) (el |l)?(bet|beit|bayt|dar|house)\b|"
    # "mene vyhaniaiut z kvartyry, treba z'ikhaty do kintsia misiatsia" (blind set L27)
    r"\b(виганяють|вигнали|выгоняют|выгнали) (\w+ )?(з|із|из) (квартири|квартиры|гуртожитку|общежития|кімнати|комнаты)\b|"
    r"\b(vyhaniaiut|vyhaniayut|vyhanyayut|vyhnaly|vygonyayut|vygonyaut|vygnali) (\w+ )?(z|iz|s) (kvartyry|kvartiry|hurtozhytku|obshchezhitiya|kimnaty|komnaty)\b|"
    r"\b(treba|nado|nuzhno|mushu) (\w+ )?(z[' ’]?(i|yi)khaty|vyikhaty|vyihaty)\b")

# Debts in the other languages, as words of their own: "долго" (long) and "دين" (religion, and
# inside "المدينة", the town) are none ("یک سوال دارم در مورد قرض‌هایم", blind set L13)
_DEBTS = r"долг(и|ов|ами|ам|ах|ом|а|у)?|борг(и|ів|ами|ам|ах|ом|у)?|dolg(i|ov|ami)?|borh(y|iv|amy)?|borg(y|iv)|bor[cç](lar\w*|um\w*|u)?|dyoun|duyun|dyoon|dyon|diyoon|deyoon|duyoon|dyun"
_DEBTS_ARABIC = (r"(?<!\w)((و|ف|ب|ل)?(ال|ل)?(ديون|قرض\w*|قروض)|بدهی\w*|بدهي\w*|"
                 r"(علي|عليا|عليه|عندي) (\S+ )?دين)(?!\w)")

# Money trouble named, in any language: a question whether counselling costs money is none
MONEY_TROUBLE = _P(r"\b(schulden|debts?|mahnung\w*|inkasso|pleite|kein geld|no money|" + _DEBTS + r")\b|" + _DEBTS_ARABIC)

NEED_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("housing_problems", _P(r"\b(obdachlos\w*|wohnungslos\w*|keine wohnung|wohnung (verloren|weg|gekuendigt)|"
                            r"rausgeflogen|rausgeworfen|rausgeschmissen|rausgeschmissen|auf der strasse|"
                            r"wohnungssuche|suche (eine |ne )?wohnung|brauch\w* (eine |ne )?(richtige )?wohnung|"
                            r"notschlafstelle|couchsurfing|kein zuhause|homeless|nowhere to (live|stay))\b")),
    ("money_problems", _P(r"\b(schulden|schuld(en)? bei|miese|mahnung\w*|inkasso|pfaendung|gepfaendet|"
                          r"kohle|pleite|kein geld|null geld|geldprobleme|konto (leer|ueberzogen|gesperrt)|"
                          r"dispo|rechnung\w* nicht (zahlen|bezahlen)|buergergeld|kindergeld|bafoeg|"
                          r"\bbab\b|wohngeld|jobcenter|job center|arbeitsamt|hartz|grundsicherung|debts?|no money|"
                          # the Jobcenter in Cyrillic and Arabic script (blind set L8: "проблема з джобцентром")
                          r"джобцентр\w*|джоб центр\w*|джобцентер\w*|"
                          # money trouble said plainly ("у меня проблемы с деньгами", blind set L21)
                          r"проблем\w* (с|з) (деньгами|грошима)|нет денег|немає грошей|не хватает денег|не вистачає грошей|"
                          r"problem\w* s (dengami|den'gami)|problemy z hroshyma|net deneg|nemaye hroshey|"
                          + _DEBTS + r")\b|"
                          r"جوب ?سنتر|جاب ?سنتر|يوب ?سنتر|ال ?(jobcenter|job center)|" + _DEBTS_ARABIC)),
    ("migration_language", _P(r"\b(aus (der |dem )?(ukraine|syrien|afghanistan|iran|irak|tuerkei|eritrea|"
                              r"somalia|russland|polen|rumaenien|bulgarien)|neu in deutschland|"
                              r"seit \w+ (monaten|wochen) in deutschland|deutschkurs|sprachkurs|"
                              r"aufenthalt\w*|asyl\w*|anerkennung|zeugnis aus|gefluechtet|fluechtling|"
                              r"duldung|visum|new in germany|refugee|recogni[sz]\w*|certificate from|"
                              r"certificate\w* (\w+ ){0,2}(counts?|valid|accepted)|"
                              r"from (syria|ukraine|afghanistan|iran|iraq|turkey|eritrea))\b"
                              # a certificate from home to be recognised, in Dari/Farsi ("سند مکتبش اینجا
                              # تایید شود", blind set L20) and Arabic
                              r"|(سند|مدرک|اسناد|شهادتنامه)\S* .{0,25}(تایید|تأیید|ارزشیابی|به رسمیت)"
                              # "مدرکم از افغانستانه، اینجا قبولش می‌کنن؟" (blind set L30)
                              r"|(سند|مدرک|اسناد|شهادتنامه|د[یي]پلم)\S* .{0,40}قبول\S* ?(م[یي]|نم[یي])\S*"
                              r"|(شهاده|شهادة|الشهاده|الشهادة)\S* .{0,25}(معادله|معادلة|اعتراف|يعترفوا|تعترف)")),
    ("school_problems", _P(r"\b(schwaenz\w*|nicht (mehr )?(zur|in die) schule|kaum (noch )?zur schule|"
                           r"schulangst|mobbing|gemobbt|sitzenbleiben|sitzen bleiben|versetzung|"
                           r"schulverweigerung|bleib\w* (ich |er |sie )?sitzen|verhau\w*|klassenarbeit\w*|mathearbeit\w*|"
                           r"schlechte noten|noten (sind )?(so )?(schlecht|mies)|\d(er|en) (in|im) (mathe|deutsch|englisch)|"
                           r"lehrer\w* (nervt|hasst|mobbt|macht mich fertig)|ausgelacht|ausgegrenzt|"
                           r"lachen (mich|ihn|sie) (\w+ )?aus|keiner will (neben|mit) (mir|ihm|ihr)|"
                           r"skip(ping)? school|bullied|bullying)\b|"
                           # bullied at school, does not want to go, in the other languages (blind set L10)
                           r"(مکتب|مدرسه|مدرسة|المدرسه|المدرسة)\w* .{0,20}(اذیت|اذيت|مسخره|کتک|يتنمر|تنمر|بيضايقو)|"
                           r"(مکتب|مدرسه|المدرسه|المدرسة)\w* .{0,60}(نمی ?\u200c?خواد بره|نمیخواد بره|نمیره|مابدو يروح|ما بدو يروح|ما بدها تروح|مابدها تروح)|"
                           r"(نمی ?\u200c?خواد|نمیخواد|ما بدو|مابدو|ما بدها|مابدها) (بره|يروح|تروح)? ?(به |ع |على |عال)?(مکتب|مدرسه|المدرسه|المدرسة)|"
                           r"\b(okulda (dalga|zorbal\w*|ezil\w*)|okula gitmek istemiyor\w*|травл\w*|булл\w*|цькуван\w*|"
                           r"не хоче (ходити|йти) до школи|не хочет (ходить|идти) в школу)")),
    ("school_qualification", _P(r"\b(kein(en)? (schul)?abschluss|ohne (schul)?abschluss|abschluss nachholen|"
                                r"hauptschulabschluss nachholen|realschulabschluss nachholen|no diploma)\b")),
    ("training_problems", _P(r"\b(ausbildung abbrechen|lehre abbrechen|stress in der ausbildung|"
                             r"ausbilder\w* (nervt|mobbt|schreit)|probezeit|ausbildungsbetrieb wechseln)\b")),
    ("family_problems", _P(r"\b(stress (mit|zu|zuhause|daheim)|streit mit (meinen |meiner |meinem )?"
                           r"(eltern|mama|mutter|papa|vater|familie)|zuhause (nur )?stress|"
                           r"eltern (streiten|trennen)|scheidung|"
                           r"(halt|halts|halte|aushalten)\w*\b.{0,20}\b(zuhause|zu hause|daheim)|"
                           r"(zuhause|zu hause|daheim)\b.{0,20}\b(nicht (mehr )?aus|aushalten))\b")),
    ("mental_health", _P(r"\b(einsam\w*|allein(e)? (fuehl|sein)|depressiv\w*|depression|traurig|"
                         r"panikattacke\w*|angststoerung|ueberfordert|burn ?out|kann nicht (mehr )?schlafen|"
                         r"nur (noch )?im stress|schlaf\w* kaum|dauerstress|panik\w*|angst(zustaende|attacke\w*)|"
                         r"(traut|trau|traue) (sich |mich )?(kaum|nicht) (mehr |noch )?(raus|aus dem haus|unter leute)|"
                         r"mir gehts? (es )?(so |voll |echt |total )?(nicht gut|schlecht|scheisse|beschissen|mies)|"
                         r"keine kraft|antriebslos|depressionen|nur (noch )?im bett|(komm|komme) (nicht|kaum) (mehr )?aus dem bett|"
                         r"(krieg|kriege|schaff|schaffe) (nix|nichts|gar nix|gar nichts) mehr( hin)?|"
                         r"therapie\w*|therapeut\w*|psycholog\w*|heul\w* (nur|staendig|jeden)|"
                         r"wein\w* (nur|staendig|jeden)|lonely|depressed|anxiety|panic)\b"
                         # drugs and wanting off them, in the other languages ("год на спиде и
                         # травке, хочу слезть", blind set L25): addiction counselling's topic
                         r"|\b(на спид\w*|травк\w*|наркот\w*|амфетамин\w*|uyusturucu\w*|esrar\w*|mukhaddirat)\b"
                         r"|مخدرات|المخدرات|حشيش|الحشيش|اعتیاد|مواد مخدر")),
    ("application_help", _P(r"\b(vorstellungsgespraech\w*|bewerbung\w*|bewerb (mich|dich)|lebenslauf|"
                            r"anschreiben|absage\w*|job interview|cv)\b")),
    ("seek_apprenticeship", _P(r"\b(ausbildung(splatz)?|lehrstelle|azubi(stelle)?|apprenticeship)\b")),
    ("seek_internship", _P(r"\b(praktikum|praktikumsplatz|schuelerpraktikum|internship)\b")),
    ("career_orientation", _P(r"\b(was (soll|kann) ich (jetzt )?(machen|werden)|welcher beruf|"
                              r"keine ahnung was ich werden|berufswahl|job egal|"
                              r"(will|moechte|mag) (\w+ )?(zur|zum|in die) (polizei|feuerwehr|bundeswehr|pflege|bahn)|"
                              r"was brauch (ich|man) (da ?fuer|fuer (den|die|das) (beruf|job|ausbildung))|voraussetzungen)\b")),
)


def _named(table: tuple[tuple[str, re.Pattern[str]], ...], text: str) -> tuple[str, ...]:
    folded = fold(text)
    return tuple(name for name, pattern in table if pattern.search(folded))


def needs_from_words(text: str) -> tuple[str, ...]:
    """The needs a message names by a telling word, in the order above (most pressing first)."""
    return _named(NEED_WORDS, text)


# What a question asks help with, named by a noun in the other languages ("хто допомагає з
# житлом?", "kto mne s dolgami pomozhet?", "مين بيساعدني بالسكن؟", blind set L12): which of the
# offers shown "who helps me with …" asks for
TOPIC_NOUNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("housing_problems", _P(r"\b(housing|flat|apartment|житл\w*|квартир\w*|жиль\w*|жилищ\w*|kvartir\w*|zhil\w*|"
                            r"konut\w*|ev bul\w*|kira\w*)\b|سكن|السكن|شقه|شقة|مسکن|خانه پیدا|خونه پیدا|آپارتمان")),
    ("money_problems", _P(r"\b(debts?|money|гроші|грошима|деньг\w*|para|" + _DEBTS + r")\b|"
                          + _DEBTS_ARABIC + r"|مصاري|فلوس|پول")),
    ("migration_language", _P(r"\b(визнан\w*|признан\w*|атестат\w*|диплом\w*|denklik\w*|tan[ıi]n\w*)\b|"
                              r"الاعتراف|معادله|شهاده|الشهاده|شهادة|الشهادة|ارزشیابی|مدرک")),
)


def topics_named(text: str) -> tuple[str, ...]:
    """The needs a question names by a noun, in any language (see TOPIC_NOUNS)."""
    return _named(NEED_WORDS, text) or _named(TOPIC_NOUNS, text)


# "Ich brauche ein Praktikum. Für die Schule.": the purpose of an internship, no trouble at school
# (the clause alone read as school problems, blind set L30)
FOR_SCHOOL_ONLY = _P(r"^\W*(fuer|for|für|для) (die |the |my |meine |den |моєї |моей )?(schule|school|школи|школы|уроку)\W*$|"
                     r"^\W*(okul (icin|için)|مدرسه برا[يی]|برا[يی] مدرسه|للمدرسة|لل?مدرسه)\W*$")

# Not sleeping is no housing trouble ("уже неделю нормально не сплю" read as housing by the
# model, blind set L25): where to sleep is, being unable to sleep is not
CANNOT_SLEEP = _P(r"\b(нормально |вообще |совсем |почти )?не (сплю|спала|спал|могу (уснуть|заснуть|спать))\b|"
                  r"\b(нормально |взагалі |майже )?не (сплю|спала|спав|можу (заснути|спати))\b|"
                  r"\b(cant|can t|cannot|can not) sleep\b|\b(kann|konnte) (nicht|kaum) (mehr )?(schlafen|einschlafen)\b|"
                  r"\buyuyam[iı]yorum\b|\buyuyamiyom\b|(نمی ?\u200c?تونم|نمیتونم|نمی ?توانم) بخوابم|"
                  r"(ما|مش|مو) (عم )?(بقدر|اقدر|بعرف) (انام|نام)")


def names_housing_trouble(text: str) -> bool:
    folded = fold(text)
    return bool(HOUSING_TROUBLE.search(folded) or THROWN_OUT_OF_HOME.search(folded))


# Services a message names by name or by what they are for ("hilfe mit dem jobcenter", "ich
# kiff jeden tag und will aufhören"): offers of that category come first for the need they
# can serve (matching.route, Situation.asked_for).
CATEGORY_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("addiction_counselling", _P(r"\b(kiff\w*|cannabis|gras rauchen|drogen\w*|sucht\w*|suechtig\w*|alkohol\w*|"
                                 r"saufen|sauf ich|besoffen|koks|kokain|speed|ecstasy|crystal|spielsucht|"
                                 r"gluecksspiel\w*|sportwetten|wetten|weed|drugs|drinking|addict\w*|"
                                 # the other languages ("я слишком много курю траву", blind set L21)
                                 r"кур(ю|ит|им|ишь) траву|травк\w*|наркот\w*|наркоти\w*|алкогол\w*|бухаю|зависимост\w*|залежн\w*|"
                                 r"esrar|ot i[cç]\w*|uyu[sş]turucu\w*|ba[gğ][iı]ml[iı]\w*|alkol\w*|"
                                 r"hashish|hasheesh|hash|mawad|mukhaddirat|"
                                 r"heroin|sigaret\w* ba[gğ]\w*)\b"
                                 r"|حشيش|مخدرات|الحشيش|المخدرات|ادمان|إدمان|مدمن|مواد مخدر\S*|اعتیاد|معتاد|مواد مخدر|گل کشیدن|علف")),
    ("jobcenter", _P(r"\b(jobcenter|job center|buergergeld|hartz ?(iv|4)?|grundsicherung|джобцентр\w*|джоб центр\w*)\b|"
                     r"جوب ?سنتر|جاب ?سنتر|يوب ?سنتر|ال ?(jobcenter|job center)")),
    ("career_guidance", _P(r"\b(berufsberatung|berufsberater\w*|agentur fuer arbeit|arbeitsagentur|arbeitsamt|"
                           r"berufsausbildungsbeihilfe|\bbab\b)\b")),
    ("debt_counselling", _P(r"\b(schuldnerberatung|schuldenberatung|schuldner ?berater\w*)\b")),
    ("school_social_work", _P(r"\b(schulsozialarbeit\w*|schulsozialarbeiter\w*|sozialarbeiter\w* (an|in) "
                              r"(der|meiner|unserer) schule)\b")),
    ("migration_counselling", _P(r"\b(jugendmigrationsdienst\w*|migrationsberatung|\bjmd\b)\b")),
    ("family_counselling", _P(r"\b(erziehungsberatung|familienberatung|elternberatung|beratung fuer (uns )?"
                              r"(eltern|die eltern|mich als (mutter|vater)))\b")),
)


def categories_named(text: str) -> tuple[str, ...]:
    """The kinds of service a message asks for by name, in the order above."""
    return _named(CATEGORY_WORDS, text)
