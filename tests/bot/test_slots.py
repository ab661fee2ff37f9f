"""Reading facts from messy messages: ages, school status and grade, who is writing."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.slots import Subject, is_refusal, read_age, read_grade, read_status, read_subject
from nlu.ages import find_age

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("bin 16", 16), ("ich bin 16", 16), ("Ich bin 16 Jahre alt", 16), ("16 jahre alt", 16),
        ("16j", 16), ("16 J.", 16), ("ich bin sechzehn", 16), ("bin sechszehn", 16),
        ("jahrgang 2009", 17), ("Jg. 2009", 17), ("bin 2009 geboren", 17), ("2009 geboren", 17),
        ("geb. 12.3.2009", 17), ("geboren am 24.12.2009", 16), ("bin von 2010", 16),
        ("werd bald 17", 16), ("werde nächsten monat 18", 17), ("ich werde im mai 18", 17),
        ("bin ich mit 20 zu alt dafür?", 20), ("bin ich mit 20 zu alt", 20),
        ("kann ich mit 17 schon ausziehen", 17), ("mit 16 jahren darf man das noch nicht?", 16),
        ("mein sohn ist 14", 14), ("Mein Sohn ist 14 und will nicht mehr zur Schule", 14),
        ("meine tochter (15) sucht ein praktikum", 15), ("meine Tochter, 15, hat Stress", 15),
        ("er ist 16", 16), ("sie ist jetzt 17 und hat keinen abschluss", 17),
        ("He's 16, we live in Dietzenbach", 16), ("she’s 17 and lives in bochum", 17),  # blind set L17
        ("mein sohn wird 16", 15), ("ich bin 45 und mein sohn ist 16", 16),
        ("hi ich bin 17 und wohne in bochum", 17), ("(w, 17) brauche hilfe", 17), ("m/16", 16),
        ("ich 19 aus syrien", 19), ("bin 18, suche ausbildung", 18),
        ("hab 20 euro schulden", None), ("06484", None), ("meine nummer ist 0151 2345678", None),
        ("ich bin in der 10.", None), ("bin in der 10. klasse", None), ("seit 2019 in deutschland", None),
        ("bin seit 2 jahren in deutschland", None), ("2 jahre in deutschland", None),
        ("ich bin 20 euro im minus", None), ("es ist 16 uhr", None), ("wohne in 44866 bochum", None),
        ("ich habe 3 geschwister", None), ("in 14 tagen hab ich prüfung", None),
        ("bin 2019 nach deutschland gekommen", None), ("die 10b ist blöd", None),
        ("hab am 12.3.2027 geburtstag", None), ("mit 16 leuten in einer klasse", None),
        ("hallo", None), ("", None),
    ],
)
def test_find_age_reads_ages_only_in_age_contexts(text: str, age: int | None) -> None:
    assert find_age(text, today=TODAY) == age


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("16", 16), (" 16 ", 16), ("16!", 16), ("16 bin ich", 16), ("fast 17", 16), ("bald 18", 17),
        ("sechzehneinhalb", 16), ("16 1/2", 16), ("16,5", 16), ("sechzehn", 16), ("2009", 17),
        ("so 15", 15), ("ca 20", 20), ("bin 16", 16), ("16 jahre", 16), ("ich bin 16", 16),
        ("neunzehn jahre", 19), ("17.", 17),
        ("keine ahnung", None), ("alt genug", None), ("5", None), ("100", None), ("06484", None),
        ("in der 10.", None),
        # blind set L18: an emoji beside the number, a few words before it
        ("22 😅", 22), ("17 👍", 17), ("старый уже, 22 😅", 22), ("уже 22", 22), ("😅", None),
    ],
)
def test_read_age_reads_bare_answers(text: str, age: int | None) -> None:
    assert read_age(text, today=TODAY) == age


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("bin in der 10.", "in_school"), ("10. klasse", "in_school"), ("gehe aufs gymnasium", "in_school"),
        ("ich geh noch zur schule", "in_school"), ("9te klasse realschule", "in_school"),
        ("mach grad ne ausbildung als koch", "in_training"), ("bin im 2. lehrjahr", "in_training"),
        ("azubi", "in_training"),
        ("hab letztes jahr realschule fertig gemacht", "qualified_no_training"),
        ("schule fertig", "qualified_no_training"), ("hab abi", "qualified_no_training"),
        ("hab abgebrochen", "no_qualification"), ("hab die schule geschmissen", "no_qualification"),
        ("hab keinen abschluss", "no_qualification"),
        ("bin im bvj", "in_school"), ("mach ein fsj", "in_school"), ("bin im BVJ", "in_school"),
        ("ich studiere", "studying"), ("arbeitslos", "unemployed"), ("ich arbeite im lager", "employed"),
        ("hä?", None), ("keine ahnung", None),
    ],
)
def test_read_status(text: str, status: str | None) -> None:
    assert read_status(text) == status


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("bin in der 10.", 10), ("10. klasse", 10), ("9te klasse", 9), ("ich geh in die 8", 8),
        ("klasse 7", 7), ("bin in der zehnten klasse", 10), ("neunte klasse", 9), ("13. jahrgang", 13),
        ("bin 16", None), ("in der 3. klasse", None), ("06484", None), ("hab 20 euro", None),
    ],
)
def test_read_grade(text: str, grade: int | None) -> None:
    assert read_grade(text) == grade


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("mein sohn ist 14 und will nicht mehr zur schule", Subject("parent", "son", "er")),
        ("Meine Tochter sucht ein Praktikum", Subject("parent", "daughter", "sie")),
        ("meine tochter (15) hat stress", Subject("parent", "daughter", "sie")),
        ("unser kind hat keinen abschluss, was tun?", Subject("parent", "child", None)),
        ("ich bin lehrerin, eine schülerin von mir hat schulden", Subject("teacher", "pupil", "sie")),
        ("Ich bin Lehrer, ein Schüler von mir braucht ein Praktikum", Subject("teacher", "pupil", "er")),
        ("ich betreue einen jugendlichen der eine wohnung sucht", Subject("social_worker", "client", "er")),
        ("ich bin sozialarbeiter und suche hilfe für einen klienten", Subject("social_worker", "client", None)),
        ("ich bin schulsozialarbeiterin", Subject("social_worker", "client", None)),
        ("ich frag für meinen bruder", Subject("relative", "brother", "er")),
        ("für meine schwester, sie ist 16", Subject("relative", "sister", "sie")),
        ("meine freundin hat schulden", Subject("friend", "friend", "sie")),
        ("mein bester freund wird zuhause geschlagen", Subject("friend", "friend", "er")),
        ("meine mutter hat mich rausgeworfen", None),
        ("mein vater schlägt mich", None),
        ("ich hab stress mit meinem bruder", None),
        ("ich wohne bei meiner schwester", None),
        ("meine freundin hat schluss gemacht", Subject("friend", "friend", "sie")),
        ("ich bin 16 und suche eine ausbildung", None),
        ("mein lehrer hat gesagt ich soll mich melden", None),
        ("hab keinen bock auf schule", None),
        ("ich such jetzt ne ausbildung als erzieherin", None),  # the job wanted, not one's own
        ("die in meiner klasse lachen mich immer aus", None),  # a pupil's class, not a teacher's
        ("ich schreibe für meinen Enkel, er hat die Ausbildung abgebrochen", Subject("relative", "child", "er")),
        ("ich arbeite als erzieherin, eine jugendliche aus meiner gruppe", Subject("social_worker", "client", None)),
        # a sibling or friend written for, in the other languages (blind set L10)
        ("selam, kardeşim için yazıyorum. okulu bıraktı", Subject("relative", "brother", "er")),
        ("arkadaşım için soruyorum, 16'sına yeni girdi", Subject("friend", "friend", "er")),
        ("пишу за брата, ему 16", Subject("relative", "brother", "er")),
        ("بكتب عن اختي عمرها 16", Subject("relative", "sister", "sie")),
        ("kardeşimle kavga ettim", None),
    ],
)
def test_read_subject(text: str, subject: Subject | None) -> None:
    assert read_subject(text) == subject


@pytest.mark.parametrize("text", ["weiß nicht", "lieber nicht", "kp", "/deny", "keine Angabe"])
def test_refusals(text: str) -> None:
    assert is_refusal(text)
