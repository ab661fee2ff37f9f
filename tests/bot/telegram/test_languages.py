"""Telegram in the person's language: the app's language (`language_code`) for the first
message, the chat's language for the channel's own words and the offer cards; the whole
conversation in each of the eight languages."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from bot.core import texts
from bot.i18n import SIMPLE_GERMAN, gettext
from bot.storage.conversations import sender_hash
from bot.storage.tables import ConsentRow, ConversationRow, HandoffRow, OrganisationRow
from bot.telegram import texts as telegram_texts
from tests.bot.telegram import updates
from tests.bot.telegram.conftest import TelegramApp
from tests.bot.telegram.fake_bot_api import FakeBotApi
from tests.e2e.language_scripts import SCRIPTS, Script, reads_as, said


def test_a_telegram_set_to_english_is_greeted_in_english(
    db_engine: Engine, fake_api: FakeBotApi, start_app: Callable[..., TelegramApp]
) -> None:
    app = start_app(db_engine, fake_api.base_url)
    chat = 4242
    app.post(updates.text(chat, "hallo", language="en"))
    question = fake_api.wait_for(lambda: fake_api.with_buttons(chat))
    assert fake_api.texts(chat)[0].startswith("Hi! I'm Lotse")
    titles = [b["text"] for row in question["reply_markup"]["inline_keyboard"] for b in row]
    assert "Money and debts" in titles and "🌐 Language · Sprache" in titles

    before = len(fake_api.sent(chat))
    app.post(updates.tap(chat, question, "Money and debts", language="en"))
    assert "How old are you?" in fake_api.wait_for_messages(chat, before + 1)[-1]
    before = len(fake_api.sent(chat))
    app.post(updates.sticker(chat, language="de"))  # the chat's language, not the app's
    assert "sticker" in fake_api.wait_for_messages(chat, before + 1)[-1]


def test_a_german_message_beats_an_english_telegram_and_the_cards_follow(
    db_engine: Engine, fake_api: FakeBotApi, start_app: Callable[..., TelegramApp]
) -> None:
    app = start_app(db_engine, fake_api.base_url)
    chat = 4343
    app.post(updates.text(chat, "ich bin 17, wohne in quedlinburg und hab schulden", language="en"))
    fake_api.wait_for(lambda: fake_api.with_buttons(chat))
    shown = "\n".join(fake_api.texts(chat))
    assert "Warum das passt" in shown and "Why this fits" not in shown
    before = len(fake_api.sent(chat))
    app.post(updates.text(chat, "can you speak english?", language="en"))
    fake_api.wait_for(lambda: fake_api.with_buttons(chat, after=before))
    assert "from now on" in "\n".join(fake_api.texts(chat)[before:])
    before = len(fake_api.sent(chat))
    app.post(updates.text(chat, "does it cost anything?", language="en"))
    fake_api.wait_for(lambda: fake_api.with_buttons(chat, after=before))
    assert "About the costs" in "\n".join(fake_api.texts(chat)[before:])


ORG = "Jugendberufsagentur Harz (Beispiel)"
# what Telegram's rendering adds around numbers and commands in right-to-left text
BIDI_MARKS = re.compile("[\u200e\u200f\u2066-\u2069]")


def plain(text: str) -> str:
    """A sent text without its bidi marks and HTML tags."""
    return re.sub(r"<[^>]+>", "", BIDI_MARKS.sub("", html.unescape(text)))


@pytest.mark.parametrize("script", SCRIPTS, ids=[s.code for s in SCRIPTS])
def test_a_whole_conversation_in_each_language_through_the_webhook(
    db_engine: Engine, fake_api: FakeBotApi, start_app: Callable[..., TelegramApp], script: Script
) -> None:
    """The same whole conversation as tests/e2e/test_languages_chat.py, through
    /telegram/webhook: the app's language (`language_code`) as the hint, buttons tapped,
    every message the bot sends written in the person's language."""
    with Session(db_engine) as session, session.begin():
        session.add(OrganisationRow(id="jba-harz", name=ORG, response_working_days=2,
                                    offer_ids=["harz-jba-janalos", "harz-agentur-berufsberatung"]))
    app = start_app(db_engine, fake_api.base_url)
    code = script.code
    chat = 5100 + SCRIPTS.index(script)
    # Telegram knows no Einfache Sprache: the person picks it with /sprache
    app_language = "de" if code == SIMPLE_GERMAN else code

    def step(update: dict[str, Any], until: str) -> tuple[list[str], dict[str, Any] | None]:
        """Deliver an update; the texts sent until one holds `until`, and the last with buttons."""
        before = len(fake_api.sent(chat))
        assert app.post(update).status_code == 200
        fake_api.wait_for(lambda: any(until in plain(t) for t in fake_api.texts(chat)[before:]))
        sent = [plain(t) for t in fake_api.texts(chat)[before:]]
        # an offer card's description stays German (README); its labels and reasons do not
        assert reads_as(code, "\n".join(t for t in sent if why not in t)), sent
        return sent, fake_api.with_buttons(chat, after=before)

    def text(words: str) -> dict[str, Any]:
        return updates.text(chat, words, language=app_language)

    def tap(message: dict[str, Any] | None, title: str) -> dict[str, Any]:
        assert message is not None
        return updates.tap(chat, message, title, language=app_language)

    def says(read: Callable[[], str]) -> str:
        """A catalogue text in the person's language, as Telegram shows it."""
        return plain(said(code, read))

    why = says(lambda: gettext(telegram_texts.OFFER_WHY))
    if code == SIMPLE_GERMAN:
        step(text("/sprache de-x-simple"), says(lambda: texts.ASK_NEED))
    sent, _question = step(text(script.first), says(lambda: texts.ASK_AGE))
    if code != SIMPLE_GERMAN:
        assert sent[0].startswith(says(lambda: texts.greeting(30).split("\n")[0]))
    step(text(script.age), says(lambda: texts.ASK_PLACE))
    _sent, status = step(text(script.place), says(lambda: texts.ASK_STATUS))
    _sent, occupation = step(tap(status, says(lambda: texts.STATUS_BUTTONS[0].title)),
                             says(lambda: texts.ASK_OCCUPATION))
    sent, after = step(tap(occupation, says(lambda: texts.DONT_KNOW_BUTTON.title)),
                       says(lambda: texts.HANDOFF_INVITE))
    shown = "\n".join(sent)
    assert why in shown  # the cards with their reasons
    assert says(lambda: gettext("Passt zu deinem Alter ({age})").format(age=17)) in shown
    sent, after = step(text(script.cost), says(lambda: texts.OQ_INTRO["cost"]))
    assert "#janalos Harz Jugendberufsagentur" in "\n".join(sent)

    fake_api.wait_for(lambda: fake_api.with_buttons(chat))
    handoff = next(m for m in reversed(fake_api.sent(chat)) if "inline_keyboard" in m.get(
        "reply_markup", {}))
    _sent, consent = step(tap(handoff, says(lambda: texts.HANDOFF_BUTTON.format(org=ORG))),
                          f"„{ORG}“" if code in ("de", SIMPLE_GERMAN) else ORG)
    _sent, method = step(tap(consent, says(lambda: texts.CONSENT_BUTTONS[0].title)),
                         says(lambda: texts.ASK_CONTACT_METHOD))
    email = says(lambda: next(b for b in texts.CONTACT_BUTTONS if "email" in b.payload).title)
    step(tap(method, email), says(lambda: texts.ASK_CONTACT_VALUE["email"]))
    _sent, note = step(text(f"tg{chat}@example.org"), says(lambda: texts.NO_NOTE_BUTTON.title))
    sent, _after = step(tap(note, says(lambda: texts.NO_NOTE_BUTTON.title)), "LT-")
    assert says(lambda: texts.HANDOFF_PROMISE_DAYS.format(org=ORG, days=2)) in "\n".join(sent)
    with Session(db_engine) as session:
        [handoff_row] = session.scalars(select(HandoffRow))
        assert handoff_row.summary["language"] == code
    assert chat_language(db_engine, app, chat) == code  # German and Einfache Sprache apart

    sent, _after = step(text("/auskunft"), says(lambda: gettext(texts.CHAT_LANGUAGE_LABEL)))
    assert says(lambda: f"{gettext('Alter')}: 17") in "\n".join(sent)
    _sent, confirm = step(text("/loeschen"), says(lambda: texts.CONFIRM_DELETE))
    step(tap(confirm, says(lambda: texts.YES_NO[0].title)), says(lambda: texts.DELETED))
    hashed = sender_hash(app.lotse.secret, "telegram", str(chat))
    with Session(db_engine) as session:
        tables: tuple[type[Any], ...] = (HandoffRow, ConsentRow, ConversationRow)
        for table in tables:
            assert [r for r in session.scalars(select(table)) if r.sender_hash == hashed] == [], table


