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
                   r"\bsextortion\b", r"\b(post|share|send) my (nudes|pictures|photos|pics)\b"),
    "suicidal": (r"\b(want|wanna|going) to die\b", r"\bkill(ing)? myself\b", r"\bend(ing)? (my life|it all|it tonight)\b",
                 r"\bending it\b", r"\btake my (own )?life\b", r"\bdon ?t want to (live|be alive)\b",
                 r"\bno reason to live\b", r"\bbetter off without me\b", r"\bhang myself\b",
                 r"\b(going to|gonna|will) (jump|overdose)\b", r"\bsuicid\w*\b"),
    "self_harm": (r"\bcut(ting)? myself\b", r"\bcutting again\b", r"\bself ?harm\w*\b", r"\b(hurt|hurting|burn|burning|burned) myself\b",
                  r"\brelapsed\b"),
    "sexual_abuse": (r"\braped?\b", r"\bsexually (abused|assaulted)\b", r"\b(touches|touched|groped|molest\w*) me\b",
                     r"\bforced me\b", r"\b(spiked|something in) my drink\b"),
    "violence_at_home": (r"\b(hits|beats|hurts|chokes|kicks|hitting|beating) (me|my mom|my mother|us)\b",
                         r"\b(hit|beat|choked|strangled) me\b", r"\b(going to|gonna|will|wants to|threaten\w* to) kill me\b",
                         r"\bhome is not safe\b", r"\bafraid to go home\b", r"\bforced marriage\b", r"\blocked me (in|up)\b"),
    "homeless_tonight": (r"\bnowhere to (sleep|stay|go) tonight\b", r"\bnowhere to sleep\b", r"\bkicked out\b",
                         r"\b(sleep|sleeping) (on the street|outside|rough|in the park)\b", r"\bno place to (sleep|stay)\b",
                         r"\bthrown out\b.{0,40}\btonight\b"),
    "eating_disorder": (r"\bhaven ?t eaten (in|for) \w+ days\b", r"\b(throw|throwing) up on purpose\b",
                        r"\bstarv(e|ing) myself\b", r"\bmake myself (throw up|vomit|sick)\b"),
    "other_emergency": (r"\boverdos\w*\b", r"\bcan ?t breathe\b", r"\bnot breathing\b", r"\bunconscious\b",
                        r"\bwon ?t wake up\b", r"\bfollowing me\b", r"\bhas a (gun|knife)\b", r"\bshoot (everyone|up)\b"),
}
EN_POSSIBLE: Table = {
    "suicidal": (r"\bi ?m done\b", r"\bcan ?t (do this|take (it|this)) anymore\b", r"\bjust want it to stop\b",
                 r"\bno way out\b", r"\bhopeless\b", r"\bnobody would miss me\b", r"\bi hate my life\b"),
    "violence_at_home": (r"\bafraid of (my|him|her)\b", r"\bscared of (my|him|her)\b"),
}

