"""Blind conversation set L26/L27 findings over HTTP (each failed before its round): an e-mail
address inside a sentence at the contact step; the consent question asked again in short after
"who gets to see it?"; a deletion wished in Russian Latin letters; an age given at the place
question, a place with a typo and "Im Lager." after the offers; an eviction in Ukrainian Latin
letters; school finished abroad is no school trouble. And L28's: "Ich weiß es nicht." gets no
check-in, "nobody will help me anyway" gets one (and no "you're welcome"), a typed yes to the urgent
handoff after crisis help, a qualification one has, a status in Latin letters, "what do they get
to see?" and a number too short at the handoff, a place with a typo after the age, "ma baaref"."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from tests.e2e.conversations import converse, expects, offers, say
from tests.e2e.dialogue_eval import is_fallback, visible_text

QUEDLINBURG_ELECTRICS = ["سلام، من ۲۰ سالمه، تو Quedlinburg زندگی می‌کنم و دنبال Ausbildung هستم",
                         "دبیرستان رو تو ایران تموم کردم، دیپلم دارم", "برق‌کاری، یه چیزی تو این مایه‌ها"]



def test_school_finished_abroad_is_taken_and_the_offers_follow(web: TestClient) -> None:
    answers = converse(web, "ow1", QUEDLINBURG_ELECTRICS[:2])
    assert expects(answers[-1]) == "occupation"  # before: the school question again
    assert {o["region"] for o in offers(say(web, "ow1", QUEDLINBURG_ELECTRICS[2]))} >= {"15085"}


@pytest.mark.parametrize(("method", "answer"), [
    (None, "ایمیلم ahmad.rahimi@example.org هست"),
    ("تلفن", "شماره‌ام 0176 12345678 هست"),
    ("Telefon", "meine nummer ist 0176 12345678 danke"),
])
def test_a_contact_inside_a_sentence_is_taken(web: TestClient, method: str | None, answer: str) -> None:
    sender = "ow2" + answer[:4]
    converse(web, sender, [*QUEDLINBURG_ELECTRICS, "می‌خوام با یه آدم واقعی حرف بزنم", "بله، قبول دارم"])
    if method is not None:
        assert expects(say(web, sender, method)) == "contact"
    back = say(web, sender, answer)
    assert expects(back) == "free_text"  # the note step; before: "I didn't understand" and again
    assert not is_fallback(back)


def test_who_sees_it_gets_the_consent_question_again_in_short(web: TestClient) -> None:
    converse(web, "ow3", ["hi, I'm 18 and live in Wernigerode, I need an Ausbildung",
                          "finished school, not working right now", "nursing, Pflegefachmann"])
    first = say(web, "ow3", "can I talk to a real person about this?")
    again = say(web, "ow3", "wait who gets to see what I wrote?")
    assert expects(again) == "consent"
    assert again[-1]["text"] != first[-1]["text"]  # before: the whole list word for word
    assert "Jugendberufsagentur Harz" in again[-1]["text"]
    assert expects(say(web, "ow3", "ok yes")) == "contact"


def test_a_deletion_in_russian_latin_letters(client: TestClient) -> None:
    converse(client, "ow4", ["u menya dolgi, okolo 1500 evro, ne znayu chto delat", "22", "Quedlinburg"])
    assert expects(say(client, "ow4", "udali vse pro menya pozhaluysta")) == "confirm"  # before: offers
    say(client, "ow4", "da")
    assert "Quedlinburg" not in visible_text(say(client, "ow4", "/auskunft"))


def test_an_age_at_the_place_question_is_kept(client: TestClient) -> None:
    converse(client, "ow5", ["хай", "не знаю", "ну типу не знаю ким бути після школи", "👍"])
    back = say(client, "ow5", "мені 14")
    assert expects(back) == "place" and not is_fallback(back)
    assert "не знаю такого місця" not in visible_text(back)  # before: "I don't know that place"
    say(client, "ow5", "Бад-Гомбург")
    summary = visible_text(say(client, "ow5", "/auskunft"))
    assert "14" in summary


def test_a_place_with_a_typo_in_a_sentence(client: TestClient) -> None:
    back = say(client, "ow6", "hi, i need a praktikum, im 16 and live in Bad Hombrug")
    assert expects(back) == "school_status"  # before: the place question


def test_in_the_warehouse_after_the_offers_is_an_occupation(web: TestClient) -> None:
    converse(web, "ow7", ["Guten Tag.", "Ich suche eine Ausbildung in Wernigerode. Ich bin 18.",
                          "Ich habe keinen Abschluss. Ich arbeite nicht."])
    back = say(web, "ow7", "Im Lager.")
    assert not is_fallback(back) and offers(back)  # before: "Das habe ich nicht ganz verstanden."


def test_an_eviction_in_ukrainian_latin_letters_is_a_housing_topic(client: TestClient) -> None:
    converse(client, "ow8", ["dobryi den. mene vyhaniaiut z kvartyry, treba z'ikhaty do kintsia misiatsia",
                             "20"])
    back = say(client, "ow8", "Darmstadt")
    assert "housing_support" in {o["category"] for o in offers(back)}  # before: the topic question


def test_school_done_abroad_after_the_offers_is_no_school_trouble(client: TestClient) -> None:
    converse(client, "ow9", ["Hallo. Ich bin neu in Deutschland.", "Ich suche Ausbildung. Mein Deutsch ist nicht so gut.",
                             "Ich bin siebzehn.", "Ich wohne in Seligenstadt. Das ist Kreis Offenbach."])
    back = say(client, "ow9", "Ich habe Schule in Eritrea gemacht. Jetzt mache ich Sprachkurs.")
    assert "school_social_work" not in {o["category"] for o in offers(back)}  # before: "Probleme in der Schule"


# blind conversation set L28 (each failed on 83cbf41)

def _checks_in(messages: list[dict]) -> bool:  # type: ignore[type-arg]
    return any(m.get("custom", {}).get("crisis_check") for m in messages)


def test_i_dont_know_to_the_occupation_question_gets_no_check_in(web: TestClient) -> None:
    converse(web, "ow10", ["Hallo.", "Ich suche eine Ausbildung.", "Ich bin 17.", "Ich wohne in Quedlinburg.",
                           "Ich gehe noch zur Schule. Auf die Förderschule."])
    back = say(web, "ow10", "Ich weiß es nicht.")
    assert not _checks_in(back) and offers(back)  # before: "Bist du gerade in Gefahr …?"


def test_nobody_will_help_me_gets_a_check_in_and_no_youre_welcome(client: TestClient) -> None:
    converse(client, "ow11", ["Привет. я постоянно в стрессе и не сплю из-за экзаменов", "18, Oberursel"])
    back = say(client, "ow11", "мне всё равно никто не поможет")
    assert _checks_in(back) and "Пожалуйста" not in visible_text(back)  # before: "Пожалуйста! …"
    calm = say(client, "ow11", "нет, я не в опасности, просто устал")
    assert not _checks_in(calm)  # before: the check-in again
    hours = say(client, "ow11", "они работают по выходным?")
    assert not offers(hours)  # before: the offers once more instead of the hours


def test_a_typed_yes_to_the_urgent_handoff_after_crisis_help(web: TestClient) -> None:
    converse(web, "ow12", ["hi bin 19 wohn in halberstadt und such ne ausbildung", "hab abi gemacht, seitdem nix",
                           "irgendwas im büro"])
    help_ = say(web, "ow12", "ehrlich gesagt ist mir das alles egal, ich will nicht mehr leben")
    assert any(m.get("custom", {}).get("crisis") for m in help_)
    assert expects(say(web, "ow12", "ja, die sollen sich bitte schnell melden")) == "consent"  # before: "Ich höre dir zu"


def test_a_qualification_one_has_is_no_lack_of_one(web: TestClient) -> None:
    converse(web, "ow13", ["hi im 17, live in quedlinburg and im looking for an apprenticeship"])
    assert expects(say(web, "ow13", "school is done, i have a Hauptschulabschluss")) == "occupation"


@pytest.mark.parametrize("status", ["shche v shkoli, 10 klas", "shkolu zakonchil letom, seichas nichego ne delayu"])
def test_a_status_in_latin_letters(web: TestClient, status: str) -> None:
    sender = "ow14" + status[:3]
    converse(web, sender, ["pryvit, meni 16, ya z Halberstadt, shukayu Ausbildung"])
    assert expects(say(web, sender, status)) == "occupation"  # before: school-trouble offers


def test_consent_what_they_see_and_a_number_too_short(web: TestClient) -> None:
    converse(web, "ow15", ["hi im 17, live in quedlinburg and im looking for an apprenticeship",
                           "school is done, i have a Hauptschulabschluss", "idk honestly"])
    first = say(web, "ow15", "can i talk to a real person there?")
    what = say(web, "ow15", "what exactly do they get to see?")
    assert expects(what) == "consent" and what[-1]["text"] != first[-1]["text"]
    assert "counsellors" in visible_text(what)  # before: "tell me yes or no" only
    asked = say(web, "ow15", "ok yes")
    short = say(web, "ow15", "my number is 0176 12")
    assert expects(short) == "contact" and short[-1]["text"] != asked[-1]["text"]  # before: the same question


def test_a_place_with_a_typo_after_the_age(client: TestClient) -> None:
    converse(client, "ow16", ["selam, staj arıyorum"])
    assert expects(say(client, "ow16", "17, Dreiech")) != "place"  # before: the place question


def test_dont_know_after_the_offers_is_understood(client: TestClient) -> None:
    converse(client, "ow17", ["مرحبا، عمري 18 وساكن ب Bochum، بدي اعمل Ausbildung", "خلصت المدرسة", "ما بعرف"])
    assert not is_fallback(say(client, "ow17", "ma baaref"))
