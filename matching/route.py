"""Rule-and-score routing of a situation to offers, every score with its reasons."""

from __future__ import annotations

from collections.abc import Iterable

from matching import reasons as R
from matching.languages import language_name
from matching.model import NATIONWIDE, Match, Offer, RoutingResult, Situation
from matching.needs import (
    CATEGORY_LABELS,
    CATEGORY_NOTES,
    NEED_LABELS,
    PRIMARY_CATEGORIES,
    SECONDARY_CATEGORIES,
    by_urgency,
)
from matching.offer_index import index_for

# How well the offer's category fits the need sets the band of the score: a primary
# category ("Erste Anlaufstelle") always scores above a secondary one, and a secondary one
# above an offer that only lists the need. Within a band the other parts decide.
PRIMARY_BAND, SECONDARY_BAND, LISTED_BAND = (0.60, 0.40), (0.30, 0.28), (0.02, 0.26)
# Weights of the parts within a band; they add up to 1 so every score lies in [0, 1].
W_REGION, W_AGE, W_STATUS, W_LANGUAGE, W_APPOINTMENT, W_ORDER = 0.45, 0.15, 0.10, 0.10, 0.10, 0.10
SPECIALIST_KINDS = frozenset({"eating_disorder", "sextortion"})
DEFAULT_NEEDS = ("career_orientation",)


def route_situation(
    situation: Situation,
    offers: Iterable[Offer],
    *,
    region_name: str | None = None,
    per_need: int = 3,
    use_index: bool = True,
) -> RoutingResult:
    """Rank the offers for each need of `situation`, most pressing need first. The catalogue's
    index (matching/offer_index.py) names the offers that can serve a need in the region, they
    are ranked by score alone, and only those shown get their reasons. `use_index=False`
    scores and explains every offer, as routing did before the index (the same result – the
    benchmark's anchor)."""
    catalogue = offers if isinstance(offers, tuple) else tuple(offers)
    if not use_index:
        return _route_every_offer(situation, catalogue, region_name, per_need)
    index = index_for(catalogue)
    needs = by_urgency(situation.needs) or DEFAULT_NEEDS
    topic_needs = tuple(n for n in needs if n != "talk_to_human") or ("talk_to_human",)
    wants_person = "talk_to_human" in needs
    seen: set[str] = set()
    matches: list[Match] = []
    for need in topic_needs:
        ranked = sorted(
            ((score, offer) for offer in index.candidates(need, situation.region)
             if (score := offer_score(offer, situation, need, wants_person)) is not None),
            key=lambda pair: (pair[1].category not in situation.asked_for, -pair[0],
                              pair[1].region == NATIONWIDE, pair[1].id),
        )
        chosen = [offer for _, offer in ranked if offer.id not in seen][:per_need]
        seen.update(offer.id for offer in chosen)
        matches.extend(m for offer in chosen
                       if (m := score_offer(offer, situation, need, wants_person, region_name)))
    return RoutingResult(matches=tuple(matches), nationwide_only=situation.region is None)


def _route_every_offer(situation: Situation, catalogue: tuple[Offer, ...],
                       region_name: str | None, per_need: int) -> RoutingResult:
    needs = by_urgency(situation.needs) or DEFAULT_NEEDS
    topic_needs = tuple(n for n in needs if n != "talk_to_human") or ("talk_to_human",)
    wants_person = "talk_to_human" in needs
    seen: set[str] = set()
    matches: list[Match] = []
    for need in topic_needs:
        ranked = sorted(
            (m for offer in catalogue
             if (m := score_offer(offer, situation, need, wants_person, region_name)) is not None),
            key=lambda m: (m.offer.category not in situation.asked_for, -m.score,
                           m.offer.region == NATIONWIDE, m.offer.id))
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
    """Score one offer for one need, with its reasons; None when a rule excludes it."""
    score = offer_score(offer, situation, need, wants_person)
    if score is None:
        return None
    return Match(offer=offer, need=need, score=score,
                 reasons=tuple(_reasons(offer, situation, need, wants_person, region_name)))


