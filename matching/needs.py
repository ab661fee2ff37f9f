"""Needs (the NLU's topic intents), how pressing they are, and which offers answer them."""

from __future__ import annotations

from matching.reasons import N_

# Lower rank = more pressing. crisis > housing > money/family/mental health
# > training/school > career; talk_to_human is a wish about the *how*, not a topic.
NEED_RANK: dict[str, int] = {
    "crisis": 0,
    "housing_problems": 1,
    "money_problems": 2,
    "family_problems": 2,
    "mental_health": 2,
    "training_problems": 3,
    "school_problems": 3,
    "school_qualification": 3,
    "migration_language": 3,
    "seek_apprenticeship": 4,
    "seek_internship": 4,
    "career_orientation": 4,
    "application_help": 4,
    "talk_to_human": 5,
}
NEEDS: tuple[str, ...] = tuple(NEED_RANK)

# The categories whose core job a need is: the first place to go ("Erste Anlaufstelle").
# A match of a primary category always ranks above one of a secondary category.
PRIMARY_CATEGORIES: dict[str, tuple[str, ...]] = {
    "crisis": ("crisis_line",),
    "housing_problems": ("housing_support",),
    "money_problems": ("debt_counselling",),
    "family_problems": ("family_counselling",),
    "mental_health": ("psychosocial_counselling",),
    "training_problems": ("training_support",),
    "school_problems": ("school_social_work",),
    "school_qualification": ("second_chance_education",),
    "migration_language": ("migration_counselling",),
    "seek_apprenticeship": ("youth_employment_agency", "career_guidance"),
    "seek_internship": ("internship_placement",),
    "career_orientation": ("career_guidance", "youth_employment_agency"),
    "application_help": ("application_support", "youth_employment_agency"),
    "talk_to_human": ("youth_employment_agency", "youth_vocational_aid"),
}

# Categories that can also help with a need, best first; used when no primary offer fits or
# to fill the list after it. Addiction counselling is the last resort for mental health.
SECONDARY_CATEGORIES: dict[str, tuple[str, ...]] = {
    "crisis": (),
    "housing_problems": ("youth_vocational_aid", "jobcenter"),
    "money_problems": ("jobcenter",),
    "family_problems": ("psychosocial_counselling",),
    "mental_health": ("family_counselling", "addiction_counselling"),
    "training_problems": ("youth_employment_agency", "career_guidance"),
    "school_problems": ("youth_vocational_aid", "family_counselling"),
    "school_qualification": ("youth_employment_agency", "youth_vocational_aid"),
    "migration_language": (),
    "seek_apprenticeship": ("jobcenter",),
    "seek_internship": ("youth_employment_agency", "career_guidance"),
    "career_orientation": ("youth_vocational_aid",),
    "application_help": ("career_guidance",),
    "talk_to_human": ("career_guidance",),
}

# The categories whose job a need is, best first (primary, then secondary).
HOME_CATEGORIES: dict[str, tuple[str, ...]] = {
    need: PRIMARY_CATEGORIES[need] + SECONDARY_CATEGORIES[need] for need in PRIMARY_CATEGORIES
}

# What a young person should know when an offer is not the first place for a need.
CATEGORY_NOTES: dict[str, str] = {
    "addiction_counselling": N_("Das ist eine Suchtberatung: Sie passt vor allem, wenn auch Alkohol, "
                                "Drogen, Zocken oder zu viel Handy eine Rolle spielen."),
}

NEED_LABELS: dict[str, str] = {
    "crisis": N_("Hilfe in einer Notlage"),
    "housing_problems": N_("Wohnen"),
    "money_problems": N_("Geld und Schulden"),
    "family_problems": N_("Stress in der Familie"),
    "mental_health": N_("Stress und Sorgen"),
    "training_problems": N_("Probleme in der Ausbildung"),
    "school_problems": N_("Probleme in der Schule"),
    "school_qualification": N_("Schulabschluss"),
    "migration_language": N_("Neu in Deutschland, Sprache und Papiere"),
    "seek_apprenticeship": N_("Ausbildung finden"),
    "seek_internship": N_("Praktikum finden"),
    "career_orientation": N_("Welcher Beruf passt zu mir?"),
    "application_help": N_("Bewerbung"),
    "talk_to_human": N_("Mit einem Menschen reden"),
}

CATEGORY_LABELS: dict[str, str] = {
    "career_guidance": N_("Berufsberatung"),
    "youth_employment_agency": N_("Jugendberufsagentur"),
    "jobcenter": N_("Jobcenter"),
    "youth_vocational_aid": N_("Jugendberufshilfe"),
    "school_social_work": N_("Schulsozialarbeit"),
    "training_support": N_("Hilfe in der Ausbildung"),
    "second_chance_education": N_("Schulabschluss nachholen"),
    "application_support": N_("Bewerbungshilfe"),
    "debt_counselling": N_("Schuldnerberatung"),
    "housing_support": N_("Hilfe beim Wohnen"),
    "family_counselling": N_("Familienberatung"),
    "psychosocial_counselling": N_("Psychosoziale Beratung"),
    "addiction_counselling": N_("Suchtberatung"),
    "migration_counselling": N_("Migrationsberatung"),
    "crisis_line": N_("Krisenhilfe"),
    "internship_placement": N_("Praktikumsvermittlung"),
}
CATEGORIES: tuple[str, ...] = tuple(CATEGORY_LABELS)


def by_urgency(needs: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Known needs, most pressing first, without duplicates (stable within a rank)."""
    seen: dict[str, None] = {}
    for need in needs:
        if need in NEED_RANK:
            seen.setdefault(need, None)
    return tuple(sorted(seen, key=lambda n: NEED_RANK[n]))
