"""The German rule classes added after crisis set 10 (bot.danger_lexicon), on phrasings
written for these tests: each danger gets at least a check-in, each harmless reading of the
same words stays calm."""

from __future__ import annotations

import pytest

from bot.safety import assess_danger, combine_with_nlu


@pytest.mark.parametrize(("message", "kind", "level"), [
    # a goodbye letter that will be found, "my last evening", someone should know
    ("der zettel für papa liegt auf dem tisch, wenn er heimkommt findet er ihn", "suicidal", "possible"),
    ("heute ist mein letzter abend, wollte nur dass irgendwer das weiß", "suicidal", "possible"),
    ("hab meinem bruder meine ganzen sachen gegeben, ich brauch die eh nicht mehr", "suicidal", "possible"),
    # lethal height or depth in more words
    ("wie tief muss das wasser sein damit man nicht mehr aufwacht", "suicidal", "clear"),
    # coded self-harm
    ("sh ist wieder da und ich schaff es nicht aufzuhören", "self_harm", "clear"),
    ("hab gestern wieder angefangen mit dem ritzen", "self_harm", "clear"),
    # money or gift cards "or the pictures go out"
    ("er will 200 euro in steam karten sonst schickt er die bilder an meine klasse", "sextortion", "clear"),
    ("sonst geht mein video online hat er geschrieben", "sextortion", "possible"),
    # locked out at dusk, nobody answers
    ("ich sitz vor der haustür, keiner macht auf und es ist schon dunkel", "homeless_tonight", "possible"),
    # people with knives at the door
    ("vor der tür stehen typen mit messern", "other_emergency", "clear"),
])
def test_indirect_danger_gets_help_or_a_check_in(message: str, kind: str, level: str) -> None:
    found = assess_danger(message)
    assert found is not None and (found.kind, found.level) == (kind, level)


@pytest.mark.parametrize("message", [
    "der brief an mama zum muttertag liegt unterm kopfkissen, morgen früh findet sie ihn",
    "mein letzter tag im praktikum ist freitag",
    "hab letztes jahr mit dem ritzen aufgehört und trag jetzt wieder kurze ärmel",
    "ich steh vor der tür vom jobcenter, wann machen die auf?",
    "in der küche arbeiten wir mit messern",
    "mein chef will 50 euro sonst kriegst du kein foto vom team",
])
def test_harmless_readings_of_the_new_rules_get_no_full_alarm(message: str) -> None:
    found = assess_danger(message)
    assert found is None or found.level == "possible"


@pytest.mark.parametrize("message", [
    # a figure of speech by two steps
    "ich könnt mich erschießen, hab den termin verpennt",
    # a topic with someone else in it (a play, fan fiction, lyrics)
    "wir spielen im theater ein stück wo eine figur sich umbringen will, wie recherchiere ich das",
    "ich schreib ne fanfiction in der sich jemand ritzt",
    # someone else's past
    "meine schwester hat sich früher geritzt, wie red ich mit ihr darüber",
])
def test_harmless_context_lowers_a_match_by_two(message: str) -> None:
    assert assess_danger(message) is None


@pytest.mark.parametrize("message", [
    # a topic and a past that is over: the past lowers by two
    "wollte mich vor zwei jahren umbringen, hab ne therapie gemacht und will jetzt sozialarbeit studieren",
    # a past that is over in more words
    "vor zwei jahren hat mich einer erpresst, das ist durch. welche ausbildung gibt es bei der polizei?",
    # "not for now", "not affected", the neighbours, a general question
    "gibt es beratung für leute die früher geschlagen wurden? nicht für jetzt, nur zur info",
    "gibts ne notunterkunft in der stadt? bin selbst nicht betroffen, wir machen ne liste",
    "im nachbarhaus war ein polizeieinsatz wegen gewalt, wie erklär ich das meiner schwester",
    "wo meldet man sich wenn man im betrieb belästigt wurde?",
    # a resignation letter, idioms
    "hab meinen abschiedsbrief an die firma geschrieben, jetzt bin ich frei",
    "schieß ich mir selbst ins knie wenn ich die ausbildung abbreche?",
    "mein kollege hat mich beim chef ans messer geliefert",
])
def test_harmless_context_needs_no_check_in_whatever_the_nlu_says(message: str) -> None:
    assert assess_danger(message) is None
    assert combine_with_nlu(None, intent="crisis", confidence=0.99, text=message) is None


