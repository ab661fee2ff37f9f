"""Ages said in English, Russian, Ukrainian, Turkish, Arabic and Dari/Farsi.

Patterns for `nlu.ages.find_age_span`, on its lowered text (umlauts spelled out; Arabic-Indic
and Persian digits already turned into ASCII digits by `nlu.ages.lower_with_index`, and
Persian ی/ک read as Arabic ي/ك). As strict as the German ones: a number counts only in an
age context ("мне 17 лет", "17 yaşındayım", "عمري ١٧", "۱۷ سالمه", "i'm 17"), so durations
("2 years in germany", "в германии 2 года") and grades stay no ages.
"""

from __future__ import annotations

import re

_EN = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
       "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}
_EN_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9}
_RU = {"десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14,
       "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18,
       "девятнадцать": 19, "двадцать": 20}
_UK = {"десять": 10, "одинадцять": 11, "дванадцять": 12, "тринадцять": 13, "чотирнадцять": 14,
       "п'ятнадцять": 15, "пʼятнадцять": 15, "п’ятнадцять": 15, "пятнадцять": 15,
       "шістнадцять": 16, "сімнадцять": 17, "вісімнадцять": 18, "дев'ятнадцять": 19,
       "девʼятнадцять": 19, "дев’ятнадцять": 19, "двадцять": 20}
_SLAVIC_UNITS = {"один": 1, "одна": 1, "два": 2, "две": 2, "дві": 2, "три": 3, "четыре": 4,
                 "чотири": 4, "пять": 5, "п'ять": 5, "шесть": 6, "шість": 6, "семь": 7, "сім": 7,
                 "восемь": 8, "вісім": 8, "девять": 9, "дев'ять": 9}
_TR_UNITS = {"bir": 1, "iki": 2, "uc": 3, "üç": 3, "ueç": 3, "uec": 3, "dort": 4, "dört": 4,
             "doert": 4, "bes": 5, "beş": 5,
             "alti": 6, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9}
# Arabic (standard and spoken, also in Latin letters with digits for letters) and Persian
# (also Finglish); Persian ی/ک are read as ي/ك before matching.
_AR = {"عشرة": 10, "عشر": 10, "عشره": 10, "احدعش": 11, "حداشر": 11, "احد عشر": 11,
       "أحد عشر": 11, "اطناش": 12, "اثنا عشر": 12, "اثني عشر": 12, "ثلاثة عشر": 13, "تلطاش": 13,
       "تلتاش": 13, "أربعة عشر": 14, "اربعة عشر": 14, "اربعطعش": 14, "اربعتاش": 14, "اربعطاش": 14,
       "خمسة عشر": 15, "خمسطعش": 15, "خمستاش": 15, "خمسطاش": 15, "ستة عشر": 16, "ستطعش": 16,
       "ستاش": 16, "سطعش": 16, "سبعة عشر": 17, "سبعطعش": 17, "سبعتاش": 17, "سبعطاش": 17,
       "ثمانية عشر": 18, "ثمانيه عشر": 18, "تمنطعش": 18, "تمنتاش": 18, "تمنطاش": 18,
       "تسعة عشر": 19, "تسعطعش": 19, "تسعتاش": 19, "تسعطاش": 19, "عشرين": 20, "عشرون": 20,
       "3ashra": 10, "7da3sh": 11, "7ida3sh": 11, "tna3sh": 12, "ta6na3sh": 12, "tlatta3sh": 13,
       "arba3ta3sh": 14, "arbata3sh": 14, "5amsta3sh": 15, "khamsta3sh": 15, "sitta3sh": 16,
       "sutta3sh": 16, "sab3ta3sh": 17, "saba3ta3sh": 17, "tmnta3sh": 18, "tamanta3sh": 18,
       "tmanta3sh": 18, "tis3ta3sh": 19, "3ishrin": 20, "3eshrin": 20}