def offer_score(offer: Offer, situation: Situation, need: str,
                wants_person: bool = False) -> float | None:
    """The score of one offer for one need in [0, 1] (four decimals), or None when a rule
    excludes it. Ranking needs only this; the reasons are built for the offers shown."""
    primary = PRIMARY_CATEGORIES.get(need, ())
    secondary = SECONDARY_CATEGORIES.get(need, ())
    if need not in offer.needs and offer.category not in primary + secondary:
        return None
    if not offer.serves_region(situation.region):
        return None
    if offer.for_parents and not situation.parent_writes:
        return None
    age = situation.age
    if age is not None and not offer.age_min <= age <= offer.age_max:
        return None
    status = situation.school_status
    if offer.school_status and status is not None and status not in offer.school_status:
        return None

    if offer.category in primary:
        band = PRIMARY_BAND
        order_fit = 1.0 - 0.25 * primary.index(offer.category)
    else:
        band = SECONDARY_BAND if offer.category in secondary else LISTED_BAND
        order_fit = 1.0 - 0.25 * secondary.index(offer.category) if offer.category in secondary else 0.5
    if need == "crisis":
        order_fit = crisis_fit(offer)
    elif is_specialist(offer):
        order_fit = 0.0
    region_fit = 0.5 if offer.region == NATIONWIDE else 1.0 if offer.region == situation.region else 0.9
    age_fit = 1.0 if age is not None else 0.7
    status_fit = (1.0 if status is not None else 0.6) if offer.school_status else 0.8
    other_languages = [lang for lang in situation.languages if lang != "de"]
    if any(lang in offer.languages for lang in other_languages):
        language_fit = 1.0
    elif "de" not in offer.languages:  # a line in another language the person did not name
        language_fit = 0.0
    else:
        language_fit = 0.5 if other_languages else 0.8
    if wants_person and offer.personal_appointment:
        appointment_fit = 1.0
    else:
        appointment_fit = 0.4 if wants_person else 0.8

    within = (
        W_REGION * region_fit
        + W_AGE * age_fit
        + W_STATUS * status_fit
        + W_LANGUAGE * language_fit
        + W_APPOINTMENT * appointment_fit
        + W_ORDER * max(order_fit, 0.0)
    )
    low, span = band
    score = low + span * min(max(within, 0.0), 1.0)
    return round(min(max(score, 0.0), 1.0), 4)


def _reasons(offer: Offer, situation: Situation, need: str, wants_person: bool,
             region_name: str | None) -> list[str]:
    """Why an offer fits, in the order the parts of its score are weighed."""
    label = NEED_LABELS.get(need, need)
    if offer.category in situation.asked_for:
        reasons = [R.ASKED_FOR.format(category=CATEGORY_LABELS.get(offer.category, offer.category))]
    elif offer.category in PRIMARY_CATEGORIES.get(need, ()):
        reasons = [R.FIRST_STOP.format(need=label)]
    else:
        reasons = [R.ALSO_HELPS.format(need=label)]
        note = CATEGORY_NOTES.get(offer.category)
        reasons.append(note or R.FOCUS.format(category=CATEGORY_LABELS.get(offer.category, offer.category)))
    if need == "crisis" and offer.always_open:
        reasons.append(R.ALWAYS_OPEN)
    if offer.region == NATIONWIDE:
        reasons.append(R.NATIONWIDE)
    else:
        reasons.append(R.FOR_YOUR_PLACE.format(region=region_name) if region_name else
                       R.FOR_YOUR_PLACE_PLAIN)
    if situation.age is not None:
        reasons.append(R.FITS_AGE.format(age=situation.age))
    spoken = [lang for lang in situation.languages if lang != "de" and lang in offer.languages]
    if spoken:
        reasons.append(R.SPEAKS.format(languages=R.LIST_SEPARATOR.join(language_name(lang)
                                                                         for lang in spoken)))
    if wants_person and offer.personal_appointment:
        reasons.append(R.IN_PERSON)
    return reasons


def crisis_fit(offer: Offer) -> float:
    """For acute danger: lines for suicidal thoughts first, then lines open day and night;
    the bare emergency numbers (110, 112: `other_emergency`) after the lines that talk with you."""
    kinds = offer.danger_kinds
    bare_number = offer.contact.phone in ("110", "112")
    return 0.4 * ("suicidal" in kinds) + 0.3 * offer.always_open + 0.3 * (not bare_number)


def is_specialist(offer: Offer) -> bool:
    """An offer only for one special danger (an eating disorder, sextortion): it comes after
    the general offers of its category when the need is a general one."""
    return bool(offer.danger_kinds) and set(offer.danger_kinds) <= SPECIALIST_KINDS
