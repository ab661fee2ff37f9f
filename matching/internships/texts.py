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

# --- rules (law.py): the sentences of the rule checks, by paragraph --------------------------
# Pieces used inside the sentences: hours, clock times and dates.
LAW_HOURS = "{hours} Stunden"  # whole hours, or a decimal with a comma ("4,5 Stunden")
LAW_HOUR_ONE = "1 Stunde"
LAW_CLOCK = "{hour:02d}:{minute:02d} Uhr"
LAW_DAY_MONTH = "{day}.{month}."
LAW_PAUSE_ONLY = "nur {minutes} Minuten"  # the planned break, when it is too short
LAW_PAUSE_NONE = "keine"

# Dates (not a paragraph): the internship's days against the applicant's free time
LAW_DATES_NONE = "Die Tage des Praktikums passen nicht zu den Tagen, an denen du Zeit hast."
LAW_DATES_OK = "Du arbeitest {count} Tage, vom {first} bis {last}{year}."

# The company's own minimum age (not a paragraph)
LAW_MIN_AGE_TOO_YOUNG = "Der Betrieb nimmt Leute ab {min_age}. Am ersten Tag bist du {age}."
LAW_MIN_AGE_OK = "Der Betrieb nimmt Leute ab {min_age}. Das passt."

# § 2 JArbSchG: child or young person
LAW_STATUS_AGE = "Am ersten Tag bist du {age}."
LAW_STATUS_CHILD = "Damit giltst du im Gesetz als Kind."
LAW_STATUS_SCHOOL_YEARS = " (in {land} {years} Schuljahre)"
LAW_STATUS_FULL_TIME_SCHOOL = ("Du bist noch vollzeitschulpflichtig{where}. "
                               "Deshalb gelten für dich die Regeln für Kinder.")
LAW_STATUS_YOUTH = "Damit giltst du im Gesetz als Jugendliche*r."
LAW_STATUS_BIRTHDAY = "Ab dem {day} bist du {age}. Ab da gelten die Regeln für dein neues Alter."

# § 5 JArbSchG: children only in a school internship; holiday work from 15, four weeks
LAW_HOLIDAY_UNDER_15 = "Ferienpraktika sind erst ab 15 erlaubt. Am {day} bist du noch {age}."
LAW_HOLIDAY_NO_LIMIT = ("Du bist nicht mehr vollzeitschulpflichtig. Die Grenze von "
                        "vier Wochen Ferienarbeit im Jahr gilt für dich nicht.")
LAW_SCHOOL_INTERNSHIP_OK = "Das Praktikum läuft über deine Schule. Das ist für dich erlaubt."
LAW_SCHOOL_INTERNSHIP_ONLY = ("Solange du als Kind giltst, darfst du nur ein Praktikum über "
                              "deine Schule machen.")
LAW_HOLIDAY_WEEKS_OVER = ("In den Ferien darfst du höchstens 4 Wochen im Jahr arbeiten "
                          "(20 Tage). Mit diesem Praktikum wären es {total} Tage.")
LAW_HOLIDAY_WEEKS_OK = ("Mit diesem Praktikum arbeitest du {total} von 20 erlaubten "
                        "Ferientagen in diesem Jahr.")
LAW_HOLIDAY_OUTSIDE = ("Ein Ferienpraktikum muss in den Schulferien liegen. Der "
                       "{day} ist kein Ferientag.")
LAW_HOLIDAY_INSIDE = "Alle Praktikumstage liegen in deinen Ferien."

# §§ 7, 8 JArbSchG: hours a day and a week (minors)
LAW_MINOR_DAY_OVER = "Du würdest {worked} am Tag arbeiten. Erlaubt sind höchstens {hours}."
LAW_MINOR_WEEK_OVER = ("Du würdest {worked} in der Woche arbeiten. "
                       "Erlaubt sind höchstens {week_hours}.")
