"""Short typed answers in every language Lotse reads: yes, no, "don't know", "skip".

Where a question has buttons (consent, the crisis check-in, deleting, skipping a question), a
typed word must do what the button does: "так", "да", "evet", "نعم", "بله", "yes". The NLU
learns affirm and deny too, but a one-word answer is too short for a model to be sure of;
these lists are what the dialogue trusts. Matched on the whole answer, folded (lowercase,
punctuation gone), Persian ی/ک and Arabic ي/ك alike.
"""

from __future__ import annotations

import re

from matching.text import fold

_SAME_LETTERS = str.maketrans({"ی": "ي", "ى": "ي", "ک": "ك", "أ": "ا", "إ": "ا", "آ": "ا",
                               "ة": "ه", "ı": "i", "ş": "s", "ç": "c", "ğ": "g", "ё": "е"})


def _words(text: str) -> frozenset[str]:
    return frozenset(key(line) for line in text.strip().splitlines() if line.strip())


def key(text: str) -> str:
    """The form an answer is compared in: folded, one spelling for variant letters."""
    return fold(fold(text).translate(_SAME_LETTERS)).replace("\u200c", " ")


YES = _words("""
yes
yeah
yep
yup
sure
ok
okay
of course
yes please
i agree
agreed
ok sure
да
ага
угу
конечно
давай
хорошо
ладно
да пожалуйста
да конечно
согласен
согласна
ок
da
aga
konechno
davai
так
звісно
звичайно
добре
гаразд
згоден
згодна
так звісно
так давай
tak
evet
evt
tamam
olur
tabii
tabi
tabiki
tabii ki
peki
aynen
evet lütfen
kabul
kabul ediyorum
evet tamam
نعم
ايوه
ايوا
اي
اه
اكيد
طيب
تمام
ماشي
موافق
موافقه
نعم اكيد
اي نعم
na3am
aywa
aiwa
eh
akid
akeed
tamam
mashi
بله
اره
باشه
حتما
اوكي
قبول
موافقم
بلي
بله حتما
اره حتما
areh
are
bale
baleh
bashe
hatman
آری
اوهوم
حله
آره لطفا
بله لطفا
آره میخوام
بلی لطفا
are lotfan
areh lotfan
bale lotfan
ahan
hale
""")
NO = _words("""
no
nope
nah
no thanks
not really
rather not
нет
неа
не
не надо
нет спасибо
net
nea
ні
нє
не треба
ні дякую
ni
hayır
hayir
yok
yoo
istemiyorum
gerek yok
hayır teşekkürler
hayir tesekkurler
لا
لأ
لا شكرا
مش لازم
ما بدي
la
la2
la shukran
نه
نخير
نميخوام
لازم نيست
نه ممنون
na
nah
nakheir
نچ
نی
نه مرسی
نه نمیخوام
نه لازم نیست
نه تشکر
na mersi
na merci
na mamnun
nemikham
na nemikham
nakhair
nakhir
nch
nein danke
sonst nichts
nein sonst nichts
nichts mehr
no that s all
that s all
no thats all
thats all
nothing else
no nothing else
нет больше ничего
больше ничего
ні більше нічого
більше нічого
لا مفيش حاجة تانية
مفيش حاجة تانية
لا ما في شي تاني
لا شي
yok başka bir şey yok
başka bir şey yok
hayır başka bir şey yok
نه دیگه هیچی
نه چیز دیگه ای نه
هیچی دیگه
""")
# a plain "okay" agrees to a proposal, but is no yes to "are you in danger?"
OKAY = _words("""
ok
okay
ok sure
ок
хорошо
ладно
давай
davai
добре
гаразд
так давай
tamam
olur
peki
evet tamam
طيب
تمام
ماشي
tamam
mashi
eh
باشه
اوكي
bashe
حله
hale
""")
# "don't know" and "skip" – a question left open (the skip button's words)
UNSURE = _words("""
don't know
dont know
don t know
i don't know
i dont know
i don t know
idk
no idea
dunno
not sure
skip
pass
next
rather not say
prefer not to say
i'd rather not say
не знаю
хз
без понятия
понятия не имею
пропустить
пропусти
дальше
не хочу говорить
не скажу
ne znayu
без поняття
гадки не маю
пропустити
далі
не хочу казати
не скажу
bilmiyorum
bilmiyom
bilmem
fikrim yok
hiç bilmiyorum
geç
atla
söylemek istemiyorum
soylemek istemiyorum
ما بعرف
مابعرف
ما بعرف والله
لا اعرف
مش عارف
ما اعرف
ما عرفت
تخطي
تجاوز
ma ba3ref
ma baaref
ma ba'ref
mabaaref
ma baarif
ma b3rf
msh 3aref
mish aaref
mab3ref
mish 3aref
مش عارفه
نميدونم
نمي دونم
نميدانم
نمي دانم
نمي دونم والا
رد كن
بگذر
بعدي
nemidunam
nemidoonam
nemidonam
نمیدونم والله
ایده ای ندارم
هیچ ایده ای ندارم
مطمئن نیستم
نمیخوام بگم
ترجیح میدم نگم
رد شو
بعدیش
nemidunam vala
nemidunam valla
idea nadaram
hich idei nadaram
motmaen nistam
nemikham begam
rad kon
rad sho
badi
""")


