# ruff: noqa: E501  (pattern tables: one regex per line reads better than split strings)
"""Danger patterns in English, Turkish, Russian, Ukrainian (also in Latin letters), Arabic
and Farsi: native phrasings of "I want to die", "I will kill myself", "he beats me",
"I have nowhere to sleep tonight", "I cut myself", …

Latin patterns run on an ASCII form (Turkish ı ş ğ ç ö ü as i s g c o u, apostrophes as
spaces); Cyrillic ones on lowercase text with ё as е and the apostrophe kept as "ʼ" or a
space; Arabic-script ones on a form without vowel marks, with one spelling for alef, yeh,
kaf and teh marbuta, and without the zero-width non-joiner ("می‌خواهم" as "ميخواهم").
"""

from __future__ import annotations

Table = dict[str, tuple[str, ...]]

_AP = r"(?: |ʼ|')?"  # Ukrainian apostrophe, folded to a space or kept

EN_CLEAR: Table = {
    "sextortion": (r"\b(threaten\w*|blackmail\w*)\b.{0,60}\b(nudes|pictures|photos|pics|videos)\b",
                   r"\b(nudes|pictures|photos|pics|videos)\b.{0,60}\b(unless i|if i don t|if i dont)\b",
                   r"\bsextortion\b", r"\b(post|share|send) my (nudes|pictures|photos|pics)\b",
                   r"\b(has|got|have) my (private )?(nudes|pictures|photos|pics|videos)\b.{0,60}\b(wants|money|pay|\d+|or (he|she|they) ?(ll|will))\b",
                   r"\b(nudes|pictures|photos|pics|videos)\b.{0,60}\b(wants \d+|wants money|gift ?cards?|paysafe\w*|bitcoin|or (he|she|they) ?(ll|will) (send|post|share|leak))\b"),
    "suicidal": (r"\b(want|wanna|going) to die\b", r"\bkill(ing)? myself\b", r"\bend(ing)? (my life|it all|it tonight)\b",
                 r"\bending it\b", r"\btake my (own )?life\b", r"\bdo ?n ?t (wanna|want to) (live|be alive|exist|wake up)\b",
                 r"\bhow (many|much)\b.{0,40}\b(pills|tablets|paracetamol|tylenol|ibuprofen|sleeping pills)\b.{0,40}\b(die|not wake up|never wake up|kill|lethal|dead|overdose)\b",
                 r"\b(so|to) (i )?(not|never) wake up (again|anymore)?\b.{0,30}\b(pills|tablets)\b", r"\b(goodbye|suicide) (note|letter)\b", r"\b(pills|tablets)\b.{0,20}\b(ready|saved up|collected|stockpiled)\b",
                 r"\bno reason to live\b", r"\bbetter off without me\b", r"\bhang myself\b",
                 r"\b(going to|gonna|will) (jump|overdose)\b", r"\bsuicid\w*\b"),
    "self_harm": (r"\bcut(ting)? myself\b", r"\bcutting again\b", r"\bcut (my )?(arms?|wrists?|legs|thighs)\b",
                  r"\b(bleeding|blood) (won ?t|doesn ?t|does not|will not|isn ?t) stop\w*\b", r"\bcut\b.{0,30}\bdeeper than\b", r"\bself ?harm\w*\b", r"\b(hurt|hurting|burn|burning|burned) myself\b",
                  r"\brelapsed\b"),
    "sexual_abuse": (r"\braped?\b", r"\bsexually (abused|assaulted)\b", r"\b(touches|touched|groped|molest\w*) me\b",
                     r"\bforced me\b", r"\b(spiked|something in) my drink\b"),
    "violence_at_home": (r"\b(hits|beats|hurts|chokes|kicks|hitting|beating) (me|my mom|my mother|us)\b",
                         r"\b(hit|beat|choked|strangled) me\b", r"\b(going to|gonna|will|wants to|threaten\w* to) kill me\b",
                         r"\bhome is not safe\b", r"\b(afraid|scared) to go home\b",
                         r"\bhiding (in|under) (my|the) (closet|wardrobe|bathroom|bed)\b", r"\bforced marriage\b", r"\blocked me (in|up)\b"),
    "homeless_tonight": (r"\bnowhere to (sleep|stay|go) tonight\b", r"\bnowhere to sleep\b",
                         r"\bkicked (me )?out\b(?! of (?!(the |my |our )?(house|home|flat|apartment)))",
                         r"\b(sleep|sleeping) (on the street|outside|rough|in the park)\b", r"\bno place to (sleep|stay)\b",
                         r"\bthrown out\b.{0,40}\btonight\b"),
    "eating_disorder": (r"\bpro ?(ana|mia)\b", r"\bhaven ?t eaten (in|for) \w+ days\b", r"\b(throw|throwing) up on purpose\b",
                        r"\bstarv(e|ing) myself\b", r"\bmake myself (throw up|vomit|sick)\b"),
    "other_emergency": (r"\boverdos\w*\b", r"\bcan ?t breathe\b",
                        r"\b(took|swallowed|taken|take) (all )?(her|his|my|their|the|a bunch of|a lot of|too many|so many) (pills|tablets|meds|sleeping pills)\b", r"\b(way )?too much to drink\b.{0,60}\b(throw|puk|vomit|alone|spinning)",
                        r"\b(drank|had) (a whole bottle|way too much|too much|so much)\b.{0,60}\b(can ?t stand|throw|puk|vomit|alone|spinning|pass(ing)? out)", r"\bnot breathing\b", r"\bunconscious\b",
                        r"\bwon ?t wake up\b", r"\bfollowing me\b", r"\bhas a (gun|knife)\b", r"\bshoot (everyone|up)\b"),
}
EN_POSSIBLE: Table = {
    "suicidal": (r"\bi ?m done\b", r"\bdisappear forever\b", r"\bcan ?t (do this|take (it|this)) anymore\b", r"\bjust want it to stop\b",
                 r"\bno way out\b", r"\bhopeless\b", r"\bnobody would miss me\b", r"\bi hate my life\b"),
    "violence_at_home": (r"\bafraid of (my|him|her)\b", r"\bscared of (my|him|her)\b"),
}

