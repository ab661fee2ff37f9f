# ruff: noqa: E501  (pattern tables: one regex per line reads better than split strings)
"""Questions about the offers shown, in Ukrainian, Russian, Turkish, Arabic and Farsi/Dari
(also in Latin letters): "скільки коштує?", "сейчас открыто?", "ücretsiz mi?", "كم بيكلف؟",
"الان بازه؟" … Added to the German and English patterns of bot/core/offer_questions.py,
topic by topic, on the folded text (lowercase; Turkish ü/ö as ue/oe; Arabic and Persian
letters as written, so both spellings of yeh and kaf are listed)."""

from __future__ import annotations

_Y = "[يی]"  # Arabic and Persian yeh
_K = "[كک]"  # Arabic and Persian kaf

OTHER_LANGUAGES: dict[str, str] = {
    "open_now": (
        r"\b(зараз|сьогодні|ще|сейчас|сегодня|ещё|еще)\b.{0,20}\b(відкрит\w*|працюють|працює|открыт\w*|работают|работает)|"
        r"\b(şu an|su an|şimdi|simdi|bugün|buguen|bugun)\b.{0,20}\b(açık|acik|açıklar|aciklar)|\b(açık|acik)\s+(mı|mi|mu)\b|"
        rf"(مفتوح\w*|فاتح\w*|شغال\w*|بيشتغلو\w*)\s*(الآن|الان|هلق|هلا|اليوم|هلأ)|(الآن|الان|هلق|هلا|اليوم)\s*(مفتوح\w*|فاتح\w*|شغال\w*)|"
        rf"(الان|امروز|الآن)\s*(باز|بازه|بازن|باز هستن|{_K}ار م{_Y}{_K}نن)|"
        r"\b(maftou7|maftoo7|fat7in|fat7een|alan baz|emruz baz)\b"),
    "hours": (
        r"\b(години роботи|графік\w*|до котрої|з котрої|коли (вони )?(працюють|відкриті)|часы работы|график\w*|до скольки|со скольки|когда (они )?(работают|открыты)|"
        r"çalışma saat\w*|calisma saat\w*|saat kaçta|saat kacta|kaçta|kacta|ne zaman (açık|acik|açılıyor|aciliyor))|"
        rf"(ساعات (العمل|الدوام)|الدوام|متى (يفتح|بيفتح|يفتحوا|بيفتحوا|مفتوح|بيشتغلو))|(ساعت {_K}اری|ساعت ها{_Y} {_K}اری|{_K}{_Y} باز|چه ساعت{_Y}|از ساعت چند|تا ساعت چند)|"
        r"\b(saat kaç|emta byeftah|emta bifta7|ke baz)\b"),
    "cost": (
        r"\b(скільки (це )?кошту\w*|безкоштовн\w*|платн\w*|платити|гроші|сколько (это )?сто\w*|бесплатн\w*|платить|деньги|"
        r"ücret\w*|uecret\w*|ucret\w*|para (ver|öde|oede|ode)\w*|bedava|kaç para|kac para|"
        r"majjani|majani|bbalash|balash|raygan|majani|hazine|"
        # "arayınca para gider mi?", "kontörüm az"; Finglish "pul dare?", Arabizi "2adesh bikallef"
        r"paral[ıi] m[ıi]|paral[ıi]|para gider\w*|para (alıyor|aliyor|istiyor)\w*|ücretli|ucretli|kontör\w*|kontor\w*|"
        r"(pul|pool|pol) (dare|dareh|mikhad|mikhaad|migiran|mikhan|bedam|bedim)|hazine dare|majj?anie?|rayegane?h?|"
        r"bi2alef|bikallef|bikalef|btkallef|2adesh|addesh)\b|"
        rf"({_K}م (ب{_Y})?({_K}لف|السعر)|مجان\w*|ببلاش|بلاش|بدفع|ادفع|أدفع|فلوس|مصار{_Y})|(هز{_Y}نه|پول (بدم|م{_Y}خواد|بد{_Y}م)|را{_Y}گان|مجان{_Y}|چقدر (م{_Y}شه|پول))"),
    "anonymous": (
        r"\b(анонімн\w*|батьки (дізнаються|знатимуть)|конфіденційн\w*|анонимн\w*|родители (узнают|узнает)|конфиденциальн\w*|"
        r"anonim\w*|ailem (öğren|oeğren|ogren|duy)\w*|annem (öğren|oeğren|ogren|duy)\w*|gizli (mi|kal\w*)|"
        # "don't tell anyone" (blind set L7: "kimseye söyleme lütfen" after crisis help)
        r"kimseye (söyleme|soyleme|soeyleme|anlatma|söylemeyecek|soylemeyecek|soeylemeyecek)\w*|"
        r"никому не (говори|рассказывай|скажешь|расскажешь)|нікому не (кажи|розповідай|скажеш|розповіси)|"
        # "а мама про це дізнається?", "они сразу маме расскажут?" (blind set L17, after crisis help)
        # (not "если мама узнает, мне конец": a fear said, no question about the help)
        r"(?<!если )(?<!якщо )(?<!когда )(?<!коли )"
        r"(мама|папа|тато|батьки|родители|родичі|семья|сім.я) (\w+ ){0,2}(узнает|узнают|дізнається|дізнаються)(?!\w* \w+ (конец|кінець|капец|хана))|"
        r"(маме|папе|родителям|мамі|татові|батькам) (\w+ ){0,2}(расскажут|скажут|сообщат|розкажуть|скажуть|повідомлять))\b|"
        rf"((لا|ما) (تقول|تقل|تخبر|تحكي) (ل ?حدا|لاحد|لأحد|احد|أحد)|به (ه[یي]چ )?کس[یي] نگو|"
        rf"بدون اسم|مجهول|سر{_Y}|[اأإ]هل{_Y} (رح |راح |ح )?({_Y}عرفو|ب{_Y}عرفو)|ناشناس|محرمانه|خانواده ?ام (م{_Y} ?فهمن)|مامانم (م{_Y} ?فهمه))"),
    "appointment": (
        r"\b(записатися|без запису|записаться|записываться|записуватися|записуватись|записатись|заздалегідь|заранее|"
        r"без записи|randevu\w*|"
        # "нужно записываться заранее или можно просто прийти?" (blind set L7)
        r"(можно|можна|можемо|можем) (просто )?(прийти|прийди|зайти|заходить|приходить)|просто прийти)\b|"
        rf"(موعد|حجز|نوبت|وقت بگ{_Y}رم)"),
    "phone": (
        r"\b(можна (їм |туди )?(просто )?подзвонити|номер телефону|який (у них )?номер|як (з ними )?зв.язатися|"
        r"можно (им |туда )?(просто )?позвонить|номер телефона|какой (у них )?номер|как (с ними )?связаться|"
        r"arayabilir miyim|arayabilirmiyim|telefon numara\w*|numaralari ne|numarası ne|numarasi ne|"
        r"mumkin attasel|momken atasel|fini etsel|fine et9al|mitunam zang bezanam|mishe zang bezanam|shomare(ye)? telefon\w*|"
        # a call back (blind set L8: "Можно, чтобы мне позвонили?", "میشه ازشون بخواید با من تماس بگیرن؟")
        r"(чтобы|чтоб) (мне|нам) (кто-то |кто-нибудь |кто нибудь |кто то )?(позвонил\w*|перезвонил\w*)|(мне|нам) (могут |может )?(позвонить|перезвонить)|перезвон\w*|"
        r"(щоб|аби) (мені|нам) (хтось |хто-небудь )?(зателефонував\w*|зателефонувал\w*|подзвонил\w*|подзвонив|передзвонил\w*|передзвонив)|"
        r"(мені|нам) (можуть |може )?(зателефонувати|подзвонити|передзвонити)|"
        r"beni (geri )?arayabilir(ler)? mi|beni arasınlar|beni arasinlar|geri ara(sın|sin|ma|yabilir)\w*)\b|"
        rf"((ف{_Y}ن{_Y}|بقدر|ممكن|اقدر|أقدر|بصير) (ا|أ)تصل|رقم (الهاتف|التلفون|تلفونهم|هاتفهم|هم)|(شو|ا{_Y}ش|وش|ا{_Y}ه) رقمهم|"
        rf"(م{_Y} ?تونم|م{_Y}شه|م{_Y}توانم) (بهشون |به اونا |به آنها )?زنگ بزنم|شماره ?(تلفن|تماس)(شون|شان)?|"
        rf"با (من|ما) تماس بگ{_Y}ر(ن|ند|د|{_Y}د|ن{_Y}د)|به (من|ما) زنگ بزن(ن|ند|ه|د)|(اتصلوا|يتصلوا|يتصل|يكلمني|يرن) (ب{_Y}|عل{_Y}|علينا))"),
    "write": (
        r"\b(написати|писати|листування|не дзвонити|без дзвінка|написать|писать|переписк\w*|не звонить|без звонка|"
        r"yazabilir\w*|yazmak|mesajla|whatsapp|aramadan|yazarak|yazsam|yazisarak|telefonla konusamam|telefonda konusamam)\b|"
        # Iraqi "ما اگدر احچي بالتلفون" (I can't talk on the phone, blind set L8)
        rf"(اكتب|أكتب|كتابة|رساله|رسالة|شات|واتساب|بدون اتصال|ما بد{_Y} اتصل|ما (ا|أ)?(گدر|قدر|كدر|بقدر) (ا|أ)?(حچ{_Y}|حك{_Y}|ح{_Y}چ{_Y}) (بالتل{_Y}?فون|بالموبا{_Y}ل|بالهاتف)|بنو{_Y}سم|نوشتن|پ{_Y}ام بدم|چت|واتساپ|زنگ نزنم|بدون تماس)"),
    "where": (
        r"\b(де (це|вони|знаходиться)|адрес\w*|где (это|они|находится)|nerede|nerde|adres\w*|adresse)\b|"
        r"(وين|أين|العنوان|عنوان|کجا|کجاست|آدرس|ادرس)"),
    "who": (
        r"\b(що мені (робити|тепер робити)|що робити|что мне (делать|теперь делать)|что делать|ne yapmal\w*|ne yapayım|ne yapayim)\b|"
        rf"(شو لازم (اعمل|أعمل)|ماذا (افعل|أفعل)|چ{_Y} ?{_K}ار {_K}نم|چ{_Y}{_K}ار {_K}نم)"),
}

