"""Lotse in the person's language, through the chat endpoint: a whole conversation and crisis
care in each of the eight languages (tests/e2e/language_scripts.py), switching back and forth, the client's language hint, and
`custom.language` on every message (contract § 4)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from starlette.testclient import TestClient

from bot.core import texts
from bot.core.messages import Button
from bot.i18n import _, german_name
from bot.storage.conversations import sender_hash
from bot.storage.tables import ConsentRow, ConversationRow, HandoffRow
from tests.e2e.language_scripts import SCRIPTS, Script, reads_as, said

URL = "/webhooks/rest/webhook"
# words of a German reply that no English one has
GERMAN = re.compile(r"\b(ich|du|dir|dich|nicht|und|bitte|Danke|wohnst|Stelle|Alter)\b")

Messages = list[dict[str, Any]]



def say(client: TestClient, sender: str, text: str, **metadata: str) -> Messages:
    body: dict[str, Any] = {"sender": sender, "message": text}
    if metadata:
        body["metadata"] = metadata
    response = client.post(URL, json=body)
    assert response.status_code == 200, response.text
    return response.json()


def languages(messages: Messages) -> set[str]:
    return {m["custom"]["language"] for m in messages}


def in_english(messages: Messages) -> bool:
    """Every message is marked English and reads English (names of places and services aside)."""
    return languages(messages) == {"en"} and not any(
        GERMAN.search(_words(m)) for m in messages)


def _words(message: dict[str, Any]) -> str:
    """What a message says in its own words: the offers' names (German proper names, as the
    catalogue has them) left out of its text."""
    offers = message.get("custom", {}).get("offers", [])
    text = message["text"]
    for name in sorted((o["name"] for o in offers), key=len, reverse=True):
        text = text.replace(name, "")
    return " ".join([text, *(b["title"] for b in message.get("buttons", [])),
                     *(o["category_label"] for o in offers),
                     *(r for o in offers for r in o["reasons"])])


def expects(messages: Messages) -> str | None:
    return messages[-1]["custom"].get("expects")


def rows(engine: Engine, table: type) -> list[Any]:
    with Session(engine) as session:
        return list(session.scalars(select(table)))


ORG = "Jugendberufsagentur Harz (Beispiel)"


def in_language(code: str, messages: Messages) -> bool:
    """Every message is marked `code` and the reply reads as written in it."""
    return languages(messages) == {code} and reads_as(code, "\n".join(_words(m) for m in messages))


@pytest.mark.parametrize("script", SCRIPTS, ids=[s.code for s in SCRIPTS])
def test_a_whole_conversation_in_each_language(
        web: TestClient, db_engine: Engine, script: Script) -> None:
    """Intake, offers with reasons, a question about them, a handoff with consent, /auskunft
    and deletion – every reply in the person's language, every text from its catalogue."""
    code, sender = script.code, f"young-{script.code}"

    def step(text: str) -> Messages:
        answer = say(web, sender, text, **({"language": script.hint} if script.hint else {}))
        assert in_language(code, answer), (text, answer)
        return answer

    first = step(script.first)
    assert first[0]["text"].startswith(said(code, lambda: texts.greeting(30).split("\n")[0]))
    assert expects(first) == "age" and first[-1]["text"] == said(code, lambda: texts.ASK_AGE)
    assert "/sprache" in [b["payload"] for b in first[-1]["buttons"]]  # the language button
    place = step(script.age)
    assert expects(place) == "place" and place[-1]["text"] == said(code, lambda: texts.ASK_PLACE)
    status = step(script.place)
    assert expects(status) == "school_status"
    assert status[-1]["text"] == said(code, lambda: texts.ASK_STATUS)
    in_school = said(code, lambda: texts.STATUS_BUTTONS[0])
    assert in_school in [Button(b["title"], b["payload"]) for b in status[-1]["buttons"]]
    occupation = step(in_school.payload)
    assert expects(occupation) == "occupation"
    assert occupation[-1]["text"] == said(code, lambda: texts.ASK_OCCUPATION)
    offers = step(said(code, lambda: texts.DONT_KNOW_BUTTON).payload)
    assert offers[0]["text"] == said(code, lambda: texts.RECOMMEND_INTRO)
    cards = [o for m in offers for o in m["custom"].get("offers", [])]
    assert cards and cards[0]["id"] == "harz-jba-janalos"
    assert said(code, lambda: _("Erste Anlaufstelle für: {need}").format(
        need=_("Ausbildung finden"))) in cards[0]["reasons"]
    assert said(code, lambda: _("Passt zu deinem Alter ({age})").format(age=17)) in cards[0]["reasons"]

    cost = step(script.cost)
    assert cost[0]["text"].startswith(said(code, lambda: texts.OQ_INTRO["cost"]))
    assert cards[0]["name"] in cost[0]["text"]

    title = said(code, lambda: texts.HANDOFF_BUTTON.format(org=ORG))
    [handoff_button] = [b for b in cost[-1]["buttons"] if b["title"] == title]
    consent = step(handoff_button["payload"])
    assert expects(consent) == "consent"
    assert [Button(b["title"], b["payload"]) for b in consent[-1]["buttons"]] == list(
        said(code, lambda: texts.CONSENT_BUTTONS))
    method = step(said(code, lambda: texts.CONSENT_BUTTONS[0]).payload)
    assert expects(method) == "contact"
    assert method[-1]["text"] == said(code, lambda: texts.ASK_CONTACT_METHOD)
    email = next(b for b in method[-1]["buttons"] if "email" in b["payload"])
    address = step(email["payload"])
    assert address[-1]["text"] == said(code, lambda: texts.ASK_CONTACT_VALUE["email"])
    note = step(f"{sender}@example.org")
    no_note = said(code, lambda: texts.NO_NOTE_BUTTON)
    assert no_note in [Button(b["title"], b["payload"]) for b in note[-1]["buttons"]]
    done = step(no_note.payload)
    reference = re.search(r"LT-[2-9A-Z]{6}", done[0]["text"])
    assert reference
    assert said(code, lambda: texts.HANDOFF_PROMISE_DAYS.format(org=ORG, days=2)) in done[0]["text"]

    [handoff] = rows(db_engine, HandoffRow)
    assert handoff.summary["language"] == code  # the counsellor sees "Sprache des Chats: …"
    [consent_row] = rows(db_engine, ConsentRow)
    assert consent_row.text == consent[-1]["text"]  # the consent as the person read it

    stored = step("/auskunft")
    assert stored[0]["text"].startswith(said(code, lambda: _("Das habe ich über dich gespeichert:")))
    assert said(code, lambda: f"{_(texts.CHAT_LANGUAGE_LABEL)}: {_(german_name(code))}") in stored[0]["text"]
    assert said(code, lambda: f"{_('Alter')}: 17") in stored[0]["text"]
    assert reference.group() in stored[0]["text"]
    confirm = step("/loeschen")
    assert expects(confirm) == "confirm" and confirm[0]["text"] == said(code, lambda: texts.CONFIRM_DELETE)
    deleted = step(said(code, lambda: texts.YES_NO[0]).payload)
    assert deleted[0]["text"] == said(code, lambda: texts.DELETED)
    # nothing of the person's is left (the transcript goes with the conversation)
    hashed = sender_hash(b"test-secret-key-for-hashing", "web", sender)
    for table in (HandoffRow, ConsentRow, ConversationRow):
        assert [r for r in rows(db_engine, table) if r.sender_hash == hashed] == [], table


