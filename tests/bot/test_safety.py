"""The two-tier crisis check: clear danger at once, possible danger gets a check-in, kinds and
languages right; greetings, hyperbole, past events and topics are no alarm."""

from __future__ import annotations

import pytest

from bot.safety import DANGER_KINDS, Danger, assess_danger, combine_with_nlu, looks_like_crisis


@pytest.mark.parametrize("message", [
    "ich will nicht mehr leben", "ich will nich mehr lebn", "hab suizidgedanken",
    "ich ritze mich wieder", "mein vater schlägt mich", "weiß nicht wo ich heute schlafen soll",
    "ICH WILL STERBEN", "i want to die",
])
def test_danger_is_recognised(message: str) -> None:
    assert looks_like_crisis(message)


@pytest.mark.parametrize("message", [
    "hi", "ok", "ja", "nö", "hallo", "moin", "die prüfung bringt mich um",
    "mathe bringt mich noch um", "ich hab schulden", "suche ein praktikum", "",
])
def test_everyday_messages_are_no_crisis(message: str) -> None:
    assert not looks_like_crisis(message)
    assert assess_danger(message) is None


@pytest.mark.parametrize(("message", "kind"), [
    ("ich werde mich heute umbringen", "suicidal"),
    ("wie bringt man sich am schnellsten um", "suicidal"),
    ("welche methode ist am sichersten um zu sterben", "suicidal"),
    ("hab gerade 30 tabletten geschluckt", "suicidal"),
    ("ich schneide mich gerade wieder, es hört nicht auf zu bluten", "self_harm"),
    ("mein stiefvater schlägt mich jeden abend", "violence_at_home"),
    ("mein onkel fasst mich nachts an", "sexual_abuse"),
    ("ein typ erpresst mich mit meinen nacktbildern, ich soll 500 euro zahlen", "sextortion"),
    ("jemand droht meine nacktfotos an alle zu schicken wenn ich nicht zahle", "sextortion"),
    ("someone threatens to post my pictures unless i pay", "sextortion"),
    ("meine eltern haben mich rausgeworfen und ich weiß nicht wo ich heute nacht schlafen soll", "homeless_tonight"),
    ("ich kotze absichtlich nach jedem essen und bin heute umgekippt", "eating_disorder"),
    ("mein freund atmet nicht mehr richtig und wird nicht wach", "other_emergency"),
])
def test_clear_danger_has_the_right_kind(message: str, kind: str) -> None:
    assert assess_danger(message) == Danger("clear", kind, "de" if kind != "sextortion"
                                            or "someone" not in message else "en")


@pytest.mark.parametrize(("message", "kind", "language"), [
    # English
    ("i want to die", "suicidal", "en"), ("i'm going to kill myself tonight", "suicidal", "en"),
    ("my dad beats me every night", "violence_at_home", "en"), ("i cut myself again", "self_harm", "en"),
    ("i have nowhere to sleep tonight", "homeless_tonight", "en"), ("he raped me yesterday", "sexual_abuse", "en"),
    # Turkish (with and without Turkish letters)
    ("ölmek istiyorum", "suicidal", "tr"), ("kendimi öldüreceğim", "suicidal", "tr"),
    ("artık yaşamak istemiyorum", "suicidal", "tr"), ("babam beni dövüyor", "violence_at_home", "tr"),
    ("bu gece kalacak yerim yok", "homeless_tonight", "tr"), ("kendimi kesiyorum", "self_harm", "tr"),
    ("babam beni dovuyor", "violence_at_home", "tr"),
    # Russian
    ("я хочу умереть", "suicidal", "ru"), ("я убью себя", "suicidal", "ru"), ("не хочу больше жить", "suicidal", "ru"),
    ("отчим бьёт меня", "violence_at_home", "ru"), ("мне негде спать сегодня ночью", "homeless_tonight", "ru"),
    ("я режу себя", "self_harm", "ru"), ("меня изнасиловали", "sexual_abuse", "ru"),
    # Ukrainian
    ("я хочу померти", "suicidal", "uk"), ("я не хочу жити", "suicidal", "uk"), ("я вбʼю себе", "suicidal", "uk"),
    ("я вб'ю себе сьогодні", "suicidal", "uk"), ("батько б'є мене", "violence_at_home", "uk"),
    ("мені ніде спати сьогодні", "homeless_tonight", "uk"), ("я ріжу себе", "self_harm", "uk"),
    # Russian and Ukrainian in Latin letters
    ("ya hochu umeret", "suicidal", "ru"), ("ne hochu zhit bolshe", "suicidal", "ru"),
    ("ya khochu pomerty", "suicidal", "uk"),
    # Arabic (standard and dialects)
    ("أريد أن أموت", "suicidal", "ar"), ("بدي اموت", "suicidal", "ar"),
    ("سأقتل نفسي", "suicidal", "ar"), ("أبي يضربني كل يوم", "violence_at_home", "ar"),
    ("ليس لدي مكان أنام فيه الليلة", "homeless_tonight", "ar"), ("أجرح نفسي", "self_harm", "ar"),
    ("طردوني من البيت", "homeless_tonight", "ar"),
    # Farsi
    ("می‌خواهم بمیرم", "suicidal", "fa"), ("میخوام بمیرم", "suicidal", "fa"), ("خودمو می‌کشم", "suicidal", "fa"),
    ("پدرم منو کتک میزنه", "violence_at_home", "fa"), ("امشب جایی برای خوابیدن ندارم", "homeless_tonight", "fa"),
    ("به خودم آسیب می‌زنم", "self_harm", "fa"),
])
def test_clear_danger_in_other_languages(message: str, kind: str, language: str) -> None:
    assert assess_danger(message) == Danger("clear", kind, language)


