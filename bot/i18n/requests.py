"""An explicit wish for a language: "can you speak english?", "auf Deutsch bitte",
"по-русски можно?", `/sprache en` – or for the list of languages (`/sprache`, "andere
Sprache", "ich spreche wenig deutsch").

A language named in a message is a wish only in a frame that asks for it ("sprichst du
…", "auf … bitte", "in … please"): "gibt es Beratung auf Arabisch?" asks for an offer,
"Arabisch" alone answers the question which language someone speaks best.
"""

from __future__ import annotations

import re

from bot.i18n.languages import LANGUAGES, SIMPLE_GERMAN, from_tag
from matching.text import fold

CHOOSE = "choose"  # show the languages to choose from
COMMANDS = ("/sprache", "/language", "/sprachen", "/languages", "/lang")

# the name of each language as people write it (folded: lowercase, ü → ue)
_NAMES = {
    "de": r"deutsch|german|almanca|німецьк\w*|немецк\w*|по немецки|الالمانية|بالالماني|آلمانی",
    "en": r"englisch|english|ingilizce|англійськ\w*|английск\w*|по английски|"
          r"بالانجليزي|بالإنجليزي|الانجليزية|الإنجليزية|انگلیسی",
    "uk": r"ukrainisch|ukrainian|ukraynaca|українськ\w*|по українськи|украинск\w*|по украински",
    "ru": r"russisch|russian|rusca|російськ\w*|русск\w*|по русски",
    "ar": r"arabisch|arabic|arapca|3arabi|арабськ\w*|арабск\w*|بالعربي|بالعربية|العربية|عربي",
    "tr": r"tuerkisch|turkish|t(ue|u)rk[cç]e|турецьк\w*|турецк\w*|بالتركي|ترکی",
    "fa": r"persisch|farsi|dari|persian|farsca|фарсі|фарси|بالفارسي|فارسی|دری",
}
# languages whose speakers put the verb after the name ("Türkçe konuşabilir misin?", "به
# فارسی صحبت میکنی؟"), and the Cyrillic ones ("українською можна?")
_NAME_FIRST = {"uk", "ru", "ar", "tr", "fa"}
_ASK = (r"(kannst|koennt|sprichst|sprechen|sprich|schreib|schreiben|schreibst|rede|reden|redest|"
        r"antworte|antworten|können|koennen|can|could|do|would|will|speak|talk|write|answer|"
        r"switch|change|konu[sş]abilir\w*|konu[sş]ur\w*|biliyor\w*|можна|можно|можеш|можешь|говориш|говоришь|"
        r"розмовляєш|пиши|напиши|hal|momken|mumkin|balad|تتكلم|تحكي|ممكن|میتونی|می‌تونی|صحبت|"
        # "türkçe yazabilir miyim?", "можна писати українською?", "بقدر احكي عربي؟", "فارسی بنویسم؟"
        r"давай|давайте|краще|лучше|yaz\w*|писати|писать|пишу|احكي|بحكي|اكتب|بكتب|بنويس\w*|بنویس\w*|benevis\w*|a7ki|ahki|ektob|aktob)")
_PLEASE = r"(bitte|please|pls|plz|lütfen|lutfen|будь ласка|пожалуйста|من فضلك|لو سمحت|لطفا|ok|okay)"


def _pattern(language: str, names: str) -> re.Pattern[str]:
    name_first = rf"|\b({names})\b.{{0,20}}\b{_ASK}" if language in _NAME_FIRST else ""
    return re.compile(
        rf"\b{_ASK}\b.{{0,30}}\b({names})\b"          # "sprichst du englisch", "can you speak english"
        rf"|\b(auf|in|на|по|بال|به)\s?({names})\b.{{0,12}}\b({_PLEASE}|weiter|schreiben|reden|"
        rf"sprechen|antworten|mit mir|можна|можно|\?)"  # "auf deutsch bitte", "по русски можно"
        rf"|\b({names})\s?\b{_PLEASE}\b"               # "english please", "deutsch bitte"
        rf"|^(auf|in|на|по)\s({names})$"                # "auf deutsch", "по-русски"
        rf"|\b({names})\b.{{0,3}}\b(ok|okay|oke)\b"       # "english ok?"
        + name_first                                   # "Türkçe konuşabilir misin?"
    )


