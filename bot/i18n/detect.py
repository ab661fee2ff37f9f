"""Which of Lotse's languages a message is written in – said only when it is clear.

py3langid (a Naive Bayes model shipped inside the package, no download) weighs the
languages, restricted to ours; the letters decide what they can on their own (Cyrillic,
Arabic script, Ukrainian і/ї/є/ґ, Russian ы/э/ъ/ё, Persian پ/چ/ژ/گ/ک/ی). Short messages
("ok", "hallo", "17", a place name, a button payload) get no language: they never switch
it. A Latin-script message needs a few words, a high probability and the small words of
its language – so "ich hab stress mit meinem chef, voll annoying" stays German, and a
German place or occupation name inside an English sentence does not make it German.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache
from typing import Any

MIN_WORDS = 3  # a Latin-script message with fewer words never switches the language
MIN_LETTERS_OTHER_SCRIPT = 5  # Cyrillic or Arabic letters that are enough on their own
CLEAR = 0.9  # the model's probability a Latin-script language needs
SMALL_WORDS_ALONE = 3  # small words of one language (and none of another) that are enough

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN = re.compile(r"[a-zA-Z\u00c0-\u024f]")
# the letters only one of the two has – or small words only one of them uses, which tell
# "школу тут закончил, Realschulabschluss есть" from Ukrainian without a single such letter
# (blind set L22: the chat had gone Ukrainian on "живу в Dreieich", which both would write)
_UKRAINIAN = re.compile(
    r"[іїєґІЇЄҐ]|\b(що|як|це|або|чи|зараз|треба|дякую|можна|шукаю|ще|немає|батьки|мене|вона|"
    r"вони|дуже|ласка|допоможи|допомога|робота|роботу|навчаюсь|вчуся|згодна|згоден|згодний)\b",
    re.IGNORECASE)
_RUSSIAN = re.compile(
    r"[ыэъёЫЭЪЁ]|\b(есть|что|чтобы|это|как|меня|мне|сейчас|спасибо|привет|где|когда|почему|"
    r"очень|нужно|здесь|они|или|только|работа|работу|закончил|закончила|нет|хорошо|тоже|еще|"
    r"если|может|можно|ищу|помогите|помочь|учусь|делать|сегодня|согласна|согласен)\b",
    re.IGNORECASE)
_PERSIAN = re.compile(r"[پچژگکی\u200c]")
# what only a Farsi keyboard types: Iraqi and Gulf Arabic write گ and چ too ("ما گدرت احچي")
_FARSI_KEYBOARD = re.compile(r"[کیپژ\u200c]")
_ARABIC_ONLY = re.compile(r"[ةىيكؤ]")  # Arabic yeh, kaf, teh marbuta …: Farsi writes ی, ک
_TURKISH = re.compile(r"[ışğİŞĞ]")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# small words that tell the language of a sentence (words both languages use – "in", "an",
# "am", "was", "will", "die", "so" – are left out)
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "de": _words("ich du und nicht nich bin bist ist mein meine meinen meinem mir mich dir dich der "
                 "das dem des ein eine einen einem mit auf für fuer von zu zum zur wie wo wer wann "
                 "warum hab habe hast haben kann kannst möchte bitte auch noch schon aber oder wenn "
                 "dass sie wir ihr es sind gerade grad jetzt nur mal halt doch ja nein kein keine "
                 "keinen sehr gibt gehts geht weiß weiss nach bei aus vom sich wird muss soll danke "
                 "hallo brauche suche"),
    "en": _words("i im ive id my me you your the a is are were be to of and it its this that for with "
                 "have has had do does dont cant wont not what how where when why can could would "
                 "should want need looking please thanks thank just about we they he she our there any "
                 "some get got if or but at on from speak english"),
    "tr": _words("ve bir ben beni bana benim sen bu şu çok ama için gibi mi mı ne var yok ya istiyorum "
                 "arıyorum merhaba nasıl nerede"),
}

# Arabic, Persian, Russian and Ukrainian typed in Latin letters (a phone without the keyboard):
# py3langid knows none of them, so their own small words decide – words German and English do
# not have – and, for Arabizi, the digits that stand for letters Latin lacks ("3ndi", "la2i",
# "mni7"). Such a message is answered in the language's own script. (Not the words German
# youth language has taken over – "wallah", "yalla", "habibi": "yalla lass gehen" stays German.)
TRANSLIT_WORDS: dict[str, frozenset[str]] = {
    "ar": _words("ana enta enti inta inti bdi badi baddi biddi mumkin momken momkin mumken shu "
                 "sho eish lesh leish lish ya3ni yaani mish msh mesh kteer ktir keteer "
                 "3ndi 3andi mafi mafish ma3i hala2 halla2 hassa lazem lazim shway shwaya 3am "
                 "3ayez 3ayz 3awez 3ayiz ezay izzay keef kif kifak marhaba shukran shokran "
                 "tayeb ahlan ukhti 7abibi sakna shughl shoghl jam3a "
                 "beit ahli ummi abuy abui mama3 b3d ba3d hayda hada hal2 lissa lessa "
                 "3arabi almani tsa3edni sa3edni saa3idni fhmt fahemt ma3lesh"),
    "fa": _words("mikham mikhay mikhaam mikhastam mitunam mitoonam mituni mitoni hastam hastm nadaram "
                 "nadarm daram darm nemidunam nemidonam nemikham namikham namekhayom nemikhayom "
                 "chetori chetor khubam khoobam kheili kheyli khaili khayli chikar chekar chera koja "
                 "kojast bayad mishe nemishe baraye barat baram behem beham behet khodam madrese "
                 "konam konom mikonam mikonom shodam khastam khaste zendegi pedaram madaram mamanam "
                 "dige digeh hamin doost dustam namitunam nist hastan hastim salaam "
                 "kardan mikone mikhan mitunid shoma donbale donbal migardam migardi peyda "
                 "peida kardam mikhastam zinda zende bashom basham bashe chand "
                 "hasti balad farsi chizi vase hanooz miram midooni midoonam salame tabestoon "
                 # debts, a contract, a person (blind set L21: "salam, bedehkaram, gharardade handy")
                 "bedehkaram bedehkar bedehi gharardad gharardade ghest adam harf bezanam nemikhay"),
    "ru": _words("mne menya hochu khochu xochu kak chto shto eto privet spasibo pomogi pomogite "
                 "pozhaluysta pozhalujsta rabota rabotu nado nuzhno mozhno mogu gde kogda pochemu "
                 "zdravstvuyte zdravstvujte tozhe ochen seychas sejchas teper bylo budet skolko "
                 "roditeli ishchu ischu uchus uchitsya nemetskiy nemeckij znayu znaju nichego "
                 # "privet, ishu ausbildung, no po-nemecki ploho govoryu" (blind set L22)
                 "ishu ploho govoryu govorju po-nemecki po-nemetski nemecki"),
    "uk": _words("meni mene shcho scho pryvit dyakuyu diakuiu dyakuju mozhna treba potribno zaraz koly "
                 "chomu robota roboty navchannya shukayu shukaju nema nemaye vchus hochu dopomozhit "
                 "dopomohty laska nimetska nimetskoyu znayu "
                 # (blind set L21: "pryvit, ya poky zhyvu u druga ale … treba z'yizhdzhaty, i shche borhy")
                 "poky zhyvu druga kintsya misyatsya shche borhy zyizhdzhaty skilky koshtuye vony"),
}
_ARABIZI_DIGITS = re.compile(r"^(?=(?:[a-z']*[a-z]){2})[a-z']*[235679][a-z235679']*$")
_NOT_ARABIZI = re.compile(r"^[a-z]{1,2}\d+$")  # "a2", "b1", "ps5", "mp3"


def _transliterated(text: str) -> str | None:
    """Arabic, Persian, Russian or Ukrainian in Latin letters, when their own words (and for
    Arabic its letter digits) say so clearly and German's and English's small words do not."""
    words = [w.lower().strip(".,!?;:()\"'") for w in text.split()]
    digits = sum(bool(_ARABIZI_DIGITS.match(w)) and not _NOT_ARABIZI.match(w) for w in words)
    counts = {language: sum(w in vocabulary for w in words)
              for language, vocabulary in TRANSLIT_WORDS.items()}
    counts["ar"] += digits
    western = sum(w in FUNCTION_WORDS["de"] or w in FUNCTION_WORDS["en"] for w in words)
    best = max(counts, key=lambda language: counts[language])
    rest = max(n for language, n in counts.items() if language != best)
    if best == "ru" and counts["uk"] == counts["ru"]:
        return None
    if counts[best] >= 2 and counts[best] > rest and counts[best] > western:
        return best
    return None


_identifier: Any = None
_loading = threading.Lock()


def _model() -> Any:
    """py3langid's identifier, restricted to our languages (loaded once, ~1 s)."""
    global _identifier
    if _identifier is None:
        with _loading:
            if _identifier is None:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
                identifier.set_languages(["de", "en", "uk", "ru", "ar", "tr", "fa"])
                _identifier = identifier
    return _identifier


