"""Pure rendering: escaping, splitting under Telegram's limit, keyboards."""

from __future__ import annotations

from bot.core.messages import Button, Reply
from bot.telegram.render import MAX_CHARS, render_replies, visible_length


def test_html_is_escaped_and_long_texts_split_under_the_limit() -> None:
    text = ("<b>Tom & Jerry</b> " * 600).strip()
    messages, _ = render_replies(1, [Reply(text)])
    assert len(messages) > 1
    assert all(visible_length(m["text"]) <= MAX_CHARS for m in messages)
    assert "<b>" not in "".join(m["text"] for m in messages)
    assert "&lt;b&gt;Tom &amp; Jerry" in messages[0]["text"]


def test_buttons_use_short_ids_and_long_payloads_map_back() -> None:
    payload = '/talk_to_human{"offer": "' + "x" * 120 + '"}'
    messages, buttons = render_replies(1, [Reply("Wer soll sich melden?", buttons=(
        Button("Ja", "/affirm"), Button("Die Stelle soll sich melden", payload)))])
    rows = messages[-1]["reply_markup"]["inline_keyboard"]
    data = [b["callback_data"] for row in rows for b in row]
    assert all(len(d.encode()) <= 64 for d in data)
    assert sorted(buttons[d] for d in data) == sorted(["/affirm", payload])



def test_numbers_and_commands_keep_their_order_in_right_to_left_text() -> None:
    text = "اگر در خطر هستی به 112 زنگ بزن یا 0800 111 0 111 یا /loeschen بنویس"
    (farsi,), _ = render_replies(1, [Reply(text, language="fa")])
    assert "\u20660800 111 0 111\u2069" in farsi["text"] and "\u2066112\u2069" in farsi["text"]
    assert "\u2066/loeschen\u2069" in farsi["text"]
    (german,), _ = render_replies(1, [Reply("Ruf die 0800 111 0 111 an", language="de")])
    assert "\u2066" not in german["text"]
