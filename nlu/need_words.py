"""Words that name a topic, as evidence when the model is unsure of a message's need.

The intent model learns needs from whole sentences; people often name theirs with one
telling word inside a long message ("hab 1200 € miese", "brauch hilfe mit allem, bin aus der
ukraine"). These patterns run on folded text (lowercase, umlauts spelled out) and only
when the model gave no need with enough confidence."""

from __future__ import annotations

import re

from matching.text import fold

_P = re.compile
NEED_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("housing_problems", _P(r"\b(obdachlos\w*|wohnungslos\w*|keine wohnung|wohnung (verloren|weg|gekuendigt)|"
                            r"rausgeflogen|rausgeworfen|rausgeschmissen|rausgeschmissen|auf der strasse|"
                            r"wohnungssuche|suche (eine |ne )?wohnung|brauch\w* (eine |ne )?(richtige )?wohnung|"
                            r"notschlafstelle|couchsurfing|kein zuhause|homeless|nowhere to (live|stay))\b")),
    ("money_problems", _P(r"\b(schulden|schuld(en)? bei|miese|mahnung\w*|inkasso|pfaendung|gepfaendet|"
                          r"kohle|pleite|kein geld|null geld|geldprobleme|konto (leer|ueberzogen|gesperrt)|"
                          r"dispo|rechnung\w* nicht (zahlen|bezahlen)|buergergeld|kindergeld|bafoeg|"
                          r"\bbab\b|wohngeld|debts?|no money)\b")),
    ("migration_language", _P(r"\b(aus (der |dem )?(ukraine|syrien|afghanistan|iran|irak|tuerkei|eritrea|"
                              r"somalia|russland|polen|rumaenien|bulgarien)|neu in deutschland|"
                              r"seit \w+ (monaten|wochen) in deutschland|deutschkurs|sprachkurs|"
                              r"aufenthalt\w*|asyl\w*|anerkennung|zeugnis aus|gefluechtet|fluechtling|"
                              r"duldung|visum|new in germany|refugee|recogni[sz]\w*|certificate from|"
                              r"from (syria|ukraine|afghanistan|iran|iraq|turkey|eritrea))\b")),
    ("school_problems", _P(r"\b(schwaenz\w*|nicht (mehr )?(zur|in die) schule|kaum (noch )?zur schule|"
                           r"schulangst|mobbing|gemobbt|sitzenbleiben|sitzen bleiben|versetzung|"
                           r"schulverweigerung|skip(ping)? school)\b")),
    ("school_qualification", _P(r"\b(kein(en)? (schul)?abschluss|ohne (schul)?abschluss|abschluss nachholen|"
                                r"hauptschulabschluss nachholen|realschulabschluss nachholen|no diploma)\b")),
    ("training_problems", _P(r"\b(ausbildung abbrechen|lehre abbrechen|stress in der ausbildung|"
                             r"ausbilder\w* (nervt|mobbt|schreit)|probezeit|ausbildungsbetrieb wechseln)\b")),
    ("family_problems", _P(r"\b(stress (mit|zu|zuhause|daheim)|streit mit (meinen |meiner |meinem )?"
                           r"(eltern|mama|mutter|papa|vater|familie)|zuhause (nur )?stress|"
                           r"eltern (streiten|trennen)|scheidung|"
                           r"(halt|halts|halte|aushalten)\w*\b.{0,20}\b(zuhause|zu hause|daheim)|"
                           r"(zuhause|zu hause|daheim)\b.{0,20}\b(nicht (mehr )?aus|aushalten))\b")),
    ("mental_health", _P(r"\b(einsam\w*|allein(e)? (fuehl|sein)|depressiv\w*|depression|traurig|"
                         r"panikattacke\w*|angststoerung|ueberfordert|burn ?out|kann nicht (mehr )?schlafen|"
                         r"nur (noch )?im stress|schlaf\w* kaum|dauerstress|lonely|depressed|anxiety)\b")),
    ("application_help", _P(r"\b(vorstellungsgespraech\w*|bewerbung\w*|bewerb (mich|dich)|lebenslauf|"
                            r"anschreiben|absage\w*|job interview|cv)\b")),
    ("seek_apprenticeship", _P(r"\b(ausbildung(splatz)?|lehrstelle|azubi(stelle)?|apprenticeship)\b")),
    ("seek_internship", _P(r"\b(praktikum|praktikumsplatz|schuelerpraktikum|internship)\b")),
    ("career_orientation", _P(r"\b(was (soll|kann) ich (jetzt )?(machen|werden)|welcher beruf|"
                              r"keine ahnung was ich werden|berufswahl|job egal)\b")),
)


def needs_from_words(text: str) -> tuple[str, ...]:
    """The needs a message names by a telling word, in the order above (most pressing first)."""
    folded = fold(text)
    return tuple(need for need, pattern in NEED_WORDS if pattern.search(folded))