def warm() -> None:
    """Load the model now (at start-up), not in the first turn that needs it."""
    _model()


def probabilities(text: str) -> dict[str, float]:
    """The model's probability of each of our languages for a text."""
    return {language: float(p) for language, p in _model().rank(text)}


@lru_cache(maxsize=4096)  # a message meets it in the service and again in the NLU (a pure function)
def written_in(text: str) -> str | None:
    """The language a message is clearly written in ("de", "en", "uk", "ru", "ar", "tr",
    "fa"), or None when it is too short or not clear."""
    if text.startswith("/"):
        return None
    text = unicodedata.normalize("NFC", text)
    cyrillic, arabic = len(_CYRILLIC.findall(text)), len(_ARABIC_SCRIPT.findall(text))
    latin = len(_LATIN.findall(text))
    if cyrillic >= MIN_LETTERS_OTHER_SCRIPT and _mostly(_CYRILLIC, cyrillic, latin, text):
        return _one_of(text, "uk", "ru", own=_UKRAINIAN, other=_RUSSIAN)
    if arabic >= MIN_LETTERS_OTHER_SCRIPT and _mostly(_ARABIC_SCRIPT, arabic, latin, text):
        # letters only a Farsi keyboard types make it Persian, Arabic ones Arabic; گ and چ
        # alone (Iraqi, Gulf Arabic) or both kinds: the model decides
        farsi, arabic_only = bool(_FARSI_KEYBOARD.search(text)), bool(_ARABIC_ONLY.search(text))
        if farsi != arabic_only:
            return "fa" if farsi else "ar"
        if _PERSIAN.search(text) and not arabic_only:
            return "fa"
        return _one_of(text, "ar", "fa")
    words = [w.replace("'", "").replace("’", "").lower() for w in _WORD.findall(text)]
    if len(words) < MIN_WORDS:
        return None
    if (translit := _transliterated(text)) is not None:
        return translit
    p = probabilities(text)
    best = max(("de", "en", "tr"), key=lambda language: p.get(language, 0.0))
    small = {language: sum(w in vocabulary for w in words)
             for language, vocabulary in FUNCTION_WORDS.items()}
    return best if _clear(best, p[best], small, text) else None


