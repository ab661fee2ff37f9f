"""What someone does now (the school status), said in English, Russian, Ukrainian, Turkish,
Arabic or Dari/Farsi – the typed answer to "Was machst du gerade?" that a button would give.

Patterns on folded text (`matching.text.fold`: lowercase, punctuation as spaces); first match
wins, so negations ("не работаю") and the specific ("university") come before the general.
"""

from __future__ import annotations

import re

from matching.text import fold

_PATTERNS: tuple[tuple[str, str], ...] = (
    ("no_qualification", r"\b(dropped out|no (school )?(certificate|diploma|qualification))\b|"
                         r"бросил\w* школу|кинув школу|кинула школу|без аттестата|без атестата|"
                         r"okulu bıraktım|okulu biraktim|diplomam yok|تركت المدرسة|ما عندي شهادة|"
                         r"ترک تحصیل|مدرک ندارم"),
    # school over, said object first ("школу закончил, … сейчас ничего не делаю", blind set L19)
    ("qualified_no_training", r"школу (уже |вже )?(закончил\w*|окончил\w*|закінчи\w*)|"
                              # the Abitur passed, said in German inside ("Abi сдал летом", L24)
                              r"\b(abi|abitur)\b \w*\s?(сдал\w*|здав\w*|здала|bitirdim|aldim|gemacht)|"
                              r"(сдал\w*|здав\w*|здала) (abi|abitur)\b"),
    ("unemployed", r"\b(unemployed|no job|jobless|nothing right now|at home)\b|"
                   r"безработн|безробітн|не работаю|не працюю|ничего не делаю|нічого не роблю|"
                   r"\b(işsiz|issiz|çalışmıyorum|calismiyorum|evdeyim|hiçbir şey|hicbir sey)|"
                   r"عاطل|ما بشتغل|ما اشتغل|لا اعمل|قاعد بالبيت|بيكار|بیکار|کار نمیکنم|کار نمی کنم|"
                   # "щас дома сижу", "sizhu doma", "evde oturuyorum" (blind set L24)
                   r"сижу дома|дома сижу|сиджу вдома|вдома сиджу|\b(sizhu doma|doma sizhu|sydzhu vdoma|"
                   r"evde oturuyorum|evde oturuyom|evde takiliyorum)\b|بقعد بالبيت|قاعده بالبيت|"
                   r"(خونه|خانه) (نشستم|هستم|میشینم)|"
                   r"нигде не (учусь|работаю)|ніде не (вчусь|вчуся|навчаюсь|працюю)|"
                   r"\bnigde ne (uchus|rabotayu)\b"),
    # a language or integration course after school elsewhere: school is over, no training yet
    # (before "school": "کلاس زبان" is a language class, not school) – blind conversations L2
    ("qualified_no_training", r"\b(language (course|class)|integration course|german course)\b|"
                              r"(языков\w* курс|курс\w* (немецкого|языка)|"
                              r"мовн\w* курс|курс\w* (німецької|мови))|"
                              r"\b(dil kursu\w*|almanca kursu\w*|entegrasyon kursu\w*)|"
                              r"(كورس|دوره|دورة) (لغه|اللغه|لغة|اللغة|الماني|الالماني)|"
                              r"(کورس|کلاس|دوره) (زبان|آلمانی)|"
                              r"\b(sprachkurs|deutschkurs|integrationskurs)\b"),
    ("studying", r"\b(university|uni|college|studying|i study)\b|университет|універ|университ|"
                 r"\b(üniversite|ueniversite|universite)|جامعة|بالجامعة|الجامعة|"
                 r"دانشگاه|دانشجو"),
    ("in_training", r"\b(apprentice|apprenticeship|in training|vocational training)\b|"
                    r"профобучени|профнавчанн|на обучении|на навчанні|\b(çıraklık|ciraklik|"
                    r"meslek eğitimi|meslek egitimi)\b|تدريب مهني|تكوين مهني|آموزش حرفه|"
                    r"\bausbildung\b"),
    ("qualified_no_training", r"\b(finished school|graduated|done with school)\b|"
                              # with words between ("I finished high school in Syria", "liseyi
                              # Türkiye'de bitirdim", "دبیرستان رو تو ایران تموم کردم": blind set L26)
                              r"\bfinished (my |high |secondary )*school\b|"
                              r"\b(school is|school s|schools) (done|over|finished)\b|"
                              r"\bdone with (high )?school\b|"
                              r"\b(liseyi|okulu|ortaokulu)( \w+){0,3} (bitirdim|tamamladim|tamamladım)\b|"
                              r"(مدرسه|دبیرستان|دبيرستان|مکتب) (رو|را|ره)( \S+){0,3} "
                              r"(تموم|تمام|خلاص) (کردم|کدم)|"
                              r"закончил\w* школу|окончил\w* школу|закінчи\w* школу|"
                              r"\b(okulu bitirdim|mezun oldum|mezunum)|خلصت المدرسة|تخرجت|"
                              r"مدرسه رو تموم|مدرسه را تمام|فارغ التحصیل|"
                              # "خلصت الصف التاسع هناك", "مکتب را خلاص کردم" (blind set L10)
                              r"(خلصت|انهيت|أنهيت|خلّصت) (ال)?(صف|بكالوريا|بكلوريا|ثانوي|ثانويه|ثانوية|"
                              r"اعدادي|اعداديه|اعدادية)|"
                              r"مکتب (را|ره|رو) (خلاص|تمام|تموم) (کردم|کدم)"),
    ("employed", r"\b(i work|i'm working|im working|working|i have a job|employed)\b|"
                 r"работаю|працюю|\b(çalışıyorum|calisiyorum|işim var)|بشتغل|اشتغل|أعمل|اعمل|"
                 r"کار میکنم|کار می کنم|شاغل"),
    # in Latin letters: "shche v shkoli, 10 klas", "shkolu zakonchil letom" (blind set L28)
    ("qualified_no_training", r"\bshkol[uy] (uzhe |vzhe |ya )?"
                              r"(zakonchil\w*|okonchil\w*|zakinchy\w*|skinchy\w*)\b|"
                              r"\b(zakonchil\w*|okonchil\w*|zakinchy\w*) shkol[uy]\b"),
    ("in_school", r"\b(hanuz|hanoz|hanooz|hunuz|hanuzam) (be )?(madrese|madrase|maktab) "
                  r"(miram|mirom|meram|mirm|mirum)\b|"
                  r"\b(shche|ishche|eshche|yeshche|eshcho|esche) (v|u) (shkoli|shkole)\b|"
                  r"\b(v|u) (shkoli|shkole)\b|\b\d{1,2} (klas|klass|klase|klasi)\b"),
    ("in_school", r"\b(school|pupil|grade \d+|class \d+|\d+(st|nd|rd|th) grade)\b|школ|"
                  r"\bв \d+ (классе|кл)|\bу \d+ класі|класс|клас|"
                  r"\b(okul\w*|öğrenci\w*|oeğrenci\w*|oegrenci\w*|ogrenci\w*|"
                  r"sınıf\w*|sinif\w*|lise\w*)\b|مدرسة|بالمدرسة|المدرسة|طالب|بالصف|"
                  r"مدرسه|دانش آموز|دانش‌آموز|کلاس|"
                  # Dari: "به مکتب میرم، صنف InteA" (blind set L10)
                  r"مکتب|صنف|"
                  # Arabizi: "ba3dni bl madrase", "lissa fi el madrasa" (blind set L19)
                  r"\b(ba3dni|ba3di|ba3dne|lessa|lissa|lsa|ana) (b|bl|bil|bel|fi|fil|fe|bi) ?(el |l)?"
                  r"(madrase|madrasa|madraseh|madrassa|madrasse)\b"),
)
FOREIGN_STATUS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), status) for status, pattern in _PATTERNS)


def foreign_status(text: str) -> str | None:
    """The school status an answer in one of the six languages names, else None."""
    folded = fold(text)
    return next((status for pattern, status in FOREIGN_STATUS if pattern.search(folded)), None)