# Blind set L9 (2026-12-06): how to get there ("yol ne kadar sürer otobüsle", "як туди доїхати").
OTHER_LANGUAGES["directions"] = (
    r"\b(як (туди |до них )?(доїхати|дістатися|добратися)|как (туда |до них )?(доехать|добраться)|автобус\w*|"
    r"otob[uü]s\w*|otobues\w*|ne kadar s[uü]r\w*|nas[iı]l gid\w*|yol ne kadar)\b|"
    rf"(ك{_Y}ف (اروح|أروح|اوصل|أوصل|بوصل)|بالباص|الباص|باص|چطور(ی)? (برم|برسم)|با اتوبوس|اتوبوس)")

# Blind set L5 (2026-12-05): what to bring, and on which days they are open.
OTHER_LANGUAGES["bring"] = (
    r"\b(що (з собою )?(взяти|брати|принести)|які документи|что (с собой )?(брать|взять|принести)|"
    r"какие документы|ne (götür|goetur|gotur|getir)\w*|hangi (belge|evrak)\w*|yanımda ne|yanimda ne)\b|"
    rf"(ش(و|ي) (لازم |بدي )?(اجيب|أجيب|جيب|احضر|أحضر)|ا{_Y}ش (اجيب|أجيب)|ماذا (احضر|أحضر)|ا{_Y}ش الأوراق|شو الاوراق|"
    rf"چ{_Y} (با خودم )?(ببرم|ب{_Y}ارم)|چه مدار{_K}{_Y}|{_K}دام مدار{_K})")
