"""Rule and lookup entity extraction: age, place, occupation, school qualification, language."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from matching.places import PlaceIndex
from matching.text import convert_with_index, fold
from nlu.ages import MAX_AGE, MIN_AGE, find_age_span
from nlu.foreign_words import LANGUAGE_WORDS, QUALIFICATIONS, find_words
from nlu.model import Entity
from nlu.occupations import OccupationIndex

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
# "diploma from Syria", "атестат з України", "شهادتي من سوريا", "مدرکم از افغانستان"
_FOREIGN_ABROAD = re.compile(
    r"(?<!\w)(?:(?:my\s+)?(?:school\s+)?(?:diploma|certificate|degree|qualification)|аттестат\w*|"
    r"атестат\w*|diplomam|diploma|شهادت\w*|شهاده|بكالوريا|مدرک\w*|دیپلم\w*|shahad\w*)\s+"
    r"(?:is\s+)?(?:from|з|із|из|من|از|mn|men|min|az)\s+"
    # not from here: "شهادتي من المدرسة", "diploma from school", "shahade mn hon"
    r"(?!(?:the\s+)?(?:school|germany|here)\b|(?:ال)?مدرس|هون|هنا|هين|(?:ا|أ)لماني|"
    r"(?:el\s+|l)?madras|almani|hon\b|hna\b)\w+")
# "شهادتي سورية", "البكالوريا من سوريا", "معي شهادة تاسع من العراق", "bakalorya mn souria"
_ARABIC_ABROAD = re.compile(
    r"(?<!\w)(?:ال|بال|و)?(?:شهاد\w*|بكالوريا|بكلوريا|باكالوريا|ثانويه|ثانوية|اعداديه|اعدادية|"
    r"إعدادية|توجيهي|bakalorya|bakaloria|shahad\w*|chahad\w*|diplome)"
    r"(?:\s+(?!من\b|mn\b|men\b|min\b)\w+){0,2}?\s+(?:(?:من|mn|men|min|fi|في|ب|b)\s+)?"
    r"(?:ال)?(?:سوري\w*|عراق\w*|مصر\w*|لبنان\w*|لبناني\w*|اردن\w*|أردن\w*|فلسطين\w*|يمن\w*|"
    r"سودان\w*|ليبيا|ليبي\w*|تونس\w*|جزائر\w*|مغرب\w*|صومال\w*|ارتيريا|اريتريا|تركيا|"
    r"افغانستان|ايران|سعودي\w*|كويت\w*|بلدي|بلادي|بلدنا|sour\w*|syri\w*|suri\w*|3ira2\w*|"
    r"3iraq\w*|iraq\w*|masr\w*|lebnan\w*|maghrib\w*|lmaghrib|dzair)(?!\w)")
_BARE_AGE = re.compile(r"\s*(\d{1,2})\s*(?:jahre|jahre alt|j|jhr)?\s*")
# a place corrected in the same message ("Bad Homburg, ой ні, Friedrichsdorf, сорі",
# "Bochum nein quatsch Herne"): the place after the correction is the one meant (blind set L23)
_CORRECTED = re.compile(
    r"\b(oh no|no wait|i mean|sorry|nein|quatsch|ich meine|ich mein|ой ні|ой нет|ой|ні|нет|вибач|"
    r"вибачте|извини|сорі|сорри|hayır|hayir|pardon|أقصد|قصدي|یعنی|نه ببخشید|ببخشید|bebakhshid|"
    r"bebakhshin|babakhshid|ya3ni|ye3ni|yani)\b", re.IGNORECASE)


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
        qualifications = {**QUALIFICATIONS, **SCHOOL_QUALIFICATIONS}
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
        self._foreign_languages = {**LANGUAGE_WORDS, **{k: v for k, v in languages.items()
                                                      if not k.isascii() or " " in k}}
        self.occupations = OccupationIndex(self.occupation_titles, phrases=self.occupation_phrases,
                                           ordinary=self.ordinary_words)

    def extract(self, text: str) -> list[Entity]:
        """All entities found in `text`, with character spans into `text`."""
        folded, index = _fold_with_index(text)
        found: list[Entity] = []
        found += self._ages(text, folded, index)
        found += self._qualification(text, folded, index)
        found += self._language(folded, index)
        occupation = self._occupation(folded, index, text)
        found += occupation
        if self.places is not None:
            hit = self.places.find_in_text(text)
            for mark in reversed(list(_CORRECTED.finditer(text)) if hit else []):
                later = self.places.find_in_text(text[mark.end():])
                if later is not None and hit is not None and mark.end() + later.start >= hit.end:
                    hit = dataclasses.replace(later, start=mark.end() + later.start,
                                              end=mark.end() + later.end)
                    break
            if hit and not any(_overlaps(hit.start, hit.end, e) for e in found):
                found.append(Entity("place", hit.text, hit.start, hit.end))
        return with_surface_values(sorted(found, key=lambda e: e.start), text)

    def _ages(self, text: str, folded: str, index: list[int]) -> list[Entity]:
        hit = find_age_span(text, today=self.today or date.today())
        if hit is not None:
            return [Entity("age", str(hit.age), hit.start, hit.end)]
        # a message that is only a number ("16", "16 jahre"): the answer to the age question
        bare = _BARE_AGE.fullmatch(folded)
        if bare and MIN_AGE <= int(bare.group(1)) <= MAX_AGE:
            return [_span("age", str(int(bare.group(1))), bare.start(1), bare.end(1), index)]
        return []

    def _qualification(self, text: str, folded: str, index: list[int]) -> list[Entity]:
        m = _FOREIGN.search(folded)
        if m and (self.places is None or self.places.resolve(m.group(1), fuzzy=False) is None):
            return [_span("school_qualification", "foreign", m.start(), m.end(), index)]
        if m := _FOREIGN_ABROAD.search(folded):
            return [_span("school_qualification", "foreign", m.start(), m.end(), index)]
        if m := _ARABIC_ABROAD.search(folded):
            return [_span("school_qualification", "foreign", m.start(), m.end(), index)]
        for surface, pattern, value in self._qualifications:
            m = pattern.search(folded) if surface in folded else None
            if m:
                return [_span("school_qualification", value, m.start(), m.end(), index)]
        return []

    def _language(self, folded: str, index: list[int]) -> list[Entity]:
        found = []
        spans: list[tuple[int, int]] = []
        for m in re.finditer(r"[a-z]+", folded):
            code = self._languages.get(m.group())
            if code and not _persian_verb(folded, m.start(), m.end()):
                found.append(_span("language", code, m.start(), m.end(), index))
                spans.append((m.start(), m.end()))
        for hit in find_words(folded, self._foreign_languages):
            if not any(hit.start < b and a < hit.end for a, b in spans) and \
                    not _persian_verb(folded, hit.start, hit.end):
                found.append(_span("language", hit.value, hit.start, hit.end, index))
        return found

    def _occupation(self, folded: str, index: list[int], text: str = "") -> list[Entity]:
        hit = self.occupations.find(folded)
        if hit is None or (folded[hit.start:hit.end] == "it" and _english_it(folded, hit.start, text,
                                                                            index)):
            return []
        return [_span("occupation", None, hit.start, hit.end, index)]


# Persian "کردی" is Kurdish and "you did" ("کمک کردی", "لطف کردی"): a language only where a
# language is talked about. Finglish "dari" is Dari and "you have" ("ye joke dari?", "darim").
_LANGUAGE_CONTEXT_BEFORE = {"زبان", "به", "و", "فارسی", "دری", "آلمانی", "پشتو", "انگلیسی"}
_LANGUAGE_CONTEXT_AFTER = re.compile(
    r"\s*(?:[,،]|و(?!\w)|است|هست|بلد|حرف|صحبت|هم(?!\w)|میدون|میفهم|گپ|زبان|مادری|مترجم)")
_FINGLISH_HAVE_BEFORE = {"chi", "che", "vaght", "joke", "soal", "dusam", "hanuz", "alan", "pul",
                         "kar", "ye", "koja", "chand", "to", "shoma"}


def _persian_verb(folded: str, start: int, end: int) -> bool:
    """A Persian verb form that is spelt like a language name, used as a verb here."""
    word = folded[start:end]
    before = folded[:start].split()
    previous = before[-1].strip(",،.") if before else ""
    if word in {"darim", "dariam"}:
        return True
    if word == "dari":
        return bool(re.match(r"\s*[?؟]", folded[end:])) or previous in _FINGLISH_HAVE_BEFORE
    if word != "کردی" or not before or previous in _LANGUAGE_CONTEXT_BEFORE:
        return False
    return not _LANGUAGE_CONTEXT_AFTER.match(folded[end:])


# "it" is the IT field after these words ("was mit it", "like IT or so") unless a verb follows
_IT_BEFORE = {"mit", "im", "in", "als", "bereich", "richtung", "was", "irgendwas", "like", "oder",
              "or", "und", "and", "in der"}
_IT_VERB_AFTER = re.compile(r"\s*(?:is|was|s|would|will|takes|take|makes|feels|gets|worth|has|"
                            r"doesn|does|didn|isn|wasn)\b")


def _english_it(folded: str, start: int, text: str, index: list[int]) -> bool:
    """The English pronoun "it" ("appreciate it", "it's pointless"), not the IT field:
    written in lower case and not after a word that introduces a field."""
    if text[index[start]:index[start] + 2] == "IT":
        return False
    before = folded[:start].split()
    after = folded[start + 2:]
    if _IT_VERB_AFTER.match(after):
        return True
    if text[:index[start]].rstrip().endswith((",", "/")):  # "in frankfurt, it or smth"
        return False
    return bool(before) and before[-1] not in _IT_BEFORE


def _word(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(phrase)}\b")


def _fold_with_index(text: str) -> tuple[str, list[int]]:
    """Fold text character by character, keeping for each folded char its source index."""
    return convert_with_index(text, fold)


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