# Spoken teens are written as one word in many ways (Levantine "سبعتعش", Egyptian "سبعتاشر",
# Iraqi "سبعطعش"), standard ones with "عشر"/"عشرة"; 21–27 as "<unit> وعشرين"
_AR_TEEN_STEMS = {11: ("احد", "حد", "ح"), 12: ("اطن", "اتن", "طن"), 13: ("تلط", "تلت", "ثلط", "ثلت"),
                  14: ("اربعط", "اربعت", "أربعط", "أربعت"), 15: ("خمسط", "خمست"),
                  16: ("ستط", "ستت", "سط", "ست"), 17: ("سبعط", "سبعت"),
                  18: ("تمنط", "تمنت", "ثمنط", "ثمنت", "طمنط"), 19: ("تسعط", "تسعت")}
_AR_TEEN_ENDINGS = ("عش", "اش", "عشر", "اشر")
_AR_STANDARD_TEENS = {14: ("اربع", "أربع"), 15: ("خمس",), 16: ("ست",), 17: ("سبع",),
                      18: ("ثماني", "ثمان", "تمن"), 19: ("تسع",)}
_AR_UNITS = {1: ("واحد", "احدى", "إحدى"), 2: ("اثنين", "اتنين", "تنين", "ثنين", "اثنان"),
             3: ("ثلاثة", "ثلاثه", "تلاتة", "تلاته", "ثلاث", "تلات"),
             4: ("اربعة", "اربعه", "أربعة", "أربعه", "اربع", "أربع"), 5: ("خمسة", "خمسه", "خمس"),
             6: ("ستة", "سته", "ست"), 7: ("سبعة", "سبعه", "سبع")}
_AR_LATIN_TEENS = {"arba3tash": 14, "arba3ta3sh": 14, "5amsta3sh": 15, "5amastash": 15,
                   "khamastash": 15, "5amasta3sh": 15, "settash": 16, "sittash": 16,
                   "sita3sh": 16, "sab3atash": 17, "saba3tash": 17, "sabata3sh": 17,
                   "sab3tash": 17, "tamantash": 18, "tmantash": 18, "tamanta3ch": 18,
                   "tmenta3sh": 18, "tis3atash": 19, "tesa3tash": 19, "tes3ta3sh": 19,
                   "3ishreen": 20, "3eshreen": 20, "3echrin": 20}


def _arabic_numbers() -> dict[str, int]:
    words: dict[str, int] = {}
    for n, stems in _AR_TEEN_STEMS.items():
        for stem in stems:
            for ending in _AR_TEEN_ENDINGS:
                if len(stem) + len(ending) >= 4:
                    words.setdefault(stem + ending, n)
    for n, stems in _AR_STANDARD_TEENS.items():
        for stem in stems:
            for ten in ("عشر", "عشرة", "عشره"):
                words[f"{stem} {ten}"] = words[f"{stem}ة {ten}"] = words[f"{stem}ه {ten}"] = n
    for n, units in _AR_UNITS.items():
        for unit in units:
            for twenty in ("عشرين", "عشرون"):
                words[f"{unit} و{twenty}"] = words[f"{unit} و {twenty}"] = 20 + n
    return words


_FA = {"ده": 10, "يازده": 11, "دوازده": 12, "سيزده": 13, "چهارده": 14, "پانزده": 15,
       "پونزده": 15, "شانزده": 16, "هفده": 17, "هيفده": 17, "هجده": 18, "هيجده": 18, "هژده": 18,
       "نوزده": 19, "بيست": 20, "davazdah": 12, "sizdah": 13, "chahardah": 14, "panzdah": 15,
       "poonzdah": 15, "shanzdah": 16, "shoonzdah": 16, "hefdah": 17, "hivdah": 17, "hijdah": 18,
       "hejdah": 18, "noozdah": 19, "nuzdah": 19, "bist": 20,
       # spoken Iranian and Afghan forms, and Finglish without the final h ("hefda salame")
       "شونزده": 16, "چارده": 14, "هيژده": 18, "پنزده": 15, "sezdah": 13, "chardah": 14,
       "chaharda": 14, "charda": 14, "panzda": 15, "poonzda": 15, "punzdah": 15, "punzda": 15,
       "shanzda": 16, "shoonzda": 16, "shunzdah": 16, "shunzda": 16, "shonzdah": 16,
       "shonzda": 16, "hefda": 17, "hevdah": 17, "hivda": 17, "hijda": 18, "hejda": 18,
       "hezhdah": 18, "hezhda": 18, "nuzda": 19, "noozda": 19}