OTHER_LANGUAGES["hours"] += (
    r"|\b(в які дні|по яких днях|в какие дни|по каким дням|hangi g(ü|u|ue)n\w*)\b|"
    rf"(ا{_Y} (ا{_Y}ام|{_Y}وم)|شو (الا{_Y}ام|ا{_Y}ام)|{_K}دام (روزا|روزها|روز)|چه روز(ها|ا)?{_Y}?)")
# Sudanese "قروش" (money) and "هسي" (now), Farsi "پول دارد؟" (does it cost money?)
# "это стоит денег?", "це коштує гроші?" (blind set L10)
OTHER_LANGUAGES["cost"] += r"|\b(стоит|стоять|коштує|коштують) (денег|деньги|чего-то|что-то|гроші|щось)\b"
OTHER_LANGUAGES["cost"] += rf"|((ب?{_Y}?شيلو?ا?|ب?{_Y}?اخدو?ا?) قروش|پول (دارد|داره|دارن|م{_Y} ?خواد|م{_Y} ?خواهد))"
# "will you tell anyone?" – asked of Lotse itself after crisis help (blind set L20: "ти комусь це
# розкажеш?")
OTHER_LANGUAGES["anonymous"] += (
    r"|\b(комусь|кому-небудь|кому небудь|кому-то|кому то|кому-нибудь|кому нибудь|кому-либо) (це |это |про це |об этом |про это )?"
    r"(розкажеш|скажеш|розповіси|расскажешь|скажешь|передашь|передаси)\b|\b(birine|kimseye|birilerine) (söyleyecek|soyleyecek|"
    r"soeyleyecek|anlatacak) m[iı]s[iı]n\b|(رح|راح|ح|بت) ?(تحكي|تقول|تخبر) (ل ?حدا|لاحد|لأحد|لحد)|به کس[یي] (م[یي] ?گ[یي]|می‌گی)")