# "I don't speak German well", "my german is bad", "kein Englisch": no wish for that language
_NOT = re.compile(r"\b(dont|don t|do not|cant|can t|cannot|not|no|kein\w*|nicht|nich|net|wenig|kaum|"
                  r"schlecht|bad|little|poor|не|ні|نه|لا|yok|değil|degil|bilmiyorum)\b")
_NOT_AFTER = re.compile(r"^\W*(is|ist|isnt|ist nicht)?\W*(bad|schlecht|not good|nicht gut|poor)\b")
_ANY_NAME = re.compile(r"\b(" + "|".join(_NAMES.values()) + r")\b")
_CLAUSES = re.compile(r"(?<=[.,;!?\n])|\s[-–]\s")
# (language, the wish, the name alone, the name anywhere)
_REQUESTS = tuple((language, _pattern(language, names), re.compile(rf"^({names})$"),
                   re.compile(rf"\b({names})\b")) for language, names in _NAMES.items())
_SIMPLE = re.compile(r"\b(einfache\w*|leichte\w*) sprache\b|\bin einfachen worten\b|"
                     r"\b(schreib|sprich|erklaer\w*|red) (das )?(bitte )?(einfacher|leichter)\b|"
                     r"\bplain german\b|\bsimple german\b")
_CHOOSE = re.compile(r"\b(andere|anderen|andre) sprache\b|\bsprache (aendern|wechseln|umstellen)\b|"
                     r"\b(other|another|change( the)?) language\b|"
                     r"\b(ich )?(spreche|kann|versteh\w*) (nur |noch )?(wenig|kaum|kein|nicht gut|"
                     r"nicht so gut|schlecht|nicht) deutsch\b|\b(welche|what|which) (sprachen|languages)\b")


def _denied(clause: str, name: re.Pattern[str]) -> bool:
    """The language is named with a "not" right before it or a "bad" after it."""
    named = name.search(clause)
    if named is None:
        return False
    return bool(_NOT.search(clause[max(0, named.start() - 25):named.start()])
                or _NOT_AFTER.match(clause[named.end():]))


def _asked(clause: str, question: bool) -> list[tuple[int, str]]:
    """(where, language) of each language a clause asks for."""
    return [(named.start() if (named := name.search(clause)) else 0, language)
            for language, pattern, bare, name in _REQUESTS
            if (pattern.search(clause) or (question and bare.match(clause)))
            and not _denied(clause, name)]


# whether THEY speak a language – the offers, the lines (bot/core/offer_questions.py): a question
# about them, no wish for the chat's language ("sprechen die auch englisch?", blind set L9)
_THEY_SPEAK = re.compile(
    r"\b(sprechen|spricht|reden|redet|versteht|verstehen) (die|da|dort|denn|jemand|wer|sie dort|sie da)\b|"
    r"\b(do|does|can|could) (they|anyone|someone|somebody|anybody|people|the staff)( there| over there)? "
    r"(speak|talk|understand)\b|\bis there (anyone|someone|somebody|anybody)\b|"
    r"\b(говорят|говорит|розмовляють|розмовляє|говорять)\b|\b(bilen|konusan|konuşan) (biri|kimse|var)\b|"
    r"(حدا|احد|أحد) (بيحكي|يحكي|بيتكلم|يتكلم|يحچي)|بيحكوا|"
    r"(حرف|صحبت|گپ) م[يی]\u200c? ?(زنن|زنند|زند|کنن|کنند)")

# learning a language, a course in it: no wish for the chat's language ("а де можна безкоштовно
# вчити німецьку?", blind set L12)
_LEARNING = re.compile(
    r"\b(learn\w*|study|lernen|lerne|lernt|kurs|course|вчити|вивчати|вчу|учить|учу|изучать|выучить|курс\w*|"
    r"(o|ö)(g|ğ)ren\w*|kurs\w*)\b.{0,25}\b(" + "|".join(_NAMES.values()) + r")|"
    r"\b(" + "|".join(_NAMES.values()) + r")\w*\s?(lernen|kurs\w*|course|lessons?|(o|ö)(g|ğ)ren\w*)\b|"
    r"(تعلم|اتعلم|أتعلم|كورس|دورة|دوره) (ال)?(لغه |لغة )?(الالماني|ألماني|الماني|الالمانيه|الألمانية)|"
    r"(آلمانی|المانی) (یاد (بگیرم|بگیرن|گرفتن)|بیاموزم)|(کورس|کلاس|دوره) (زبان )?(آلمانی|المانی)")


