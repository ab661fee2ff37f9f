"""An explicit wish for a language – and the sentences that only name one."""

from __future__ import annotations

import pytest

from bot.i18n.requests import CHOOSE, asks_what_is_stored, requested_language


@pytest.mark.parametrize(("text", "wanted"), [
    ("can you speak english?", "en"),
    ("selam türkçe yazabilirmiyim?", "tr"), ("можна писати українською?", "uk"),
    ("ой, давай краще українською, я просто звикла російською писати", "uk"),
    ("بقدر احكي عربي؟", "ar"), ("mumkin a7ki 3arabi?", "ar"), ("فارسی بنویسم؟", "fa"),
    ("salam, farsi balad hasti? ya english?", "fa"),  # blind set L8
    ("hey, do you speak english?", "en"),
    ("do you speak english? my german is bad", "en"),
    ("my german is bad, english please", "en"),
    ("english ok? i am 17, in halberstadt", "en"),
    ("kannst du das auf englisch schreiben", "en"),
    ("auf Deutsch bitte", "de"),
    ("can we speak german", "de"),
    ("no english please, deutsch bitte", "de"),
    ("по-русски можно?", "ru"),
    ("Можна українською?", "uk"),
    ("Türkçe konuşabilir misin?", "tr"),
    ("ممكن بالعربي؟", "ar"),
    ("به فارسی صحبت میکنی؟", "fa"),
    ("arabisch?", "ar"),
    ("einfache sprache bitte", "de-x-simple"),
    ("schreib bitte einfacher", "de-x-simple"),
    ("/sprache en", "en"),
    ("/sprache de-x-simple", "de-x-simple"),
    ("/sprache prs-AF", "fa"),
    ("/sprache", CHOOSE),
    ("/language", CHOOSE),
    ("/sprache xx", CHOOSE),
    ("What languages do you speak?", CHOOSE),
    ("ich spreche wenig deutsch. kann ich schreiben, nicht telefonieren?", CHOOSE),
    ("andere Sprache", CHOOSE),
])
def test_wishes_for_a_language(text: str, wanted: str) -> None:
    assert requested_language(text) == wanted


@pytest.mark.parametrize("text", [
    "Hi, I'm looking for an apprenticeship but I don't speak German well",
    "i dont speak german",
    "arabisch",  # the answer to "which language do you speak best?"
    "gibt es beratung auf arabisch?",  # asks for an offer
    "is there counselling in arabic?",
    "mein zeugnis ist auf deutsch",
    "ich suche einen deutschkurs",
    "ich will eine ausbildung",
    "hast du einen job mit englisch",
    # whether THEY speak it: a question about the offers (blind sets L8, L9)
    "sprechen die auch englisch?", "do they speak arabic there?", "Там есть кто-то, кто говорит по-русски?",
    "کسی آنجا دری گپ می‌زند؟",
    "/restart",
    # learning it, a course in it (blind set L12: "where can I learn German for free?")
    "а де можна безкоштовно вчити німецьку?", "учить немецкий где можно?", "where can i learn german for free?",
    "almanca öğrenmek istiyorum, nerede kurs var?", "وين فيني اتعلم الماني ببلاش؟",
])
def test_sentences_that_only_name_a_language_are_no_wish(text: str) -> None:
    assert requested_language(text) is None


@pytest.mark.parametrize(("text", "asks"), [
    ("was weißt du über mich?", True), ("was hast du über mich gespeichert", True),
    ("what do you know about me", True), ("benim hakkımda ne biliyorsun", True),
    ("що ти знаєш про мене?", True), ("что ты вообще про меня знаешь?", True),
    ("شو بتعرف عني؟", True), ("از من چی میدونی؟", True),
    # blind sets L8, L9: colloquial Turkish, the polite "you", "which information", Finglish,
    # learner German
    ("benim hakkımda ne biliyosun şu an", True), ("Що ви зберегли про мене і доньку?", True),
    ("что вы знаете обо мне", True), ("چه اطلاعاتی از ما ذخیره کردید؟", True),
    ("در مورد من چه چیزی ذخیره کردی؟", True), ("che chizi az man midooni?", True),
    ("was du weißt von mir?", True),
    ("was weißt du über ausbildung", False), ("what do you know about apprenticeships", False),
    ("ich weiß nicht was ich machen soll", False),
    # blind set L19: deleting what Lotse knows is no question what it knows
    ("видали все що ти про мене знаєш", False), ("lösch was du über mich weißt", False),
    ("هرچی از من میدونی پاک کن", False), ("benim hakkımda ne biliyorsun, sil", False),
])
def test_asking_what_is_stored_in_words(text: str, asks: bool) -> None:
    """The words for `/auskunft` in every language (blind set L5: "что ты вообще про меня
    знаешь?" got "I did not understand")."""
    assert asks_what_is_stored(text) is asks
