"""Reading one spreadsheet cell: dates (ISO, German, Excel serial), times, yes/no, lists.

Each reader returns the value or raises `CellError` with a plain German message; the
parser adds row and column.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta

from matching.text import fold

Cell = str | int | float | bool | date | datetime | time | None

EXCEL_EPOCH = date(1899, 12, 30)
# Excel serials taken as dates: 1950-01-01 … 2099-12-31 (anything else is a number)
EXCEL_SERIALS = range(18264, 73051)
_GERMAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?$")
_TIME = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?(?::00)?\s*(?:uhr)?$")
_LIST_SPLIT = re.compile(r"\s*[;,\n]\s*(?![^()]*\))")
_SEMICOLON_SPLIT = re.compile(r"\s*[;\n]\s*(?![^()]*\))")
YES = frozenset({"ja", "j", "yes", "y", "x", "true", "wahr", "1"})
NO = frozenset({"nein", "n", "no", "false", "falsch", "0", "-"})


class CellError(ValueError):
    """A cell's content cannot be read; the message is plain German."""


def text(value: Cell) -> str:
    """The cell as trimmed text ("" for empty); whole numbers without ".0"."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value).strip()


def is_empty(value: Cell) -> bool:
    return text(value) == ""


def read_date(value: Cell) -> date:
    """A date from a date cell, an Excel serial, "2027-07-05" or "05.07.2027"."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _serial(value)
    raw = text(value)
    if raw.isdigit():
        return _serial(int(raw))
    match = _ISO_DATE.match(raw)
    parts = (match.group(1), match.group(2), match.group(3)) if match else None
    if not parts and (match := _GERMAN_DATE.match(raw)):
        parts = (match.group(3), match.group(2), match.group(1))
    if not parts:
        raise CellError(f"„{raw}“ ist kein Datum. Schreib es so: 05.07.2027 oder 2027-07-05.")
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        raise CellError(f"Den Tag „{raw}“ gibt es nicht im Kalender.") from None


def _serial(number: float) -> date:
    if number != int(number) or int(number) not in EXCEL_SERIALS:
        raise CellError(f"„{text(number)}“ ist kein Datum.")
    return EXCEL_EPOCH + timedelta(days=int(number))


def read_time(value: Cell) -> time:
    """A time of day from a time cell, an Excel day fraction, "08:00", "8.30" or "8 Uhr"."""
    if isinstance(value, datetime):
        return value.time()
    if isinstance(value, time):
        return value
    if isinstance(value, float) and 0 <= value < 1:
        minutes = round(value * 24 * 60)
        return time(minutes // 60, minutes % 60)
    raw = text(value).lower()
    match = _TIME.match(raw)
    if not match or int(match.group(1)) > 23 or int(match.group(2) or 0) > 59:
        raise CellError(f"„{text(value)}“ ist keine Uhrzeit. Schreib sie so: 08:00.")
    return time(int(match.group(1)), int(match.group(2) or 0))


def read_int(value: Cell, *, minimum: int = 0) -> int:
    """A whole number not below `minimum`."""
    raw = text(value)
    try:
        number = int(raw)
    except ValueError:
        raise CellError(f"„{raw}“ ist keine ganze Zahl.") from None
    if number < minimum:
        raise CellError(f"Die Zahl muss mindestens {minimum} sein, hier steht {number}.")
    return number


def read_float(value: Cell) -> float:
    """A decimal number; a German decimal comma is fine."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    raw = text(value)
    try:
        return float(raw.replace(",", "."))
    except ValueError:
        raise CellError(f"„{raw}“ ist keine Zahl.") from None


def read_bool(value: Cell) -> bool:
    """Yes or no: ja/nein, yes/no, x, 1/0."""
    if isinstance(value, bool):
        return value
    raw = fold(text(value))
    if raw in YES:
        return True
    if raw in NO:
        return False
    raise CellError(f"„{text(value)}“ ist weder ja noch nein.")


def read_list(value: Cell, *, comma: bool = True) -> tuple[str, ...]:
    """The items of a list cell, separated by ";" or a line break (and "," unless `comma` is
    False, for lists of occupation titles); never inside brackets."""
    raw = text(value)
    pattern = _LIST_SPLIT if comma else _SEMICOLON_SPLIT
    return tuple(item for item in (p.strip() for p in pattern.split(raw)) if item)


def read_code(value: str, words: Mapping[str, str], what: str) -> str:
    """The code a word stands for (`words`: folded word → code)."""
    code = words.get(fold(value))
    if code is None:
        raise CellError(f"„{value}“ kenne ich nicht als {what}.")
    return code
