"""Everything the assistant says, in short, friendly German with "du" – the msgids of the
message catalogues (bot/locale; docs/languages.md).

Each constant holds German text marked with `N_` for extraction. Read from this module
(`texts.ASK_AGE`, `texts.CARE["leave"]`, `texts.NEED_BUTTONS`), it comes in the current
language (bot/i18n/context.py): the module's class translates its upper-case names on
access – strings, button titles (never payloads), tuple items and dict values – and keeps
the result per language. Functions translate their own texts with `_`. Values go into named
placeholders ("{age}") that translators see; `.format(...)` comes after reading the constant.
`source(name)` gives a constant in German.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from datetime import datetime
from typing import Any

from bot import labels
from bot.core.messages import Button
from bot.core.state import Profile
from bot.i18n import N_, current_language, german_name, ngettext
from bot.i18n import gettext as _

NEED_BUTTONS: tuple[Button, ...] = (
    Button(N_("Praktikum finden"), "/seek_internship"),
    Button(N_("Ausbildung finden"), "/seek_apprenticeship"),
    Button(N_("Welcher Beruf passt zu mir?"), "/career_orientation"),
    Button(N_("Hilfe bei der Bewerbung"), "/application_help"),
    Button(N_("Schulabschluss nachholen"), "/school_qualification"),
    Button(N_("Stress in der Ausbildung"), "/training_problems"),
    Button(N_("Stress in der Schule"), "/school_problems"),
    Button(N_("Geld und Schulden"), "/money_problems"),
    Button(N_("Wohnen"), "/housing_problems"),
    Button(N_("Stress in der Familie"), "/family_problems"),
    Button(N_("Mir geht's nicht gut"), "/mental_health"),
    Button(N_("Neu in Deutschland"), "/migration_language"),
)
STATUS_BUTTONS: tuple[Button, ...] = (
    Button(N_("Ich gehe zur Schule"), '/inform{"school_status": "in_school"}'),
    Button(N_("Ich mache eine Ausbildung"), '/inform{"school_status": "in_training"}'),
    Button(N_("Schule fertig, noch keine Ausbildung"), '/inform{"school_status": "qualified_no_training"}'),
    Button(N_("Ich habe keinen Schulabschluss"), '/inform{"school_status": "no_qualification"}'),
    Button(N_("Ich arbeite"), '/inform{"school_status": "employed"}'),
    Button(N_("Ich habe gerade keine Arbeit"), '/inform{"school_status": "unemployed"}'),
    Button(N_("Ich studiere"), '/inform{"school_status": "studying"}'),
)
SKIP_BUTTON = Button(N_("Sag ich lieber nicht"), "/deny")
DONT_KNOW_BUTTON = Button(N_("Weiß ich noch nicht"), "/deny")
YES_NO = (Button(N_("Ja"), "/affirm"), Button(N_("Nein"), "/deny"))
AFTER_BUTTONS = (
    Button(N_("Noch ein anderes Thema"), "/help"),
    Button(N_("Mit einem Menschen reden"), "/talk_to_human"),
    Button(N_("Neu starten"), "/restart"),
)


def privacy(retention_days: int) -> str:
    return _("Du bleibst anonym: Ich frage nicht nach deinem Namen. "
             "Ich speichere nur unser Gespräch, damit wir weitermachen können. "
             "Nach {days} Tagen lösche ich es. Niemand liest mit – nur wenn du Ja sagst, "
             "schicke ich dein Gespräch an eine Beratungsstelle. "
             "Schreib „lösch meine Daten“ oder /loeschen, dann lösche ich alles sofort. "
             "Mit /auskunft siehst du, was ich gespeichert habe.").format(days=retention_days)


def greeting(retention_days: int) -> str:
    return (_("Hi! Ich bin Lotse, ein Chat-Bot – kein Mensch. "
              "Ich helfe dir, die passende Beratung oder ein Praktikum in deiner Nähe zu finden.")
            + "\n" + privacy(retention_days))


def bot_challenge(retention_days: int) -> str:
    return _("Ja, ich bin ein Chat-Bot, kein Mensch.") + " " + privacy(retention_days)


ASK_NEED = N_("Worum geht es dir? Wähl ein Thema oder schreib es mir in deinen Worten.")
ASK_AGE = N_("Wie alt bist du?")
ASK_PLACE = N_("Wo wohnst du? Schreib mir deinen Ort oder deine Postleitzahl.")
ASK_STATUS = N_("Was machst du gerade?")
ASK_OCCUPATION = N_("Hast du schon einen Beruf im Kopf? Schreib ihn mir – „weiß nicht“ ist auch okay.")
ASK_LANGUAGES = N_("Welche Sprache sprichst du am besten? Dann suche ich Beratung, die sie auch spricht.")
LANGUAGE_BUTTONS = (
    Button(N_("Deutsch"), '/inform{"language": "de"}'),
    Button(N_("Arabisch"), '/inform{"language": "ar"}'),
    Button(N_("Ukrainisch"), '/inform{"language": "uk"}'),
    Button(N_("Türkisch"), '/inform{"language": "tr"}'),
    Button(N_("Persisch"), '/inform{"language": "fa"}'),
    Button(N_("Englisch"), '/inform{"language": "en"}'),
)
HELP = (
    N_("Ich helfe dir bei: Praktikum, Ausbildung, Berufswahl, Bewerbung, Schulabschluss, "
       "Stress in Schule oder Ausbildung, Geld, Wohnen, Familie, wenn es dir nicht gut geht "
       "und wenn du neu in Deutschland bist.\n"
       "Ich frage dich ein paar kurze Sachen und zeige dir dann passende Angebote in deiner Nähe. "
       "Mit „neu starten“ fängst du von vorne an.\n"
       "Wenn du in Gefahr bist oder nicht mehr weiterweißt: Ruf 112 an, oder rede mit der "
       "TelefonSeelsorge: 0800 111 0 111 (rund um die Uhr, kostenlos).")
)
THANKS = N_("Gern! Wenn du noch etwas brauchst, schreib mir einfach.")
GOODBYE = N_("Tschüss und alles Gute! Du kannst jederzeit wieder schreiben.")
OUT_OF_SCOPE = (
    N_("Da kenne ich mich leider nicht aus. Ich bin für Schule, Ausbildung, Job und die Sorgen "
       "auf dem Weg dahin da.")
)
CONFIRM_DELETE = (
    N_("Soll ich wirklich alles löschen, was ich von dir gespeichert habe? "
       "Das kann ich nicht rückgängig machen.")
)
DELETED = N_("Erledigt. Ich habe alles gelöscht, was ich von dir gespeichert hatte. Mach's gut!")
NOT_DELETED = N_("Okay, ich lösche nichts. Wir machen weiter.")
RESTARTED = N_("Alles klar, wir fangen von vorne an.")
NATIONWIDE_NOTE = (
    N_("Deinen Ort kenne ich nicht. Darum zeige ich dir Angebote, die in ganz Deutschland "
       "für dich da sind.")
)
AFTER = N_("Kann ich noch etwas für dich tun?")
TALK_TO_HUMAN = (
    N_("Bei diesen Stellen sprichst du mit echten Menschen. Ruf an, schreib eine Mail "
       "oder geh zur offenen Sprechstunde – das ist kostenlos.")
)
RECOMMEND_INTRO = N_("Danke! Das hier passt zu dir:")
OCCUPATION_QUESTION_FIRST = (N_("Gute Frage – die beantworte ich dir, sobald ich passende Stellen "
                                "für dich gefunden habe."))
# internship places in the chat (bot/core/internships.py)
INTERNSHIPS_INTRO = N_("Praktikumsplätze in der Nähe von {place}, die zu dir passen:")
INTERNSHIP_LINE = N_("• {occupation} bei {company}, {place} – etwa {minutes} Minuten {mode}.")
INTERNSHIP_NEEDS = N_("Du brauchst: {things}.")
INTERNSHIPS_MORE = N_("Dazu {count} weitere passende Plätze oder Termine.")
INTERNSHIPS_OTHERS = N_("Außerdem {count} Plätze in anderen Berufen – zum Ausprobieren.")
INTERNSHIPS_OTHER_ONLY = (N_("Zu deinem Wunsch habe ich bei {place} gerade nichts frei. Diese "
                             "Plätze in anderen Berufen gibt es – zum Ausprobieren:"))
INTERNSHIPS_NEXT = (N_("Alle Plätze halten die Regeln für dein Alter ein. Wenn dich einer "
                       "interessiert, hilft dir eine der Stellen oben, dich dort zu melden."))
INTERNSHIPS_NONE = (N_("In der Nähe von {place} habe ich gerade keinen freien Praktikumsplatz, "
                       "der zu dir passt. Die Stellen oben kennen weitere Betriebe."))
# follow-up questions about the internship places named (bot/core/internships.py)
IQ_DAYS = N_("{company}: {days}.")
IQ_DAY_RANGE = N_("{first} bis {last}")
IQ_WEEKEND = N_("Auch am Wochenende – das ist in dieser Branche erlaubt.")
IQ_NO_WEEKEND = N_("Am Wochenende hast du frei.")
IQ_HOURS = N_("{company}: von {start} bis {end} Uhr, mit Pausen.")
IQ_DISTANCE = N_("{company}: etwa {minutes} Minuten {mode}.")
IQ_DATES = N_("{company}: vom {start} bis zum {end}.")
IQ_NEEDS = N_("{company}: Du brauchst {things}.")
IQ_NEEDS_NOTHING = N_("{company}: Du brauchst nichts Besonderes.")
WEEKDAY_NAMES = {"mo": N_("Montag"), "tu": N_("Dienstag"), "we": N_("Mittwoch"), "th": N_("Donnerstag"),
                 "fr": N_("Freitag"), "sa": N_("Samstag"), "su": N_("Sonntag")}
TRAVEL_MODE_WORDS = {"walk": N_("zu Fuß"), "bike": N_("mit dem Rad"), "transit": N_("mit Bus und Bahn"),
                     "car": N_("mit dem Auto")}
REQUIREMENT_PLAIN = {"safety_shoes": N_("Sicherheitsschuhe (frag, ob du dort welche bekommst)"),
                     "ifsg43": N_("eine Belehrung vom Gesundheitsamt (für Arbeit mit Essen)"),
                     "measles_proof": N_("einen Nachweis über die Masern-Impfung")}
OFFERS_FOR = N_("Für „{label}“:")
NO_OFFERS = (
    N_("Dafür habe ich leider nichts Passendes gefunden. Die Berufsberatung der Agentur für "
       "Arbeit hilft dir trotzdem weiter: 0800 4 5555 00 (kostenlos).")
)


def corrected(what: list[str]) -> str:
    return _("Okay, ich habe das geändert: {changes}.").format(changes=", ".join(what))


# what changed, for `corrected`
CHANGED_AGE = N_("du bist {age}")
CHANGED_PLACE = N_("du wohnst in {place}")
# … when a parent, teacher or social worker writes: "deine Tochter ist 17"
CHANGED_AGE_OTHER = N_("{who} ist {age}")
CHANGED_PLACE_OTHER = N_("{who} wohnt in {place}")
# the chat is embedded in a Kreis's website (data-lotse-region) and the person named no place
REGION_HINTED = N_("Ich zeige dir Angebote aus dieser Gegend ({region}), weil der Chat auf "
                   "einer Website von dort ist. Wohnst du woanders? Dann schreib mir einfach "
                   "deinen Ort.")
CHANGED_OCCUPATION = N_("Berufswunsch {occupation}")


NOTHING_STORED = N_("Über dich ist bei mir gerade nichts gespeichert.")
# what the service says before a message reaches the dialogue (bot/service.py)
EMPTY = N_("Ich habe keine Nachricht bekommen. Schreib mir einfach, worum es geht.")
TOO_LONG = (N_("Deine Nachricht ist sehr lang. Magst du sie kürzer schreiben oder in mehrere "
               "Nachrichten teilen? Ich habe noch nichts davon gespeichert."))
SLOW_DOWN = (N_("Du schreibst mir gerade sehr schnell. Warte bitte kurz und schick deine Nachricht "
                "dann noch einmal – ich habe sie nicht gespeichert."))
TROUBLE = (N_("Bei mir klemmt gerade etwas. Deine Nachricht ist nicht verloren – schick sie "
              "bitte in ein paar Minuten noch einmal."))


PROFILE_LABELS = {
    "needs": N_("Themen"), "age": N_("Alter"), "place": N_("Ort"), "postal_code": N_("Postleitzahl"),
    "region_name": N_("Kreis"), "school_status": N_("Was du gerade machst"),
    "school_qualification": N_("Schulabschluss"), "occupation": N_("Berufswunsch"),
    "languages": N_("Sprachen"),
}
CHAT_LANGUAGE_LABEL = N_("Sprache des Chats")


def _words(label: Callable[[Any], str]) -> Callable[[Any], str]:
    """A label function of bot/labels.py for several codes whose German words are said in the
    current language, one label at a time (a label may have a comma of its own: "Neu in
    Deutschland, Sprache und Papiere")."""
    def said(values: Any) -> str:
        return ", ".join(_(label([value])) for value in values or ()) or _(label(()))
    return said


def profile_facts(profile: Profile) -> dict[str, str]:
    """What is known, as labels and readable values in the current language (no codes:
    bot/labels.py gives the German words, the catalogues the rest)."""
    words: dict[str, Callable[[Any], str]] = {
        "needs": _words(labels.needs_label), "languages": _words(labels.languages_label),
        "school_status": lambda code: _(labels.school_status_label(code, for_you=True)),
        "school_qualification": lambda code: _(labels.school_qualification_label(code)),
    }
    values: dict[str, str] = {}
    for key, label in PROFILE_LABELS.items():
        value = getattr(profile, key)
        if value in (None, "", []):
            continue
        values[_(label)] = words[key](value) if key in words else str(value)
    return values


def disclosure(*, created: datetime, updated: datetime, messages: int, profile: Profile,
               crisis: bool, retention_days: int, handoffs: list[tuple[str, str]] | None = None,
               language: str | None = None) -> str:
    """The answer to `/auskunft`: everything stored about this person, in plain words (the
    chat's language named like the other facts: "Sprache des Chats: Arabisch")."""
    facts = profile_facts(profile)
    if language is not None:
        facts[_(CHAT_LANGUAGE_LABEL)] = _(german_name(language))
    lines = [
        _("Das habe ich über dich gespeichert:"),
        "• " + _("Unser Gespräch seit {created}, zuletzt am {updated} – {messages} Nachrichten.").format(
            created=f"{created:%d.%m.%Y}", updated=f"{updated:%d.%m.%Y}", messages=messages),
    ]
    lines += [f"• {label}: {value}" for label, value in facts.items()]
    if crisis:
        lines.append("• " + _("Einen Hinweis, dass es dir in unserem Gespräch einmal sehr schlecht ging."))
    for reference, org in handoffs or []:
        lines.append("• " + _("Deine Anfrage {reference} an „{org}“ – mit deinem Einverständnis, "
                              "der Zusammenfassung, unserem Chat und deinem Kontakt.").format(
            reference=reference, org=org))
    if handoffs:
        lines.append(_("Deinen Namen kenne ich nicht. Deinen Kontakt habe ich nur für deine Anfrage "
                       "gespeichert. Deine Chat-ID speichere ich nur verschlüsselt (als Hash)."))
    else:
        lines.append(_("Deinen Namen oder deine Telefonnummer kenne ich nicht. Deine Chat-ID "
                       "speichere ich nur verschlüsselt (als Hash)."))
    lines.append(_("Ich lösche alles {days} Tage nach unserer letzten Nachricht. "
                   "Mit /loeschen geht es sofort.").format(days=retention_days))
    return "\n".join(lines)


# --- handoff to a counselling service (bot/core/handoff.py) ------------------------------

HANDOFF_INVITE = (N_("Wenn du magst, kann sich eine Beratungsstelle bei dir melden. "
                     "Ich schicke ihr nur etwas, wenn du vorher Ja sagst."))
HANDOFF_BUTTON = N_("{org} soll sich melden")
HANDOFF_BUTTON_URGENT = N_("{org} soll sich schnell melden")
HANDOFF_NONE = (N_("Die Stellen, die ich dir gezeigt habe, nehmen über mich keine Anfragen an. "
                   "Du kannst sie direkt anrufen oder ihnen schreiben – die Kontakte stehen oben."))
HANDOFF_SELF_ONLY = (N_("Weitergeben kann ich dich an diese Stellen leider nicht. Melde dich am besten "
                        "selbst, zum Beispiel bei „{name}“: {contact}."))
HANDOFF_CHOOSE = N_("Welche Stelle soll sich bei dir melden?")
# the consent text (bot/core/handoff.py): who will see what
CONSENT = (N_("Bevor ich etwas weitergebe, frage ich dich. Darf ich an „{org}“ ({offer}) schicken:\n"
              "• eine kurze Zusammenfassung: dein Alter, dein Ort, deine Schule und worum es geht,\n"
              "• unseren Chat,\n"
              "• wie sie dich erreichen können – das sagst du mir gleich selbst?\n"
              "Das sehen nur die Beraterinnen und Berater von „{org}“. "
              "Du kannst es jederzeit mit /loeschen löschen."))
CONTACT_PHONE = N_("Telefon {phone}")
CONTACT_EMAIL = N_("E-Mail {email}")
HANDOFF_ALREADY = (N_("An „{org}“ hast du schon eine Anfrage geschickt. Die Stelle meldet sich bei dir. "
                      "Mit /auskunft siehst du deinen Code."))
CRISIS_HANDOFF_INVITE = (N_("Wenn du magst, kann sich auch eine Beratungsstelle schnell persönlich bei "
                            "dir melden. Ich schicke ihr nur etwas, wenn du vorher Ja sagst."))
CRISIS_HANDOFF_PENDING = (N_("Deine Anfrage an „{org}“ ist noch nicht abgeschickt. Wenn du sie "
                             "abschickst, markiere ich sie als dringend."))
CONSENT_UNDER_16 = N_("Deine Eltern müssen dafür nicht zustimmen.")
CONSENT_URGENT = N_("Ich markiere deine Anfrage als dringend, damit sie sich schnell meldet.")
CONSENT_BUTTONS = (Button(N_("Ja, schick es"), "/affirm"), Button(N_("Nein"), "/deny"))
CONSENT_THANKS = N_("Danke. Ich schicke noch nichts ab – erst wenn du mir gleich sagst, wie sie "
                    "dich erreichen.")
CONSENT_REFUSED = N_("Okay, ich gebe nichts weiter. Das ist völlig in Ordnung.")
SELF_CONTACT = N_("Du kannst dich auch selbst bei „{org}“ melden: {contact}.")
SELF_CONTACT_ABOVE = N_("Du kannst dich auch selbst bei der Stelle melden – die Kontakte stehen oben.")
CONSENT_UNCLEAR = N_("Sag mir bitte Ja oder Nein – ohne dein Ja schicke ich nichts weiter.")
# the consent question once more right after it was asked, in short (a question in between:
# "wer sieht das?" – the whole list again read as a loop, blind set L27)
CONSENT_AGAIN = N_("Darf ich es also an „{org}“ schicken – ja oder nein?")
# "what exactly do they get to see?" at the consent question (blind set L28)
CONSENT_WHAT = N_("Sie bekommen nur das: eine kurze Zusammenfassung (dein Alter, dein Ort, deine Schule, "
                  "dein Thema), unseren Chat und wie sie dich erreichen können. Lesen dürfen das nur die "
                  "Beraterinnen und Berater von „{org}“.")
ASK_CONTACT_METHOD = N_("Wie soll die Stelle dich erreichen?")
CANCEL_BUTTON = Button(N_("Doch nichts schicken"), '/deny{"handoff": "cancel"}')
CONTACT_SELF_BUTTON = Button(N_("Ich melde mich selbst"), '/inform{"contact_method": "self"}')
CONTACT_BUTTONS = (
    Button(N_("Telefon"), '/inform{"contact_method": "phone"}'),
    Button(N_("E-Mail"), '/inform{"contact_method": "email"}'),
    Button(N_("Telegram"), '/inform{"contact_method": "telegram"}'),
    CONTACT_SELF_BUTTON,
    CANCEL_BUTTON,
)
CONTACT_UNCLEAR = N_("Das habe ich nicht verstanden.")
ASK_CONTACT_VALUE = {
    "phone": N_("Unter welcher Telefonnummer? Zum Beispiel 0151 23456789."),
    "email": N_("Unter welcher E-Mail-Adresse?"),
    "telegram": N_("Wie ist dein Telegram-Name? Zum Beispiel @mein_name."),
}
CONTACT_INVALID = {
    "phone": N_("Diese Nummer kann ich nicht lesen. Schreib sie bitte mit Vorwahl, nur Ziffern."),
    "email": N_("Diese E-Mail-Adresse sieht nicht richtig aus."),
    "telegram": N_("Ein Telegram-Name hat 5 bis 32 Zeichen, Buchstaben, Zahlen oder _."),
}
ASK_NOTE = (N_("Möchtest du der Stelle noch etwas sagen? Zum Beispiel, wann du gut erreichbar "
               "bist. Sonst tippe auf „Keine Notiz“."))
NO_NOTE_BUTTON = Button(N_("Keine Notiz"), "/deny")
HANDOFF_DONE = N_("Erledigt! Deine Anfrage ist angekommen. Dein Code: {reference}\n{promise}")
HANDOFF_PROMISE_DAYS = N_("„{org}“ meldet sich innerhalb von {days} Werktagen bei dir.")
HANDOFF_PROMISE_ONE_DAY = N_("„{org}“ meldet sich innerhalb von 1 Werktag bei dir.")
HANDOFF_PROMISE_UNKNOWN = (N_("„{org}“ meldet sich bei dir. Wie schnell, kann ich dir leider "
                              "nicht genau sagen."))
HANDOFF_DONE_SELF = (N_("Erledigt! „{org}“ hat deine Zusammenfassung. Wenn du dich dort meldest, "
                        "nenn einfach deinen Code: {reference}"))
HANDOFF_DONE_URGENT = (N_("Deine Anfrage ist als dringend markiert. Wenn es dir vorher schlechter "
                          "geht: Ruf die 112 an oder die TelefonSeelsorge, 0800 111 0 111 "
                          "(rund um die Uhr, kostenlos)."))


# --- crisis care (bot/core/crisis_care.py) -------------------------------------------------
# The first words of the crisis answer, by kind of danger.
CRISIS_OPENING = {
    "suicidal": (N_("Danke, dass du mir das schreibst. Das klingt nach sehr viel Schmerz – "
                    "und du bist damit nicht allein.\nBitte sprich jetzt mit einem Menschen. "
                    "Diese Stellen sind gerade für dich da, kostenlos und anonym:")),
    "self_harm": (N_("Danke, dass du mir das schreibst. Du bist damit nicht allein.\n"
                     "Hier kannst du jetzt mit jemandem reden, kostenlos und anonym:")),
    "violence_at_home": (N_("Niemand darf dir wehtun. Das ist nicht deine Schuld.\n"
                            "Hier bekommst du Hilfe, kostenlos und auch anonym:")),
    "sexual_abuse": (N_("Was dir passiert, ist nicht deine Schuld. Gut, dass du es jemandem "
                        "erzählst.\nHier hören dir Menschen zu, kostenlos und anonym:")),
    "sextortion": (N_("Das ist eine Erpressung, und du bist nicht schuld. Es gibt einen Ausweg.\n"
                      "Wichtig jetzt: Zahl nichts. Lösch nichts – mach Screenshots vom Chat und "
                      "vom Profil. Antworte nicht mehr und blockiere die Person danach. "
                      "Erzähl es jemandem, dem du vertraust. Hier bekommst du Hilfe:")),
    "homeless_tonight": (N_("Niemand soll heute Nacht draußen schlafen müssen. "
                            "Hier bekommst du heute noch Hilfe:")),
    "eating_disorder": (N_("Danke, dass du mir das schreibst. Das klingt sehr belastend – "
                           "und es gibt Menschen, die sich damit auskennen:")),
    "other_emergency": (N_("Das klingt nach einem Notfall. Gut, dass du schreibst.\n"
                           "Diese Stellen sind gerade für dich da:")),
}
# The first words when the danger is someone else's (a friend, a brother, a pupil): to the one
# who worries (bot/core/crisis_someone_else.py).
CRISIS_OPENING_OTHER = (N_("Gut, dass du dich meldest und dich kümmerst. Das klingt ernst – und du "
                           "musst das nicht allein tragen.\nDiese Stellen beraten auch dich, wenn "
                           "du dir Sorgen um jemanden machst, kostenlos und anonym:"))
# Local help needs the place: asked at once when it is not known yet.
CRISIS_ASK_PLACE = {
    "homeless_tonight": N_("Sag mir deinen Ort, dann suche ich dir eine Notschlafstelle oder den "
                           "Jugendnotdienst in deiner Nähe."),
    "violence_at_home": N_("Sag mir deinen Ort, dann suche ich dir auch das Jugendamt oder den "
                           "Jugendnotdienst in deiner Nähe – dort bekommst du Schutz."),
}
# The emergency numbers, by kind (no age limit, always open).
CRISIS_EMERGENCY = {
    "suicidal": N_("Wenn du in akuter Gefahr bist: Ruf sofort die 112 an."),
    "self_harm": N_("Wenn du stark blutest oder etwas geschluckt hast: Ruf sofort die 112 an."),
    "violence_at_home": N_("Wenn du gerade in Gefahr bist: Ruf die Polizei an, 110."),
    "sexual_abuse": N_("Wenn du gerade in Gefahr bist: Ruf die Polizei an, 110."),
    "sextortion": (N_("Du kannst Anzeige erstatten – bei der Polizei vor Ort, über die Onlinewache "
                      "deines Bundeslands oder unter 110.")),
    "homeless_tonight": N_("Wenn du heute Nacht in Gefahr bist: Polizei 110, Notarzt 112."),
    "eating_disorder": N_("Wenn es dir körperlich sehr schlecht geht: Ruf die 112 an."),
    "other_emergency": N_("Im Notfall: Polizei 110, Feuerwehr und Notarzt 112."),
}
CRISIS_EMERGENCY_OTHER = (N_("Wenn die Person gerade in akuter Gefahr ist: Ruf sofort die 112 an, "
                             "bei Gewalt die Polizei, 110. Bleib mit ihr in Kontakt, wenn du kannst."))
CRISIS_NO_LINE_OPEN = (
    N_("TelefonSeelsorge: 0800 111 0 111 oder 0800 111 0 222 (rund um die Uhr, kostenlos).")
)
CRISIS_STAY = (N_("Ich bin weiter für dich da. Schreib mir, was dich beschäftigt – oder frag "
                  "mich, wie so ein Anruf abläuft. Wenn du magst, schauen wir danach auch "
                  "zusammen nach Schule, Ausbildung oder Job."))
CRISIS_AGAIN = (N_("Ich höre dich. Bitte bleib damit nicht allein – ruf jetzt eine dieser Nummern "
                   "an oder schreib ihnen:"))
BACK_TO_TOPIC = N_("Zurück zu meinem Thema")
CARE_BUTTONS_TEXT = (N_("Was sag ich da am Telefon?"), N_("Geht das auch per Chat?"))
CARE_BUTTONS_BY_KIND = {
    "violence_at_home": (N_("Was passiert, wenn ich da anrufe?"), N_("Ich trau mich nicht zur Polizei")),
    "sexual_abuse": (N_("Was passiert, wenn ich da anrufe?"), N_("Bleibt das anonym?")),
    "sextortion": (N_("Soll ich zahlen?"), N_("Geht das auch per Chat?")),
    "homeless_tonight": (N_("Was sag ich da am Telefon?"), N_("Kostet das was?")),
}

CHECK_IN = (N_("Ich frag dich direkt, weil es mir wichtig ist: Bist du gerade in Gefahr oder "
               "denkst du daran, dir etwas anzutun?"))
# the check-in by kind of possible danger; a "ja" always means danger
CHECK_IN_BY_KIND = {
    "violence_at_home": (N_("Ich frag dich direkt, weil es mir wichtig ist: Bist du gerade in Gefahr "
                            "– tut dir jemand weh?")),
    "sexual_abuse": (N_("Ich frag dich direkt, weil es mir wichtig ist: Tut dir jemand etwas an, "
                        "das du nicht willst?")),
    "sextortion": (N_("Ich frag dich direkt, weil es mir wichtig ist: Erpresst dich gerade jemand, "
                      "zum Beispiel mit Bildern oder Videos?")),
    "homeless_tonight": (N_("Ich frag dich direkt, weil es mir wichtig ist: Weißt du heute Nacht "
                            "nicht, wo du schlafen kannst?")),
}
# the check-in when a parent, teacher or social worker writes: {who} is "deine Tochter" …
CHECK_IN_OTHER = (N_("Ich frag direkt, weil es wichtig ist: Ist {who} gerade in Gefahr – zum "
                     "Beispiel durch Gedanken, sich etwas anzutun, oder durch Gewalt?"))
CHECK_IN_LINE = N_("Falls ja: Die TelefonSeelsorge ist rund um die Uhr da, 0800 111 0 111 (kostenlos).")
CHECK_IN_YES = N_("Ja, ich brauche Hilfe")
CHECK_IN_NO = N_("Nein, alles okay")
CHECK_IN_RELIEF = N_("Gut, danke, dass du es mir sagst. Dann machen wir weiter.")
CHECK_IN_UNSURE = N_("Das ist okay – das muss man nicht sofort wissen. Wenn du unsicher bist, rede "
                     "mit jemandem: Die TelefonSeelsorge ist rund um die Uhr da, 0800 111 0 111 "
                     "(kostenlos), schreiben geht bei krisenchat.de. Wenn du Hilfe willst, tipp auf "
                     "„Ja, ich brauche Hilfe“.")
CHECK_IN_MORE = N_("Magst du mir erzählen, was los ist? Du kannst auch ein Thema antippen.")
# "warum fragst du das?" right after the check-in
CHECK_IN_WHY = N_("Weil das, was du geschrieben hast, schwer klingt. Manche, denen es so geht, denken "
                  "daran, sich etwas anzutun – darum frag ich lieber einmal zu viel. Wenn nicht: gut, "
                  "dann sag einfach „nein“.")

# answers to what people say after a crisis answer, by what they say
CARE = {
    "what_to_say": (N_("Du musst nichts vorbereiten. Du kannst einfach sagen: „Mir geht es gerade "
                       "nicht gut und ich weiß nicht weiter.“ Die Menschen dort fragen nach und "
                       "hören zu. Du entscheidest, was du erzählst – und du kannst jederzeit "
                       "auflegen.")),
    "confidential": (N_("Nein. Ich sage niemandem etwas weiter – auch nicht deinen Eltern. Nur wenn "
                        "du ausdrücklich Ja sagst, schicke ich unser Gespräch an eine Beratungsstelle. "
                        "Bei der TelefonSeelsorge, der Nummer gegen Kummer und beim krisenchat bleibst "
                        "du anonym: Du musst deinen Namen nicht sagen.")),
    "confidential_again": N_("Nein, wirklich niemandem. Es geht nur weiter, wenn du selbst Ja sagst."),
    "self_blame": (N_("Nein. Das ist nicht deine Schuld. Niemand hat das Recht, dir so etwas "
                      "anzutun – egal, was vorher war.")),
    "self_blame_feelings": (N_("Nein. Dass es dir so geht, ist nicht deine Schuld. "
                               "Und du musst da nicht allein durch.")),
    "cost": N_("Die Nummern sind kostenlos. Du brauchst kein Guthaben und keinen Vertrag."),
    # NOTE: {name} is the line's name, {cost} what the catalogue says it costs (German)
    "cost_except": N_("Nur {name} ist keine kostenlose Nummer: {cost}."),
    "cost_again": (N_("Auch mit leerem Guthaben gehen die 110 und die 112. Und mit WLAN kannst du "
                      "schreiben statt anrufen, zum Beispiel beim krisenchat (krisenchat.de).")),
    "shelter_cost": (N_("Eine Notschlafstelle kostet dich für die Nacht in der Regel nichts. Frag "
                        "am besten vorher kurz am Telefon, ob heute ein Platz frei ist.")),
    "pay": (N_("Bitte zahl nichts. Wer einmal Geld bekommt, will meistens mehr – und löscht die "
               "Bilder trotzdem nicht. Mach Screenshots, lösch nichts, antworte nicht mehr und "
               "erzähl es jemandem, dem du vertraust. Die Polizei nimmt das ernst: Das ist eine "
               "Straftat – von der anderen Person, nicht von dir.")),
    # Take It Down (NCMEC): free, anonymous, for images taken before 18, the image stays on the
    # device (https://takeitdown.ncmec.org/faq/, checked 2026-12-04); StopNCII.org for adults
    "remove_images": (N_("Melde die Bilder dort, wo sie stehen, über „Melden“. Mit „Take It Down“ "
                         "(takeitdown.ncmec.org, kostenlos und anonym) kannst du Nacktbilder, die vor "
                         "deinem 18. Geburtstag entstanden sind, auf großen Plattformen sperren lassen – "
                         "die Bilder bleiben dabei auf deinem Handy. Ab 18 geht das bei StopNCII.org. "
                         "Mach vorher Screenshots als Beweis.")),
    "later_topic": (N_("Ja, klar. „{topic}“ läuft nicht weg. Wenn du so weit bist, tipp auf „Zurück "
                       "zu meinem Thema“ – dann machen wir da weiter.")),
    "later_any": (N_("Ja, klar. Dein Thema läuft nicht weg. Wenn du so weit bist, tipp auf „Zurück "
                     "zu meinem Thema“.")),
    # "do I have to go to hospital? it's not very deep" after self-harm (blind set L18)
    "medical": (N_("Wenn die Wunde tief ist, auseinanderklafft oder nicht aufhört zu bluten: Ruf jetzt "
                   "die 112. Sonst lass sie bald anschauen – in einer Arztpraxis oder, abends und am "
                   "Wochenende, beim ärztlichen Bereitschaftsdienst unter 116 117.")),
    "police_fear": (N_("Das verstehe ich. Du musst nicht zur Polizei, um Hilfe zu bekommen. Bei der "
                       "Nummer gegen Kummer (116 111) oder beim Jugendamt kannst du erst mal "
                       "erzählen, was los ist. Die überlegen mit dir, was du tun kannst. Wenn du "
                       "gerade in Gefahr bist, ist die 110 trotzdem richtig.")),
    # § 8 Abs. 3 and § 42 Abs. 1 Nr. 1 SGB VIII: counselling without the parents; taken into
    # care also when the young person asks for it
    "youth_office": (N_("Das Jugendamt ist da, um dich zu schützen – nicht, um dich zu bestrafen. Es "
                        "redet zuerst mit dir und überlegt mit dir, was hilft. Wenn du zu Hause nicht "
                        "sicher bist, kann es dich für eine Zeit an einem sicheren Ort unterbringen "
                        "(Inobhutnahme) – darum kannst du auch selbst bitten. Fragen kostet nichts: "
                        "{line}.")),
    "what_happens": (N_("Am Telefon oder im Chat hört dir erst mal jemand zu. Du entscheidest, was du "
                        "erzählst. Zusammen überlegt ihr, was dir jetzt hilft. Niemand zwingt dich "
                        "zu etwas.")),
    "feelings": (N_("Das klingt, als wärst du gerade ganz allein damit. Das tut mir leid. Ich höre "
                    "dir zu – und bei {line} hört dir jetzt gerade ein Mensch zu.")),
    "refuse": (N_("Das ist okay. Du musst heute niemanden anrufen. Schreiben geht auch – zum "
                  "Beispiel {written}. Und ich bin hier.")),
    "thanks": (N_("Gut, dass du das machst. Ich finde das stark. Ich bin hier, wenn du danach "
                  "schreiben willst.")),
    "night": N_("Diese Stellen sind jetzt gerade erreichbar: {open}."),
    "facts": N_("Danke, das merke ich mir: {facts}."),
    "local": N_("In deiner Gegend gibt es auch diese Hilfe:"),
    "also": N_("Das passt auch zu dir:"),
    "facts_line": N_("Für dich ist gerade {line} da – ruf an oder schreib ihnen."),
    # after "do you speak English?": the lines themselves mostly speak German
    "english": (N_("Die Menschen bei diesen Stellen sprechen meistens Deutsch. Die TelefonSeelsorge "
                   "und der krisenchat antworten auch in einfachen Worten. Im Notfall: Ruf die "
                   "112 an (kostenlos, Tag und Nacht). {line}")),
    "own_language": N_("Auf {language} helfen dir: {lines}. Dort kannst du in deiner Sprache "
                       "reden oder schreiben. Im Notfall: Ruf die 112 an (kostenlos, Tag und "
                       "Nacht)."),
    "ask_place": N_("Sag mir deinen Ort oder deine Postleitzahl, dann schaue ich, was es in deiner "
                    "Nähe gibt."),
    "none_nearby": (N_("In deiner Nähe kenne ich dafür leider keine Stelle. {line} hilft dir "
                       "weiter und kennt auch Angebote vor Ort.")),
    "women_shelter": (N_("Einen Platz im Frauenhaus vermittelt das Hilfetelefon „Gewalt gegen "
                         "Frauen“, 116 016 – rund um die Uhr, kostenlos, auch anonym.")),
    "age_ok": (N_("Ja, du darfst dort anrufen oder schreiben – egal wie alt du bist. "
                  "Du bist nicht zu jung und nicht zu alt. {line} ist jetzt für dich da.")),
    "human": (N_("Ja. Bei {line} redest du mit einem echten Menschen, der nicht zu deiner Familie "
                 "gehört. Das geht heute, und morgen auch.")),
    "unknown_question": (N_("Das weiß ich leider nicht genau. Frag das am besten direkt bei {line} – "
                            "die kennen sich aus und hören dir zu.")),
    "default": (N_("Ich höre dir zu. Magst du mir mehr davon erzählen? Wenn es dir gerade zu viel "
                   "wird: {line} ist jetzt für dich da.")),
    "leave": N_("Gern. Die Krisenhilfe von eben bleibt für dich da, wenn du sie brauchst."),
    # after tablets taken or heavy bleeding: said again with every answer until help comes
    "acute": (N_("Bitte ruf jetzt die 112 an – auch wenn du dich gerade okay fühlst. Tabletten "
                 "oder starkes Bluten können gefährlich sein, ohne dass man es merkt. Wenn du nicht "
                 "anrufen kannst: Weck jemanden oder klopf beim Nachbarn.")),
    "help_coming": (N_("Gut, dass Hilfe kommt. Sag dem Rettungsdienst, was passiert ist – zum "
                       "Beispiel welche Tabletten und wie viele. Wenn du allein bist: Schließ die "
                       "Tür auf. Ich bin hier, wenn du schreiben magst.")),
}
CARE_WRITTEN_FALLBACK = N_("beim krisenchat (krisenchat.de, rund um die Uhr)")
CARE_LINE_FALLBACK = N_("TelefonSeelsorge (0800 111 0 111)")  # after "bei", as a subject, after a colon
CARE_OPEN_FALLBACK = N_("die TelefonSeelsorge")
CARE_CHAT_INTRO = N_("Ja, schreiben geht auch:")
CARE_CHAT_NONE = (N_("Schreiben geht zum Beispiel beim krisenchat (krisenchat.de, rund um die "
                     "Uhr, bis 25) oder per Mail und Chat bei der TelefonSeelsorge "
                     "(telefonseelsorge.de)."))
# why a crisis card is shown, by kind of danger
CRISIS_REASON = {
    "suicidal": N_("Für dich da, wenn du nicht mehr leben willst"),
    "self_harm": N_("Für dich da, wenn du dich verletzt"),
    "violence_at_home": N_("Hilft, wenn dir jemand wehtut"),
    "sexual_abuse": N_("Hilft bei sexueller Gewalt"),
    "sextortion": N_("Hilft, wenn dich jemand mit Bildern erpresst"),
    "homeless_tonight": N_("Hilft, wenn du heute keinen Schlafplatz hast"),
    "eating_disorder": N_("Kennt sich mit Essstörungen aus"),
    "default": N_("Jetzt gerade für dich erreichbar"),
}


# --- questions about the offers shown (bot/core/offer_questions.py) ------------------------
OQ_INTRO = {
    "open_now": N_("Das weiß ich zu den Stellen:"),
    "hours": N_("Die Zeiten, die ich kenne:"),
    "cost": N_("Zu den Kosten:"),
    "anonymous": N_("Zur Frage, ob du anonym bleibst:"),
    "appointment": N_("Zum Termin:"),
    "write": N_("Schreiben statt anrufen:"),
    "bring": N_("Was du mitbringen solltest:"),
    "where": N_("Wo du die Stellen findest:"),
    "directions": N_("So kommst du hin:"),
    "distance": N_("Wie weit es ist:"),
    "languages": N_("Zu den Sprachen:"),
    "phone": N_("Anrufen geht so:"),
    "who": N_("Am besten fängst du hier an:"),
    "for_whom": N_("Für wen die Stellen da sind:"),
    "for_someone": (N_("Du kannst dort auch für jemand anderen anrufen und fragen, wie es geht. Für "
                       "die Beratung selbst ist es gut, wenn die junge Person dabei ist oder sich "
                       "selbst meldet.")),
}
# the chat begun with the link on an offer's page (/angebote/<id>): the offer's card follows
ABOUT_OFFER = (N_("Schön, dass du da bist. Du möchtest mehr über „{name}“ wissen. Frag mich "
                  "einfach – zum Beispiel, ob es etwas kostet, wann sie offen haben oder wie du "
                  "hinkommst."))
OQ_PHONE = N_("{name}: Ja, ruf einfach an: {phone}")
# "spricht da jemand Arabisch?" about the offers shown (blind sets L8 and L9)
OQ_SPEAKS = N_("{name}: Ja, dort kannst du auch auf {language} sprechen.")
OQ_SPEAKS_NOT_KNOWN = (N_("{name}: Ob dort jemand {language} spricht, weiß ich nicht – die Beratung ist "
                          "meist auf Deutsch. Frag am besten kurz nach: {contact}"))
OQ_SPEAKS_LIST = N_("{name}: {languages}")
OQ_FOR_WHOM = N_("{name}: für {ages}, egal ob du zur Schule gehst, arbeitest oder gerade nichts davon.")
OQ_AGES = N_("junge Menschen von {low} bis {high}")
OQ_ALL_AGES = N_("alle")
OQ_ASK_THEM = (N_("Das kann ich dir nicht sicher sagen. Frag das am besten direkt bei „{name}“: "
                  "{contact} – die kennen sich damit aus."))
OQ_WHO = N_("{name} – melde dich dort: {contact}")
OQ_FOR_SOMEONE_LINE = N_("{name}: {contact}")
OQ_FREE_KIND = N_("{name}: kostenlos – {kind} kostet dich nichts.")
OQ_FREE = N_("{name}: kostenlos – das kostet dich nichts.")
OQ_FREE_KINDS = {
    "career_guidance": N_("die Berufsberatung der Agentur für Arbeit"),
    "youth_employment_agency": N_("Beratung bei der Jugendberufsagentur"),
    "jobcenter": N_("Beratung beim Jobcenter"),
    "youth_vocational_aid": N_("die Jugendberufshilfe"),
    "school_social_work": N_("die Schulsozialarbeit"),
    "migration_counselling": N_("Beratung beim Jugendmigrationsdienst"),
    "crisis_line": N_("der Anruf oder Chat"),
}
OQ_OPEN = N_("{name} ist jetzt erreichbar")
OQ_CLOSED = N_("{name} ist gerade nicht erreichbar")
OQ_ALWAYS = N_("{name} ist rund um die Uhr erreichbar")
OQ_UNKNOWN_HOURS = (N_("{name}: Wann sie offen haben, weiß ich leider nicht. Frag am besten kurz "
                       "nach: {contact}"))
OQ_UNKNOWN = N_("{name}: Das weiß ich leider nicht – {what}. Frag am besten kurz nach: {contact}")
OQ_ANONYMOUS = N_("{name}: Ja, du kannst anonym bleiben.")
OQ_NOT_ANONYMOUS = (N_("{name}: Dort brauchen sie deinen Namen. Was du erzählst, bleibt aber "
                       "vertraulich."))
# after the answer about anonymity: what is true of every counselling service (§ 203 StGB,
# § 8 SGB VIII, § 4 KKG)
OQ_CONFIDENTIAL = (N_("Gut zu wissen: Du darfst dich auch ohne deine Eltern beraten lassen. Wer "
                      "dich dort berät, hat Schweigepflicht: Ohne dein Okay erfahren deine Eltern, "
                      "deine Schule oder dein Betrieb nichts. Nur wenn du in großer Gefahr bist, "
                      "dürfen sie Hilfe holen."))
OQ_WRITE = N_("{name}: Ja – {ways}")
OQ_NO_WRITE = N_("{name}: Schreiben kenne ich dort nicht, nur: {contact}")
OQ_ONLINE = N_("{name}: Das geht online, da musst du nirgends hin: {web}")
# what the catalogue does not say about an offer: "Das weiß ich leider nicht – {what}"
OQ_WHAT = {
    "cost": N_("was es kostet"),
    "anonymous": N_("ob du anonym bleiben kannst"),
    "appointment": N_("ob du einen Termin brauchst"),
    "bring": N_("was du mitbringen sollst"),
    "address": N_("die Adresse"),
}
OQ_BY_WEBSITE = N_("über die Webseite")
OQ_WAY_CHAT = N_("Chat: {chat}")
OQ_WAY_EMAIL = N_("E-Mail: {email}")
# "ist das weit?" (blind set L30): as the crow flies from the place the person named
OQ_DISTANCE = N_("{name}: etwa {km} km von {place} (Luftlinie) – {address}")
OQ_IN_TOWN = N_("{name}: bei dir in {place} – {address}")
OQ_DIRECTIONS_ADDRESS = (N_("{name}: {address}. Den Weg mit Bus und Bahn kenne ich nicht – "
                            "eine Karten-App zeigt ihn dir."))
OQ_GENERAL = {
    # the rules for minors at work and in internships (JArbSchG §§ 5, 7, 8, 16, 17;
    # ../shared/research/praktikum.md, rules L3, L4, L10)
    "work_hours": (N_("Unter 18 gilt das Jugendarbeitsschutzgesetz: höchstens 8 Stunden am Tag und "
                      "40 Stunden in der Woche. Im Schulpraktikum, solange du noch zur Schule gehen "
                      "musst: höchstens 7 Stunden am Tag und 35 in der Woche. Ab 18 sind es in der "
                      "Regel höchstens 8 Stunden am Tag.")),
    "weekend_work": (N_("Unter 18 sind Samstag und Sonntag grundsätzlich frei. Ausnahmen gibt es zum "
                        "Beispiel im Krankenhaus, im Heim, im Laden, in der Bäckerei, in der "
                        "Gastronomie oder mit Tieren – dann bekommst du in derselben Woche einen "
                        "anderen Tag frei.")),
    # Lernförderung im Bildungs- und Teilhabepaket (§ 28 Abs. 5 SGB II)
    "tutoring": (N_("Nachhilfe vermittle ich nicht selbst. Frag an deiner Schule oder bei der "
                    "Schulsozialarbeit – oft gibt es dort Lernhilfe. Wenn deine Familie Bürgergeld, "
                    "Wohngeld oder Kinderzuschlag bekommt, bezahlt das Bildungs- und Teilhabepaket "
                    "die Nachhilfe (Lernförderung).")),
    # the Berufsbildungsgesetz sets no upper age for an apprenticeship
    "age_limit": (N_("Nein, für eine Ausbildung bist du nicht zu alt – es gibt keine Altersgrenze. Viele "
                     "fangen mit Mitte 20 oder später an. Die Berufsberatung hilft dir dabei, kostenlos: "
                     "0800 4 5555 00.")),
    # a first-aid course (for the driving licence one day of 9 teaching units, § 19 FeV)
    "first_aid": (N_("Erste-Hilfe-Kurse biete ich nicht an. Die gibt es zum Beispiel beim Deutschen "
                     "Roten Kreuz (DRK), beim Arbeiter-Samariter-Bund (ASB), bei den Johannitern und "
                     "den Maltesern – such dort nach einem Kurs in deiner Nähe. Für den Führerschein "
                     "reicht ein Kurs an einem Tag.")),
    # money during an apprenticeship (SGB III §§ 56–60; arbeitsagentur.de, "Berufsausbildungsbeihilfe")
    "bab": (N_("Wenn das Geld in der Ausbildung nicht reicht: Bei der Agentur für Arbeit kannst du "
               "Berufsausbildungsbeihilfe (BAB) beantragen – auch online. Sie ist vor allem für Azubis, "
               "die nicht bei ihren Eltern wohnen; wie viel du bekommst, hängt vom Einkommen ab. Die "
               "Berufsberatung hilft dir beim Antrag: 0800 4 5555 00 (kostenlos).")),
    "cost": (N_("Die Beratungsstellen, die ich dir zeige, sind für dich kostenlos. Ich sag dir bei "
                "jeder dazu, was ich weiß.")),
    "anonymous": (N_("Hier bei mir bleibst du anonym. Bei den Beratungsstellen kannst du oft auch "
                     "ohne Namen anfangen – ich sag dir dazu, was ich weiß.")),
    "appointment": (N_("Das kommt auf die Stelle an. Ich zeige dir gleich passende Stellen und "
                       "sage dir, was ich über Termine weiß.")),
    "open_now": (N_("Das kommt auf die Stelle an. Ich zeige dir gleich passende Stellen und sage "
                    "dir, was ich über die Zeiten weiß.")),
    "hours": (N_("Das kommt auf die Stelle an. Ich zeige dir gleich passende Stellen und sage "
                 "dir, was ich über die Zeiten weiß.")),
    "write": (N_("Bei vielen Stellen kannst du auch schreiben – per Mail oder Chat. Ich sag's dir "
                 "bei jeder, die ich dir zeige.")),
}


# --- conversation repair (bot/core/patterns.py) -------------------------------------------
PRIVACY_ASIDE = N_("Niemand liest hier mit.")
HUMAN_ASIDE = (N_("Klar. Ich bin ein Bot, aber ich bringe dich zu echten Menschen: Ich zeig dir "
                  "gleich Stellen, wo du mit jemandem reden kannst – und wenn du willst, meldet sich "
                  "eine Stelle bei dir. Dafür brauche ich nur noch kurz ein, zwei Infos."))
CANCELLED = N_("Okay, lassen wir das. Worum geht es dir stattdessen?")
# "don't send anything" when nothing is under way (blind set L18)
NOTHING_TO_SEND = N_("Keine Sorge: Ich gebe nichts weiter und schicke nichts. Etwas geht nur an eine "
                     "Beratungsstelle, wenn du ausdrücklich Ja sagst.")
# an e-mail address or a phone number written when nobody asked for one (blind set L18)
CONTACT_UNASKED = N_("Deine Kontaktdaten brauche ich hier nicht. Ich schicke sie nirgendwohin und gebe sie "
                     "an niemanden weiter. Wenn sich eine Stelle bei dir melden soll, schreib ihr am besten "
                     "direkt.")
CHITCHAT = N_("Mir geht's gut, danke 🙂 Ich bin hier, um dir weiterzuhelfen.")
SKIPPED = N_("Okay, dann mache ich ohne das weiter.")
GIVE_UP_QUESTION = N_("Okay, das lassen wir erstmal weg.")
NOT_UNDERSTOOD_AGAIN = (N_("Ich verstehe dich leider noch nicht. Tipp am besten ein Thema an – oder "
                           "rede mit einem Menschen: Die Nummer gegen Kummer (116 111) und die "
                           "Berufsberatung (0800 4 5555 00) sind kostenlos."))
OUTSIDE_AREA = (N_("{place} liegt außerhalb meiner fünf Regionen (Darmstadt, Hochtaunuskreis, "
                   "Kreis Offenbach, Landkreis Harz, Bochum). Darum zeige ich dir Angebote, die in "
                   "ganz Deutschland für dich da sind."))
# why a question is asked, when someone asks "wozu?" or "hä?"
CLARIFY = {
    "ask_need": (N_("Ich will verstehen, wobei ich dir helfen kann. Schreib einfach in ein paar "
                    "Worten, was los ist – zum Beispiel „ich such ne Ausbildung“ oder „Stress zu "
                    "Hause“.")),
    "ask_age": (N_("Ich frage nach dem Alter, weil manche Angebote nur für bestimmte Alter sind. "
                   "Eine Zahl reicht, zum Beispiel „17“ – du kannst es auch weglassen.")),
    "ask_place": (N_("Ich frage nach dem Ort, damit ich dir Stellen in deiner Nähe zeigen kann. "
                     "Ein Ort, ein Kreis oder eine Postleitzahl reicht.")),
    "ask_school_status": (N_("Ich frage, ob du noch zur Schule gehst, eine Ausbildung machst oder "
                             "arbeitest – dann passen die Angebote besser.")),
    "ask_occupation": (N_("Ich frage, ob du schon einen Beruf im Kopf hast – dann passen die "
                          "Stellen besser. „Weiß nicht“ ist völlig okay.")),
    "ask_languages": (N_("Ich frage nach deiner Sprache, damit ich Beratung finde, die sie auch "
                         "spricht.")),
    "recommended": (N_("Du kannst mich zu den Stellen fragen – zum Beispiel „kostet das was?“ "
                       "oder „haben die heute auf?“ – oder ein neues Thema anfangen.")),
}
# the questions in other words: (first time, again with examples)
QUESTION_AGAIN = {
    "ask_need": (N_("Erzähl mir in ein paar Worten, was los ist – zum Beispiel „ich such ne "
                    "Ausbildung“ oder „Stress zu Hause“. Oder tipp ein Thema an.")),
    "ask_age": (N_("Wie alt bist du ungefähr? Eine Zahl reicht, zum Beispiel „16“. Du kannst das "
                   "auch überspringen.")),
    "ask_place": (N_("In welchem Ort oder Kreis wohnst du? Zum Beispiel „Quedlinburg“, „Kreis "
                     "Offenbach“ oder eine Postleitzahl wie 44787.")),
    "ask_school_status": (N_("Gehst du noch zur Schule, machst du eine Ausbildung, arbeitest du – "
                             "oder gerade nichts davon? Tipp an, was am ehesten passt.")),
    "ask_occupation": (N_("Welche Arbeit könntest du dir vorstellen? Zum Beispiel „Kfz-Mechatroniker“, "
                          "„was mit Tieren“ oder „im Büro“. „Weiß nicht“ geht auch.")),
    "ask_languages": (N_("In welcher Sprache redest du am liebsten? Zum Beispiel Deutsch, Arabisch "
                         "oder Ukrainisch.")),
    "recommended": (N_("Brauchst du noch etwas? Du kannst mich zu den Stellen fragen – zum Beispiel "
                       "„kostet das was?“ – oder ein neues Thema antippen.")),
}
# the questions about someone else (a parent, teacher or social worker writes): (first, again)
QUESTION_OTHER = {
    "ask_need": (N_("Wobei braucht {who} Hilfe? Wähl ein Thema oder schreib es mir in deinen Worten."),
                 N_("Worum geht es bei euch? Zum Beispiel Schule, Familie, Ausbildung oder Sorgen. "
                    "Du kannst auch ein Thema antippen.")),
    "ask_age": (N_("Wie alt ist {who}?"), N_("Wie alt ist {who} ungefähr? Eine Zahl reicht.")),
    "ask_place": (N_("Wo wohnt {who}? Ein Ort oder eine Postleitzahl reicht."),
                  N_("In welchem Ort oder Kreis wohnt {who}? Zum Beispiel „Wernigerode“ oder 63263.")),
    "ask_school_status": (N_("Was macht {who} gerade?"),
                          N_("Geht {who} noch zur Schule, macht eine Ausbildung oder arbeitet? "
                             "Tipp an, was am ehesten passt.")),
    "ask_occupation": (N_("Hat {who} schon einen Beruf im Kopf? „Weiß nicht“ ist auch okay."),
                       N_("Welche Arbeit könnte sich {who} vorstellen? „Weiß nicht“ geht auch.")),
    "ask_languages": (N_("Welche Sprache spricht {who} am besten?"),
                      N_("In welcher Sprache redet {who} am liebsten?")),
}
WHO = {
    ("son", None): N_("dein Sohn"), ("daughter", None): N_("deine Tochter"), ("child", None): N_("dein Kind"),
    ("pupil", "er"): N_("dein Schüler"), ("pupil", "sie"): N_("deine Schülerin"),
    ("pupil", None): N_("die Schülerin oder der Schüler"), ("client", "er"): N_("der junge Mann"),
    ("client", "sie"): N_("die junge Frau"), ("client", None): N_("die junge Person"),
    ("brother", None): N_("dein Bruder"), ("sister", None): N_("deine Schwester"),
    ("friend", "er"): N_("dein Freund"), ("friend", "sie"): N_("deine Freundin"),
    ("friend", None): N_("die Person"),
}
RECOMMEND_INTRO_OTHER = N_("Danke! Das hier passt für {who}:")
# the same people in the accusative ("für deinen Sohn")
WHO_ACC = {
    ("son", None): N_("deinen Sohn"), ("daughter", None): N_("deine Tochter"),
    ("child", None): N_("dein Kind"),
    ("pupil", "er"): N_("deinen Schüler"), ("pupil", "sie"): N_("deine Schülerin"),
    ("pupil", None): N_("die Schülerin oder den Schüler"), ("client", "er"): N_("den jungen Mann"),
    ("client", "sie"): N_("die junge Frau"), ("client", None): N_("die junge Person"),
}
FACTS_NOTED = N_("Danke, das merke ich mir.")
AFTER_FACT_SAME = N_("Alles klar, das habe ich so.")
# "weiß nicht" to "anything else?" after the offers (blind set L28)
AFTER_UNSURE = N_("Kein Problem. Schau dir die Stellen in Ruhe an – und wenn dir noch etwas einfällt, "
                  "schreib mir einfach.")
HEARD_TELL_THEM = (N_("Danke, dass du mir das erzählst. Genau darüber kannst du mit „{name}“ sprechen: "
                      "{contact}. Oder sag mir, wenn es um etwas anderes geht."))
REFUSE_NEED = (N_("Okay, du musst mir nichts erzählen. Du kannst ein Thema antippen – oder mit einem "
                  "Menschen reden."))
CONFIDE = (N_("Ja, du kannst mir alles erzählen. Ich bin ein Bot, niemand liest mit, und ich gebe "
              "nichts weiter, ohne dass du Ja sagst."))
NOT_UNDERSTOOD_SHORT = N_("Das habe ich nicht ganz verstanden.")
PLACE_UNKNOWN_SHORT = N_("Den Ort kenne ich leider nicht.")
HUMAN_BUTTON = Button(N_("Mit einem Menschen reden"), "/talk_to_human")
CARE_FACT_AGE = N_("du bist {age}")
CARE_FACT_PLACE = N_("du wohnst in {place}")
CARE_FACT_OTHER = N_("was du mir gesagt hast")
CARE_FACT_OCCUPATION = N_("dein Berufswunsch ist {occupation}")
CARE_FACT_STATUS = {
    "in_school": N_("du gehst zur Schule"), "in_training": N_("du machst eine Ausbildung"),
    "qualified_no_training": N_("du hast die Schule fertig"),
    "no_qualification": N_("du hast keinen Abschluss"), "employed": N_("du arbeitest"),
    "unemployed": N_("du hast gerade keine Arbeit"), "studying": N_("du studierst"),
}
CARE_BACK = N_("Ich bin weiter für dich da. Schreib mir, was dich beschäftigt.")
CARE_DEFAULTS = (
    (N_("Ich höre dir zu. Magst du mir mehr davon erzählen? Wenn es dir gerade zu viel wird: "
        "{line} ist jetzt für dich da.")),
    (N_("Danke, dass du mir das schreibst. Du musst das nicht allein tragen – {line} hört dir "
        "jetzt gerade zu.")),
    (N_("Ich bin noch da. Schreib mir ruhig weiter – und wenn du mit einem Menschen reden "
        "willst: {line}.")),
)
# the database is away (bot/outage.py): crisis help still comes, everything else waits
BACK_SOON = (N_("Ich bin gleich wieder da – bei mir wird gerade etwas repariert. Schick mir deine "
                "Nachricht bitte in ein paar Minuten noch einmal. Wenn es dir gerade richtig schlecht "
                "geht: Die Nummer gegen Kummer erreichst du kostenlos unter 116 111, im Notfall "
                "die 112."))


# --- the chat's language (bot/core/language.py) ------------------------------------------
# the language button in the greeting, read by people who may not read German yet
# NOTE: keep "Sprache" and add the word for "language" in your language
LANGUAGE_CHOICE_BUTTON = Button(N_("🌐 Sprache · Language"), "/sprache")
CHOOSE_LANGUAGE = N_("In welcher Sprache soll ich dir schreiben?")
# NOTE: name your own language instead of "Deutsch"
LANGUAGE_NOW = (N_("Okay, ich schreibe dir ab jetzt auf Deutsch. Mit /sprache kannst du die Sprache "
                   "jederzeit wechseln."))
# shown in English to someone whose language Lotse cannot write yet
LANGUAGE_STAND_IN = (N_("In deiner Sprache kann ich noch nicht gut schreiben. Darum schreibe ich dir "
                        "erst mal auf Englisch. Mit /sprache kannst du eine andere Sprache wählen."))
# shown in German to someone who asked for Einfache Sprache before its catalogue is complete
SIMPLE_STAND_IN = (N_("Einfache Sprache lerne ich gerade noch. Bis dahin schreibe ich dir auf "
                      "Deutsch. Mit /sprache kannst du eine andere Sprache wählen."))
# shown in the person's own language (when its catalogue has it) before the English answer
STAND_IN_OWN_LINE = (N_("Ich spreche bisher vor allem Deutsch. Wenn du in Gefahr bist: Ruf die 112 an "
                        "(kostenlos, Tag und Nacht)."))

# the web chat's own words (bot/web/static/chat.js), in every language on the page: labels of
# an offer card, the composer, the service's own error lines
# NOTE: short labels; "Zeiten" are opening hours, "Jetzt erreichbar" means open right now
WIDGET = {
    "why": N_("Warum das passt:"), "phone": N_("Telefon"), "email": N_("E-Mail"), "chat": N_("Chat"),
    "web": N_("Web"), "address": N_("Adresse"), "hours": N_("Zeiten"), "open_now": N_("Jetzt erreichbar"),
    "message": N_("Deine Nachricht"), "placeholder": N_("Schreib mir …"), "send": N_("Senden"),
    "restart": N_("Neu anfangen"), "suggestions": N_("Antwort-Vorschläge"),
    "failed": N_("Das hat nicht geklappt. Versuch es bitte noch einmal."),
    "offline": N_("Ich bin gerade nicht erreichbar. Versuch es bitte gleich noch einmal."),
    "bot": N_("Lotse ist ein Bot, kein Mensch."),
    "privacy": N_("Schreib keinen Namen und keine Adresse. Dein Chat bleibt auf diesem Gerät, "
                  "bis du neu anfängst; „lösch alles“ löscht ihn auch bei uns."),
    "typing": N_("Lotse schreibt …"), "details": N_("Mehr dazu"), "route": N_("Weg"),
    "retry": N_("Nochmal senden"), "you": N_("Du"), "lotse": N_("Lotse"),
    "open": N_("Chat mit Lotse öffnen"), "close": N_("Chat schließen"),
}


def unread_form(count: int) -> str:
    """The launcher's count of messages that came while the chat was closed, in the current
    language's plural form for `count`, with `{count}` for the number."""
    return ngettext("{count} neue Nachricht", "{count} neue Nachrichten", count)


def unread(count: int) -> str:
    """As `unread_form`, the number put in ("1 neue Nachricht", "3 neue Nachrichten")."""
    return unread_form(count).format(count=count)

# --- the module reads its messages in the current language ---------------------------------

_translated: dict[tuple[str, str], Any] = {}


def _said(value: Any) -> Any:
    """A message value in the current language: strings, button titles, tuple items and dict
    values (dict keys and button payloads are codes and stay as they are)."""
    if isinstance(value, str):
        return _(value)
    if isinstance(value, Button):
        return Button(_(value.title), value.payload)
    if isinstance(value, tuple):
        return tuple(_said(v) for v in value)
    if isinstance(value, dict):
        return {k: _said(v) for k, v in value.items()}
    return value


def source(name: str) -> Any:
    """A constant of this module in German, as written above."""
    return globals()[name]


class _Translating(types.ModuleType):
    def __getattribute__(self, name: str) -> Any:
        value = super().__getattribute__(name)
        if not name[:1].isupper() or callable(value):  # functions, classes, N_
            return value
        key = (current_language(), name)
        found = _translated.get(key)
        if found is None:
            found = _translated[key] = _said(value)
        return found


sys.modules[__name__].__class__ = _Translating