@pytest.mark.parametrize("script", SCRIPTS, ids=[s.code for s in SCRIPTS])
def test_crisis_care_in_each_language_through_the_webhook(
    db_engine: Engine, fake_api: FakeBotApi, start_app: Callable[..., TelegramApp], script: Script
) -> None:
    """A suicidal message in a language gets crisis help in it on Telegram, with 112."""
    app = start_app(db_engine, fake_api.base_url)
    chat = 5200 + SCRIPTS.index(script)
    app_language = "de" if script.code == SIMPLE_GERMAN else script.code
    if script.code == SIMPLE_GERMAN:
        app.post(updates.text(chat, "/sprache de-x-simple"))
        fake_api.wait_for(lambda: fake_api.with_buttons(chat))
    before = len(fake_api.sent(chat))
    assert app.post(updates.text(chat, script.suicidal, language=app_language)).status_code == 200
    fake_api.wait_for(lambda: any("112" in t for t in fake_api.texts(chat)[before:]))
    fake_api.wait_for(lambda: fake_api.with_buttons(chat, after=before))  # the quick answers
    sent = [plain(t) for t in fake_api.texts(chat)[before:]]
    why = plain(said(script.code, lambda: gettext(telegram_texts.OFFER_WHY)))
    assert reads_as(script.code, "\n".join(t for t in sent if why not in t)), sent
    # when storage was slow, help went out from memory and the step is stored a moment later
    assert fake_api.wait_for(lambda: chat_language(db_engine, app, chat)) == script.code


def chat_language(engine: Engine, app: TelegramApp, chat: int) -> str | None:
    """The language kept in the conversation's state (what Telegram sends cannot tell
    German from Einfache Sprache); None while the conversation is not stored."""
    hashed = sender_hash(app.lotse.secret, "telegram", str(chat))
    with Session(engine) as session:
        rows = [r for r in session.scalars(select(ConversationRow)) if r.sender_hash == hashed]
        assert len(rows) <= 1, rows
        return str(rows[0].state["language"]) if rows else None