@pytest.mark.parametrize("script", SCRIPTS, ids=[s.code for s in SCRIPTS])
@pytest.mark.parametrize(("kind", "number"), [("suicidal", "112"), ("violence", "110")])
def test_crisis_care_in_each_language(web: TestClient, script: Script, kind: str, number: str) -> None:
    """A crisis written in a language gets crisis help in it: the emergency number, and the
    lines that speak the language first where the catalogue has them."""
    code = script.code
    answer = say(web, f"crisis-{kind}-{code}", getattr(script, kind),
                 **({"language": script.hint} if script.hint else {}))
    assert in_language(code, answer), answer
    assert answer[0]["custom"]["crisis"]
    assert number in "\n".join(m["text"] for m in answer)
    offers = next(m["custom"]["offers"] for m in answer if m["custom"].get("offers"))
    speaks = said(code, lambda: _("Beratung auch auf {languages}").split("{", 1)[0])
    speaking = [any(r.startswith(speaks) for r in o["reasons"]) for o in offers]
    assert speaking == sorted(speaking, reverse=True)  # those that speak it come first
    if code in ("uk", "ru"):
        assert speaking[0]


def test_a_crisis_in_english_is_answered_in_english(web: TestClient) -> None:
    answer = say(web, "kim", "i want to kill myself")
    assert in_english(answer)
    assert answer[0]["custom"]["crisis"] and answer[0]["custom"]["offers"]
    shown = "\n".join(m["text"] for m in answer)
    assert "not alone" in shown and "112" in shown
    assert any(o["name"] == "TelefonSeelsorge" for o in answer[0]["custom"]["offers"])


def test_a_crisis_in_ukrainian_is_answered_in_ukrainian(web: TestClient) -> None:
    answer = say(web, "oksana", "хочу покінчити з собою")
    assert languages(answer) == {"uk"} and answer[0]["custom"]["crisis"]
    assert "112" in "\n".join(m["text"] for m in answer)
    assert any(m["custom"].get("offers") for m in answer)