def says_yes(text: str, *, strict: bool = False) -> bool:
    """A typed yes in one of the languages (the whole answer); `strict`: not a mere "okay"."""
    said = key(text)
    return said in YES and not (strict and said in OKAY)


def says_no(text: str) -> bool:
    """A typed no in one of the languages (the whole answer)."""
    return key(text) in NO


def leaves_open(text: str) -> bool:
    """ "don't know", "skip", "не знаю", "bilmiyorum", "ما بعرف", "نمیدونم": the question is
    left open, as with the skip button."""
    return key(text) in UNSURE


# "don't send anything" (blind set L18: "хотя нет, передумала, ничего не отправляйте" was read
# as a topic), and "I changed my mind", in the key's folded form, anywhere in a short message
_DONT_SEND = re.compile(
    r"\b(nichts|nicht) (mehr )?(schicken|senden|weitergeben|weiterleiten|abschicken)\b"
    r"|\b(don t|dont|do not|pls dont|please don t|please dont) (send|forward|pass on|share)"
    r"( it| that| anything| my \w+)?\b"
    r"|\b(ничего )?не (отправляй|отправляйте|пересылайте|передавайте|посылайте)\b"
    r"|\bне надо (ничего )?(отправлять|передавать)\b"
    r"|\b(нічого )?не (надсилай|надсилайте|відправляй|відправляйте|передавайте)\b"
    r"|\bне треба (нічого )?(надсилати|відправляти|передавати)\b"
    r"|\b(hicbir sey|hicbirsey|bir sey|birsey|bisey|sakin|lutfen|hic) (goenderme|gonderme|iletme)\b"
    r"|\b(goendermeyin|gondermeyin|iletmeyin)\b"
    r"|(لا|ما) ?(ترسل|ترسلي|ترسلوا|تبعت|تبعتي|تبعتوا|تبعث|تبعثوا)\b"
    r"|(هيچي|چيزي|هيچ چيزي)? ?(نفرست|نفرستيد|نفرستين)\b")
_CHANGED_MIND = re.compile(
    r"\b(hab|habe|hab s|hab es) (es )?mir anders ueberlegt\b|\b(changed|change) my mind\b"
    r"|\bпередумал(а)?\b|\bпередумав\b|\bпередумала\b|\b(vazgectim|fikrimi degistirdim)\b"
    r"|(غيرت|بدلت) (رايي|راي)|(پشيمون|پشيمان|منصرف) شدم|نظرم (عوض|برگشت)")


def cancels_sending(text: str, *, changed_mind: bool = True) -> bool:
    """ "Don't send anything" – and, with `changed_mind`, "I changed my mind" – in a message of a
    few words, in any of the languages: a handoff under way ends without anything sent (like
    "Doch nichts schicken"). Without one only the first says that nothing is to be sent."""
    folded = key(text)
    if len(folded.split()) > 12:
        return False
    return bool(_DONT_SEND.search(folded) or (changed_mind and _CHANGED_MIND.search(folded)))