LAW_MINOR_HOURS_OK = ("Du arbeitest {worked} am Tag. "
                      "Erlaubt sind {hours} am Tag und {week_hours} in der Woche.")

# § 11 JArbSchG: breaks (minors); the "too short" sentence is shared with § 4 ArbZG
LAW_PAUSE_TOO_SHORT = ("Bei {worked} Arbeit brauchst du {need} Minuten Pause. "
                       "Geplant sind {got}.")
LAW_MINOR_PAUSE_NOT_NEEDED = ("Du arbeitest nicht länger als 4,5 Stunden. "
                              "Eine Pause ist nicht vorgeschrieben.")
LAW_MINOR_PAUSE_OK = "Du hast {pause} Minuten Pause. Das reicht für {worked} Arbeit."

# § 12 JArbSchG: the day at the company, breaks included (Schichtzeit)
LAW_SHIFT_OVER = ("Dein Tag im Betrieb dauert mit Pausen {span}. "
                  "Erlaubt sind höchstens {limit}.")
LAW_SHIFT_OK = "Dein Tag im Betrieb dauert mit Pausen {span}. Erlaubt sind {limit}."

# § 13 JArbSchG and § 5 ArbZG: rest between two working days
LAW_REST_SHORT = ("Zwischen zwei Arbeitstagen hast du nur {rest} frei. "
                  "Du brauchst mindestens {hours}.")
LAW_REST_OK = "Zwischen zwei Arbeitstagen hast du mindestens {hours} Stunden frei."

# § 14 JArbSchG: no night work (minors)
LAW_NIGHT_OUTSIDE = ("Am {day} darfst du nur zwischen {earliest:02d}:00 und "
                     "{latest:02d}:00 Uhr arbeiten. Geplant ist {start} bis {end}.")
LAW_NIGHT_OK = "Du arbeitest von {start} bis {end}. Das ist zu einer erlaubten Zeit."

# § 15 JArbSchG: five days a week
LAW_FIVE_DAYS_OVER = "Du würdest {days} Tage in einer Woche arbeiten. Erlaubt sind höchstens 5."
LAW_FIVE_DAYS_OK = "Du arbeitest höchstens {days} Tage in der Woche."

# § 16 JArbSchG: Saturdays
LAW_SATURDAY_FREE = "Samstags hast du frei."
LAW_SATURDAY_SECTOR = ("In dieser Branche darfst du auch samstags arbeiten. Dafür musst du "
                       "an einem anderen Tag der Woche frei haben.")
LAW_SATURDAY_NOT_HERE = "Am Samstag, {day}, darfst du hier nicht arbeiten."

# § 17 JArbSchG: Sundays
LAW_SUNDAY_FREE = "Sonntags hast du frei."
LAW_SUNDAY_NOT_HERE = "Am Sonntag, {day}, darfst du hier nicht arbeiten."
LAW_SUNDAY_TWO_FREE = ("Im {month} müssen mindestens zwei Sonntage frei bleiben. "
                       "Geplant sind {worked} Sonntage Arbeit.")
LAW_SUNDAY_SECTOR = ("In dieser Branche darfst du auch sonntags arbeiten. Mindestens zwei "
                     "Sonntage im Monat bleiben frei.")

# § 18 JArbSchG: public holidays (minors)
NEVER_WORK_DAY_NAMES = {"christmas": "1. Weihnachtstag", "new_year": "Neujahr",
                        "easter_sunday": "Ostersonntag", "may_day": "1. Mai"}
LAW_HOLIDAY_NEVER = "Am {day} ({name}) darfst du nie arbeiten."
LAW_HOLIDAY_UNTIL_14 = "Am {day} darfst du nur bis 14:00 Uhr arbeiten."
LAW_HOLIDAY_SECTOR = ("In dieser Branche darfst du am {day} ({name}) arbeiten. Dafür musst "
                      "du an einem anderen Tag frei haben.")