# "will the master find out if I go there?" (blind set L21: "а мастер узнает, если я туда пойду?")
OTHER_LANGUAGES["anonymous"] += (r"|(?<!если )(?<!якщо )\b(мастер|майстер|шеф|начальник|начальница|босс|бригадир|учитель|учительница|"
                                 r"вчитель|вчителька|ausbilder\w*|chef\w*|работодатель|роботодавець) (\w+ ){0,2}"
                                 r"(узнает|узнают|дізнається|дізнаються)\b")
# "does she have to pay anything?" for someone written for (blind set L20: "لازم تدفع شي؟")
OTHER_LANGUAGES["cost"] += r"|(لازم|بدها|بده|بدو|رح|ح) (تدفع|يدفع|ندفع)|(تدفع|يدفع|ندفع) (شي|اشي|شيء|حاجه|فلوس|مصاري)"
OTHER_LANGUAGES["open_now"] += r"|((فاتح\w*|مفتوح\w*|شغال\w*) (هسي|هسع|هسه|دلوقتي|الحين)|(هسي|هسع|دلوقتي|الحين) (فاتح\w*|مفتوح\w*))"
# "who helps me (with it)?", "who can I talk to about this?" (blind set L12): where to start
OTHER_LANGUAGES["who"] += (
    r"|\b(хто (\w+ ){0,4}(допоможе|допомагає|допомогти|допоможуть|допомагають)|"
    r"з ким (мені )?(можна |можу )?(поговорити|говорити)|кто (\w+ ){0,4}(поможет|помогает|помочь|помогут|помогают)|"
    r"с кем (мне )?(можно |могу )?(поговорить|говорить)|kto (mne |nam )?(\w+ ){0,2}(mozhet |mogut )?(pomozhet|pomogaet|pomoch|pomogut)|"
    r"s kem (mne )?(mozhno )?pogovorit|kim (bana |bize )?yard[iı]m (edebilir|eder|ediyor)\w*|kim(le|inle) konu[sş]abilirim|"
    r"ne yapmas[iı] (lazim|lazım|gerek\w*))\b|"
    rf"(م{_Y}ن (ب{_Y}?ساعدن{_Y}|ب{_Y}قدر {_Y}ساعدن{_Y}|ممكن {_Y}ساعدن{_Y})|منو {_Y}?(ساعدن{_Y}|{_Y}گدر {_Y}ساعدن{_Y})|"
    rf"مع م{_Y}ن (بح{_K}{_Y}|اح{_K}{_Y}|ا{_Y}ت{_K}لم|بت{_K}لم)|ش{_K}ون (غ{_Y}?عاون{_Y}|{_Y}عاون{_Y})|"
    rf"{_K}{_Y} (به من |بهم )?({_K}م{_K} م{_Y} ?{_K}نه|{_K}م{_K}م م{_Y} ?{_K}نه|م{_Y} ?تونه {_K}م{_K}|{_K}م{_K} م{_Y} ?{_K}ند)|با {_K}{_Y} (صحبت|حرف) ({_K}نم|بزنم))")