TR_CLEAR: Table = {
    "suicidal": (r"\bolmek istiyorum\b", r"\bkendimi (oldur\w*|as(acagim|icam|mak|mayi)\b)",
                 r"\b(ilac|hap)\w* (topladim|biriktirdim|ictim|yuttum|aldim hepsini)\b", r"\bkendimi\b.{0,30}\b(atacagim|aticam|atmak istiyorum)\b",
                 r"\bintihar\w*\b", r"\b(artik )?yasamak istemiyorum\b", r"\bcanima kiy\w*\b", r"\bhayatima son ver\w*\b",
                 r"\b(kopruden|cattan|binadan|balkondan) atla(yacagim|yacam|ycam|icam|rim|mak istiyorum)\b", r"\bhaplar\w* (ictim|icecegim|yuttum)\b"),
    "self_harm": (r"\bkendime zarar (veriyorum|verdim|vermek|verecegim)\b", r"\bkendimi (yine |tekrar |gene )?(kesiyorum|kestim|keserim|kesicem|kesecegim)\b",
                  r"\b(kanama|kan) (durmuyor|durmadi|dinmiyor)\b",
                  r"\b(kolumu|kollarimi|bilegimi) kes\w*\b", r"\bjilet\w*\b"),
    "violence_at_home": (r"\bbeni (yine |gene |her gun |hep |cok )?(dovuyor\w*|dovdu\w*|doverse|doviyor\w*)\b", r"\beve (gitmeye|donmeye) korkuyorum\b", r"\bbeni oldur(ecek|ecekler|mekle)\b",
                         r"\b(evde|bana) siddet\b", r"\bbeni tehdit ediyor\w*\b", r"\bzorla evlendir\w*\b"),
    "sexual_abuse": (r"\btecavuz\w*\b", r"\b(cinsel )?taciz\w*\b", r"\bbana dokunuyor\w*\b", r"\bbana dokundu\b"),
    "sextortion": (r"\bsantaj\w*\b", r"\b(ciplak|mustehcen) (fotograf|resim|video)\w*\b",
                   r"\b(fotograf|foto|resim|video)\w*\b.{0,60}\b(yay|paylas|gonder|at)\w*\b.{0,30}\b(tehdit|para ist)\w*",
                   r"\b(fotograf|foto|resim|video)\w*\b.{0,60}\bpara (istiyor|istedi)\b"),
    "homeless_tonight": (r"\b(bu gece )?(kalacak|uyuyacak) (yerim|bir yerim) yok\b", r"\bsokakta (kaliyorum|uyuyorum|uyuyacagim|kaldim|yatiyorum|kalacagim|kalicam|yatacagim)\b", r"\bgidecek (bir )?yerim yok\b",
                         r"\b(evden kovuldum|beni evden (atti|attilar|kovdu\w*)|evden atildim)\b"),
    "eating_disorder": (r"\bgunlerdir (bir sey|hicbir sey) yemedim\b", r"\b(bilerek|kasten) kusuyorum\b"),
    "other_emergency": (r"\bnefes alamiyor\w*\b", r"\bbayildi\b", r"\basiri doz\b", r"\bbilinci (kapali|yok)\b"),
}
TR_POSSIBLE: Table = {
    "suicidal": (r"\bdayanamiyorum\b", r"\bartik (yapamiyorum|istemiyorum)\b", r"\b(olmek|olsem)\b"),
    "other_emergency": (r"\b(imdat|yardim edin)\b", r"\bkorkuyorum\b"),
}

