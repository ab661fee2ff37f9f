"""A young person hands their case to a counselling service – only after saying yes."""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from starlette.testclient import TestClient

from bot.core.handoff import CONSENT_TEXT_VERSION
from bot.service import Lotse
from bot.storage.tables import ConsentRow, ConversationRow, HandoffRow, MessageRow, OrganisationRow
from bot.web.app import create_app

URL = "/webhooks/rest/webhook"
ANSWERS = {"age": "17", "place": "Quedlinburg", "school_status": "ich geh noch zur schule",
           "school_qualification": "realschule", "occupation": "weiß nicht", "languages": "deutsch"}



def say(client: TestClient, sender: str, text: str) -> list[dict]:  # type: ignore[type-arg]
    response = client.post(URL, json={"sender": sender, "message": text})
    assert response.status_code == 200, response.text
    return response.json()


def until_recommended(client: TestClient, sender: str, first: str) -> list[dict]:  # type: ignore[type-arg]
    replies = say(client, sender, first)
    for _ in range(8):
        expects = replies[-1].get("custom", {}).get("expects")
        if expects not in ANSWERS:
            return replies
        replies = say(client, sender, ANSWERS[expects])
    raise AssertionError(replies)


def handoff_buttons(replies: list[dict]) -> list[dict]:  # type: ignore[type-arg]
    return [b for m in replies for b in m.get("buttons", []) if b["payload"].startswith("/talk_to_human{")]


def rows(engine: Engine, table: type) -> list:  # type: ignore[type-arg]
    with Session(engine) as session:
        return list(session.scalars(select(table)))


def test_whole_handoff_with_consent_contact_note_and_deletion(web: TestClient, db_engine: Engine) -> None:
    replies = until_recommended(web, "lea", "hi, ich suche eine ausbildung")
    buttons = handoff_buttons(replies)
    assert buttons, replies
    offer_id = json.loads(buttons[0]["payload"].removeprefix("/talk_to_human"))["offer"]
    assert offer_id in {"harz-jba-janalos", "harz-agentur-berufsberatung"}
    assert rows(db_engine, HandoffRow) == []

    consent = say(web, "lea", buttons[0]["payload"])
    assert consent[-1]["custom"]["expects"] == "consent"
    text = consent[-1]["text"]
    assert "Jugendberufsagentur Harz (Beispiel)" in text
    assert "Zusammenfassung" in text and "Chat" in text and "/loeschen" in text
    assert rows(db_engine, ConsentRow) == []  # nothing recorded before the answer

    method = say(web, "lea", "/affirm")
    assert method[-1]["custom"]["expects"] == "contact"
    assert {b["title"] for b in method[-1]["buttons"]} >= {"Telefon", "E-Mail", "Ich melde mich selbst"}
    ask_number = say(web, "lea", '/inform{"contact_method": "phone"}')
    assert "Telefonnummer" in ask_number[-1]["text"]
    again = say(web, "lea", "12")
    assert "nicht lesen" in again[0]["text"] and again[-1]["custom"]["expects"] == "contact"
    note = say(web, "lea", "0151 23456789")
    assert note[-1]["custom"]["expects"] == "free_text" and "Notiz" in note[-1]["text"]
    done = say(web, "lea", "am besten nach 16 uhr")
    code = re.search(r"LT-[2-9A-Z]{6}", done[0]["text"])
    assert code, done
    assert "innerhalb von 2 Werktagen" in done[0]["text"]

    [handoff] = rows(db_engine, HandoffRow)
    assert handoff.reference == code.group()
    assert handoff.org_id == "jba-harz" and handoff.offer_id == offer_id
    assert handoff.contact_method == "phone" and handoff.contact_value == "+49 1512 3456789"
    assert handoff.note == "am besten nach 16 uhr" and handoff.urgent is False
    assert handoff.summary["age"] == 17 and handoff.summary["place"] == "Quedlinburg"
    assert "seek_apprenticeship" in handoff.summary["needs"] and handoff.summary["why"]
    said = [t["text"] for t in handoff.transcript if t["role"] == "user"]
    assert said[0] == "hi, ich suche eine ausbildung" and "am besten nach 16 uhr" in said
    assert all(t["at"] for t in handoff.transcript)
    [consent_row] = rows(db_engine, ConsentRow)
    assert consent_row.text_version == CONSENT_TEXT_VERSION and consent_row.purpose == "handoff"
    assert consent_row.text == text and handoff.consent_id == consent_row.id

    assert code.group() in say(web, "lea", "/auskunft")[0]["text"]
    say(web, "lea", "/loeschen")
    say(web, "lea", "ja")
    for table in (HandoffRow, ConsentRow, ConversationRow, MessageRow):
        assert rows(db_engine, table) == [], table
    assert [o.id for o in rows(db_engine, OrganisationRow)] == ["jba-harz"]


