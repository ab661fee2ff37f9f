"""Why an offer fits, as German sentences from a fixed set of templates.

The templates are the msgids of the chat's message catalogues (marked with `N_`, which
does nothing here: `matching/` stays pure); the chat says a reason in the person's language
by finding its template again (`bot/i18n/reasons.py`). The counsellor reads them in German.
"""

from __future__ import annotations


def N_(text: str) -> str:
    """Marks a German text for the message catalogues (bot/locale); returns it unchanged."""
    return text


FIRST_STOP = N_("Erste Anlaufstelle für: {need}")
ALSO_HELPS = N_("Kann auch helfen bei: {need}")
FOCUS = N_("Schwerpunkt: {category}")
ASKED_FOR = N_("Du hast nach dieser Art Hilfe gefragt: {category}")
ALWAYS_OPEN = N_("Rund um die Uhr erreichbar")
NATIONWIDE = N_("Bundesweit für dich erreichbar")
FOR_YOUR_PLACE = N_("Zuständig für deinen Ort ({region})")
FOR_YOUR_PLACE_PLAIN = N_("Zuständig für deinen Ort")
FITS_AGE = N_("Passt zu deinem Alter ({age})")
SPEAKS = N_("Beratung auch auf {languages}")
IN_PERSON = N_("Du kannst mit einem Menschen sprechen, auch vor Ort")

# the templates with values, for finding a reason's template again
WITH_VALUES: tuple[str, ...] = (FIRST_STOP, ALSO_HELPS, FOCUS, ASKED_FOR, FOR_YOUR_PLACE, FITS_AGE,
                                SPEAKS)
LIST_SEPARATOR = ", "  # between several languages in SPEAKS
