"""The rule engine: every rule with its boundary, and properties over random pairs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matching.internships.calendar import (
    is_school_holiday,
    land_of_region,
    public_holiday_name,
    school_holidays,
)
from matching.internships.law import (
    NON_LEGAL_RULES,
    LegalScreen,
    actual_days,
    age_on,
    check_pair,
    failed,
    is_lawful,
    legal_profile,
)
from matching.internships.model import (
    HAZARDS,
    INTERNSHIP_KINDS,
    Applicant,
    Company,
    InternshipPlace,
    RuleCheck,
    Schedule,
)

MON_TERM = date(2027, 9, 6)  # a Monday in term time in Sachsen-Anhalt
MON_SUMMER = date(2027, 7, 12)  # a Monday in the Sachsen-Anhalt summer holidays 2027
WORKWEEK = frozenset({0, 1, 2, 3, 4})


def company(sector: str = "office", region: str = "15085") -> Company:
    return Company(id="c1", name="Beispiel-Betrieb GmbH", postal_code="06484",
                   place="Quedlinburg", region=region, lat=51.79, lon=11.14, sector=sector)


def place(kind: str = "school", first: date = MON_TERM, days: int = 5,
          weekdays: frozenset[int] = WORKWEEK, start: time = time(8, 0),
          end: time = time(14, 30), pause: int = 30, min_age: int = 14,
          hazards: tuple[str, ...] = (), requires: tuple[str, ...] = ()) -> InternshipPlace:
    schedule = Schedule(start_date=first, end_date=first + timedelta(days=days - 1),
                        weekdays=weekdays, start=start, end=end, break_minutes=pause)
    return InternshipPlace(id="p1", company_id="c1", occupation="Kaufmann/-frau für Büro",
                           kldb="71402", kind=kind, schedule=schedule, min_age=min_age,
                           hazards=hazards, requires=requires)


def applicant(age: int = 16, on: date = MON_TERM, school: bool = False, land: str = "ST",
              available: tuple[tuple[date, date], ...] = (), used: int = 0,
              birth: date | None = None) -> Applicant:
    born = birth or date(on.year - age, on.month, on.day)
    return Applicant(id="A-1", birth_date=born, land=land, full_time_school=school,
                     kind="school", available=available, lat=51.8, lon=11.1, region="15085",
                     holiday_days_used=used)


def rule(checks: tuple[RuleCheck, ...], name: str) -> RuleCheck:
    found = [c for c in checks if c.rule == name]
    assert found, f"{name} not in {[c.rule for c in checks]}"
    bad = [c for c in found if not c.ok]
    return bad[0] if bad else found[0]


def rules(checks: tuple[RuleCheck, ...]) -> set[str]:
    return {c.rule for c in checks}


# ---------------------------------------------------------------- age and status

@pytest.mark.parametrize(("birth", "day", "age"), [
    (date(2011, 9, 6), date(2027, 9, 6), 16),  # birthday today
    (date(2011, 9, 7), date(2027, 9, 6), 15),  # birthday tomorrow
    (date(2012, 2, 29), date(2027, 2, 28), 14),  # leap-day child, common year
    (date(2012, 2, 29), date(2027, 3, 1), 15),
    (date(2012, 2, 29), date(2028, 2, 29), 16),
])
def test_age_on(birth: date, day: date, age: int) -> None:
    assert age_on(birth, day) == age


@pytest.mark.parametrize(("birth", "ok"), [
    (date(2011, 9, 6), True),  # 16 on the first day
    (date(2011, 9, 7), False),  # 16 one day later
])
def test_min_age_counts_on_the_first_day(birth: date, ok: bool) -> None:
    checks = check_pair(applicant(birth=birth), place(min_age=16), company())
    assert rule(checks, "Mindestalter").ok is ok
    assert is_lawful(checks) is ok


@pytest.mark.parametrize(("age", "school", "text"), [
    (14, False, "als Kind"),
    (16, True, "vollzeitschulpflichtig (in Sachsen-Anhalt 9 Schuljahre)"),
    (16, False, "Jugendliche"),
])
def test_status_paragraph_2(age: int, school: bool, text: str) -> None:
    check = rule(check_pair(applicant(age, school=school), place(), company()), "JArbSchG §2")
    assert check.ok and text in check.text


def test_adults_get_the_working_time_law_not_the_youth_law() -> None:
    checks = check_pair(applicant(19), place(kind="jbh"), company())
    assert "JArbSchG §2" not in rules(checks)
    assert {"ArbZG §3", "ArbZG §4", "ArbZG §5", "ArbZG §9"} <= rules(checks)
    assert is_lawful(checks)


def test_turning_18_during_the_internship_checks_both_laws() -> None:
    birth = date(2009, 9, 8)  # 18 on Wednesday
    checks = check_pair(applicant(birth=birth), place(kind="jbh"), company())
    assert "JArbSchG §8" in rules(checks) and "ArbZG §3" in rules(checks)
    assert "Ab dem 8.9. bist du 18" in rule(checks, "JArbSchG §2").text


# ---------------------------------------------------------------- § 5: kind of internship

@pytest.mark.parametrize(("age", "school", "kind", "ok"), [
    (14, True, "school", True),
    (14, True, "taster", True),
    (14, True, "jbh", False),
    (16, True, "jbh", False),  # still in full-time schooling counts as a child
    (16, False, "jbh", True),
])
def test_children_only_in_school_internships(age: int, school: bool, kind: str,
                                             ok: bool) -> None:
    checks = check_pair(applicant(age, school=school), place(kind=kind), company())
    assert is_lawful(checks) is ok
    if not ok:
        assert rule(checks, "JArbSchG §5 Abs. 1").ok is False


@pytest.mark.parametrize(("birth", "ok"), [
    (date(2012, 7, 12), True),  # 15 on the first holiday day
    (date(2012, 7, 14), False),  # turns 15 on Wednesday: Monday and Tuesday are not allowed
])
def test_holiday_internship_from_15_turning_15_during_it(birth: date, ok: bool) -> None:
    checks = check_pair(applicant(birth=birth, school=True), place("holiday", MON_SUMMER),
                        company())
    assert is_lawful(checks) is ok
    if not ok:
        check = rule(checks, "JArbSchG §5 Abs. 1")
        assert "12.7." in check.text and "14" in check.text
        assert "Ab dem 14.7. bist du 15" in rule(checks, "JArbSchG §2").text


@pytest.mark.parametrize(("used", "ok"), [
    (0, True), (15, True),  # the fourth week: 15 + 5 = 20
    (16, False), (20, False),  # into the fifth week
])
def test_fifth_holiday_week(used: int, ok: bool) -> None:
    checks = check_pair(applicant(16, MON_SUMMER, school=True, used=used),
                        place("holiday", MON_SUMMER), company())
    holiday_checks = [c for c in checks if c.rule == "JArbSchG §5 Abs. 4"]
    assert all(c.ok for c in holiday_checks) is ok
    assert is_lawful(checks) is ok


def test_holiday_internship_of_four_whole_weeks_is_allowed_five_are_not() -> None:
    four = check_pair(applicant(16, MON_SUMMER, school=True), place("holiday", MON_SUMMER, 26),
                      company())
    five = check_pair(applicant(16, MON_SUMMER, school=True), place("holiday", MON_SUMMER, 33),
                      company())
    assert is_lawful(four) and not is_lawful(five)
    assert "25 Tage" in rule(five, "JArbSchG §5 Abs. 4").text


@pytest.mark.parametrize(("first", "land", "ok"), [
    (MON_SUMMER, "ST", True),
    (MON_TERM, "ST", False),  # term time
    (date(2027, 8, 16), "ST", True),  # last week of the ST summer holidays
    (date(2027, 8, 23), "ST", False),  # school started again
    (date(2027, 8, 2), "HE", True),  # HE summer 28.06.–06.08.2027
])
def test_holiday_internship_must_lie_in_the_school_holidays(first: date, land: str,
                                                             ok: bool) -> None:
    checks = check_pair(applicant(16, first, school=True, land=land), place("holiday", first),
                        company())
    assert is_lawful(checks) is ok
    if not ok:
        assert "kein Ferientag" in rule(checks, "JArbSchG §5 Abs. 4").text


def test_holiday_limit_does_not_apply_after_full_time_schooling() -> None:
    checks = check_pair(applicant(17, MON_TERM, school=False, used=20),
                        place("holiday", MON_TERM), company())
    assert is_lawful(checks)
    assert "gilt für dich nicht" in rule(checks, "JArbSchG §5 Abs. 4").text


# ---------------------------------------------------------------- §§ 7, 8, 11, 12, 13

@pytest.mark.parametrize(("age", "school", "end", "pause", "rule_name", "ok"), [
    (14, True, time(16, 0), 60, "JArbSchG §7", True),  # 7 h
    (14, True, time(16, 30), 60, "JArbSchG §7", False),  # 7.5 h
    (16, True, time(16, 0), 60, "JArbSchG §7", True),  # full-time school: 7 h
    (16, True, time(17, 0), 60, "JArbSchG §7", False),  # 8 h is too much for them
    (16, False, time(17, 0), 60, "JArbSchG §8", True),  # 8 h for a youth
    (16, False, time(17, 30), 60, "JArbSchG §8", False),  # 8.5 h
])
def test_daily_hours(age: int, school: bool, end: time, pause: int, rule_name: str,
                     ok: bool) -> None:
    checks = check_pair(applicant(age, school=school), place(end=end, pause=pause), company())
    assert rule(checks, rule_name).ok is ok


def test_holiday_internship_in_full_time_school_uses_eight_hours() -> None:
    checks = check_pair(applicant(16, MON_SUMMER, school=True),
                        place("holiday", MON_SUMMER, end=time(17, 0), pause=60), company())
    assert rule(checks, "JArbSchG §8").ok and "JArbSchG §7" not in rules(checks)


@pytest.mark.parametrize(("end", "pause", "ok"), [
    (time(12, 30), 0, True),  # 4.5 h without a break
    (time(12, 45), 0, False),  # 4.75 h needs 30 min
    (time(14, 30), 30, True),  # 6 h work, 30 min
    (time(14, 45), 30, False),  # 6.25 h needs 60 min
    (time(13, 0), 10, False),  # 10 min is no break: 5 h without a break
    (time(13, 15), 15, False),  # 15 min counts but 30 are needed
    (time(15, 0), 60, True),
])
def test_breaks_paragraph_11(end: time, pause: int, ok: bool) -> None:
    checks = check_pair(applicant(16), place(end=end, pause=pause), company())
    assert rule(checks, "JArbSchG §11").ok is ok


@pytest.mark.parametrize(("sector", "start", "end", "ok"), [
    ("office", time(8, 0), time(18, 0), True),  # 10 h shift
    ("office", time(8, 0), time(18, 30), False),
    ("hospitality", time(10, 0), time(21, 0), True),  # 11 h in hospitality
    ("hospitality", time(9, 30), time(21, 0), False),
])
def test_shift_length_paragraph_12(sector: str, start: time, end: time, ok: bool) -> None:
    checks = check_pair(applicant(17), place(start=start, end=end, pause=180), company(sector))
    assert rule(checks, "JArbSchG §12").ok is ok


def test_rest_paragraph_13_between_consecutive_days() -> None:
    assert rule(check_pair(applicant(17), place(), company()), "JArbSchG §13").ok
    # an overnight plan leaves less than 12 hours between two days
    night = place(start=time(18, 0), end=time(7, 0), pause=60)
    assert not rule(check_pair(applicant(17), night, company()), "JArbSchG §13").ok


# ---------------------------------------------------------------- § 14 night rest

@pytest.mark.parametrize(("age", "sector", "start", "end", "ok"), [
    (16, "office", time(13, 30), time(20, 0), True),  # 20:00 exactly
    (16, "office", time(13, 30), time(20, 15), False),
    (16, "office", time(6, 0), time(12, 0), True),  # 06:00 exactly
    (16, "office", time(5, 45), time(12, 0), False),
    (15, "hospitality", time(16, 0), time(22, 0), False),  # not over 16
    (16, "hospitality", time(16, 0), time(22, 0), True),
    (17, "hospitality", time(16, 30), time(22, 30), False),
    (15, "bakery", time(5, 0), time(11, 0), False),
    (16, "bakery", time(5, 0), time(11, 0), True),
    (16, "bakery", time(4, 0), time(10, 0), False),
    (17, "bakery", time(4, 0), time(10, 0), True),
    (16, "agriculture", time(5, 0), time(11, 0), True),
    (16, "agriculture", time(15, 0), time(21, 0), True),
    (16, "agriculture", time(5, 0), time(21, 0), False),  # not both ends at once
])
def test_night_rest_paragraph_14(age: int, sector: str, start: time, end: time,
                                 ok: bool) -> None:
    checks = check_pair(applicant(age), place(start=start, end=end, pause=60 if (
        end.hour - start.hour) > 6 else 30), company(sector))
    assert rule(checks, "JArbSchG §14").ok is ok


def test_full_time_school_gets_no_bakery_exception() -> None:
    checks = check_pair(applicant(16, school=True), place(start=time(5, 0), end=time(11, 0)),
                        company("bakery"))
    assert not rule(checks, "JArbSchG §14").ok


def test_turning_16_during_the_internship_opens_the_exception_only_from_then() -> None:
    birth = date(2011, 9, 8)  # 16 on Wednesday
    checks = check_pair(applicant(birth=birth), place(start=time(5, 0), end=time(11, 0)),
                        company("bakery"))
    assert not rule(checks, "JArbSchG §14").ok
    assert "6.9." in rule(checks, "JArbSchG §14").text


# ---------------------------------------------------------------- §§ 15–18

def test_six_days_a_week_break_paragraph_15() -> None:
    checks = check_pair(applicant(16), place(days=6, weekdays=frozenset(range(6))),
                        company("retail"))
    assert not rule(checks, "JArbSchG §15").ok


@pytest.mark.parametrize(("sector", "ok"), [
    ("bakery", True), ("retail", True), ("hospitality", True), ("office", False),
    ("crafts", False),
])
def test_a_saturday_paragraph_16(sector: str, ok: bool) -> None:
    tue_to_sat = frozenset({1, 2, 3, 4, 5})
    checks = check_pair(applicant(16), place(days=6, weekdays=tue_to_sat), company(sector))
    assert rule(checks, "JArbSchG §16").ok is ok
    assert rule(checks, "JArbSchG §15").ok


@pytest.mark.parametrize(("sector", "ok"), [
    ("hospitality", True), ("care", True), ("bakery", False), ("office", False),
])
def test_a_sunday_for_a_17_year_old_paragraph_17(sector: str, ok: bool) -> None:
    wed_to_sun = frozenset({2, 3, 4, 5, 6})
    checks = check_pair(applicant(17), place(days=7, weekdays=wed_to_sun), company(sector))
    assert rule(checks, "JArbSchG §17").ok is ok


def test_two_sundays_a_month_stay_free() -> None:
    every_day = frozenset({2, 3, 4, 5, 6})  # September 2027 has four Sundays
    three = check_pair(applicant(17), place(first=date(2027, 9, 1), days=20,
                                            weekdays=every_day), company("hospitality"))
    two = check_pair(applicant(17), place(first=date(2027, 9, 1), days=14,
                                          weekdays=every_day), company("hospitality"))
    assert not rule(three, "JArbSchG §17").ok
    assert rule(two, "JArbSchG §17").ok


def test_a_public_holiday_is_a_day_off_in_an_office() -> None:
    week = place(first=date(2027, 5, 3))  # Thursday 6 May 2027: Christi Himmelfahrt
    days, off = actual_days(applicant(16), week, company())
    assert len(days) == 4 and off == ((date(2027, 5, 6), "Christi Himmelfahrt"),)
    check = rule(check_pair(applicant(16), week, company()), "JArbSchG §18")
    assert check.ok and "Christi Himmelfahrt" in check.text


@pytest.mark.parametrize(("first", "weekdays", "ok"), [
    (date(2027, 5, 3), WORKWEEK, True),  # Ascension Day in a hotel: allowed
    (date(2027, 4, 27), frozenset({1, 2, 3, 4, 5}), False),  # 1 May: never
    (date(2027, 12, 21), frozenset({1, 2, 3, 4}), False),  # 24 Dec after 14:00, 25 Dec
])
def test_public_holidays_in_a_hotel_paragraph_18(first: date, weekdays: frozenset[int],
                                                 ok: bool) -> None:
    checks = check_pair(applicant(17, first), place(first=first, weekdays=weekdays,
                                                    start=time(10, 0), end=time(16, 30)),
                        company("hospitality"))
    assert rule(checks, "JArbSchG §18").ok is ok


def test_christmas_eve_until_14_is_allowed() -> None:
    checks = check_pair(applicant(17, date(2027, 12, 20)),
                        place(first=date(2027, 12, 20), start=time(8, 0), end=time(14, 0)),
                        company("retail"))
    assert rule(checks, "JArbSchG §18").ok


def test_public_holidays_follow_the_company_land() -> None:
    reformation = place(first=date(2027, 10, 25))  # Sunday 31 Oct is a holiday in ST only
    assert public_holiday_name("ST", date(2027, 10, 31)) == "Reformationstag"
    assert public_holiday_name("HE", date(2027, 10, 31)) is None
    assert land_of_region("06433") == "HE" and land_of_region("15085") == "ST"
    days, _ = actual_days(applicant(16), reformation, company(region="06433"))
    assert len(days) == 5


# ---------------------------------------------------------------- §§ 22, 23, documents

@pytest.mark.parametrize(("age", "school", "lawful", "warning"), [
    (14, True, False, False),  # a child: fails
    (16, False, True, True),  # a youth: only under supervision (warning)
])
def test_dangerous_work_paragraph_22(age: int, school: bool, lawful: bool,
                                     warning: bool) -> None:
    checks = check_pair(applicant(age, school=school), place(hazards=("machines",)),
                        company("crafts"))
    check = rule(checks, "JArbSchG §22")
    assert not check.ok and check.warning is warning
    assert is_lawful(checks) is lawful
    assert "Maschinen" in check.text


def test_adults_have_no_youth_hazard_rule() -> None:
    checks = check_pair(applicant(20), place("jbh", hazards=("machines", "piece_rate")),
                        company("crafts"))
    assert "JArbSchG §22" not in rules(checks) and is_lawful(checks)


@pytest.mark.parametrize("age", [15, 17])
def test_piece_rate_paragraph_23(age: int) -> None:
    checks = check_pair(applicant(age), place(hazards=("piece_rate",)), company("crafts"))
    assert not rule(checks, "JArbSchG §23").ok and not is_lawful(checks)


def test_documents_are_warnings() -> None:
    checks = check_pair(applicant(16), place(requires=("safety_shoes", "ifsg43",
                                                       "measles_proof", "driving_licence")),
                        company())
    warnings = [c for c in checks if c.warning]
    assert {c.rule for c in warnings} == {"PSA-BV §2", "IfSG §43", "IfSG §20 Abs. 9",
                                          "Unterlagen"}
    assert all(not c.ok for c in warnings) and is_lawful(checks)
    assert failed(checks) == ()


# ---------------------------------------------------------------- adults (ArbZG)

@pytest.mark.parametrize(("end", "pause", "rule_name", "ok"), [
    (time(17, 30), 30, "ArbZG §3", True),  # 9 h
    (time(18, 45), 45, "ArbZG §3", True),  # 10 h work: the upper limit
    (time(19, 0), 45, "ArbZG §3", False),  # 10.25 h
    (time(14, 0), 0, "ArbZG §4", True),  # 6 h without a break
    (time(14, 15), 0, "ArbZG §4", False),
    (time(17, 45), 30, "ArbZG §4", False),  # 9.25 h needs 45
    (time(18, 0), 45, "ArbZG §4", True),
])
def test_working_time_law_for_adults(end: time, pause: int, rule_name: str,
                                     ok: bool) -> None:
    checks = check_pair(applicant(19), place("jbh", end=end, pause=pause), company())
    assert rule(checks, rule_name).ok is ok


@pytest.mark.parametrize(("sector", "ok"), [("office", False), ("hospitality", True)])
def test_sunday_rest_for_adults(sector: str, ok: bool) -> None:
    wed_to_sun = frozenset({2, 3, 4, 5, 6})
    checks = check_pair(applicant(22), place("jbh", days=7, weekdays=wed_to_sun),
                        company(sector))
    assert rule(checks, "ArbZG §9").ok is ok


# ---------------------------------------------------------------- dates and calendars

def test_availability_limits_the_actual_days() -> None:
    wed_to_fri = ((date(2027, 9, 8), date(2027, 9, 10)),)
    days, _ = actual_days(applicant(16, available=wed_to_fri), place(), company())
    assert [d.day.day for d in days] == [8, 9, 10]
    elsewhere = ((date(2027, 10, 1), date(2027, 10, 5)),)
    checks = check_pair(applicant(16, available=elsewhere), place(), company())
    assert checks[0].rule == "Termine" and not is_lawful(checks)


def test_availability_can_move_a_holiday_internship_into_the_holidays() -> None:
    # the place runs 16.8.–27.8.; the applicant comes only in the holiday week
    week = ((date(2027, 8, 16), date(2027, 8, 20)),)
    checks = check_pair(applicant(16, date(2027, 8, 16), school=True, available=week),
                        place("holiday", date(2027, 8, 16), 12), company())
    assert is_lawful(checks)


def test_school_calendar_override_and_cache() -> None:
    assert is_school_holiday("HE", date(2030, 8, 1))  # curated: the package has no 2030
    assert not is_school_holiday("HE", date(2030, 9, 2))
    assert school_holidays("ST", 2027) is school_holidays("ST", 2027)


# ---------------------------------------------------------------- properties

@st.composite
def pairs(draw: st.DrawFn) -> tuple[Applicant, InternshipPlace, Company]:
    first = date(2027, 1, 4) + timedelta(days=draw(st.integers(0, 360)))
    start = draw(st.integers(4 * 60, 14 * 60))
    length = draw(st.integers(2 * 60, 12 * 60))
    end = min(start + length, 23 * 60 + 59)
    weekdays = frozenset(draw(st.sets(st.integers(0, 6), min_size=1)))
    plan = Schedule(first, first + timedelta(days=draw(st.integers(0, 30))), weekdays,
                    time(start // 60, start % 60), time(end // 60, end % 60),
                    draw(st.sampled_from([0, 10, 15, 30, 45, 60])))
    a_place = InternshipPlace(
        id="p", company_id="c", occupation="x", kldb="00000",
        kind=draw(st.sampled_from(INTERNSHIP_KINDS)), schedule=plan,
        min_age=draw(st.integers(13, 18)),
        hazards=tuple(draw(st.sets(st.sampled_from(HAZARDS), max_size=3))),
        requires=tuple(draw(st.sets(st.sampled_from(["safety_shoes", "ifsg43"])))))
    a_company = company(draw(st.sampled_from(["office", "bakery", "hospitality", "retail",
                                               "care", "agriculture", "crafts"])),
                        draw(st.sampled_from(["15085", "06433", "05913"])))
    birth = first - timedelta(days=draw(st.integers(13 * 365, 26 * 365)))
    person = Applicant(id="A", birth_date=birth, land=draw(st.sampled_from(["HE", "NW", "ST"])),
                       full_time_school=draw(st.booleans()), kind="school", available=(),
                       lat=51.8, lon=11.1, region="15085",
                       holiday_days_used=draw(st.integers(0, 25)))
    return person, a_place, a_company


@settings(max_examples=150, deadline=None)
@given(pairs())
def test_checks_are_deterministic_and_name_their_paragraph(
        pair: tuple[Applicant, InternshipPlace, Company]) -> None:
    checks = check_pair(*pair)
    assert checks == check_pair(*pair)
    assert checks
    for check in checks:
        assert check.text.strip()
        if not check.ok:
            assert "§" in check.rule or check.rule in NON_LEGAL_RULES | {"Unterlagen"}
        if check.warning:
            assert not check.ok
    assert is_lawful(checks) == (failed(checks) == ())


@st.composite
def crowds(draw: st.DrawFn) -> tuple[list[Applicant], InternshipPlace, Company]:
    """Several people at one place: some born on the same day of the year, free time varied."""
    person, a_place, a_company = draw(pairs())
    first, last = a_place.schedule.start_date, a_place.schedule.end_date
    people = []
    for i in range(draw(st.integers(1, 6))):
        shift = draw(st.sampled_from([0, 365, 730, 3, -2, 10]))  # same birthday, other years
        free = draw(st.sampled_from([(), ((first, last),), ((first, first),),
                                     ((last + timedelta(days=1), last + timedelta(days=9)),),
                                     ((first - timedelta(days=5), first + timedelta(days=2)),
                                      (last, last + timedelta(days=3)))]))
        people.append(replace(person, id=f"A-{i}", birth_date=person.birth_date
                              - timedelta(days=shift), available=free,
                              full_time_school=draw(st.booleans())))
    return people, a_place, a_company


@settings(max_examples=150, deadline=None)
@given(crowds())
def test_screen_answers_exactly_as_check_pair(crowd: tuple[list[Applicant], InternshipPlace,
                                                           Company]) -> None:
    people, a_place, a_company = crowd
    screen = LegalScreen()
    for person in people * 2:
        checks = check_pair(person, a_place, a_company)
        assert screen(person, a_place, a_company) == (is_lawful(checks), checks)
    assert screen.computed <= len(people)


def test_screen_shares_one_check_among_legally_alike_people() -> None:
    a_place = place()  # Monday to Friday in term time
    screen = LegalScreen()
    born = [date(2011, 1, 10), date(2011, 2, 20), date(2011, 5, 1)]  # all 16 that week
    for i, birth in enumerate(born):
        ok, checks = screen(replace(applicant(birth=birth), id=f"A-{i}"), a_place, company())
        assert ok and checks == check_pair(applicant(birth=born[0]), a_place, company())
    assert screen.computed == 1
    turning = applicant(birth=date(2011, MON_TERM.month, MON_TERM.day + 2))  # 16 on Wednesday
    ok, checks = screen(turning, a_place, company())
    assert screen.computed == 2
    assert checks == check_pair(turning, a_place, company())
    assert legal_profile(turning, MON_TERM, MON_TERM + timedelta(days=4)) != legal_profile(
        applicant(birth=born[0]), MON_TERM, MON_TERM + timedelta(days=4))


def test_screen_without_a_shared_day_says_so() -> None:
    later = applicant(available=((MON_TERM + timedelta(days=30), MON_TERM + timedelta(days=40)),))
    ok, checks = LegalScreen()(later, place(), company())
    assert not ok and [c.rule for c in checks] == ["Termine"]
