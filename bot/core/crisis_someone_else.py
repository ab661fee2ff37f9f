"""Whether a crisis message is about someone else – a friend, a brother, a pupil – and not
about the writer ("doostam … goft mikhad khodesho bekoshe", blind set L19). Then the crisis
answer speaks to the one who worries ("good that you care; if they are in danger now, call
112") instead of "that sounds like a lot of pain" to the wrong person.

Said only when it is clear: the danger is in the third person ("kill himself", "sich
umbringen", "хочет покончить", "kendini öldürecek", "يقتل نفسه", "خودشو بکشه") and nothing
in the message is the writer's own danger ("myself", "mich", "kendimi", "نفسي", "خودمو").
A wrong "about someone else" would leave a person in danger unheard; a wrong "about you" is
only less fitting – so when in doubt, the answer speaks to the writer.
"""

from __future__ import annotations

import re

from bot.core.slots import read_subject
from bot.core.state import DialogueState
from bot.core.understanding import Understanding

_FRIEND_EN = r"(friend|mate|bro|bestie|sister|brother|sis|cousin|classmate|girlfriend|boyfriend|son|daughter)"

# what they want to do to themselves – "kill" alone may be aimed at the writer ("he will kill me")
_THEIR_END = (r"(die|jump( off)?|overdose|end (it|his life|her life|their life)|not be here|"
              r"kill (himself|herself|themselves|themself)|take (all )?(the |his |her )?pills)\b")

THIRD_PERSON_DANGER = re.compile("|".join((
    # English
    r"\b(kill|hurt|cut|hang|harm|starve|end) (himself|herself|themselves|themself)\b",
    r"\b(he|she|they)( ?'?s| is| are| was| were)? (going to|gonna|wants? to|wanna|will|plans? to|planning to|"
    r"tried to|talks? about|talking about|said (he|she|they) (wants?|will|is going) to) "
    rf"{_THEIR_END}",
    rf"\bmy {_FRIEND_EN} (wants? to|is going to|is gonna|said (he|she) (wants?|will|is going) to|told me (he|she) "
    rf"(wants?|will|is going) to|is talking about) {_THEIR_END}",
    # German: "sich" is the third person's reflexive ("ich will mich umbringen")
    r"\bsich (\w+ )?(umbringen|umzubringen|umgebracht|das leben nehmen|das leben zu nehmen|was antun|etwas antun|"
    r"ritzen|ritzt|toeten|töten|vor den zug werfen|erhaengen|erhängen|aufhaengen|aufhängen)\b",
    r"\b(er|sie) (will|wollte|moechte|möchte|wird|plant) (nicht mehr leben|sterben|springen)\b",
    # Russian and Ukrainian: the third person's verb forms
    r"(хочет|хоче|собирается|збирається|решил|решила|вирішив|вирішила|говорит|говорить|каже|сказал|сказала|"
    r"сказав),? (что |що )?(он |она |він |вона )?(хочет |хоче )?(умереть|покончить|покінчити|померти|"
    r"убить себя|вбити себе|повеситься|повіситися|прыгнуть|стрибнути|спрыгнуть)",
    r"\b(он|она|він|вона) (хочет|хоче|собирается|збирається) (умереть|покончить|покінчити|померти|прыгнуть|стрибнути)",
    r"\b(ubit sebya|pokonchit|pokinchyty) .{0,30}\b(khochet|hochet|xochet|hoche|sobiraetsya)\b|"
    r"\b(khochet|hochet|xochet|hoche|sobiraetsya|zbyraietsia) (umeret|pokonchit|pokinchyty|pomerty)",
    # Turkish: "kendini" (himself/herself) and the third person's -ecek / istiyor (not -um)
    r"\bkendini (öldür|oldur|as|kes|atacak|atmak)\w*",
    r"\b(intihar|ölmek|olmek) (edecek|etmek istiyor|istiyor|ist[iı]yormu[sş])\b",
    # Arabic: نفسه / نفسها (himself / herself), his and her verbs
    r"(يقتل|تقتل|يأذي|تأذي|يؤذي|تؤذي|يجرح|تجرح|يذبح|يرمي|ترمي) (حاله|حالها|نفسه|نفسها|روحه|روحها)",
    r"(بدو|بده|بدها|يريد|تريد|يبغى|تبغى|رح|راح|حي|ح) (ينتحر|تنتحر|يموت|تموت)",
    r"\b(yentE?7er|yinta7er|bado yente7er|badda tente7er|ye2tol 7alo|yi2tol 7alo|yo2tol nafso)\b",
    # Farsi / Dari: خودشو / خودش را (himself), the third person's verbs
    r"(خودشو|خودش را|خودشرو|خودش‌رو|خودش رو) ?(بکشه|میکشه|می‌کشه|بکشد|می ?کشد|بزنه|آتیش بزنه|از بین ببره|حلق ?آویز)",
    r"(میخواد|می‌خواد|میخواهد|می‌خواهد|گفت) (خودکشی|بمیره|بمیرد)",
    r"\b(khodesho|khodesh ro|khodeshoo|khodesh) (bekoshe|bokoshe|mikoshe|bokosh)\b|\bmikhad (khodkoshi|bemire)\b",
)))

# the writer's own danger, in any of the languages: then the answer speaks to the writer
OWN_DANGER = re.compile("|".join((
    r"\bmyself\b|\bi (want|wanna|will|am going|m going|'m going|am gonna|m gonna|'m gonna|'ll) (to )?"
    r"(die|kill|end|jump|cut|hurt)\b|\bmy own life\b|\bme too\b|"
    r"\b(kill|hurt|hit|beat|rape|touch|choke)(s|es|ed|ing)? me\b",  # the writer is the one hurt
    r"\bmich\b|\bich (will|moechte|möchte|werde|wollte) (auch )?(sterben|nicht mehr leben|springen)\b|\bmir (auch )?was an\b",
    r"\bя (тоже |теж )?(хочу|хотел|хотела|собираюсь|збираюся) (умереть|покончить|покінчити|померти|убить|вбити)|"
    r"\bи я\b|\bя теж\b|\bсебе\b",
    r"\bkendimi\b|\b(ölmek|olmek) ist[iı]yorum\b|\bben de\b",
    r"نفسي|حالي|روحي|بدي موت|بدي انتحر|أنتحر|انتحر انا|أنا كمان|انا كمان",
    r"خودمو|خودم را|خودمو|میخوام بمیرم|می‌خوام بمیرم|منم|\bkhodamo\b|\bmikham bemiram\b|\bmanam\b",
)))


def about_someone_else(state: DialogueState, u: Understanding) -> bool:
    """The crisis message is about another person in danger, not the writer's own."""
    text = u.text.lower()
    if OWN_DANGER.search(text):
        return False
    if THIRD_PERSON_DANGER.search(text):
        return True
    subject = state.subject or read_subject(u.text)
    return bool(subject)
