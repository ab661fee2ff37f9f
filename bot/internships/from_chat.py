"""A chat's internship request (a handoff to the Praktikalotsen) as the first draft of an
applicant row: the coordinator checks it with the young person, adds what the chat did not
ask (birth date, kind of internship, dates) and saves it through the import's checks.

The chat knows no name, so the code is the handoff's reference – the same code the young
person was told in the chat.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from matching.internships.calendar import land_of_region
from matching.places import PlaceIndex

IN_SCHOOL = "in_school"  # the chat's school status of someone still at school


def applicant_values(reference: str, summary: Mapping[str, Any], places: PlaceIndex
                     ) -> dict[str, str]:
    """Column key → cell text of the applicant form, from the handoff's summary."""
    values = {"id": reference}
    postal_code = str(summary.get("postal_code") or "")
    place = places.by_postal_code(postal_code) if postal_code else None
    if place is None and summary.get("place"):
        place = places.resolve(str(summary["place"]), fuzzy=False)
    if place is not None:
        values["postal_code"] = postal_code or place.postal_code
        land = land_of_region(place.region)
        if land:
            values["land"] = land
    if summary.get("school_status") == IN_SCHOOL:
        values["full_time_school"] = "ja"
        values["school_status"] = IN_SCHOOL
    wishes = [str(i["occupation"]) for i in summary.get("internships", []) if i.get("occupation")]
    if summary.get("occupation"):
        wishes.insert(0, str(summary["occupation"]))
    if wishes:
        values["wishes"] = "; ".join(dict.fromkeys(wishes))
    return values
