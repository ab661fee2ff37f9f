"""Routing rules and scores, on small hand-made offers (pure, no data files)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from matching import reasons as R
from matching.model import NATIONWIDE, Offer, Situation
from matching.needs import (
    CATEGORIES,
    CATEGORY_NOTES,
    HOME_CATEGORIES,
    NEEDS,
    PRIMARY_CATEGORIES,
    SECONDARY_CATEGORIES,
    by_urgency,
)
from matching.route import route_situation, score_offer


def offer(id: str, category: str, region: str, needs: tuple[str, ...], **kw: object) -> Offer:
    return Offer(id=id, name=id, provider="Träger", category=category, region=region, needs=needs,
                 **kw)  # type: ignore[arg-type]


HARZ_DEBT = offer("harz-debt", "debt_counselling", "15085", ("money_problems",))
DE_DEBT = offer("de-debt", "debt_counselling", NATIONWIDE, ("money_problems",))
BOCHUM_DEBT = offer("bo-debt", "debt_counselling", "05911", ("money_problems",))
HARZ_HOUSING = offer("harz-housing", "housing_support", "15085", ("housing_problems",))
DE_CRISIS = offer("de-crisis", "crisis_line", NATIONWIDE, ("crisis",), always_open=True)
YOUNG_ONLY = offer("harz-young", "debt_counselling", "15085", ("money_problems",), age_min=14,
                   age_max=17)
STUDENTS = offer("harz-school", "school_social_work", "15085", ("school_problems",),
                 school_status=("in_school",))
ARABIC = offer("harz-jmd", "migration_counselling", "15085", ("migration_language",),
               languages=("de", "ar"))
CATALOGUE = (HARZ_DEBT, DE_DEBT, BOCHUM_DEBT, HARZ_HOUSING, DE_CRISIS, YOUNG_ONLY, STUDENTS, ARABIC)


def ids(situation: Situation) -> list[str]:
    return [m.offer.id for m in route_situation(situation, CATALOGUE).matches]


def test_exact_region_beats_nationwide() -> None:
    assert ids(Situation(needs=("money_problems",), age=20, region="15085"))[:2] == [
        "harz-debt", "de-debt"]


def test_other_regions_are_never_recommended() -> None:
    assert "bo-debt" not in ids(Situation(needs=("money_problems",), region="15085"))


def test_unknown_place_falls_back_to_nationwide() -> None:
    result = route_situation(Situation(needs=("money_problems",), age=20), CATALOGUE)
    assert result.nationwide_only
    assert [m.offer.region for m in result.matches] == [NATIONWIDE]


def test_age_range_is_a_rule() -> None:
    assert "harz-young" in ids(Situation(needs=("money_problems",), age=16, region="15085"))
    assert "harz-young" not in ids(Situation(needs=("money_problems",), age=19, region="15085"))


def test_an_offer_only_for_parents_is_shown_only_when_a_parent_writes() -> None:
    """Blind set L20: a 16-year-old with trouble at school got the Elterntelefon."""
    parents = offer("de-parents", "family_counselling", NATIONWIDE, ("family_problems",),
                    for_parents=True)
    youth = offer("de-youth", "family_counselling", NATIONWIDE, ("family_problems",))
    young = Situation(needs=("school_problems",), age=16)
    found = [m.offer.id for m in route_situation(young, (parents, youth)).matches]
    assert found == ["de-youth"]
    parent = Situation(needs=("school_problems",), age=16, parent_writes=True)
    assert "de-parents" in [m.offer.id for m in route_situation(parent, (parents, youth)).matches]
    assert route_situation(young, (parents, youth), use_index=False).matches == \
        route_situation(young, (parents, youth)).matches


def test_school_status_is_a_rule() -> None:
    assert ids(Situation(needs=("school_problems",), region="15085",
                         school_status="in_school")) == ["harz-school"]
    assert ids(Situation(needs=("school_problems",), region="15085",
                         school_status="employed")) == []


def test_language_gives_a_reason() -> None:
    match = route_situation(Situation(needs=("migration_language",), region="15085",
                                      languages=("ar",)), CATALOGUE).matches[0]
    assert "Beratung auch auf Arabisch" in match.reasons


def test_several_needs_most_pressing_first() -> None:
    result = route_situation(
        Situation(needs=("money_problems", "housing_problems"), region="15085"), CATALOGUE)
    assert [m.need for m in result.matches][0] == "housing_problems"
    assert {m.need for m in result.matches} == {"housing_problems", "money_problems"}


def test_urgency_order() -> None:
    assert by_urgency(["career_orientation", "school_problems", "money_problems", "crisis",
                       "housing_problems"]) == (
        "crisis", "housing_problems", "money_problems", "school_problems", "career_orientation")


def test_score_explains_itself() -> None:
    match = score_offer(HARZ_DEBT, Situation(needs=("money_problems",), age=17, region="15085"),
                        "money_problems", region_name="Landkreis Harz")
    assert match is not None
    assert match.reasons == ("Erste Anlaufstelle für: Geld und Schulden",
                             "Zuständig für deinen Ort (Landkreis Harz)",
                             "Passt zu deinem Alter (17)")


situations = st.builds(
    Situation,
    needs=st.lists(st.sampled_from(NEEDS), max_size=4).map(tuple),
    age=st.one_of(st.none(), st.integers(0, 60)),
    region=st.sampled_from([None, "15085", "05911", "06411", "99999"]),
    school_status=st.sampled_from([None, "in_school", "employed", "unemployed"]),
    languages=st.lists(st.sampled_from(["de", "ar", "uk"]), max_size=2).map(tuple),
)


@given(situations)
def test_scores_in_range_and_reasons_present(situation: Situation) -> None:
    for match in route_situation(situation, CATALOGUE).matches:
        assert 0.0 <= match.score <= 1.0
        assert match.reasons and all(isinstance(r, str) and r for r in match.reasons)
        assert match.offer.serves_region(situation.region)


@given(situations)
def test_no_offer_is_recommended_twice(situation: Situation) -> None:
    found = ids(situation)
    assert len(found) == len(set(found))


def test_every_need_has_primary_and_secondary_categories() -> None:
    assert set(PRIMARY_CATEGORIES) == set(SECONDARY_CATEGORIES) == set(NEEDS)
    for need in NEEDS:
        assert PRIMARY_CATEGORIES[need], need
        assert not set(PRIMARY_CATEGORIES[need]) & set(SECONDARY_CATEGORIES[need]), need
        assert set(HOME_CATEGORIES[need]) <= set(CATEGORIES), need
    assert set(CATEGORY_NOTES) <= set(CATEGORIES)


HARZ_ADDICTION = offer("harz-sucht", "addiction_counselling", "15085", ("mental_health",))
HARZ_FAMILY = offer("harz-family", "family_counselling", "15085", ("family_problems", "mental_health"))
DE_PSYCHO = offer("de-psycho", "psychosocial_counselling", NATIONWIDE, ("mental_health",))
HARZ_PSYCHO = offer("harz-psycho", "psychosocial_counselling", "15085", ("mental_health",))
MENTAL = (HARZ_ADDICTION, HARZ_FAMILY, DE_PSYCHO)


def mental_ids(catalogue: tuple[Offer, ...], age: int = 20) -> list[str]:
    result = route_situation(Situation(needs=("mental_health",), age=age, region="15085"), catalogue)
    return [m.offer.id for m in result.matches]


def test_primary_category_beats_a_closer_secondary_one() -> None:
    assert mental_ids(MENTAL) == ["de-psycho", "harz-family", "harz-sucht"]
    assert mental_ids((*MENTAL, HARZ_PSYCHO))[:2] == ["harz-psycho", "de-psycho"]


def test_addiction_counselling_only_when_nothing_fits_better_and_says_why() -> None:
    assert mental_ids((HARZ_ADDICTION,)) == ["harz-sucht"]
    match = score_offer(HARZ_ADDICTION, Situation(needs=("mental_health",), region="15085"),
                        "mental_health")
    assert match is not None
    assert match.reasons[0] == "Kann auch helfen bei: Stress und Sorgen"
    assert "Suchtberatung" in match.reasons[1]


@given(situations)
def test_primary_scores_above_secondary(situation: Situation) -> None:
    for need in NEEDS:
        scored = [m for o in (*CATALOGUE, *MENTAL, HARZ_PSYCHO)
                  if (m := score_offer(o, situation, need)) is not None]
        primary = [m.score for m in scored if m.offer.category in PRIMARY_CATEGORIES[need]]
        other = [m.score for m in scored if m.offer.category not in PRIMARY_CATEGORIES[need]]
        if primary and other:
            assert min(primary) > max(other), need


GENERAL_LINE = offer("de-general", "crisis_line", NATIONWIDE, ("crisis",), always_open=True,
                     danger_kinds=("suicidal", "self_harm"))
SPECIAL_LINE = offer("de-a-special", "crisis_line", NATIONWIDE, ("crisis",), always_open=True,
                     danger_kinds=("violence_at_home", "sexual_abuse"))
DAYTIME_LINE = offer("de-b-daytime", "crisis_line", NATIONWIDE, ("crisis",),
                     danger_kinds=("suicidal",))


def test_crisis_lines_for_suicidal_thoughts_and_open_all_day_come_first() -> None:
    result = route_situation(Situation(needs=("crisis",)),
                             (SPECIAL_LINE, DAYTIME_LINE, GENERAL_LINE))
    assert [m.offer.id for m in result.matches] == ["de-general", "de-b-daytime", "de-a-special"]
    assert "Rund um die Uhr erreichbar" in result.matches[0].reasons


def test_a_service_asked_for_by_name_comes_first_and_says_why() -> None:
    jobcenter = offer("harz-jobcenter", "jobcenter", "15085", ("money_problems",))
    catalogue = (*CATALOGUE, jobcenter)
    plain = Situation(needs=("money_problems",), age=20, region="15085")
    asked = Situation(needs=("money_problems",), age=20, region="15085", asked_for=("jobcenter",))
    for use_index in (True, False):
        assert route_situation(plain, catalogue, use_index=use_index).matches[0].offer.id == "harz-debt"
        first = route_situation(asked, catalogue, use_index=use_index).matches[0]
        assert first.offer.id == "harz-jobcenter"
        assert first.reasons[0] == R.ASKED_FOR.format(category="Jobcenter")
