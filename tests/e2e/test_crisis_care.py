"""Crisis care over HTTP: the help fits the danger, age and place; every follow-up gets a
short, kind, fitting answer; the way back stays open; crisis help never waits for a stuck
database."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import Engine, text
from starlette.testclient import TestClient

from bot.service import Lotse
from bot.web.app import create_app
from tests.e2e.conversations import expects, offers, say
from tests.e2e.dialogue_eval import is_fallback, visible_text


def crisis(messages: list[dict[str, Any]]) -> bool:
    return any(m.get("custom", {}).get("crisis") for m in messages)


def check_in(messages: list[dict[str, Any]]) -> bool:
    return any(m.get("custom", {}).get("crisis_check") for m in messages)


def names(messages: list[dict[str, Any]]) -> list[str]:
    return [o["name"] for o in offers(messages)]


def test_after_suicidal_thoughts_every_follow_up_is_answered_and_facts_are_kept(
        client: TestClient) -> None:
    first = say(client, "c1", "ich will nicht mehr leben")
    assert crisis(first) and any("TelefonSeelsorge" in n for n in names(first))
    for line in ("ich bin 15", "in offenbach", "mir hört eh keiner zu", "hat eh keinen sinn",
                 "und was erzähl ich da dann?", "sagst du das wem weiter?", "bin ich selber schuld?",
                 "geht das auch per chat?", "kostet das was?"):
        answer = say(client, "c1", line)
        assert not is_fallback(answer), line
        assert not crisis(answer), line  # no second alarm for a follow-up
    shown = visible_text(say(client, "c1", "geht das auch per chat?")).lower()
    assert "krisenchat" in shown or "chat" in shown
    back = say(client, "c1", "/resume")
    assert expects(back) == "need" and not crisis(back)


def test_facts_after_a_crisis_bring_the_help_nearby(client: TestClient) -> None:
    say(client, "c2", "mein stiefvater schlägt mich")
    answer = say(client, "c2", "ich bin 14 und wohne in bochum")
    assert "14" in answer[0]["text"]
    assert any(o["region"] == "05911" for o in offers(answer))  # the Kindernotruf in Bochum


def test_violence_at_home_for_a_minor_names_a_youth_line_and_the_police(
        client: TestClient) -> None:
    answer = say(client, "c3", "ich bin 15 und mein stiefvater schlägt mich")
    shown = visible_text(answer)
    assert crisis(answer) and "116 111" in shown and "110" in shown
    police = say(client, "c3", "ich trau mich nicht zur polizei")
    assert not is_fallback(police) and "116 111" in visible_text(police)


@pytest.mark.parametrize("age", [13, 28])
def test_crisis_lines_have_no_age_limit(client: TestClient, age: int) -> None:
    answer = say(client, f"c4-{age}", f"ich bin {age} und will nicht mehr leben")
    assert crisis(answer) and any(o["category"] == "crisis_line" for o in offers(answer))


def test_homeless_tonight_gets_a_place_for_the_night_not_a_line_against_violence(
        client: TestClient) -> None:
    answer = say(client, "c5", "bin 18, wohne in bochum und muss heute nacht draußen schlafen")
    shown = names(answer)
    assert crisis(answer) and any(o["region"] == "05911" for o in offers(answer))
    assert not any("Gewalt gegen Frauen" in n for n in shown)


def test_sextortion_says_do_not_pay_and_answers_the_question_about_paying(
        client: TestClient) -> None:
    answer = say(client, "c6", "jemand droht meine nacktbilder zu posten wenn ich nicht 200 euro zahle")
    assert crisis(answer) and "Zahl nichts" in visible_text(answer)
    pay = say(client, "c6", "soll ich nicht doch einfach zahlen?")
    assert "zahl nichts" in visible_text(pay).lower() and not crisis(pay)


def test_possible_danger_gets_one_kind_check_in_and_the_conversation_goes_on(
        client: TestClient) -> None:
    answer = say(client, "c7", "mir hört eh keiner zu")
    assert check_in(answer) and not crisis(answer) and not is_fallback(answer)
    assert "0800 111 0 111" in visible_text(answer)
    yes = say(client, "c7", "ja")
    assert crisis(yes)


def test_a_no_to_the_check_in_goes_back_to_the_topic(client: TestClient) -> None:
    say(client, "c8", "ich such ne ausbildung")
    answer = say(client, "c8", "ich kann einfach nicht mehr, alles ist zu viel")
    if check_in(answer):
        no = say(client, "c8", "nein alles okay")
        assert not crisis(no) and expects(no) == "age"


def test_a_crisis_in_english_gets_help_in_english(client: TestClient) -> None:
    answer = say(client, "c9", "i want to kill myself")
    shown = visible_text(answer)
    assert crisis(answer) and "0800 111 0 111" in shown and "not alone" in shown
    assert {m["custom"]["language"] for m in answer} == {"en"} and "Danke" not in shown


def test_a_friends_danger_gets_help_for_the_one_who_worries(client: TestClient) -> None:
    """Blind set L19: a friend's suicide plan in Finglish was answered "that sounds like a lot
    of pain"; now the writer is told the lines advise them too, and 112 for the friend."""
    answer = say(client, "c10", "salam, doostam 16 salesh e, emrooz goft mikhad khodesho bekoshe")
    shown = visible_text(answer)
    assert crisis(answer) and "112" in shown and {m["custom"]["language"] for m in answer} == {"fa"}
    assert "نگران کسی" in shown and "درد داری" not in shown
    own = say(client, "c11", "my friend left me and now i want to die")
    assert crisis(own) and "not alone" in visible_text(own)