@pytest.mark.parametrize(("message", "language"), [
    ("i'm done, i can't take it anymore", "en"), ("dayanamıyorum artık", "tr"),
    ("я больше не могу", "ru"), ("я більше не можу", "uk"), ("ساعدوني", "ar"), ("کمکم کنید", "fa"),
])
def test_distress_in_other_languages_is_possible_danger(message: str, language: str) -> None:
    danger = assess_danger(message)
    assert danger is not None and danger.level == "possible" and danger.language == language


@pytest.mark.parametrize("message", [
    "die mathearbeit bringt mich um, ich sterbe vor langeweile",  # hyperbole
    "früher hab ich mich geritzt, ist lange her, jetzt geht's mir gut",  # past and over
    "wir machen ein referat über suizidprävention",  # a topic
    "mein trainer schlägt vor, dass ich mich bei der polizei bewerbe",  # "schlägt vor"
    "hab schulden und trau mich nicht es meinen eltern zu sagen",
    "my boss at the training is so annoying i want to quit",
    "wann hat die beratungsstelle offen?", "this exam is killing me lol",
    "ich bring meine schwester um, sie hat mein nutella gegessen 😂",
])
def test_look_alikes_get_no_full_alarm(message: str) -> None:
    danger = assess_danger(message)
    assert danger is None or danger.level == "possible"


@pytest.mark.parametrize(("message", "level"), [
    ("früher hab ich mich geritzt", "possible"),  # past, not said to be over: ask once
    ("ich kann nicht mehr", "possible"),  # distress without a stated danger
    ("lol hab nur schon das seil im zimmer hängen", "possible"),  # a joke marker softens, never hides
])
def test_softened_danger_is_possible(message: str, level: str) -> None:
    danger = assess_danger(message)
    assert danger is not None and danger.level == level


def test_combine_with_nlu() -> None:
    clear, possible = Danger("clear", "suicidal"), Danger("possible", "suicidal")
    text = "ich weiß nicht mehr weiter heute nacht"
    assert combine_with_nlu(clear, intent="greet", confidence=0.99, text=text) == clear
    assert combine_with_nlu(possible, intent="crisis", confidence=0.99, text=text) == clear
    assert combine_with_nlu(possible, intent="inform", confidence=0.99, text=text) == possible
    found = combine_with_nlu(None, intent="crisis", confidence=0.8, text=text)
    assert found is not None and found.level == "possible" and found.kind in DANGER_KINDS
    assert combine_with_nlu(None, intent="crisis", confidence=0.3, text=text) is None
    # a harmless follow-up about opening hours needs far more than a 0.71 crisis guess
    assert combine_with_nlu(None, intent="crisis", confidence=0.71,
                            text="und wann haben die offen?") is None


def test_every_kind_is_known() -> None:
    from bot.danger_languages import AR_CLEAR, EN_CLEAR, FA_CLEAR, RU_CLEAR, TR_CLEAR, UK_CLEAR
    from bot.danger_lexicon import CLEAR, POSSIBLE
    for table in (CLEAR, POSSIBLE, EN_CLEAR, TR_CLEAR, RU_CLEAR, UK_CLEAR, AR_CLEAR, FA_CLEAR):
        assert set(table) <= set(DANGER_KINDS)
