"""One young person's whole conversation, written naturally in each of Lotse's eight languages,
and how to tell that a reply is written in that language. Shared by the chat endpoint's tests
(tests/e2e/test_languages_chat.py) and Telegram's (tests/bot/telegram/test_languages.py).

The expected replies are never written here: the tests read them from the catalogues through
the project's own translation (`bot.i18n.use_language` + `bot.core.texts`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from bot.i18n import LANGUAGES, SIMPLE_GERMAN, use_language

T = TypeVar("T")


@dataclass(frozen=True)
class Script:
    """What the person writes, in their language."""

    code: str
    first: str  # the first message: the need, and that German is hard (or not)
    age: str
    place: str  # Quedlinburg (Landkreis Harz), as the language writes it
    cost: str  # a question about the offers shown: does it cost anything?
    suicidal: str  # crisis: 112
    violence: str  # crisis at home: 110
    hint: str | None = None  # the client's language (metadata.language, Telegram language_code)


SCRIPTS: tuple[Script, ...] = (
    Script("de", "Hallo, ich suche eine Ausbildung", "ich bin 17", "ich wohne in Quedlinburg",
           "kostet das was?", "ich will nicht mehr leben",
           "mein vater schlägt mich, ich hab angst nach hause zu gehen"),
    # Einfache Sprache is German: the client asks for it (the README: `metadata.language`)
    Script(SIMPLE_GERMAN, "Hallo. Ich suche eine Ausbildung.", "17", "Quedlinburg",
           "Muss ich da was bezahlen?", "Ich will nicht mehr leben.",
           "Mein Vater schlägt mich. Ich habe Angst vor zu Hause.", hint=SIMPLE_GERMAN),
    Script("en", "Hi, I'm looking for an apprenticeship but I don't speak German well",
           "I'm 17", "I live in Quedlinburg", "does it cost anything?",
           "i want to kill myself", "my dad hits me and i'm scared to go home"),
    Script("uk", "Привіт, я шукаю Ausbildung, але погано говорю німецькою", "мені 17",
           "я живу в Кведлінбурзі", "це коштує гроші?", "хочу покінчити з собою",
           "тато мене б'є, я боюся йти додому"),
    Script("ru", "Привет, я ищу место для обучения профессии (Ausbildung)", "мне 17 лет",
           "живу в Кведлинбурге", "это платно?", "не хочу больше жить, сегодня всё закончу",
           "он меня бьёт каждый день, мне страшно идти домой"),
    Script("ar", "السلام عليكم، أنا أبحث عن تدريب مهني لكن لغتي الألمانية ضعيفة", "عمري 17 سنة",
           "أسكن في كفيدلينبورغ", "هل هذا مجاني؟", "بدي انتحر، ما عاد بدي عيش",
           "أبي يضربني كل يوم وأنا خائف أرجع على البيت"),
    Script("tr", "Merhaba, meslek eğitimi (Ausbildung) arıyorum ama Almancam iyi değil",
           "17 yaşındayım", "Quedlinburg'da oturuyorum", "ücretli mi?",
           "artık yaşamak istemiyorum, kendimi öldürmek istiyorum",
           "babam beni her gün dövüyor, eve gitmekten korkuyorum"),
    Script("fa", "سلام، من دنبال یه آموزش حرفه‌ای (Ausbildung) می‌گردم، آلمانیم زیاد خوب نیست",
           "۱۷ سالمه", "تو کوئدلینبورگ زندگی می‌کنم", "هزینه داره؟", "می‌خوام خودمو بکشم",
           "پدرم هر روز منو کتک میزنه، میترسم برم خونه"),
)
assert tuple(s.code for s in SCRIPTS) == LANGUAGES  # every language, in the README's order

# words of a German reply that no English one has
GERMAN_WORDS = re.compile(r"\b(ich|du|dir|dich|nicht|und|bitte|Danke|wohnst|Stelle|Alter)\b")
# and words that show a reply is German (not English, not Turkish)
_GERMAN = re.compile(r"\b(ich|du|dir|dich|dein\w*|mir|nicht|nichts|und|bitte|danke|welche\w*|"
                     r"wie|wo|ja|nein|schick\w*|das|ist|bei|zu)\b", re.IGNORECASE)
_CYRILLIC = re.compile(r"[а-яА-Я]")
_UKRAINIAN = re.compile(r"[іїєґІЇЄ]")
_ARABIC = re.compile(r"[\u0621-\u064a]")
_PERSIAN = re.compile(r"[پچژگکی]")
_TURKISH = re.compile(r"[çğışÇĞİŞ]")
_RUSSIAN = re.compile(r"[ыэъёЫЭЪЁ]")
_ENGLISH_WORDS = re.compile(r"\b(you|your|I|the|to|which|what|how|anything|send)\b", re.IGNORECASE)


def reads_as(code: str, text: str) -> bool:
    """Whether `text` (a reply; names of German places and services aside) is written in
    `code`, as far as its script and small words tell."""
    if code in ("de", SIMPLE_GERMAN):
        return bool(_GERMAN.search(text))
    if code == "en":
        return bool(_ENGLISH_WORDS.search(text)) and not GERMAN_WORDS.search(text)
    if code == "uk":
        return bool(_CYRILLIC.search(text)) and not _RUSSIAN.search(text)
    if code == "ru":
        return bool(_CYRILLIC.search(text)) and not _UKRAINIAN.search(text)
    if code == "ar":
        return bool(_ARABIC.search(text)) and not _PERSIAN.search(text)
    if code == "fa":
        return bool(_PERSIAN.search(text))
    if code == "tr":
        return bool(_TURKISH.search(text)) and not GERMAN_WORDS.search(text)
    raise ValueError(code)


def said(code: str, read: Callable[[], T]) -> T:
    """What Lotse says in `code`: `read` runs with that language current, so that
    `texts.X` and `_("…")` come from its catalogue."""
    with use_language(code):
        return read()
