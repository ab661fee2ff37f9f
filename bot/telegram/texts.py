"""What the Telegram channel itself says (everything else comes from the dialogue core).

German msgids of the message catalogues (bot/locale): read them with `gettext` inside
`use_language(...)` – the channel does so in the chat's language.
"""

from __future__ import annotations

from bot.i18n import N_

# The command menu (setMyCommands); the service understands these in every channel.
COMMANDS = (
    ("start", N_("Los geht's")),
    ("neu", N_("Neu anfangen")),
    ("hilfe", N_("Was ich für dich tun kann")),
    ("sprache", N_("Sprache wählen")),
    ("auskunft", N_("Was über dich gespeichert ist")),
    ("loeschen", N_("Deine Daten löschen")),
)
# the menu is also set for Telegram users of these languages (their catalogues are complete)
MENU_LANGUAGES = ("en",)

STICKER = N_("Danke für den Sticker! 🙂 Ich verstehe aber nur Text. "
             "Schreib mir in ein paar Worten, worum es geht.")
MEDIA = N_("Bilder, Videos und Dateien kann ich mir leider nicht ansehen – ich speichere sie "
           "auch nicht. Schreib mir in ein paar Worten, worum es geht.")
VOICE = N_("Sprachnachrichten kann ich leider nicht anhören. Magst du mir schreiben, worum es "
           "geht? Ein paar Worte reichen.")
CONTACT = N_("Deine Telefonnummer brauche ich nicht – ich habe sie nicht gespeichert. "
             "Schreib mir einfach, worum es geht.")
OTHER = N_("Damit kann ich leider nichts anfangen. Schreib mir einfach, worum es geht.")
FAR_AWAY = N_("In der Nähe dieses Standorts kenne ich keinen Ort in Deutschland. "
              "Schreib mir bitte deinen Wohnort oder deine Postleitzahl.")
NON_TEXT = {
    "sticker": STICKER, "photo": MEDIA, "video": MEDIA, "animation": MEDIA, "document": MEDIA,
    "voice": VOICE, "audio": VOICE, "video_note": VOICE, "contact": CONTACT,
}
SHARE_LOCATION = N_("📍 Standort teilen")
OFFER_WHY = N_("Warum das passt")
OPEN_NOW = N_("Jetzt erreichbar")