LAW_HOLIDAY_OFF = "Am {day} ({name}) ist Feiertag. Da hast du frei."  # also § 9 ArbZG
LAW_HOLIDAY_NONE = "Im Praktikum liegt kein Feiertag."

# § 22 JArbSchG: dangerous work
LAW_DANGER_CHILD = "Hier gibt es gefährliche Arbeit ({names}). Das ist für dich nicht erlaubt."
LAW_DANGER_SUPERVISED = ("Hier gibt es gefährliche Arbeit ({names}). Du darfst sie nur unter "
                         "Aufsicht einer Fachkraft machen. Frag vorher nach.")
LAW_DANGER_NONE = "Hier gibt es keine gefährliche Arbeit."

# § 23 JArbSchG: piece work
LAW_PIECE_RATE = ("Hier wird im Akkord oder im Maschinentakt gearbeitet. Das ist "
                  "unter 18 nicht erlaubt.")
LAW_PIECE_RATE_NONE = "Hier gibt es keine Akkordarbeit."

# § 3 ArbZG: hours a day (adults)
LAW_ADULT_DAY_OVER = "Du würdest {worked} am Tag arbeiten. Erlaubt sind höchstens 10."
LAW_ADULT_DAY_AVERAGE = ("Du arbeitest {worked} am Tag. Mehr als 8 geht nur, wenn es im "
                         "Schnitt bei 8 Stunden bleibt.")
LAW_ADULT_DAY_OK = "Du arbeitest {worked} am Tag. Erlaubt sind 8."

# § 4 ArbZG: breaks (adults); too short: LAW_PAUSE_TOO_SHORT
LAW_ADULT_PAUSE_OK = "Deine Pausen sind lang genug."

# § 9 ArbZG: Sundays and public holidays (adults); a holiday off: LAW_HOLIDAY_OFF
LAW_ADULT_SUNDAY = "Sonntag"
LAW_ADULT_HOLIDAY = "Feiertag ({name})"
LAW_ADULT_SUNDAY_NOT_HERE = "Am {day} ist {what}. Da darfst du hier nicht arbeiten."
LAW_ADULT_SUNDAY_SECTOR = "In dieser Branche darfst du auch an Sonn- und Feiertagen arbeiten."
LAW_ADULT_SUNDAY_FREE = "An Sonn- und Feiertagen hast du frei."

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

# `lotse internships export` (coordinators)
EXPORT_SUFFIX = "Die Exportdatei muss auf .xlsx oder .csv enden."
EXPORT_CSV_ONE_KIND = ("Eine CSV-Datei fasst genau eine Tabelle: wähle sie mit --what "
                       "(companies, places, applicants oder assignments).")
EXPORT_NO_ROUND = "Eine Runde {round} gibt es nicht."
EXPORT_ASSIGNMENTS_NEED_ROUND = "Zuteilungen gibt es nur für eine Runde: gib --round an."
EXPORT_NOT_ALLOCATED = "Diese Runde ist noch nicht zugeteilt."
RANKS_UNKNOWN = ("Die Rangliste nennt, was es in dieser Runde nicht gibt – Plätze: {places}; "
                 "Codes: {codes}. Nichts wurde zugeteilt.")
IMPORT_OUTSIDE = ("Nicht in deinem Bereich (anderer Kreis): {ids}. Nichts wurde übernommen – "
                  "lass diese Zeilen weg oder bitte die zuständigen Praktikalotsen.")

# the personal links of a placement (/z/TOKEN): the company ("Sie") and the young person ("du")
LINK_COMPANY_TITLE = "Praktikumsanfrage für {company}"
LINK_COMPANY_TEXT = ("Die Praktikalotsen schlagen Ihnen diese Praktikantin oder diesen "
                     "Praktikanten vor. Namen und Kontakt sehen Sie, wenn beide Seiten zugesagt "
                     "haben.")
