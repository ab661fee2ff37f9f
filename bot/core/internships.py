"""Internship places in the chat: after the questions, concrete places near the person.

Asked only when the person looks for an internship ("seek_internship") and the service
offers stored places (`Context.internships`). The places pass the youth employment rules for
the person's age; each is shown with its travel time and what one needs to bring, and the
message carries them as `custom.internships` (contract § 4).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from bot.core import texts
from bot.core.messages import Reply
from bot.core.offer_questions import DISTANCE_QUESTION
from bot.core.state import DialogueState, Profile
from bot.core.turn import Context
from matching.internships.rank import FIT_BANDS
from matching.text import fold

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


def internship_replies(state: DialogueState, ctx: Context) -> list[Reply]:
    """The places message (or an honest "none near you"); [] when internships are not asked.
    The places named are kept in `state.internships_shown` for follow-up questions."""
    state.internships_shown = []
    replies = _places(state.profile, ctx)
    if replies and replies[0].internships:
        named = _named(replies[0].internships, state.profile)
        state.internships_shown = [_facts(item) for item in named]
    return replies


def _places(profile: Profile, ctx: Context) -> list[Reply]:
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
    fitting = _fitting(items, profile)
    if fitting:
        named = _named(items, profile)
        lines = [texts.INTERNSHIPS_INTRO.format(place=place.name)]
        lines += [_line(item) for item in named]
        if len(fitting) > len(named):
            lines.append(texts.INTERNSHIPS_MORE.format(count=len(fitting) - len(named)))
        if len(items) > len(fitting):
            lines.append(texts.INTERNSHIPS_OTHERS.format(count=len(items) - len(fitting)))
    else:
        lines = [texts.INTERNSHIPS_OTHER_ONLY.format(place=place.name)]
        lines += [_line(item) for item in _named(items, profile)]
    lines.append(texts.INTERNSHIPS_NEXT)
    return [Reply("\n".join(lines), internships=tuple(items))]


def _fitting(items: Sequence[Mapping[str, Any]], profile: Profile) -> list[Mapping[str, Any]]:
    """With a wish: the places of that occupation; without one: all."""
    return [i for i in items if i["score"] >= OTHER_BAND_TOP] if profile.occupation else list(items)


def _distinct(items: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """One per occupation and company (its other dates for the same job stay in
    `custom.internships`), in order."""
    seen: dict[tuple[str, str], Mapping[str, Any]] = {}
    for item in items:
        seen.setdefault((item["occupation"], item["company"]), item)
    return list(seen.values())


def _named(items: Sequence[Mapping[str, Any]], profile: Profile) -> list[Mapping[str, Any]]:
    """The places the message names: the first fitting ones, else the first of all."""
    return _distinct(_fitting(items, profile) or items)[:SHOWN]


def _facts(item: Mapping[str, Any]) -> dict[str, Any]:
    """What a follow-up question may ask about a named place (no person's data)."""
    schedule = item.get("schedule") or {}
    return {"id": item["id"], "occupation": item["occupation"], "company": item["company"],
            "minutes": item["travel_minutes"], "mode": item.get("travel_mode", ""),
            "weekdays": list(schedule.get("weekdays", [])), "start": schedule.get("start", ""),
            "end": schedule.get("end", ""), "from": schedule.get("from", ""),
            "to": schedule.get("to", ""), "requires": list(item.get("requires", []))}


# follow-up questions about the places just named: (topic, pattern on folded text)
TOPICS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(p)) for name, p in (
    ("days", r"\b(samstags?|sonntags?|wochenendes?|welchen? tage?n?|jeden tag|feiertags?|"
             r"saturdays?|sundays?|weekends?)\b"),
    ("hours", r"\b(arbeitszeit\w*|wie lange (am tag|jeden tag|pro tag|muss ich (da )?arbeiten)|"
              r"wann (faengt|beginnt|startet|geht) (das|es|der tag|die arbeit)|um wie ?viel uhr|"
              r"von wann bis wann|wie frueh|working hours)\b"),
    ("distance", DISTANCE_QUESTION),
    ("dates", r"\b(wann (ist|war|waere|laeuft) (das|es|der|die)|in welche[rn]? (woche|zeit|ferien)|"
              r"welcher zeitraum|von wann|wie lange geht (das|es)|when is it)\b"),
    ("needs", r"\b(was (brauch|muss) ich (da )?(mit|fuer|dafuer)|mitbringen|voraussetzung\w*|"
              r"sicherheitsschuhe|impfung|belehrung|what do i need)\b"),
))


def topic_of(text: str) -> str | None:
    """Which follow-up question about the named places a message asks, if any."""
    folded = fold(text)
    return next((name for name, pattern in TOPICS if pattern.search(folded)), None)


def answer(topic: str, shown: Sequence[Mapping[str, Any]]) -> str:
    """One line per named place, from its facts."""
    lines = [ANSWERS[topic](place) for place in shown]
    return "\n".join(line for line in lines if line)


def _days(place: Mapping[str, Any]) -> str:
    days = place["weekdays"]
    weekend = [d for d in days if d in ("sa", "su")]
    when = _day_span(days)
    text = texts.IQ_DAYS.format(company=place["company"], days=when)
    return text + " " + (texts.IQ_WEEKEND if weekend else texts.IQ_NO_WEEKEND)


def _day_span(days: Sequence[str]) -> str:
    order = [d for d in texts.WEEKDAY_NAMES if d in days]
    every = list(texts.WEEKDAY_NAMES)
    if len(order) > 2 and order == every[every.index(order[0]):every.index(order[0]) + len(order)]:
        return texts.IQ_DAY_RANGE.format(first=texts.WEEKDAY_NAMES[order[0]],
                                         last=texts.WEEKDAY_NAMES[order[-1]])
    return ", ".join(texts.WEEKDAY_NAMES[d] for d in order)


def _hours(place: Mapping[str, Any]) -> str:
    return texts.IQ_HOURS.format(company=place["company"], start=place["start"], end=place["end"])


def _distance(place: Mapping[str, Any]) -> str:
    return texts.IQ_DISTANCE.format(company=place["company"], minutes=place["minutes"],
                                    mode=texts.TRAVEL_MODE_WORDS.get(place["mode"], ""))


def _dates(place: Mapping[str, Any]) -> str:
    start, end = (_german_date(place[k]) for k in ("from", "to"))
    return texts.IQ_DATES.format(company=place["company"], start=start, end=end)


def _german_date(iso: str) -> str:
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day}.{day.month}.{day.year}"


def _needs(place: Mapping[str, Any]) -> str:
    needed = [texts.REQUIREMENT_PLAIN.get(code, code.replace("_", " ")) for code in place["requires"]]
    if not needed:
        return texts.IQ_NEEDS_NOTHING.format(company=place["company"])
    return texts.IQ_NEEDS.format(company=place["company"], things=", ".join(needed))


ANSWERS = {"days": _days, "hours": _hours, "distance": _distance, "dates": _dates,
           "needs": _needs}


def _line(item: Mapping[str, Any]) -> str:
    line = texts.INTERNSHIP_LINE.format(
        occupation=item["occupation"], company=item["company"], place=item.get("place") or "",
        minutes=item["travel_minutes"],
        mode=texts.TRAVEL_MODE_WORDS.get(item.get("travel_mode", ""), ""))
    needed = [texts.REQUIREMENT_PLAIN.get(code, code.replace("_", " "))
              for code in item.get("requires", ())]
    if needed:
        line += " " + texts.INTERNSHIP_NEEDS.format(things=", ".join(needed))
    return line
