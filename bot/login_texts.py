"""What a counsellor or coordinator reads at the door of a staff area and when choosing a
password (German), in one place."""

from __future__ import annotations

WRONG_LOGIN = "E-Mail oder Passwort stimmt nicht."
TOO_MANY_TRIES = "Zu viele Versuche. Bitte warte ein paar Minuten."
BUSY = "Zu viele Anmeldungen gerade, bitte gleich noch einmal."
LOGGED_OUT = "Du bist abgemeldet."


def idle_logout(idle: str) -> str:
    """The notice after an idle timeout; `idle` is "15 Minuten"."""
    return f"Du wurdest nach {idle} ohne Aktivität abgemeldet. Bitte melde dich wieder an."


def password_too_short(minimum: int) -> str:
    return f"Das Passwort braucht mindestens {minimum} Zeichen."


PASSWORD_CONTEXT = ("Das Passwort darf nicht aus deiner E-Mail-Adresse, dem Namen deiner "
                    "Organisation oder Wörtern wie „Lotse“ oder „Berater“ bestehen.")
PASSWORD_PATTERN = ("Wiederholungen wie „aaaa“, Folgen wie „abcd“ oder „1234“ und Tastaturmuster "
                    "wie „qwertz“ sind leicht zu erraten.")
PASSWORD_COMMON = ("Dieses Passwort ist zu bekannt oder zu leicht zu erraten. Nimm besser "
                   "mehrere Wörter, die nicht zusammengehören.")