# Russian and Ukrainian written in Latin letters, as often in chats.
TRANSLIT_CLEAR: dict[str, Table] = {
    "ru": {
        "suicidal": (r"\bk?h?hochu umere?t\b", r"\bne k?hochu (bolshe )?zhit\b", r"\bub(ju|yu|iu|' ?ju|' ?yu) seb(ya|ja|ia)\b",
                     r"\bpokonch(it|u) (s )?sob(oy|oj)\b", r"\bsamoubi(ystv|jstv|istv)\w*\b", r"\bsuit?sid\w*\b"),
        "violence_at_home": (r"\bmen(ya|ja|ia) (b'?yut|bjut|biut|izbil\w*)\b", r"\b(b'?yot|bjot|bet|byet) men(ya|ja|ia)\b"),
        "homeless_tonight": (r"\bnegde (spat|nochevat|perenochevat)\b", r"\bvygnali iz doma\b"),
        "self_harm": (r"\brezhu (sebya|sebja|ruki)\b",),
    },
    "uk": {
        "suicidal": (r"\bk?h?hochu pomer(ty|ti)\b", r"\bne k?hochu (bilshe )?zhy(ty|ti)\b", r"\bvb(yu|ju|' ?yu|' ?ju|iu) sebe\b",
                     r"\bpokinch(yty|iti|u) (z )?soboyu\b"),
        "violence_at_home": (r"\bmene (b'?yut|bjut|b'?ye|bje)\b", r"\b(b'?ye|bje) mene\b"),
        "homeless_tonight": (r"\bnide (spaty|nochuvaty)\b", r"\bvyhnaly z domu\b"),
        "self_harm": (r"\brizhu (sebe|ruky)\b",),
    },
}

