"""JSON bodies with limits: hostile numbers, nesting and constants become named refusals."""

from __future__ import annotations

import asyncio
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.web.json_body import (
    MAX_DEPTH,
    BodyTooLarge,
    NotJson,
    NumberTooLong,
    TooDeep,
    UnreadableJson,
    loads_limited,
    nesting_depth,
    read_limited,
)


@pytest.mark.parametrize(("raw", "refusal"), [
    (b'{"sender": "a", "message": ' + b"1" * 5000 + b"}", NumberTooLong),  # > 4,300 digits
    (b"-" + b"9" * 4301, NumberTooLong),
    (b"1." + b"5" * 5000, NumberTooLong),
    (b"[" * 100_000 + b"]" * 100_000, TooDeep),  # RecursionError in json
    (b'{"a":' * 5000 + b"1" + b"}" * 5000, TooDeep),
    (b"[" * (MAX_DEPTH + 1) + b"]" * (MAX_DEPTH + 1), TooDeep),
    (b"NaN", NotJson), (b'{"age": Infinity}', NotJson), (b"-Infinity", NotJson),
    (b"\xff\xfe{}", NotJson), (b"", NotJson), (b"{", NotJson), (b"[" * 40, TooDeep),
])
def test_hostile_json_is_a_named_refusal(raw: bytes, refusal: type[UnreadableJson]) -> None:
    with pytest.raises(refusal):
        loads_limited(raw)


@pytest.mark.parametrize("raw", [
    b'{"sender": "a", "message": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}',
    b'{"update_id": 9223372036854775807, "message": {"chat": {"id": -1001234567890}}}',
    b"[" * MAX_DEPTH + b"]" * MAX_DEPTH, b'{"x": 0.1234567890123456789}', b"1e308",
    b'"\\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["',
])
def test_ordinary_json_reads_as_json_does(raw: bytes) -> None:
    assert loads_limited(raw) == json.loads(raw)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-2**63, 2**63) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(alphabet=st.characters(codec="utf-8"), max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=5), children, max_size=4),
    max_leaves=30)


@given(json_values)
def test_every_shallow_value_round_trips(value: object) -> None:
    raw = json.dumps(value).encode()
    if nesting_depth(raw.decode()) <= MAX_DEPTH:
        assert loads_limited(raw) == json.loads(raw)


def test_brackets_inside_strings_are_not_nesting() -> None:
    assert nesting_depth('["' + "[" * 100 + '"]') == 1
    assert nesting_depth("[" * 50 + "]" * 50, stop_after=10) == 11  # stops counting early


def test_a_stream_over_the_limit_is_refused() -> None:
    async def chunks(n: int):  # type: ignore[no-untyped-def]
        for _ in range(n):
            yield b"x" * 1000

    assert asyncio.run(read_limited(chunks(3), limit=3000)) == b"x" * 3000
    with pytest.raises(BodyTooLarge):
        asyncio.run(read_limited(chunks(4), limit=3000))