LINK_COMPANY_YES = "Zusagen"
LINK_COMPANY_NO = "Absagen"
LINK_YOUNG_TITLE = "Dein Praktikumsplatz"
LINK_YOUNG_TEXT = ("Die Praktikalotsen haben diesen Platz für dich gefunden. Möchtest du ihn? "
                   "Wenn du Nein sagst, suchen sie weiter für dich.")
LINK_YOUNG_YES = "Ja, den möchte ich"
LINK_YOUNG_NO = "Nein, danke"
LINK_PARENT_TITLE = "Praktikumsplatz für Ihr Kind"
LINK_PARENT_TEXT = ("Die Praktikalotsen haben diesen Platz für Ihr Kind gefunden. Ihr Kind wird "
                    "selbst auch gefragt. Stimmen Sie zu?")
LINK_PARENT_YES = "Ja, ich stimme zu"
LINK_PARENT_NO = "Nein"
LINK_FACT_CODE = "Code"
LINK_FACT_AGE = "Alter am ersten Tag"
LINK_FACT_SCHOOL = "Gerade"
LINK_FACT_WISHES = "Wünsche"
LINK_FACT_NEEDS = "Unterstützung"
LINK_FACT_PLACE = "Praktikum"
LINK_FACT_WHEN = "Wann"
LINK_FACT_COMPANY = "Betrieb"
LINK_THANKS_TITLE = "Danke!"
LINK_DONE = {
    "company_yes": "Ihre Zusage ist angekommen. Sobald auch die junge Person zugesagt hat, melden "
                   "sich die Praktikalotsen mit allem Weiteren.",
    "company_no": "Ihre Absage ist angekommen. Der Platz geht an jemand anderen; danke für die "
                  "schnelle Antwort.",
    "young_yes": "Super, deine Zusage ist angekommen. Die Praktikalotsen melden sich bei dir, "
                 "sobald auch der Betrieb zugesagt hat.",
    "young_no": "Okay, das ist angekommen. Die Praktikalotsen suchen weiter für dich.",
}
LINK_STATES = {  # state → (title, text)
    "answered": ("Schon beantwortet", "Dieser Link wurde schon benutzt. Danke!"),
    "expired": ("Link abgelaufen", "Dieser Link ist abgelaufen. Bitte melde dich bei den "
                                   "Praktikalotsen, dann bekommst du einen neuen."),
    "revoked": ("Link nicht mehr gültig", "Für diesen Platz gibt es inzwischen einen neuen "
                                          "Link oder eine andere Zuteilung. Frag bitte bei den "
                                          "Praktikalotsen nach."),
    "unknown": ("Link unbekannt", "Diesen Link kennen wir nicht. Bitte prüfe, ob er vollständig "
                                  "kopiert ist."),
}
LINKS_MADE = ("Links für {code} (gültig {days} Tage, nur einmal; jetzt kopieren – sie werden "
              "nicht noch einmal gezeigt): für den Betrieb {company} · für die junge Person "
              "{young}")