RU_CLEAR: Table = {
    "suicidal": (r"\bхочу (умереть|сдохнуть)\b", r"\bпоконч(ить|у) с жизнью\b", r"\b(не хочу (больше )?жить|жить не хочу)\b", r"\bпоконч(ить|у) с собой\b",
                 r"\b(убью|убить) себя\b", r"\bсуицид\w*\b", r"\bсамоубийств\w*\b", r"\bповешусь\b|\bповеситься\b",
                 r"\b(спрыгну|прыгну) с\b", r"\bнаглотаюсь\b", r"\b(чтобы|чтоб) (больше )?не проснуться\b", r"\bне хочу просыпаться\b",
                 r"\bсколько\b.{0,30}\b(таблет\w*|снотворн\w*|колес\w*)\b.{0,50}\b(умереть|сдохнуть|насмерть|смертельн\w*)", r"\bвыпил(а)? (все )?таблетки\b", r"\bлучше бы я умер(ла)?\b"),
    "self_harm": (r"\bрежу (себя|руки)\b", r"\bпорезал(а)? (себя|руки|себе)\b", r"\b(резать|вскрыть|вскрою) вены\b",
                  r"\bпричиняю себе боль\b", r"\bселф ?харм\w*\b",
                  r"\bкровь не (останавливается|останавливаеться|перестает|перестаёт|прекращается)\b"),
    "violence_at_home": (r"\bбь[её]т меня\b", r"\b(избивает|избивают|колотит|лупит|бьет|бьют) меня\b", r"\bбоюсь (возвращаться|идти|вернуться) домой\b", r"\bменя (бь[её]т|бьют|избил\w*|избивает|избивают)\b", r"\bбьют меня\b",
                         r"\bизбил(а|и)? меня\b", r"\bубь[её]т меня\b", r"\b(грозит|угрожает|обещал) убить\b", r"\bдушил\w* меня\b"),
    "sexual_abuse": (r"\bизнасил\w*\b", r"\bдомога\w*\b", r"\b(трогает|трогал|лапает|лапал) меня\b", r"\bзаставляет меня\b"),
    "sextortion": (r"\bшантаж\w*\b", r"\b(интимн\w*|голы\w*) (фото|фотки|снимки|видео)\b",
                   r"\b(фото|фотки|фотками|снимки|видео|нюдс\w*)\b.{0,60}\b(деньги|заплат\w*|разошл\w*|выложит|опубликует|отправит)",
                   r"\b(деньги|заплат\w*)\b.{0,60}\b(фото|фотки|снимки|видео|нюдс\w*)\b", r"\bиначе (разошл|выложит|опубликует|отправит|покажет)\w*"),
    "homeless_tonight": (r"\bнегде (спать|ночевать|переночевать)\b", r"\bнекуда идти\b", r"\bвыгнал(а|и)? (меня )?из дома\b",
                         r"\bвыгнал(а|и)? меня\b", r"\b(сплю|ночую|буду спать) на улице\b", r"\bбездомн\w*\b"),
    "eating_disorder": (r"\bвызываю рвоту\b", r"\bне ем уже\b", r"\b(анорекси|булими)\w*\b"),
    "other_emergency": (r"\bне дышит\b", r"\bне могу дышать\b", r"\bпередозировк\w*\b", r"\bбез сознания\b"),
}
RU_POSSIBLE: Table = {
    "suicidal": (r"\bне могу больше\b", r"\bбольше не могу\b", r"\bумереть\b"),
    "other_emergency": (r"\bпомогите\b", r"\bмне страшно\b", r"\bбоюсь\b"),
}
UK_CLEAR: Table = {
    "suicidal": (r"\bхочу (по|в)мерти\b", r"\bпокінч(ити|у) (з )?життям\b", r"\b(не хочу (більше )?жити|жити не хочу)\b", r"\bпокінч(ити|у) (з )?собою\b",
                 r"\b(вб" + _AP + r"ю|вбити) себе\b", r"\bсамогубств\w*\b", r"\bсуїцид\w*\b", r"\bповішусь\b",
                 r"\bстрибну з\b", r"\bнаковтаюсь\b", r"\b(щоб|аби) (більше )?не прокинутися\b",
                 r"\bскільки\b.{0,30}\b(таблет\w*|пігул\w*|снодійн\w*)\b.{0,50}\b(померти|вмерти|не прокинутися)", r"\bвипил(а)? (всі )?таблетки\b", r"\bкраще б я помер(ла)?\b"),
    "self_harm": (r"\bріжу (себе|руки)\b", r"\bпорізал(а)? (себе|руки)\b", r"\bзавдаю собі болю\b", r"\bселф ?харм\w*\b",
                  r"\bкров не (зупиняється|спиняється)\b"),
    "violence_at_home": (r"\bб" + _AP + r"є мене\b", r"\bмене (б" + _AP + r"є|б" + _AP + r"ють|побив\w*)\b",
                         r"\bпобив(ла|ли)? мене\b", r"\bвб" + _AP + r"є мене\b", r"\bпогрожує (вбити|мене вбити)\b"),
    "sexual_abuse": (r"\bзгвалтув\w*\b", r"\bдомага\w*\b", r"\b(чіпає|чіпав|лапає) мене\b"),
    "sextortion": (r"\bшантаж\w*\b", r"\b(інтимн\w*|голі) (фото|світлини|відео)\b",
                   r"\b(фото|світлини|відео)\b.{0,60}\b(гроші|заплат\w*|розіслати|опублікує|викладе)",
                   r"\b(гроші|заплат\w*)\b.{0,60}\b(фото|світлини|відео)\b", r"\bінакше (розішле|опублікує|викладе|покаже)\w*"),
    "homeless_tonight": (r"\bніде (спати|ночувати|переночувати)\b", r"\bнікуди (йти|піти)\b", r"\bвигнал(а|и)? (мене )?з дому\b",
                         r"\bвигнал(а|и)? мене\b", r"\b(сплю|ночую|буду спати) на вулиці\b", r"\b(бездомн|безхатьк)\w*\b"),
    "eating_disorder": (r"\bвикликаю блювоту\b", r"\bне їм уже\b"),
    "other_emergency": (r"\bне дихає\b", r"\bне можу дихати\b", r"\bпередозуван\w*\b", r"\bбез свідомості\b"),
}
UK_POSSIBLE: Table = {
    "suicidal": (r"\bне можу більше\b", r"\bбільше не можу\b", r"\bпомерти\b"),
    "other_emergency": (r"\bдопоможіть\b", r"\bмені страшно\b", r"\bбоюся\b"),
}

