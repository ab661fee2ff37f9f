"""What the Telegram channel itself says (everything else comes from the dialogue core)."""

from __future__ import annotations

# The command menu (setMyCommands); the service understands these in every channel.
COMMANDS = (
    ("start", "Los geht's"),
    ("neu", "Neu anfangen"),
    ("hilfe", "Was ich für dich tun kann"),
    ("auskunft", "Was über dich gespeichert ist"),
    ("loeschen", "Deine Daten löschen"),
)

STICKER = ("Danke für den Sticker! 🙂 Ich verstehe aber nur Text. "
           "Schreib mir in ein paar Worten, worum es geht.")
MEDIA = ("Bilder, Videos und Dateien kann ich mir leider nicht ansehen – ich speichere sie auch nicht. "
         "Schreib mir in ein paar Worten, worum es geht.")
VOICE = ("Sprachnachrichten kann ich leider nicht anhören. Magst du mir schreiben, worum es geht? "
         "Ein paar Worte reichen.")
CONTACT = ("Deine Telefonnummer brauche ich nicht – ich habe sie nicht gespeichert. "
           "Schreib mir einfach, worum es geht.")
OTHER = "Damit kann ich leider nichts anfangen. Schreib mir einfach, worum es geht."
FAR_AWAY = ("In der Nähe dieses Standorts kenne ich keinen Ort in Deutschland. "
            "Schreib mir bitte deinen Wohnort oder deine Postleitzahl.")
NON_TEXT = {
    "sticker": STICKER, "photo": MEDIA, "video": MEDIA, "animation": MEDIA, "document": MEDIA,
    "voice": VOICE, "audio": VOICE, "video_note": VOICE, "contact": CONTACT,
}
SHARE_LOCATION = "📍 Standort teilen"
OFFER_WHY = "Warum das passt"
OPEN_NOW = "Jetzt erreichbar"
