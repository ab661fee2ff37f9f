"""German labels for the internship codes, and the words a spreadsheet may use for them.

One mapping per vocabulary: the export writes the first label, the import accepts the
code, every label and the English words below (folded: case, umlauts and punctuation do
not matter).
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.labels import SCHOOL_STATUS_LABELS
from matching.internships.model import (
    HAZARDS,
    INTERNSHIP_KINDS,
    LANDS,
    PRIORITY_GROUPS,
    READINESS,
    SUPPORT_NEEDS,
    TRAVEL_MODES,
    WEEKDAYS,
)
from matching.languages import LANGUAGE_NAMES
from matching.model import SCHOOL_STATUSES
from matching.text import fold

# code → (label written on export, further words accepted on import)
KIND_WORDS: dict[str, tuple[str, ...]] = {
    "school": ("Schulpraktikum", "Betriebspraktikum", "school internship"),
    "holiday": ("Ferienpraktikum", "Ferien", "holiday internship"),
    "jbh": ("JBH-Maßnahme", "JBH", "Jugendberufshilfe", "Maßnahme"),
    "taster": ("Schnuppertag", "Schnupperpraktikum", "taster day"),
}
MODE_WORDS: dict[str, tuple[str, ...]] = {
    "walk": ("zu Fuß", "Fuß", "laufen", "walking"),
    "bike": ("Fahrrad", "Rad", "bicycle", "cycling"),
    "transit": ("Bus und Bahn", "ÖPNV", "Bus", "Bahn", "public transport"),
    "car": ("Auto", "gefahren werden", "Mitfahrt", "driven"),
}
LAND_WORDS: dict[str, tuple[str, ...]] = {
    "HE": ("Hessen", "hesse"),
    "NW": ("Nordrhein-Westfalen", "NRW", "North Rhine-Westphalia"),
    "ST": ("Sachsen-Anhalt", "LSA", "Saxony-Anhalt"),
}
NEED_WORDS: dict[str, tuple[str, ...]] = {
    "accessible": ("barrierefrei", "stufenlos", "Rollstuhl"),
    "easy_language": ("einfache Sprache", "leichte Sprache", "plain language"),
    "language_support": ("Sprachhilfe", "Sprachunterstützung", "Deutsch lernen"),
    "short_days": ("kurze Tage", "kürzere Tage", "Teilzeit"),
    "quiet_workplace": ("ruhiger Arbeitsplatz", "ruhig", "quiet"),
    "mentor": ("feste Ansprechperson", "Ansprechperson", "Mentor", "Mentorin"),
    "transport_help": ("Fahrthilfe", "Hilfe beim Weg", "Fahrdienst"),
}
HAZARD_WORDS: dict[str, tuple[str, ...]] = {
    "machines": ("Maschinen", "Maschine"),
    "heights": ("Höhe", "Arbeit in der Höhe", "Absturz", "Leiter"),
    "chemicals": ("Chemikalien", "Gefahrstoffe", "Chemie"),
    "noise": ("Lärm", "laut"),
    "biological_agents": ("Biostoffe", "Keime", "biologische Arbeitsstoffe"),
    "piece_rate": ("Akkord", "Akkordarbeit", "Fließband", "Tempoarbeit"),
    "heat": ("Hitze", "große Hitze"),
    "electricity": ("Strom", "Elektrizität", "elektrische Anlagen"),
    "heavy_loads": ("schwere Lasten", "schweres Heben", "Heben"),
}
GROUP_WORDS: dict[str, tuple[str, ...]] = {
    "jbh": ("JBH", "Jugendberufshilfe"),
    "foerderschule": ("Förderschule", "Förderschüler", "Förderschülerin"),
    "newcomer": ("neu zugewandert", "Neuzugewanderte", "Neu in Deutschland"),
}
READINESS_WORDS: dict[str, tuple[str, ...]] = {
    "named_mentor": ("feste Ansprechperson", "Mentor", "Mentorin"),
    "seal": ("Siegel", "Praktika-Siegel"),
    "step_free": ("stufenlos", "barrierefrei"),
    "short_days": ("kurze Tage", "kürzere Tage"),
    "plain_language": ("einfache Sprache", "leichte Sprache"),
    "foerderschule_experience": ("Erfahrung Förderschule",),
    "newcomer_experience": ("Erfahrung Neuzugewanderte",),
    "jbh_experience": ("Erfahrung JBH",),
    "rehab_trainer": ("Reha-Ausbilder", "ReZA", "Reha-Ausbilderin"),
    "transport_help": ("Fahrthilfe",),
    "quiet_workplace": ("ruhiger Arbeitsplatz",),
}
REQUIREMENT_WORDS: dict[str, tuple[str, ...]] = {
    "safety_shoes": ("Sicherheitsschuhe", "Arbeitsschuhe"),
    "ifsg43": ("Belehrung §43 IfSG", "IfSG 43", "IfSG", "Gesundheitsbelehrung", "Rote Karte"),
    "measles_proof": ("Masernschutz", "Masern", "Masernimpfung", "Impfpass"),
}
# the status board of a placement (bot.storage.internships.PLACEMENT_STATUSES), and the
# button that moves a placement to that status
PLACEMENT_STATUS_WORDS: dict[str, tuple[str, ...]] = {
    "proposed": ("Vorgeschlagen",),
    "company_agreed": ("Betrieb hat zugesagt", "Zusage vom Betrieb eintragen"),
    "young_agreed": ("Jugendliche/r hat zugesagt", "Zusage der/des Jugendlichen eintragen"),
    "documents_ready": ("Unterlagen fertig", "Unterlagen als fertig eintragen"),
    "took_place": ("Praktikum hat stattgefunden", "Praktikum als erledigt eintragen"),
    "feedback": ("Rückmeldung da", "Rückmeldung eintragen"),
}
WEEKDAY_WORDS: dict[str, tuple[str, ...]] = {
    "mo": ("Mo", "Montag", "mon", "monday"),
    "tu": ("Di", "Dienstag", "tue", "tuesday"),
    "we": ("Mi", "Mittwoch", "wed", "wednesday"),
    "th": ("Do", "Donnerstag", "thu", "thursday"),
    "fr": ("Fr", "Freitag", "fri", "friday"),
    "sa": ("Sa", "Samstag", "sat", "saturday", "Sonnabend"),
    "su": ("So", "Sonntag", "sun", "sunday"),
}
SCHOOL_STATUS_WORDS: dict[str, tuple[str, ...]] = {
    code: (SCHOOL_STATUS_LABELS[code],) if code in SCHOOL_STATUS_LABELS else () for code in SCHOOL_STATUSES}
LANGUAGE_WORDS: dict[str, tuple[str, ...]] = {
    code: (name,) for code, name in LANGUAGE_NAMES.items()}

for _codes, _words in ((INTERNSHIP_KINDS, KIND_WORDS), (TRAVEL_MODES, MODE_WORDS),
                       (LANDS, LAND_WORDS), (SUPPORT_NEEDS, NEED_WORDS), (HAZARDS, HAZARD_WORDS),
                       (PRIORITY_GROUPS, GROUP_WORDS), (READINESS, READINESS_WORDS),
                       (WEEKDAYS, WEEKDAY_WORDS)):
    assert set(_codes) == set(_words), (_codes, _words)


def label(words: Mapping[str, tuple[str, ...]], code: str) -> str:
    """The label an export writes for `code` (the code itself when it has none)."""
    return words.get(code, ())[0] if words.get(code) else code


def lookup(words: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    """Folded word → code, for every code and each of its words (codes win over words)."""
    table: dict[str, str] = {}
    for code, names in words.items():
        for name in names:
            table.setdefault(fold(name), code)
    for code in words:
        table[fold(code)] = code
    return table

# the papers of a placement as the round page names them (file name → link text)
PAPER_NAMES = {"vereinbarung.pdf": "Vereinbarung", "bescheinigung.pdf": "Bescheinigung",
               "freistellung.pdf": "Freistellungsantrag", "termine.ics": "Termine"}
# whom a personal link goes to, and how
CONTACT_ROLES = {"young": "Jugendliche/r", "parent": "Eltern (für Minderjährige)"}
CONTACT_CHANNELS = {"email": "E-Mail", "telegram": "Telegram (Chat-ID)"}
