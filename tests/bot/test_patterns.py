"""Conversation repair patterns and questions about offers, recognised from what people write."""

from __future__ import annotations

import pytest

from bot.core import offer_questions, patterns
from bot.core.state import DialogueState
from bot.core.understanding import Understanding


def said(text: str, intent: str = "out_of_scope", confidence: float = 0.3) -> Understanding:
    return Understanding(text=text, intent=intent, confidence=confidence)


@pytest.mark.parametrize(("text", "side"), [
    ("bist du echt oder ne maschine?", "bot"),
    ("liest das jemand mit?", "privacy"),
    ("wie lange speichert ihr das was ich schreib", "privacy"),
    ("kann ich mit nem menschen reden?", "human"),
    ("kostet das was?", "cost"),
    ("ich such ne ausbildung", None),
    ("krieg ich bab?", "bab"),  # money during an apprenticeship (blind sets G and H)
])
def test_side_questions_before_any_offer(text: str, side: str | None) -> None:
    assert patterns.side_question(DialogueState(name="ask_age"), said(text)) == side


@pytest.mark.parametrize(("text", "topic"), [
    ("haben die heute noch auf?", "open_now"),
    ("und haben die samstags auf?", "open_now"),
    ("öffnungszeiten?", "hours"),
    ("are they open on weekends?", "open_now"),
    ("kostet das was?", "cost"),
    ("kriegen meine eltern das mit wenn ich da hingeh?", "anonymous"),
    ("erfahren das dann meine eltern?", "anonymous"),
    ("sagen die das meiner mutter?", "anonymous"),
    ("bleibt das unter uns?", "anonymous"),
    ("muss ich da einen termin machen?", "appointment"),
    ("muss ich da hin oder geht das auch am telefon", "phone"),
    ("kann ich da anrufen?", "phone"),
    ("welche nummer haben die", "phone"),
    ("wie erreiche ich die?", "phone"),
    ("can i just call them?", "phone"),
    ("можно им позвонить?", "phone"),
    ("можна їм подзвонити?", "phone"),
    ("arayabilir miyim?", "phone"),
    ("شو رقمهم؟", "phone"),
    ("میشه بهشون زنگ بزنم؟", "phone"),
    ("bunlar paralı mı?", "cost"), ("arayınca para gider mi? kontörüm az", "cost"),
    ("pul dare? sharj nadaram", "cost"), ("can i come at 3pm?", "hours"),
    ("kann ich da auch schreiben statt anrufen?", "write"),
    ("was muss ich mitbringen", "bring"),
    ("wie komm ich da hin", "directions"),
    ("wo ist das?", "where"),
    # blind set L30: "ist das weit?" was read as "are you a bot?"
    ("Ist das weit?", "distance"), ("Wie weit ist das?", "distance"), ("ist das weit weg von mir?", "distance"),
    ("is it far?", "distance"), ("are they close by?", "distance"),
    ("was mach ich jetzt als erstes", "who"),
    ("is das auch für leute ohne job?", "for_whom"),
    ("muss er da selber anrufen oder kann ich das machen?", "for_someone"),
])
def test_questions_about_the_offers_shown(text: str, topic: str) -> None:
    state = DialogueState(name="recommended", recommended=[{"id": "x", "why": []}])
    assert offer_questions.topic_of(text) == topic
    assert patterns.side_question(state, said(text)) == topic


@pytest.mark.parametrize(("text", "topic"), [
    ("Скільки це коштує?", "cost"), ("а зараз вони працюють?", "open_now"), ("години роботи?", "hours"),
    ("батьки дізнаються?", "anonymous"), ("можна написати замість дзвінка?", "write"), ("де це?", "where"),
    ("Сколько стоит?", "cost"), ("они сейчас открыты?", "open_now"), ("до скольки они работают?", "hours"),
    ("это анонимно?", "anonymous"), ("нужно записаться?", "appointment"), ("что мне делать?", "who"),
    ("ücretsiz mi?", "cost"), ("şu an açık mı", "open_now"), ("kaçta açılıyor?", "hours"),
    ("ailem öğrenir mi?", "anonymous"), ("randevu lazım mı?", "appointment"), ("nerede?", "where"),
    ("كم بيكلف؟", "cost"), ("هلق مفتوحين؟", "open_now"), ("اهلي رح يعرفوا؟", "anonymous"), ("وين العنوان؟", "where"),
    ("هزینه‌اش چقدره؟", "cost"), ("الان بازن؟", "open_now"), ("ناشناسه؟", "anonymous"), ("آدرسش کجاست؟", "where"),
    ("میتونم پیام بدم به جای زنگ؟", "write"),
    # blind set L5: what to bring, on which days
    ("а что с собой брать?", "bring"), ("які документи взяти?", "bring"), ("yanımda ne götürmem lazım?", "bring"),
    ("شو لازم جيب معي؟", "bring"), ("چی با خودم ببرم؟", "bring"),
    ("в какие дни они работают?", "hours"), ("کدام روزا باز است؟", "hours"),
    ("ديل بشيلوا قروش؟", "cost"), ("فاتحين هسي؟", "open_now"), ("این کورس ها پول دارد؟", "cost"),
    # blind set L30: how far
    ("це далеко?", "distance"), ("это далеко от меня?", "distance"), ("uzak mı?", "distance"),
    ("بعيد؟", "distance"), ("چقدر دوره؟", "distance"), ("خیلی دوره؟", "distance"),
])
def test_questions_about_the_offers_in_other_languages(text: str, topic: str) -> None:
    state = DialogueState(name="recommended", recommended=[{"id": "x", "why": []}])
    assert offer_questions.topic_of(text) == topic
    assert patterns.side_question(state, said(text)) == topic