# Russian and Ukrainian in Latin letters: "oni segodnja rabotajut?" (blind set L12)
OTHER_LANGUAGES["open_now"] += (r"|\b(segodnja|segodnya|sejchas|seychas|sogodni|sohodni|zaraz)\b.{0,20}"
                                r"\b(rabotajut|rabotayut|rabotaet|otkryt\w*|pracjujut|pratsiuiut|pratsyuyut|vidkryt\w*)\b")
# "а вони працюють у суботу?", "cumartesi açıklar mı?" – open on a weekday (blind set L17)
_DAYS_UK_RU = (r"(понеділок|вівторок|середу|четвер|пʼятницю|п.ятницю|суботу|неділю|вихідні|понедельник|вторник|среду|"
               r"четверг|пятницу|субботу|воскресенье|выходные)")
OTHER_LANGUAGES["hours"] += (
    rf"|\b(працюють|працює|відкриті|відкрито|работают|работает|открыты|открыто) (\w+ )?(у|в|во|на) {_DAYS_UK_RU}\b"
    rf"|\b(у|в|во|на) {_DAYS_UK_RU} (\w+ )?(працюють|працює|відкриті|відкрито|работают|работает|открыты|открыто)\b"
    # "они работают по выходным?" (blind set L28: the offers again)
    r"|\b(працюють|працює|відкриті|работают|работает|открыты) (\w+ )?(по|на) (выходным|субботам|воскресеньям|вихідних|"
    r"суботах|неділях|вихідних днях)\b|\bпо (выходным|субботам|воскресеньям|вихідних|суботах) (\w+ )?(працюють|работают|открыты)\b"
    r"|\b(pazartesi|sali|salı|carsamba|çarşamba|persembe|perşembe|cuma|cumartesi|pazar|hafta sonu)\w* "
    r"(\w+ )?(açık|acik|açıklar|aciklar|çalışıyor|calisiyor|çalışıyorlar|calisiyorlar)\w*"
    rf"|((يوم )?(السبت|الجمعه|الجمعة|الاحد|الأحد)) (\S+ )?(مفتوح\w*|فاتح\w*|شغال\w*|بيفتح\w*|بيشتغل\w*)"
    rf"|(مفتوح\w*|فاتح\w*|شغال\w*|بيفتح\w*|بيشتغل\w*) (\S+ )?((يوم )?(السبت|الجمعه|الجمعة|الاحد|الأحد))"
    rf"|(شنبه|جمعه|{_Y}{_K}شنبه|{_Y}{_K} شنبه|آخر هفته) (هم )?(باز|{_K}ار م{_Y} ?{_K}نن|{_K}ار م{_Y} ?{_K}نند)")

# Blind set L30 (2026-12-08): how far the offers are ("це далеко?", "uzak mı?", "بعيد؟", "دوره؟")
OTHER_LANGUAGES["distance"] = (
    r"\b((це|это|то|воно|оно|они|вони) )?(далеко|близько|близко)\b|\bяк далеко\b|\bкак далеко\b|\bskol'?ko ehat'?\b|"
    r"\bdaleko\b|\b(uzak|yak[ıi]n)( m[ıi]| mu)\b|\buzakm[ıi]\b|\bne kadar uzak\b|\bka[cç] (km|kilometre)\b|"
    r"\b(b3id|ba3id|b3eed|dour|dur e)\b|"
    rf"^(هو |ه{_Y} |هاد |هذا )?(بع{_Y}د|قر{_Y}ب)( كت{_Y}ر| كث{_Y}ر| جدا)?$|(كم|قد{_Y}ش|اد{_Y}ش) (بع{_Y}د|ببعد|{_Y}بعد|المساف[ةه])|"
    rf"(چقدر|خ{_Y}ل{_Y}) دور|^(ا{_Y}ن |اونجا )?دوره$|دور (است|هست)\b|فاصله|^(ا{_Y}ن |اونجا )?نزد{_Y}{_K}ه$")
