"""Entities in English, Ukrainian, Russian, Arabic, Turkish and Dari/Farsi: ages, German
places in other scripts and grammar, occupations mapped to the German data, school
qualifications and languages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.internships_match import occupation_index
from bot.reference import Reference
from nlu.ages import find_age
from nlu.entities import EntityExtractor

TODAY = date(2026, 12, 3)


@pytest.fixture(scope="module")
def extractor(reference: Reference) -> EntityExtractor:
    return reference.extractor


def values(extractor: EntityExtractor, text: str, entity: str) -> list[str]:
    return [e.value for e in extractor.extract(text) if e.entity == entity]


@pytest.mark.parametrize(("text", "age"), [
    ("мне 17 лет", 17), ("Мені 18 років", 18), ("мені сімнадцять", 17), ("мне уже двадцать один", 21),
    ("ему 15", 15), ("їй 16", 16),  # a parent about a son or daughter
    ("Я мама, сыну 15 лет", 15), ("доньці 14", 14), ("بنتي عندها ١٧ سنة", 17),  # blind set L8
    ("15im oberursel de oturuyoruz", 15),
    ("17 yaşındayım", 17), ("17 yasindayim", 17), ("ben on yedi yaşındayım", 17), ("yaşım 15", 15),
    ("bin 2009 doğumlu", 17), ("2009 doğumluyum", 17),
    ("عمري ١٧", 17), ("عمري 17 سنة", 17), ("انا ساكن ببوخوم وعمري ١٦", 16), ("عندي ١٧ سنة", 17),
    ("3omri 17", 17), ("omri sab3ta3sh", 17), ("مواليد 2008", 18),
    ("انا عمري سبعتعش", 17), ("عمري تمنتاشر", 18), ("عمري خمستعش سنة", 15), ("عمري ستتعش", 16),
    ("عمري سبع عشرة سنة", 17), ("عمري واحد وعشرين", 21), ("عمري تلاتة و عشرين", 23),
    ("١٦ سنة", 16), ("17 سنه وساكن ببوخوم", 17), ("انا ١٧", 17), ("انا 19 وساكن بدارمشتات", 19),
    ("ابني عمره ١٥", 15), ("بنتي عمرها 14 سنة", 14), ("بعمر ال16", 16), ("عمري صار ١٨", 18),
    ("3omri sab3atash", 17), ("ana 18, sakin b Bochum", 18),
    ("fini a3mel Abitur b3mri 21?", 21), ("17، بوخوم", 17), ("شو بصير لما صير ١٨؟", 18), ("3andi 19 3am", 19),
    ("۱۷ سالمه", 17), ("من ۱۷ سال دارم", 17), ("hefdah salame", 17), ("متولد ۱۳۸۸", 17),
    ("I am seventeen", 17), ("i'm 16 and looking for a job", 16), ("I am 19 years old", 19),
    ("born in 2008", 18),
    # Dari/Farsi as young people write it: spoken number words, Finglish, "turning 18"
    ("بیست و یک سالمه", 21), ("بیست‌ودو سال دارم", 22), ("شونزده سالمه", 16), ("چارده سالمه", 14),
    ("۱۷ سال عمر دارم", 17), ("عمرم ۱۹ سال است", 19), ("ماه دیگه ۱۸ سالم میشه", 17),
    ("۲۰۰۹ به دنیا اومدم", 17), ("motevalede 2008 hastam", 18), ("hefda salame", 17),
    ("bist o yek salame", 21), ("pesaram 15 salesh e", 15), ("میشه با ۱۷ سال خونه اجاره کنم؟", 17),
    ("بعد از ۱۸ سالگی باید از Heim برم", 18),
    # corrections and "just turned" (blind set L10)
    ("sorry I said 19 but im actually 20", 20), ("ой, мне не 16 а 17, перепутал", 17),
    ("arkadaşım için soruyorum, 16'sına yeni girdi", 16),
    # blind set L19: "ben" and the age at the start
    ("selam ben 18, Bad Homburg'da yaşıyorum", 18), ("ben 17", 17),
])
def test_ages_in_every_language(text: str, age: int) -> None:
    assert find_age(text, today=TODAY) == age


@pytest.mark.parametrize("text", [
    "I have lived here 2 years", "в германии 2 года", "i'm in 10th grade", "I am from Syria",
    "my brother is in class 9", "من ۲ ساله تو آلمانم", "10 saat çalışıyorum", "با ۲ سال تجربه",
    "۳ سال دارم تو آلمان زندگی میکنم", "کلاس زبان برای زیر ۱۸ ساله ها کجاست؟",
    "صرلي ٣ سنين بألمانيا", "انا 2 سنين هون", "انا بالصف ١٠", "انا 18 ساعة بشتغل بالاسبوع",
])
def test_no_age_without_an_age_context(text: str) -> None:
    assert find_age(text, today=TODAY) is None


@pytest.mark.parametrize(("text", "place"), [
    ("в Бохуме", "Bochum"), ("у Дармштадті", "Darmstadt"), ("бохум", "Bochum"),
    ("Кведлінбурзі", "Quedlinburg"), ("в Кведлинбурге", "Quedlinburg"),
    ("Бад-Гомбурзі", "Bad Homburg vor der Höhe"), ("в Бад-Хомбурге", "Bad Homburg vor der Höhe"),
    ("Ной-Ізенбурзі", "Neu-Isenburg"), ("Оффенбаху", "Offenbach"), ("Гальберштадті", "Halberstadt"),
    ("Вернігероде", "Wernigerode"), ("Драйайху", "Dreieich"), ("Ваттеншайд", "Wattenscheid"),
    ("بوخوم", "Bochum"), ("دارمشتات", "Darmstadt"), ("هالبرشتات", "Halberstadt"),
    ("أوفنباخ", "Offenbach"), ("كفيدلينبورغ", "Quedlinburg"), ("فيرنيغيروده", "Wernigerode"),
    ("باد هومبورغ", "Bad Homburg vor der Höhe"), ("رودغاو", "Rodgau"), ("در بوخوم", "Bochum"),
    ("ورنیگروده", "Wernigerode"),
    ("دارمشتادت", "Darmstadt"), ("هالبرشتادت", "Halberstadt"), ("درايآيش", "Dreieich"),
    ("دراي آيش", "Dreieich"), ("اوبراورزل", "Oberursel"), ("كويدلينبورغ", "Quedlinburg"),
    ("تاله", "Thale"), ("ميونخ", "München"), ("لايبزيغ", "Leipzig"),
    ("Offenbach'ta", "Offenbach"), ("bochumda", "Bochum"), ("Darmstadt'tan", "Darmstadt"),
    # Persian: qu as کو, a final t as د, the ich-sound as ش, endings; Finglish spellings
    ("کوئدلینبورگ", "Quedlinburg"), ("کودلینبورگ", "Quedlinburg"), ("دارمشتاد", "Darmstadt"),
    ("هالبرشتاد", "Halberstadt"), ("درای‌آیش", "Dreieich"), ("اهل دارمشتاتم", "Darmstadt"),
    ("ورنیگرود", "Wernigerode"), ("Bokhum", "Bochum"), ("Darmshtat", "Darmstadt"),
    ("Kvedlinburg", "Quedlinburg"), ("Vernigerode", "Wernigerode"), ("Ofenbakh", "Offenbach"),
    ("Halbershtat", "Halberstadt"),
])
def test_german_places_in_other_scripts_and_grammar(reference: Reference, text: str,
                                                    place: str) -> None:
    found = reference.places.resolve(text)
    assert found is not None and found.name == place


@pytest.mark.parametrize(("text", "surface", "place"), [
    ("ищу практику в Бохуме", "Бохуме", "Bochum"),
    ("шукаю роботу у Дармштадті, мені 17 років", "Дармштадті", "Darmstadt"),
    ("انا ساكن في بوخوم وعمري ١٧", "بوخوم", "Bochum"),
    ("أنا بـ فرانكفورت هلق", "فرانكفورت", "Frankfurt am Main"),
    ("وصلت من شهرين لـ هالبرشتات", "هالبرشتات", "Halberstadt"),
    ("عمري 17، ساكن ببوخوم", "بوخوم", "Bochum"), ("انا ساكن بدارمشتات من سنتين", "دارمشتات", "Darmstadt"),
    ("رحت لهالبرشتات مبارح مع أهلي", "هالبرشتات", "Halberstadt"),
    ("ساكنة بباد هومبورغ مع أهلي", "باد هومبورغ", "Bad Homburg vor der Höhe"),
    # "Бад" is short, but the first word of a name (blind set L12: it was Homburg in the Saarland)
    ("ми з мамою живемо в Бад Гомбурзі", "Бад Гомбурзі", "Bad Homburg vor der Höhe"),
    ("живу в Бад Гомбурге", "Бад Гомбурге", "Bad Homburg vor der Höhe"),
    ("من در بوخوم زندگی میکنم", "بوخوم", "Bochum"),
    ("تو کوئدلینبورگ زندگی می‌کنم", "کوئدلینبورگ", "Quedlinburg"),
    ("Offenbach'ta staj arıyorum", "Offenbach", "Offenbach"),
    ("bochumda iş arıyorum", "bochumda", "Bochum"),
    ("Я из Украины, живу в Бад-Хомбурге", "Бад-Хомбурге", "Bad Homburg vor der Höhe"),
    ("I live in Darmstadt and I am 16", "Darmstadt", "Darmstadt"),
    ("از افغانستانم ولی الان تو کوئدلینبورگ زندگی میکنم", "کوئدلینبورگ", "Quedlinburg"),
    ("تو ورنیگروده زندگی میکنم", "ورنیگروده", "Wernigerode"),
    ("در هالبرشتاد هستم", "هالبرشتاد", "Halberstadt"), ("ساکن بوخوم هستم", "بوخوم", "Bochum"),
    ("اهل دارمشتاتم", "دارمشتاتم", "Darmstadt"), ("میخوام برم به اوفنباخ", "اوفنباخ", "Offenbach"),
    ("too Ofenbach hastam", "Ofenbach", "Offenbach"),
    ("dar Darmshtat zendegi mikonam", "Darmshtat", "Darmstadt"),
    ("sakene bochum hastam", "bochum", "Bochum"),
    # Arabizi, Russian in Latin letters, English: after their prepositions
    ("ana sakin bi darmstadt", "darmstadt", "Darmstadt"), ("ana sakna b offenbach", "offenbach", "Offenbach"),
    ("i am from bochum and need help", "bochum", "Bochum"),
    # blind set L8: towns of the five regions with no capital and no preposition, a Turkish
    # dative, a Cyrillic place first in an answer
    ("22 yaşındayım bochum langendreer", "bochum", "Bochum"),
    ("15im oberursel de oturuyoruz", "oberursel", "Oberursel"),
    ("oberursele yakın bana yardım edecek bi yer var mı", "oberursele", "Oberursel"),
    ("man 17 salame, to darmstadt zendegi mikonam", "darmstadt", "Darmstadt"),
    ("оберурзель, вже рік тут", "оберурзель", "Oberursel"),
])
def test_places_inside_foreign_sentences(reference: Reference, extractor: EntityExtractor,
                                         text: str, surface: str, place: str) -> None:
    assert values(extractor, text, "place") == [surface]
    resolved = reference.places.resolve(surface)
    assert resolved is not None and resolved.name == place


@pytest.mark.parametrize("text", [
    "درست نیست", "دمت گرم", "میخوام Hauptschulabschluss بگیرم", "بطاريتي خلصت باي",
    "ما بعرف شو بدي اشتغل", "давай в камень ножницы бумага", "i haven't been to school in weeks",
    "حزين كتير", "في حدا بيراجع الـ CV؟", "غيرت رأيي", "برجع بكرا", "لازم البس شي رسمي؟ شو بپوشم",
    "mir ist alles zu viel gerade", "Merhaba, ben Suriyeliyim", "انا من سوريا",
    "i drink too much, not only on weekends", "Ausbildung too reshte parastari mikham",
    "hab aus versehen zu viele genommen", "سلام خوبی؟", "خیلی ممنون",
    "هزینه داره؟", "هزینه‌اش چقدره", "هزينة؟",  # cost, no Hessen
])
def test_ordinary_words_are_no_places(reference: Reference, text: str) -> None:
    assert reference.places.find_in_text(text) is None


@pytest.mark.parametrize(("text", "resolved"), [
    ("I want to be a car mechanic", "feld kfz"), ("хочу стать механіком", "feld kfz"),
    ("ищу работу поваром", "koch"), ("aşçı olmak istiyorum", "koch"), ("aşçılık", "koch"),
    ("I want to work as a nurse", "feld pflege"), ("بدي اشتغل ميكانيكي", "feld kfz"),
    ("میخوام آشپز بشم", "koch"), ("something with animals", "feld tiere"),
    ("щось з тваринами", "feld tiere"), ("hayvanlarla ilgili bir iş", "feld tiere"),
    ("хочу работать электриком", "elektroniker"), ("kuaför olmak istiyorum", "friseur"),
    # the apostrophe folds to a space; where one wants to work (blind conversations L2)
    ("хочу щось з комп'ютерами", "feld it"), ("Büroda çalışmak istiyor", "feld buero"),
    ("она хочет в больницу или в аптеку", "feld gesundheit"), ("بدي اشتغل بالمستشفى", "feld gesundheit"),
    ("میخوام تو بیمارستان کار کنم", "feld gesundheit"), ("I want to work in an office", "feld buero"),
    ("پرستاری", "feld pflege"), ("دوست دارم با بچه ها کار کنم", "feld kinder"),
    ("میخوام مربی مهدکودک بشم", "erzieher"),
    ("dust daram ba heyvanat kar konam", "feld tiere"), ("میخوام رانندگی کامیون یاد بگیرم", "berufskraftfahrer"),
    ("بدي صير سواق", "berufskraftfahrer"), ("بنتي بدها تصير مربية أطفال", "erzieher"),
    ("حابب ميكانيك السيارات", "feld kfz"), ("بدي صير مساعدة طبيب اسنان", "zahnmedizinischer fachangestellter"),
    ("badi sir mbarmej", "fachinformatiker"),
])
def test_occupations_map_to_the_german_data(extractor: EntityExtractor, text: str,
                                            resolved: str) -> None:
    found = values(extractor, text, "occupation")
    assert found, text
    assert occupation_index(Path("data")).resolve(found[0]) == resolved


@pytest.mark.parametrize(("text", "surface"), [
    ("بدي اشتغل بالبناء", "البناء"), ("بدي Ausbildung بالمبيعات", "المبيعات"),
    ("وكهربائي كمان", "كهربائي"), ("بدي صير طباخ", "طباخ"),
])
def test_an_arabic_mention_starts_at_its_article(extractor: EntityExtractor, text: str,
                                                 surface: str) -> None:
    assert values(extractor, text, "occupation") == [surface]


@pytest.mark.parametrize("text", ["mein chef nervt", "I am new in Germany", "my boss is annoying"])
def test_no_occupation_in_ordinary_sentences(extractor: EntityExtractor, text: str) -> None:
    assert values(extractor, text, "occupation") == []


@pytest.mark.parametrize(("text", "value"), [
    ("I have no school certificate", "none"), ("без аттестата", "none"), ("немає атестата", "none"),
    ("diplomam yok", "none"), ("ما عندي شهادة", "none"), ("مدرک ندارم", "none"),
    ("мій атестат з України", "foreign"), ("my diploma is from Syria", "foreign"),
    ("شهادتي من سوريا", "foreign"), ("I have the Hauptschulabschluss", "hauptschule"),
    ("دیپلم ایرانی دارم", "foreign"), ("هیچ مدرکی ندارم", "none"),
    ("معي ريال شوله", "realschule"), ("عندي هاوبتشوله", "hauptschule"), ("معي أبيتور", "abitur"),
    ("معي فاخ ابي", "fachhochschulreife"), ("ما معي شهادة", "none"), ("معيش شهادة", "none"),
    ("ما عندي Abschluss", "none"), ("ma 3ndi shahada", "none"), ("شهادتي سورية", "foreign"),
    ("عندي البكالوريا من سوريا", "foreign"), ("معي شهادة تاسع من العراق", "foreign"),
    ("ma3i bakalorya mn souria", "foreign"),
])
def test_school_qualifications_in_every_language(extractor: EntityExtractor, text: str,
                                                 value: str) -> None:
    assert values(extractor, text, "school_qualification") == [value]


@pytest.mark.parametrize(("text", "codes"), [
    ("I speak Arabic and German", ["ar", "de"]),
    ("я говорю по-русски и немного по-немецки", ["ru", "de"]),
    ("розмовляю українською", ["uk"]), ("Almancam iyi değil", ["de"]),
    ("Türkçe ve Kürtçe konuşuyorum", ["tr", "ku"]), ("بتكلم عربي وألماني", ["ar", "de"]),
    ("فارسی و آلمانی صحبت میکنم", ["fa", "de"]),
    # Persian "کردی" is also "you did", Finglish "dari" also "you have"
    ("مرسی، خیلی بهم کمک کردی", []), ("لطف کردی", []), ("کردی و عربی بلدم", ["ku", "ar"]),
    ("ye joke dari?", []), ("ba khanevadam janjal darim", []), ("farsi va dari balad am", ["fa", "fa"]),
    ("ich spreche Dari", ["fa"]),
    ("عايش بالمانيا من سنتين وبحكي الماني شوي", ["de"]), ("جيت على المانيا لحالي", []),
    ("بحكي عربي وفرنساوي وشوي دويتش", ["ar", "fr", "de"]), ("ba7ki 3arabi w fransawi", ["ar", "fr"]),
])
def test_languages_as_codes(extractor: EntityExtractor, text: str, codes: list[str]) -> None:
    assert values(extractor, text, "language") == codes


@pytest.mark.parametrize("text", ["شهادتي من المدرسة ضاعت", "بدي شهادة من هون", "my diploma from school"])
def test_a_certificate_from_here_is_not_foreign(extractor: EntityExtractor, text: str) -> None:
    assert "foreign" not in values(extractor, text, "school_qualification")


def test_germany_is_no_language(extractor: EntityExtractor) -> None:
    assert values(extractor, "I am new in Germany", "language") == []


class _SaysAsWritten:
    """A backend like Rasa when its synonyms do not know a word: values as written."""

    def __init__(self, entities: tuple[tuple[str, str], ...]) -> None:
        self.entities = entities

    def parse(self, text: str):  # type: ignore[no-untyped-def]
        from nlu.model import Entity, IntentScore, ParseResult

        intent = IntentScore("inform", 0.9)
        return ParseResult(text, intent, (intent,), tuple(Entity(k, v, 0, 0) for k, v in self.entities))


def test_the_service_turns_words_as_written_into_codes(make_lotse, sqlite_engine) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    lotse = make_lotse(sqlite_engine)
    text = "говорю по-арабски и немного по-немецки, аттестата нет"
    rasa = _SaysAsWritten((("language", "по-арабски"), ("language", "по-немецки"),
                           ("school_qualification", "аттестата нет")))
    u = dataclasses.replace(lotse, nlu=rasa).understand(text)
    assert u.languages == ("ar", "de") and u.school_qualification == "none"
    coded = _SaysAsWritten((("language", "ar"), ("school_qualification", "abitur")))
    u = dataclasses.replace(lotse, nlu=coded).understand("arabisch, abi")
    assert u.languages == ("ar",) and u.school_qualification == "abitur"
