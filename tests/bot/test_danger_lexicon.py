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