def test_no_means_nothing_is_passed_on(web: TestClient, db_engine: Engine) -> None:
    replies = until_recommended(web, "ben", "ich such ne ausbildung")
    say(web, "ben", handoff_buttons(replies)[0]["payload"])
    answer = say(web, "ben", "nein")
    assert "gebe nichts weiter" in answer[0]["text"]
    assert rows(db_engine, HandoffRow) == [] and rows(db_engine, ConsentRow) == []
    assert answer[-1]["custom"]["expects"] == "free_text"


def test_unclear_answer_to_consent_asks_again(web: TestClient, db_engine: Engine) -> None:
    replies = until_recommended(web, "cem", "ich such ne ausbildung")
    say(web, "cem", handoff_buttons(replies)[0]["payload"])
    answer = say(web, "cem", "hmm was heißt das")
    assert "Ja oder Nein" in answer[0]["text"] and answer[-1]["custom"]["expects"] == "consent"


def test_email_written_straight_away_and_typed_talk_to_human(web: TestClient, db_engine: Engine) -> None:
    until_recommended(web, "dana", "ich such ne ausbildung")
    consent = say(web, "dana", "ich will mit einem menschen reden")
    assert consent[-1]["custom"]["expects"] in {"consent", "free_text"}
    if consent[-1]["custom"]["expects"] == "free_text":  # two services: choose one
        say(web, "dana", handoff_buttons(consent)[0]["payload"])
    say(web, "dana", "ja")
    note = say(web, "dana", "dana.beispiel@example.org")
    assert note[-1]["custom"]["expects"] == "free_text"
    say(web, "dana", "/deny")
    [handoff] = rows(db_engine, HandoffRow)
    assert handoff.contact_method == "email" and handoff.contact_value == "dana.beispiel@example.org"
    assert handoff.note is None


def test_after_a_crisis_a_consented_handoff_is_urgent(web: TestClient, db_engine: Engine) -> None:
    replies = until_recommended(web, "eli", "ich such ne ausbildung")
    payload = handoff_buttons(replies)[0]["payload"]
    crisis = say(web, "eli", "mein vater schlägt mich")
    assert any(m.get("custom", {}).get("crisis") for m in crisis)
    assert rows(db_engine, HandoffRow) == []  # a crisis alone passes nothing on
    say(web, "eli", payload)
    say(web, "eli", "ja")
    say(web, "eli", '/inform{"contact_method": "self"}')
    done = say(web, "eli", "keine")
    assert "Code" in done[0]["text"]
    [handoff] = rows(db_engine, HandoffRow)
    assert handoff.urgent is True and handoff.contact_method == "self"
    assert handoff.contact_value is None


def test_without_a_registered_organisation_there_is_no_handoff_button(
        sqlite_engine: Engine, make_lotse: Callable[..., Lotse]) -> None:
    with TestClient(create_app(make_lotse(sqlite_engine))) as client:
        replies = until_recommended(client, "fin", "ich such ne ausbildung")
        assert handoff_buttons(replies) == []
        forged = say(client, "fin", '/talk_to_human{"offer": "harz-jba-janalos"}')
    assert rows(sqlite_engine, HandoffRow) == []
    assert all(m.get("custom", {}).get("expects") != "consent" for m in forged)


def test_retention_deletes_old_handoffs_and_consents(
        web: TestClient, db_engine: Engine, make_lotse: Callable[..., Lotse]) -> None:
    from datetime import timedelta

    from tests.conftest import TUESDAY_AFTERNOON

    replies = until_recommended(web, "gus", "ich such ne ausbildung")
    say(web, "gus", handoff_buttons(replies)[0]["payload"])
    say(web, "gus", "ja")
    say(web, "gus", '/inform{"contact_method": "self"}')
    say(web, "gus", "/deny")
    assert len(rows(db_engine, HandoffRow)) == 1
    make_lotse(db_engine, now=TUESDAY_AFTERNOON + timedelta(days=89)).purge_expired()
    assert len(rows(db_engine, HandoffRow)) == 1
    make_lotse(db_engine, now=TUESDAY_AFTERNOON + timedelta(days=91)).purge_expired()
    assert rows(db_engine, HandoffRow) == [] and rows(db_engine, ConsentRow) == []


def test_never_mind_after_the_consent_passes_nothing_on(web: TestClient, db_engine: Engine) -> None:
    replies = until_recommended(web, "hal", "ich such ne ausbildung")
    say(web, "hal", handoff_buttons(replies)[0]["payload"])
    method = say(web, "hal", "ja")
    [cancel] = [b for b in method[-1]["buttons"] if b["title"] == "Doch nichts schicken"]
    say(web, "hal", '/inform{"contact_method": "phone"}')
    answer = say(web, "hal", cancel["payload"])
    assert "gebe nichts weiter" in answer[0]["text"]
    assert answer[-1]["custom"]["expects"] == "free_text"
    assert rows(db_engine, HandoffRow) == [] and rows(db_engine, ConsentRow) == []