# "بیست و یک" (21) … "بیست و هفت" (27), also "bist o yek", "bisto do"
_FA_UNITS = {"يك": 1, "دو": 2, "سه": 3, "چهار": 4, "چار": 4, "پنج": 5, "شش": 6, "شيش": 6, "هفت": 7}
_FA_LATIN_UNITS = {"yek": 1, "yak": 1, "do": 2, "du": 2, "se": 3, "seh": 3, "chahar": 4,
                   "char": 4, "panj": 5, "shish": 6, "shesh": 6, "haft": 7}
# Russian and Ukrainian typed in Latin letters
_TRANSLIT = {"desyat": 10, "chetyrnadcat": 14, "pyatnadcat": 15, "shestnadcat": 16,
             "semnadcat": 17, "vosemnadcat": 18, "devyatnadcat": 19, "dvadcat": 20,
             "chotyrnadcyat": 14, "pyatnadcyat": 15, "shistnadcyat": 16, "simnadcyat": 17,
             "visimnadcyat": 18, "devyatnadcyat": 19, "dvadcyat": 20}


def _compose() -> dict[str, int]:
    words: dict[str, int] = {**_arabic_numbers(), **_EN, **_RU, **_UK, **_AR, **_AR_LATIN_TEENS,
                             **_FA, **_TRANSLIT}
    for unit, n in _EN_UNITS.items():
        words[f"twenty {unit}"] = words[f"twenty-{unit}"] = 20 + n
    for tens, ten in (("двадцать", 20), ("двадцять", 20)):
        for unit, n in _SLAVIC_UNITS.items():
            words[f"{tens} {unit}"] = ten + n
    for unit, n in _TR_UNITS.items():
        words[f"on {unit}"] = words[f"on{unit}"] = 10 + n
        words[f"yirmi {unit}"] = 20 + n
    words["yirmi"] = 20
    for unit, n in _FA_UNITS.items():
        words[f"بيست و {unit}"] = words[f"بيست\u200cو{unit}"] = words[f"بيستو{unit}"] = 20 + n
        words[f"بيست و{unit}"] = words[f"بيست\u200cو\u200c{unit}"] = 20 + n
    for unit, n in _FA_LATIN_UNITS.items():
        for joint in (" o ", "o ", " o", "-o-", " u ", "u "):
            words[f"bist{joint}{unit}"] = 20 + n
    return words


FOREIGN_NUMBER_WORDS: dict[str, int] = _compose()
_WORD = "|".join(re.escape(w) for w in sorted(FOREIGN_NUMBER_WORDS, key=len, reverse=True))
# digits not part of a longer number, or a number word of one of the six languages
N = rf"(?<![\d.,/:+-])(?:(\d{{1,2}})(?![\d]|[.,]\d)|(?<!\w)({_WORD})(?!\w))"
_ADV = (r"(?:(?:уже|вже|ещё|еще|ще|всего|лише|лишь|только|тільки|already|just|only|now|actually|really|"
        r"şu an|su an|hal[ae]n|الان|هلق|حاليا|الآن|الان)\s+)?")
_RELATIVE = (r"(?:сын|сына|дочь|дочка|дочери|син|сина|донька|доньки|брат|сестра|son|daughter|oğlum|oglum|"
             r"kızım|kizim|student|pupil|client|ابني|بنتي|ابنتي|اخي|اختي|پسرم|دخترم|برادرم|خواهرم|"
             r"pesaram|pesarem|bachem|dokhtaram|dokhtarem|baradaram|beradaram|khaharam)")
