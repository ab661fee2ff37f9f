"""Needs (the NLU's topic intents), how pressing they are, and which offers answer them."""

from __future__ import annotations

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
    "addiction_counselling": "Das ist eine Suchtberatung: Sie passt vor allem, wenn auch Alkohol, "
                             "Drogen, Zocken oder zu viel Handy eine Rolle spielen.",
}

NEED_LABELS: dict[str, str] = {
    "crisis": "Hilfe in einer Notlage",
    "housing_problems": "Wohnen",
    "money_problems": "Geld und Schulden",
    "family_problems": "Stress in der Familie",
    "mental_health": "Stress und Sorgen",
    "training_problems": "Probleme in der Ausbildung",
    "school_problems": "Probleme in der Schule",
    "school_qualification": "Schulabschluss",
    "migration_language": "Neu in Deutschland, Sprache und Papiere",
    "seek_apprenticeship": "Ausbildung finden",
    "seek_internship": "Praktikum finden",
    "career_orientation": "Welcher Beruf passt zu mir?",
    "application_help": "Bewerbung",
    "talk_to_human": "Mit einem Menschen reden",
}

CATEGORY_LABELS: dict[str, str] = {
    "career_guidance": "Berufsberatung",
    "youth_employment_agency": "Jugendberufsagentur",
    "jobcenter": "Jobcenter",
    "youth_vocational_aid": "Jugendberufshilfe",
    "school_social_work": "Schulsozialarbeit",
    "training_support": "Hilfe in der Ausbildung",
    "second_chance_education": "Schulabschluss nachholen",
    "application_support": "Bewerbungshilfe",
    "debt_counselling": "Schuldnerberatung",
    "housing_support": "Hilfe beim Wohnen",
    "family_counselling": "Familienberatung",
    "psychosocial_counselling": "Psychosoziale Beratung",
    "addiction_counselling": "Suchtberatung",
    "migration_counselling": "Migrationsberatung",
    "crisis_line": "Krisenhilfe",
    "internship_placement": "Praktikumsvermittlung",
}
CATEGORIES: tuple[str, ...] = tuple(CATEGORY_LABELS)


def by_urgency(needs: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Known needs, most pressing first, without duplicates (stable within a rank)."""
    seen: dict[str, None] = {}
    for need in needs:
        if need in NEED_RANK:
            seen.setdefault(need, None)
    return tuple(sorted(seen, key=lambda n: NEED_RANK[n]))
