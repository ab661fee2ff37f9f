"""Which language a message is written in: only when it is clear."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.i18n.detect import script_hint, written_in
from nlu.yaml_text import load_yaml


@pytest.mark.parametrize(("text", "language"), [
    ("I'm looking for an apprenticeship but I don't speak German well", "en"),
    ("my boss at the training is so annoying i want to quit", "en"),
    ("Do they have an office in Darmstadt?", "en"),
    ("i want to kill myself", "en"),
    ("Добрий день", "uk"),
    ("хочу покінчити з собою", "uk"),
    ("Привет, я ищу работу", "ru"),
    ("по-русски можно?", "ru"),
    ("Merhaba, iş arıyorum", "tr"),
    ("من دنبال کار هستم", "fa"),
    ("أبحث عن عمل", "ar"),
    ("ich such ne ausbildung", "de"),
    ("hey ich bin 16 und suche ein praktikum", "de"),
    # German with English words stays German; German names inside English stay English
    ("ich hab stress mit meinem chef, voll annoying", "de"),
    ("mein chef ist so ein creep und ich hab keinen bock mehr", "de"),
    ("I want to do an Ausbildung als Kfz-Mechatroniker in Bochum", "en"),
    # blind set L8: Iraqi Arabic writes گ and چ, Russian with German names, Finglish
    ("بس عندي شي ثاني ما گدرت احچي لأحد", "ar"), ("اكو احد يحچي عربي بهذا الرقم؟", "ar"),
    ("چطوری؟ کمک میخوام", "fa"),
    ("привет) ищу ausbildung кем нибудь в офисе, kauffrau für büromanagement", "ru"),
    ("salam, farsi balad hasti? ya english?", "fa"),
    # typed in Latin letters: Arabizi (its digits for letters), Finglish, Russian, Ukrainian
    ("ana badi shughl", "ar"),
    ("salam, mumkin tsa3edni? bdi la2i ausbildung bas el almani taba3i mish mni7", "ar"),
    ("salam, mikham ye ausbildung peyda konam", "fa"),
    ("privet, ya ishchu rabotu v bochume", "ru"),
    ("pryvit, ya shukayu praktykum, dopomozhit bud laska", "uk"),
    ("ich hab A2 und B1 deutsch, mein ps5 ist kaputt", "de"),  # digits, but no Arabizi
])
def test_clear_messages_have_a_language(text: str, language: str) -> None:
    assert written_in(text) == language


@pytest.mark.parametrize("text", [
    "ok", "hallo", "hi", "17", "ja", "yes", "no", "Quedlinburg", "Bochum", "44787", "i am 17",
    "Kfz-Mechatroniker", "/affirm", '/inform{"school_status": "in_school"}', "/sprache en", "👍",
    "thx", "ok danke", "bin 17", "ty bot?",
    "yalla habibi lass gehen", "wallah inshallah klappt das",  # German youth words, no Arabic
    "Ausbildung als Kfz-Mechatroniker in Bochum",  # no small word of any language
    "i cant anymore ich will sterben",  # a German/English mix stays German
])
def test_short_or_unclear_messages_have_none(text: str) -> None:
    assert written_in(text) is None


def test_the_german_training_data_is_never_taken_for_another_latin_language() -> None:
    """Of the NLU's German examples, none reads as English or Turkish (the English and
    non-Latin examples in it are left out by the small words they have)."""
    data = load_yaml((Path(__file__).resolve().parents[3] / "nlu/data/nlu.yml").read_text())
    german_words = {"ich", "du", "mein", "meine", "nicht", "und", "bin", "ist", "mir", "mich"}
    wrong = []
    for item in data["nlu"]:
        for line in str(item.get("examples", "")).splitlines():
            text = line.strip().removeprefix("- ")
            words = set(text.lower().split())
            if len(words & german_words) >= 2 and written_in(text) not in (None, "de"):
                wrong.append(text)
    assert wrong == []


def test_no_german_english_or_turkish_example_is_taken_for_a_transliterated_language() -> None:
    """Of the NLU's German, English and Turkish examples none reads as Arabizi, Finglish or
    Russian/Ukrainian in Latin letters (the words those need are their own)."""
    root = Path(__file__).resolve().parents[3] / "nlu/data"
    wrong = []
    for name in ("nlu.yml", "en.yml", "tr.yml"):
        for item in load_yaml((root / name).read_text())["nlu"]:
            for line in str(item.get("examples", "")).splitlines():
                text = line.strip().removeprefix("- ")
                if written_in(text) in ("ar", "fa", "ru", "uk") and not any(
                        "\u0400" <= ch <= "\u06ff" for ch in text):
                    wrong.append(text)
    assert wrong == []


def test_ukrainian_and_russian_switch_only_by_their_own_letters() -> None:
    from bot.i18n.detect import only_by_the_model
    assert only_by_the_model("ru", "uk", "так, згодна")  # no letter says Russian: stay Ukrainian
    assert not only_by_the_model("ru", "uk", "да, конечно, всё понятно")  # ё, ы: Russian
    assert not only_by_the_model("uk", "ru", "так, я згодна і все зрозуміла")  # і: Ukrainian
    assert not only_by_the_model("ar", "en", "any text")
    # Arabic and Farsi alike (blind set L7): "16 سالمه" has no letter only Arabic has – a Farsi
    # chat stays Farsi; "عمري ١٦ سنة" (ي, ة) may switch it; Persian letters may switch an Arabic one
    assert only_by_the_model("ar", "fa", "16 سالمه")
    assert not only_by_the_model("ar", "fa", "عمري ١٦ سنة")
    assert not only_by_the_model("fa", "ar", "۱۶ سالمه، پسرم")



@pytest.mark.parametrize(("text", "hint", "language"), [
    ("سلام", None, {"ar", "fa"}), ("سلام", "fa", {"fa"}), ("سلام", "de", {"ar", "fa"}),
    ("مرحبا", None, {"ar"}), ("سلام خوبی", None, {"fa"}), ("ок", None, {"uk", "ru"}),
    ("привіт", "ru", {"ru"}), ("ку", "en", {"uk", "ru"}),
    # Latin letters, digits, commands and emoji keep the client's hint
    ("hi", "tr", {"tr"}), ("17", None, {None}), ("/start", "fa", {"fa"}), ("👍", None, {None}),
])
def test_a_short_message_in_another_script_hints_at_its_language(
        text: str, hint: str | None, language: set[str | None]) -> None:
    """Too short to tell the language, but surely not German ("سلام" got a German greeting,
    blind set L19): like the client's hint, for the first message."""
    assert script_hint(text, hint) in language
