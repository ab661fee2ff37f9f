"""Words for occupations, school qualifications and languages in English, Russian, Ukrainian,
Turkish, Arabic and Dari/Farsi, mapped to the values the German data uses.

Occupations map to a folded BA title ("koch") or an occupational field ("feld kfz", see
matching/internships/fields.py), so the routing reads "aşçı", "механіком" or "nurse" as it
reads "Koch", "Kfz-Mechatroniker" or "Pflege". Keys are folded (`matching.text.fold`) and,
for Cyrillic, Arabic and Turkish, stems: `find_words` lets an inflected word ("механіком",
"aşçılık", "الميكانيكي") match its stem.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

OCCUPATIONS: dict[str, str] = {
    # English
    "car mechanic": "feld kfz", "mechanic": "feld kfz", "auto mechanic": "feld kfz",
    "mechatronics": "mechatroniker", "cook": "koch", "nurse": "feld pflege",
    "nursing": "feld pflege", "caregiver": "feld pflege", "care worker": "feld pflege",
    "elderly care": "feld pflege", "electrician": "elektroniker", "hairdresser": "friseur",
    "barber": "friseur", "carpenter": "tischler", "joiner": "tischler", "painter": "maler und lackierer",
    "plumber": "anlagenmechaniker", "welder": "metallbauer", "programmer": "fachinformatiker",
    "software developer": "fachinformatiker", "developer": "fachinformatiker",
    "baker": "baecker", "pastry chef": "konditor", "salesperson": "verkaeufer",
    "shop assistant": "verkaeufer", "retail": "feld handel", "cashier": "verkaeufer",
    "truck driver": "berufskraftfahrer", "bus driver": "berufskraftfahrer",
    "warehouse": "fachlagerist", "logistics": "feld logistik",
    "police officer": "polizeivollzugsbeamter", "policeman": "polizeivollzugsbeamter",
    "firefighter": "feuerwehrmann", "gardener": "gaertner", "tailor": "schneider",
    "photographer": "fotograf", "kindergarten teacher": "erzieher", "childcare": "erzieher",
    "educator": "erzieher", "dental assistant": "zahnmedizinischer fachangestellter",
    "medical assistant": "medizinischer fachangestellter", "bricklayer": "maurer",
    "construction": "feld bau", "accountant": "steuerfachangestellter", "waiter": "restaurantfachmann",
    "butcher": "fleischer", "florist": "florist", "designer": "feld kunst",
    "media designer": "mediengestalter", "roofer": "dachdecker", "beautician": "kosmetiker",
    "zookeeper": "tierpfleger", "animal keeper": "tierpfleger",
    "office clerk": "kaufmann fuer bueromanagement",
    "industrial mechanic": "industriemechaniker", "industrial mechanics": "industriemechaniker",
    "car mechatronics": "feld kfz", "retail salesman": "verkaeufer", "sales assistant": "verkaeufer",
    "fire brigade": "feuerwehrmann", "healthcare": "feld gesundheit", "media": "feld medien",
    "it specialist": "fachinformatiker", "hotel work": "hotelfachmann", "geriatric care": "feld pflege",
    # Russian (stems)
    "автомеханик": "feld kfz", "механик": "feld kfz", "автослесар": "feld kfz",
    "мехатроник": "mechatroniker", "повар": "koch", "медсестр": "feld pflege", "медбрат": "feld pflege",
    "сиделк": "feld pflege", "электрик": "elektroniker", "электроник": "elektroniker",
    "парикмахер": "friseur", "столяр": "tischler", "плотник": "tischler", "маляр": "maler und lackierer",
    "сантехник": "anlagenmechaniker", "сварщик": "metallbauer", "программист": "fachinformatiker",
    "айтишник": "fachinformatiker", "пекар": "baecker", "кондитер": "konditor",
    "продавец": "verkaeufer", "продавщиц": "verkaeufer", "продавц": "verkaeufer", "кассир": "verkaeufer",
    "водител": "berufskraftfahrer", "шофер": "berufskraftfahrer", "кладовщик": "fachlagerist",
    "логист": "feld logistik", "полицейск": "polizeivollzugsbeamter", "полици": "polizeivollzugsbeamter",
    "пожарн": "feuerwehrmann", "садовник": "gaertner", "портн": "schneider", "швея": "schneider",
    "фотограф": "fotograf", "воспитател": "erzieher", "бухгалтер": "steuerfachangestellter",
    "официант": "restaurantfachmann", "строител": "feld bau", "каменщик": "maurer",
    "дизайнер": "feld kunst", "мясник": "fleischer", "флорист": "florist",
    # Ukrainian (stems)
    "автомеханік": "feld kfz", "механік": "feld kfz", "мехатронік": "mechatroniker",
    "кухар": "koch", "доглядальн": "feld pflege",
    "електрик": "elektroniker", "електронік": "elektroniker", "перукар": "friseur",
    "тесляр": "tischler", "сантехнік": "anlagenmechaniker", "зварювальник": "metallbauer",
    "зварник": "metallbauer",
    "програміст": "fachinformatiker", "айтішник": "fachinformatiker", "айті": "feld it",
    "продавч": "verkaeufer", "касир": "verkaeufer", "водій": "berufskraftfahrer",
    "водія": "berufskraftfahrer",
    "водієм": "berufskraftfahrer", "комірник": "fachlagerist", "логіст": "feld logistik",
    "поліці": "polizeivollzugsbeamter", "пожежн": "feuerwehrmann", "садівник": "gaertner",
    "кравец": "schneider", "кравчин": "schneider", "швачк": "schneider", "вихователь": "erzieher",
    "виховател": "erzieher", "офіціант": "restaurantfachmann",
    "будівельник": "feld bau", "муляр": "maurer", 
    # Turkish (stems; also without Turkish letters, as fold leaves ş/ç/ı/ğ)
    "aşçı": "koch", "asci": "koch", "ahçı": "koch", "ahci": "koch", "oto tamirci": "feld kfz",
    "araba tamircisi": "feld kfz", "tamirci": "feld kfz", "oto mekanik": "feld kfz",
    "mekanik": "feld kfz", "mekaniker": "feld kfz", "hemşire": "feld pflege", "hemsire": "feld pflege",
    "bakıcı": "feld pflege", "bakici": "feld pflege", "hasta bakım": "feld pflege",
    "yaşlı bakım": "feld pflege", "elektrikçi": "elektroniker", "elektrikci": "elektroniker",
    "kuaför": "friseur", "kuafoer": "friseur", "kuafor": "friseur", "berber": "friseur",
    "marangoz": "tischler", "boyacı": "maler und lackierer", "boyaci": "maler und lackierer",
    "tesisatçı": "anlagenmechaniker", "tesisatci": "anlagenmechaniker", "kaynakçı": "metallbauer",
    "kaynakci": "metallbauer", "programcı": "fachinformatiker", "programci": "fachinformatiker",
    "yazılımcı": "fachinformatiker", "yazilimci": "fachinformatiker", "bilgisayar": "feld it",
    "fırıncı": "baecker", "firinci": "baecker", "pastacı": "konditor", "pastaci": "konditor",
    "satış": "feld handel", "satis": "feld handel", "satıcı": "verkaeufer", "satici": "verkaeufer",
    "kasiyer": "verkaeufer", "şoför": "berufskraftfahrer", "sofor": "berufskraftfahrer",
    "şofoer": "berufskraftfahrer", "depo": "fachlagerist", "lojistik": "feld logistik",
    "polis": "polizeivollzugsbeamter", "itfaiye": "feuerwehrmann", "bahçıvan": "gaertner",
    "bahcivan": "gaertner", "terzi": "schneider", "fotoğrafçı": "fotograf", "fotografci": "fotograf",
    "çocuk bakım": "erzieher", "cocuk bakim": "erzieher", "anaokulu": "erzieher",
    "muhasebe": "steuerfachangestellter", "garson": "restaurantfachmann", "inşaat": "feld bau",
    "insaat": "feld bau", "duvarcı": "maurer", "duvarci": "maurer", "tasarım": "feld kunst",
    "kasap": "fleischer", "çiçekçi": "florist", "cicekci": "florist",
    # Arabic (stems; the article and prefixes are stripped before the lookup)
    "ميكانيك": "feld kfz", "ميكانيكي": "feld kfz", "ميكانيكا": "feld kfz", "تصليح سيارات": "feld kfz",
    "طباخ": "koch", "طبخ": "koch", "شيف": "koch", "ممرض": "feld pflege", "تمريض": "feld pflege",
    "كهربائي": "elektroniker", "كهربجي": "elektroniker", "كهربا": "elektroniker",
    "كهرباء": "elektroniker", "حلاق": "friseur", "كوافير": "friseur", "نجار": "tischler",
    "نجارة": "tischler", "دهان": "maler und lackierer", "سباك": "anlagenmechaniker",
    "لحام": "metallbauer", "حداد": "metallbauer", "مبرمج": "fachinformatiker", "برمجة": "fachinformatiker",
    "كمبيوتر": "feld it", "خباز": "baecker", "حلواني": "konditor", "حلويات": "konditor",
    "بائع": "verkaeufer", "مبيعات": "feld handel", "سائق": "berufskraftfahrer", "شوفير": "berufskraftfahrer",
    "مستودع": "fachlagerist", "شرطة": "polizeivollzugsbeamter", "شرطي": "polizeivollzugsbeamter",
    "بوليس": "polizeivollzugsbeamter", "اطفاء": "feuerwehrmann", "إطفاء": "feuerwehrmann",
    "مزارع": "gaertner", "بستاني": "gaertner", "خياط": "schneider", "مصور": "fotograf",
    "مربي": "erzieher", "مربية": "erzieher", "روضة": "erzieher", "محاسب": "steuerfachangestellter",
    "نادل": "restaurantfachmann", "بناء": "feld bau", "عمار": "feld bau", "مصمم": "feld kunst",
    "تصميم": "feld kunst", "جزار": "fleischer", "لحام لحوم": "fleischer",
    "ميكانيك السيارات": "feld kfz", "ميكانيكي سيارات": "feld kfz", "فني سيارات": "feld kfz",
    "تصليح السيارات": "feld kfz", "مربية أطفال": "erzieher", "مربية اطفال": "erzieher",
    "مربي أطفال": "erzieher", "مربي اطفال": "erzieher", "فني كهرباء": "elektroniker",
    "مصفف شعر": "friseur", "مصففة شعر": "friseur", "حلاقة": "friseur", "كوافيرة": "friseur",
    "مساعد طبيب": "medizinischer fachangestellter", "مساعدة طبيب": "medizinischer fachangestellter",
    "مساعدة طبيب اسنان": "zahnmedizinischer fachangestellter",
    "مساعد طبيب اسنان": "zahnmedizinischer fachangestellter", "رعاية المسنين": "feld pflege",
    "رعاية كبار السن": "feld pflege", "سواق": "berufskraftfahrer", "سائق شاحنة": "berufskraftfahrer",
    "بياع": "verkaeufer", "بائعة": "verkaeufer", "اطفائي": "feuerwehrmann", "إطفائي": "feuerwehrmann",
    "مبرمجة": "fachinformatiker", "مصففة": "friseur", "لوجستيك": "feld logistik",
    "طبيب اسنان": "zahnmedizinischer fachangestellter",
    "طبيب أسنان": "zahnmedizinischer fachangestellter", "mbarmej": "fachinformatiker",
    "mobarmej": "fachinformatiker", "7allae": "friseur",
    "7ala2": "friseur", "sawwa2": "berufskraftfahrer", "kahrabje": "elektroniker",
    "mikaniki": "feld kfz", "mekaniki": "feld kfz", "mechaniki": "feld kfz", "tabbakh": "koch",
    "tabakh": "koch", "tamrid": "feld pflege", "mumarid": "feld pflege", "momarred": "feld pflege",
    "kahraba": "elektroniker", "kahrabji": "elektroniker", "kahrabaei": "elektroniker",
    "hallaq": "friseur", "7allaq": "friseur", "7alla2": "friseur", "najjar": "tischler",
    "naggar": "tischler", "barmaja": "fachinformatiker", "mubarmij": "fachinformatiker",
    "khabbaz": "baecker", "sa2e2": "berufskraftfahrer", "bolis": "polizeivollzugsbeamter",
    "shorta": "polizeivollzugsbeamter", "khayyat": "schneider",
    # Dari/Farsi (Persian ی/ک as written; fold keeps them)
    "مکانیک": "feld kfz", "مکانیکی": "feld kfz", "آشپز": "koch", "اشپز": "koch", "آشپزی": "koch",
    "پرستار": "feld pflege", "پرستاری": "feld pflege", "برقکار": "elektroniker",
    "برق کار": "elektroniker", "برق‌کار": "elektroniker", "برق": "feld elektro",
    "آرایشگر": "friseur", "ارایشگر": "friseur", "سلمانی": "friseur", "نجاری": "tischler",
    "نقاش ساختمان": "maler und lackierer", "لوله کش": "anlagenmechaniker",
    "لوله‌کش": "anlagenmechaniker", "جوشکار": "metallbauer", "برنامه نویس": "fachinformatiker",
    "برنامه‌نویس": "fachinformatiker", "کامپیوتر": "feld it", "نانوا": "baecker",
    "قناد": "konditor", "شیرینی پز": "konditor", "فروشنده": "verkaeufer", "فروش": "feld handel",
    "راننده": "berufskraftfahrer", "انبار": "fachlagerist", "پلیس": "polizeivollzugsbeamter",
    "آتش نشان": "feuerwehrmann", "آتش‌نشان": "feuerwehrmann", "باغبان": "gaertner",
    "خیاط": "schneider", "عکاس": "fotograf", "مربی کودک": "erzieher", "مهدکودک": "erzieher",
    "مهد کودک": "erzieher", "حسابدار": "steuerfachangestellter", "گارسون": "restaurantfachmann",
    "بنا": "maurer", "ساختمان": "feld bau", "طراح": "feld kunst", "قصاب": "fleischer",
    "mechanik": "feld kfz", "ashpaz": "koch", "aashpaz": "koch", "parastar": "feld pflege",
    "parastari": "feld pflege", "barghkar": "elektroniker", "barghi": "elektroniker",
    "arayeshgar": "friseur", "najar": "tischler", "ranande": "berufskraftfahrer",
    "foroshande": "verkaeufer", "naanva": "baecker", "khayat": "schneider",
    # more Dari/Farsi: the trade as an activity ("رانندگی", "انبارداری"), Finglish spellings
    "مربی مهدکودک": "erzieher", "مربی مهد کودک": "erzieher", "رانندگی": "berufskraftfahrer",
    "فروشندگی": "verkaeufer", "انباردار": "fachlagerist",
    "انبارداری": "fachlagerist", "نقاشی ساختمان": "maler und lackierer", "لوله کشی": "anlagenmechaniker",
    "برقکاری": "elektroniker", "آرایشگری": "friseur", "ارایشگری": "friseur", "نانوایی": "baecker",
    "ashpazi": "koch", "arayeshgari": "friseur",
    "barghkari": "elektroniker", "najari": "tischler", "najjari": "tischler",
    "khayati": "schneider", "ranandegi": "berufskraftfahrer",
    "anbardar": "fachlagerist", "anbardari": "fachlagerist", "nanva": "baecker",
    "nanvayi": "baecker", "ghanad": "konditor", "ghanadi": "konditor",
    "foroshandegi": "verkaeufer", "baghban": "gaertner", "baghbani": "gaertner",
    "akas": "fotograf", "akasi": "fotograf", "hesabdar": "steuerfachangestellter",
    "hesabdari": "steuerfachangestellter", "joshkar": "metallbauer", "jooshkar": "metallbauer",
}
# "something with animals" in the six languages: occupational fields (FIELDS in occupations.py)
FIELD_WORDS: dict[str, str] = {
    "animals": "tiere", "children": "kinder", "kids": "kinder", "people": "menschen",
    "computers": "it", "cars": "kfz", "wood": "holz", "food": "gastronomie", "fashion": "mode",
    "тварин": "tiere", "животн": "tiere", "дітьми": "kinder", "детьми": "kinder", "машин": "kfz",
    "комп'ютер": "it", "компьютер": "it", "людьми": "menschen",
    "hayvan": "tiere", "çocuk": "kinder", "cocuk": "kinder", "araba": "kfz",
    "الحيوانات": "tiere", "حيوانات": "tiere", "الأطفال": "kinder", "الاطفال": "kinder",
    "اطفال": "kinder", "السيارات": "kfz", "سيارات": "kfz", "7ayawanat": "tiere",
    "حیوانات": "tiere", "بچه ها": "kinder", "بچه‌ها": "kinder", "ماشین": "kfz",
    "حیوونا": "tiere", "heyvanat": "tiere", "heyvoona": "tiere", "bache ha": "kinder",
    "bachaha": "kinder",
    # computers, an office, a hospital or pharmacy, cooking, selling, building (L2 conversations:
    # "щось з комп'ютерами" – the apostrophe folds to a space –, "büroda çalışmak", "в больницу")
    "комп": "it", "компютер": "it", "пк": "it", "bilgisayar": "it", "كمبيوتر": "it",
    "الكمبيوتر": "it", "كومبيوتر": "it", "الحاسوب": "it", "حاسوب": "it", "کامپیوتر": "it",
    "kampyuter": "it", "computer": "it", "komputer": "it", "it": "it",
    "офіс": "buero", "офис": "buero", "офисе": "buero", "buero": "buero", "ofis": "buero",
    "office": "buero", "مكتب": "buero", "المكتب": "buero", "دفتر": "buero", "اداره": "buero",
    "лікарн": "gesundheit", "больниц": "gesundheit", "аптек": "gesundheit", "hastane": "gesundheit",
    "eczane": "gesundheit", "hospital": "gesundheit", "pharmacy": "gesundheit",
    "مستشفى": "gesundheit", "المستشفى": "gesundheit", "صيدليه": "gesundheit",
    "الصيدليه": "gesundheit", "بیمارستان": "gesundheit", "داروخانه": "gesundheit",
    "кухн": "gastronomie", "mutfak": "gastronomie", "kitchen": "gastronomie",
    "المطبخ": "gastronomie", "مطبخ": "gastronomie", "آشپزخانه": "gastronomie",
    "магазин": "handel", "magaza": "handel", "mağaza": "handel", "shop": "handel",
    "стройк": "bau", "будівництв": "bau", "строительств": "bau", "insaat": "bau", "inşaat": "bau",
}
# Russian and Ukrainian occupations and fields typed in Latin letters ("mekhatronik abo shchos z
# mashynamy", blind set L26: after the offers it pointed to the first service shown)
OCCUPATIONS.update({
    "mekhatronik": "mechatroniker", "mechatronik": "mechatroniker", "mekhatronic": "mechatroniker",
    "avtomekhanik": "feld kfz", "avtomekhanyk": "feld kfz", "mekhanik": "feld kfz", "mekhanyk": "feld kfz",
    "elektrik": "elektroniker", "elektryk": "elektroniker", "povar": "koch", "povarom": "koch",
    "kukhar": "koch", "kukharem": "koch", "programist": "fachinformatiker", "prohramist": "fachinformatiker",
    "prodavets": "verkaeufer", "prodavtsom": "verkaeufer", "prodavchynia": "verkaeufer",
    "voditel": "berufskraftfahrer", "voditelem": "berufskraftfahrer", "vodii": "berufskraftfahrer",
    "parikmakher": "friseur", "perukar": "friseur", "perukarem": "friseur", "stolyar": "tischler",
    "stoliar": "tischler", "malyar": "maler und lackierer", "maliar": "maler und lackierer",
    "santekhnik": "anlagenmechaniker", "santekhnyk": "anlagenmechaniker", "svarshchik": "metallbauer",
    "zvarnyk": "metallbauer", "medsestra": "feld pflege", "medsestroi": "feld pflege",
    "medsestroy": "feld pflege", "logist": "feld logistik", "kladovshchik": "fachlagerist",
})
FIELD_WORDS.update({
    "mashynamy": "kfz", "mashinami": "kfz", "mashynamu": "kfz", "mashyny": "kfz", "mashiny": "kfz",
    "avtomobiliamy": "kfz", "avtomobilyami": "kfz", "tvarynamy": "tiere", "zhyvotnymy": "tiere",
    "zhivotnymi": "tiere", "ditmy": "kinder", "detmi": "kinder", "kompiuteramy": "it",
    "kompyuterami": "it", "kompiuteramu": "it", "liudmy": "menschen", "lyudmi": "menschen",
})
QUALIFICATIONS: dict[str, str] = {
    "no school certificate": "none", "no school leaving certificate": "none",
    "no qualification": "none", "no diploma": "none", "without a diploma": "none",
    "no degree": "none", "high school diploma": "abitur",
    "без аттестата": "none", "нет аттестата": "none", "аттестата нет": "none",
    "без атестата": "none", "нема атестата": "none", "немає атестата": "none",
    "атестата нема": "none", "атестата немає": "none", "без атестату": "none",
    "diplomam yok": "none", "diploma yok": "none", "diplomasız": "none", "diplomasiz": "none",
    "okul bitirmedim": "none", "mezun olmadım": "none", "mezun olmadim": "none",
    "ما عندي شهادة": "none", "ما عندي شهاده": "none", "بدون شهادة": "none", "بلا شهادة": "none",
    "ليس لدي شهادة": "none", "ma 3andi shahade": "none", "ma 3ndi shahade": "none",
    "bala shahade": "none", "مدرک ندارم": "none", "دیپلم ندارم": "none", "بدون مدرک": "none",
    "madrak nadaram": "none", "diplom nadaram": "none",
    # Dari/Farsi: no certificate, a certificate from Iran or Afghanistan (also without "از")
    "هیچ مدرکی ندارم": "none", "مدرک مدرسه ندارم": "none", "مدرک مدرسه نداره": "none",
    "شهادتنامه ندارم": "none", "بی مدرک": "none", "hich madraki nadaram": "none",
    "hich madrak nadaram": "none", "bedune madrak": "none", "shahadatname nadaram": "none",
    "دیپلم ایرانی": "foreign", "دیپلم ایران": "foreign", "دیپلم ایرانم": "foreign",
    "دیپلم افغانستان": "foreign", "مدرک افغانستان": "foreign", "مدرک ایران": "foreign",
    "شهادتنامه افغانستان": "foreign", "شهادتنامه صنف دوازده": "foreign",
    "شهادتنامه دوازده": "foreign", "diplom irani": "foreign", "diplome irani": "foreign",
    "diplome iran": "foreign", "diplom az iran": "foreign", "shahadatname az afghanistan": "foreign",
}


def _arabic_qualifications() -> dict[str, str]:
    """German school qualifications as Arabic script writes them ("ريال شوله", "هاوبت شوله",
    "ابيتور"), saying one has none in the dialects ("ما معي شهادة", "معيش شهادة", "ماكو
    شهادة", "ما عنديش"), and the same typed in Latin letters; ة/ه and أ/ا both ways."""
    found: dict[str, str] = {}
    spoken = {
        "none": ("ما معي شهادة", "ما عندي اي شهادة", "ما عندي أي شهادة", "ما معي اي شهادة",
                 "ما عندي ولا شهادة", "ما عندي شهادات", "معيش شهادة", "ما معيش شهادة",
                 "مش معايا شهادة", "معنديش شهادة", "ماعنديش شهادة", "ما عنديش شهادة",
                 "ماعنديش الشهادة", "ماكو شهادة", "ما عندي ابشلوس", "ما معي ابشلوس",
                 "ما عندي abschluss", "ما معي abschluss", "ما عندي اي abschluss",
                 "بدون abschluss", "بلا abschluss", "ما خلصت المدرسة", "ما كملت المدرسة",
                 "ma 3andi shahada", "ma 3ndi shahada", "ma 3ndi shahade", "ma3ndi shahade",
                 "ma ma3i shahade", "ma ma3i shahada", "bala shahada", "bdoun shahade",
                 "bdun shahada", "ma 3andi abschluss", "ma 3ndi abschluss", "ma ma3i abschluss",
                 "ma3ndich diplome", "ma 3ndich chahada", "makaw shahada"),
        "hauptschule": ("هاوبت شوله", "هاوبتشوله", "هاوبت شول", "هاوبتشول", "هاوبتشولابشلوس",
                        "هاوبتشول ابشلوس", "هاوبت شول ابشلوس", "الهاوبت شوله"),
        "realschule": ("ريال شوله", "ريالشوله", "ريال شول", "ريالشول", "ريالشولابشلوس",
                       "ريالشول ابشلوس", "ريال شول ابشلوس", "الريال شوله", "ميتلره رايفه"),
        "fachhochschulreife": ("فاخ ابي", "فاخابي", "فاخ ابيتور", "فاخابيتور", "الفاخ ابي",
                               "فاخ أبي", "فاخ أبيتور"),
        "abitur": ("ابيتور", "الابيتور", "أبيتور", "الأبيتور"),
        "foerderschule": ("فوردر شوله", "فوردرشوله", "فوردرشول"),
    }
    for value, phrases in spoken.items():
        for phrase in phrases:
            for variant in {phrase, phrase.replace("ة", "ه"), phrase.replace("ه", "ة")}:
                found.setdefault(variant, value)
    return found


QUALIFICATIONS.update(_arabic_qualifications())
LANGUAGE_WORDS: dict[str, str] = {
    # English
    "german": "de", "english": "en", "arabic": "ar", "turkish": "tr", "ukrainian": "uk",
    "russian": "ru", "persian": "fa", "farsi": "fa", "dari": "fa", "kurdish": "ku", "polish": "pl",
    "french": "fr", "spanish": "es", "tigrinya": "ti", "pashto": "ps", "somali": "so", "urdu": "ur",
    # Russian / Ukrainian (stems)
    "немецк": "de", "німецьк": "de", "английск": "en", "англійськ": "en", "арабск": "ar",
    "арабськ": "ar", "турецк": "tr", "турецьк": "tr", "украинск": "uk", "українськ": "uk",
    "русск": "ru", "російськ": "ru", "фарси": "fa", "дари": "fa", "персидск": "fa",
    "перськ": "fa", "курдск": "ku", "курдськ": "ku", "польск": "pl", "польськ": "pl",
    "по-немецки": "de", "по-английски": "en", "по-русски": "ru", "по-украински": "uk",
    "по-арабски": "ar", "по-турецки": "tr",
    # Turkish (stems: "almanca", "almancam", "almancayı")
    "almanca": "de", "ingilizce": "en", "i̇ngilizce": "en", "arapça": "ar", "arapca": "ar",
    "türkçe": "tr", "tuerkçe": "tr", "turkce": "tr", "tuerkce": "tr", "ukraynaca": "uk",
    "rusça": "ru", "rusca": "ru", "farsça": "fa", "farsca": "fa", "kürtçe": "ku", "kuertçe": "ku",
    "kurtce": "ku", "lehçe": "pl", "fransızca": "fr", "fransizca": "fr",
    # Arabic (also in Latin letters)
    "ألماني": "de", "الماني": "de", "الألمانية": "de", "الالمانية": "de", "ألمانية": "de",
    "انجليزي": "en", "إنجليزي": "en", "الإنجليزية": "en", "الانجليزية": "en", "انكليزي": "en",
    "عربي": "ar", "العربية": "ar", "عربية": "ar", "تركي": "tr", "التركية": "tr", "كردي": "ku",
    "الكردية": "ku", "فارسي": "fa", "الفارسية": "fa", "روسي": "ru", "أوكراني": "uk",
    "دويتش": "de", "انقليزي": "en", "فرنسي": "fr", "فرنساوي": "fr", "الفرنسية": "fr",
    "اسباني": "es", "الاسبانية": "es", "صومالي": "so", "الصومالية": "so", "تغريني": "ti",
    "تيغرينيا": "ti", "بشتو": "ps", "اردو": "ur", "بولندي": "pl", "ايطالي": "it",
    "fransawi": "fr", "fransi": "fr", "faransawi": "fr", "doitsch": "de", "deutsh": "de",
    "almani": "de", "inglizi": "en", "engelizi": "en", "3arabi": "ar", "arabi": "ar",
    "turki": "tr", "kurdi": "ku",
    # Persian
    "آلمانی": "de", "المانی": "de", "انگلیسی": "en", "عربی": "ar", "ترکی": "tr", "فارسی": "fa",
    "دری": "fa", "پشتو": "ps", "کردی": "ku", "روسی": "ru", "اوکراینی": "uk",
    "almani ": "de", "englisi": "en", "engilisi": "en", "arabi ": "ar",
    "engelisi": "en", "inglisi": "en", "pashtu": "ps", "torki": "tr",
    "ترکی استانبولی": "tr",
}
_ARABIC_PREFIXES = ("وبال", "وال", "بال", "كال", "فال", "لل", "ال", "و", "ب", "ك", "ل")
_CYRILLIC = re.compile(r"[а-яёіїєґ]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_TURKISH = re.compile(r"[şğıçöüâ]|[a-z]")
MIN_STEM = 4
# an Arabic adjective of a language plus "ا" is its country: "المانيا" is Germany, not German
_ARABIC_COUNTRY = re.compile(r"يا$")
_LATIN_COUNTRY = re.compile(r"(?<=i)a$")  # "almania" is Germany too (Maghrebi "almaniya" German)
# Latin letters: a key may only take these endings (English plural, Turkish suffixes), so
# "germany" is no "german" and "mechanical" no "mechanic"
_LATIN_ENDINGS = frozenset((
    "s", "es", "ing", "m", "im", "yim", "um", "lik", "luk", "ler", "lar", "lari", "leri", "ya", "ye",
    "yi", "yu", "da", "de", "ta", "te", "dan", "den", "tan", "ten", "i", "u", "a", "e", "di", "la",
    "le", "larla", "lerle"))


@dataclass(frozen=True, slots=True)
class WordHit:
    """A lexicon word in a folded text: its span and the value it stands for."""

    start: int
    end: int
    value: str


def max_ending(word: str) -> int:
    """How many letters an inflection may add to a stem: Cyrillic cases, Turkish suffixes."""
    if _CYRILLIC.search(word):
        return 4
    if _ARABIC.search(word):
        return 2
    return 6 if _TURKISH.search(word) else 2


def _candidates(word: str) -> Iterator[str]:
    yield word
    if _ARABIC.match(word):
        for prefix in _ARABIC_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 3:
                yield word[len(prefix):]


_PHRASES: dict[int, tuple[Mapping[str, str], int, list[tuple[str, re.Pattern[str]]]]] = {}


def _phrases(lexicon: Mapping[str, str]) -> list[tuple[str, re.Pattern[str]]]:
    """A lexicon's phrases (entries of several words), longest first, each with its pattern –
    built once per lexicon (the lexicons are the module's own constants)."""
    known = _PHRASES.get(id(lexicon))
    if known is None or known[0] is not lexicon or known[1] != len(lexicon):
        keys = sorted((k for k in lexicon if " " in k), key=len, reverse=True)
        known = (lexicon, len(lexicon), [(k, re.compile(rf"(?<!\w){re.escape(k)}(?!\w)")) for k in keys])
        if len(_PHRASES) > 64:
            _PHRASES.clear()
        _PHRASES[id(lexicon)] = known
    return known[2]


def find_words(folded: str, lexicon: Mapping[str, str]) -> list[WordHit]:
    """Every lexicon entry in a folded text: phrases exactly, single words also as the stem
    of an inflected word (longest first, no overlaps)."""
    hits: list[WordHit] = []
    taken: list[tuple[int, int]] = []
    for key, pattern in _phrases(lexicon):
        if key not in folded:  # most phrases are not in the text: no regular expression for them
            continue
        for m in pattern.finditer(folded):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                hits.append(WordHit(m.start(), m.end(), lexicon[key]))
                taken.append((m.start(), m.end()))
    for m in re.finditer(r"[\w'’ʼ-]+", folded):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        value = lookup_word(m.group(), lexicon)
        if value is not None:
            hits.append(WordHit(m.start() + _prefix_length(m.group(), lexicon), m.end(), value))
    return sorted(hits, key=lambda h: h.start)


def _prefix_length(word: str, lexicon: Mapping[str, str]) -> int:
    """How many letters of an Arabic word are a prefix before its article or stem ("ب" of
    "بالبناء", "و" of "وكهربائي"): the mention starts behind them, as the data annotates."""
    if not _ARABIC.match(word) or word in lexicon or lookup_word(word, lexicon, stripped=False):
        return 0
    for prefix in _ARABIC_PREFIXES:
        rest = word[len(prefix):]
        if word.startswith(prefix) and len(rest) >= 3 and lookup_word(rest, lexicon, stripped=False):
            return len(prefix) - 2 if prefix.endswith("ال") else len(prefix)
    return 0


def lookup_word(word: str, lexicon: Mapping[str, str], *, stripped: bool = True) -> str | None:
    """The value of one folded word: exact, without an Arabic prefix, or by its stem."""
    candidates = list(_candidates(word)) if stripped else [word]
    for candidate in candidates:
        if candidate in lexicon:
            return lexicon[candidate]
    longest = max_ending(word)
    for candidate in candidates:
        for cut in range(1, longest + 1):
            stem = candidate[:-cut]
            if len(stem) >= MIN_STEM and stem in lexicon and (
                    (candidate[-cut:] in _LATIN_ENDINGS and not _LATIN_COUNTRY.search(candidate))
                    if candidate.isascii()
                    else not _ARABIC_COUNTRY.search(candidate[-cut - 1:])):
                return lexicon[stem]
    return None
