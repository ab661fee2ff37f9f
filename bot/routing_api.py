"""`lotse match` and `POST /api/match`: a situation profile in, the contract's JSON out."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from bot.core.messages import OfferCard
from matching.model import Offer, Situation
from matching.needs import NEEDS
from matching.places import PlaceIndex
from matching.route import route_situation

if TYPE_CHECKING:
    from bot.internships_match import InternshipFinder

SchoolStatus = Literal["in_school", "in_training", "qualified_no_training", "no_qualification",
                       "employed", "unemployed", "studying"]
Qualification = Literal["none", "foerderschule", "hauptschule", "realschule",
                        "fachhochschulreife", "abitur", "foreign"]
InternshipKind = Literal["school", "holiday", "jbh", "taster"]
TravelMode = Literal["walk", "bike", "transit", "car"]
MAX_INTERNSHIP_DAYS = 366


class DatesIn(BaseModel):
    """The days a person has time for an internship: `{"from": …, "to": …}`."""

    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    from_: date = Field(alias="from")
    to: date

    @model_validator(mode="after")
    def _in_order(self) -> DatesIn:
        if self.to < self.from_:
            raise ValueError("dates: 'to' lies before 'from'")
        if (self.to - self.from_).days > MAX_INTERNSHIP_DAYS:
            raise ValueError("dates: at most one year")
        return self


class ProfileIn(BaseModel):
    """The contract's situation profile; every field optional, unknown fields ignored."""

    model_config = ConfigDict(extra="ignore")

    age: int | None = Field(None, ge=0, le=120)
    place: str | None = Field(None, max_length=200)
    needs: list[Literal[NEEDS]] = []  # type: ignore[valid-type]
    school_status: SchoolStatus | None = None
    school_qualification: Qualification | None = None
    occupation: str | None = Field(None, max_length=200)
    languages: list[str] = []
    support_needs: list[str] = []
    birth_date: date | None = None
    internship_kind: InternshipKind | None = None
    dates: DatesIn | None = None
    travel_mode: TravelMode | None = None
    max_travel_minutes: int | None = Field(None, ge=1, le=240)

    @model_validator(mode="after")
    def _plausible_birth_date(self) -> ProfileIn:
        if self.birth_date is not None and not date(1900, 1, 1) <= self.birth_date <= date.today():
            raise ValueError("birth_date: not a plausible date of birth")
        return self

    @property
    def date_range(self) -> tuple[date, date] | None:
        return (self.dates.from_, self.dates.to) if self.dates else None


def match_profile(profile: ProfileIn, offers: tuple[Offer, ...], places: PlaceIndex, *,
                  internships: InternshipFinder | None = None) -> dict[str, Any]:
    """The routing result for one profile, as the contract's JSON object; `internships`
    finds the stored internship places (none without it)."""
    place = places.resolve(profile.place) if profile.place else None
    situation = Situation(
        needs=tuple(profile.needs), age=profile.age, region=place.region if place else None,
        school_status=profile.school_status, school_qualification=profile.school_qualification,
        occupation=profile.occupation, languages=tuple(profile.languages),
        support_needs=tuple(profile.support_needs),
    )
    result = route_situation(situation, offers, region_name=place.kreis if place else None)
    return {
        "place": ({"name": place.name, "postal_code": place.postal_code, "region": place.region,
                   "kreis": place.kreis, "lat": place.lat, "lon": place.lon} if place else None),
        "nationwide_only": result.nationwide_only,
        "offers": [OfferCard.from_match(m).to_dict() for m in result.matches],
        "internships": (internships(profile, place) or []) if internships is not None else [],
    }
