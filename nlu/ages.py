"""Ages in any form young people (and their parents) write them.

`find_age` is strict – it reads a number as an age only in an age context ("bin 16",
"16 jahre alt", "jahrgang 2009", "mein sohn ist 14", "bin ich mit 20 zu alt") and is safe
on every message: postal codes, phone numbers, grades ("in der 10."), years ("seit 2019"),
money ("20 euro") and durations ("2 jahre in deutschland") are no ages. `read_age` in
bot/core/slots.py is the lenient reader for a bare answer to "Wie alt bist du?".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from matching.text import convert_with_index
from nlu.ages_foreign import FOREIGN_BIRTH, FOREIGN_NUMBER_WORDS, FOREIGN_SELF, foreign_number, gregorian

MIN_AGE, MAX_AGE = 10, 40

_UNITS = {"ein": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fuenf": 5, "sechs": 6,
          "sieben": 7, "acht": 8, "neun": 9}
NUMBER_WORDS: dict[str, int] = {
    "zehn": 10, "elf": 11, "zwoelf": 12, "dreizehn": 13, "vierzehn": 14, "fuenfzehn": 15,
    "funfzehn": 15, "sechzehn": 16, "sechszehn": 16, "siebzehn": 17, "siebenzehn": 17,
    "achtzehn": 18, "achzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreissig": 30,
    **{f"{unit}undzwanzig": 20 + n for unit, n in _UNITS.items() if unit != "eins"},
}
_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# An age as written: digits not part of a longer number, date, decimal or postal code,
# or a number word (then "einhalb" may follow).
_NOT_AN_AGE_AFTER = r"[\d]|[.,]\d|\s*(?:€|euro|eur\b|%|uhr|cent|kg|km|cm|\.\s*klasse|klasse|te[nr]?\b)"
NUM = rf"(?<![\d.,/:+-])(?:(\d{{1,2}})(?!{_NOT_AN_AGE_AFTER})|\b({_WORD})(?:einhalb)?\b)"
_ADVERB = (r"(?:jetzt |erst |schon |grad |gerade |noch |ja |halt |auch |aktuell |mittlerweile |"
           r"inzwischen |dann |nun |uebrigens |btw |eigentlich |ungefaehr |fast |knapp )*")
_YEARS = r"(?:jahre|jahren|jahr|jhr|jahre?n? jung|years|yrs)"

# (pattern, offset): offset -1 for "werde 17" (is 16 now).
_SELF: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(rf"\b(?:ich bin|bin|ich|i am|i['’´]?m|alter|alter ist|age)\s*:?\s+{_ADVERB}{NUM}"
                r"(?!\s*(?:uhr|mal|min|minuten|stunden|tage|wochen|monate|euro|prozent)\b)"), 0),
    (re.compile(rf"{NUM}\s*{_YEARS}\s+alt\b"), 0),
    (re.compile(rf"{NUM}\s*(?:j\b|jr\b|jhr\b|yo\b|y/o\b|jahre? jung)"), 0),
    (re.compile(rf"\b(?:ich bin|bin|ich)\s+{_ADVERB}{NUM}\s*{_YEARS}\b"), 0),
    (re.compile(rf"\bwerd(?:e)?\s+(?:ja |jetzt |doch |bald |schon |naechste[nrs]? \w+ |"
                rf"im \w+ |am \w+ |morgen |uebermorgen |dieses jahr |diesen monat |demnaechst |"
                rf"in \w+ (?:tagen|wochen|monaten) )*{NUM}"), -1),
    # "bin ich mit 20 zu alt", "kann ich mit 17 schon", "mit 16 jahren darf man"
    (re.compile(rf"\bich\s+(?:\w+\s+){{0,2}}mit\s+{NUM}"), 0),
    (re.compile(rf"\bmit\s+{NUM}\s*(?:jahren\s+)?(?:zu alt|zu jung|noch|schon|alt genug|"
                rf"darf|kann|bin|ist)"), 0),
    # a correction: "nee doch 17 sry", "ich meinte 17", "eigentlich 15" (blind set I)
    (re.compile(rf"\b(?:doch|eigentlich|ich meinte|meinte|korrektur|sorry|sry)\s*[,:]?\s+{NUM}"
                r"\s*(?:sry|sorry|jahre|!|\.|$)"), 0),
    # "(w, 17)", "m/16", "17w", "w17" – how people give age and gender in a post
    # "… in wernigerode, 17, mein chef …": a number alone between commas
    (re.compile(r"(?:^|,)\s*(\d{2})\s*(?:,|$)"), 0),
    (re.compile(r"\(\s*[wmd]\s*[,/|]?\s*(\d{2})\s*\)|(?<![\w-])[wmd]\s*[,/|]\s*(\d{2})\b"
                r"|(?<![\w-])[wmd](\d{2})\b|\b(\d{2})\s*[,/]?\s*[wmd](?![\w-])"), 0),
)
_PERSON = (r"(?:sohn|tochter|kind|kleine[rn]?|grosse[rn]?|bruder|schwester|cousin|cousine|mann|frau|"
           r"neffe|nichte|enkel|enkelin|schueler|schuelerin|jugendliche[rn]?|klient|klientin|"
           r"freund|freundin|kumpel|junge|sohnemann|bub|maedchen|er|sie|he|she|son|daughter)")
_OTHER: tuple[tuple[re.Pattern[str], int], ...] = (
    # "he's 16", "she's 17" (blind set L17), also folded ("he s 16")
    (re.compile(rf"\b{_PERSON}\s*(?:ist|is|['’]s|\ss)\s+{_ADVERB}{NUM}"), 0),
    (re.compile(rf"\b{_PERSON}\s*(?:\(|,|:|-)\s*{NUM}"), 0),
    # "für meinen kleinen bruder, der is 14" (blind set L22)
    (re.compile(rf"\b{_PERSON}\s*,?\s+(?:der|die)\s+(?:ist|is)\s+{_ADVERB}{NUM}"), 0),
    (re.compile(rf"\b{_PERSON}\s+(?:von|bei|aus)\s+(?:mir|uns|meiner klasse)\s*(?:\(|,|:|-)\s*{NUM}"), 0),
    (re.compile(rf"\b{_PERSON}\s+(?:wird|wird bald|wird im \w+)\s+{NUM}"), -1),
    # "she turned 17 last week", "er ist jetzt 17" (blind set I)
    (re.compile(rf"\b{_PERSON}\s+(?:turned|just turned|has turned|has just turned|is now|wurde|ist jetzt|"
                rf"ist gerade)\s+{NUM}"), 0),
    (re.compile(rf"\b{_PERSON}\s+(?:von\s+)?{NUM}\s*{_YEARS}"), 0),
    (re.compile(rf"\b(?:mein|meine|meinem|meiner|unser|unsere)\s+{_PERSON}\s+{NUM}"
                r"(?!\s*(?:mal|stunden|tage|wochen|monate|minuten))"), 0),
)
_YEAR = r"((?:19|20)\d{2}|'?\d{2}(?=er))"
_BIRTH: tuple[re.Pattern[str], ...] = (
    re.compile(rf"\b(?:jahrgang|jg|bj|baujahr|geburtsjahr)\s*\.?\s*:?\s*{_YEAR}"),
    re.compile(rf"\b{_YEAR}(?:er)?\s+(?:jahrgang|geboren|born)"),
    re.compile(r"\b(?:geboren|geb|born|geburtstag)\s*\.?\s*(?:am|in|im|bin|ist)?\s*:?\s*"
               r"(?:\d{1,2}\s*[./]\s*\d{1,2}\s*[./]\s*)?(\d{4}|\d{2})\b"),
    re.compile(rf"\b(?:bin|ist|sind)\s+(?:von|aus dem jahr(?:gang)?)\s+{_YEAR}\b"),
)
_BIRTH_DATE = re.compile(r"\b(\d{1,2})\s*[./]\s*(\d{1,2})\s*[./]\s*(\d{4}|\d{2})\b")
_BIRTH_CONTEXT = re.compile(r"\b(?:geboren|geb|born|geburtstag|geburtsdatum)\b")


@dataclass(frozen=True, slots=True)
class AgeSpan:
    """An age found in a text, with the character span it was read from."""

    age: int
    start: int
    end: int


# Arabic-Indic and Persian digits as ASCII digits, Persian ی/ک as Arabic ي/ك (one char each)
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹یک", "01234567890123456789يك")


# the ASCII characters str.isspace() knows, each written as one space by convert_with_index
_ASCII_SPACE = re.compile("[" + re.escape("".join(chr(c) for c in range(128) if chr(c).isspace())) + "]")


def lower_with_index(text: str) -> tuple[str, list[int]]:
    """Lowercase with umlauts spelled out, punctuation kept, Arabic-Indic and Persian digits
    as ASCII; for each char its source index."""
    if text.isascii():  # one character for one (most messages): the same, a string at a time
        return _ASCII_SPACE.sub(" ", text.lower()), list(range(len(text) + 1))
    return convert_with_index(text, lambda ch: ch.lower().replace("ä", "ae").replace("ö", "oe")
                              .replace("ü", "ue").replace("ß", "ss").translate(_DIGITS))


def number_value(match: re.Match[str]) -> int | None:
    """The number of an age match (its digits or number word)."""
    for group in match.groups():
        if group and group.isdigit():
            return int(group)
        if group in NUMBER_WORDS:
            return NUMBER_WORDS[group]
        if group and (value := foreign_number(group)) is not None:
            return value
    return None


def _full_year(raw: str, today: date) -> int | None:
    raw = raw.lstrip("'")
    if len(raw) == 4:
        return int(raw)
    if len(raw) == 2:
        year = 2000 + int(raw)
        return year if year <= today.year else 1900 + int(raw)
    return None


def age_on(today: date, year: int, month: int | None = None, day: int | None = None) -> int:
    """Age in years on `today` of someone born then (by year alone: this year's birthday)."""
    if month is None or day is None:
        return today.year - year
    return today.year - year - ((today.month, today.day) < (month, day))


# The first word of every number word (German and the six languages): an age is read from digits
# or from a number word, and a text with neither has none – most messages, which then skip the
# sixty patterns (a third of the embedded NLU's time before; the same answers on every message of
# the training and test data, tests/nlu/test_ages.py)
_NUMBER_TOKENS = frozenset(re.findall(r"\w+", word)[0]
                           for word in (*NUMBER_WORDS, *FOREIGN_NUMBER_WORDS) if re.search(r"\w", word))
_TOKEN = re.compile(r"\w+")


def may_state_a_number(low: str) -> bool:
    """Whether a lowercased text has a digit or a word that begins a number word."""
    if any(ch.isdigit() for ch in low):
        return True
    return any(t in _NUMBER_TOKENS or t.removesuffix("einhalb") in _NUMBER_TOKENS
               for t in _TOKEN.findall(low))


def find_age_span(text: str, *, today: date) -> AgeSpan | None:
    """The age a message states, with its span in `text` (strict: only in age contexts).

    Someone else's age ("mein sohn ist 14") wins over the writer's own, because a parent,
    teacher or friend asks for that young person.
    """
    low, index = lower_with_index(text)
    if not may_state_a_number(low):
        return None

    def span(age: int, start: int, end: int) -> AgeSpan | None:
        if MIN_AGE <= age <= MAX_AGE:
            return AgeSpan(age, index[start], index[end - 1] + 1)
        return None

    for patterns in (_OTHER, _SELF, FOREIGN_SELF):
        for pattern, offset in patterns:
            for m in pattern.finditer(low):
                value = number_value(m)
                start, end = _number_span(m)
                if value is not None and (hit := span(value + offset, start, end)):
                    return hit
    if _BIRTH_CONTEXT.search(low):
        for m in _BIRTH_DATE.finditer(low):
            year = _full_year(m.group(3), today)
            if year and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(1)) <= 31:
                age = age_on(today, year, int(m.group(2)), int(m.group(1)))
                if hit := span(age, m.start(), m.end()):
                    return hit
    for pattern in (*_BIRTH, *FOREIGN_BIRTH):
        for m in pattern.finditer(low):
            year = _full_year(m.group(1), today)
            year = gregorian(year) if year else year
            if year and (hit := span(age_on(today, year), m.start(1), m.end(1))):
                return hit
    return None


def _number_span(m: re.Match[str]) -> tuple[int, int]:
    """The span of the number inside an age match (the last group that matched)."""
    for i in range(len(m.groups()), 0, -1):
        if m.group(i):
            return m.start(i), m.end(i)
    return m.start(), m.end()


def find_age(text: str, *, today: date) -> int | None:
    """The age a message states, or None (strict: only in age contexts)."""
    hit = find_age_span(text, today=today)
    return hit.age if hit else None
