"""Internship places in the chat: after the questions, concrete places near the person.

Asked only when the person looks for an internship ("seek_internship") and the service
offers stored places (`Context.internships`). The places pass the youth employment rules for
the person's age; each is shown with its travel time and what one needs to bring, and the
message carries them as `custom.internships` (contract § 4).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from bot.core import texts
from bot.core.messages import Reply
from bot.core.state import Profile
from bot.core.turn import Context
from matching.internships.rank import FIT_BANDS

SHOWN = 3  # places named in the message; all found go into custom.internships
OTHER_BAND_TOP = FIT_BANDS["other"][1]  # a score below: a place of another occupation


@dataclass(frozen=True, slots=True)
class ChatInternshipProfile:
    """What the chat knows, in the shape the internship finder reads."""

    age: int | None
    needs: Sequence[str]
    occupation: str | None
    school_status: str | None
    support_needs: Sequence[str] = ()
    birth_date: date | None = None
    internship_kind: str | None = None
    travel_mode: str | None = None
    max_travel_minutes: int | None = None
    date_range: tuple[date, date] | None = None


def wants_places(profile: Profile, ctx: Context) -> bool:
    return "seek_internship" in profile.needs and ctx.internships is not None


def internship_replies(profile: Profile, ctx: Context) -> list[Reply]:
    """The places message (or an honest "none near you"); [] when internships are not asked."""
    if not wants_places(profile, ctx) or ctx.internships is None:
        return []
    place = ctx.places.resolve(profile.place) if ctx.places is not None and profile.place else None
    if place is None:
        return []
    asked = ChatInternshipProfile(age=profile.age, needs=tuple(profile.needs),
                                  occupation=profile.occupation,
                                  school_status=profile.school_status)
    items = ctx.internships(asked, place)
    if items is None:  # no internship places stored here: the pilot does not run
        return []
    if not items:
        return [Reply(texts.INTERNSHIPS_NONE.format(place=place.name))]
    # with a wish, places of other occupations are named as such, never as "passend"
    fitting = [i for i in items if i["score"] >= OTHER_BAND_TOP] if profile.occupation else items
    if fitting:
        lines = [texts.INTERNSHIPS_INTRO.format(place=place.name)]
        lines += [_line(item) for item in fitting[:SHOWN]]
        if len(fitting) > SHOWN:
            lines.append(texts.INTERNSHIPS_MORE.format(count=len(fitting) - SHOWN))
        if len(items) > len(fitting):
            lines.append(texts.INTERNSHIPS_OTHERS.format(count=len(items) - len(fitting)))
    else:
        lines = [texts.INTERNSHIPS_OTHER_ONLY.format(place=place.name)]
        lines += [_line(item) for item in items[:SHOWN]]
    lines.append(texts.INTERNSHIPS_NEXT)
    return [Reply("\n".join(lines), internships=tuple(items))]


def _line(item: dict[str, Any]) -> str:
    line = texts.INTERNSHIP_LINE.format(
        occupation=item["occupation"], company=item["company"], place=item.get("place") or "",
        minutes=item["travel_minutes"],
        mode=texts.TRAVEL_MODE_WORDS.get(item.get("travel_mode", ""), ""))
    needed = [texts.REQUIREMENT_PLAIN.get(code, code.replace("_", " "))
              for code in item.get("requires", ())]
    if needed:
        line += " " + texts.INTERNSHIP_NEEDS.format(things=", ".join(needed))
    return line
