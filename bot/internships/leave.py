"""Whether a placement needs a Freistellungsantrag: the school days an internship takes.

A young person who still goes to school needs the school's leave (Freistellung/Beurlaubung
vom Unterricht) for every internship day that is a school day, unless the internship is the
school's own (kind "school": the school organises it, so it is a school event). A school day
is a Monday to Friday that is neither a public holiday nor a school holiday of the Land of the
school (`Applicant.land`) – the company's Land decides which days are worked
(`law.actual_days`), the school's Land which days are taught.

Safe side: a day the calendar does not know as a holiday (an unknown Land, a year the
`holidays` package does not cover yet, a school's own movable days off) counts as a school
day, so the paper is offered once too often rather than missing.
"""

from __future__ import annotations

from datetime import date

from matching.internships.calendar import is_school_holiday, public_holiday_name
from matching.internships.law import actual_days
from matching.internships.model import Applicant, Company, InternshipPlace

SCHOOL_KIND = "school"  # organised by the school itself: no leave to ask for
AT_SCHOOL = "in_school"  # matching.model.SCHOOL_STATUSES: still goes to school


class NoSchoolDays(ValueError):
    """A Freistellungsantrag was asked for a placement that takes no school days."""


def goes_to_school(applicant: Applicant) -> bool:
    """Still at school: in full-time compulsory schooling, or says so (e.g. upper school)."""
    return applicant.full_time_school or applicant.school_status == AT_SCHOOL


def is_school_day(land: str, day: date) -> bool:
    """Monday to Friday, not a public holiday and not a school holiday of the Land."""
    return (day.weekday() < 5 and public_holiday_name(land, day) is None
            and not is_school_holiday(land, day))


def missed_school_days(applicant: Applicant, place: InternshipPlace, company: Company
                       ) -> tuple[date, ...]:
    """The internship's actual days that are school days for this young person, in order;
    empty when the school gives no leave for it (not at school, or the school's own)."""
    if place.kind == SCHOOL_KIND or not goes_to_school(applicant):
        return ()
    days, _ = actual_days(applicant, place, company)
    return tuple(d.day for d in days if is_school_day(applicant.land, d.day))


def needs_leave(applicant: Applicant, place: InternshipPlace, company: Company) -> bool:
    """Whether the school must release the young person from lessons for this internship."""
    return bool(missed_school_days(applicant, place, company))