def requested_language(text: str) -> str | None:
    """The language a message asks Lotse to write in, CHOOSE for the list, else None."""
    stripped = text.strip()
    if stripped.startswith("/"):
        command, _, rest = stripped.partition(" ")
        if command.lower().split("@")[0] not in COMMANDS:
            return None
        wanted = from_tag(rest.strip()) if rest.strip() else None
        return wanted if wanted in LANGUAGES else CHOOSE
    folded = fold(text)
    if _SIMPLE.search(folded):
        return SIMPLE_GERMAN
    if _THEY_SPEAK.search(folded):
        return None
    # clause by clause ("my german is bad, english please"); a bare name is a wish only as a
    # question ("english?"): "Arabisch" alone answers which language someone speaks best
    for raw in _CLAUSES.split(stripped) if _ANY_NAME.search(folded) else ():
        clause = fold(raw)
        if _LEARNING.search(clause):
            continue
        asked = _asked(clause, question=raw.rstrip().endswith("?") or stripped.endswith("?"))
        if asked:  # "do you speak english or german?": the first language named
            return min(asked)[1]
    if _CHOOSE.search(folded):
        return CHOOSE
    return None


# "What do you know about me?" in words – the `/auskunft` command (what is stored about this
# sender), in every language of the chat; on the folded text (lowercase, ü → ue, no punctuation)
_STORED = re.compile(
    r"\bwas (weisst|weist|wisst|hast|habt|speicherst|speichert) (du|ihr) (alles |eigentlich |so |denn |"
    r"jetzt )*(ueber mich|von mir)\b|"
    r"\bwas (hast|habt) (du|ihr) (alles |so )?(ueber mich |von mir )?gespeichert\b|"
    r"\bwas (du|ihr) (weisst|weist|wisst|hast|habt|speicherst) (alles |so )?(ueber mich|von mir)\b|"
    r"\bwelche daten (hast|habt|speicherst) (du|ihr)\b|"
    r"\bwhat (do|did) you (know|have|store|save|keep) (stored |saved )?(about|on|of) me\b|"
    r"\bwhat (data|information|info) (do|did) you (have|store|keep|save)\b|"
    r"\b(benim hakk\w+nda|hakk\w+mda) ne (biliyorsun|biliyon|kaydettin|sakl\w+)\b|"
    r"\bne (biliyorsun|biliyon) (benim )?hakk\w+(mda|nda)\b|"
    r"\b(що|шо) ти (взагалі |вже )?(знаєш|зберіг|зберігаєш) (про|обо|о) мене\b|"
    r"\b(что|шо|чё|че) ты (вообще |уже )?(знаешь|сохранил|хранишь) (про|обо|о|об) (меня|мне)\b|"
    r"\b(что|шо) ты обо мне знаешь\b|\b(что|шо|чё|че) ты (вообще |уже )?(про|обо|о|об) (меня|мне) "
    r"(знаешь|сохранил|хранишь)\b|\b(що|шо) ти (взагалі |вже )?про мене (знаєш|зберіг)\b|"
    r"(شو|ايش|إيش|ماذا|ماذا|وش|اش) (بتعرف|تعرف|عرفت|حفظت|بتحفظ|تحفظ) (عني|عنّي|علي|عليّ)|"
    # the plural "you" ("شو بتحفظوا عني؟", blind set L12)
    r"(شو|ايش|إيش|ماذا|وش|اش) (بتعرفوا|تعرفوا|تعرفون|عرفتوا|حفظتوا|حفظتو|بتحفظوا|تحفظوا|تحفظون|بتحفظو) "
    r"(عني|عنّي|علي|عليّ)|"
    r"(شو|ايش|ماذا) (المعلومات|البيانات) (اللي|التي) (عندك|حفظتها) عني|"
    r"(چ[يی]|چه چ[يی]ز[يی]) (در ?مورد|درباره|از) ?(من|م) (م[يی] ?دون[يی]|م[يی] ?دان[يی]|"
    r"ذخ[يی]ره ?کرد[يی]|دار[يی])|"
    r"(از|در ?مورد|درباره) ?(من|م) (چ[يی]|چه)( چ[يی]ز[يی])? (م[يی] ?دون[يی]|م[يی] ?دان[يی]|ذخ[يی]ره ?کرد[يی]|"
    r"دار[يی])|"
    # a parent asking about "us" (blind set L7: "ماذا تعرف عنا؟", "چه چیزهایی از ما میدانی؟",
    # "what do you know about us")
    r"\bwhat (do|did) you (know|have|store|save|keep) (stored |saved )?(about|on|of) "
    r"(us|my (son|daughter|child|kid))\b|"
    r"(شو|ايش|إيش|ماذا|وش|اش) (بتعرف|تعرف|عرفت|حفظت|بتحفظ|تحفظ) (عنا|عنّا|علينا|عن ابني|عن بنتي)|"
    r"(چ[يی]|چه چ[يی]ز[يی]|چه چ[يی]زها[يی]{1,2}) (در ?مورد|درباره|از) ?(ما|پسرم|دخترم) "
    r"(م[يی] ?دون[يی]|م[يی] ?دان[يی]|ذخ[يی]ره ?کرد[يی]|دار[يی])|"
    r"\b(что|шо|чё|че) (ты|вы) (вообще |уже )?(знаешь|знаете|сохранил|храните|хранишь) (про|о|об) "
    r"(нас|моего сына|мою дочь)\b|"
    r"\b(що|шо) (ти|ви) (взагалі |вже )?(знаєш|знаєте|зберіг) про (нас|мого сина|мою доньку)\b|"
    r"\b(bizim hakk\w+nda|oglum hakk\w+nda|oğlum hakk\w+nda) ne (biliyorsun|biliyon|kaydettin)\b|"
    # blind set L8: colloquial Turkish, the polite "you" in Ukrainian and Russian, "which
    # information" in Farsi, Finglish
    r"\b(benim|bizim)? ?hakk\w+(mda|nda|mizda) (ne|neler) (biliyosun|biliyonuz|biliyorsunuz|"
    r"biliyosunuz|kaydettiniz|kaydettin)\b|"
    r"\b(що|шо) (ти|ви) (взагалі |вже )?(знаєш|знаєте|зберіг|зберегли|зберігаєте) (про|о) (мене|нас)\b|"
    r"\b(что|шо) (ты|вы) (вообще |уже )?(знаете|сохранили|храните) (про|о|об|обо) (меня|мне|нас)\b|"
    r"چه اطلاعات[يی]? (در ?مورد|درباره|از) ?(من|ما) "
    r"(ذخ[يی]ره ?کرد[يی]|دار[يی]|م[يی] ?دون[يی]|م[يی] ?دان[يی])|"
    r"\b(che|chi) (chizi |chizai |etelaati )?(az|darbareye|darbare|dar morede|dar mored) (man|ma) "
    r"(midooni|midoni|midunid|midoonid|dari|darid|zakhire kardi|zakhire kardid)\b")


# "видали все що ти про мене знаєш" asks for deletion, not for a look (blind set L19)
_DELETE = re.compile(
    r"\b(delete|erase|remove|wipe|l(ö|oe)sch\w*|удали\w*|удалите|сотри\w*|видали\w*|видаліть|зітри\w*|"
    r"sil|silin|silsene|silebilir\w*|siler misin|silermisin|hazf|pak kon)\b|"
    r"(?<!\w)(احذف|امسح|احذفي|امسحي|پاک ?کن|حذف ?کن|حذفش|پاکش)")


def asks_what_is_stored(text: str) -> bool:
    """Whether the message asks what Lotse has stored about the person ("was weißt du über
    mich?", "что ты про меня знаешь?", "شو بتعرف عني؟", "از من چی میدونی؟")."""
    folded = fold(text)
    return _STORED.search(folded) is not None and _DELETE.search(folded) is None
