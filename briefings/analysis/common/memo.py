"""A dictionary that works out each missing key's value once: the analysis's hottest look-ups."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, Final, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Memo(dict[K, V]):
    """Each key's value from `compute`, worked out once: a plain dictionary's look-up, called
    natively, costs less than a call through `lru_cache`. Emptied when it holds MAX_KEPT keys."""

    MAX_KEPT: ClassVar[int] = 1 << 16  # ClassVar: mypyc keeps it a class attribute

    def __init__(self, compute: Callable[[K], V]) -> None:
        super().__init__()
        self.compute = compute

    def __missing__(self, key: K) -> V:
        if len(self) >= self.MAX_KEPT:
            self.clear()
        found = self[key] = self.compute(key)
        return found


class Lowered(dict[str, str]):
    """Each text in lower case, made once: several analysers lower the same sentence (the
    boilerplate test, the summary's terms, the people's list test), and a look-up of the same
    sentence (one object, its hash kept) costs far less than lowering it again. Emptied when it
    holds MAX_TEXTS texts."""

    MAX_TEXTS: ClassVar[int] = 1 << 13  # ClassVar: mypyc keeps it a class attribute

    def __missing__(self, text: str) -> str:
        if len(self) >= self.MAX_TEXTS:
            self.clear()
        low = self[text] = text.lower()
        return low


LOWERED: Final = Lowered()  # `LOWERED[text]` is `text.lower()`