# Arabic (MSA and common dialects) and Farsi, on the unified Arabic-script form.
AR_CLEAR: Table = {
    "suicidal": (r"(اريد|بدي|ابغي|عايز|عايزه|عاوز|عاوزه|حابب|نفسي) (ان )?ا?موت\b", r"(ا|سا|راح ا|رح ا|ب|ح)قتل نفسي",
                 r"انتحر|انتحار", r"(لا اريد|ما بدي|مش عايزه?|مش عاوزه?|ما ابغي|ما عاد بدي|ما بدي) (ان )?ا?عيش", r"(انهاء|انهي) حياتي",
                 r"(كم|قديش|كام) (حبه|حبات|حبوب|قرص|اقراص)\b.{0,40}(اموت|للموت|ما اصحي|ما افيق|ما اقوم)"),
    "self_harm": (r"(اجرح|جرحت|اوذي|ايذاء|اذيت|بجرح|عم اجرح|بأذي|باذي) (نفسي|حالي|روحي)", r"(اقطع|قطعت|اجرح|جرحت) (يدي|ايدي|جسمي|شراييني)",
                  r"الدم (ما|مش|لا) ?(وقف|بيوقف|يوقف|عم يوقف|بوقف)"),
    "violence_at_home": (r"\b(ي|بي|ت|بت|عم ي)?ضرب(ني|وني)\b", r"\b(ي|سي|بي|ح|راح ي)قتل(ني|وني)\b", r"يهددني بالقتل",
                         r"يعنفني|عنف اسري", r"خايف\w* (ا|ان ا)?رجع (عالبيت|ع البيت|للبيت|البيت|عالدار)"),
    "sexual_abuse": (r"اغتصب|اغتصاب", r"يتحرش بي|تحرش بي|تحرش جنسي", r"يلمسني|لمسني"),
    "sextortion": (r"يبتزني|ابتزاز|يبتزوني", r"(صوري|صور الي|فيديوهاتي|فيديوهات الي)\b.{0,60}(مصاري|فلوس|مال|ادفع|يدفع|بينشر|ينشر|راح ينشر|يفضح)",
                   r"(والا|او) (بي|ب|راح ي|رح ي|ح)?(نشر|فضح)(ها|هم|ني)?\b", r"يهدد(ني|وني)\b.{0,30}(ينشر|بنشر|نشر|يفضح|يبعت)",
                   r"(ينشر|بينشر|يبعت|راح ينشر) (صوري|فيديوهاتي)"),
    "homeless_tonight": (r"(مكان|وين|محل) (ا)?(نام|للنوم|ابات|انام فيه)", r"(انام|نايم|نايمه|نمت|سانام) (في|ب)ال?شارع",
                         r"(طردوني|طردني|طردتني|انطردت) من (البيت|المنزل|الدار)"),
    "eating_disorder": (r"(لم اكل|ما اكلت|ما كليت) (منذ|من) (ايام|يومين)",),
    "other_emergency": (r"(لا|ما|مش) (ي|بي)?تنفس", r"مش قادر اتنفس|لا استطيع التنفس", r"جرعه زائده", r"فاقد الوعي|مغمي عليه"),
}
AR_POSSIBLE: Table = {
    "suicidal": (r"اموت", r"تعبت من (الحياه|حياتي)"),
    "other_emergency": (r"ساعدوني|النجده|الحقوني", r"خايف|خايفه"),
}
FA_CLEAR: Table = {
    "suicidal": (r"مي ?خوا(ه)?م (ب)?مير(م)?", r"خودكشي", r"خودم(و| را| رو) (مي ?)?(ب)?كش(م|م)", r"نمي ?خوا(ه)?م (زنده (باشم|بمونم)|زندگي كنم)",
                 r"به زندگيم پايان"),
    "self_harm": (r"به خودم (اسيب|صدمه)", r"رگ(مو| خودمو| دستمو)? (زدم|مي ?زنم|بزنم)", r"خودمو زخمي",
                  r"(دستمو|دستم رو|دستم را|رگمو|خودمو|مچمو) (ب)?(بريدم|مي ?برم|بريدن)", r"خون بند (نمياد|نمي ?ايد|نميشه)"),
    "violence_at_home": (r"(منو|مرا|من را) (كتك )?(مي ?)?زن(ه|د|ند|ن)", r"كتكم (مي ?)?زن", r"(منو|مرا) (مي ?)?كش(ه|ن|د)"),
    "sexual_abuse": (r"تجاوز", r"ازار جنسي", r"(منو|مرا) لمس"),
    "sextortion": (r"اخاذي", r"عكس\w*\b.{0,60}\b(پخش|منتشر)", r"عكس\w*\s?(خصوصي|شخصي|لخت)\w*.{0,60}(پول|وگرنه)",
                   r"وگرنه (پخش|منتشر)"),
    "homeless_tonight": (r"جايي (براي )?(خواب|خوابيدن|موندن|ماندن)", r"امشب جايي (ندارم|نداريم)", r"(تو|در) خيابون (مي ?)?خواب",
                         r"از خونه (بيرون|انداخت)"),
    "eating_disorder": (r"چيزي نخوردم",),
    "other_emergency": (r"نفس (ن|نمي ?)كش", r"اورژانس", r"بيهوش"),
}
FA_POSSIBLE: Table = {
    "suicidal": (r"بميرم", r"خسته (شدم|ام) از زندگي"),
    "other_emergency": (r"كمكم كنيد|كمك كنيد", r"مي ?ترسم"),
}

# Context that softens a match in these languages, on the script's form (see bot.safety):
# a laugh, a topic (film, series, school project), a past event, one that is over, a figure
# of speech ("this maths will kill me", "mum will kill me if she sees my grades").
CALM_JOKE = (r"(haha|hehe|hihi|\blol\b|\bxd\b|lmao|rofl|\bjk\b|just kidding|хаха|ахах|\bлол\b|ههه|خخخ|😂|🤣|💀|😅|😆|"
             r"\bsaka\b|şaka|жарт|шутк)")
