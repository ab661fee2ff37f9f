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
    "Dazu kann ich leider nichts sagen. Ich helfe dir bei Schule, Ausbildung, Job "
    "und Sorgen auf dem Weg dahin."
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
