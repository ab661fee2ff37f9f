"""Every German word of the steering groups' statistics (/lotsen/statistik, its XLSX and PDF)
except the page's own prose, which lives in the templates lotsen/statistik*.html."""

from __future__ import annotations

SUPPRESSED = "< 5"  # what a suppressed count, share or median shows, everywhere
NOTHING = "–"  # a cell that holds no figure at all (not a suppressed one)

MONTHS = ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sep.", "Okt.",
          "Nov.", "Dez.")

# table key → (caption, column headers); the first column names the row
TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "overview": ("Kennzahlen", ("Kennzahl", "Wert")),
    "months": ("Vermittlungen je Monat", ("Monat", "Vermittlungen")),
    "ranks": ("Vermittelt beim wievielten Wunsch", ("Wunsch", "Vermittlungen", "Anteil")),
    "groups": ("Vorranggruppen: Anteil vermittelt",
               ("Gruppe", "Bewerbungen", "vermittelt", "Anteil vermittelt",
                "Verhältnis zu „ohne Vorranggruppe“")),
    "attendance": ("Erschienen und nicht erschienen", ("Praktikum", "Anzahl", "Anteil")),
    "feedback": ("Rückmeldungen: Wie war das Praktikum insgesamt?",
                 ("Antwort", "junge Menschen", "Betriebe")),
    "followups": ("Nachbefragung nach drei und sechs Monaten",
                  ("Ergebnis", "Anzahl", "Anteil der Antwortenden")),
}
SHEET_NAMES = {"overview": "Kennzahlen", "months": "Monate", "ranks": "Wünsche",
               "groups": "Vorranggruppen", "attendance": "Erscheinen",
               "feedback": "Rückmeldungen", "followups": "Nachbefragung"}

OVERVIEW_ROWS = {
    "requests": "Anfragen (neue Bewerbungen)",
    "chat_requests": "Anfragen aus dem Chat (ganze Organisation)",
    "placements": "Vermittlungen",
    "placed_share": "Anteil der neuen Bewerbungen, die vermittelt sind",
    "days_to_agreement": "Tage bis zur Zusage beider Seiten (Median)",
    "no_shows": "Nicht erschienen",
    "no_show_rate": "Nicht-erschienen-Quote",
    "companies_active": "Betriebe aktiv (mit Platz in einer Runde)",
    "companies_new": "Betriebe neu",
    "companies_sealed": "Betriebe mit gültigem Siegel (heute)",
}
RANK_ROWS = {"1": "1. Wunsch", "2": "2. Wunsch", "3": "3. Wunsch", "other": "weiterer Wunsch"}
GROUP_ALL = "alle"
GROUP_NONE = "ohne Vorranggruppe"
ATTENDANCE_ROWS = {"came": "erschienen", "no_show": "nicht erschienen"}
FEEDBACK_ROWS = {"good": "Gut", "ok": "Geht so", "bad": "Nicht gut", "all": "Antworten insgesamt"}
FOLLOWUP_ROWS = {"apprenticeship": "Ausbildung angeboten", "eq": "Einstiegsqualifizierung (EQ)",
                 "internship": "längeres Praktikum", "answered": "Antworten insgesamt"}

# charts: table key → (title, the cell drawn: 0 = the first after the row's name);
# the summary is read out instead of the picture
CHARTS: dict[str, tuple[str, int]] = {
    "months": ("Vermittlungen je Monat", 0),
    "ranks": ("Vermittelt beim 1., 2., 3. oder weiteren Wunsch (Anteil)", 1),
    "groups": ("Anteil vermittelt je Vorranggruppe", 2),
    "attendance": ("Erschienen und nicht erschienen", 0),
}
CHART_SUMMARY = "Balkendiagramm „{title}“: {values}. Werte unter fünf werden nicht gezeigt."
CHART_NOT_DRAWN = "< 5"  # written where a suppressed bar would stand

ALL_REGIONS = "alle meine Kreise"
PERIOD_BACKWARDS = "Das Ende lag vor dem Anfang – gezeigt wird das laufende Schuljahr."
PERIOD_UNREADABLE = "Das Datum war nicht lesbar – gezeigt wird das laufende Schuljahr."
PDF_TITLE = "Statistik der Praktikalotsen"
PDF_FILE = "statistik-{region}-{start}-{end}.{suffix}"
