"""English texts of the crisis help, shown next to the German ones when a message in danger
is not written in German (until the languages issue brings full catalogues)."""

from __future__ import annotations

CRISIS_OPENING = {
    "suicidal": ("Thank you for telling me. You are not alone with this. Please talk to a "
                 "person now – these services are there for you, free and anonymous:"),
    "self_harm": "Thank you for telling me. You can talk to someone now, free and anonymous:",
    "violence_at_home": "Nobody is allowed to hurt you. It is not your fault. You can get help here:",
    "sexual_abuse": "What happens to you is not your fault. People here will listen, free and anonymous:",
    "sextortion": ("This is blackmail and it is not your fault. Do not pay. Do not delete anything – "
                   "take screenshots, stop answering, block the person afterwards, and tell "
                   "someone you trust. You can get help here:"),
    "homeless_tonight": "Nobody should have to sleep outside tonight. You can get help today:",
    "eating_disorder": "Thank you for telling me. There are people who know about this:",
    "other_emergency": "This sounds like an emergency. These services are there for you:",
}
CRISIS_EMERGENCY = {
    "violence_at_home": "If you are in danger right now: call the police, 110.",
    "sexual_abuse": "If you are in danger right now: call the police, 110.",
    "sextortion": "You can report it to the police (110 or your state's online police station).",
}
CRISIS_EMERGENCY_DEFAULT = "In an emergency: call 112 (ambulance) or 110 (police), free, day and night."
CHECK_IN = ("I am asking you directly because it matters: Are you in danger right now, or are "
            "you thinking about hurting yourself? If yes: TelefonSeelsorge, 0800 111 0 111, "
            "day and night, free.")
