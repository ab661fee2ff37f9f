"""Whole conversations through POST /telegram/webhook, answered via the fake Bot API."""

from __future__ import annotations

import concurrent.futures
import json
import time
from collections.abc import Callable

from sqlalchemy import Engine, select

from bot.storage.tables import TelegramUpdateRow
from tests.bot.telegram import updates
from tests.bot.telegram.conftest import TelegramApp
from tests.bot.telegram.fake_bot_api import FakeBotApi
from tests.bot.test_privacy import rows_in_every_table

QUEDLINBURG = (51.789, 11.147)


def test_routing_conversation_with_buttons_location_and_offer_cards(
    db_engine: Engine, fake_api: FakeBotApi, start_app: Callable[..., TelegramApp]
) -> None:
    app = start_app(db_engine, fake_api.base_url)
    chat = 4711
    assert app.post(updates.text(chat, "/start")).status_code == 200
    greeting = fake_api.wait_for(lambda: fake_api.with_buttons(chat))
    titles = [b["text"] for row in greeting["reply_markup"]["inline_keyboard"] for b in row]
    assert "Geld und Schulden" in titles
    assert all(len(b["callback_data"].encode()) <= 64
               for row in greeting["reply_markup"]["inline_keyboard"] for b in row)

    before = len(fake_api.sent(chat))
    app.post(updates.tap(chat, greeting, "Geld und Schulden"))
    texts = fake_api.wait_for_messages(chat, before + 1)
    assert fake_api.wait_for(lambda: fake_api.called("answerCallbackQuery"))
    assert "alt" in texts[-1].lower()  # asks for the age

    before = len(fake_api.sent(chat))
    app.post(updates.text(chat, "17"))
    fake_api.wait_for_messages(chat, before + 1)
    ask_place = fake_api.sent(chat)[-1]
    keyboard = ask_place["reply_markup"]["keyboard"]
    assert keyboard[0][0]["request_location"] is True and keyboard[1][0]["text"] == "Sag ich lieber nicht"

    before = len(fake_api.sent(chat))
    app.post(updates.location(chat, *QUEDLINBURG))
    fake_api.wait_for(lambda: fake_api.with_buttons(chat, after=before))  # "Kann ich noch …"
    answer = "\n".join(fake_api.texts(chat)[before:])
    assert "Quedlinburg" in answer or "Harz" in answer
    cards = [t for t in fake_api.texts(chat)[before:] if "<b>" in t]
    assert cards and all("🌐 <a href=\"https://" in card and "Warum das passt" in card for card in cards)
    assert all(m.get("parse_mode") == "HTML" for m in fake_api.sent(chat))


def test_crisis_message_gets_the_crisis_lines_with_tappable_numbers(
    db_engine: Engine, fake_api: FakeBotApi, start_app: Callable[..., TelegramApp]
) -> None:
    app = start_app(db_engine, fake_api.base_url)
    app.post(updates.text(77, "ich will nicht mehr leben"))
    texts = fake_api.wait_for_messages(77, 3)
    assert "112" in "\n".join(texts)
    assert "📞 " in texts[0] and "<b>" in texts[0]


def test_deletion_through_buttons_leaves_no_row_in_any_table(
    db_engine: Engine, fake_api: FakeBotApi, start_app: Callable[..., TelegramApp]
) -> None:
    app = start_app(db_engine, fake_api.base_url)
    for words in ("hallo", "hab schulden", "/loeschen"):
        app.post(updates.text(5, words))
    confirm = fake_api.wait_for(lambda: "wirklich" in (fake_api.with_buttons(5) or {}).get("text", "")
                                and fake_api.with_buttons(5))
    before = len(fake_api.sent(5))
    app.post(updates.tap(5, confirm, "Ja"))
    assert "gelöscht" in fake_api.wait_for_messages(5, before + 1)[-1]
    fake_api.wait_for(lambda: set(rows_in_every_table(db_engine).values()) == {0})


def test_a_redelivered_update_is_answered_once(
    db_engine: Engine, fake_api: FakeBotApi, start_app: Callable[..., TelegramApp]
) -> None:
    app = start_app(db_engine, fake_api.base_url)
    update = updates.text(9, "hallo")
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        statuses = list(pool.map(lambda _: app.post(update).status_code, range(4)))
    assert statuses == [200] * 4
    first = fake_api.wait_for_messages(9, 2)
    time.sleep(0.3)
    assert app.post(update).status_code == 200
    time.sleep(0.3)
    assert fake_api.texts(9) == first
    with db_engine.connect() as conn:  # handled: only the id is left, no text
        row = conn.execute(select(TelegramUpdateRow)).one()
    assert row.status == "done" and row.payload is None and row.outgoing is None


