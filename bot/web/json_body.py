"""JSON request bodies read with limits: size, nesting depth, length of numbers.

Python's own parser turns hostile JSON into exceptions no caller expects: an integer of more
than 4,300 digits raises a bare `ValueError`, a few thousand nested brackets a
`RecursionError`, and `NaN`/`Infinity` are accepted although JSON has no such values. Every
JSON endpoint (the chat, `/api/match`, the Telegram webhook) reads its body here, so each of
these is one small, named refusal that the endpoint answers with a 4xx:

    UnreadableJson (ValueError)
    ├── BodyTooLarge   – more than the endpoint's byte limit
    ├── NotJson        – not UTF-8, not JSON, or NaN/Infinity
    ├── TooDeep        – arrays/objects nested deeper than MAX_DEPTH
    └── NumberTooLong  – a number literal with more than MAX_DIGITS characters
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterable
from typing import Any

MAX_DEPTH = 32  # a Telegram update nests about 6 deep, a profile 3
MAX_DIGITS = 40  # characters of one number literal: ids below 2**63 have 19 digits

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")


class UnreadableJson(ValueError):
    """A body that is not acceptable JSON; `code` names why (for the error answer)."""

    code = "invalid_json"


class BodyTooLarge(UnreadableJson):
    code = "payload_too_large"


class NotJson(UnreadableJson):
    code = "invalid_json"


class TooDeep(UnreadableJson):
    code = "too_deep"


class NumberTooLong(UnreadableJson):
    code = "number_too_long"


async def read_limited(chunks: AsyncIterable[bytes], *, limit: int) -> bytes:
    """The whole body of a request stream, or BodyTooLarge as soon as it passes `limit` bytes."""
    body = bytearray()
    async for chunk in chunks:
        body += chunk
        if len(body) > limit:
            raise BodyTooLarge(f"more than {limit} bytes")
    return bytes(body)


def nesting_depth(text: str, *, stop_after: int = MAX_DEPTH) -> int:
    """How deep arrays and objects nest in `text` (brackets inside strings do not count);
    counting stops once the depth passes `stop_after`."""
    if text.count("[") + text.count("{") <= stop_after:
        return 0 if "[" not in text and "{" not in text else 1  # too few to go deeper
    depth = deepest = 0
    for bracket in _BRACKET.finditer(_STRING.sub('""', text)):
        depth += 1 if bracket.group() in "[{" else -1
        deepest = max(deepest, depth)
        if deepest > stop_after:
            break
    return deepest


def loads_limited(raw: bytes, *, max_depth: int = MAX_DEPTH, max_digits: int = MAX_DIGITS) -> Any:
    """Parse a JSON body; raise one of the UnreadableJson family instead of anything else."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise NotJson("not UTF-8") from exc
    if nesting_depth(text, stop_after=max_depth) > max_depth:
        raise TooDeep(f"nested deeper than {max_depth}")

    def number(kind: type[int] | type[float]) -> Any:
        def convert(literal: str) -> int | float:
            if len(literal) > max_digits:
                raise NumberTooLong(f"a number of {len(literal)} characters")
            return kind(literal)
        return convert

    def no_constant(name: str) -> Any:
        raise NotJson(f"{name} is not JSON")

    try:
        return json.loads(text, parse_int=number(int), parse_float=number(float),
                          parse_constant=no_constant)
    except json.JSONDecodeError as exc:
        raise NotJson(exc.msg) from exc
    except RecursionError as exc:  # only if the interpreter's limit is below max_depth
        raise TooDeep("nested too deep") from exc
