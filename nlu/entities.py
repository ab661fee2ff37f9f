"""Rule and lookup entity extraction: age, place, occupation, school qualification, language."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from matching.places import PlaceIndex
from matching.text import fold
from nlu.model import Entity
from nlu.occupations import OccupationIndex

NUMBER_WORDS = {
    "zwoelf": 12, "dreizehn": 13, "vierzehn": 14, "fuenfzehn": 15, "sechzehn": 16,
    "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "einundzwanzig": 21,
    "zweiundzwanzig": 22, "dreiundzwanzig": 23, "vierundzwanzig": 24, "fuenfundzwanzig": 25,
    "sechsundzwanzig": 26, "siebenundzwanzig": 27,
}
SCHOOL_QUALIFICATIONS: dict[str, str] = {
    "kein abschluss": "none", "keinen abschluss": "none", "ohne abschluss": "none",
    "keinen schulabschluss": "none", "kein schulabschluss": "none", "ohne schulabschluss": "none",
    "keinen hauptschulabschluss": "none", "abschluss nicht geschafft": "none",
    "foerderschulabschluss": "foerderschule", "foerderschule": "foerderschule",
    "abschluss der foerderschule": "foerderschule", "lernbehindertenabschluss": "foerderschule",
    "hauptschulabschluss": "hauptschule", "hauptschule": "hauptschule", "quali": "hauptschule",
    "qualifizierender hauptschulabschluss": "hauptschule", "berufsreife": "hauptschule",
    "erster schulabschluss": "hauptschule", "esa": "hauptschule", "hsa": "hauptschule",
    "realschulabschluss": "realschule", "realschule": "realschule", "mittlere reife": "realschule",
    "mittlerer schulabschluss": "realschule", "msa": "realschule", "fos reife": "realschule",
    "fachoberschulreife": "realschule", "sekundarabschluss i": "realschule",
    "erweiterter realschulabschluss": "realschule", "rs abschluss": "realschule",
    "fachhochschulreife": "fachhochschulreife", "fachabitur": "fachhochschulreife",
    "fachabi": "fachhochschulreife", "fhr": "fachhochschulreife",
    "abitur": "abitur", "abi": "abitur", "allgemeine hochschulreife": "abitur",
    "hochschulreife": "abitur",
}
LANGUAGES: dict[str, str] = {
    "deutsch": "de", "englisch": "en", "english": "en", "arabisch": "ar", "arabic": "ar",
    "tuerkisch": "tr", "turkish": "tr", "ukrainisch": "uk", "ukrainian": "uk", "russisch": "ru",
    "russian": "ru", "farsi": "fa", "persisch": "fa", "dari": "fa", "kurdisch": "ku",
    "kurmanci": "ku", "kurmandschi": "ku", "polnisch": "pl", "rumaenisch": "ro",
    "bulgarisch": "bg", "franzoesisch": "fr", "french": "fr", "spanisch": "es",
    "italienisch": "it", "griechisch": "el", "tigrinya": "ti", "tigrinisch": "ti",
    "somali": "so", "somalisch": "so", "paschtu": "ps", "pashto": "ps", "paschto": "ps",
    "albanisch": "sq", "serbisch": "sr", "kroatisch": "hr", "bosnisch": "bs",
    "vietnamesisch": "vi", "urdu": "ur", "amharisch": "am",
}
_FOREIGN = re.compile(
    r"\b(?:mein\w*\s+)?(?:schul)?(?:abschluss|zeugnis|abitur|abi|diplom|schulabschluss)\s+"
    r"(?:ist\s+|habe\s+ich\s+|hab\s+ich\s+)?(?:aus|von|in)\s+(?:dem\s+|der\s+)?([a-z]+)"
)
_AGE_PATTERNS = (
    re.compile(r"\b(?:bin|ich|alter|age|am)\s*(?:ist\s+|jetzt\s+|erst\s+|schon\s+|grad\s+)?(\d{1,2})\b"),
    re.compile(r"\b(\d{1,2})\s*(?:jahre|jahr|j\b|jhr|years|yo\b|y\b)"),
    # "(w, 17)", "m/16", "17w", "w17" – how people give age and gender in a post
    re.compile(r"\b[wmd]\s*[,/|]?\s*(\d{2})\b"),
    re.compile(r"\b(\d{2})\s*[,/]?\s*[wmd]\b"),
)
_BIRTH_YEAR = re.compile(r"\b(?:19[89]\d|20[0-2]\d)\b")
_BIRTH_CONTEXT = re.compile(r"geboren|jahrgang|bj|baujahr|born")
_OCCUPATION_CUE = re.compile(
    r"\b(?:als|zum|zur|ausbildung|praktikum|lehre|lehrstelle|beruf|bei|im|in)\s+"
    r"(?:(?:ein|eine|einen|einem|einer|der|die|dem|den|im)\s+)?"
)


@dataclass
class EntityExtractor:
    """Extracts the contract's entities from a raw message."""

    places: PlaceIndex | None = None
    occupation_titles: frozenset[str] = frozenset()
    occupation_phrases: tuple[str, ...] = ()
    synonyms: dict[str, str] = field(default_factory=dict)
    today: date | None = None
    ordinary_words: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        qualifications = dict(SCHOOL_QUALIFICATIONS)
        languages = dict(LANGUAGES)
        for surface, value in self.synonyms.items():
            key = fold(surface)
            if value in {"none", "foerderschule", "hauptschule", "realschule",
                         "fachhochschulreife", "abitur", "foreign"}:
                qualifications.setdefault(key, value)
            elif len(value) == 2 and value.isalpha():
                languages.setdefault(key, value)
        # Longest first; each with its word-bounded pattern, compiled once.
        self._qualifications = [
            (surface, _word(surface), value)
            for surface, value in sorted(qualifications.items(), key=lambda kv: -len(kv[0]))]
        self._languages = languages
        self.occupations = OccupationIndex(self.occupation_titles, phrases=self.occupation_phrases,
                                           ordinary=self.ordinary_words)

    def extract(self, text: str) -> list[Entity]:
        """All entities found in `text`, with character spans into `text`."""
        folded, index = _fold_with_index(text)
        found: list[Entity] = []
        found += self._ages(text, folded, index)
        found += self._qualification(text, folded, index)
        found += self._language(folded, index)
        occupation = self._occupation(folded, index)
        found += occupation
        if self.places is not None:
            hit = self.places.find_in_text(text)
            if hit and not any(_overlaps(hit.start, hit.end, e) for e in found):
                found.append(Entity("place", hit.text, hit.start, hit.end))
        return with_surface_values(sorted(found, key=lambda e: e.start), text)

    def _ages(self, text: str, folded: str, index: list[int]) -> list[Entity]:
        year = (self.today or date.today()).year
        candidates: list[tuple[int, int, int]] = []  # (age, start, end) in folded text
        for pattern in _AGE_PATTERNS:
            candidates += [(int(m.group(1)), m.start(1), m.end(1)) for m in pattern.finditer(folded)]
        for word, age in NUMBER_WORDS.items():
            candidates += [(age, m.start(), m.end()) for m in re.finditer(rf"\b{word}\b", folded)]
        words = folded.split()
        birth = _BIRTH_YEAR.search(folded)
        if birth and (_BIRTH_CONTEXT.search(folded) or len(words) <= 2):
            candidates.append((year - int(birth.group()), birth.start(), birth.end()))
        bare = re.fullmatch(r"\s*(\d{1,2})\s*(\w+)?\s*", folded)
        if bare:
            candidates.append((int(bare.group(1)), bare.start(1), bare.end(1)))
        for age, start, end in candidates:
            if 10 <= age <= 40:
                return [_span("age", str(age), start, end, index)]
        return []

    def _qualification(self, text: str, folded: str, index: list[int]) -> list[Entity]:
        m = _FOREIGN.search(folded)
        if m and (self.places is None or self.places.resolve(m.group(1), fuzzy=False) is None):
            return [_span("school_qualification", "foreign", m.start(), m.end(), index)]
        for surface, pattern, value in self._qualifications:
            m = pattern.search(folded) if surface in folded else None
            if m:
                return [_span("school_qualification", value, m.start(), m.end(), index)]
        return []

    def _language(self, folded: str, index: list[int]) -> list[Entity]:
        found = []
        for m in re.finditer(r"[a-z]+", folded):
            code = self._languages.get(m.group())
            if code:
                found.append(_span("language", code, m.start(), m.end(), index))
        return found

    def _occupation(self, folded: str, index: list[int]) -> list[Entity]:
        hit = self.occupations.find(folded)
        return [_span("occupation", None, hit.start, hit.end, index)] if hit else []


def _word(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(phrase)}\b")


def _fold_with_index(text: str) -> tuple[str, list[int]]:
    """Fold text character by character, keeping for each folded char its source index."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        folded = fold(ch) if not ch.isspace() else " "
        if not folded:
            folded = " "
        for c in folded:
            out.append(c)
            index.append(i)
    index.append(len(text))
    return "".join(out), index


def _span(entity: str, value: str | None, start: int, end: int, index: list[int]) -> Entity:
    """An entity whose folded span is mapped back to positions in the original text."""
    return Entity(entity, value or "", index[start], index[end - 1] + 1)


def _overlaps(start: int, end: int, entity: Entity) -> bool:
    return start < entity.end and entity.start < end


def with_surface_values(entities: Iterable[Entity], text: str) -> list[Entity]:
    """Fill empty values (occupation: "as said") with the original surface text."""
    return [
        e if e.value else Entity(e.entity, text[e.start:e.end], e.start, e.end, e.extractor)
        for e in entities
    ]
