"""Finding an occupation in a message: official titles (exact or with one typo), their
short forms, and the words young people use ("kfz mechaniker", "was mit tieren").

Typos are matched with rapidfuzz's OSA distance (a swap of two letters is one typo) over
titles of about the same length; only after a cue ("als", "zur", "… werden") or in a
short answer, so ordinary sentences stay free of invented occupations.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

from matching.text import fold
from nlu.foreign_words import FIELD_WORDS, OCCUPATIONS, find_words, lookup_word

# Short forms and youth words -> an official title (folded) or an occupational field.
SHORT_FORMS: dict[str, str] = {
    "kfz mechaniker": "kraftfahrzeugmechatroniker", "kfz mechanikerin": "kraftfahrzeugmechatronikerin",
    "kfz mechatroniker": "kraftfahrzeugmechatroniker",
    "kfz mechatronikerin": "kraftfahrzeugmechatronikerin", "kfzler": "kraftfahrzeugmechatroniker",
    "automechaniker": "kraftfahrzeugmechatroniker", "automechanikerin": "kraftfahrzeugmechatronikerin",
    "einzelhandelskauffrau": "kauffrau im einzelhandel",
    "einzelhandelskaufmann": "kaufmann im einzelhandel",
    "bueromanagement": "kaufmann fuer bueromanagement",
    "lagerlogistik": "fachkraft fuer lagerlogistik",  # "ich will arbeit in lager. lagerlogistik" (L9)
    "buerokauffrau": "kauffrau fuer bueromanagement", "buerokaufmann": "kaufmann fuer bueromanagement",
    "industriekauffrau": "industriekauffrau", "industriekaufmann": "industriekaufmann",
    "fisi": "fachinformatiker", "fiae": "fachinformatiker", "informatiker": "fachinformatiker",
    "programmierer": "programmierer", "it": "fachinformatiker", "it ler": "fachinformatiker",
    "itler": "fachinformatiker", "zahnarzthelferin": "zahnmedizinische fachangestellte",
    "arzthelferin": "medizinische fachangestellte", "arzthelfer": "medizinischer fachangestellter",
    "mfa": "medizinische fachangestellte", "zfa": "zahnmedizinische fachangestellte",
    "pflegefachkraft": "pflegefachmann", "krankenschwester": "pflegefachfrau",
    "krankenpfleger": "pflegefachmann", "altenpflegerin": "altenpflegerin",
    "frisoer": "friseur", "frisoerin": "friseurin", "friseuse": "friseurin",
    "lagerist": "fachlagerist", "lageristin": "fachlageristin",
    "kita": "erzieher", "kindergaertnerin": "erzieherin", "kindergaertner": "erzieher",
    "elektriker": "elektroniker", "elektrikerin": "elektronikerin",
    "polizei": "polizeivollzugsbeamter", "polizist": "polizeivollzugsbeamter",
    "polizistin": "polizeivollzugsbeamtin", "feuerwehr": "feuerwehrmann",
    "tierarzthelferin": "tiermedizinische fachangestellte",
    # blind conversation set J (2026-12-04)
    "frisoese": "friseurin", "frisoesin": "friseurin", "frisese": "friseurin",
    "notfallsani": "notfallsanitaeter", "notfallsanis": "notfallsanitaeter",
    "rettungssani": "notfallsanitaeter",
    "sani": "notfallsanitaeter", "sanitaeter": "notfallsanitaeter", "sanitaeterin": "notfallsanitaeterin",
    "physio": "physiotherapeut", "physiotherapeutin": "physiotherapeutin",
}
# "(irgend)was mit tieren" – occupational fields by what young people name.
FIELDS: dict[str, str] = {
    "tieren": "tiere", "tiere": "tiere", "pferden": "tiere", "hunden": "tiere",
    "kindern": "kinder", "kids": "kinder", "menschen": "menschen", "leuten": "menschen",
    "medien": "medien", "computern": "it", "computer": "it", "pc": "it", "pcs": "it",
    "it": "it", "informatik": "it", "technik": "technik", "autos": "kfz", "auto": "kfz",
    "motoren": "kfz", "holz": "holz", "essen": "gastronomie", "kochen": "gastronomie",
    "mode": "mode", "klamotten": "mode", "sport": "sport", "handwerk": "handwerk",
    "pflanzen": "gruen", "natur": "gruen", "garten": "gruen", "buero": "buero",
    "gesundheit": "gesundheit", "pflege": "pflege", "musik": "kunst", "kunst": "kunst",
    "design": "kunst", "elektro": "elektro", "strom": "elektro", "metall": "metall",
    "verkauf": "handel", "geld": "finanzen", "zahlen": "finanzen", "sprachen": "sprachen",
    "haaren": "koerperpflege", "beauty": "koerperpflege", "bau": "bau", "logistik": "logistik",
    "lager": "logistik",  # "Im Lager." after the offers (blind set L27)
}
_FIELD_PHRASE = re.compile(
    r"\b(?:irgend)?(?:etwas|was|wat)\s+(?:mit|im|in der|in|am)\s+(?:dem\s+|der\s+|den\s+|die\s+)?"
    r"([a-z]+)\b")
# Strong cues: what follows is meant as an occupation.
_CUE = re.compile(
    r"\b(?:als|zum|zur|ausbildung|ausbildungsplatz|praktikum|lehre|lehrstelle|beruf|job|"
    r"berufswunsch|traumberuf|werden|wurde|bei|im|in)\s+"
    r"(?:(?:ein|eine|einen|einem|einer|der|die|dem|den|im|so|was|als)\s+)*")
_WISH = re.compile(r"\b(?:will|moechte|moecht|mochte|wuerde|wuerd|gern|gerne|ich|mal|auch)\s+")
_WERDEN = re.compile(r"\b(werden|werd|machen|lernen)\b")
# "something with animals" in the other languages: the word after the frame names a field
_FOREIGN_FIELD = re.compile(
    r"(?<!\w)(?:something|anything|smth|sth|щось|шось|что ?то|что-то|что нибудь|что-нибудь|"
    r"شي|شيء|اشي|shi|ishi|یه چیزی|چیزی|کار|kar|shchos|shchos|shos|chto ?to|chto nibud)\s+"
    r"(?:(?:to do\s+)?with|in|з|із|с|со|مع|ب|با|ba|ma3|z|iz|s|so)"
    r"\s+(?:the\s+)?([\w'’-]+)|(?<!\w)([\w'’-]+)\s+(?:ile ilgili|ilgili)"
    # where one wants to work: "хоче в лікарню", "хочет работать в офисе", "büroda çalışmak",
    # "بدي اشتغل بمستشفى", "تو بیمارستان کار کنم", "work in an office"
    r"|(?<!\w)(?:хоч\w*|хотіл\w*|хотел\w*|працювати|работать|робота|работа)\s+(?:працювати\s+|работать\s+)?"
    r"(?:в|у|на|во)\s+([\w-]+)"
    r"|(?<!\w)([\w]+?)(?:da|de|ta|te)\s+(?:çalış|calis)\w*"
    r"|(?:اشتغل|بشتغل|اشتغال|شغل)\s+(?:في\s+|ب\s*)?([\w]+)"
    r"|(?<!\w)(?:تو|در)\s+([\w]+)\s+کار"
    # "ب" written on the field: "شي بالسيارات" (blind set L13)
    r"|(?<!\w)(?:شي|شيء|اشي)\s+(ب[\w]+)"
    r"|(?<!\w)work(?:ing)?\s+(?:in|at)\s+(?:an?\s+|the\s+)?([\w-]+)")
# Persian puts the field before the verb: "دوست دارم با بچه ها کار کنم", "ba heyvanat kar konam"
# (or the field alone: "با بچه ها")
_FA_FIELD = re.compile(r"(?<!\w)(?:با|ba)\s+([\w'’-]+(?:\s+ها|\s+ha)?)(?:\s+(?:کار|kar)(?!\w)|\s*$)")
# Cue words after which only an exact title counts (too common to try typos behind them).
_WEAK_CUES = {"bei", "beim", "im", "in", "job", "praktikum"}
# Short words inside titles ("Kaufmann für Tourismus und Freizeit") a typo may hit.
_TITLE_FUNCTION_WORDS = ("und", "in", "im", "an", "am", "der", "die", "das", "den", "dem",
                         "fuer", "einer", "eines", "einem", "of", "and", "bei", "mit", "zur", "zum")


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Everyday words one typo away from some title ("sicher" ~ "Eicher", "später" ~ "Spalter");
# never corrected. The NLU training data's own words are added at start (`ordinary_words`).
EVERYDAY_WORDS = _wordset("""
sicher lieber spaeter abbrechen beraten loeschen anschreiben bitte danke schreiben machen
lernen arbeiten arbeit wieder immer schule eltern mutter vater freund freundin wohnung
geld schulden hilfe helfen leider einfach vielleicht eigentlich wirklich richtig schlecht
gerade morgen heute gestern wollen sollen koennen muessen brauchen suchen finden fragen
sagen denken glauben wissen kennen meinen wohnen leben bleiben gehen kommen stehen
sitzen liegen spielen zocken schauen sehen hoeren reden sprechen erzaehlen schlafen
""")
# Words for people one meets (contract: role words are no occupation) and lookup words that
# are everyday things too ("die bank nervt", "im lager"): only after a strong cue
# ("als", "zur", "… werden") or as the whole answer.
ROLE_WORDS = _wordset("""
lehrer lehrerin chef chefin ausbilder ausbilderin mitarbeiter mitarbeiterin berater beraterin
betreuer betreuerin sozialarbeiter sozialarbeiterin psychologe psychologin agent arzt aerztin
trainer trainerin vermittler vermittlerin
""")
AMBIGUOUS_PHRASES = ROLE_WORDS | _wordset("""
bank lager hotel versicherung sicherheit reinigung verwaltung werkstatt zoll fitness
buero logistik polizei feuerwehr bundeswehr
""")
# Places of work named with "im"/"in der" as the whole answer ("Im Lager.", blind set L27) – not
# a hotel, a bank or the police, where one may also just be
WORKPLACES = _wordset("lager buero werkstatt logistik verwaltung")
_WORKPLACE_LEAD = ("im", "in der", "ins", "in die", "in einem", "in einer")
# Services one turns to for help, named like a career: "zur polizei" is a wish to report,
# not a career, when fear, a report or a question about going there is near.
HELP_SERVICES = _wordset("polizei feuerwehr")
_TURN_TO_HELP = re.compile(
    r"\b(trau\w*|angst|anzeige\w*|anzeigen|melden|meldet|soll ich|sollte ich|muss ich|nicht zur|"
    r"keine polizei|die polizei (rufen|anrufen|holen|kommt|kam)|polizei (rufen|anrufen|holen|gerufen|geholt)|"
    r"zur polizei (gehen|gegangen|zu gehen|geh)\b.{0,40}\b(anzeige|melden|erzaehl\w*|sagen))\b")
MAX_WORDS = 7
SHORT_MESSAGE_WORDS = 4
MIN_FUZZY_LENGTH = 6


@dataclass(frozen=True, slots=True)
class OccupationHit:
    """An occupation in a folded text: the span and the title (or field) it stands for."""

    start: int
    end: int
    title: str


def allowed_typos(length: int) -> int:
    """How many typos a candidate of this length may have (none below six letters)."""
    if length < MIN_FUZZY_LENGTH:
        return 0
    return 1 if length < 10 else 2


class OccupationIndex:
    """Official titles (folded), searchable exactly and with a typo; build once.

    A typo is corrected word by word against the words titles are made of (far fewer
    than titles, and a message's window has only a few unknown words), then the longest
    exact title is taken: quick enough for every message.
    """

    def __init__(self, titles: Iterable[str], *, phrases: Iterable[str] = (),
                 short_forms: Mapping[str, str] = SHORT_FORMS,
                 ordinary: Iterable[str] = ()) -> None:
        self._exact: dict[str, str] = {}
        for title in titles:
            key = fold(title)
            if len(key) >= 3:
                self._exact[key] = key
        for key in list(self._exact):
            self._exact.setdefault(key.replace(" ", ""), key)
            # "fachinformatiker systemintegration", "elektroniker betriebstechnik"
            for filler in (" fachrichtung ", " fuer ", " schwerpunkt ", " fachbereich "):
                if filler in key:
                    self._exact.setdefault(key.replace(filler, " "), key)
        for surface, title in short_forms.items():
            self._exact.setdefault(fold(surface), fold(title))
        self._phrases = sorted({fold(p) for p in phrases if fold(p)}, key=len, reverse=True)
        for phrase in self._phrases:
            self._exact.setdefault(phrase, phrase)
        self._phrase_patterns = [(p, re.compile(rf"\b{re.escape(p)}\b")) for p in self._phrases]
        self._words = frozenset(w for key in self._exact for w in key.split())
        # One typo leaves a word's first two or its last two letters intact: candidates are
        # the title words of about the same length sharing either (a hundredth of all).
        by_end: dict[tuple[int, str], list[str]] = defaultdict(list)
        for word in self._words:
            if len(word) >= MIN_FUZZY_LENGTH - 2:
                by_end[len(word), "^" + word[:2]].append(word)
                by_end[len(word), word[-2:] + "$"].append(word)
        self._by_end = dict(by_end)
        self._corrections: dict[str, tuple[str, ...]] = {}
        self._ordinary = (EVERYDAY_WORDS | {fold(w) for w in ordinary}) - self._words

    def __contains__(self, folded: str) -> bool:
        return folded in self._exact

    def resolve(self, text: str) -> str | None:
        """The title (folded) or field a short text names, allowing one typo; else None."""
        key = fold(text)
        if key in self._exact:
            return self._exact[key]
        hit = self.find(key)
        return hit.title if hit else None

    def correct(self, word: str) -> tuple[str, ...]:
        """The title words `word` is, or is one typo away from (best first); () if none."""
        if word in self._words:
            return (word,)
        if word in self._ordinary:
            return ()
        cached = self._corrections.get(word)
        if cached is not None:
            return cached
        limit = allowed_typos(len(word))
        found: list[tuple[float, str]] = []
        if len(word) < MIN_FUZZY_LENGTH:
            found = [(0, w) for w in _TITLE_FUNCTION_WORDS if OSA.distance(word, w) <= 1]
        if limit:
            choices = {c for length in range(len(word) - limit, len(word) + limit + 1)
                       for end in ("^" + word[:2], word[-2:] + "$")
                       for c in self._by_end.get((length, end), ())}
            found += [(d, w) for w, d, _ in process.extract(
                word, list(choices), scorer=OSA.distance, score_cutoff=limit, limit=8)]
        if len(self._corrections) > 50_000:
            self._corrections.clear()
        result = self._corrections[word] = tuple(w for _, w in sorted(found))
        return result

    def find(self, folded: str) -> OccupationHit | None:
        """The occupation a folded message names (the longest mention), or None."""
        hits = [self._phrase(folded), self._structural(folded)]
        if (m := _FIELD_PHRASE.search(folded)) and m.group(1) in FIELDS:
            hits.append(OccupationHit(m.start(), m.end(), "feld " + FIELDS[m.group(1)]))
        best = max((h for h in hits if h), key=lambda h: (h.end - h.start, -h.start), default=None)
        best = best or self._foreign(folded)
        if best is not None and folded[best.start:best.end] in HELP_SERVICES and _TURN_TO_HELP.search(folded):
            return None  # "ich trau mich nicht zur polizei", "soll ich zur polizei gehen?": help, no career
        return best

    @staticmethod
    def _foreign(folded: str) -> OccupationHit | None:
        """An occupation or field said in one of the other languages (nlu/foreign_words.py)."""
        for m in _FOREIGN_FIELD.finditer(folded):
            word = next((g for g in m.groups() if g), None)
            field = lookup_word(word, FIELD_WORDS) if word else None
            if field is not None:
                return OccupationHit(m.start(), m.end(), "feld " + field)
        for m in _FA_FIELD.finditer(folded):
            if (field := lookup_word(m.group(1), FIELD_WORDS)) is not None:
                return OccupationHit(m.start(), m.end(1), "feld " + field)
        found = find_words(folded, OCCUPATIONS)
        return OccupationHit(found[0].start, found[0].end, found[0].value) if found else None

    def _phrase(self, folded: str) -> OccupationHit | None:
        """A lookup word anywhere (not the ambiguous ones, not "beim bäcker")."""
        for phrase, pattern in self._phrase_patterns:
            if (phrase in folded and phrase not in AMBIGUOUS_PHRASES
                    and (m := pattern.search(folded)) and not folded[:m.start()].endswith("beim ")):
                return OccupationHit(m.start(), m.end(), self._exact.get(phrase, phrase))
        return None

    def _structural(self, folded: str) -> OccupationHit | None:
        """A title as the whole short answer, after a cue, or before "werden"."""
        spans = [(w.start(), w.end()) for w in re.finditer(r"\S+", folded)]
        hit = None
        if len(spans) <= SHORT_MESSAGE_WORDS:
            hit = self._longest(folded, spans, typos=True)
            whole = hit is not None and (hit.start, hit.end) == (spans[0][0], spans[-1][1])
            hit = hit if hit is None or whole or not self._ambiguous(folded, hit) else None
            hit = None if self._role(folded, hit) else hit
        elif len(spans) <= MAX_WORDS:
            hit = self._longest(folded, spans, typos=True, whole=True)
        for cue in _CUE.finditer(folded):
            if hit:
                return hit
            window = [s for s in spans if s[0] >= cue.end()][:MAX_WORDS]
            weak = cue.group().split()[0] in _WEAK_CUES
            hit = self._longest(folded, window, typos=not weak)
            hit = None if hit and weak and self._ambiguous(folded, hit) and not self._workplace(
                folded, hit, spans) else hit
        for m in _WERDEN.finditer(folded):
            if hit:
                return hit
            head = folded[:m.start()].rstrip()
            cut = max((w.end() for w in _WISH.finditer(head)), default=0)
            window = [s for s in spans if cut <= s[0] and s[1] <= len(head)][-MAX_WORDS:]
            hit = self._longest_ending(folded, window)
        return hit

    @staticmethod
    def _ambiguous(folded: str, hit: OccupationHit) -> bool:
        return folded[hit.start:hit.end] in AMBIGUOUS_PHRASES

    @staticmethod
    def _workplace(folded: str, hit: OccupationHit, spans: list[tuple[int, int]]) -> bool:
        """"Im Lager." as the whole answer: a place of work."""
        return (hit.end == spans[-1][1] and folded[hit.start:hit.end] in WORKPLACES
                and folded[:hit.start].strip() in _WORKPLACE_LEAD)

    @staticmethod
    def _role(folded: str, hit: OccupationHit | None) -> bool:
        return hit is not None and folded[hit.start:hit.end] in ROLE_WORDS

    def _title(self, words: list[str]) -> str | None:
        if title := self._exact.get(" ".join(words)):
            return title
        # "kfz mechaniker" = "kfzmechaniker", but "lehrer in" is not "lehrerin"
        if len(words) > 1 and all(len(w) >= 3 for w in words):
            return self._exact.get("".join(words))
        return None

    def _longest(self, folded: str, spans: list[tuple[int, int]], *, typos: bool,
                 whole: bool = False) -> OccupationHit | None:
        """The longest title at the start of `spans` (exact, then with a typo corrected)."""
        words = [folded[a:b] for a, b in spans]
        attempts = [words, *self._variants(words)] if typos else [words]
        for n in ((len(words),) if whole else range(len(words), 0, -1)):
            for attempt in attempts:
                title = self._title(attempt[:n])
                if title:
                    return OccupationHit(spans[0][0], spans[n - 1][1], title)
        return None

    def _longest_ending(self, folded: str, spans: list[tuple[int, int]]) -> OccupationHit | None:
        """The longest title ending right before "werden" ("ich will bäcker werden")."""
        words = [folded[a:b] for a, b in spans]
        attempts = [words, *self._variants(words)]
        for i in range(len(words)):
            for attempt in attempts:
                title = self._title(attempt[i:])
                if title:
                    return OccupationHit(spans[i][0], spans[-1][1], title)
        return None

    def _variants(self, words: list[str]) -> list[list[str]]:
        """`words` with one unknown word replaced by a title word one typo away."""
        variants = []
        for i, word in enumerate(words):
            if word not in self._words:
                variants += [[*words[:i], c, *words[i + 1:]] for c in self.correct(word)]
        return variants


def ordinary_words(examples: Iterable[tuple[str, Iterable[tuple[int, int]]]]) -> frozenset[str]:
    """Folded words of example messages outside their occupation spans: everyday words."""
    words: set[str] = set()
    for text, occupation_spans in examples:
        for m in re.finditer(r"\S+", text):
            if not any(a < m.end() and m.start() < b for a, b in occupation_spans):
                words.update(fold(m.group()).split())
    return frozenset(words)