# the confirmation loop's messages (bot/internships/loop.py, sent by bot/notify.py): e-mail
# subject and text, or a Telegram message (the text). (purpose, role) → (subject, text);
# placeholders: {company} {occupation} {first_day} {code} {deadline} {link}
LOOP_MESSAGES = {
    ("confirm", "company"): (
        "Praktikumsanfrage {code}: bitte bis {deadline} zusagen oder absagen",
        "Guten Tag,\n\ndie Praktikalotsen schlagen Ihnen für den Platz „{occupation}“ "
        "(ab {first_day}) eine junge Person vor (Code {code}). Bitte sagen Sie bis {deadline} "
        "mit einem Klick zu oder ab:\n{link}\n\nDer Link gilt nur einmal. Ohne Antwort bis "
        "dahin geht der Platz an jemand anderen.\n\nIhre Praktikalotsen"),
    ("confirm", "young"): (
        "Dein Praktikumsplatz: bitte bis {deadline} Bescheid geben",
        "Hallo!\n\nDie Praktikalotsen haben einen Platz für dich: {occupation} bei {company}, "
        "ab {first_day}. Möchtest du ihn? Sag bis {deadline} Ja oder Nein:\n{link}\n\n"
        "Wenn du Nein sagst, suchen sie weiter für dich."),
    ("confirm", "parent"): (
        "Praktikumsplatz für Ihr Kind: bitte bis {deadline} zustimmen",
        "Guten Tag,\n\ndie Praktikalotsen haben für Ihr Kind einen Praktikumsplatz gefunden: "
        "{occupation} bei {company}, ab {first_day}. Bitte stimmen Sie bis {deadline} zu oder "
        "lehnen Sie ab:\n{link}\n\nIhre Praktikalotsen"),
    ("start", "young"): (
        "Morgen geht dein Praktikum los",
        "Hallo!\n\nMorgen ({first_day}) beginnt dein Praktikum: {occupation} bei {company}. "
        "Die Zeiten und was du mitbringen sollst, stehen in deiner Vereinbarung. "
        "Wenn du krank bist oder nicht kommen kannst, sag bitte dem Betrieb und den "
        "Praktikalotsen Bescheid.\n\nViel Erfolg!"),
    ("start", "parent"): (
        "Morgen beginnt das Praktikum Ihres Kindes",
        "Guten Tag,\n\nmorgen ({first_day}) beginnt das Praktikum Ihres Kindes: {occupation} bei "
        "{company}.\n\nIhre Praktikalotsen"),
    ("attendance", "company"): (
        "Praktikum {code} beginnt morgen – war die junge Person da?",
        "Guten Tag,\n\nmorgen ({first_day}) beginnt das Praktikum „{occupation}“ (Code {code}). "
        "Bitte sagen Sie uns nach dem ersten Tag mit einem Klick, ob die junge Person "
        "gekommen ist:\n{link}\n\nIhre Praktikalotsen"),
    ("feedback", "company"): (
        "Praktikum {code}: fünf kurze Fragen",
        "Guten Tag,\n\ndanke, dass Sie einen Praktikumsplatz angeboten haben ({occupation}, "
        "Code {code}). Wie war es? Fünf kurze Fragen, eine Minute:\n{link}\n\n"
        "Ihre Praktikalotsen"),
    ("feedback", "young"): (
        "Wie war dein Praktikum?",
        "Hallo!\n\nDein Praktikum bei {company} ist vorbei. Wie war es? Fünf kurze Fragen, "
        "eine Minute:\n{link}\n\nDanke!"),
    ("followup", "young"): (
        "Wie geht es dir nach deinem Praktikum?",
        "Hallo!\n\nDu hast uns erlaubt, noch einmal nachzufragen: Wie ist es nach deinem "
        "Praktikum bei {company} weitergegangen? Drei kurze Fragen:\n{link}\n\n"
        "Du musst nicht antworten."),
}

# what the personal links show for attendance, feedback and follow-up
ATTENDANCE_TITLE = "War die junge Person da?"
ATTENDANCE_TEXT = "Praktikum „{occupation}“, Code {code}, erster Tag {first_day}."
ATTENDANCE_YES = "Ja, gekommen"
ATTENDANCE_NO = "Nein, nicht gekommen"
ATTENDANCE_DONE = {True: "Danke! Wir haben eingetragen, dass das Praktikum stattfindet.",
                   False: "Danke für die Nachricht. Die Praktikalotsen melden sich bei der "
                          "jungen Person."}
FEEDBACK_TITLE = {"company": "Wie war das Praktikum?", "young": "Wie war dein Praktikum?"}
FEEDBACK_SEND = "Antworten senden"
FEEDBACK_DONE = "Danke für deine Antworten!"
FEEDBACK_DONE_COMPANY = "Vielen Dank für Ihre Antworten!"
FEEDBACK_FOLLOWUP = ("Darf Lotse dich in drei und in sechs Monaten noch einmal kurz fragen, wie "
                     "es weitergegangen ist? (freiwillig; die Antworten werden nach einem Jahr "
                     "gelöscht)")
