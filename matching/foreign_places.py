"""German place names written in Cyrillic or Arabic script, or with Turkish case endings.

"в Бохуме", "у Дармштадті", "بوخوم", "دارمشتات", "Bochumda": young people who write in
Russian, Ukrainian, Arabic, Farsi or Turkish name the German place in their own script or
grammar. Cyrillic is transliterated the way German names are written in it (х → ch, шт → st,
ай → ei, кв → qu, г → h or g) after stripping a case ending; Arabic script has no short
vowels, so both sides are reduced to a consonant skeleton ("Bochum" and "بوخوم" → "bhm").
Only the places a young person here is likely to name are candidates for a skeleton or a
fuzzy match: the service regions, their districts and the bigger cities.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Mapping

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

CYRILLIC = re.compile(r"[а-яёіїєґ]", re.IGNORECASE)
ARABIC = re.compile(r"[\u0600-\u06ff]")
FUZZY_CUTOFF = 86.0

_CYR_MULTI = (("шт", "st"), ("шп", "sp"), ("кв", "qu"), ("ай", "ei"), ("ей", "ei"), ("ой", "eu"),
              ("ау", "au"), ("кс", "x"), ("дж", "dsch"), ("ье", "ie"), ("ьо", "jo"))
_CYR = {"а": "a", "б": "b", "в": "w", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "oe", "є": "je",
        "ж": "sch", "з": "s", "и": "i", "і": "i", "ї": "ji", "й": "j", "к": "k", "л": "l", "м": "m",
        "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch",
        "ц": "z", "ч": "tsch", "ш": "sch", "щ": "schtsch", "ъ": "", "ы": "i", "ь": "", "э": "e",
        "ю": "ue", "я": "ja", "'": "", "’": "", "ʼ": ""}
# Case endings of Russian and Ukrainian, longest first; Ukrainian "-бурзі" is "-burg" in the
# locative, "-ові" the dative
_CYR_ENDINGS = ("ові", "ом", "ем", "ою", "ой", "ей", "ах", "е", "і", "у", "а", "и", "ы", "ю")
_CYR_ALTERNATIONS = (("рзі", "рг"), ("рзе", "рг"), ("зі", "г"), ("ці", "к"))

_AR_SKELETON = str.maketrans({
    "ا": "a", "أ": "a", "إ": "a", "آ": "a", "ى": "a", "ي": "i", "ی": "i", "و": "u", "ؤ": "", "ئ": "",
    "ء": "", "ع": "", "ة": "", "ب": "b", "پ": "b", "ت": "t", "ط": "t", "ث": "s", "س": "s",
    "ص": "s", "ش": "s", "ز": "s", "ذ": "s", "ج": "g", "چ": "ts", "ح": "h", "خ": "h", "ه": "h",
    "د": "d", "ض": "d", "ر": "r", "ف": "f", "ڤ": "f", "ق": "k", "ك": "k", "ک": "k", "گ": "g",
    "غ": "g", "ل": "l", "م": "m", "ن": "n", "ژ": "s", "ظ": "s", "\u200c": "", " ": "", "-": "",
})
_DE_SOUNDS = (("sch", "s"), ("ch", "h"), ("ei", "ai"), ("eu", "ui"), ("ie", "i"), ("ck", "k"),
              ("qu", "kf"), ("ph", "f"), ("th", "t"), ("dt", "t"), ("tz", "ts"), ("z", "ts"),
              ("x", "ks"), ("c", "k"), ("v", "f"), ("w", "f"), ("p", "b"), ("j", "i"), ("y", "i"),
              ("e", "i"), ("o", "u"), (" ", ""), ("-", ""))
# Other ways a German sound is heard in Persian: "qu" as کو ("کوئدلینبورگ"), the ich-sound as
# ش ("درای‌آیش" for Dreieich)
_DE_ALTERNATIVES = (("qu", "ku"), ("eich", "eisch"), ("ich", "isch"))
_VOWELS = re.compile(r"[aiu]+")
_REPEATS = re.compile(r"(.)\1+")
_AR_PREFIXES = ("وب", "ول", "ب", "و", "ل", "ف")
# Persian endings on a place name: "اهل دارمشتاتم" (I am from), "بوخومی" (from Bochum),
# "تو اوفنباخه" (it is in)
_FA_SUFFIXES = ("\u200cام", "\u200cای", "\u200cیم", "ام", "یم", "م", "ی")
# Finglish (Persian in Latin letters) spells German sounds its own way: "Bokhum", "Darmshtat",
# "Vernigerode", "Kvedlinburg"
_INITIAL_V = re.compile(r"^v")
_FINGLISH = ((re.compile(r"^kv|^kw"), "qu"), (re.compile(r"kh"), "ch"),
             (re.compile(r"sht"), "st"), (re.compile(r"shp"), "sp"), (re.compile(r"sh"), "sch"),
             (re.compile(r"ou"), "u"), (re.compile(r"oo"), "u"))
# Arabic names of places whose skeleton is not the German one (an exonym, or a spelling that
# drops or adds a consonant); keys as `_ar_plain` writes them, values folded place keys
ARABIC_EXONYMS: dict[str, str] = {
    "ميونخ": "muenchen", "ميونيخ": "muenchen", "مونشن": "muenchen", "كولونيا": "koeln",
    "اوبراورزل": "oberursel", "اوبرورزل": "oberursel", "اوبراورسل": "oberursel",
    "اوبرورسل": "oberursel", "تاله": "thale", "كويدلينبورغ": "quedlinburg",
    "كيدلينبورغ": "quedlinburg", "كودلينبورغ": "quedlinburg",
}
# Arabic words whose skeleton is a place's: "حزين" (sad) is no Hessen, "بيراجع" no Berg
ARABIC_ORDINARY = frozenset({"حزين", "حزينه", "بيراجع", "براجع", "زعلان", "برجع", "غيرت"})
_AR_PLAIN = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي", "ی": "ي", "ک": "ك"})


def _ar_plain(word: str) -> str:
    return word.translate(_AR_PLAIN)


def arabic_spellings(word: str) -> Iterator[str]:
    """A word in Arabic script and the German sounds it may stand for where Arabic writes
    them otherwise: a final ش for "ch" (درايآيش Dreieich), ز for "tz" (لايبزيغ Leipzig), دت for
    "dt" (دارمشتادت Darmstadt)."""
    yield word
    if word.endswith("دت"):
        yield word[:-2] + "ت"
    if word.endswith("ش"):
        yield word[:-1] + "خ"
    if "ز" in word:
        yield word.replace("ز", "تز")
TURKISH_SUFFIXES = ("'daki", "'deki", "daki", "deki", "dayım", "dayim", "deyim", "dan", "den",
                    "tan", "ten", "da", "de", "ta", "te", "ya", "ye", "yı", "yi", "nın", "nin",
                    "e", "a")  # "oberursele yakın" (blind set L8)


def german_sound(folded: str) -> str:
    """A folded German name as Arabic script would write it: consonant classes and a/i/u."""
    text = folded
    for a, b in _DE_SOUNDS:
        text = text.replace(a, b)
    return _REPEATS.sub(r"\1", text)


def german_sounds(folded: str) -> list[str]:
    """`german_sound` and the other ways Persian hears the same name (see `_DE_ALTERNATIVES`)."""
    sounds = [german_sound(folded)]
    for a, b in _DE_ALTERNATIVES:
        if a in folded:
            sounds.append(german_sound(folded.replace(a, b)))
    # a final t is often written د ("دارمشتاد", "هالبرشتاد")
    sounds += [sound[:-1] + "d" for sound in sounds if sound.endswith("t")]
    return list(dict.fromkeys(sounds))


def finglish_reading(folded: str, *, initial_v: bool = True) -> str:
    """A place name typed in Finglish the German way ("bokhum" → "bochum"; with `initial_v`
    also "vernigerode" → "wernigerode", for exact lookups only: German has many v-words)."""
    for pattern, replacement in _FINGLISH:
        folded = pattern.sub(replacement, folded)
    return _INITIAL_V.sub("w", folded) if initial_v else folded


def _vowels_left_out(sound: str, german: str) -> bool:
    """`sound` is the German sound with some vowels not written (Persian writes few)."""
    pattern = "".join(f"(?:{re.escape(c)})?" if c in "aiu" else re.escape(c) for c in german)
    return re.fullmatch(pattern, sound) is not None


def arabic_sound(word: str) -> str:
    """A word in Arabic or Persian script as consonant classes and a/i/u (final ه is a
    vowel, an alef before و or ي only carries it)."""
    word = word.strip()
    if word.endswith("ه") and len(word) > 2:
        word = word[:-1]
    if len(word) > 2 and word[0] in "اأإ" and word[1] in "وي":
        word = word[1:]
    return _REPEATS.sub(r"\1", word.translate(_AR_SKELETON))


def skeleton(sound: str) -> str:
    """The consonants of a sound string."""
    return _REPEATS.sub(r"\1", _VOWELS.sub("", sound))


def german_skeleton(folded: str) -> str:
    return skeleton(german_sound(folded))


def arabic_skeleton(word: str) -> str:
    return skeleton(arabic_sound(word))


def cyrillic_readings(word: str) -> Iterator[str]:
    """Latin spellings a Cyrillic word may stand for, its case ending stripped or not."""
    word = word.lower()
    stems = [word]
    for a, b in _CYR_ALTERNATIONS:
        if word.endswith(a):
            stems.append(word[: -len(a)] + b)
    for ending in _CYR_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stems.append(word[: -len(ending)])
    for stem in dict.fromkeys(stems):
        yield from _latin_variants(stem)


def _latin_variants(word: str) -> Iterator[str]:
    for a, b in _CYR_MULTI:
        word = word.replace(a, "\x00" + b + "\x00")
    # г is h in Ukrainian (and old Russian names: Гамбург), else g; в mostly w; х at the start h
    options: list[tuple[str, ...]] = []
    for i, ch in enumerate(word):
        if ch == "г":
            options.append(("h", "g"))
        elif ch == "в":
            options.append(("w", "v"))
        elif ch == "х" and (i == 0 or word[i - 1] in " -"):
            options.append(("h", "ch"))
        else:
            options.append((_CYR.get(ch, ch),))
    for count, combination in enumerate(itertools.product(*options)):
        if count >= 8:
            return
        yield "".join(combination).replace("\x00", "")


class ForeignNames:
    """Finds the German place a foreign-script or Turkish-inflected word names."""

    def __init__(self, keys: Mapping[str, object], candidates: Iterable[str]) -> None:
        self._keys = keys  # every folded place key (exact lookups)
        self._candidates = frozenset(candidates)  # keys open to fuzzy and skeleton matches
        self._candidate_list = sorted(self._candidates)
        self._skeletons: dict[str, str] = {}
        self._sounds: dict[str, list[tuple[str, str]]] = {}
        for key in self._candidate_list:
            for sound in german_sounds(key):
                consonants = skeleton(sound)
                if len(consonants) >= 3:
                    self._skeletons.setdefault(consonants, key)
                    self._sounds.setdefault(consonants, []).append((sound, key))

    def key_for(self, word: str, *, strict: bool = False) -> str | None:
        """The place key a word (or name) in another script stands for; `strict` (in running
        text): only the familiar places, Arabic script only by its exact skeleton."""
        if CYRILLIC.search(word):
            return self._cyrillic(word, strict=strict)
        if ARABIC.search(word):
            return self._arabic(word, strict=strict)
        return None

    def arabic_prefix(self, name: str, key: str) -> int:
        """How many letters at the start of an Arabic `name` that stands for `key` are a
        preposition written on it ("ب" of "ببوخوم", "ل" of "لأوفنباخ"); 0 when the name
        itself is the place's."""
        doubled = name[:1] == name[1:2]  # "ببوخوم" reads as "بوخوم" once repeats fold
        if not ARABIC.match(name) or (not doubled and self._arabic(name, strict=True, stripped=False) == key):
            return 0
        for prefix in _AR_PREFIXES:
            rest = name[len(prefix):]
            if (name.startswith(prefix) and len(rest) > 3
                    and self._arabic(rest, strict=True, stripped=False) == key):
                return len(prefix)
        return 0

    def turkish_key(self, word: str) -> str | None:
        """ "bochumda", "darmstadttan": a candidate place with a Turkish case ending."""
        for suffix in TURKISH_SUFFIXES:
            base = word[: -len(suffix)]
            if word.endswith(suffix) and len(base) >= 5 and base in self._candidates:
                return base
        return None

    def _cyrillic(self, word: str, *, strict: bool) -> str | None:
        readings = list(dict.fromkeys(r.replace("-", " ") for r in cyrillic_readings(word)))
        for reading in readings:
            if reading in self._candidates:
                return reading
        for reading in readings:
            if not strict and len(reading) >= 5 and reading in self._keys:
                return reading
        best: tuple[float, str] | None = None
        for reading in readings:
            if len(reading) < 4:
                continue
            hit = process.extractOne(reading, self._candidate_list, scorer=fuzz.ratio,
                                     score_cutoff=FUZZY_CUTOFF)
            if hit and hit[0][0] == reading[0] and (best is None or hit[1] > best[0]):
                best = (hit[1], hit[0])
        return best[1] if best else None

    def _arabic(self, word: str, *, strict: bool, stripped: bool = True) -> str | None:
        words = [word]
        if stripped:
            words += [word[len(p):] for p in _AR_PREFIXES if word.startswith(p) and len(word) > len(p) + 3]
        if _ar_plain(word) in ARABIC_ORDINARY:
            return None
        words += [w[: -len(x)] for w in list(words) for x in _FA_SUFFIXES
                  if w.endswith(x) and len(w) > len(x) + 4]
        for candidate in words:
            exonym = ARABIC_EXONYMS.get(_ar_plain(candidate))
            if exonym is not None and exonym in self._keys:
                return exonym
        for candidate in (s for w in words for s in dict.fromkeys(arabic_spellings(w))):
            sound = arabic_sound(candidate)
            consonants = skeleton(sound)
            if candidate.startswith("و") and "f" + consonants in self._skeletons:
                consonants, sound = "f" + consonants, "f" + sound[1:]  # و for W: "ورنیگروده"
            if sound.startswith("ku") and "kf" + consonants[1:] in self._skeletons:
                consonants, sound = "kf" + consonants[1:], "kf" + sound[2:]  # کو for Qu: "کوئدلینبورگ"
            if len(consonants) < 3:
                continue
            if strict:  # in running text the vowels must fit too ("درست" is no Aderstedt)
                close = [(Levenshtein.distance(sound, s), key) for s, key in self._sounds.get(consonants, ())]
                # or, in a longer name, only short vowels left out ("ورنیگروده")
                close = [c for c in close if c[0] <= 1 + len(sound) // 8] or [
                    (len(s) - len(sound), key) for s, key in self._sounds.get(consonants, ())
                    if len(consonants) >= 4 and _vowels_left_out(sound, s)]
                if close:
                    return min(close)[1]
                continue
            if consonants in self._skeletons:
                return self._skeletons[consonants]
            if len(consonants) >= 5:
                hit = process.extractOne(consonants, list(self._skeletons), scorer=Levenshtein.distance,
                                         score_cutoff=1)
                if hit is not None and hit[0][0] == consonants[0]:
                    return self._skeletons[hit[0]]
        return None