def script_hint(text: str, hint: str | None = None) -> str | None:
    """A short message all in Cyrillic or Arabic script ("سلام", "привіт" is long enough
    already) is no clear language – but surely not German: the letters are a hint like the
    client's, for the first message only (bot/core/language.py). The client's hint wins when
    it names a language of the same script ("سلام" from a Telegram set to Farsi)."""
    if text.startswith("/") or _LATIN.search(text):
        return hint
    text = unicodedata.normalize("NFC", text)
    for script, pair in ((_ARABIC_SCRIPT, ("ar", "fa")), (_CYRILLIC, ("uk", "ru"))):
        if len(script.findall(text)) >= 2:
            if hint is not None and hint.split("-")[0] in pair:
                return hint
            if script is _CYRILLIC:
                return _one_of(text, "uk", "ru", own=_UKRAINIAN, other=_RUSSIAN)
            if _FARSI_KEYBOARD.search(text) or (_PERSIAN.search(text) and not _ARABIC_ONLY.search(text)):
                return "fa"
            return "ar" if _ARABIC_ONLY.search(text) else _one_of(text, "ar", "fa")
    return hint


def _mostly(script: re.Pattern[str], letters: int, latin: int, text: str) -> bool:
    """More letters of the script than Latin ones – or more of its words: "привет) ищу
    ausbildung кем нибудь в офисе, kauffrau für büromanagement" is Russian with German names."""
    if letters > latin:
        return True
    words = text.split()
    own = sum(bool(script.search(w)) for w in words)
    return own >= 2 and own > sum(bool(_LATIN.search(w)) and not script.search(w) for w in words)