TR_CLEAR: Table = {
    "suicidal": (r"\bolmek istiyorum\b", r"\bkendimi (oldurecegim|oldurmek|olduruyorum|oldurucem|asacagim|asmak)\b",
                 r"\bintihar\w*\b", r"\b(artik )?yasamak istemiyorum\b", r"\bcanima kiy\w*\b", r"\bhayatima son ver\w*\b",
                 r"\b(kopruden|cattan|binadan) atla\w*\b", r"\bhaplar\w* (ictim|icecegim|yuttum)\b"),
    "self_harm": (r"\bkendime zarar (veriyorum|verdim|vermek|verecegim)\b", r"\bkendimi (kesiyorum|kestim|keserim)\b",
                  r"\b(kolumu|kollarimi|bilegimi) kes\w*\b", r"\bjilet\w*\b"),
    "violence_at_home": (r"\bbeni (dovuyor\w*|dovdu\w*|doverse|doviyor\w*)\b", r"\bbeni oldur(ecek|ecekler|mekle)\b",
                         r"\b(evde|bana) siddet\b", r"\bbeni tehdit ediyor\w*\b", r"\bzorla evlendir\w*\b"),
    "sexual_abuse": (r"\btecavuz\w*\b", r"\b(cinsel )?taciz\w*\b", r"\bbana dokunuyor\w*\b", r"\bbana dokundu\b"),
    "sextortion": (r"\bsantaj\w*\b", r"\b(ciplak|mustehcen) (fotograf|resim|video)\w*\b"),
    "homeless_tonight": (r"\b(bu gece )?(kalacak|uyuyacak) (yerim|bir yerim) yok\b", r"\bsokakta (kaliyorum|uyuyorum|uyuyacagim|kaldim|yatiyorum)\b",
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
                 r"\b(спрыгну|прыгну) с\b", r"\bнаглотаюсь\b", r"\bвыпил(а)? (все )?таблетки\b", r"\bлучше бы я умер(ла)?\b"),
    "self_harm": (r"\bрежу (себя|руки)\b", r"\bпорезал(а)? (себя|руки|себе)\b", r"\b(резать|вскрыть|вскрою) вены\b",
                  r"\bпричиняю себе боль\b", r"\bселф ?харм\w*\b"),
    "violence_at_home": (r"\bбь[её]т меня\b", r"\bменя (бь[её]т|бьют|избил\w*|избивает|избивают)\b", r"\bбьют меня\b",
                         r"\bизбил(а|и)? меня\b", r"\bубь[её]т меня\b", r"\b(грозит|угрожает|обещал) убить\b", r"\bдушил\w* меня\b"),
    "sexual_abuse": (r"\bизнасил\w*\b", r"\bдомога\w*\b", r"\b(трогает|трогал|лапает|лапал) меня\b", r"\bзаставляет меня\b"),
    "sextortion": (r"\bшантаж\w*\b", r"\b(интимн\w*|голы\w*) (фото|фотки|снимки|видео)\b"),
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
                 r"\bстрибну з\b", r"\bнаковтаюсь\b", r"\bвипил(а)? (всі )?таблетки\b", r"\bкраще б я помер(ла)?\b"),
    "self_harm": (r"\bріжу (себе|руки)\b", r"\bпорізал(а)? (себе|руки)\b", r"\bзавдаю собі болю\b", r"\bселф ?харм\w*\b"),
    "violence_at_home": (r"\bб" + _AP + r"є мене\b", r"\bмене (б" + _AP + r"є|б" + _AP + r"ють|побив\w*)\b",
                         r"\bпобив(ла|ли)? мене\b", r"\bвб" + _AP + r"є мене\b", r"\bпогрожує (вбити|мене вбити)\b"),
    "sexual_abuse": (r"\bзгвалтув\w*\b", r"\bдомага\w*\b", r"\b(чіпає|чіпав|лапає) мене\b"),
    "sextortion": (r"\bшантаж\w*\b", r"\b(інтимн\w*|голі) (фото|світлини|відео)\b"),
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
    "suicidal": (r"(اريد|بدي|ابغي|عايز|عايزه|عاوز|عاوزه|حابب|نفسي) (ان )?اموت", r"(ا|سا|راح ا|رح ا|ب|ح)قتل نفسي",
                 r"انتحر|انتحار", r"(لا اريد|ما بدي|مش عايزه?|مش عاوزه?|ما ابغي|ما عاد بدي) (ان )?اعيش", r"(انهاء|انهي) حياتي"),
    "self_harm": (r"(اجرح|جرحت|اوذي|ايذاء|اذيت|بجرح) نفسي", r"(اقطع|قطعت|اجرح|جرحت) (يدي|ايدي|جسمي|شراييني)"),
    "violence_at_home": (r"\b(ي|بي|ت|بت|عم ي)?ضرب(ني|وني)\b", r"\b(ي|سي|بي|ح|راح ي)قتل(ني|وني)\b", r"يهددني بالقتل",
                         r"يعنفني|عنف اسري"),
    "sexual_abuse": (r"اغتصب|اغتصاب", r"يتحرش بي|تحرش بي|تحرش جنسي", r"يلمسني|لمسني"),
    "sextortion": (r"يبتزني|ابتزاز|يبتزوني",),
    "homeless_tonight": (r"مكان (انام|للنوم|ابات|انام فيه)", r"(انام|نايم|نايمه|نمت|سانام) (في|ب)ال?شارع",
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
    "self_harm": (r"به خودم (اسيب|صدمه)", r"رگ(مو| خودمو| دستمو)? (زدم|مي ?زنم|بزنم)", r"خودمو زخمي"),
    "violence_at_home": (r"(منو|مرا|من را) (كتك )?(مي ?)?زن(ه|د|ند|ن)", r"كتكم (مي ?)?زن", r"(منو|مرا) (مي ?)?كش(ه|ن|د)"),
    "sexual_abuse": (r"تجاوز", r"ازار جنسي", r"(منو|مرا) لمس"),
    "sextortion": (r"اخاذي", r"عكس\w*\b.{0,30}\b(پخش|منتشر)"),
    "homeless_tonight": (r"جايي (براي )?(خواب|خوابيدن|موندن|ماندن)", r"امشب جايي (ندارم|نداريم)", r"(تو|در) خيابون (مي ?)?خواب",
                         r"از خونه (بيرون|انداخت)"),
    "eating_disorder": (r"چيزي نخوردم",),
    "other_emergency": (r"نفس (ن|نمي ?)كش", r"اورژانس", r"بيهوش"),
}
FA_POSSIBLE: Table = {
    "suicidal": (r"بميرم", r"خسته (شدم|ام) از زندگي"),
    "other_emergency": (r"كمكم كنيد|كمك كنيد", r"مي ?ترسم"),
}
