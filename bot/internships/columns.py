"""The column templates of the internship import: companies, places, applicants, assignments.

Each column has a German header (written on export), English and further aliases (accepted
on import, compared folded), whether it is required and a short help text for the docs.
A table's kind is found from its headers: the kind whose columns it names most wins.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from matching.text import fold

COMPANIES, PLACES, APPLICANTS, ASSIGNMENTS = "companies", "places", "applicants", "assignments"
KINDS = (COMPANIES, PLACES, APPLICANTS, ASSIGNMENTS)
KIND_LABELS = {COMPANIES: "Firmen", PLACES: "Plätze", APPLICANTS: "Bewerbungen",
               ASSIGNMENTS: "Zuteilungen"}
# sheet names that say the kind (a hint when the headers leave it open)
SHEET_NAMES = {COMPANIES: ("firmen", "betriebe", "unternehmen", "companies"),
               PLACES: ("plaetze", "praktikumsplaetze", "stellen", "places"),
               APPLICANTS: ("bewerbungen", "bewerber", "jugendliche", "applicants"),
               ASSIGNMENTS: ("zuteilungen", "zuteilung", "assignments")}


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    header: str  # German, as written on export
    aliases: tuple[str, ...] = ()
    required: bool = False
    help: str = ""

    def names(self) -> tuple[str, ...]:
        """Every folded header under which this column is recognised."""
        return tuple(dict.fromkeys(fold(n) for n in (self.header, self.key, *self.aliases)))


TEMPLATES: dict[str, tuple[Column, ...]] = {
    COMPANIES: (
        Column("id", "Firma-ID", ("company id", "company_id", "Betriebs-ID"), True,
               "eindeutige Kennung der Firma, z. B. F-001"),
        Column("name", "Name", ("Firma", "Firmenname", "company", "company name"), True,
               "Name der Firma"),
        Column("postal_code", "PLZ", ("Postleitzahl", "postal code", "zip"), True,
               "fünfstellige Postleitzahl; gibt Kreis und Koordinaten"),
        Column("place", "Ort", ("Stadt", "place", "city", "town"), False,
               "Ort; leer = der Ort der Postleitzahl"),
        Column("sector", "Branche", ("sector", "industry"), False,
               "z. B. bakery, hospitality, retail, crafts, care, office, agriculture"),
        Column("trains_apprentices", "Ausbildungsbetrieb", ("trains apprentices",), False,
               "ja/nein"),
        Column("offers_eq", "EQ", ("Einstiegsqualifizierung", "offers EQ"), False, "ja/nein"),
        Column("contact_role", "Kontakt-Rolle", ("Rolle", "contact role"), False,
               "Rolle der Ansprechperson, z. B. Ausbildungsleitung"),
        Column("contact", "Kontakt", ("contact", "Telefon", "E-Mail"), False,
               "Kontakt der Firma (Zentrale, Funktionsadresse), keine private Nummer"),
        Column("readiness", "Bereitschaft", ("readiness",), False,
               "Liste (;), je Eintrag z. B. step_free oder "
               "step_free (geprüft von IHK am 2026-11-15)"),
        Column("seal", "Siegel", ("seal",), False, "z. B. Praktika-Siegel Harz"),
        Column("seal_valid_until", "Siegel gültig bis", ("seal valid until",), False, "Datum"),
        Column("region", "Kreis", ("AGS", "Kreisschlüssel", "region"), False,
               "Kreisschlüssel; leer = aus der PLZ"),
        Column("lat", "Breitengrad", ("lat", "latitude", "Breite"), False,
               "leer = aus der PLZ"),
        Column("lon", "Längengrad", ("lon", "longitude", "Länge"), False, "leer = aus der PLZ"),
    ),
    PLACES: (
        Column("id", "Platz-ID", ("place id", "place_id", "Stellen-ID"), True,
               "eindeutige Kennung des Platzes"),
        Column("company_id", "Firma-ID", ("company id", "company_id"), True,
               "Firma, die den Platz anbietet"),
        Column("occupation", "Beruf", ("occupation", "Berufsbezeichnung"), False,
               "Beruf als Text; leer nur, wenn die KldB eingetragen ist"),
        Column("kldb", "KldB", ("KldB 2010", "kldb5", "occupation code"), False,
               "fünfstelliger Code der Klassifikation der Berufe 2010"),
        Column("kind", "Art", ("kind", "Praktikumsart"), True,
               "Schulpraktikum, Ferienpraktikum, JBH-Maßnahme oder Schnuppertag"),
        Column("start_date", "von", ("Beginn Datum", "start date", "from"), True, "erster Tag"),
        Column("end_date", "bis", ("Ende Datum", "end date", "to", "until"), True, "letzter Tag"),
        Column("weekdays", "Wochentage", ("weekdays", "Tage"), False,
               "z. B. Mo-Fr oder Mo, Di, Do; leer = Mo-Fr"),
        Column("start", "Beginn", ("start", "Arbeitsbeginn", "start time"), False,
               "Uhrzeit, leer = 08:00"),
        Column("end", "Ende", ("end", "Arbeitsende", "end time"), False,
               "Uhrzeit, leer = 14:30"),
        Column("break_minutes", "Pause (Min)", ("Pause", "break", "break minutes"), False,
               "Minuten, leer = 30"),
        Column("capacity", "Plätze", ("capacity", "Anzahl", "seats"), False,
               "wie viele gleichzeitig, leer = 1"),
        Column("min_age", "Mindestalter", ("min age", "minimum age"), False,
               "Jahre, leer = 14"),
        Column("requires", "Voraussetzungen", ("requires", "requirements"), False,
               "Liste (;), z. B. Sicherheitsschuhe; Belehrung §43 IfSG; Masernschutz"),
        Column("hazards", "Gefährdungen", ("hazards", "Gefahren"), False,
               "Liste (;): Maschinen, Höhe, Chemikalien, Lärm, Biostoffe, Akkord, Hitze, "
               "Strom, schwere Lasten"),
        Column("languages", "Sprachen", ("languages", "Arbeitssprachen"), False,
               "Liste (;) von Sprachen oder Codes, leer = Deutsch"),
        Column("german_level", "Deutschniveau", ("German level", "Deutsch mindestens"), False,
               "niedrigstes Niveau, das reicht: A1 … C2"),
    ),
    APPLICANTS: (
        Column("id", "Code", ("applicant code", "applicant id", "Kennung", "Pseudonym"), True,
               "pseudonymer Code, kein Name"),
        Column("birth_date", "Geburtsdatum", ("birth date", "date of birth"), True, "Datum"),
        Column("land", "Bundesland", ("Land", "federal state", "state"), True,
               "Land der Schule: Hessen, Nordrhein-Westfalen oder Sachsen-Anhalt"),
        Column("full_time_school", "Vollzeitschulpflichtig", ("full-time school",
               "compulsory schooling"), True, "ja/nein"),
        Column("kind", "Art", ("kind", "Praktikumsart"), True, "gewünschte Praktikumsart"),
        Column("available_from", "verfügbar von", ("available from",), False, "Datum"),
        Column("available_until", "verfügbar bis", ("available until", "available to"), False,
               "Datum"),
        Column("more_periods", "weitere Zeiträume", ("more periods", "further periods"), False,
               "Liste (;) von Zeiträumen, z. B. 2027-07-05 bis 2027-07-16"),
        Column("postal_code", "PLZ", ("Postleitzahl", "postal code", "zip"), False,
               "Wohnort; nötig, wenn keine Koordinaten eingetragen sind"),
        Column("travel_mode", "Verkehrsmittel", ("travel mode", "mode"), False,
               "zu Fuß, Fahrrad, Bus und Bahn oder Auto; leer = Bus und Bahn"),
        Column("max_travel_minutes", "max. Minuten", ("max travel minutes", "Fahrzeit"), False,
               "längster Weg in Minuten, leer = 45"),
        Column("holiday_days_used", "Ferientage genutzt", ("holiday days used",), False,
               "Tage Ferienpraktikum in diesem Jahr schon gearbeitet, leer = 0"),
        Column("wishes", "Wünsche", ("wishes", "Berufswünsche"), False,
               "Liste (;), bester zuerst: Berufe oder KldB-Codes"),
        Column("support_needs", "Unterstützung", ("support needs", "Bedarfe"), False,
               "Liste (;): barrierefrei, einfache Sprache, Sprachhilfe, kurze Tage, "
               "ruhiger Arbeitsplatz, feste Ansprechperson, Fahrthilfe"),
        Column("priority_groups", "Gruppen", ("priority groups", "Vorranggruppen"), False,
               "Liste (;): JBH, Förderschule, neu zugewandert"),
        Column("school_status", "Schulstatus", ("school status",), False,
               "z. B. geht zur Schule"),
        Column("region", "Kreis", ("AGS", "Kreisschlüssel", "region"), False,
               "leer = aus PLZ oder Koordinaten"),
        Column("lat", "Breitengrad", ("lat", "latitude", "Breite"), False, "leer = aus der PLZ"),
        Column("lon", "Längengrad", ("lon", "longitude", "Länge"), False, "leer = aus der PLZ"),
    ),
    ASSIGNMENTS: (
        Column("applicant_id", "Code", ("applicant code", "applicant id"), True,
               "Code der Bewerbung"),
        Column("place_id", "Platz-ID", ("place id", "place_id"), False,
               "zugeteilter Platz; leer = kein Platz"),
        Column("company_id", "Firma-ID", ("company id", "company_id"), False, ""),
        Column("wish_rank", "Wunsch-Rang", ("wish rank", "Rang"), False,
               "der wievielte Wunsch"),
        Column("reason", "Begründung", ("reason", "Warum"), True, "warum dieser Platz"),
    ),
}


def columns_by_name(kind: str) -> dict[str, Column]:
    """Folded header → column, for one kind."""
    found: dict[str, Column] = {}
    for column in TEMPLATES[kind]:
        for name in column.names():
            found.setdefault(name, column)
    return found


def detect_kind(headers: Sequence[str], *, sheet_name: str = "") -> str | None:
    """The kind of table these headers name, or None when they fit no kind (or two equally)."""
    folded = {fold(h) for h in headers if h}
    scores: list[tuple[int, int, str]] = []
    hint = fold(sheet_name)
    for kind in KINDS:
        names = columns_by_name(kind)
        hits = {names[h].key for h in folded if h in names}
        required = {c.key for c in TEMPLATES[kind] if c.required}
        score = len(hits) + 2 * len(hits & required) if len(hits) >= 2 else 0
        if score and any(hint == n or hint.startswith(n) for n in SHEET_NAMES[kind]):
            score += 3
        scores.append((score, -KINDS.index(kind), kind))
    scores.sort(reverse=True)
    best, second = scores[0], scores[1]
    if best[0] < 3 or best[0] == second[0]:
        return None
    return best[2]

