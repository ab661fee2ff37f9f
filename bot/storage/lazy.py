"""A mapping read from the database only when a turn first looks into it."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Lazy(Mapping[K, V]):
    """`load()` runs on the first lookup, then never again (one turn, one session)."""

    def __init__(self, load: Callable[[], Mapping[K, V]]) -> None:
        self._load: Callable[[], Mapping[K, V]] | None = load
        self._items: Mapping[K, V] = {}

    def _loaded(self) -> Mapping[K, V]:
        if self._load is not None:
            self._items, self._load = self._load(), None
        return self._items

    def __getitem__(self, key: K) -> V:
        return self._loaded()[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._loaded())

    def __len__(self) -> int:
        return len(self._loaded())

    def __contains__(self, key: object) -> bool:
        return key in self._loaded()
