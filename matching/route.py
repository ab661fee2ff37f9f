"""Rule-and-score routing of a situation to offers, every score with its reasons."""

from __future__ import annotations

from collections.abc import Iterable

from matching.languages import language_name
from matching.model import NATIONWIDE, Match, Offer, RoutingResult, Situation
from matching.needs import HOME_CATEGORIES, NEED_LABELS, by_urgency

# Weights of the score parts; they add up to 1 so every score lies in [0, 1].
W_NEED, W_REGION, W_AGE, W_STATUS, W_LANGUAGE, W_APPOINTMENT = 0.45, 0.30, 0.10, 0.05, 0.05, 0.05
DEFAULT_NEEDS = ("career_orientation",)


def route_situation(
    situation: Situation,
    offers: Iterable[Offer],
    *,
    region_name: str | None = None,
    per_need: int = 3,
) -> RoutingResult:
    """Rank the offers for each need of `situation`, most pressing need first."""
    catalogue = tuple(offers)
    needs = by_urgency(situation.needs) or DEFAULT_NEEDS
    topic_needs = tuple(n for n in needs if n != "talk_to_human") or ("talk_to_human",)
    wants_person = "talk_to_human" in needs
    seen: set[str] = set()
    matches: list[Match] = []
    for need in topic_needs:
        ranked = sorted(
            (
                m
                for offer in catalogue
                if (m := score_offer(offer, situation, need, wants_person, region_name)) is not None
            ),
            key=lambda m: (-m.score, m.offer.region == NATIONWIDE, m.offer.id),
        )
        fresh = [m for m in ranked if m.offer.id not in seen][:per_need]
        seen.update(m.offer.id for m in fresh)
        matches.extend(fresh)
    return RoutingResult(matches=tuple(matches), nationwide_only=situation.region is None)


def score_offer(
    offer: Offer,
    situation: Situation,
    need: str,
    wants_person: bool = False,
    region_name: str | None = None,
) -> Match | None:
    """Score one offer for one need, or None when a rule excludes it."""
    home = HOME_CATEGORIES.get(need, ())
    if need not in offer.needs and offer.category not in home:
        return None
    if not offer.serves_region(situation.region):
        return None
    age = situation.age
    if age is not None and not offer.age_min <= age <= offer.age_max:
        return None
    status = situation.school_status
    if offer.school_status and status is not None and status not in offer.school_status:
        return None

    reasons = [f"Hilft bei: {NEED_LABELS.get(need, need)}"]
    need_fit = 1.0 - 0.15 * home.index(offer.category) if offer.category in home else 0.6

    if offer.region == NATIONWIDE:
        region_fit = 0.5
        reasons.append("Bundesweit für dich erreichbar")
    else:
        region_fit = 1.0 if offer.region == situation.region else 0.9
        reasons.append(f"Zuständig für deinen Ort ({region_name})" if region_name else
                       "Zuständig für deinen Ort")

    if age is not None:
        age_fit = 1.0
        reasons.append(f"Passt zu deinem Alter ({age})")
    else:
        age_fit = 0.7

    if offer.school_status:
        status_fit = 1.0 if status is not None else 0.6
    else:
        status_fit = 0.8

    other_languages = [lang for lang in situation.languages if lang != "de"]
    spoken = [lang for lang in other_languages if lang in offer.languages]
    if spoken:
        language_fit = 1.0
        names = ", ".join(language_name(lang) for lang in spoken)
        reasons.append(f"Beratung auch auf {names}")
    else:
        language_fit = 0.5 if other_languages else 0.8

    if wants_person and offer.personal_appointment:
        appointment_fit = 1.0
        reasons.append("Du kannst mit einem Menschen sprechen, auch vor Ort")
    else:
        appointment_fit = 0.4 if wants_person else 0.8

    score = (
        W_NEED * need_fit
        + W_REGION * region_fit
        + W_AGE * age_fit
        + W_STATUS * status_fit
        + W_LANGUAGE * language_fit
        + W_APPOINTMENT * appointment_fit
    )
    return Match(offer=offer, need=need, score=round(min(max(score, 0.0), 1.0), 4),
                 reasons=tuple(reasons))