def test_wrong_or_missing_secret_is_refused_and_bad_input_never_500(
    db_engine: Engine, fake_api: FakeBotApi, start_app: Callable[..., TelegramApp]
) -> None:
    app = start_app(db_engine, fake_api.base_url)
    assert app.post(updates.text(3, "hallo"), secret="wrong").status_code == 403
    assert app.post(updates.text(3, "hallo"), secret=None).status_code == 403
    assert app.post(b"{not json").status_code == 400
    assert app.post({"message": {"text": "no id"}}).status_code == 422
    assert app.post([1, 2]).status_code == 422
    assert app.post({"update_id": "7"}).status_code == 422
    assert app.post(b"x" * 70_000).status_code == 413
    # well-formed but odd or unknown updates: acknowledged, nothing answered
    assert app.post({"update_id": 1, "poll": {"id": "p"}}).status_code == 200
    assert app.post({"update_id": 2, "message": {"message_id": 1}}).status_code == 200
    assert app.post({"update_id": 3, "message": {"message_id": 1, "date": 0,
                                                  "chat": {"id": -100, "type": "group"},
                                                  "text": "hallo"}}).status_code == 200
    time.sleep(0.3)
    assert fake_api.called("sendMessage") == []
    assert rows_in_every_table(db_engine)["conversations"] == 0


def test_stickers_voice_and_photos_get_a_friendly_answer_but_a_caption_counts(
    db_engine: Engine, fake_api: FakeBotApi, start_app: Callable[..., TelegramApp]
) -> None:
    app = start_app(db_engine, fake_api.base_url)
    app.post(updates.sticker(11))
    assert "Sticker" in fake_api.wait_for_messages(11, 1)[0]
    app.post(updates.voice(11))
    assert "Sprachnachrichten" in fake_api.wait_for_messages(11, 2)[1]
    app.post(updates.photo(11))
    assert "Bilder" in fake_api.wait_for_messages(11, 3)[2]
    app.post(updates.photo(11, caption="ich will nicht mehr leben"))
    assert "112" in "\n".join(fake_api.wait_for_messages(11, 6)[3:])
    app.post(updates.location(11, 48.8566, 2.3522))  # Paris: no place in Germany near it
    assert "Postleitzahl" in fake_api.wait_for_messages(11, 7)[6]


def test_long_texts_are_split_and_html_is_escaped(
    db_engine: Engine, fake_api: FakeBotApi, start_app: Callable[..., TelegramApp]
) -> None:
    app = start_app(db_engine, fake_api.base_url)
    app.post(updates.text(12, "<b>hallo</b> & <script>"))
    texts = fake_api.wait_for_messages(12, 1)
    assert all("<script>" not in t for t in texts)


def test_commands_menu_is_registered_and_the_webhook_set_with_its_secret(
    db_engine: Engine, fake_api: FakeBotApi, start_app: Callable[..., TelegramApp]
) -> None:
    start_app(db_engine, fake_api.base_url, webhook_url="https://lotse.example.org/telegram/webhook")
    commands = fake_api.wait_for(lambda: fake_api.called("setMyCommands"))[0]["commands"]
    assert [c["command"] for c in commands] == ["start", "neu", "hilfe", "sprache", "auskunft",
                                                "loeschen"]
    english = fake_api.wait_for(lambda: fake_api.called("setMyCommands")[1:])[0]
    assert english["language_code"] == "en" and english["commands"][3]["description"] == "Choose a language"
    webhook = fake_api.wait_for(lambda: fake_api.called("setWebhook"))[0]
    assert webhook["url"] == "https://lotse.example.org/telegram/webhook"
    assert webhook["secret_token"] == "test-webhook-secret_42"
    assert json.dumps(webhook["allowed_updates"]) == '["message", "edited_message", "callback_query"]'


def test_retry_after_is_respected_and_the_message_arrives_once(
    db_engine: Engine, fake_api: FakeBotApi, start_app: Callable[..., TelegramApp]
) -> None:
    app = start_app(db_engine, fake_api.base_url)
    fake_api.retry_after = 1
    app.post(updates.text(13, "hallo"))
    fake_api.wait_for(lambda: fake_api.with_buttons(13))
    texts = fake_api.texts(13)
    time.sleep(0.2)
    assert fake_api.texts(13) == texts and len(set(texts)) == len(texts)
    assert len(fake_api.refused) == 1