def test_crisis_help_offers_an_urgent_handoff_only_with_consent(
        web: TestClient, db_engine: Engine) -> None:
    until_recommended(web, "ida", "ich such ne ausbildung")
    crisis = say(web, "ida", "ich will nicht mehr leben")
    assert crisis[0]["custom"]["crisis"] is True and "112" in " ".join(m["text"] for m in crisis)
    [button] = handoff_buttons(crisis[-1:])
    assert "schnell" in button["title"]
    consent = say(web, "ida", button["payload"])
    assert consent[-1]["custom"]["expects"] == "consent" and "dringend" in consent[-1]["text"]
    say(web, "ida", "nein")
    assert rows(db_engine, HandoffRow) == [] and rows(db_engine, ConsentRow) == []
    say(web, "ida", button["payload"])
    say(web, "ida", "ja")
    say(web, "ida", '/inform{"contact_method": "self"}')
    done = say(web, "ida", "/deny")
    assert re.search(r"LT-[2-9A-Z]{6}", done[0]["text"]) and "112" in done[0]["text"]
    [handoff] = rows(db_engine, HandoffRow)
    assert handoff.urgent is True
    [consent_row] = rows(db_engine, ConsentRow)
    assert "dringend" in consent_row.text


def test_a_handoff_queues_a_notification_without_personal_data(
        db_engine: Engine, make_lotse: Callable[..., Lotse]) -> None:
    from bot.storage.tables import NotificationRow

    with Session(db_engine) as session, session.begin():
        session.add(OrganisationRow(id="jba", name="JBA", offer_ids=["harz-jba-janalos"],
                                    notify_webhook="https://jba.example/hook"))
    with TestClient(create_app(make_lotse(db_engine))) as client:
        replies = until_recommended(client, "jo", "ich such ne ausbildung")
        say(client, "jo", handoff_buttons(replies)[0]["payload"])
        say(client, "jo", "ja")
        say(client, "jo", "jo@example.org")
        say(client, "jo", "/deny")
    [handoff] = rows(db_engine, HandoffRow)
    [notification] = rows(db_engine, NotificationRow)
    assert notification.handoff_id == handoff.id and notification.channel == "webhook"
    assert notification.sent_at is None and notification.attempts == 0


PRESS = {"school_status": "Ich gehe zur Schule", "occupation": "Weiß ich noch nicht",
         "languages": "Arabisch"}


def test_the_counsellor_reads_the_chat_as_the_person_saw_it(web: TestClient, db_engine: Engine) -> None:
    """Button presses as their titles, the crisis and offer cards shown, no code anywhere."""
    from bot.storage.accounts import AccountRepository
    from tests.bot.web.test_berater import PASSWORD, login
    from tests.bot.web.test_berater_labels import assert_no_codes, visible_text

    pressed: list[str] = []
    replies = say(web, "mia", "hi, ich suche eine ausbildung")
    for _ in range(8):
        expects = replies[-1].get("custom", {}).get("expects")
        button = next((b for b in replies[-1].get("buttons", []) if b["title"] == PRESS.get(expects)),
                      None)
        if button is not None:
            pressed.append(button["title"])
            replies = say(web, "mia", button["payload"])
        elif expects in ANSWERS:
            replies = say(web, "mia", ANSWERS[expects])
        else:
            break
    assert "Ich gehe zur Schule" in pressed, pressed
    crisis = say(web, "mia", "ich will nicht mehr leben")
    [urgent] = handoff_buttons(crisis[-1:])
    say(web, "mia", urgent["payload"])
    say(web, "mia", "/affirm")
    say(web, "mia", '/inform{"contact_method": "phone"}')
    say(web, "mia", "0151 23456789")
    say(web, "mia", "/deny")
    assert_no_codes(say(web, "mia", "/auskunft")[0]["text"], "/auskunft")

    [handoff] = rows(db_engine, HandoffRow)
    said = [t["text"] for t in handoff.transcript if t["role"] == "user"]
    for title in (*pressed, urgent["title"], "Ja, schick es", "Telefon", "0151 23456789", "Keine Notiz"):
        assert title in said, (title, said)
    assert not [s for s in said if s.startswith("/")], said
    bot = "\n".join(t["text"] for t in handoff.transcript if t["role"] == "bot")
    assert "\nKrisenhilfe: " in bot and "krisenchat (krisenchat.de)" in bot
    assert "\nAngebote: " in bot

    with Session(db_engine) as session, session.begin():
        AccountRepository(session).add_user(org_id="jba-harz", email="ana@jba.example",
                                            password=PASSWORD)
    assert login(web, "ana@jba.example").status_code == 303
    for path in ("/berater/", f"/berater/f/{handoff.id}", f"/berater/f/{handoff.id}/print"):
        page = web.get(path)
        assert page.status_code == 200, path
        assert_no_codes(visible_text(page.text), path)
    detail = visible_text(web.get(f"/berater/f/{handoff.id}").text)
    assert "Ich gehe zur Schule" in detail and "geht zur Schule" in detail
    assert_no_codes(web.get("/berater/export.csv").text, "export.csv")
