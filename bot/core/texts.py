"""Everything the assistant says, in short, friendly German with "du"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from bot import labels
from bot.core.messages import Button
from bot.core.state import Profile

NEED_BUTTONS: tuple[Button, ...] = (
    Button("Praktikum finden", "/seek_internship"),
    Button("Ausbildung finden", "/seek_apprenticeship"),
    Button("Welcher Beruf passt zu mir?", "/career_orientation"),
    Button("Hilfe bei der Bewerbung", "/application_help"),
    Button("Schulabschluss nachholen", "/school_qualification"),
    Button("Stress in der Ausbildung", "/training_problems"),
    Button("Stress in der Schule", "/school_problems"),
    Button("Geld und Schulden", "/money_problems"),
    Button("Wohnen", "/housing_problems"),
    Button("Stress in der Familie", "/family_problems"),
    Button("Mir geht's nicht gut", "/mental_health"),
    Button("Neu in Deutschland", "/migration_language"),
)
STATUS_BUTTONS: tuple[Button, ...] = (
    Button("Ich gehe zur Schule", '/inform{"school_status": "in_school"}'),
    Button("Ich mache eine Ausbildung", '/inform{"school_status": "in_training"}'),
    Button("Schule fertig, noch keine Ausbildung", '/inform{"school_status": "qualified_no_training"}'),
    Button("Ich habe keinen Schulabschluss", '/inform{"school_status": "no_qualification"}'),
    Button("Ich arbeite", '/inform{"school_status": "employed"}'),
    Button("Ich habe gerade keine Arbeit", '/inform{"school_status": "unemployed"}'),
    Button("Ich studiere", '/inform{"school_status": "studying"}'),
)
SKIP_BUTTON = Button("Sag ich lieber nicht", "/deny")
DONT_KNOW_BUTTON = Button("Weiß ich noch nicht", "/deny")
YES_NO = (Button("Ja", "/affirm"), Button("Nein", "/deny"))
AFTER_BUTTONS = (
    Button("Noch ein anderes Thema", "/help"),
    Button("Mit einem Menschen reden", "/talk_to_human"),
    Button("Neu starten", "/restart"),
)


def privacy(retention_days: int) -> str:
    return (
        "Du bleibst anonym: Ich frage nicht nach deinem Namen. "
        "Ich speichere nur unser Gespräch, damit wir weitermachen können. "
        f"Nach {retention_days} Tagen lösche ich es. Niemand liest mit – nur wenn du Ja sagst, "
        "schicke ich dein Gespräch an eine Beratungsstelle. "
        "Schreib „lösch meine Daten“ oder /loeschen, dann lösche ich alles sofort. "
        "Mit /auskunft siehst du, was ich gespeichert habe."
    )


def greeting(retention_days: int) -> str:
    return (
        "Hi! Ich bin Lotse, ein Chat-Bot – kein Mensch. "
        "Ich helfe dir, die passende Beratung oder ein Praktikum in deiner Nähe zu finden.\n"
        + privacy(retention_days)
    )


def bot_challenge(retention_days: int) -> str:
    return "Ja, ich bin ein Chat-Bot, kein Mensch. " + privacy(retention_days)


ASK_NEED = "Worum geht es dir? Wähl ein Thema oder schreib es mir in deinen Worten."
ASK_NEED_AGAIN = "Sag mir gern, worum es geht. Du kannst auch ein Thema antippen."
NOT_UNDERSTOOD = "Das habe ich leider nicht verstanden. Magst du es anders sagen? Oder tipp ein Thema an."
ASK_AGE = "Wie alt bist du?"
ASK_AGE_AGAIN = "Schreib mir dein Alter als Zahl, zum Beispiel 16."
ASK_PLACE = "Wo wohnst du? Schreib mir deinen Ort oder deine Postleitzahl."
PLACE_UNKNOWN = (
    "Den Ort kenne ich leider nicht. Schreib mir bitte die Postleitzahl oder einen Ort in der Nähe."
)
ASK_STATUS = "Was machst du gerade?"
ASK_OCCUPATION = "Hast du schon einen Beruf im Kopf? Schreib ihn mir – „weiß nicht“ ist auch okay."
ASK_LANGUAGES = "Welche Sprache sprichst du am besten? Dann suche ich Beratung, die sie auch spricht."
HELP = (
    "Ich helfe dir bei: Praktikum, Ausbildung, Berufswahl, Bewerbung, Schulabschluss, "
    "Stress in Schule oder Ausbildung, Geld, Wohnen, Familie, wenn es dir nicht gut geht "
    "und wenn du neu in Deutschland bist.\n"
    "Ich frage dich ein paar kurze Sachen und zeige dir dann passende Angebote in deiner Nähe. "
    "Mit „neu starten“ fängst du von vorne an.\n"
    "Wenn du in Gefahr bist oder nicht mehr weiterweißt: Ruf 112 an, oder rede mit der "
    "TelefonSeelsorge: 0800 111 0 111 (rund um die Uhr, kostenlos)."
)
THANKS = "Gern! Wenn du noch etwas brauchst, schreib mir einfach."
GOODBYE = "Tschüss und alles Gute! Du kannst jederzeit wieder schreiben."
OUT_OF_SCOPE = (
    "Da kenne ich mich leider nicht aus. Ich bin für Schule, Ausbildung, Job und die Sorgen "
    "auf dem Weg dahin da."
)
CONFIRM_DELETE = (
    "Soll ich wirklich alles löschen, was ich von dir gespeichert habe? "
    "Das kann ich nicht rückgängig machen."
)
DELETED = "Erledigt. Ich habe alles gelöscht, was ich von dir gespeichert hatte. Mach's gut!"
NOT_DELETED = "Okay, ich lösche nichts. Wir machen weiter."
RESTARTED = "Alles klar, wir fangen von vorne an."
NATIONWIDE_NOTE = (
    "Deinen Ort kenne ich nicht. Darum zeige ich dir Angebote, die in ganz Deutschland "
    "für dich da sind."
)
AFTER = "Kann ich noch etwas für dich tun?"
TALK_TO_HUMAN = (
    "Bei diesen Stellen sprichst du mit echten Menschen. Ruf an, schreib eine Mail "
    "oder geh zur offenen Sprechstunde – das ist kostenlos."
)
CRISIS = (
    "Das klingt sehr schwer. Gut, dass du schreibst – du bist nicht allein.\n"
    "Bitte sprich jetzt mit einem Menschen. Diese Stellen sind gerade für dich da, "
    "kostenlos und anonym:"
)
CRISIS_DANGER = "Wenn du in akuter Gefahr bist: Ruf sofort die 112 an."
CRISIS_AFTER = "Wenn du magst, können wir danach auch zusammen weiterschauen. Ich bin da."
RECOMMEND_INTRO = "Danke! Das hier passt zu dir:"
OCCUPATION_QUESTION_FIRST = ("Gute Frage – die beantworte ich dir, sobald ich passende Stellen "
                             "für dich gefunden habe.")
# internship places in the chat (bot/core/internships.py)
INTERNSHIPS_INTRO = "Praktikumsplätze in der Nähe von {place}, die zu dir passen:"
INTERNSHIP_LINE = "• {occupation} bei {company}, {place} – etwa {minutes} Minuten {mode}."
INTERNSHIP_NEEDS = "Du brauchst: {things}."
INTERNSHIPS_MORE = "Dazu {count} weitere passende Plätze oder Termine."
INTERNSHIPS_OTHERS = "Außerdem {count} Plätze in anderen Berufen – zum Ausprobieren."
INTERNSHIPS_OTHER_ONLY = ("Zu deinem Wunsch habe ich bei {place} gerade nichts frei. Diese "
                          "Plätze in anderen Berufen gibt es – zum Ausprobieren:")
INTERNSHIPS_NEXT = ("Alle Plätze halten die Regeln für dein Alter ein. Wenn dich einer "
                    "interessiert, hilft dir eine der Stellen oben, dich dort zu melden.")
INTERNSHIPS_NONE = ("In der Nähe von {place} habe ich gerade keinen freien Praktikumsplatz, "
                    "der zu dir passt. Die Stellen oben kennen weitere Betriebe.")
# follow-up questions about the internship places named (bot/core/internships.py)
IQ_DAYS = "{company}: {days}."
IQ_DAY_RANGE = "{first} bis {last}"
IQ_WEEKEND = "Auch am Wochenende – das ist in dieser Branche erlaubt."
IQ_NO_WEEKEND = "Am Wochenende hast du frei."
IQ_HOURS = "{company}: von {start} bis {end} Uhr, mit Pausen."
IQ_DISTANCE = "{company}: etwa {minutes} Minuten {mode}."
IQ_DATES = "{company}: vom {start} bis zum {end}."
IQ_NEEDS = "{company}: Du brauchst {things}."
IQ_NEEDS_NOTHING = "{company}: Du brauchst nichts Besonderes."
WEEKDAY_NAMES = {"mo": "Montag", "tu": "Dienstag", "we": "Mittwoch", "th": "Donnerstag",
                 "fr": "Freitag", "sa": "Samstag", "su": "Sonntag"}
TRAVEL_MODE_WORDS = {"walk": "zu Fuß", "bike": "mit dem Rad", "transit": "mit Bus und Bahn",
                     "car": "mit dem Auto"}
REQUIREMENT_PLAIN = {"safety_shoes": "Sicherheitsschuhe (frag, ob du dort welche bekommst)",
                     "ifsg43": "eine Belehrung vom Gesundheitsamt (für Arbeit mit Essen)",
                     "measles_proof": "einen Nachweis über die Masern-Impfung"}
OFFERS_FOR = "Für „{label}“:"
NO_OFFERS = (
    "Dafür habe ich leider nichts Passendes gefunden. Die Berufsberatung der Agentur für "
    "Arbeit hilft dir trotzdem weiter: 0800 4 5555 00 (kostenlos)."
)


def corrected(what: list[str]) -> str:
    return "Okay, ich habe das geändert: " + ", ".join(what) + "."
CRISIS_FALLBACK = (
    "TelefonSeelsorge: 0800 111 0 111 oder 0800 111 0 222 (rund um die Uhr, kostenlos). "
    "krisenchat.de (Chat rund um die Uhr, bis 25 Jahre)."
)


NOTHING_STORED = "Über dich ist bei mir gerade nichts gespeichert."


PROFILE_LABELS = {
    "needs": "Themen", "age": "Alter", "place": "Ort", "postal_code": "Postleitzahl",
    "region_name": "Kreis", "school_status": "Was du gerade machst",
    "school_qualification": "Schulabschluss", "occupation": "Berufswunsch", "languages": "Sprachen",
}


def profile_facts(profile: Profile) -> dict[str, str]:
    """What is known, as German labels and readable values (no codes: bot/labels.py)."""
    words: dict[str, Callable[[Any], str]] = {
        "needs": labels.needs_label, "languages": labels.languages_label,
        "school_status": lambda code: labels.school_status_label(code, for_you=True),
        "school_qualification": labels.school_qualification_label,
    }
    values: dict[str, str] = {}
    for key, label in PROFILE_LABELS.items():
        value = getattr(profile, key)
        if value in (None, "", []):
            continue
        values[label] = words[key](value) if key in words else str(value)
    return values


def disclosure(*, created: datetime, updated: datetime, messages: int, profile: Profile,
               crisis: bool, retention_days: int, handoffs: list[tuple[str, str]] | None = None) -> str:
    """The answer to `/auskunft`: everything stored about this person, in plain words."""
    facts = profile_facts(profile)
    lines = [
        "Das habe ich über dich gespeichert:",
        f"• Unser Gespräch seit {created:%d.%m.%Y}, zuletzt am {updated:%d.%m.%Y} – {messages} Nachrichten.",
    ]
    lines += [f"• {label}: {value}" for label, value in facts.items()]
    if crisis:
        lines.append("• Einen Hinweis, dass es dir in unserem Gespräch einmal sehr schlecht ging.")
    for reference, org in handoffs or []:
        lines.append(f"• Deine Anfrage {reference} an „{org}“ – mit deinem Einverständnis, "
                     "der Zusammenfassung, unserem Chat und deinem Kontakt.")
    if handoffs:
        lines.append("Deinen Namen kenne ich nicht. Deinen Kontakt habe ich nur für deine Anfrage "
                     "gespeichert. Deine Chat-ID speichere ich nur verschlüsselt (als Hash).")
    else:
        lines.append("Deinen Namen oder deine Telefonnummer kenne ich nicht. Deine Chat-ID "
                     "speichere ich nur verschlüsselt (als Hash).")
    lines.append(f"Ich lösche alles {retention_days} Tage nach unserer letzten Nachricht. "
                 "Mit /loeschen geht es sofort.")
    return "\n".join(lines)


# --- handoff to a counselling service (bot/core/handoff.py) ------------------------------

HANDOFF_INVITE = ("Wenn du magst, kann sich eine Beratungsstelle bei dir melden. "
                  "Ich schicke ihr nur etwas, wenn du vorher Ja sagst.")
HANDOFF_BUTTON = "{org} soll sich melden"
HANDOFF_BUTTON_URGENT = "{org} soll sich schnell melden"
HANDOFF_NONE = ("Die Stellen, die ich dir gezeigt habe, nehmen über mich keine Anfragen an. "
                "Du kannst sie direkt anrufen oder ihnen schreiben – die Kontakte stehen oben.")
HANDOFF_SELF_ONLY = ("Weitergeben kann ich dich an diese Stellen leider nicht. Melde dich am besten "
                     "selbst, zum Beispiel bei „{name}“: {contact}.")
HANDOFF_CHOOSE = "Welche Stelle soll sich bei dir melden?"
HANDOFF_ALREADY = ("An „{org}“ hast du schon eine Anfrage geschickt. Die Stelle meldet sich bei dir. "
                   "Mit /auskunft siehst du deinen Code.")
CRISIS_HANDOFF_INVITE = ("Wenn du magst, kann sich auch eine Beratungsstelle schnell persönlich bei "
                         "dir melden. Ich schicke ihr nur etwas, wenn du vorher Ja sagst.")
CRISIS_HANDOFF_PENDING = ("Deine Anfrage an „{org}“ ist noch nicht abgeschickt. Wenn du sie "
                          "abschickst, markiere ich sie als dringend.")
CONSENT_UNDER_16 = " Deine Eltern müssen dafür nicht zustimmen."
CONSENT_URGENT = " Ich markiere deine Anfrage als dringend, damit sie sich schnell meldet."
CONSENT_BUTTONS = (Button("Ja, schick es", "/affirm"), Button("Nein", "/deny"))
CONSENT_THANKS = "Danke. Ich schicke noch nichts ab – erst wenn du mir gleich sagst, wie sie dich erreichen."
CONSENT_REFUSED = "Okay, ich gebe nichts weiter. Das ist völlig in Ordnung."
SELF_CONTACT = " Du kannst dich auch selbst bei „{org}“ melden: {contact}."
SELF_CONTACT_ABOVE = " Du kannst dich auch selbst bei der Stelle melden – die Kontakte stehen oben."
CONSENT_UNCLEAR = "Sag mir bitte Ja oder Nein – ohne dein Ja schicke ich nichts weiter."
ASK_CONTACT_METHOD = "Wie soll die Stelle dich erreichen?"
CANCEL_BUTTON = Button("Doch nichts schicken", '/deny{"handoff": "cancel"}')
CONTACT_SELF_BUTTON = Button("Ich melde mich selbst", '/inform{"contact_method": "self"}')
CONTACT_BUTTONS = (
    Button("Telefon", '/inform{"contact_method": "phone"}'),
    Button("E-Mail", '/inform{"contact_method": "email"}'),
    Button("Telegram", '/inform{"contact_method": "telegram"}'),
    CONTACT_SELF_BUTTON,
    CANCEL_BUTTON,
)
CONTACT_UNCLEAR = "Das habe ich nicht verstanden."
ASK_CONTACT_VALUE = {
    "phone": "Unter welcher Telefonnummer? Zum Beispiel 0151 23456789.",
    "email": "Unter welcher E-Mail-Adresse?",
    "telegram": "Wie ist dein Telegram-Name? Zum Beispiel @mein_name.",
}
CONTACT_INVALID = {
    "phone": "Diese Nummer kann ich nicht lesen. Schreib sie bitte mit Vorwahl, nur Ziffern.",
    "email": "Diese E-Mail-Adresse sieht nicht richtig aus.",
    "telegram": "Ein Telegram-Name hat 5 bis 32 Zeichen, Buchstaben, Zahlen oder _.",
}
ASK_NOTE = ("Möchtest du der Stelle noch etwas sagen? Zum Beispiel, wann du gut erreichbar "
            "bist. Sonst tippe auf „Keine Notiz“.")
NO_NOTE_BUTTON = Button("Keine Notiz", "/deny")
HANDOFF_DONE = "Erledigt! Deine Anfrage ist angekommen. Dein Code: {reference}\n{promise}"
HANDOFF_PROMISE_DAYS = "„{org}“ meldet sich innerhalb von {days} Werktagen bei dir."
HANDOFF_PROMISE_ONE_DAY = "„{org}“ meldet sich innerhalb von 1 Werktag bei dir."
HANDOFF_PROMISE_UNKNOWN = ("„{org}“ meldet sich bei dir. Wie schnell, kann ich dir leider "
                           "nicht genau sagen.")
HANDOFF_DONE_SELF = ("Erledigt! „{org}“ hat deine Zusammenfassung. Wenn du dich dort meldest, "
                     "nenn einfach deinen Code: {reference}")
HANDOFF_DONE_URGENT = ("\nDeine Anfrage ist als dringend markiert. Wenn es dir vorher schlechter "
                       "geht: Ruf die 112 an oder die TelefonSeelsorge, 0800 111 0 111 "
                       "(rund um die Uhr, kostenlos).")
# what the counsellor reads as the person's wish (summary["wish"])
WISHES = {
    "phone": "Möchte angerufen werden",
    "email": "Möchte eine E-Mail bekommen",
    "telegram": "Möchte über Telegram angeschrieben werden",
    "self": "Meldet sich selbst bei der Stelle",
}


# --- crisis care (bot/core/crisis_care.py) -------------------------------------------------
# The first words of the crisis answer, by kind of danger.
CRISIS_OPENING = {
    "suicidal": ("Danke, dass du mir das schreibst. Das klingt nach sehr viel Schmerz – "
                 "und du bist damit nicht allein.\nBitte sprich jetzt mit einem Menschen. "
                 "Diese Stellen sind gerade für dich da, kostenlos und anonym:"),
    "self_harm": ("Danke, dass du mir das schreibst. Du bist damit nicht allein.\n"
                  "Hier kannst du jetzt mit jemandem reden, kostenlos und anonym:"),
    "violence_at_home": ("Niemand darf dir wehtun. Das ist nicht deine Schuld.\n"
                         "Hier bekommst du Hilfe, kostenlos und auch anonym:"),
    "sexual_abuse": ("Was dir passiert, ist nicht deine Schuld. Gut, dass du es jemandem "
                     "erzählst.\nHier hören dir Menschen zu, kostenlos und anonym:"),
    "sextortion": ("Das ist eine Erpressung, und du bist nicht schuld. Es gibt einen Ausweg.\n"
                   "Wichtig jetzt: Zahl nichts. Lösch nichts – mach Screenshots vom Chat und "
                   "vom Profil. Antworte nicht mehr und blockiere die Person danach. "
                   "Erzähl es jemandem, dem du vertraust. Hier bekommst du Hilfe:"),
    "homeless_tonight": ("Niemand soll heute Nacht draußen schlafen müssen. "
                         "Hier bekommst du heute noch Hilfe:"),
    "eating_disorder": ("Danke, dass du mir das schreibst. Das klingt sehr belastend – "
                        "und es gibt Menschen, die sich damit auskennen:"),
    "other_emergency": ("Das klingt nach einem Notfall. Gut, dass du schreibst.\n"
                        "Diese Stellen sind gerade für dich da:"),
}
# The emergency numbers, by kind (no age limit, always open).
CRISIS_EMERGENCY = {
    "suicidal": "Wenn du in akuter Gefahr bist: Ruf sofort die 112 an.",
    "self_harm": "Wenn du stark blutest oder etwas geschluckt hast: Ruf sofort die 112 an.",
    "violence_at_home": "Wenn du gerade in Gefahr bist: Ruf die Polizei an, 110.",
    "sexual_abuse": "Wenn du gerade in Gefahr bist: Ruf die Polizei an, 110.",
    "sextortion": ("Du kannst Anzeige erstatten – bei der Polizei vor Ort, über die Onlinewache "
                   "deines Bundeslands oder unter 110."),
    "homeless_tonight": "Wenn du heute Nacht in Gefahr bist: Polizei 110, Notarzt 112.",
    "eating_disorder": "Wenn es dir körperlich sehr schlecht geht: Ruf die 112 an.",
    "other_emergency": "Im Notfall: Polizei 110, Feuerwehr und Notarzt 112.",
}
CRISIS_NO_LINE_OPEN = (
    "TelefonSeelsorge: 0800 111 0 111 oder 0800 111 0 222 (rund um die Uhr, kostenlos)."
)
CRISIS_STAY = ("Ich bin weiter für dich da. Schreib mir, was dich beschäftigt – oder frag "
               "mich, wie so ein Anruf abläuft. Wenn du magst, schauen wir danach auch "
               "zusammen nach Schule, Ausbildung oder Job.")
CRISIS_AGAIN = ("Ich höre dich. Bitte bleib damit nicht allein – ruf jetzt eine dieser Nummern "
                "an oder schreib ihnen:")
BACK_TO_TOPIC = "Zurück zu meinem Thema"
CARE_BUTTONS_TEXT = ("Was sag ich da am Telefon?", "Geht das auch per Chat?")
CARE_BUTTONS_BY_KIND = {
    "violence_at_home": ("Was passiert, wenn ich da anrufe?", "Ich trau mich nicht zur Polizei"),
    "sexual_abuse": ("Was passiert, wenn ich da anrufe?", "Bleibt das anonym?"),
    "sextortion": ("Soll ich zahlen?", "Geht das auch per Chat?"),
    "homeless_tonight": ("Was sag ich da am Telefon?", "Kostet das was?"),
}

CHECK_IN = ("Ich frag dich direkt, weil es mir wichtig ist: Bist du gerade in Gefahr oder "
            "denkst du daran, dir etwas anzutun?")
# the check-in by kind of possible danger; a "ja" always means danger
CHECK_IN_BY_KIND = {
    "violence_at_home": ("Ich frag dich direkt, weil es mir wichtig ist: Bist du gerade in Gefahr "
                         "– tut dir jemand weh?"),
    "sexual_abuse": ("Ich frag dich direkt, weil es mir wichtig ist: Tut dir jemand etwas an, "
                     "das du nicht willst?"),
    "sextortion": ("Ich frag dich direkt, weil es mir wichtig ist: Erpresst dich gerade jemand, "
                   "zum Beispiel mit Bildern oder Videos?"),
    "homeless_tonight": ("Ich frag dich direkt, weil es mir wichtig ist: Weißt du heute Nacht "
                         "nicht, wo du schlafen kannst?"),
}
CHECK_IN_LINE = "Falls ja: Die TelefonSeelsorge ist rund um die Uhr da, 0800 111 0 111 (kostenlos)."
CHECK_IN_YES = "Ja, ich brauche Hilfe"
CHECK_IN_NO = "Nein, alles okay"
CHECK_IN_RELIEF = "Gut, danke, dass du es mir sagst. Dann machen wir weiter."
CHECK_IN_MORE = "Magst du mir erzählen, was los ist? Du kannst auch ein Thema antippen."

# answers to what people say after a crisis answer, by what they say
CARE = {
    "what_to_say": ("Du musst nichts vorbereiten. Du kannst einfach sagen: „Mir geht es gerade "
                    "nicht gut und ich weiß nicht weiter.“ Die Menschen dort fragen nach und "
                    "hören zu. Du entscheidest, was du erzählst – und du kannst jederzeit "
                    "auflegen."),
    "confidential": ("Ich gebe nichts weiter – nur wenn du ausdrücklich Ja sagst. Bei der "
                     "TelefonSeelsorge, der Nummer gegen Kummer und beim krisenchat musst du "
                     "deinen Namen nicht sagen. Was du erzählst, bleibt dort vertraulich."),
    "self_blame": ("Nein. Das ist nicht deine Schuld. Niemand hat das Recht, dir so etwas "
                   "anzutun – egal, was vorher war."),
    "self_blame_feelings": ("Nein. Dass es dir so geht, ist nicht deine Schuld. "
                            "Und du musst da nicht allein durch."),
    "cost": "Die Nummern sind kostenlos. Du brauchst kein Guthaben und keinen Vertrag.",
    "pay": ("Bitte zahl nichts. Wer einmal Geld bekommt, will meistens mehr – und löscht die "
            "Bilder trotzdem nicht. Mach Screenshots, lösch nichts, antworte nicht mehr und "
            "erzähl es jemandem, dem du vertraust. Die Polizei nimmt das ernst: Das ist eine "
            "Straftat – von der anderen Person, nicht von dir."),
    "police_fear": ("Das verstehe ich. Du musst nicht zur Polizei, um Hilfe zu bekommen. Bei der "
                    "Nummer gegen Kummer (116 111) oder beim Jugendamt kannst du erst mal "
                    "erzählen, was los ist. Die überlegen mit dir, was du tun kannst. Wenn du "
                    "gerade in Gefahr bist, ist die 110 trotzdem richtig."),
    "what_happens": ("Am Telefon oder im Chat hört dir erst mal jemand zu. Du entscheidest, was du "
                     "erzählst. Zusammen überlegt ihr, was dir jetzt hilft. Niemand zwingt dich "
                     "zu etwas."),
    "feelings": ("Das klingt, als wärst du gerade ganz allein damit. Das tut mir leid. Ich höre "
                 "dir zu – und bei {line} hört dir jetzt gerade ein Mensch zu."),
    "refuse": ("Das ist okay. Du musst heute niemanden anrufen. Schreiben geht auch – zum "
               "Beispiel {written}. Und ich bin hier."),
    "thanks": ("Gut, dass du das machst. Ich finde das stark. Ich bin hier, wenn du danach "
               "schreiben willst."),
    "night": "Diese Stellen sind jetzt gerade erreichbar: {open}.",
    "facts": "Danke, das merke ich mir: {facts}.",
    "local": "In deiner Gegend gibt es auch diese Hilfe:",
    "also": "Das passt auch zu dir:",
    "facts_line": "Für dich ist gerade {line} da – ruf an oder schreib ihnen.",
    "english": ("Yes, I can write a little English. The people at these lines mostly speak "
                "German; the TelefonSeelsorge and krisenchat also answer in simple words. In "
                "an emergency call 112 (free, day and night). {line}"),
    "ask_place": "Sag mir deinen Ort oder deine Postleitzahl, dann schaue ich, was es in deiner Nähe gibt.",
    "none_nearby": ("In deiner Nähe kenne ich dafür leider keine Stelle. {line} hilft dir "
                    "weiter und kennt auch Angebote vor Ort."),
    "women_shelter": ("Einen Platz im Frauenhaus vermittelt das Hilfetelefon „Gewalt gegen "
                      "Frauen“, 116 016 – rund um die Uhr, kostenlos, auch anonym."),
    "age_ok": ("Ja, du darfst dort anrufen oder schreiben – egal wie alt du bist. "
               "Du bist nicht zu jung und nicht zu alt. {line} ist jetzt für dich da."),
    "human": ("Ja. Bei {line} redest du mit einem echten Menschen, der nicht zu deiner Familie "
              "gehört. Das geht heute, und morgen auch."),
    "unknown_question": ("Das weiß ich leider nicht genau. Frag das am besten direkt bei {line} – "
                         "die kennen sich aus und hören dir zu."),
    "default": ("Ich höre dir zu. Magst du mir mehr davon erzählen? Wenn es dir gerade zu viel "
                "wird: {line} ist jetzt für dich da."),
    "leave": "Gern. Die Krisenhilfe von eben bleibt für dich da, wenn du sie brauchst.",
}
CARE_WRITTEN_FALLBACK = "beim krisenchat (krisenchat.de, rund um die Uhr)"
CARE_CHAT_INTRO = "Ja, schreiben geht auch:"
CARE_CHAT_NONE = ("Schreiben geht zum Beispiel beim krisenchat (krisenchat.de, rund um die "
                  "Uhr, bis 25) oder per Mail und Chat bei der TelefonSeelsorge "
                  "(telefonseelsorge.de).")
# why a crisis card is shown, by kind of danger
CRISIS_REASON = {
    "suicidal": "Für dich da, wenn du nicht mehr leben willst",
    "self_harm": "Für dich da, wenn du dich verletzt",
    "violence_at_home": "Hilft, wenn dir jemand wehtut",
    "sexual_abuse": "Hilft bei sexueller Gewalt",
    "sextortion": "Hilft, wenn dich jemand mit Bildern erpresst",
    "homeless_tonight": "Hilft, wenn du heute keinen Schlafplatz hast",
    "eating_disorder": "Kennt sich mit Essstörungen aus",
    "default": "Jetzt gerade für dich erreichbar",
}


# --- questions about the offers shown (bot/core/offer_questions.py) ------------------------
OQ_INTRO = {
    "open_now": "Das weiß ich zu den Stellen:",
    "hours": "Die Zeiten, die ich kenne:",
    "cost": "Zu den Kosten:",
    "anonymous": "Zur Frage, ob du anonym bleibst:",
    "appointment": "Zum Termin:",
    "write": "Schreiben statt anrufen:",
    "bring": "Was du mitbringen solltest:",
    "where": "Wo du die Stellen findest:",
    "directions": "So kommst du hin:",
    "phone": "Anrufen geht so:",
    "who": "Am besten fängst du hier an:",
    "for_whom": "Für wen die Stellen da sind:",
    "for_someone": ("Du kannst dort auch für jemand anderen anrufen und fragen, wie es geht. Für "
                    "die Beratung selbst ist es gut, wenn die junge Person dabei ist oder sich "
                    "selbst meldet."),
}
OQ_PHONE = "{name}: Ja, ruf einfach an: {phone}"
OQ_FOR_WHOM = "{name}: für {ages}, egal ob du zur Schule gehst, arbeitest oder gerade nichts davon."
OQ_AGES = "junge Menschen von {low} bis {high}"
OQ_ALL_AGES = "alle"
OQ_ASK_THEM = ("Das kann ich dir nicht sicher sagen. Frag das am besten direkt bei „{name}“: "
               "{contact} – die kennen sich damit aus.")
OQ_WHO = "{name} – melde dich dort: {contact}"
OQ_FOR_SOMEONE_LINE = "{name}: {contact}"
OQ_FREE_KIND = "{name}: kostenlos – {kind} kostet dich nichts."
OQ_FREE_KINDS = {
    "career_guidance": "die Berufsberatung der Agentur für Arbeit",
    "youth_employment_agency": "Beratung bei der Jugendberufsagentur",
    "jobcenter": "Beratung beim Jobcenter",
    "youth_vocational_aid": "die Jugendberufshilfe",
    "school_social_work": "die Schulsozialarbeit",
    "migration_counselling": "Beratung beim Jugendmigrationsdienst",
    "crisis_line": "der Anruf oder Chat",
}
OQ_OPEN = "{name} ist jetzt erreichbar"
OQ_CLOSED = "{name} ist gerade nicht erreichbar"
OQ_ALWAYS = "{name} ist rund um die Uhr erreichbar"
OQ_UNKNOWN_HOURS = ("{name}: Die Zeiten weiß ich leider nicht. Frag am besten kurz nach: "
                    "{contact}")
OQ_UNKNOWN = "{name}: Das weiß ich leider nicht – {what}. Frag am besten kurz nach: {contact}"
OQ_ANONYMOUS = "{name}: Ja, du kannst anonym bleiben."
OQ_NOT_ANONYMOUS = ("{name}: Dort brauchen sie deinen Namen. Was du erzählst, bleibt aber "
                    "vertraulich.")
OQ_WRITE = "{name}: Ja – {ways}"
OQ_NO_WRITE = "{name}: Schreiben kenne ich dort nicht, nur: {contact}"
OQ_ONLINE = "{name}: Das geht online, da musst du nirgends hin: {web}"
OQ_DIRECTIONS_ADDRESS = ("{name}: {address}. Den Weg mit Bus und Bahn kenne ich nicht – "
                         "eine Karten-App zeigt ihn dir.")
OQ_GENERAL = {
    "cost": ("Die Beratungsstellen, die ich dir zeige, sind für dich kostenlos. Ich sag dir bei "
             "jeder dazu, was ich weiß."),
    "anonymous": ("Hier bei mir bleibst du anonym. Bei den Beratungsstellen kannst du oft auch "
                  "ohne Namen anfangen – ich sag dir dazu, was ich weiß."),
    "appointment": ("Das kommt auf die Stelle an. Ich zeige dir gleich passende Stellen und "
                    "sage dir, was ich über Termine weiß."),
    "open_now": ("Das kommt auf die Stelle an. Ich zeige dir gleich passende Stellen und sage "
                 "dir, was ich über die Zeiten weiß."),
    "hours": ("Das kommt auf die Stelle an. Ich zeige dir gleich passende Stellen und sage "
              "dir, was ich über die Zeiten weiß."),
    "write": ("Bei vielen Stellen kannst du auch schreiben – per Mail oder Chat. Ich sag's dir "
              "bei jeder, die ich dir zeige."),
}


# --- conversation repair (bot/core/patterns.py) -------------------------------------------
PRIVACY_ASIDE = "Niemand liest hier mit."
HUMAN_ASIDE = ("Klar. Ich bin ein Bot, aber ich bringe dich zu echten Menschen: Ich zeig dir "
               "gleich Stellen, wo du mit jemandem reden kannst – und wenn du willst, meldet sich "
               "eine Stelle bei dir. Dafür brauche ich nur noch kurz ein, zwei Infos.")
CANCELLED = "Okay, lassen wir das. Worum geht es dir stattdessen?"
CHITCHAT = "Mir geht's gut, danke 🙂 Ich bin hier, um dir weiterzuhelfen."
SKIPPED = "Okay, dann mache ich ohne das weiter."
GIVE_UP_QUESTION = "Okay, das lassen wir erstmal weg."
NOT_UNDERSTOOD_AGAIN = ("Ich verstehe dich leider noch nicht. Tipp am besten ein Thema an – oder "
                        "rede mit einem Menschen: Die Nummer gegen Kummer (116 111) und die "
                        "Berufsberatung (0800 4 5555 00) sind kostenlos.")
OUTSIDE_AREA = ("{place} liegt außerhalb meiner fünf Regionen (Darmstadt, Hochtaunuskreis, "
                "Kreis Offenbach, Landkreis Harz, Bochum). Darum zeige ich dir Angebote, die in "
                "ganz Deutschland für dich da sind.")
# why a question is asked, when someone asks "wozu?" or "hä?"
CLARIFY = {
    "ask_need": ("Ich will verstehen, wobei ich dir helfen kann. Schreib einfach in ein paar "
                 "Worten, was los ist – zum Beispiel „ich such ne Ausbildung“ oder „Stress zu "
                 "Hause“."),
    "ask_age": ("Ich frage nach dem Alter, weil manche Angebote nur für bestimmte Alter sind. "
                "Eine Zahl reicht, zum Beispiel „17“ – du kannst es auch weglassen."),
    "ask_place": ("Ich frage nach dem Ort, damit ich dir Stellen in deiner Nähe zeigen kann. "
                  "Ein Ort, ein Kreis oder eine Postleitzahl reicht."),
    "ask_school_status": ("Ich frage, ob du noch zur Schule gehst, eine Ausbildung machst oder "
                          "arbeitest – dann passen die Angebote besser."),
    "ask_occupation": ("Ich frage, ob du schon einen Beruf im Kopf hast – dann passen die "
                       "Stellen besser. „Weiß nicht“ ist völlig okay."),
    "ask_languages": ("Ich frage nach deiner Sprache, damit ich Beratung finde, die sie auch "
                      "spricht."),
    "recommended": ("Du kannst mich zu den Stellen fragen – zum Beispiel „kostet das was?“ "
                    "oder „haben die heute auf?“ – oder ein neues Thema anfangen."),
}
# the questions in other words: (first time, again with examples)
QUESTION_AGAIN = {
    "ask_need": ("Erzähl mir in ein paar Worten, was los ist – zum Beispiel „ich such ne "
                 "Ausbildung“ oder „Stress zu Hause“. Oder tipp ein Thema an."),
    "ask_age": ("Wie alt bist du ungefähr? Eine Zahl reicht, zum Beispiel „16“. Du kannst das "
                "auch überspringen."),
    "ask_place": ("In welchem Ort oder Kreis wohnst du? Zum Beispiel „Quedlinburg“, „Kreis "
                  "Offenbach“ oder eine Postleitzahl wie 44787."),
    "ask_school_status": ("Gehst du noch zur Schule, machst du eine Ausbildung, arbeitest du – "
                          "oder gerade nichts davon? Tipp an, was am ehesten passt."),
    "ask_occupation": ("Welche Arbeit könntest du dir vorstellen? Zum Beispiel „Kfz-Mechatroniker“, "
                       "„was mit Tieren“ oder „im Büro“. „Weiß nicht“ geht auch."),
    "ask_languages": ("In welcher Sprache redest du am liebsten? Zum Beispiel Deutsch, Arabisch "
                      "oder Ukrainisch."),
    "recommended": ("Brauchst du noch etwas? Du kannst mich zu den Stellen fragen – zum Beispiel "
                    "„kostet das was?“ – oder ein neues Thema antippen."),
}
# the questions about someone else (a parent, teacher or social worker writes): (first, again)
QUESTION_OTHER = {
    "ask_age": ("Wie alt ist {who}?", "Wie alt ist {who} ungefähr? Eine Zahl reicht."),
    "ask_place": ("Wo wohnt {who}? Ein Ort oder eine Postleitzahl reicht.",
                  "In welchem Ort oder Kreis wohnt {who}? Zum Beispiel „Wernigerode“ oder 63263."),
    "ask_school_status": ("Was macht {who} gerade?",
                          "Geht {who} noch zur Schule, macht eine Ausbildung oder arbeitet? "
                          "Tipp an, was am ehesten passt."),
    "ask_occupation": ("Hat {who} schon einen Beruf im Kopf? „Weiß nicht“ ist auch okay.",
                       "Welche Arbeit könnte sich {who} vorstellen? „Weiß nicht“ geht auch."),
    "ask_languages": ("Welche Sprache spricht {who} am besten?",
                      "In welcher Sprache redet {who} am liebsten?"),
}
WHO = {
    ("son", None): "dein Sohn", ("daughter", None): "deine Tochter", ("child", None): "dein Kind",
    ("pupil", "er"): "dein Schüler", ("pupil", "sie"): "deine Schülerin",
    ("pupil", None): "die Schülerin oder der Schüler", ("client", "er"): "der junge Mann",
    ("client", "sie"): "die junge Frau", ("client", None): "die junge Person",
    ("brother", None): "dein Bruder", ("sister", None): "deine Schwester",
    ("friend", "er"): "dein Freund", ("friend", "sie"): "deine Freundin",
    ("friend", None): "die Person",
}
RECOMMEND_INTRO_OTHER = "Danke! Das hier passt für {who}:"
# the same people in the accusative ("für deinen Sohn")
WHO_ACC = {
    ("son", None): "deinen Sohn", ("daughter", None): "deine Tochter", ("child", None): "dein Kind",
    ("pupil", "er"): "deinen Schüler", ("pupil", "sie"): "deine Schülerin",
    ("pupil", None): "die Schülerin oder den Schüler", ("client", "er"): "den jungen Mann",
    ("client", "sie"): "die junge Frau", ("client", None): "die junge Person",
}
FACTS_NOTED = "Danke, das merke ich mir."
AFTER_FACT_SAME = "Alles klar, das habe ich so."
HEARD_TELL_THEM = ("Danke, dass du mir das erzählst. Genau darüber kannst du mit „{name}“ sprechen: "
                   "{contact}. Oder sag mir, wenn es um etwas anderes geht.")
REFUSE_NEED = ("Okay, du musst mir nichts erzählen. Du kannst ein Thema antippen – oder mit einem "
               "Menschen reden.")
CONFIDE = ("Ja, du kannst mir alles erzählen. Ich bin ein Bot, niemand liest mit, und ich gebe "
           "nichts weiter, ohne dass du Ja sagst.")
OTHER_LANGUAGE = ("Ich spreche bisher vor allem Deutsch. Du kannst ein Thema antippen. "
                  "Wenn du in Gefahr bist: Ruf die 112 an (kostenlos, Tag und Nacht).")
# the same in the language the message was written in (until the languages issue brings
# whole catalogues): that Lotse speaks mostly German, and the emergency number
OTHER_LANGUAGE_IN = {
    "en": ("I mostly speak German so far – you can still write in English or tap a topic. "
           "If you are in danger: call 112 (free, day and night)."),
    "uk": ("Я поки що розмовляю переважно німецькою. Якщо ти в небезпеці: дзвони 112 "
           "(безкоштовно, цілодобово)."),
    "ru": ("Я пока говорю в основном по-немецки. Если ты в опасности: звони 112 "
           "(бесплатно, круглосуточно)."),
    "ar": "أتكلم حاليًا الألمانية في الغالب. إذا كنت في خطر: اتصل بالرقم 112 (مجانًا، ليلًا ونهارًا).",
    "tr": "Şimdilik çoğunlukla Almanca konuşuyorum. Tehlikedeysen 112'yi ara (ücretsiz, 7/24).",
    "fa": "من فعلاً بیشتر آلمانی صحبت می‌کنم. اگر در خطر هستی، با ۱۱۲ تماس بگیر (رایگان، شبانه‌روزی).",
}
NOT_UNDERSTOOD_SHORT = "Das habe ich nicht ganz verstanden."
PLACE_UNKNOWN_SHORT = "Den Ort kenne ich leider nicht."
HUMAN_BUTTON = Button("Mit einem Menschen reden", "/talk_to_human")
CARE_FACT_AGE = "du bist {age}"
CARE_FACT_PLACE = "du wohnst in {place}"
CARE_FACT_OTHER = "was du mir gesagt hast"
CARE_FACT_OCCUPATION = "dein Berufswunsch ist {occupation}"
CARE_FACT_STATUS = {
    "in_school": "du gehst zur Schule", "in_training": "du machst eine Ausbildung",
    "qualified_no_training": "du hast die Schule fertig", "no_qualification": "du hast keinen Abschluss",
    "employed": "du arbeitest", "unemployed": "du hast gerade keine Arbeit", "studying": "du studierst",
}
CARE_BACK = "Ich bin weiter für dich da. Schreib mir, was dich beschäftigt."
CARE_DEFAULTS = (
    ("Ich höre dir zu. Magst du mir mehr davon erzählen? Wenn es dir gerade zu viel wird: "
     "{line} ist jetzt für dich da."),
    ("Danke, dass du mir das schreibst. Du musst das nicht allein tragen – {line} hört dir "
     "jetzt gerade zu."),
    ("Ich bin noch da. Schreib mir ruhig weiter – und wenn du mit einem Menschen reden "
     "willst: {line}."),
)
# the database is away (bot/outage.py): crisis help still comes, everything else waits
BACK_SOON = ("Ich bin gleich wieder da – bei mir wird gerade etwas repariert. Schick mir deine "
             "Nachricht bitte in ein paar Minuten noch einmal. Wenn es dir gerade richtig schlecht "
             "geht: Die Nummer gegen Kummer erreichst du kostenlos unter 116 111, im Notfall "
             "die 112.")