_P = re.compile

# (pattern, offset): offset -1 for "turning 17" (16 now)
FOREIGN_SELF: tuple[tuple[re.Pattern[str], int], ...] = (
    # English: "i'm 17", "i am seventeen", "age 17", "aged 17", "17 years old", "17yo"
    (_P(rf"\b(?:i am|i['’]?m|im|age|aged|my age is)\s*:?\s+{_ADV}{N}"
        r"(?!\s*(?:years? (?:in|here|ago|since)|hours?|minutes?|days?|weeks?|months?|euros?|%))"), 0),
    (_P(rf"{N}\s*(?:-\s*)?(?:years?|yrs?|y)\s*(?:-\s*)?old\b"), 0),
    (_P(rf"\b(?:turning|i turn|i'll be|i will be)\s+{N}"), -1),
    (_P(rf"\b(?:just turned|i turned)\s+{N}"), 0),
    # Russian / Ukrainian: "мне 17 лет", "мені сімнадцять", "17 лет", "мне уже 16"
    (_P(rf"(?<!\w)(?:мне|мені|мэне|mne|meni)\s+{_ADV}{N}"), 0),
    # a correction: "мне не 16 а 17" (blind set L10) – the second number
    (_P(rf"(?<!\w)(?:мне|мені|mne|meni)\s+не\s+\d{{1,2}}\s*,?\s*(?:а|a|але)\s+(?:мне\s+|мені\s+)?{N}"), 0),
    # … about a son or daughter: "ему 15", "ей 16", "йому 15", "їй 16"
    (_P(rf"(?<!\w)(?:ему|ей|йому|їй|yemu|emu|jij|yij)\s+{_ADV}{N}"), 0),
    # … "сыну 15 лет", "доньці 14" (blind set L8)
    (_P(rf"(?<!\w)(?:сыну|сину|дочери|дочке|дочці|доньці|брату|сестре|сестрі|synu|sinu)\s+{_ADV}{N}"), 0),
    (_P(rf"(?:^|[,.;!?]\s*|\bя\s+|\bя уже\s+|\bя вже\s+){N}\s*"
        r"(?:лет|годиков|года|год|років|рокiв|роки|рік|let|rokiv)(?!\w)"), 0),
    (_P(rf"(?<!\w)(?:исполнилось|виповнилось|исполнится|виповниться)\s+{N}"), 0),
    # Turkish: "17 yaşındayım", "17 yasindayim", "yaşım 17", "on yedi yaşında", "15'im"
    (_P(rf"{N}\s*['’]?\s*(?:yaşında|yasinda|yaşındayım|yasindayim|yaşındayim|yaşım|yasim|yaş\b|yas\b)"
        r"(?!\s*(?:alt|üst|ust|sınır|sinir))"), 0),
    (_P(rf"\b(?:yaşım|yasim|yaşim|yaş|yas)\s*:?\s*{N}"), 0),
    (_P(rf"^{N}\s*['’]\s*(?:im|ım|um|üm|yim|yım|yum)\b"), 0),
    (_P(rf"^{N}(?:im|ım|um|üm|yim|yım|yum)\b"), 0),  # "15im oberursel de oturuyoruz" (L8)
    (_P(rf"\b{N}\s+oldum\b"), 0),
    # "selam ben 18, Bad Homburg'da yaşıyorum" (blind set L19): "ben" and a number of an age at
    # the start, not an hour, money, a grade or a duration
    (_P(r"(?:^|[,.;!?]\s*|\b(?:selam|merhaba|slm|mrb|sa|hey|hi)\s*,?\s*)ben\s+(1[2-9]|2[0-9])"
        r"(?![\d.:'’]|\s*(?:saat|tl\b|euro|€|yıl|yil|sene|ay\b|gün|gun|kişi|kisi|kilo|kg|dk|dakika|"
        r"numara|no\b|\.|\w*\s*sınıf|\w*\s*sinif))"), 0),
    # "16'sına yeni girdi", "17 yaşına bastım": just turned (blind set L10)
    (_P(rf"{N}\s*['’]?\s*(?:s?[ıiuü]n[ae]|ya[sş][ıi]na)\s+(?:yeni\s+|daha\s+yeni\s+)?"
        r"(?:girdi|girdim|bast[ıi]|bast[ıi]m)\b"), 0),
    # someone's age: "мой сын (15)", "my son is 16", "oğlum 14 yaşında", "ابني ١٥ سنة"
    (_P(rf"(?<!\w){_RELATIVE}\s*(?:\(|,|:|-|is|ist)?\s*{N}"), 0),
    # "my friend (18) got kicked out" (blind set L25): a friend's age in brackets only
    (_P(rf"\b(?:friend|brother|sister|cousin|mate|bestie|boyfriend|girlfriend|bf|gf)\s*\(\s*{N}\s*\)"), 0),
    # "возраст 18", "вік 18", "age: 18"
    (_P(rf"(?<!\w)(?:возраст|вік|sinn|سن|سني)\s*:?\s*{N}"), 0),
    # "в 18 надо съезжать", "at 17 can i …": an age the question is about
    (_P(rf"(?<!\w)(?:в|у|с|з|із)\s+{N}(?!\s*(?:класс|клас|час|годин|утра|ранку|вечера|"
        r"o'?clock|am\b|pm\b|%|евро|euro|€|лет назад|років тому|years ago|минут|хвилин|тысяч|"
        r"тисяч|раз))"), 0),
    # Persian: "ماه دیگه ۱۸ سالم میشه" (turning 18: 17 now), "۱۷ سالمه", "۱۷ سالم", "۱۷ سال دارم",
    # "۱۷ سال عمر دارم", "سنم ۱۷", "عمرم ۱۷", "17 salame", "من ۱۷ ساله ام", "pesaram 15 saleshe"
    (_P(rf"{N}\s*(?:سالم|ساله|salam|salem)\s*(?:مي\u200c?شه|ميشود|مي\u200c?شود|mishe|mishavad|"
        r"meshe|mesha)(?!\w)"), -1),
    # (not "زیر ۱۸ ساله ها", under-18s)
    (_P(rf"(?<!زير )(?<!بالاي )(?<!zire )(?<!balaye ){N}\s*(?:سالمه|سالم|ساله|سال دارم|سال عمر دارم|"
        r"سالمست|saleme|salame|salam|sale|sal daram|sal omr daram|sal umr daram"
        # someone written for: "۱۷ سال دارد و فقط دری گپ میزند" (blind set L21)
        r"|سال دارد|سال داره|سالشه|سالش است|سال عمر دارد|sal dare|sal darad|saleshe)(?!\w)"
        r"(?!\s*(?:ها|ha)(?!\w))"), 0),
    (_P(rf"(?<!\w)(?:سنم|سن من|عمرم|عمر من|sen(?:am|nam)|sennam|omram|umram)\s*:?\s*{N}"), 0),
    (_P(rf"(?<!\w){_RELATIVE}\s+{N}\s*(?:salesh|saleshe|salesh e|sal dare)(?!\w)"), 0),
    # an age the question is about: "با ۱۷ سال میشه …", "بعد از ۱۸ سالگی", "ba 17 sal"
    (_P(rf"(?<!\w)(?:با|ba)\s+{N}\s*(?:سال|sal)(?!\w)(?!\s*(?:تجربه|سابقه|كار|tajrobe|sabeghe))"), 0),
    (_P(rf"{N}\s*(?:سالگي|salegi)(?!\w)"), 0),
    # "15 л", the answer first: "восемнадцать и из Вернигероде", "22 и живу в Лангене", "on yedi"
    (_P(rf"{N}\s*л(?:\.|\b|$)"), 0),
    (_P(rf"^\s*{N}\s*(?:$|[,،]|\s(?:и|і|й|ve|and|و|mne|мне|мені|года|years)\b)"), 0),
    # Arabic: "عمري ١٧", "عمري 17 سنة", "عندي ١٧ سنة", "انا ١٧ سنة", "3omri 17"
    # also someone's ("ابني عمره ١٥", "بنتي عمرها 14"), "صار عمري ١٨", "عمري صار 17", "بعمر ال16"
    (_P(rf"(?<!\w)و?(?:عمري|عمرى|سني|بعمر|عمر|عمره|عمرها|عمرو|عمرا|3omri|3omry|3mri|omri|3umri|"
        rf"3omro|3omra|3omrha|3mro)\s*:?\s*{_ADV}(?:صار\s+|sar\s+)?(?:ال)?{N}"), 0),
    (_P(rf"(?<!\w)(?:عندي|انا|أنا|ana|3andi|3ndi)\s+{N}\s*(?:سنة|سنه|سنين|عام|sana|sene|seneh|"
        r"3am|ans)(?!\w)"), 0),
    # a child's: "بنتي عندها ١٧ سنة", "ابني عنده ١٥ سنة" (blind set L8)
    (_P(rf"(?<!\w)(?:عنده|عندها|عندو|3ando|3anda|3ndo|3ndha|3andaha)\s+{N}\s*"
        r"(?:سنة|سنه|سنين|عام|sana|sene)(?!\w)"), 0),
    # "بعمري ٢١", "lamma sir 18" / "لما صير ١٨" (the age a question is about)
    (_P(rf"(?<!\w)(?:بعمري|b3omri|b3mri|بسني)\s*{N}"), 0),
    (_P(rf"(?<!\w)(?:لما|لمن|بس|ba3d ma|lamma|lama|lma)\s+(?:صير|اصير|يصير عمري|sir|asir|e?sir)\s+{N}"), 0),
    # the answer to "how old are you": "17 سنة", "١٦ سنه وساكن ببوخوم", "انا ١٧", "ana 17 w …"
    (_P(rf"^\s*{N}\s*(?:سنة|سنه|سنين|عام|عاما|sana|sene|seneh)(?!\w)"), 0),
    (_P(rf"(?<!\w)(?:انا|أنا|ana)\s+{N}\s*(?=$|[,.،!?؟]|و|w\s)"), 0),
)
_YEAR = r"((?:19|20)\d{2}|13[6-9]\d)"  # a Persian solar year: + 621
FOREIGN_BIRTH: tuple[re.Pattern[str], ...] = (
    _P(rf"\b(?:born in|born|year of birth|birth year)\s*:?\s*{_YEAR}\b"),
    _P(rf"(?<!\w)(?:родился|родилась|народився|народилася|родом из)\s+(?:в|у)\s+{_YEAR}"),
    _P(rf"\b{_YEAR}\s*(?:г\.?\s*р\.?|года рождения|року народження|р\.н\.)"),
    _P(rf"\b{_YEAR}\s*['’]?\s*(?:doğumluyum|dogumluyum|doğumlu|dogumlu|'?de doğdum|'?da doğdum|"
       r"yılında doğdum)"),
    _P(rf"(?<!\w)(?:مواليد|مواليد سنة|مواليد عام|تولد|من مواليد|mawaleed|mawalid|متولد|متولد سال|"
       rf"motavaled|motavalede|motevaled|motevalede|motavalled)\s*:?\s*{_YEAR}"),
    # "۲۰۰۹ به دنیا اومدم", "sale 2008 be donya umadam"
    _P(rf"\b{_YEAR}\s*(?:به دنيا اومدم|به دنيا آمدم|بدنيا اومدم|بدنيا آمدم|be donya (?:umadam|oomadam|"
       r"amadam))"),
)


def foreign_number(word: str) -> int | None:
    """The value of a number word of one of the six languages, else None."""
    return FOREIGN_NUMBER_WORDS.get(word)


def gregorian(year: int) -> int:
    """A four-digit birth year; a Persian solar year (13xx) converted."""
    return year + 621 if 1300 <= year < 1500 else year