def _clear(language: str, p: float, small: dict[str, int], text: str) -> bool:
    """The model's best Latin-script language, confirmed by the small words: sure enough and
    some of its small words (German needs at least as many as any other language, the others
    more; English none of German's: a mix stays German) – or several of its small words and
    none of another language, where a German name pulls the model ("I want to do an
    Ausbildung als Kfz-Mechatroniker")."""
    others = max(n for other, n in small.items() if other != language)
    if language == "tr":
        return p >= CLEAR and (small["tr"] >= 1 or bool(_TURKISH.search(text)))
    if language == "en" and small["de"]:  # "i cant anymore ich will sterben" stays German
        return False
    enough = small[language] >= others if language == "de" else small[language] > others
    if p >= CLEAR and small[language] >= 1 and enough:
        return True
    return small[language] >= SMALL_WORDS_ALONE and others == 0 and p >= 0.5


def only_by_the_model(language: str, other: str, text: str) -> bool:
    """Ukrainian and Russian, Arabic and Farsi (one script each) told apart only by the model,
    not by letters one of them alone has ("так, згодна"; Farsi "16 سالمه", blind set L7): then a
    chat in `other` is not switched to `language`."""
    letters = {"uk": _UKRAINIAN, "ru": _RUSSIAN, "fa": _FARSI_KEYBOARD, "ar": _ARABIC_ONLY}
    if {language, other} not in ({"uk", "ru"}, {"ar", "fa"}):
        return False
    return not letters[language].search(text)


def few_english_words(text: str) -> bool:
    """Fewer than two of English's small words: "ye chizi ba computer, IT" in a Finglish chat
    has English names in it, it is not English (blind set L8)."""
    return sum(w.lower() in FUNCTION_WORDS["en"] for w in _WORD.findall(text)) < 2


def has_german_words(text: str) -> bool:
    """Some of German's small words ("ich", "mir", "nicht" …): a mix, not another language."""
    return any(w.lower() in FUNCTION_WORDS["de"] for w in _WORD.findall(text))


def _one_of(text: str, first: str, second: str, *, own: re.Pattern[str] | None = None,
            other: re.Pattern[str] | None = None) -> str:
    """Two languages of one script: letters only one of them has decide, else the model."""
    if own is not None and own.search(text) and not (other is not None and other.search(text)):
        return first
    if other is not None and other.search(text) and not (own is not None and own.search(text)):
        return second
    p = probabilities(text)
    return first if p.get(first, 0.0) >= p.get(second, 0.0) else second
