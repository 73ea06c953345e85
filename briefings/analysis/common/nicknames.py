"""Whether two given names may be one person's: "Chuck" and "Charles", "Sandy" and "Sandra" (the
`nicknames` package's table of English nicknames), "Hilary" and "Hillary", "J." and "John"."""

from __future__ import annotations

from functools import cache, lru_cache

from nicknames import NickNamer
from rapidfuzz.distance import Levenshtein

__all__ = ["one_given_name"]


@cache
def _namer() -> NickNamer:
    """The nickname table, read once per process on first use."""
    return NickNamer()


@lru_cache(maxsize=8192)
def one_given_name(a: str, b: str) -> bool:
    """Whether the given names `a` and `b` may name the same person: the same name, an initial and
    a name it opens, a name and its nickname (or two nicknames of one name), or a letter left
    out of a longer name ("Hilary" for "Hillary")."""
    x, y = a.lower().rstrip("."), b.lower().rstrip(".")
    if x == y:
        return True
    if len(x) == 1 or len(y) == 1:
        return x[:1] == y[:1]
    if min(len(x), len(y)) >= 5 and abs(len(x) - len(y)) == 1 and Levenshtein.distance(x, y) == 1:
        return True  # a letter left out or doubled, not another name ("Donald", "Ronald")
    namer = _namer()
    return (
        y in namer.nicknames_of(x)
        or x in namer.nicknames_of(y)
        or bool(namer.canonicals_of(x) & (namer.canonicals_of(y) | {y}))
    )