CALM_TOPIC = (r"\b(poem|class|lesson|project|documentary|movie|film|series|podcast|presentation|workshop|article|book|novel|essay|"
              r"homework|statistics|news|game|dizi\w*|film\w*|sunum\w*|proje\w*|odev\w*|kitap\w*|oyun\w*|haber\w*|belgesel\w*|"
              r"реферат\w*|фильм\w*|фільм\w*|сериал\w*|серіал\w*|презентац\w*|презентаці\w*|доклад\w*|доповід\w*|урок\w*|"
              r"книг\w*|книж\w*|игр[аеуы]\w*|новост\w*|новин\w*|статистик\w*|проект\w*)\b"
              r"|فيلم|مسلسل|بحث بال|مشروع|كتاب|لعبه|الاخبار|ارائه|سريال|پروژه|بازي")
CALM_TOPIC_WORDS = (r"(suicid\w*|self ?harm|domestic violence|intihar\w*|siddet\w*|суицид\w*|самоубийств\w*|самогубств\w*|суїцид\w*|"
                    r"насильств\w*|насильство\w*|انتحار|العنف|عنف|خودكشي|خشونت)")
CALM_PAST = (r"\b(used to|years ago|when i was|back then|in the past|eskiden|yillar once|cocukken|kucukken|bir zamanlar|"
             r"раньше|давно|в детстве|когда мне было|лет назад|колись|раніше|в дитинстві|років тому)\b"
             r"|زمان|قبل سنين|لما كنت صغير|سابقا|قبلا|سالها پيش|چند سال پيش|بچه بودم")
CALM_RESOLVED = (r"\b(fine (now|for)|been fine|better now|i m (ok|okay|fine|good)|doing (well|better|fine)|now i have|iyiyim|"
                 r"yillardir|artik iyi|всё хорошо|все хорошо|уже \d+|все добре|вже \d+)\b|منيح|الحمد ?لله|الان خوبم|خوبم")
CALM_HYPERBOLE = (r"\b(if|when|если|якщо|(gorur|ogrenir|duyar|bilir|bulur)(se|sa)|this (math\w*|maths|heat|test|exam|homework|job)|"
                  r"matematik|sinav\w*|ders\w*|sicak|математик\w*|жара|спека|экзамен\w*|іспит\w*|учеба|навчання)\b"
                  r"|اذا|لو |الرياضيات|الامتحان|الحر\b|اگه|اگر|رياضي|امتحان|گرما")


# Word stems and co-occurrences of how people say each danger, added after crisis set 6
# (colloquial endings, Levantine Arabic, colloquial Farsi, Russian/Ukrainian in Latin
# letters). Each table below extends the one of the same name above.
def _extend(table: Table, extra: Table) -> None:
    for kind, patterns in extra.items():
        table[kind] = table.get(kind, ()) + patterns


_extend(EN_CLEAR, {
    "suicidal": (r"\bhow (many|much)\b.{0,30}\b(paracetamol|tylenol|ibuprofen|pills|tablets|sleeping pills|panadol)\b.{0,30}\b(does it take|would it take|do i need|to take|is lethal)\b",),
})
_extend(EN_POSSIBLE, {
    "suicidal": (r"\b(not|never) (come|coming) back\b", r"\bgoodbye (message|messages|letter|note)s?\b", r"\bgave away (all )?my (stuff|things)\b",
                 r"\b(paracetamol|tylenol|sleeping pills)\b.{0,40}\b(how many|how much|enough)\b"),
    "self_harm": (r"\b(razor|blade)s?\b.{0,40}\b(again|arm|wrist|myself|hide)\b",),
    "sexual_abuse": (r"\b(keeps|kept|keep) coming (in)?to my (room|bed)\b", r"\bcomes? (in)?to my (room|bed)\b.{0,30}\b(night|when)\b",
                     r"\bat night\b.{0,30}\b(into|in) my (room|bed)\b", r"\btouch(es|ing)? me\b"),
    "violence_at_home": (r"\b(hits|beats|beating|hitting) (my )?(mum|mom|mother|sister|brother)\b", r"\bhiding (in|under)\b", r"\blocked (myself|ourselves|us) in\b"),
    "homeless_tonight": (r"\bnowhere to go\b", r"\b(kicked|threw|thrown) (me )?out\b.{0,60}\b(tonight|nowhere|station)\b"),
    "eating_disorder": (r"\bhaven ?t eaten\b", r"\b(faint\w*|passing out|passed out)\b.{0,60}\b(lose|weight|thinner)\b", r"\bstill want to lose\b"),
    "other_emergency": (r"\bfoam\w* (at|from) (the |his |her |my )?mouth\b", r"\bbreathing (weird\w*|strange\w*|funny|slow\w*|badly)\b",
                        r"\b(won ?t|doesn ?t|does not|not) wak(e|ing) up\b", r"\b(smell\w* (of |like )?gas|gas smell)\b"),
})