@pytest.mark.parametrize("text", ["мені 17", "сейчас ищу работу", "я живу в Бохуме", "17 yaşındayım",
                                  "عمري ١٧", "ich suche arbeit", "ok", "так", "evet"])
def test_facts_in_other_languages_are_no_questions_about_offers(text: str) -> None:
    assert offer_questions.topic_of(text) is None


@pytest.mark.parametrize(("text", "wanted"), [
    ("hä?", "clarify"), ("wieso willst du das wissen", "clarify"), ("ach vergiss es", "cancel"),
    ("ich will was anderes", "cancel"), ("wie gehts dir", "chitchat"),
    ("kann ich dir was erzählen was sonst keiner wissen darf", "confide"),
    ("zeig mir einfach was es gibt", "show"),
])
def test_repair_patterns(text: str, wanted: str) -> None:
    u = said(text)
    found = {"clarify": patterns.wants_clarification(u), "cancel": patterns.wants_cancel(u),
             "chitchat": patterns.is_chitchat(u), "confide": patterns.wants_to_confide(u),
             "show": patterns.wants_offers_now(u)}
    assert [k for k, v in found.items() if v] == [wanted]


def test_a_question_whether_the_parents_learn_of_it_is_no_question_about_the_bot() -> None:
    """The NLU may read "erfahren das meine eltern?" as a question to the bot; the answer
    must be about confidentiality, not "Ja, ich bin ein Chat-Bot"."""
    state = DialogueState(name="recommended", recommended=[{"id": "x", "why": []}])
    u = said("erfahren das dann meine eltern?", intent="bot_challenge", confidence=0.9)
    assert patterns.side_question(state, u) == "anonymous"
    assert patterns.side_question(DialogueState(name="ask_age"), u) == "anonymous"


def test_the_answer_about_anonymity_says_that_counsellors_keep_it_to_themselves() -> None:
    from bot.core import texts
    assert texts.OQ_CONFIDENTIAL in offer_questions.general_answer("anonymous")
    assert offer_questions.answer("anonymous", [], None).endswith(texts.OQ_CONFIDENTIAL)


@pytest.mark.parametrize("text", ["kann ich da auch ohne meine eltern hin?",
                                  "can i go there without my parents?", "will my parents find out?"])
def test_going_without_the_parents_is_a_question_about_anonymity(text: str) -> None:
    assert offer_questions.topic_of(text) == "anonymous"


def test_the_answer_about_money_in_an_apprenticeship_names_bab_and_where() -> None:
    text = offer_questions.general_answer(offer_questions.topic_of(
        "hab ne ausbildung angefangen aber das geld reicht vorne und hinten nicht"))
    assert "Berufsausbildungsbeihilfe (BAB)" in text and "Agentur für Arbeit" in text



def test_arabizi_3am_is_no_time_of_day() -> None:
    # "3am" is Arabizi for "I am (doing)": "el almani 3am yi2telni" (German is killing me)
    assert offer_questions.topic_of("ana bro7 3al sprachkurs kel yom, el almani 3am yi2telni") is None


def test_a_catalogues_kostenlos_is_said_in_the_chats_language() -> None:
    from bot.i18n import use_language
    from matching.model import Offer
    offer = Offer("x", "Beratung X", "Träger", "debt_counselling", "15085", ("money_problems",),
                  cost="kostenlos")
    with use_language("ar"):
        text = offer_questions.answer("cost", [offer], None)  # type: ignore[arg-type]
    assert "مجاني" in text and "kostenlos" not in text