def test_a_crisis_in_a_language_still_in_translation_gets_a_line_in_it_then_english(
        web: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.i18n import languages as codes

    monkeypatch.setattr(codes, "COMPLETE_LANGUAGES",
                        tuple(c for c in codes.COMPLETE_LANGUAGES if c != "uk"))
    answer = say(web, "taras", "хочу покінчити з собою")
    assert answer[0]["custom"]["language"] == "uk" and "112" in answer[0]["text"]
    help_now = answer[1]
    assert help_now["custom"]["crisis"] and help_now["custom"]["language"] == "en"
    assert help_now["custom"]["offers"]


@pytest.mark.parametrize(("text", "lines"), [
    ("хочу покінчити з собою", {"de-krisenchat-ukrainian"}),
    ("не хочу больше жить, сегодня всё закончу", {"de-krisenchat-ukrainian", "de-telefon-doweria"}),
])
def test_a_crisis_gets_the_lines_that_speak_the_persons_language_first(
        web: TestClient, text: str, lines: set[str]) -> None:
    answer = say(web, "lena", text)
    offers = next(m["custom"]["offers"] for m in answer if m["custom"].get("offers"))
    assert {o["id"] for o in offers[:len(lines)]} == lines
    assert len(offers[0]["reasons"]) == 2  # why, and that it speaks the language
    assert "de-telefonseelsorge" in {o["id"] for o in offers}  # the line for every age too


def test_asked_for_the_language_in_crisis_care_the_line_that_speaks_it_is_named(
        web: TestClient) -> None:
    say(web, "ilja", "не хочу больше жить, сегодня всё закончу")
    again = say(web, "ilja", "/sprache ru")
    assert "030 440 308 454" in again[-1]["text"] and "112" in again[-1]["text"]
    assert again[-1]["buttons"]  # still in crisis care, with its quick answers


def test_asked_for_english_in_crisis_care_112_is_named(web: TestClient) -> None:
    say(web, "robin", "i want to kill myself")
    again = say(web, "robin", "/sprache en")
    assert "112" in again[-1]["text"] and again[-1]["buttons"]


def test_a_crisis_care_button_keeps_the_language_and_is_no_career_wish(web: TestClient) -> None:
    crisis = say(web, "nadia", "он меня бьёт каждый день, мне страшно идти домой")
    assert languages(crisis) == {"ru"}
    buttons = [b for m in crisis for b in m.get("buttons", [])]
    for button in buttons:
        if button["payload"].startswith("/"):
            continue
        answer = say(web, "nadia", button["payload"])  # a tap sends the German words
        assert languages(answer) == {"ru"}, button
        assert not any("Berufswunsch" in m["text"] for m in answer)
    summary = say(web, "nadia", "/auskunft")
    assert "Polizei" not in "\n".join(m["text"] for m in summary)


def test_switching_back_and_forth(web: TestClient) -> None:
    german = say(web, "alex", "ich such ne ausbildung")
    assert languages(german) == {"de"} and expects(german) == "age"
    english = say(web, "alex", "can you speak english?")
    assert in_english(english) and english[0]["text"].startswith("Okay, from now on I'll write")
    assert expects(english) == "age"
    still = say(web, "alex", "17")
    assert in_english(still) and expects(still) == "place"
    back = say(web, "alex", "auf Deutsch bitte")
    assert languages(back) == {"de"} and back[0]["text"].startswith("Okay, ich schreibe dir ab jetzt")
    choose = say(web, "alex", "/sprache")
    assert [b["payload"] for b in choose[0]["buttons"]][:3] == [
        "/sprache de", "/sprache de-x-simple", "/sprache en"]
    chosen = say(web, "alex", "/sprache en")
    assert in_english(chosen) and expects(chosen) == "place"
    place = say(web, "alex", "Bochum")
    assert in_english(place)


def test_the_clients_language_counts_for_the_first_message(web: TestClient) -> None:
    hinted = say(web, "browser-en", "hallo", language="en-GB")
    assert in_english(hinted) and expects(hinted) == "need"
    assert in_english(say(web, "browser-en", "/seek_apprenticeship"))
    # what the first message says beats the hint; later hints change nothing
    german = say(web, "browser-en-2", "ich suche eine ausbildung", language="en-US")
    assert languages(german) == {"de"}
    assert languages(say(web, "browser-en-2", "17", language="en-US")) == {"de"}
    # a language Lotse does not offer is no hint
    assert languages(say(web, "browser-fr", "bonjour", language="fr-FR")) == {"de"}


def test_a_short_greeting_in_another_script_is_not_answered_in_german(web: TestClient) -> None:
    """"سلام" alone is too short to tell Arabic from Farsi, but surely not German (blind set
    L19); a Farsi client hint decides within the script."""
    assert languages(say(web, "salam-1", "سلام")) <= {"ar", "fa"}
    assert languages(say(web, "salam-2", "سلام", language="fa-IR")) == {"fa"}
    assert languages(say(web, "privet-1", "ку")) <= {"uk", "ru"}
    assert languages(say(web, "ok-1", "ok")) == {"de"}


def test_every_message_names_its_language(web: TestClient) -> None:
    for text in ("hallo", "hab schulden", "17", "quedlinburg", "kostet das was?", "/auskunft", ""):
        response = web.post(URL, json={"sender": "de-1", "message": text})
        assert response.status_code == 200
        assert languages(response.json()) == {"de"}, text
    assert languages(say(web, "de-1", "ich will nicht mehr leben")) == {"de"}
    # the service's own answers before the dialogue follow the hint
    empty = web.post(URL, json={"sender": "en-1", "message": " ", "metadata": {"language": "en"}})
    assert in_english(empty.json())


def test_the_languages_button_lists_every_language(web: TestClient) -> None:
    first = say(web, "lang", "hallo")
    button = next(b for b in first[-1]["buttons"] if b["payload"] == "/sprache")
    choose = say(web, "lang", button["payload"])
    titles = [b["title"] for b in choose[0]["buttons"]]
    assert titles == ["Deutsch", "Einfache Sprache", "English", "Українська", "Русский",
                      "العربية", "Türkçe", "فارسی / دری"]
    simple = say(web, "lang", "/sprache de-x-simple")
    assert languages(simple) == {"de-x-simple"} and "Einfache" in simple[0]["text"]
    farsi = say(web, "lang", "/sprache fa")
    assert languages(farsi) == {"fa"} and "فارسی" in farsi[0]["text"]


# The round on blind sets L8 and L9 (2026-12-06), through the chat endpoint.
def _text(messages: Messages) -> str:
    return "\n".join(_words(m) for m in messages)


def _crisis(messages: Messages) -> bool:
    return any(m["custom"].get("crisis") for m in messages)


def _offers(messages: Messages) -> list[str]:
    return [o["category"] for m in messages for o in m["custom"].get("offers", [])]


def test_an_iraqi_crisis_keeps_an_arabic_chat_arabic(web: TestClient) -> None:
    say(web, "iq", "هلو، اريد praktikum للمدرسة")
    answer = say(web, "iq", "خالي من يجي لبيتنا يلمسني بأماكن ما احبها ويگول لا تگولين لأحد")
    assert _crisis(answer) and languages(answer) == {"ar"}


def test_the_police_in_crisis_care_is_the_police_question_not_a_job(web: TestClient) -> None:
    assert _crisis(say(web, "tr-police", "babam dün yine beni dövdü eve gitmeye korkuyorum"))
    answer = say(web, "tr-police", "polise gidersem babam hapse mi girer")
    assert "polise gitmek zorunda değilsin" in _text(answer) and expects(answer) != "occupation"
    assert _crisis(say(web, "fa-police", "دیگه نمیخوام زنده باشم، شبا به خودکشی فکر میکنم"))
    answer = say(web, "fa-police", "اگه زنگ بزنم به پلیس میگن؟")
    # "do they tell the police?": what happens to what one says – nobody is told
    assert "به کسی نمی‌گویم" in _text(answer)
    assert expects(answer) != "occupation" and languages(answer) == {"fa"}


@pytest.mark.parametrize(("first", "plan"), [
    ("ich will manchmal einfach sterben", "heute ist es besonders schlimm, ich überlege wie ich es mache"),
    ("іноді я просто хочу померти", "сьогодні особливо погано, я думаю як це зробити"),
])
def test_a_plan_taking_shape_in_crisis_care_is_crisis_help_again(web: TestClient, first: str,
                                                                    plan: str) -> None:
    sender = "plan-" + str(abs(hash(first)))
    assert _crisis(say(web, sender, first))
    again = say(web, sender, plan)
    assert _crisis(again) and "112" in _text(again)


def test_whether_they_speak_a_language_is_answered_for_the_offers(web: TestClient) -> None:
    for line in ("Привет, мне 17, ищу Ausbildung в Бохуме", "закончил школу", "не знаю"):
        answer = say(web, "ru-speaks", line)
    assert _offers(answer)
    answer = say(web, "ru-speaks", "Там есть кто-то, кто говорит по-русски?")
    assert "О языках:" in _text(answer) and languages(answer) == {"ru"}
    answer = say(web, "de-speaks", "hallo ich bin 19 und suche ausbildung in bochum")
    for line in ("hab realschulabschluss", "weiß nicht"):
        answer = say(web, "de-speaks", line)
    answer = say(web, "de-speaks", "sprechen die auch englisch?")
    assert "Zu den Sprachen:" in _text(answer) and languages(answer) == {"de"}


def test_a_job_named_after_the_offers_for_another_topic_brings_its_offers(web: TestClient) -> None:
    for line in ("hallo ich bin neu in deutschland und brauche hilfe mit papieren", "19", "bochum",
                 "arabisch"):
        answer = say(web, "job-after", line)
    assert "migration_counselling" in _offers(answer)
    answer = say(web, "job-after", "ich will mit holz arbeiten. tischler")
    assert {"youth_employment_agency", "career_guidance"} & set(_offers(answer))


def test_a_wish_for_a_language_is_no_topic(web: TestClient) -> None:
    answer = say(web, "uk-wish", "Добрий день! Можна писати українською?")
    assert expects(answer) == "need" and languages(answer) == {"uk"}


def test_a_status_told_after_the_offers_in_russian_is_a_fact(web: TestClient) -> None:
    say(web, "ru-status", "Добрый день. Я мама, сыну 15 лет, он уже месяц не ходит в школу. Живем в Хальберштадте")
    answer = say(web, "ru-status", "Он в 9 классе, Sekundarschule")
    assert not any(m["custom"].get("fallback") for m in answer)
    assert "не понимаю" not in _text(answer)


def test_a_parent_about_school_refusal_gets_no_check_in(web: TestClient) -> None:
    answer = say(web, "refusal", "Hello, I am writing for my son, he is 16 and he refuses to go to school "
                                 "since weeks. We live in Bad Homburg")
    assert not any(m["custom"].get("crisis_check") or m["custom"].get("crisis") for m in answer)


# blind set L10 (2026-12-06), through the HTTP endpoint
def test_an_age_corrected_after_the_offers_in_english_and_russian(web: TestClient) -> None:
    for sender, lines, correction, age in (
            ("en-age", ("im looking for an apprenticeship", "19, I live in Wattenscheid", "I finished school"),
             "sorry I said 19 but im actually 20", "20"),
            ("ru-age", ("привет, ищу Ausbildung", "16, живу в Бохуме", "в 10 классе Realschule"),
             "ой, мне не 16 а 17, перепутал", "17")):
        for line in lines:
            say(web, sender, line)
        answer = say(web, sender, correction)
        assert not any(m["custom"].get("fallback") for m in answer)
        assert age in _text(say(web, sender, "/auskunft"))


def test_a_sister_writing_for_her_brother_in_turkish_is_asked_about_him(web: TestClient) -> None:
    answer = say(web, "tr-sister", "selam, kardeşim için yazıyorum. okulu bıraktı, hiç diploması yok")
    assert expects(answer) == "age" and "kardeşin" in _text(answer).lower()


def test_why_the_age_and_no_answer_goes_on_without_it(web: TestClient) -> None:
    say(web, "ar-why", "مرحبا بدي Praktikum للصف التاسع")
    answer = say(web, "ar-why", "ليش بدك تعرف عمري؟ ما بدي قول")
    assert expects(answer) != "age" and not any(m["custom"].get("crisis_check") for m in answer)


def test_a_question_after_many_questions_is_no_goodbye_and_no_not_understood(web: TestClient) -> None:
    for line in ("مرحبا بدي Praktikum للصف التاسع", "15", "بسكن ب Kronberg im Taunus", "بالـ Gymnasium، صف تاسع",
                 "بحب الحيوانات", "هل الاستشارة ببلاش؟", "وين مكانهم؟"):
        say(web, "ar-sat", line)
    answer = say(web, "ar-sat", "هل لازم روح يوم السبت؟")
    assert not any(m["custom"].get("fallback") for m in answer)
    assert expects(answer) == "free_text"


def test_thrown_out_and_in_debt_brings_housing_first_then_debts(web: TestClient) -> None:
    answer = say(web, "en-out", "my mum kicked me out last week and now i also have like 600 euro debts")
    assert not any(m["custom"].get("crisis") for m in answer)
    say(web, "en-out", "no")
    answer = say(web, "en-out", "22, staying at a friend's place in Halberstadt for now")
    offers = _offers(answer)
    assert offers and offers[0] == "housing_support" and "debt_counselling" in offers


def test_two_questions_about_the_offers_in_one_message_get_two_answers(web: TestClient) -> None:
    for line in ("Привіт, шукаю Ausbildung", "17, Halberstadt", "закінчила школу", "не знаю"):
        say(web, "uk-two", line)
    text = _text(say(web, "uk-two", "а там говорять українською? і це безкоштовно?"))
    assert "українськ" in text.lower() and "безкоштовн" in text.lower()


def test_asking_if_the_counselling_costs_money_in_dari_is_no_money_topic(web: TestClient) -> None:
    for line in ("سلام، مه دنبال Ausbildung استم", "۱۷ سالمه", "در Oberursel زندگی میکنم", "اینجا به مکتب میرم، صنف InteA"):
        answer = say(web, "fa-cost", line)
    assert expects(answer) != "school_status"
    answer = say(web, "fa-cost", "این مشاوره پول داره؟")
    assert "debt_counselling" not in _offers(answer)


# blind set L11 (2026-12-06), through the HTTP endpoint
def test_a_deletion_wish_in_ukrainian_with_please_asks_to_confirm(web: TestClient) -> None:
    say(web, "uk-del", "Привіт, я з Харкова")
    assert expects(say(web, "uk-del", "видали все про мене, будь ласка")) == "confirm"


def test_losing_the_flat_at_the_end_of_the_month_brings_housing_first(web: TestClient) -> None:
    answer = say(web, "ar-flat", "مرحبا. عمري 23 وساكنة في Quedlinburg. ما عندي شهادة مدرسية وبدي أعمل "
                                 "Hauptschulabschluss. وكمان صاحب البيت قال لازم أطلع من الشقة آخر الشهر")
    offers = _offers(answer)
    assert offers and offers[0] == "housing_support"


def test_not_knowing_the_job_answers_the_job_question(web: TestClient) -> None:
    for line in ("مرحبا بدي Ausbildung", "19", "Halberstadt"):
        say(web, "ar-job", line)
    answer = say(web, "ar-job", "ما بعرف شو بدي اشتغل")
    assert expects(answer) != "occupation"


def test_refusing_a_callback_gets_no_check_in(web: TestClient) -> None:
    for line in ("Привет, ищу Ausbildung", "17, Dreieich", "в 10 классе", "Fachinformatiker", "а кто-то из них может мне сам написать?"):
        say(web, "ru-no", line)
    answer = say(web, "ru-no", "нет, не надо, лучше сам напишу")
    assert not any(m["custom"].get("crisis_check") or m["custom"].get("crisis") for m in answer)


def test_a_check_in_in_finglish_keeps_a_farsi_chat_farsi(web: TestClient) -> None:
    # blind set L9: the check-in's guess between Latin-script languages turned it German
    for line in ("salam man ye praktikum lazem daram baraye madrese", "farsi balad-i?",
                 "16 salame, too Friedrichsdorf zendegi mikonam",
                 "dige nemikham zende basham, shab ha fekr mikonam khodamo bekosham"):
        say(web, "fa-keep", line)
    assert languages(say(web, "fa-keep", "na nemikham zang bezanam, mitarsam")) == {"fa"}


def test_who_helps_with_a_topic_shown_starts_with_its_offer(web: TestClient) -> None:
    # blind set L12: "who will help me with the debts?" answered "I can't say"; the Jobcenter
    # the person named came first among the offers, the debt counselling is where to start
    for line in ("privet, mne 24, ja brosil ausbildung pekarja, teper dolgi i jobcenter davit", "zhivu v Halberstadt"):
        say(web, "ru-who", line)
    answer = say(web, "ru-who", "kto mne s dolgami pomozhet?")
    assert _offers(answer) == ["debt_counselling"]


def test_who_helps_with_a_topic_not_shown_is_a_new_topic(web: TestClient) -> None:
    for line in ("привіт, мені 17, живу у Вернігероде", "я в 11 класі, gymnasium, в школі проблеми"):
        say(web, "uk-who", line)
    answer = say(web, "uk-who", "хто допомагає з житлом?")
    assert _offers(answer)[:1] == ["housing_support"]


def test_learning_german_keeps_the_chat_in_its_language(web: TestClient) -> None:
    for line in ("Добрий день! Мені 16, живемо в Бад Гомбурзі", "хочу знайти ausbildung"):
        say(web, "uk-learn", line)
    assert languages(say(web, "uk-learn", "а де можна безкоштовно вчити німецьку?")) == {"uk"}


# blind set L15 (2026-12-06), through the HTTP endpoint
def test_a_parent_about_weeks_without_school_and_a_declined_handoff_get_no_check_in(web: TestClient) -> None:
    answer = say(web, "en-weeks", "Hello, I'm writing for my son. He is 15 and has not gone to school for three weeks.")
    assert not any(m["custom"].get("crisis_check") or m["custom"].get("crisis") for m in answer)
    answer = say(web, "en-weeks", "Actually, please don't send anything yet, I want to talk to him first.")
    assert not any(m["custom"].get("crisis_check") or m["custom"].get("crisis") for m in answer)


def test_a_sure_no_of_a_few_words_is_no_not_understood(web: TestClient) -> None:
    for sender, first, no in (("ar-no", "مرحبا", "لا خلص، ما تبعت شي هلق"), ("fa-no", "سلام", "نه، فعلا چیزی نفرست"),
                              ("de-no", "hallo", "nein, schick noch nichts")):
        say(web, sender, first)
        answer = say(web, sender, no)
        assert not any(m["custom"].get("fallback") for m in answer), no
        assert answer[-1]["custom"].get("expects") == "need"


def test_who_sees_my_data_is_answered_in_farsi_russian_and_turkish(web: TestClient) -> None:
    for sender, first, question in (("fa-who", "سلام", "اول می‌خواهم بدانم چه کسی اطلاعات مرا می‌بیند"),
                                    ("ru-whosees", "привет", "кто видит мои данные"),
                                    ("tr-whosees", "merhaba", "verilerimi kim görüyor")):
        say(web, sender, first)
        answer = say(web, sender, question)
        assert not any(m["custom"].get("fallback") for m in answer), question
        assert answer[-1]["custom"].get("expects") != "confirm", question  # no deletion asked
        assert "90" in _text(answer), question  # how long the conversation is kept


def test_work_that_is_tough_is_an_apprenticeship_topic_not_the_family(web: TestClient) -> None:
    for line in ("просто на работе жесть, мастер орёт, хочу бросить Ausbildung", "мне 18, живу в Quedlinburg"):
        answer = say(web, "ru-work", line)
    assert _offers(answer)[:1] == ["training_support"]


def test_not_wanting_to_say_the_age_goes_on_without_it(web: TestClient) -> None:
    for line in ("привет, по-русски можно?", "последнее время вообще не сплю, постоянно тревожусь"):
        say(web, "ru-noage", line)
    answer = say(web, "ru-noage", "не хочу говорить, сколько мне лет")
    assert answer[-1]["custom"].get("expects") != "age"


# blind set L17 (2026-12-06), through the HTTP endpoint
STORAGE_QUESTIONS = (
    ("en", "what happens with what I wrote here? do you pass it on to anyone?"),
    ("en", "what do you even store about me?"),
    ("uk", "а скільки ви зберігаєте мої дані?"),
    ("uk", "а ви передаєте наші дані в школу чи ще кудись?"),
    ("ru", "а что вы обо мне сохраняете?"),
    ("ar", "شكد تخلون الرسائل عندكم؟"),
    ("ar", "انتو تبعثون معلوماتي للـ Ausländerbehörde؟"),
    ("tr", "verilerimi ne kadar süre saklıyorsunuz?"),
    ("fa", "معلومات مرا به Ausländerbehörde می‌دهید؟"),
)


@pytest.mark.parametrize(("language", "question"), STORAGE_QUESTIONS, ids=[f"{lang}{i}" for i, (lang, _q)
                                                                            in enumerate(STORAGE_QUESTIONS)])
def test_what_lotse_keeps_asked_after_the_offers_is_answered_about_lotse(web: TestClient, language: str,
                                                                        question: str) -> None:
    sender = f"store-{language}-{abs(hash(question))}"
    say(web, sender, "ich hab schulden, bin 19 und wohne in bochum")
    answer = say(web, sender, question)
    assert "90" in _text(answer), question  # how long the conversation is kept – not "ask them"
    assert answer[-1]["custom"].get("expects") != "confirm", question  # no deletion asked
    assert not _offers(answer), question  # no new topic, the offers are not shown again
    assert languages(answer) == {language}


@pytest.mark.parametrize(("language", "lines"), [
    ("uk", ("мені 15, живу в Darmstadt", "я вже не витримую. хочу покінчити з собою",
            "а що мені казати, якщо я подзвоню?", "а мама про це дізнається?")),
    ("ru", ("мне 15, живу в Quedlinburg", "отчим опять меня избил, я боюсь идти домой",
            "а если я позвоню, они сразу маме расскажут?", "а что говорить, если всё-таки позвоню?")),
    ("ar", ("عمري 16", "والله تعبت من كل شي، ما بدي عيش بعد اليوم", "شو بقلهن إذا اتصلت؟",
            "أهلي رح يعرفوا إني حكيت معكن؟")),
])
def test_questions_after_crisis_help_are_answered_in_crisis_care(web: TestClient, language: str,
                                                                lines: tuple[str, ...]) -> None:
    sender = f"care-{language}"
    for line in lines[:2]:
        answer = say(web, sender, line)
    assert any(m["custom"].get("crisis") for m in answer)
    said_before = _text(answer)
    for line in lines[2:]:
        answer = say(web, sender, line)
        # answered as a question about the help (what to say, who finds out), not "I don't know,
        # ask them", not the topic again, and never the same words twice
        assert answer[-1]["custom"].get("expects") == "free_text", line
        assert not any(m["custom"].get("crisis_check") for m in answer), line
        assert _text(answer) != said_before, line
        said_before = _text(answer)
    assert languages(answer) == {language}


def test_a_topic_after_a_help_question_already_answered_leaves_crisis_care(web: TestClient) -> None:
    for line in ("мені 15, живу в Darmstadt", "я вже не витримую. хочу покінчити з собою",
                 "я не можу дзвонити, мама вдома. можна якось написати?"):
        chat = say(web, "uk-leave", line)
    answer = say(web, "uk-leave", "ок, я спробую їм написати. а що мені робити з цькуванням у школі?")
    assert _text(answer) != _text(chat)  # not the writing answer again
    assert "school_social_work" in _offers(answer) or any(
        "Schulsozialarbeit" in m.get("text", "") for m in answer)


def test_a_mother_for_her_son_keeps_the_internship_through_class_and_interest(web: TestClient) -> None:
    first = say(web, "uk-mum", "Доброго вечора. Я мама, пишу за сина. Йому 15, і в школі сказали, що потрібна "
                               "практика на два тижні")
    assert expects(first) == "place"
    answer = say(web, "uk-mum", "Quedlinburg")  # "Я мама" is who writes, no family trouble
    assert "family_counselling" not in _offers(answer) and expects(answer) == "school_status"
    answer = say(web, "uk-mum", "він у 9 класі, Sekundarschule")  # his status, no school problem
    assert expects(answer) == "occupation" and "school_social_work" not in _offers(answer)
    answer = say(web, "uk-mum", "щось із тваринами, він дуже любить собак")
    assert _offers(answer)[:1] == ["internship_placement"]
    answer = say(web, "uk-mum", "а вони працюють у суботу?")  # the hours, not the offers again
    assert not _offers(answer) and "Praktikalotsen" in _text(answer)


def test_an_older_sister_giving_her_brothers_age_is_not_asked_for_it(web: TestClient) -> None:
    answer = say(web, "en-sister", "Hi, I'm writing for my little brother. He's 16, we live in Dietzenbach. "
                                   "He left school without any certificate and has no job.")
    assert expects(answer) != "age"


def test_everyday_turns_in_russian_get_no_check_in(web: TestClient) -> None:
    answer = say(web, "ru-skip", "короче я уже три недели не хожу в школу, родители пока не знают")
    assert not any(m["custom"].get("crisis_check") or m["custom"].get("crisis") for m in answer)
    for line in ("Здравствуйте. Мне 23, живу в Friedrichsdorf", "сейчас нигде не работаю",
                 "не знаю, честно. может, что-то с логистикой"):
        answer = say(web, "ru-guess", line)
    assert not any(m["custom"].get("crisis_check") or m["custom"].get("crisis") for m in answer)


def test_a_deletion_wish_naming_what_is_stored_still_asks_to_confirm(web: TestClient) -> None:
    say(web, "ru-del-stored", "ich hab schulden, bin 19 und wohne in bochum")
    answer = say(web, "ru-del-stored", "удали всё, что вы обо мне сохраняете")
    assert expects(answer) == "confirm"


# blind set L16 (held out twice, tuned on since 2026-12-06), through the HTTP endpoint
def test_a_long_farsi_first_message_with_a_lost_job_and_depression_gets_its_topic(web: TestClient) -> None:
    answer = say(web, "fa-long", "سلام، 24 سالمه، تو Bochum زندگی می‌کنم، کارم را از دست دادم و چند هفته است "
                                 "خیلی افسرده‌ام")
    assert "psychosocial_counselling" in _offers(answer) and languages(answer) == {"fa"}


@pytest.mark.parametrize(("sender", "lines"), [
    ("de-why", ("hallo", "niemand hört mir zu", "warum fragst du das?", "nein, bin nicht in gefahr, nur müde")),
    ("fa-why", ("سلام", "هیچ‌کس به حرفم گوش نمی‌دهد", "چرا این را می‌پرسی؟", "نه، در خطر نیستم، فقط خیلی خسته‌ام")),
])
def test_why_the_check_in_asked_is_explained_and_the_no_after_it_is_its_answer(web: TestClient, sender: str,
                                                                              lines: tuple[str, ...]) -> None:
    say(web, sender, lines[0])
    check = say(web, sender, lines[1])
    assert any(m["custom"].get("crisis_check") for m in check)
    why = say(web, sender, lines[2])
    # why it was asked (not "tell me in a few words what is going on"), the question still open
    assert why[-1]["custom"].get("crisis_check") and expects(why) == "confirm"
    assert _text(why) != _text(check)
    answer = say(web, sender, lines[3])
    assert not any(m["custom"].get("fallback") or m["custom"].get("crisis_check") or m["custom"].get("crisis")
                   for m in answer)


# blind set L18 (2026-12-06), through the HTTP endpoint: an e-mail address or a phone number
# nobody asked for is answered (nothing is sent anywhere), never "I did not understand"
@pytest.mark.parametrize(("sender", "lines", "language"), [
    ("en-mail", ("hi im 17 from quedlinburg and i need an apprenticeship", "still in school, 10th grade",
                 "oops jayden.qlb@gmail.com"), "en"),
    ("tr-mail", ("merhaba, 20 yaşındayım, Halberstadt'ta oturuyorum, ausbildung arıyorum",
                 "emre.yilmaz2006@gmx.de"), "tr"),
    ("de-phone", ("ich such ne ausbildung", "meine nummer ist 0176 12345678"), "de"),
])
def test_a_contact_nobody_asked_for_is_answered_not_misunderstood(web: TestClient, sender: str,
                                                                  lines: tuple[str, ...], language: str) -> None:
    for line in lines[:-1]:
        say(web, sender, line)
    answer = say(web, sender, lines[-1])
    assert not any(m["custom"].get("fallback") for m in answer)
    assert any(m["custom"].get("language") == language for m in answer)
    assert any(word in _text(answer) for word in ("nirgendwohin", "anywhere", "hiçbir yere"))


# blind set L18 (2026-12-06), after crisis help: a question about going to hospital gets the
# medical answer (112, 116 117); "will they call the police?" is a fear, no job wish; "will my
# parents know?" in the Arabic word order; "can we go back to the Ausbildung thing?" in Turkish
@pytest.mark.parametrize(("sender", "crisis", "question", "wanted", "unwanted"), [
    ("tr-med", "yine kendimi kestim, kan durmuyor", "hastaneye gitmem lazım mı? çok derin değil",
     ("112", "116 117"), ()),
    ("de-med", "ich hab mich wieder geritzt", "muss ich damit zum arzt?", ("112", "116 117"), ()),
    ("ru-police", "отчим опять избил меня и маму, я закрылась в ванной",
     "а если я позвоню, они полицию вызовут? я не хочу чтобы маму забрали", ("полици",), ("профессия",)),
    ("ar-parents", "ابوي ضربني كتير اليوم وانا خايف ارجع عالبيت", "اذا اتصلت بيعرفوا اهلي؟", ("لوالديك",), ()),
])
def test_questions_after_crisis_help_get_their_answers(web: TestClient, sender: str, crisis: str, question: str,
                                                       wanted: tuple[str, ...], unwanted: tuple[str, ...]) -> None:
    assert any(m["custom"].get("crisis") for m in say(web, sender, crisis))
    answer = _text(say(web, sender, question))
    assert all(word in answer for word in wanted), answer
    assert not any(word in answer for word in unwanted), answer


def test_back_to_the_ausbildung_in_turkish_leaves_crisis_care(web: TestClient) -> None:
    say(web, "tr-back", "ausbildung arıyorum, 17 yaşındayım, Bochum")
    assert any(m["custom"].get("crisis") for m in say(web, "tr-back", "yine kendimi kestim"))
    answer = say(web, "tr-back", "tamam. şu ausbildung olayına geri dönebilir miyiz")
    assert not any(m["custom"].get("crisis") for m in answer) and expects(answer) != "free_text"


def test_ausbildung_in_arabic_letters_is_the_topic(web: TestClient) -> None:
    say(web, "ar-ausb", "مرحبا")
    assert expects(say(web, "ar-ausb", "بدي اعمل اوسبيلدونغ بس شهادتي من سوريا")) == "age"


# blind set L18 (2026-12-06), through the HTTP endpoint: "хотя нет, передумала, ничего не
# отправляйте" was read as a topic. Typed in the person's language, "don't send anything" ends a
# handoff under way with nothing stored, as the button does; with nothing under way it is told
# that nothing goes anywhere, and the question stays open
def _at_the_contact_step(web: TestClient, script: Script, sender: str) -> None:
    hint = {"language": script.hint} if script.hint else {}
    for text in (script.first, script.age, script.place):
        say(web, sender, text, **hint)
    say(web, sender, said(script.code, lambda: texts.STATUS_BUTTONS[0]).payload, **hint)
    offers = say(web, sender, said(script.code, lambda: texts.DONT_KNOW_BUTTON).payload, **hint)
    title = said(script.code, lambda: texts.HANDOFF_BUTTON.format(org=ORG))
    [button] = [b for m in offers for b in m.get("buttons", []) if b["title"] == title][:1]
    assert expects(say(web, sender, button["payload"], **hint)) == "consent"
    yes = said(script.code, lambda: texts.CONSENT_BUTTONS[0]).payload
    assert expects(say(web, sender, yes, **hint)) == "contact"


@pytest.mark.parametrize(("code", "words"), [
    ("ru", "хотя нет, передумала, ничего не отправляйте"),
    ("uk", "ні, я передумала, не треба нічого надсилати"),
    ("tr", "hiçbir şey göndermeyin, vazgeçtim"),
    ("ar", "لا خلص، ما تبعتوا شي"),
    ("fa", "نه، هیچی نفرستید"),
    ("en", "wait no, don't send anything"),
    ("de", "ich hab's mir anders überlegt"),
])
def test_dont_send_anything_in_the_persons_language_ends_the_handoff(
        web: TestClient, db_engine: Engine, code: str, words: str) -> None:
    script = next(s for s in SCRIPTS if s.code == code)
    _at_the_contact_step(web, script, f"cancel-{code}")
    answer = say(web, f"cancel-{code}", words)
    assert expects(answer) != "contact" and in_language(code, answer), answer
    assert not any(m["custom"].get("fallback") for m in answer)
    assert rows(db_engine, HandoffRow) == [] and rows(db_engine, ConsentRow) == []


def test_dont_send_anything_with_nothing_under_way_is_answered_and_the_question_stays(web: TestClient) -> None:
    say(web, "ru-nothing", "привет, ищу Ausbildung")
    asked = say(web, "ru-nothing", "мне 16")
    answer = say(web, "ru-nothing", "хотя нет, передумала, ничего не отправляйте")
    assert said("ru", lambda: texts.NOTHING_TO_SEND) in _text(answer)
    assert expects(answer) == expects(asked) and not _offers(answer)
    assert not any(m["custom"].get("fallback") for m in answer)


# --- blind conversation set L19 (docs/evaluation.md) -------------------------------------------

@pytest.mark.parametrize(("sender", "lines"), [
    # "still at school" in Arabizi, finished school and not working in Farsi, a minijob "without
    # an Ausbildung" in Russian: the answer names the status; its school words are no new topic
    ("l19-ar", ["hi, ana badi Ausbildung", "17 sana, sakin bi Halberstadt", "ba3dni bl madrase"]),
    ("l19-fa", ["دنبال Ausbildung هستم", "۱۸ سالمه", "تو Quedlinburg زندگی میکنم",
                "مدرسه رو تموم کردم، الان کار نمیکنم"]),
    ("l19-ru", ["привет. ищу Ausbildung", "мне 20, живу в Бохуме", "работаю на миниджобе в Lager, без Ausbildung"]),
    ("l19-ru2", ["здравствуйте, мне 17, живу в Quedlinburg, ищу Ausbildung",
                 "школу закончил, Realschulabschluss есть, сейчас ничего не делаю"]),
])
def test_an_answer_about_school_is_no_school_topic_and_the_job_comes_next(
        web: TestClient, sender: str, lines: list[str]) -> None:
    for line in lines[:-1]:
        say(web, sender, line)
    answer = say(web, sender, lines[-1])
    assert expects(answer) == "occupation", answer
    assert not _offers(answer)


def test_delete_everything_you_know_about_me_deletes_rather_than_shows(web: TestClient) -> None:
    say(web, "l19-uk-del", "Привіт, мені 16, я з Darmstadt, шукаю Ausbildung на кухаря (Koch)")
    answer = say(web, "l19-uk-del", "видали все що ти про мене знаєш")
    assert expects(answer) == "confirm" and in_language("uk", answer), answer
    say(web, "l19-uk-del", "так")
    assert "Darmstadt" not in _text(say(web, "l19-uk-del", "/auskunft"))


def test_why_the_age_is_asked_is_explained_and_asked_again(web: TestClient) -> None:
    say(web, "l19-uk-why", "мене в школі цькують")
    say(web, "l19-uk-why", "я взагалі не хочу в школу ходити")
    answer = say(web, "l19-uk-why", "а навіщо тобі мій вік?")
    assert expects(answer) == "age" and in_language("uk", answer), answer


def test_all_facts_at_once_in_turkish_with_ben_and_the_age(web: TestClient) -> None:
    answer = say(web, "l19-tr", "selam ben 18, Bad Homburg'da yaşıyorum, borçlarım var, Klarna ve telefon faturası")
    assert "debt_counselling" in _offers(answer), answer


def test_debts_in_arabizi_are_the_topic(web: TestClient) -> None:
    answer = say(web, "l19-ar-debt", "salam, 3ndi dyoon ktir mn 3a2d el handy")
    assert expects(answer) == "age" and in_language("ar", answer), answer


def test_a_friend_who_wants_to_kill_himself_in_finglish_gets_crisis_help(web: TestClient) -> None:
    answer = say(web, "l19-fa-friend", "salam, doostam 16 salesh e, emrooz goft mikhad khodesho bekoshe")
    assert _crisis(answer) and "112" in _text(answer), answer


def test_an_answer_about_school_that_says_more_keeps_its_topic(web: TestClient) -> None:
    for line in ("merhaba, Ausbildung arıyorum", "17", "Bochum"):
        say(web, "l19-tr-more", line)
    answer = say(web, "l19-tr-more", "okula gidiyorum ama çok mutsuzum")
    assert "psychosocial_counselling" in _offers(answer), answer