@pytest.mark.parametrize("question", ["haben die heute noch auf?", "kostet das was?",
                                      "muss ich da einen termin machen?", "wo ist das?",
                                      "kann ich da auch schreiben statt anrufen?"])
def test_questions_about_the_offers_shown_are_answered_not_alarmed(
        client: TestClient, question: str) -> None:
    sender = f"oq-{abs(hash(question))}"
    first = say(client, sender, "ich bin 17, wohne in quedlinburg und hab schulden")
    assert offers(first)
    answer = say(client, sender, question)
    assert not crisis(answer) and not check_in(answer) and not is_fallback(answer)
    shown = offers(first)[0]["name"]
    assert shown in visible_text(answer)  # answered for the offers just shown


def test_crisis_help_comes_at_once_while_the_database_is_stuck(
        make_lotse: Callable[..., Lotse], db_engine: Engine) -> None:
    lotse = make_lotse(db_engine)
    lotse.crisis_storage_wait = 0.5
    with TestClient(create_app(lotse), raise_server_exceptions=False) as client:
        say(client, "stuck", "hallo")  # the conversation exists
        release = threading.Event()
        holding = threading.Event()

        def hold_the_database() -> None:
            with db_engine.connect() as conn:
                if db_engine.dialect.name == "sqlite":
                    conn.exec_driver_sql("BEGIN EXCLUSIVE")
                else:
                    conn.execute(text("LOCK TABLE conversations IN ACCESS EXCLUSIVE MODE"))
                holding.set()
                release.wait(60)
                conn.rollback()

        holder = threading.Thread(target=hold_the_database)
        holder.start()
        assert holding.wait(10)
        try:
            started = time.monotonic()
            answer = say(client, "stuck", "ich will nicht mehr leben")
            took = time.monotonic() - started
        finally:
            release.set()
            holder.join()
        assert crisis(answer) and offers(answer)
        assert took < 10  # the lock is held for a minute; help did not wait for it


def test_after_tablets_taken_every_answer_says_112_until_help_comes(client: TestClient) -> None:
    # blind conversation set E (e-011): "ist jetzt eh egal" after an overdose got no 112
    assert crisis(say(client, "acute", "ich hab grad ganz viele tabletten genommen"))
    for line in ("weiß nicht ob das schlimm ist. ist jetzt eh egal", "oberursel", "bin 22"):
        answer = say(client, "acute", line)
        assert "112" in visible_text(answer) and not is_fallback(answer), line
        assert not crisis(answer), line  # the help stays; no second alarm
    coming = visible_text(say(client, "acute", "ok hab meine mitbewohnerin geweckt, sie ruft an"))
    assert "Rettungsdienst" in coming and "Bitte ruf jetzt die 112" not in coming
    after = visible_text(say(client, "acute", "mir ist schlecht"))
    assert "Bitte ruf jetzt die 112" not in after  # help is on its way: not said again


def test_a_question_about_money_twice_gets_the_next_answer_not_the_same(client: TestClient) -> None:
    # blind conversation set E (e-007): thrown out tonight, the cost of a bed, then no credit
    say(client, "bed", "meine mutter hat mich grad rausgeschmissen und ich weiß nicht wo ich "
                       "heut nacht schlafen soll")
    say(client, "bed", "bin 18, in darmstadt am hbf grad")
    bed = visible_text(say(client, "bed", "kostet das was da zu pennen?"))
    assert "Notschlafstelle" in bed
    first = visible_text(say(client, "bed", "und die nummern, kostet das?"))
    again = visible_text(say(client, "bed", "hab auch nur noch 3 euro und kein guthaben mehr aufm handy"))
    assert "kostenlos" in first and again != first and "112" in again


