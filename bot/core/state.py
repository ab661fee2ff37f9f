"""The conversation's state: a named step plus what is known. Serialised as JSON per turn."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


def _plain(value: Any) -> Any:
    """A copy of JSON-like data (dicts, lists, tuples of scalars): what `dataclasses.asdict`
    gives for the state, without its generic deep copy (the state is copied on every turn)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_plain(v) for v in value)
    return value


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
        return {name: ({key: _plain(getattr(self.profile, key)) for key in _PROFILE_FIELDS}
                       if name == "profile" else _plain(getattr(self, name))) for name in _STATE_FIELDS}

    def copy(self) -> DialogueState:
        """A deep copy (a turn works on its own copy of the state before it)."""
        return DialogueState.from_dict(self.to_dict())

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> DialogueState:
        """Rebuild from stored JSON, ignoring unknown keys (tolerant to older versions)."""
        if not data:
            return cls()
        profile = Profile(**{k: v for k, v in (data.get("profile") or {}).items()
                             if k in _PROFILE_KEYS})
        values = {k: v for k, v in data.items() if k in _STATE_KEYS}
        shown = values.get("shown_buttons")
        values["shown_buttons"] = ({str(k): str(v) for k, v in shown.items()}
                                   if isinstance(shown, dict) else {})
        return cls(profile=profile, **values)


_PROFILE_FIELDS = tuple(f.name for f in fields(Profile))
_STATE_FIELDS = tuple(f.name for f in fields(DialogueState))
_PROFILE_KEYS = frozenset(_PROFILE_FIELDS)
_STATE_KEYS = frozenset(_STATE_FIELDS) - {"profile"}