_extend(TR_CLEAR, {
    "violence_at_home": (r"\b(annemi|anami|kardesimi|beni|bizi) (yine |gene |hep |su an |simdi |her gun )?dov(uyo|er|du|mek)\w*",),
    "sexual_abuse": (r"\bbana dokun(uyo|du|mus)\w*",),
    "suicidal": (r"\b(hap|ilac)\w*\b.{0,50}\buyanma(mak|yayim|sam|mam|yacak)\w*", r"\bveda (mesaj|mektub)\w*"),
})
_extend(TR_POSSIBLE, {
    "violence_at_home": (r"\bdov(uyo|uyor|du|ecek|ucek|mus)\w*", r"\b(odaya|odama|banyoya|dolaba|tuvalete) (kilitlendi|saklandi|kapandi)\w*",
                         r"\b(kilitlendi|saklandi)(m|k)\b", r"\bsaklan(iyorum|iyoruz|iyom)\b"),
    "sexual_abuse": (r"\bkimseye (soyleme|deme|anlatma)\b", r"\bdokun(uyo|uyor|du|mus)\w*"),
    "homeless_tonight": (r"\bkov(du|dular|uldum|acak)\w*", r"\b(nerde|nerede|nereye) (kalicam|kalacagim|kalcam|yatacagim|yaticam|uyuyacagim|uyucam|gidecegim|gidicem)\b"),
    "eating_disorder": (r"\bkus(madan|uyorum|uyom|tum|turuyorum)\w*", r"\bbayil(dim|iyorum|acagim)\w*", r"\b(zayiflamak|kilo vermek) istiyorum\b",
                        r"\b(gundur|haftadir|haftadir) (bir sey |hicbir sey )?yemiyorum\b"),
    "other_emergency": (r"\buyan(miyo|miyor|madi)\w*", r"\bnefes\w* (de )?(garip|tuhaf|yavas|zor|kesik)\b", r"\bgaz (kokusu|kokuyor)\b"),
    "self_harm": (r"\b(tig|tigla|jiletle|jileti)\b",),
})

_extend(TRANSLIT_CLEAR["ru"], {
    "violence_at_home": (r"\b(b'?yot|bjot|byot|b'?yut|bjut|izbivaet)\b.{0,30}\b(kogda|menya|mamu|nas)\b",),
    "homeless_tonight": (r"\bnochevat\w* negde\b", r"\bvygnal\w*\b.{0,40}\b(vokzal\w*|negde|nekuda)\b"),
    "self_harm": (r"\brezhus\b",),
    "suicidal": (r"\bne (hochu|khochu) (bolshe )?zhit\b",),
})
_extend(TRANSLIT_CLEAR["uk"], {
    "violence_at_home": (r"\b(vbje|b'?ye|bje|b'?ie|vb'?ye) (mene|mamu|nas)\b", r"\b(byv|bv) (remenem|remnem)\b", r"\bboyus (ity|yty|iti) dodomu\b"),
    "homeless_tonight": (r"\bnema (kudy|kudi) (ity|yty|iti|pity)\b",),
})
TRANSLIT_CLEAR["fa"] = {
    "suicidal": (r"\bkhod ?koshi\w*", r"\bmikham bemiram\b", r"\bnemikham zende\b"),
    "self_harm": (r"\bdastamo boridam\b",),
}

_extend(RU_CLEAR, {
    "self_harm": (r"\bрежусь\b", r"\bпорезал(а)?сь\b(?! (о|об|бумаг))"),
    "suicidal": (r"\bустал(а)? жить\b", r"\bпрощальн\w*\b.{0,40}\b(всем|письм\w*|сообщени\w*|записк\w*)\b|\b(написал|написала)\b.{0,20}\bпрощальн\w*"),
})
_extend(RU_POSSIBLE, {
    "suicidal": (r"\bпрощальн\w*", r"\bменя (уже |больше )?не будет\b", r"\bтаблет\w*\b.{0,50}\bне проснуться\b"),
    "violence_at_home": (r"\bбьет\b", r"\bбьют\b", r"\b(спрятал(ась|ся|ись)|прячусь|прячемся|заперл(ась|ся|ись))\b"),
    "homeless_tonight": (r"\bвыгнал\w*", r"\b(на вокзале|ночевать)\b"),
    "sexual_abuse": (r"\bприста[её]т\b", r"\bпристава\w*", r"\bлезет (ко мне|ночью)\b"),
    "eating_disorder": (r"\bне ем\b", r"\bобморок\w*", r"\bпохудеть\b.{0,20}\b(еще|больше)\b|\b(еще|больше)\b.{0,20}\bпохудеть\b"),
    "other_emergency": (r"\bдышит (странно|плохо|тяжело|еле|хрипло)\b", r"\bне (просыпается|приходит в себя)\b", r"\b(пахнет газом|запах газа)\b",
                        r"\bвыпил(а)?\b.{0,30}\bтаблет\w*\b.{0,40}\b(не отвечает|не просыпается|дышит)"),
})
_extend(UK_CLEAR, {
    "suicidal": (r"\b(щоб|аби) (більше )?не прокину\w*", r"\bвтомив(ся|ась) жити\b"),
    "violence_at_home": (r"\bб" + _AP + r"є (маму|мене|нас|сестру|брата|мою|мого)\b",),
    "homeless_tonight": (r"\bнема(є)? куди (йти|піти)\b",),
    "sexual_abuse": (r"\bліз(е|уть) до мене\b",),
})
_extend(UK_POSSIBLE, {
    "violence_at_home": (r"\bб" + _AP + r"(є|ють)\b", r"\bсхова(лась|вся|лися|лись|юсь|ємось)\b", r"\bзамкн(улась|увся|улися)\b"),
    "homeless_tonight": (r"\bвигнал\w*", r"\bна вокзалі\b", r"\bнема(є)? куди\b"),
    "sexual_abuse": (r"\bліз(е|уть)\b", r"\bчіпляється\b", r"\bприста[єе]\b"),
    "eating_disorder": (r"\bне їм\b", r"\bобморок\w*|\bнепритом\w*", r"\bсхуднути\b"),
    "other_emergency": (r"\bдихає (дивно|погано|важко|ледве)\b", r"\bне (прокидається|відповідає)\b", r"\b(пахне газом|запах газу)\b"),
    "suicidal": (r"\bпрощальн\w*", r"\bмене (вже |більше )?не буде\b"),
})