def test_nobody_answering_is_no_question_about_opening_hours() -> None:
    message = "mama ist nicht erreichbar und ich steh draußen, es wird dunkel"
    found = combine_with_nlu(None, intent="crisis", confidence=0.9, text=message)
    assert found is not None and found.level == "possible"


# After crisis set 11 (classes of meaning; own phrasings).
@pytest.mark.parametrize(("message", "kind", "level"), [
    # a home that is hell or unsafe, nobody looking for me
    ("daheim ist echt die hölle, ich halt das kaum noch aus", "violence_at_home", "possible"),
    ("bei uns zuhause ist es nicht mehr sicher", "violence_at_home", "possible"),
    ("bin seit mittag unterwegs, die vermissen mich sowieso nicht", "homeless_tonight", "possible"),
    # someone emaciated – also when a player or a team is the subject
    ("meine mitbewohnerin ist total abgemagert und isst kaum was", "eating_disorder", "possible"),
    ("eine spielerin aus meinem team ist nur noch haut und knochen", "eating_disorder", "possible"),
    # someone else who says they will kill themselves
    ("mein freund schreibt er bringt sich heute nacht um", "suicidal", "clear"),
    # being touched is what happened: "nothing happened" does not calm it
    ("ein typ im bus hat mich angefasst, sonst ist nichts passiert", "sexual_abuse", "clear"),
])
def test_set_11_classes_of_danger(message: str, kind: str, level: str) -> None:
    found = assess_danger(message)
    assert found is not None and (found.kind, found.level) == (kind, level)


@pytest.mark.parametrize("message", [
    # a topic in music, in class, or a concept or training for an institution
    "meine lieblingsband singt oft über selbstmord, darf man sowas im radio spielen?",
    "wir haben im unterricht über zwangsheirat diskutiert, gibt es dazu beratungsstellen?",
    "unser jugendzentrum braucht ein schutzkonzept gegen sexuelle gewalt, wer hilft da?",
    "ich besuche eine fortbildung zu suizid bei jugendlichen, gibt es gutes material?",
    # waiting for the bus, the Monday bed
    "wenn die bahn nicht bald kommt, schlaf ich heute auf der straße",
    "ich will ins bett und nie mehr aufstehen, morgen ist wieder montag",
    # a past that is over: grown up now, years clean, nothing happened
    "mit 16 hab ich auf der straße geschlafen, heute bin ich 25 und hab ne eigene wohnung",
    "früher hab ich mich geritzt, bin jetzt drei jahre clean und will pflege lernen",
    # a stranger in public, and nothing happened
    "gestern hat mich so ein typ an der haltestelle bedroht, ist aber nix passiert",
])
def test_set_11_calm_readings_get_no_alarm(message: str) -> None:
    assert assess_danger(message) is None


@pytest.mark.parametrize("message", [
    "hab mich bei der präsentation zu tode geschämt",  # an idiom
    "meine freundin war wegen bulimie in der klinik und ist jetzt in der reha",  # in treatment
])
def test_set_11_calm_readings_need_no_check_in_whatever_the_nlu_says(message: str) -> None:
    assert assess_danger(message) is None
    assert combine_with_nlu(None, intent="crisis", confidence=0.99, text=message) is None


def test_someone_elses_funeral_is_no_sign_but_ones_own_is() -> None:
    assert assess_danger("mein onkel ist gestorben, die beerdigung ist am samstag, krieg ich frei?") is None
    found = assess_danger("wer kommt eigentlich zu meiner beerdigung")
    assert found is not None and found.kind == "suicidal"