def test_a_parents_worry_gets_a_check_in_about_the_child_and_goes_on_with_it(
        client: TestClient) -> None:
    # found by hand on 2026-12-04: the check-in asked the mother "Bist du in Gefahr?", then
    # "Worum geht es dir?", and "sie ist in der 9. klasse" became trouble at school
    first = say(client, "mother", "hallo, meine tochter ist 15 und hat gesagt dass sie manchmal "
                                  "einfach verschwinden will")
    assert check_in(first) and not crisis(first)
    assert "Ist deine Tochter gerade in Gefahr" in visible_text(first)
    assert expects(first) == "place"  # the worry is the topic: no "Worum geht es dir?"
    answer = say(client, "mother", "sie ist in der 9. klasse, wir wohnen in darmstadt")
    categories = [o["category"] for o in offers(answer)]
    assert categories and categories[0] == "psychosocial_counselling"
    assert "school_social_work" not in categories


def test_questions_in_crisis_care_get_their_own_answers(client: TestClient) -> None:
    # blind conversation set G (g-001, g-002, g-007, g-015)
    say(client, "care-q", "ich ritze mich seit 2 wochen wieder und heute wars richtig schlimm")
    young = visible_text(say(client, "care-q", "darf ich da mit 13 überhaupt anrufen"))
    assert young.startswith("Ja") and "116 111" in young  # the youth line, for any age
    assert "das merke ich mir" not in young  # "13" is no news in a question
    told = visible_text(say(client, "care-q", "sagst du das meinen eltern?"))
    assert "niemandem etwas weiter" in told
    nearby = say(client, "care-q", "wohn in bochum")
    # no counselling in Bochum takes a 13-year-old: the youth line again, never a line for
    # another danger (eating disorders)
    assert "116 111" in visible_text(nearby) or offers(nearby)
    assert "Essstörungen" not in visible_text(nearby)
    hours = visible_text(say(client, "care-q", "haben die heute noch offen?"))
    assert "Nummer gegen Kummer – Kinder- und Jugendtelefon ist" in hours
    where = visible_text(say(client, "care-q", "wo ist das genau?"))
    assert "Wo du die Stellen findest" in where


def test_a_suicide_attempt_told_as_past_gets_a_check_in(client: TestClient) -> None:
    # blind conversation sets E and G (g-011): "es geht echt besser" – a counsellor still asks
    answer = say(client, "past", "ich hatte letztes jahr nen suizidversuch, bin jetzt in therapie "
                                 "und es geht echt besser. ich such jetzt ne ausbildung als erzieherin")
    assert check_in(answer) and not crisis(answer)
    assert expects(answer) == "age" and "die junge Person" not in visible_text(answer)


def test_a_school_status_is_no_trouble_at_school_and_a_named_service_comes_first(
        client: TestClient) -> None:
    status = say(client, "status", "meine eltern trennen sich und ich komm damit nicht klar. "
                                   "bin 16, in der 10. klasse, wohne in bochum")
    assert {o["category"] for o in offers(status)} & {"family_counselling"}
    assert "Probleme in der Schule" not in visible_text(status)
    weed = say(client, "weed", "ich kiff jeden tag und will aufhören. bin 19 aus halberstadt")
    assert offers(weed)[0]["category"] == "addiction_counselling" and not crisis(weed)


def test_a_safe_place_tonight_is_crisis_help_and_an_adult_gets_a_line_for_adults(
        client: TestClient) -> None:
    # blind conversation set G (g-045): a 19-year-old whose boyfriend hits her, in München
    say(client, "tonight", "bin in münchen und mein freund schlägt mich, ich trau mich nicht mehr nach hause")
    adult = say(client, "tonight", "bin 19")
    assert "Gewalt gegen Frauen" in visible_text(adult)
    assert not any("Eltern" in o["name"] for o in offers(adult))  # no lines for parents
    tonight = say(client, "tonight", "kann ich heute nacht irgendwo hin wo er mich nicht findet?")
    assert crisis(tonight) and "Frauenhaus" in visible_text(tonight)
    asking = say(client, "tonight", "gibts sowas wie ein frauenhaus hier in der nähe?")
    assert not crisis(asking) and "Frauenhaus" in visible_text(asking)


