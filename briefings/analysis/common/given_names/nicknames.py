"""Whether two given names may be one person's.

"Chuck" and "Charles", "Sandy" and "Sandra" (the `nicknames` package's table of English
nicknames), "Hilary" and "Hillary", "J." and "John"."""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Final

from rapidfuzz.distance import Levenshtein

from briefings.analysis.common.library_lists.kept_lists import Lists, kept_lists

__all__ = ["a_nickname", "one_given_name", "read_nicknames"]

# The package's files its table comes from (`kept_lists`: read back from the user's cache, the
# table costs about a tenth of importing the package and reading its file, some 0.07 G
# instructions in every process that ingests).
_FILES: Final = ("*.py", "*.csv")


@cache
def _nicknames() -> dict[str, frozenset[str]]:
    """Each name's nicknames (`NickNamer.nicknames_of`), read once per process on first use."""
    kept = kept_lists("nicknames", _FILES, read_nicknames)
    return {name: frozenset(nicknames) for name, nicknames in kept.items()}


@cache
def _canonicals() -> dict[str, frozenset[str]]:
    """Each nickname's names (`NickNamer.canonicals_of`): the table turned round, as the
    package turns it."""
    names: dict[str, set[str]] = {}
    for name, nicknames in _nicknames().items():
        for nickname in nicknames:
            names.setdefault(nickname, set()).add(name)
    return {nickname: frozenset(of) for nickname, of in names.items()}


def read_nicknames() -> Lists:
    """The package's table of nicknames: each name (lower case) with its nicknames."""
    from nicknames import NickNamer

    return {name: sorted(nicknames) for name, nicknames in NickNamer().nickname_lookup.items()}


_NONE: Final[frozenset[str]] = frozenset()


def _lookup(table: dict[str, frozenset[str]], name: str) -> frozenset[str]:
    """A name's entry in the table, found as the package finds it (lower case, no spaces
    around); none when it has none."""
    return table.get(name.lower().strip(), _NONE)


def a_nickname(word: str) -> bool:
    """Whether a word is the nickname of a given name in the package's table: "Norm" (Norman),
    "Rusty" (Russell)."""
    return bool(_lookup(_canonicals(), word.lower()))


def in_the_table(word: str) -> bool:
    """Whether the package's table of English given names and nicknames holds the word: "Mary",
    "Victoria", "Nelson"; not "Sheffield", which gender-guesser's wider dictionary lists."""
    return bool(_lookup(_nicknames(), word) or _lookup(_canonicals(), word))


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
    nicknames, canonicals = _nicknames(), _canonicals()
    return (
        y in _lookup(nicknames, x)
        or x in _lookup(nicknames, y)
        or bool(_lookup(canonicals, x) & (_lookup(canonicals, y) | {y}))
    )
