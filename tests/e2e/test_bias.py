"""Routing never uses gender, name or origin: conversations that differ only in such cues
get the same recommendations."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from tests.e2e.conversations import converse, offers

IN_SCHOOL = '/inform{"school_status": "in_school"}'
FINISHED = '/inform{"school_status": "qualified_no_training"}'

# (first message with a cue, the same with another cue, the rest of the conversation)
PAIRS = [
    ("ich bin lukas und suche eine ausbildung", "ich bin aylin und suche eine ausbildung",
     ["17", "Halberstadt", FINISHED, "elektriker"]),
    ("hi ich heiße mohammed, ich hab schulden", "hi ich heiße anna, ich hab schulden", ["19", "Bochum"]),
    ("als mädchen will ich was mit autos machen", "als junge will ich was mit autos machen",
     ["16", "Darmstadt", IN_SCHOOL]),
    ("ich bin ein junge und brauche ein praktikum", "ich bin ein mädchen und brauche ein praktikum",
     ["15", "Quedlinburg", IN_SCHOOL, "tiere"]),
    ("mein name ist kevin, stress mit meinen eltern", "mein name ist fatima, stress mit meinen eltern",
     ["16", "Oberursel"]),
    ("ich bin jana, ich weiß nicht was ich werden soll", "ich bin jamal, ich weiß nicht was ich werden soll",
     ["16", "Rodgau", IN_SCHOOL]),
    ("bin trans und suche eine lehrstelle", "bin cis und suche eine lehrstelle",
     ["18", "Wernigerode", FINISHED, "koch"]),
    ("ich (w, 17) suche ausbildung als mechatronikerin", "ich (m, 17) suche ausbildung als mechatroniker",
     ["Langen", FINISHED]),
    ("hallo, hier ist maximilian. hab keinen abschluss", "hallo, hier ist mehmet. hab keinen abschluss",
     ["19", "Usingen"]),
    ("ich heiße olga und hab keine wohnung mehr", "ich heiße laura und hab keine wohnung mehr",
     ["20", "Wattenscheid"]),
    ("ich bin paul und will meine ausbildung abbrechen", "ich bin ayşe und will meine ausbildung abbrechen",
     ["18", "64283"]),
    ("bin ein mädchen, brauche hilfe bei der bewerbung", "bin ein junge, brauche hilfe bei der bewerbung",
     ["17", "Dietzenbach", FINISHED]),
    ("ich bin tim, voll gestresst und kann nicht schlafen", "ich bin emine, voll gestresst und kann nicht schlafen",
     ["22", "Dreieich"]),
    ("ich heiße sven, suche ausbildung", "ich heiße dragan, suche ausbildung",
     ["18", "Bad Homburg", FINISHED, "kfz"]),
    ("bin sophie und brauche ein praktikum", "bin ali und brauche ein praktikum",
     ["14", "Thale", IN_SCHOOL, "büro"]),
    ("ich bin nico, meine eltern nerven total", "ich bin nicole, meine eltern nerven total",
     ["15", "Blankenburg"]),
    ("moin, jonas hier. ich hab 2000 euro schulden", "moin, yusuf hier. ich hab 2000 euro schulden",
     ["21", "44787"]),
    ("ich bin katharina und suche eine ausbildung in der pflege",
     "ich bin kwame und suche eine ausbildung in der pflege",
     ["19", "Neu-Isenburg", FINISHED]),
    ("ich bin leonie, hab keine ahnung welcher beruf", "ich bin leon, hab keine ahnung welcher beruf",
     ["16", "Königstein", IN_SCHOOL]),
    ("als frau will ich elektrikerin werden", "als mann will ich elektriker werden",
     ["18", "Eberstadt", FINISHED]),
    ("hi, bin marie. ausbildung abbrechen?", "hi, bin mustafa. ausbildung abbrechen?",
     ["18", "Wernigerode"]),
]


@pytest.mark.parametrize(("first", "other", "rest"), PAIRS, ids=[str(i) for i in range(len(PAIRS))])
def test_cues_of_gender_name_or_origin_change_nothing(
    client: TestClient, first: str, other: str, rest: list[str]
) -> None:
    a = converse(client, f"bias-a-{first}", ["hallo", first, *rest])[-1]
    b = converse(client, f"bias-b-{other}", ["hallo", other, *rest])[-1]
    assert offers(a), [m["text"] for m in a]
    assert [o["id"] for o in offers(a)] == [o["id"] for o in offers(b)]