FEEDBACK_MISSING = "Bitte beantworte jede Frage mit einem Klick (die letzte ist freiwillig)."
FOLLOWUP_TITLE = "Wie ist es weitergegangen?"
FOLLOWUP_DONE = "Danke! Das hilft den Praktikalotsen sehr."
# question key → (question, ((answer code, answer text), …)); a question without answers is
# free text (at most 500 characters, optional)
FEEDBACK_QUESTIONS = {
    "young": (
        ("overall", "Wie war dein Praktikum insgesamt?",
         (("good", "Gut"), ("ok", "Geht so"), ("bad", "Nicht gut"))),
        ("learned", "Hast du etwas Neues gelernt?",
         (("yes", "Ja"), ("some", "Ein bisschen"), ("no", "Nein"))),
        ("cared", "Hat sich jemand im Betrieb um dich gekümmert?",
         (("yes", "Ja"), ("some", "Manchmal"), ("no", "Nein"))),
        ("job", "Kannst du dir diesen Beruf für dich vorstellen?",
         (("yes", "Ja"), ("maybe", "Vielleicht"), ("no", "Nein"))),
        ("note", "Möchtest du uns noch etwas sagen?", ()),
    ),
    "company": (
        ("overall", "Wie war das Praktikum aus Ihrer Sicht?",
         (("good", "Gut"), ("ok", "Geht so"), ("bad", "Nicht gut"))),
        ("reliable", "War die junge Person pünktlich und zuverlässig?",
         (("yes", "Ja"), ("mostly", "Meistens"), ("no", "Nein"))),
        ("next_step", "Können Sie sich eine Ausbildung, EQ oder ein längeres Praktikum mit ihr "
                      "oder ihm vorstellen?",
         (("yes", "Ja"), ("maybe", "Vielleicht"), ("no", "Nein"))),
        ("again", "Würden Sie wieder einen Platz über die Praktikalotsen anbieten?",
         (("yes", "Ja"), ("maybe", "Vielleicht"), ("no", "Nein"))),
        ("note", "Möchten Sie uns noch etwas mitteilen?", ()),
    ),
    "followup": (
        ("apprenticeship", "Hat dir ein Betrieb eine Ausbildung angeboten?",
         (("yes", "Ja"), ("applied", "Ich habe mich beworben"), ("no", "Nein"))),
        ("eq", "Machst du eine Einstiegsqualifizierung (EQ) oder ein längeres Praktikum?",
         (("eq", "EQ"), ("internship", "Längeres Praktikum"), ("no", "Nein"))),
        ("now", "Was machst du gerade?",
         (("school", "Schule"), ("training", "Ausbildung"), ("work", "Arbeit"),
          ("other", "Etwas anderes"))),
    ),
}

LINKS_REVOKED = ("Alle offenen Links für {code} sind jetzt ungültig. Neue Links: „Links zum "
                 "Zusagen“.")

# the coordinators' workspace: publishing a round, contacts for the links
PUBLISHED = ("Veröffentlicht. {count} Vorschläge sind jetzt gefragt: Betriebe und junge Menschen "
             "mit hinterlegtem Kontakt bekommen ihren Link in den nächsten Minuten; wer keinen "
             "Kontakt hat, steht auf der Anrufliste.")
CONTACT_ROLE_UNKNOWN = "Bitte wähle, wessen Kontakt das ist."
CONTACT_CHANNEL_UNKNOWN = "Bitte wähle E-Mail oder Telegram."
CONTACT_EMAIL_INVALID = "Das ist keine gültige E-Mail-Adresse."
CONTACT_TELEGRAM_INVALID = ("Für Telegram brauchen wir die Chat-ID (nur Ziffern); einen "
                            "@Namen kann Lotse nicht anschreiben.")
CONTACT_CONSENT_MISSING = ("Bitte bestätige, dass die Einwilligung vorliegt (bei unter 16-Jährigen "
                           "die der Eltern).")
