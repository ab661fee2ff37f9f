"""German labels for every code a person or counsellor might otherwise see – one mapping.

Codes (`seek_apprenticeship`, `in_school`, `ar`, `contacted` …) are identifiers of the public
contract; what people read is German. Chat, `/auskunft`, the counsellor inbox, its print view
and the CSV export all take their words from here. Needs and categories are defined next to
the routing that ranks them (`matching.needs`), language names next to the language matching
(`matching.languages`) – `matching/` is pure and cannot import `bot/`; this module is the one
place the rest of the service reads them from.

Every `*_label` function falls back gracefully: an unknown code is shown as words (underscores
become spaces), never as an identifier, and an empty value as "–".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from bot.i18n.context import N_
from bot.i18n.languages import GERMAN_NAMES
from matching.languages import LANGUAGE_NAMES
from matching.needs import CATEGORY_LABELS, NEED_LABELS

__all__ = [
    "AUDIT_ACTION_LABELS", "CATEGORY_LABELS", "CONTACT_METHOD_LABELS", "HANDOFF_STATUS_LABELS",
    "LANGUAGE_NAMES", "NEED_LABELS", "NOTIFICATION_CHANNEL_LABELS", "SCHOOL_QUALIFICATION_LABELS",
    "SCHOOL_STATUS_FOR_YOU", "SCHOOL_STATUS_LABELS", "WISH_LABELS", "audit_action_label", "category_label",
    "chat_language_label", "contact_method_label", "handoff_status_label", "language_label",
    "languages_label",
    "need_label", "needs_label", "notification_channel_label", "school_qualification_label",
    "school_status_label", "yes_no",
]

NONE = "–"

# about the person, for a counsellor (third person)
SCHOOL_STATUS_LABELS: dict[str, str] = {
    "in_school": "geht zur Schule",
    "in_training": "macht eine Ausbildung",
    "qualified_no_training": "Schule fertig, noch keine Ausbildung",
    "no_qualification": "hat keinen Schulabschluss",
    "employed": "arbeitet",
    "unemployed": "hat gerade keine Arbeit",
    "studying": "studiert",
}
# the same, as the person reads it about themself (`/auskunft`: "Was du gerade machst: …");
# these and the qualifications are in the chat's message catalogues too (marked `N_`)
SCHOOL_STATUS_FOR_YOU: dict[str, str] = {
    "in_school": N_("Schule"),
    "in_training": N_("Ausbildung"),
    "qualified_no_training": N_("Schule fertig, noch keine Ausbildung"),
    "no_qualification": N_("ohne Schulabschluss"),
    "employed": N_("Arbeit"),
    "unemployed": N_("gerade keine Arbeit"),
    "studying": N_("Studium"),
}
SCHOOL_QUALIFICATION_LABELS: dict[str, str] = {
    "none": N_("kein Schulabschluss"),
    "foerderschule": N_("Förderschulabschluss"),
    "hauptschule": N_("Hauptschulabschluss"),
    "realschule": N_("Realschulabschluss (mittlerer Abschluss)"),
    "fachhochschulreife": N_("Fachhochschulreife"),
    "abitur": N_("Abitur"),
    "foreign": N_("Abschluss aus dem Ausland"),
}
CONTACT_METHOD_LABELS: dict[str, str] = {
    "phone": "Telefon",
    "email": "E-Mail",
    "telegram": "Telegram",
    "self": "meldet sich selbst",
}
HANDOFF_STATUS_LABELS: dict[str, str] = {
    "new": "Neu",
    "contacted": "Kontakt aufgenommen",
    "closed": "Abgeschlossen",
}
NOTIFICATION_CHANNEL_LABELS: dict[str, str] = {"email": "E-Mail", "webhook": "Webhook"}
# what the counsellor reads as the person's wish (summary["wish"] of a handoff)
WISH_LABELS: dict[str, str] = {
    "phone": "Möchte angerufen werden",
    "email": "Möchte eine E-Mail bekommen",
    "telegram": "Möchte über Telegram angeschrieben werden",
    "self": "Meldet sich selbst bei der Stelle",
}
AUDIT_ACTION_LABELS: dict[str, str] = {
    "login": "angemeldet",
    "logout": "abgemeldet",
    "login_failed": "Anmeldung fehlgeschlagen",
    "login_blocked": "Anmeldung gesperrt (zu viele Versuche)",
    "login_busy": "Anmeldung abgewiesen (zu viele gleichzeitig)",
    "list": "Liste angesehen",
    "view": "Anfrage angesehen",
    "print": "Druckansicht geöffnet",
    "not_found": "Anfrage nicht gefunden",
    "status": "Status geändert",
    "note": "Notiz geschrieben",
    "export": "CSV exportiert",
    "fact_report": "Hinweis zu einem Angebot bearbeitet",
    "user_added": "Konto angelegt",
    "user_activated": "Konto entsperrt",
    "user_deactivated": "Konto gesperrt",
    "password_changed": "Passwort geändert",
}


def _label(table: Mapping[str, str], code: object) -> str:
    """The label of `code`; unknown codes as words, nothing as "–"."""
    if code is None or code == "":
        return NONE
    text = str(code)
    return table.get(text) or text.replace("_", " ").strip() or NONE


def need_label(code: object) -> str:
    """"seek_apprenticeship" -> "Ausbildung finden"."""
    return _label(NEED_LABELS, code)


def needs_label(codes: Iterable[object] | None, sep: str = ", ") -> str:
    """Several needs in words, or "–"."""
    return sep.join(need_label(c) for c in codes or ()) or NONE


def category_label(code: object) -> str:
    """"debt_counselling" -> "Schuldnerberatung"."""
    return _label(CATEGORY_LABELS, code)


def school_status_label(code: object, *, for_you: bool = False) -> str:
    """"in_school" -> "geht zur Schule" (for a counsellor) or "Schule" (for the person)."""
    return _label(SCHOOL_STATUS_FOR_YOU if for_you else SCHOOL_STATUS_LABELS, code)


def school_qualification_label(code: object) -> str:
    """"realschule" -> "Realschulabschluss (mittlerer Abschluss)"."""
    return _label(SCHOOL_QUALIFICATION_LABELS, code)


def language_label(code: object) -> str:
    """An ISO 639-1 code as a German language name ("ar" -> "Arabisch"; "de-x-simple" ->
    "Einfache Sprache")."""
    if code is None or code == "":
        return NONE
    text = str(code)
    return LANGUAGE_NAMES.get(text.lower()) or GERMAN_NAMES.get(text.lower()) or f"Sprache „{text}“"


def chat_language_label(code: object) -> str:
    """The language a chat was held in, in German; chats from before there was a choice
    were German."""
    return language_label(code or "de")


def languages_label(codes: Iterable[object] | None, sep: str = ", ") -> str:
    """Several languages in words, or "–"."""
    return sep.join(language_label(c) for c in codes or ()) or NONE


def contact_method_label(code: object) -> str:
    """"phone" -> "Telefon"."""
    return _label(CONTACT_METHOD_LABELS, code)


def handoff_status_label(code: object) -> str:
    """"contacted" -> "Kontakt aufgenommen"."""
    return _label(HANDOFF_STATUS_LABELS, code)


def notification_channel_label(code: object) -> str:
    """"webhook" -> "Webhook"."""
    return _label(NOTIFICATION_CHANNEL_LABELS, code)


def audit_action_label(code: object) -> str:
    """"user_added" -> "Konto angelegt"."""
    return _label(AUDIT_ACTION_LABELS, code)


def yes_no(value: object) -> str:
    """True -> "ja", anything false -> "nein"."""
    return "ja" if value else "nein"