_extend(AR_CLEAR, {
    "suicidal": (r"(ا|اريد ان ا|بدي ا?|حابب ا?)?خلص من حياتي", r"(حبوب|حبات|قرص|اقراص|حبه)\b.{0,40}(ما (ا|بـ?)?صحى|ما اصحى|ما اقوم|لا استيقظ)"),
    "self_harm": (r"(جرح|بجرح|عم جرح) (نفسي|حالي|روحي)",),
    "sexual_abuse": (r"(بي|عم ي|ب)لمسني", r"(بي|عم ي)تحرش"),
})
_extend(AR_POSSIBLE, {
    "suicidal": (r"ما عاد فيني (كمل|اكمل|اتحمل)", r"رساله وداع|رسائل وداع"),
    "self_harm": (r"بالموس|بالشفره|موس حلاقه|شفره",),
    "violence_at_home": (r"(بي|عم ي|ي|بت|عم ت)ضرب (امي|ماما|اختي|اخوي|اخي|نا|امنا)", r"(مخبي|مختبي|مخبايه|مختبيه|تخبيت|تخبينا|اختبات|اختبينا)"),
    "homeless_tonight": (r"(طردني|طردوني|طردتني|كبني|كبوني|كبتني)", r"ما (عندي|الي|في) (وين|مكان) (نام|انام|روح)"),
    "eating_disorder": (r"ما (اكلت|كليت)", r"(بدي|اريد|حابب\w*|نفسي) (ا)?(نحف|خس)", r"(بيغمى|يغمى|اغمي|اغمى|غمي) علي"),
    "other_emergency": (r"(ريحه|رائحه) (ال)?غاز", r"ما (حدا|حد) صاحي|(ما|مش) (عم )?(بي|ي)صحى|لا يستيقظ", r"(نفسه|تنفسه) (غريب|تقيل|ضعيف)"),
})
_extend(FA_CLEAR, {
    "suicidal": (r"(ديگه )?بيدار نشم", r"(چند تا|چندتا) (قرص|ق?رص)\b.{0,40}(بميرم|بيدار نشم)"),
    "self_harm": (r"با (تيغ|چاقو) (ب)?(بريدم|مي ?برم)", r"خون\w* بند (نمياد|نميشه|نمي ?ايد)"),
    "violence_at_home": (r"(مامانمو|مادرمو|خواهرمو|برادرمو|مارو|ما رو|منو) (داره )?(مي ?)?زن(ه|ن)",),
    "sexual_abuse": (r"(بهم|به من) دست (مي ?)?زن",),
})
_extend(FA_POSSIBLE, {
    "self_harm": (r"تيغ",),
    "violence_at_home": (r"داره \w+ (مي ?)?زنه", r"قايم (شدم|شديم|شدن|شده)"),
    "sexual_abuse": (r"به (هيچكي|هيچكس|كسي) نگو",),
    "eating_disorder": (r"هيچي نخوردم", r"لاغر(تر)? (ب)?شم", r"سرم گيج"),
    "homeless_tonight": (r"(بيرونم كرد|بيرونم كردن|از خونه انداخت)", r"جايي ندارم"),
    "other_emergency": (r"بوي گاز", r"بيدار نميشه|به هوش نمياد", r"نفس\w* (عجيب|سخت)"),
    "suicidal": (r"خداحافظي", r"بيدار نشم"),
})
