"""The conversation's state: a named step plus what is known. Serialised as JSON per turn."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any


@dataclass
class Profile:
    """Only what the routing needs; nothing that names the person."""

    needs: list[str] = field(default_factory=list)
    age: int | None = None
    place: str | None = None
    postal_code: str | None = None
    region: str | None = None
    region_name: str | None = None
    # region and region_name come from the website's hint (metadata.region), not from the
    # person: a place they name replaces them without a "du wohnst in …" correction
    region_hinted: bool = False
    school_status: str | None = None
    school_qualification: str | None = None
    occupation: str | None = None
    languages: list[str] = field(default_factory=list)
    asked_for: list[str] = field(default_factory=list)  # services named: "jobcenter", "suchtberatung"


@dataclass
class DialogueState:
    name: str = "start"
    profile: Profile = field(default_factory=Profile)
    skipped: list[str] = field(default_factory=list)  # questions the person did not answer
    place_attempts: int = 0
    resume: str | None = None  # the step to return to after a side question (delete, crisis)
    crisis: bool = False
    turns: int = 0
    recommended: list[dict[str, Any]] = field(default_factory=list)  # [{"id", "why"}] last shown
    handoff: dict[str, Any] = field(default_factory=dict)  # the handoff being set up
    handed_off: list[dict[str, Any]] = field(default_factory=list)  # [{"org_id", "urgent"}] sent
    asked: dict[str, int] = field(default_factory=dict)  # {question: times asked in a row}
    care: dict[str, Any] = field(default_factory=dict)  # crisis care: kind, language, shown ids
    check_pending: bool = False  # a crisis check-in was asked last turn
    subject: dict[str, str] = field(default_factory=dict)  # someone writes for: relation, pronoun
    # payload -> title of the buttons the last turn showed: a press is written into the
    # transcript as the title the person tapped (bot/transcript.py)
    shown_buttons: dict[str, str] = field(default_factory=dict)
    # the internship places the last recommendation named (place facts only, for follow-ups
    # such as "ist das weit?" or "muss ich da samstags hin?")
    internships_shown: list[dict[str, Any]] = field(default_factory=list)
    # the language the person chose or writes in (bot/i18n/languages.py; the replies are in
    # it when its catalogue is complete, else in its stand-in)
    language: str = "de"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> DialogueState:
        """Rebuild from stored JSON, ignoring unknown keys (tolerant to older versions)."""
        if not data:
            return cls()
        profile_keys = {f.name for f in fields(Profile)}
        profile = Profile(**{k: v for k, v in (data.get("profile") or {}).items()
                             if k in profile_keys})
        keys = {f.name for f in fields(cls)} - {"profile"}
        values = {k: v for k, v in data.items() if k in keys}
        shown = values.get("shown_buttons")
        values["shown_buttons"] = ({str(k): str(v) for k, v in shown.items()}
                                   if isinstance(shown, dict) else {})
        return cls(profile=profile, **values)
