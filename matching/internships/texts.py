"""Every German text of the internship engine in one place: reasons a young person reads
(ranking, assignment, rules) and the round report a coordinator reads.

Plain German, "du", short sentences. The engine's modules import from here; `matching`
never imports `bot`.
"""

from __future__ import annotations

# --- ranking (rank.py) ----------------------------------------------------------------------
FIT_REASONS = {
    "exact": "Dein Wunschberuf",
    "group4": "Sehr ähnlich wie dein Wunschberuf",
    "group3": "Ähnlich wie dein Wunschberuf",
    "field2": "Aus dem gleichen Berufsfeld wie dein Wunsch",
    "other": "Ein anderer Beruf zum Ausprobieren",
}
WISH_RANK = "{reason} (dein {rank}. Wunsch)"
TRAVEL = "{minutes} Minuten {mode}"
DATES_FIT = "Passt in deine freie Zeit"
DATES_PARTLY = "Passt zum Teil in deine freie Zeit"
NEED_REASONS = {
    "accessible": "Ohne Stufen erreichbar", "easy_language": "Erklärt in einfacher Sprache",
    "mentor": "Eine feste Ansprechperson für dich", "transport_help": "Hilft dir beim Weg",
    "short_days": "Kürzere Tage sind möglich", "quiet_workplace": "Ein ruhiger Arbeitsplatz",
    "language_support": "Hilfe mit der Sprache",
}
VERIFIED_SUFFIX = " (geprüft)"
WITH_SEAL = "Mit Praktika-Siegel"
FIELD_REASON = "Passt zu dem Bereich, den du dir wünschst"

# --- assignment (assign.py) -----------------------------------------------------------------
PIN_UNKNOWN = "unbekannte Person oder unbekannter Platz"
PIN_TAKEN = "schon an einen anderen Platz gebunden"
PIN_UNLAWFUL = "verstößt gegen eine Schutzregel"
PIN_FULL = "der Platz ist schon voll"
ASSIGN_PINNED = "Das Praktikalotsen-Team hat diesen Platz fest für dich eingeplant."
ASSIGN_NO_SEAT_LEFT = "Diesmal war kein passender Platz mehr frei."
ASSIGN_NO_OPTION = ("In dieser Runde gab es keinen Platz, der zu dir passt "
                    "(Schutzregeln, Weg oder Termine).")
ASSIGN_FIRST = "Dein 1. Wunsch."
ASSIGN_FIRST_FULL = "Dein {n}. Wunsch, weil dein {first}. Wunsch schon voll war."
ASSIGN_EARLIER_UNFIT = ("Dein {n}. Wunsch, weil deine Wünsche davor nicht "
                        "passten (Schutzregeln, Weg oder Termine).")
ASSIGN_FOR_ALL = ("Dein {n}. Wunsch, damit möglichst alle einen Platz "
                  "bekommen und die Plätze gut verteilt sind.")

# --- rules (law.py): names used inside the rule sentences -----------------------------------
LAND_NAMES = {"HE": "Hessen", "NW": "Nordrhein-Westfalen", "ST": "Sachsen-Anhalt"}
HAZARD_NAMES = {"machines": "Maschinen", "heights": "Arbeit in der Höhe",
                "chemicals": "Chemikalien", "biological_agents": "Keime",
                "electricity": "Strom", "heavy_loads": "schweres Heben", "noise": "Lärm",
                "heat": "große Hitze", "piece_rate": "Akkordarbeit"}
# required documents → (rule, sentence); unknown keys get DOCUMENT_OTHER
DOCUMENTS = {
    "safety_shoes": ("PSA-BV §2", "Du brauchst Sicherheitsschuhe. Frag den Betrieb, "
                                  "ob er dir welche leiht."),
    "ifsg43": ("IfSG §43", "Du brauchst eine Belehrung vom Gesundheitsamt, weil du mit "
                           "Lebensmitteln arbeitest. Kläre das vor dem Start."),
    "measles_proof": ("IfSG §20 Abs. 9", "Du brauchst einen Nachweis, dass du gegen Masern "
                                          "geschützt bist, zum Beispiel deinen Impfpass."),
}
DOCUMENT_OTHER = ("Unterlagen", "Der Betrieb braucht von dir noch etwas: {key}.")
MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember")

# --- the round report (a coordinator reads it: `lotse internships allocate`) ----------------
REPORT_TITLE = "Runde {round}: Bericht der Zuteilung"
REPORT_LINES = (
    "Bewerberinnen und Bewerber: {applicants} (mit mindestens einem passenden Platz: "
    "{with_option})",
    "Vermittelt: {placed} von {with_option} ({placed_percent} %)",
    "Wunsch-Rang: 1. Wunsch {rank_1}, 2. Wunsch {rank_2}, 3. Wunsch {rank_3}, "
    "später {rank_other} (Top 3: {top3_percent} %)",
    "Betriebe mit Praktikantinnen oder Praktikanten: {companies_used} von "
    "{companies_offering}",
    "Freie Plätze, die jemand lieber gehabt hätte: {wasted_wishes}",
)
REPORT_PARITY = "Fairness für {group}: {value}"
REPORT_PARITY_NONE = "keine Vergleichsgruppe"
REPORT_BLOCKING = "Blockierende Paare: {count}"
REPORT_PINS = "Feste Zuteilungen: {pinned}, abgelehnt: {rejected}"
REPORT_REJECTED_PIN = "  – {applicant} → {place}: {why}"
PRIORITY_GROUP_NAMES = {"jbh": "Jugendberufshilfe", "foerderschule": "Förderschule",
                        "newcomer": "Neu in Deutschland"}
REPORT_ROUND_EMPTY = "Runde {round}: keine Bewerberinnen und Bewerber oder keine Plätze."
