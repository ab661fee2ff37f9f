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

# The categories whose core job a need is, best first.
HOME_CATEGORIES: dict[str, tuple[str, ...]] = {
    "crisis": ("crisis_line",),
    "housing_problems": ("housing_support", "youth_vocational_aid", "jobcenter"),
    "money_problems": ("debt_counselling", "jobcenter"),
    "family_problems": ("family_counselling", "psychosocial_counselling"),
    "mental_health": ("psychosocial_counselling", "addiction_counselling", "family_counselling"),
    "training_problems": ("training_support", "youth_employment_agency", "career_guidance"),
    "school_problems": ("school_social_work", "youth_vocational_aid", "family_counselling"),
    "school_qualification": ("second_chance_education", "youth_employment_agency", "youth_vocational_aid"),
    "migration_language": ("migration_counselling",),
    "seek_apprenticeship": ("youth_employment_agency", "career_guidance", "jobcenter"),
    "seek_internship": ("internship_placement", "youth_employment_agency", "career_guidance"),
    "career_orientation": ("career_guidance", "youth_employment_agency", "youth_vocational_aid"),
    "application_help": ("application_support", "youth_employment_agency", "career_guidance"),
    "talk_to_human": ("youth_employment_agency", "youth_vocational_aid", "career_guidance"),
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