def test_conversation_set_h_cases(client: TestClient) -> None:
    # blind conversation set H (2026-12-04), each a case that went wrong
    pupil = say(client, "h-014", "hallo ich bin 13")
    pupil = say(client, "h-014", "die in meiner klasse lachen mich immer aus und keiner will neben mir sitzen")
    assert "Schülerin oder der Schüler" not in visible_text(pupil)  # she is the pupil herself
    say(client, "h-014", "manchmal ritz ich mich deswegen, gestern auch wieder")
    mama = visible_text(say(client, "h-014", "bitte sag das nich meiner mama"))
    assert "niemandem" in mama and "anonym" in mama
    grandson = say(client, "h-030", "Guten Abend, ich schreibe für meinen Enkel. Er hat seine Ausbildung "
                                    "abgebrochen und sitzt seitdem nur noch in seinem Zimmer.")
    assert "Wie alt bist du" not in visible_text(grandson)
    # a more pressing topic first: the help, without questions about school and the job wanted
    money = say(client, "h-money", "bin 25, krieg bürgergeld und hab schulden, will ne ausbildung machen. "
                                   "wohn in neu-isenburg")
    assert offers(money) and expects(money) != "school_status"
    verbockt = say(client, "h-verbockt", "hab eh alles selbst verbockt")
    assert not is_fallback(verbockt)
    german = say(client, "h-abi", "hi, im 19, living in bad homburg, i have abitur from germany and want an apprenticeship")
    assert "New in Germany" not in visible_text(german)


def test_questions_about_work_for_minors_and_tutoring_get_answers(client: TestClient) -> None:
    # blind conversation set H (h-012, h-021, h-031)
    say(client, "law", "brauch n ferienpraktikum in den osterferien")
    say(client, "law", "bin 17 und wohn in halberstadt")
    say(client, "law", "gymnasium, 11. klasse")
    wish = say(client, "law", "was mit medizin, krankenhaus oder so")
    assert offers(wish)  # a wish "was mit …", not a question to answer later
    hours = visible_text(say(client, "law", "wie viele stunden am tag darf ich da mit 17 arbeiten?"))
    assert "8 Stunden am Tag" in hours
    saturday = visible_text(say(client, "law", "muss ich da auch samstags arbeiten?"))
    assert "Samstag und Sonntag" in saturday
    tutoring = say(client, "law", "gibts da auch nachhilfe oder so?")
    assert not is_fallback(tutoring) and "Bildungs- und Teilhabepaket" in visible_text(tutoring)


def test_conversation_set_j_cases_after_a_check_in(client: TestClient) -> None:
    # blind conversation set J (2026-12-04): "weiß nicht" to the check-in is no "no"
    say(client, "j-unsure", "seit der trennung is alles sinnlos. ich weiß nich wofür ich morgens aufstehen soll")
    unsure = say(client, "j-unsure", "weiß nicht")
    assert "0800 111 0 111" in visible_text(unsure) and not crisis(unsure)
    assert any(b["payload"] == "/crisis" for m in unsure for b in m.get("buttons", []))
    # an answer the NLU reads as a faint "affirm" is no yes to "are you in danger?"
    worry = say(client, "j-parent", "ich bin 15 und mir hört eh keiner zu")
    assert check_in(worry)
    cars = say(client, "j-parent", "he likes cars and engines")
    assert not crisis(cars)
    # "nein er schlägt mich nicht": the answer to the check-in, no second check-in, no alarm
    first = say(client, "j-shout", "nur noch stress mit meinem stiefvater, der schreit mich jeden tag an und "
                                   "meine mutter sagt nix dazu")
    no = say(client, "j-shout", "nein er schlägt mich nicht, er schreit nur rum")
    assert check_in(first) and not crisis(no) and not check_in(no)
    place = say(client, "j-shout", "bin 16, bochum hamme")
    assert expects(place) != "place"


def test_conversation_set_j_cases_in_crisis_care(client: TestClient) -> None:
    say(client, "j-sext", "hab so nem typen auf insta nacktbilder von mir geschickt und jetzt will er 300 euro "
                          "sonst schickt er die an meine ganze schule")
    pay = visible_text(say(client, "j-sext", "aber wenn ich einfach zahl hört er dann nich auf?"))
    assert "zahl nichts" in pay
    police = visible_text(say(client, "j-sext", "muss ich echt zur polizei? dann erfahren das doch meine eltern"))
    assert "Polizei" in police
    removal = visible_text(say(client, "j-sext", "wie krieg ich die bilder wieder aus dem internet weg"))
    assert "takeitdown.ncmec.org" in removal
    say(client, "j-later", "brauch n praktikum für die 9.")
    say(client, "j-later", "ich will nicht mehr leben")
    later = say(client, "j-later", "danke. können wir später trotzdem noch das mit dem praktikum machen?")
    assert "Praktikum" in visible_text(later) and "Zurück zu meinem Thema" in visible_text(later)
    parents = visible_text(say(client, "j-later", "erfahren das meine eltern wenn ich da anrufe?"))
    assert "Eltern" in parents and "anonym" in parents


