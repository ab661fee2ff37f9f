"""Resolve what a young person types as a place (name, district, postal code) to a Kreis.

Exact names and postal codes first, then rapidfuzz for typos. Ambiguous names prefer the
regions Lotse has offers for, then the bigger place (more postal codes).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from matching.foreign_places import ARABIC, CYRILLIC, ForeignNames, finglish_reading
from matching.model import Place
from matching.text import fold

POSTAL_CODE = re.compile(r"(?<!\d)\d{5}(?!\d)")
_ABBREVIATIONS = (
    (re.compile(r"\bv\s*d\s*h(oehe)?\b"), "vor der hoehe"),
    (re.compile(r"\bi\s*ts\b"), "im taunus"),
    (re.compile(r"\ba\s*m\b"), "am main"),
    (re.compile(r"\bst\b"), "sankt"),
)
_SUFFIX = re.compile(r"\s+(im|am|an der|an|vor der|in der|in|bei|ob|unter|auf)\s+.*$")
_PERSIAN_LETTERS = re.compile(r"[پچژگکی]")
_ARABIC_FIRST_WORDS = {"باد", "نوي", "نويه", "نوى"}  # Bad …, Neu-…
_ARTICLES = {"dem", "der", "den"}  # "aus dem hochtaunuskreis", "in der wetterau"
_PREPOSITIONS = {"in", "aus", "bei", "nach", "von", "im", "nahe", "wohnort", "ort"}
# Persian prepositions typed in Latin letters ("too bochum zendegi mikonam", "sakene offenbach")
_FINGLISH_PREPOSITIONS = {"too", "tu", "tuye", "tooye", "dar", "az", "sakene", "ahle", "nazdike",
                          "atrafe", "shahre", "dakhele",
                          # … and Arabic, Russian, Ukrainian in Latin letters ("ana sakin bi darmstadt",
                          # "sakna b offenbach", "zhivu v bochum"), English "from", "near"
                          "bi", "b", "fi", "fe", "f", "min", "mn", "men", "v", "iz", "from", "near"}
# the same in the other languages Lotse reads (also as typed in Latin letters)
_FOREIGN_PREPOSITIONS = {"в", "во", "у", "із", "из", "з", "с", "до", "біля", "около", "под", "під",
                         "возле", "поблизу", "від", "от", "city", "town", "from", "near", "fi", "fe",
                         "min", "mn", "men", "dar", "az", "iz", "v", "في", "فى", "من", "قرب", "جنب",
                         "عند", "بـ", "ب", "لـ", "ل", "على", "عالـ", "الى", "إلى", "بمدينة", "بمدينه",
                         "در", "از", "تو", "توی", "نزدیک", "شهر", "مدينة", "مدينه", "город",
                         "місто", "городе", "місті",
                         # Persian: "به", "ساکن بوخوم", "اهل دارمشتات", "اطراف", "سمت", "طرفای"
                         "به", "ساکن", "اهل", "اطراف", "سمت", "طرف", "طرفای", "حوالی", "نزدیکی",
                         "داخل", "شهرستان", *_FINGLISH_PREPOSITIONS}
# Place names that are ordinary words; in running text they count only after a preposition.
_COMMON_WORDS = {
    "sorge", "elend", "tanne", "linden", "werne", "essen", "hessen", "rhoden", "buehne",
    "zilly", "hamme", "hausen", "berg", "bach", "au", "bad", "kirchen", "ende", "wald",
    "stadt", "dorf", "halle", "weil", "lage", "marl", "hemer", "rees", "kleve", "gera",
    "born", "ahr", "list", "mark", "seelze", "brake", "buch", "horn", "moers", "neu",
    # found as ordinary words in the NLU training data (see tests/matching/test_places.py)
    "ohne", "kommen", "lachen", "leer", "lehre", "stein", "stelle", "wenden",
    "wetter", "wissen", "sinn", "stiege", "linde", "harpen", "laer",
    "arbeit", "schule", "geld", "hilfe", "ruhe", "glaube", "ecke",
    # feelings that are villages too ("bin ich schuld?", "hab kummer"; crisis care, 2026-12-03)
    "schuld", "kummer",
    # English words in the English training data (tests/matching/test_places.py)
    "wanna", "gonna",
    # Arabic greetings typed in Latin letters ("ahlen, fi 7ada?")
    "ahlen",
}
# Words that follow a preposition but are never places ("in meinem land", "nach hause").
_FUNCTION_WORDS = {
    "mein", "meine", "meinem", "meinen", "meiner", "meines", "dein", "deine", "deinem", "deinen",
    "deiner", "sein", "seine", "seinem", "seinen", "seiner", "ihr", "ihre", "ihrem", "ihren",
    "ihrer", "unser", "unsere", "unserem", "unseren", "unserer", "euer", "eure", "eurem", "euren",
    "eurer", "der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen", "einer",
    "allen", "alle", "allem", "innen", "aussen", "hause", "zuhause", "diesem", "dieser", "diesen",
    "jedem", "jeder", "welchem", "welcher", "keinem", "keiner", "mir", "dir", "uns", "euch",
    # rooms and everyday places ("im zimmer eingeschlossen", "im bahnhof geschlafen") that
    # are, or are a typo away from, some village's name
    "zimmer", "lager", "bahnhof", "boden", "eimer", "keller", "garten", "wohnung", "strasse",
    "kueche", "wohnheim", "krankenhaus", "auto", "bett", "park", "bus", "zug",
    # English after "in" ("in weeks", "in school")
    "weeks", "days", "months", "years", "school", "town", "time", "class", "trouble",
}
# Foreign countries and their people are never places (contract: "foreign countries are
# not `place`"); some are a typo away from a German village ("türkei" ~ Türkheim).
FOREIGN_COUNTRIES = frozenset({
    "syrien", "tuerkei", "turkei", "polen", "afghanistan", "irak", "iran", "eritrea", "somalia",
    "ukraine", "russland", "rumaenien", "bulgarien", "italien", "spanien", "griechenland",
    "albanien", "kosovo", "serbien", "kroatien", "bosnien", "marokko", "tunesien", "algerien",
    "aegypten", "libanon", "nigeria", "ghana", "gambia", "guinea", "aethiopien", "pakistan",
    "indien", "vietnam", "china", "usa", "amerika", "frankreich", "england", "oesterreich",
    "schweiz", "niederlande", "holland", "belgien", "portugal", "ungarn", "tschechien",
    "moldau", "georgien", "armenien", "jemen", "sudan", "palaestina", "kurdistan", "ausland",
    "europa", "afrika", "asien", "heimat", "heimatland",
})
# Everyday words a typo away from some village: never resolved as a place on their own.
# "march": the month ("he turned 15 in march", blind set L7), far more often than March im
# Breisgau, which its postal code still finds
_NEVER_PLACES = frozenset({"bahnhof", "zimmer", "schule", "arbeit", "hause", "zuhause", "stadt",
                           "dorf", "land", "kreis", "landkreis", "draussen", "strasse", "heim", "march"})
# Short names people use for their Kreis.
DISTRICT_ABBREVIATIONS = {"htk": "06434", "hochtaunus": "06434", "lk of": "06438",
                          "kreis of": "06438", "lk harz": "15085", "hz": "15085"}
_KREIS_AFFIXES = re.compile(r"^(?:landkreis|kreis|stadtkreis|kreisfreie stadt|region|stadt)\s+|"
                            r"\s*(?:kreis|landkreis)$")
SERVICE_REGIONS: frozenset[str] = frozenset({"06411", "06434", "06438", "15085", "05911"})
FUZZY_CUTOFF = 86.0
NEAREST_MAX_KM = 30.0
EARTH_RADIUS_KM = 6371.0


@dataclass(frozen=True, slots=True)
class PlaceHit:
    """A place found in a text, with the character span it came from."""

    place: Place
    start: int
    end: int
    text: str


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two coordinates (haversine)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((phi2 - phi1) / 2) ** 2
         + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, a)))


def nearest_place(places: Iterable[Place], lat: float, lon: float, *,
                  max_km: float | None = None) -> Place | None:
    """The place closest to (lat, lon); None if there is none or it is farther than `max_km`."""
    if not (math.isfinite(lat) and math.isfinite(lon)):
        return None
    best = min(places, key=lambda p: distance_km(lat, lon, p.lat, p.lon), default=None)
    if best is None or (max_km is not None and distance_km(lat, lon, best.lat, best.lon) > max_km):
        return None
    return best


def in_service_area(region: str | None) -> bool:
    """Whether a Kreis key is one of the five regions with their own offers."""
    return region in SERVICE_REGIONS


def district_keys(kreis: str, *, is_city: bool) -> set[str]:
    """How people name a Kreis: "landkreis harz", "lk harz", "harz", "offenbach land", "stadt bochum"."""
    full = fold(kreis)
    base = _KREIS_AFFIXES.sub("", full).strip()
    if not base:
        return {full}
    if is_city:
        return {full, f"stadt {base}", f"kreisfreie stadt {base}", f"{base} stadt"}
    return {full, base, f"landkreis {base}", f"lk {base}", f"kreis {base}", f"{base} land",
            f"{base} kreis", f"{base}kreis", f"landkreis {base}kreis", f"kreis {base}kreis"}


@lru_cache(maxsize=1 << 16)  # a name is folded again for each of its postal codes
def place_key(name: str) -> str:
    """The folded lookup key of a place name, abbreviations like "v.d.H." spelled out."""
    key = fold(name)
    for pattern, replacement in _ABBREVIATIONS:
        key = pattern.sub(replacement, key)
    return key


def aliases(name: str) -> set[str]:
    """Keys under which a place name can be found: full, without "(…)", suffix or "/…"."""
    full = place_key(name)
    keys = {full}
    base = re.sub(r"\(.*?\)", "", name).split("/")[0]
    keys.add(place_key(base))
    keys.add(_SUFFIX.sub("", place_key(base)))
    return {k for k in keys if len(k) >= 2}


class PlaceIndex:
    """Lookup of places by name or postal code; build once, query many times."""

    def __init__(self, places: Iterable[Place], *, preferred_regions: Iterable[str] = ()) -> None:
        self._preferred = frozenset(preferred_regions)
        places = self._places = tuple(places)
        self._kreis_names = {p.region: p.kreis for p in places}
        by_key: dict[str, list[Place]] = defaultdict(list)
        by_code: dict[str, list[Place]] = defaultdict(list)
        size: dict[str, int] = defaultdict(int)
        keys_of: dict[str, set[str]] = {}  # a town with many postal codes: its keys once
        for place in places:
            size[place.name] += 1
            by_code[place.postal_code].append(place)
            if place.name not in keys_of:
                keys_of[place.name] = aliases(place.name)
            for key in keys_of[place.name]:
                by_key[key].append(place)
        self._size = dict(size)
        self._by_key = {k: self._best(v) for k, v in by_key.items()}
        self._by_code = {c: self._best(v) for c, v in by_code.items()}
        for key, place in self._districts(places).items():
            if key not in self._by_key or key.startswith(("stadt ", "kreis", "landkreis", "lk ")):
                self._by_key[key] = place
        self._keys = list(self._by_key)
        self._foreign = ForeignNames(self._by_key, (
            key for key, place in self._by_key.items()
            if len(key) >= 4 and (place.region in self._preferred or self._size.get(place.name, 0) >= 5)))

    def kreis_name(self, region: str | None) -> str | None:
        """The Kreis of a Kreis key ("15085" → "Harz"), None when unknown."""
        return self._kreis_names.get(region or "")

    def _districts(self, places: tuple[Place, ...]) -> dict[str, Place]:
        """Each Kreis under its names, standing for its biggest place (renamed to the Kreis)."""
        by_region: dict[str, list[Place]] = defaultdict(list)
        for place in places:
            by_region[place.region].append(place)
        keys: dict[str, Place] = {}
        for region, members in sorted(by_region.items()):
            kreis = members[0].kreis
            if not kreis:
                continue
            biggest = max(members, key=lambda p: (self._size.get(p.name, 0), -len(p.name)))
            is_city = any(place_key(p.name) == place_key(kreis) or
                          _SUFFIX.sub("", place_key(p.name)) == place_key(kreis) for p in members)
            district = Place(kreis, biggest.postal_code, region, kreis, biggest.lat, biggest.lon)
            for key in district_keys(kreis, is_city=is_city):
                keys.setdefault(key, district)
        for key, region in DISTRICT_ABBREVIATIONS.items():
            for place in keys.values():
                if place.region == region:
                    keys[key] = place
                    break
        return keys

    def _best(self, candidates: list[Place]) -> Place:
        return min(
            candidates,
            key=lambda p: (p.region not in self._preferred, -self._size.get(p.name, 0),
                           len(p.name), p.postal_code),
        )

    def __len__(self) -> int:
        return len(self._by_key)

    def nearest(self, lat: float, lon: float, *, max_km: float = NEAREST_MAX_KM) -> Place | None:
        """The place closest to a coordinate (a shared location), or None if none is near."""
        return nearest_place(self._places, lat, lon, max_km=max_km)

    def by_postal_code(self, code: str) -> Place | None:
        """The locality of a postal code, or None."""
        return self._by_code.get(code)

    def resolve(self, text: str, *, fuzzy: bool = True) -> Place | None:
        """The place a short answer like "Bad Homburg v.d.H." or "06484" means, or None."""
        code = POSTAL_CODE.search(text)
        if code and (place := self.by_postal_code(code.group())):
            return place
        key = place_key(text)
        words = key.split()
        while words and (words[0] in _PREPOSITIONS or words[0] in _FOREIGN_PREPOSITIONS):
            words = words[1:]
        key = " ".join(words)
        if key and (CYRILLIC.search(key) or ARABIC.search(key)):
            found = self._foreign.key_for(key)
            return self._by_key[found] if found else None
        if not key or key.isdigit() or key in FOREIGN_COUNTRIES or key in _NEVER_PLACES:
            return None
        if key in _FUNCTION_WORDS:
            return None
        if key in self._by_key:
            return self._by_key[key]
        stripped = _SUFFIX.sub("", key)
        if stripped in self._by_key:
            return self._by_key[stripped]
        words = key.split()
        # "oberursel (taunus)", "darmstadt-eberstadt", "bochum langendreer"
        for n in range(len(words) - 1, 0, -1):
            for part in (" ".join(words[:n]), " ".join(words[-n:])):
                if len(part) >= 4 and part in self._by_key:
                    return self._by_key[part]
        if (turkish := self._foreign.turkish_key(key)) is not None:
            return self._by_key[turkish]  # "bochumda", "darmstadttan"
        if (finglish := finglish_reading(key)) != key and finglish in self._by_key:
            return self._by_key[finglish]  # "bokhum", "vernigerode"
        if not fuzzy or len(key) < 4:
            return None
        key = finglish_reading(key, initial_v=False)
        hit = process.extractOne(key, self._keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        # a typo seldom hits the first letter; "türkei" is not "Türkheim", "bahnhof" no "Bahrenhof"
        if hit is None or hit[0][0] != key[0] or any(
                fuzz.ratio(key, word) >= FUZZY_CUTOFF for word in FOREIGN_COUNTRIES | _NEVER_PLACES):
            return None
        # of equally close names the one in a service region or the bigger town ("ofenbach":
        # Offenbach, not Opfenbach)
        ties = [h[0] for h in process.extract(key, self._keys, scorer=fuzz.ratio, limit=5,
                                              score_cutoff=hit[1]) if h[0][0] == key[0]]
        best = max(ties, key=lambda k: (self._by_key[k].region in self._preferred,
                                        self._size.get(self._by_key[k].name, 0)), default=hit[0])
        return self._by_key[best]

    def resolve_answer(self, text: str) -> Place | None:
        """The place in an answer to "Wo wohnst du?", also inside other words ("19 und
        seligenstadt halt"): the whole answer first, then its words without typo tolerance."""
        place = self.resolve(text)
        if place is not None:
            return place
        words = [w for w in place_key(text).split() if not w.isdigit()]
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                part = " ".join(words[i:i + n])
                if len(part) >= 5 and part not in _COMMON_WORDS and (
                        found := self.resolve(part, fuzzy=False)) is not None:
                    return found
        return None

    def find_in_text(self, text: str) -> PlaceHit | None:
        """The first place mentioned in a sentence ("wohne in quedlinbrg"), or None."""
        code = POSTAL_CODE.search(text)
        if code and (place := self.by_postal_code(code.group())):
            return PlaceHit(place, code.start(), code.end(), code.group())
        tokens = [(m.start(), m.end(), place_key(m.group()))
                  for m in re.finditer(r"[\wäöüÄÖÜß.\-]+", text)]
        tokens = [t for t in tokens if t[2]]
        short = len(tokens) <= 3
        for i in range(len(tokens)):
            # after a Finglish "too", "dar": a name with a capital, or a long one ("too much")
            capital = text[tokens[i][0]].isupper()
            after_finglish = (i > 0 and tokens[i - 1][2] in _FINGLISH_PREPOSITIONS
                              and (capital or len(tokens[i][2]) >= 5))
            after_preposition = i > 0 and tokens[i - 1][2] in _PREPOSITIONS or after_finglish
            after_article = (i > 1 and tokens[i - 1][2] in _ARTICLES
                             and tokens[i - 2][2] in {"aus", "in"})
            for n in (4, 3, 2, 1):
                if i + n > len(tokens):
                    continue
                key = " ".join(t[2] for t in tokens[i:i + n])
                place = self._by_key.get(key)
                if place is None and n == 1 and "-" in text[tokens[i][0]:tokens[i][1]]:
                    # "darmstadt-bessungen": the town before the hyphen, the part after it
                    head = place_key(text[tokens[i][0]:tokens[i][1]].split("-")[0])
                    if len(head) >= 4 and head not in _COMMON_WORDS:
                        place, key = self._by_key.get(head), head
                if place is None or key in _PREPOSITIONS:
                    continue
                if n == 1 and (key in _FUNCTION_WORDS or key in FOREIGN_COUNTRIES
                               or key in _NEVER_PLACES):
                    continue
                if n == 1 and key in _COMMON_WORDS and not after_preposition:
                    continue
                if n == 1 and len(key) < 4 and not after_preposition:
                    continue
                # "19, bochum, lagerlogistik": the place alone is one item of a comma list
                before = text[:tokens[i][0]].rstrip()
                after = text[tokens[i + n - 1][1]:].lstrip()
                in_list = ((before.endswith(",") or not before) and (after.startswith(",") or not after)
                           and (before.endswith(",") or after.startswith(",")))
                # "bin 16, bochum hamme": the place after a comma, its town part after it
                with_part = (before.endswith(",") and len(after.split()) <= 2
                             and not re.search(r"[,.;:!?]", after))
                # a town of the service regions needs no capital: in a chat in Turkish, Farsi or
                # German nobody writes one ("22 yaşındayım bochum langendreer", blind set L8)
                home = place.region in self._preferred and len(key) >= 5 and key not in _COMMON_WORDS
                if not (after_preposition or after_article or short or text[tokens[i][0]].isupper()
                        or n > 1 or home
                        or ((in_list or with_part) and len(key) >= 4 and key not in _COMMON_WORDS)):
                    continue
                start, end = tokens[i][0], tokens[i + n - 1][1]
                return PlaceHit(place, start, end, text[start:end])
            # a typo only in a name written with a capital after "too" ("too Ofenbach", not
            # "too reshte")
            # … or after a comma ("17, Dreiech", blind set L28)
            after_comma = capital and text[:tokens[i][0]].rstrip().endswith(",")
            if ((after_preposition or after_comma) and len(tokens[i][2]) >= 5
                    and tokens[i][2] not in _FUNCTION_WORDS
                    and tokens[i][2] not in FOREIGN_COUNTRIES
                    and (capital or tokens[i - 1][2] in _PREPOSITIONS)):
                fuzzy = self.resolve(tokens[i][2])
                if fuzzy is not None:
                    return PlaceHit(fuzzy, tokens[i][0], tokens[i][1], text[tokens[i][0]:tokens[i][1]])
            # a typo in a name of two words, both with a capital ("live in Bad Hombrug", or the
            # name alone: blind set L27)
            if ((after_preposition or short) and i + 1 < len(tokens) and capital
                    and text[tokens[i + 1][0]].isupper() and tokens[i][2] not in _FUNCTION_WORDS
                    and len(tokens[i][2]) + len(tokens[i + 1][2]) >= 8):
                fuzzy = self.resolve(f"{tokens[i][2]} {tokens[i + 1][2]}")
                if fuzzy is not None:
                    return PlaceHit(fuzzy, tokens[i][0], tokens[i + 1][1],
                                    text[tokens[i][0]:tokens[i + 1][1]])
        return self._find_foreign(text, tokens)

    def _find_foreign(self, text: str, tokens: list[tuple[int, int, str]]) -> PlaceHit | None:
        """A place written in Cyrillic or Arabic script ("в Бохуме", "في بوخوم", "باد هومبورغ")
        or with a Turkish case ending ("bochumda")."""
        short = len(tokens) <= 3
        for i, (start, _, key) in enumerate(tokens):
            two_words = True
            after = i > 0 and tokens[i - 1][2] in _FOREIGN_PREPOSITIONS
            raw = text[start:tokens[i][1]]
            if key in _FOREIGN_PREPOSITIONS:
                continue
            if CYRILLIC.search(key):
                # a name is written with a capital; lowercase only the familiar places
                # the first word of an answer too ("оберурзель, вже рік тут")
                # ("Бад Гомбурзі": "бад" is short, the first word of a name all the same)
                if (len(key) < 4 and key != "бад") or not (raw[:1].isupper() or after or short or i == 0):
                    continue
                strict = not raw[:1].isupper()
            elif ARABIC.search(key):
                # no capitals in Arabic script: only after "في", "در", "من" … or as a short
                # answer, or with a preposition written on it ("ساكن ببوخوم", "رحت لدارمشتات")
                attached = (len(key) >= 4 and key[0] in "بل" and not key.startswith(("بال", "لل"))
                            and not _PERSIAN_LETTERS.search(text))  # Farsi "ب" is a verb prefix
                if key.startswith("ال") or not (after or short or attached):
                    continue
                strict = True
                # a word with its preposition on it names a place of two words only when it
                # is their first ("بباد هومبورغ", "بنوي ايزنبورغ"; not "بقول عن")
                two_words = after or short or key[1:] in _ARABIC_FIRST_WORDS
            else:
                if len(key) >= 6 and key not in _COMMON_WORDS and \
                        (turkish := self._foreign.turkish_key(key)) is not None:
                    return PlaceHit(self._by_key[turkish], start, tokens[i][1], raw)
                continue
            for n in (2, 1):  # "Бад-Гомбурге" is one token, "باد هومبورغ" two
                if i + n > len(tokens) or (n == 2 and not two_words):
                    continue
                end = tokens[i + n - 1][1]
                name = " ".join(t[2] for t in tokens[i:i + n])
                found = self._foreign.key_for(name, strict=strict)
                if found in _COMMON_WORDS and not after and ARABIC.search(key):
                    continue  # no capitals to tell a name: "هزینه" (cost) is no Hessen
                if found is not None:
                    start += self._foreign.arabic_prefix(name, found)  # "ببوخوم": the place is "بوخوم"
                    return PlaceHit(self._by_key[found], start, end, text[start:end])
        return None
