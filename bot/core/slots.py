"""Reading a short answer to the question just asked (age, status, languages …)."""

from __future__ import annotations

import re

from matching.text import fold

REFUSALS = re.compile(
    r"^(nein|nee|no|noe|nope|lieber nicht|sag ich nicht|sag ich lieber nicht|will ich nicht sagen|"
    r"keine angabe|egal|weiss nicht|weiss ich nicht|weiss ich noch nicht|keine ahnung|kp|ka|"
    r"ka+|k a|keinen plan|kein plan|idk|skip|ueberspringen|weiter|nichts|noch nicht|"
    r"hab ich noch nicht|deny)$"
)
STATUS_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"\b(kein|keinen|ohne) (schul)?abschluss\b", "no_qualification"),
    (r"\b(studier|studium|uni\b|hochschule|studentin|student\b)", "studying"),
    (r"\b(arbeitslos|keine arbeit|keinen job|ohne job|ohne arbeit|zu hause|zuhause|nix|"
     r"nichts|jobcenter|buergergeld)", "unemployed"),
    (r"\b(ausbildung|azubi|lehre\b|lehrling|auszubildend)", "in_training"),
    (r"\b(arbeite|arbeiten|job\b|jobbe|minijob|angestellt|vollzeit)", "employed"),
    (r"\b(fertig|abgeschlossen|abschluss gemacht|schule vorbei|schule beendet|"
     r"realschulabschluss|abitur|hauptschulabschluss|fachabi)", "qualified_no_training"),
    (r"\b(schule|schueler|klasse|gymnasium|gesamtschule|berufsschule|9\.|10\.|8\.|schuelerin)",
     "in_school"),
)


def is_refusal(text: str) -> bool:
    """Whether a short answer declines or does not know ("weiß nicht", "lieber nicht")."""
    return bool(REFUSALS.match(fold(text).strip())) or text.strip() == "/deny"


def read_age(text: str, *, today: object = None) -> int | None:
    """An age from a bare answer like "16" or "16 jahre"."""
    m = re.search(r"(?<!\d)(\d{1,2})(?!\d)", text)
    if m and 10 <= int(m.group(1)) <= 40:
        return int(m.group(1))
    return None


def read_status(text: str) -> str | None:
    """A school status from a free answer ("bin noch in der 9. klasse" -> in_school)."""
    folded = fold(text) + " "
    for pattern, status in STATUS_PATTERNS:
        if re.search(pattern, folded):
            return status
    return None


def read_occupation(text: str) -> str | None:
    """The occupation wish as said, trimmed; None for "weiß nicht"."""
    cleaned = re.sub(r"^(ich )?(will|moechte|möchte|würde gern|wuerde gern)?\s*", "",
                     text.strip(), flags=re.IGNORECASE)
    cleaned = re.sub(r"\s+(werden|machen)\W*$", "", cleaned, flags=re.IGNORECASE).strip(" .!")
    if not cleaned or is_refusal(cleaned) or len(cleaned) > 80:
        return None
    return cleaned


# interim until the facts work lands: the strict age finder and the writer's subject
from dataclasses import dataclass  # noqa: E402


@dataclass(frozen=True, slots=True)
class Subject:
    role: str
    relation: str
    pronoun: str | None = None


def find_age(text: str, *, today: object = None) -> int | None:
    m = re.search(r"\b(?:bin|ist|mit|werd\w*)\s+(?:bald\s+)?(\d{1,2})\b", fold(text))
    return int(m.group(1)) if m and 10 <= int(m.group(1)) <= 40 else None


def read_subject(text: str) -> Subject | None:
    folded = fold(text)
    if re.search(r"\bmein sohn\b", folded):
        return Subject("parent", "son", "er")
    if re.search(r"\bmeine tochter\b", folded):
        return Subject("parent", "daughter", "sie")
    return None