def test_conversation_set_j_cases_in_the_intake(client: TestClient) -> None:
    # a job named with no topic is the wish for an apprenticeship in it
    say(client, "j-wish", "einzelhandelskauffrau wär nice, am besten in nem sneaker store")
    say(client, "j-wish", "bin 2009 geboren")
    say(client, "j-wish", "oberursel")
    shown = say(client, "j-wish", "geh noch zur schule, 10. klasse gesamtschule")
    assert any(o["category"] == "career_guidance" for o in offers(shown))
    application = say(client, "j-wish", "kannst du mir auch bei der bewerbung helfen? weiß nich was ich da schreiben soll")
    assert "Bewerbung" in visible_text(application)  # a new topic, not "can I write to them?"
    sani = say(client, "j-sani", "ich will notfallsani werden, wie komm ich da ran")
    assert not is_fallback(sani) and expects(sani) != "occupation"
    first_aid = visible_text(say(client, "j-aid", "brauch für den führerschein nen erste hilfe kurs, macht ihr sowas?"))
    assert "Roten Kreuz" in first_aid
    say(client, "j-free", "hello, i am from ghana and want to do an ausbildung in bochum, i am 21")
    free = say(client, "j-free", "is it free?")
    assert not is_fallback(free)


def test_conversation_set_i_cases(client: TestClient) -> None:
    # blind conversation set I (2026-12-04), each a case that went wrong
    say(client, "i-age", "hab schulden wegen handyvertrag, so 600 euro")
    say(client, "i-age", "16")
    assert "17" in visible_text(say(client, "i-age", "nee doch 17 sry"))
    say(client, "i-dad", "Hello, my daughter is 16. We just moved to Neu-Isenburg from India. She needs German "
                         "classes and wants to do an apprenticeship later.")
    assert "your daughter is 17" in visible_text(say(client, "i-dad", "Sorry, she turned 17 last week."))
    say(client, "i-skip", "meine eltern trennen sich grad und zuhause is nur noch streit")
    assert expects(say(client, "i-skip", "alter sag ich nicht")) != "age"
    too_old = visible_text(say(client, "i-old", "bin ich mit 25 zu alt für ne ausbildung?"))
    assert "keine Altersgrenze" in too_old
    too_young = visible_text(say(client, "i-young", "bin ich mit 14 zu jung für ne ausbildung?"))
    assert "nicht zu alt" not in too_young
    pupil = say(client, "i-pupil", "hey ich such ne ausbildung, bin 16, wohn in darmstadt")
    pupil = say(client, "i-pupil", "bin noch in der 10. an der realschule")
    assert "Schulabschluss" not in visible_text(pupil)  # on the way to it: no second chance needed
    student = say(client, "i-uni", "ich studier an der rub in bochum, 5. semester maschinenbau, will abbrechen "
                                   "und lieber ne ausbildung machen. bin 22")
    assert "Probleme in der Ausbildung" not in visible_text(student)
    # crisis care: the youth office, the place asked at once, the way back now
    first = say(client, "i-home", "ich bin 14, mein stiefvater schlägt mich wenn er getrunken hat")
    assert "Sag mir deinen Ort" in visible_text(first)
    office = visible_text(say(client, "i-home", "nimmt mich das jugendamt dann weg?"))
    assert "Jugendamt" in office and "Inobhutnahme" in office
    back = say(client, "i-home", "ok. und wegen dem praktikum?")
    assert not crisis(back) and "Gut, dass du das machst" not in visible_text(back)


def test_questions_about_the_offers_in_other_words(client: TestClient) -> None:
    # blind conversation set I: a place inside a sentence with its town part, "wo is das",
    # an evening hour, a call back
    say(client, "i-where", "ich hab seit monaten nur noch angst vor allem und schaff nix mehr")
    shown = say(client, "i-where", "21, darmstadt-bessungen")
    assert expects(shown) != "place"
    say(client, "i-where", "nein")
    for question in ("und wo is das genau?", "kann ich da auch nach feierabend hin, so 20 uhr?",
                     "kann mich da jemand zurückrufen?"):
        answer = say(client, "i-where", question)
        assert not is_fallback(answer) and expects(answer) != "need", question
