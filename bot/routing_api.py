"""`lotse match` and `POST /api/match`: a situation profile in, the contract's JSON out."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from bot.core.messages import OfferCard
from matching.model import Offer, Situation
from matching.needs import NEEDS
from matching.places import PlaceIndex
from matching.route import route_situation

SchoolStatus = Literal["in_school", "in_training", "qualified_no_training", "no_qualification",
                       "employed", "unemployed", "studying"]
Qualification = Literal["none", "foerderschule", "hauptschule", "realschule",
                        "fachhochschulreife", "abitur", "foreign"]


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


def match_profile(profile: ProfileIn, offers: tuple[Offer, ...], places: PlaceIndex) -> dict[str, Any]:
    """The routing result for one profile, as the contract's JSON object."""
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
        "internships": [],
    }
