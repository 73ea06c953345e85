"""A pronoun that repeats its sentence's opening pronoun ("He declared that … Trump would have a
path …, which he declared “a total disaster”"): it means whom the opener means, not a name written
between the two."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["repeats_the_opener"]

# a sentence boundary: an end mark, a closing quotation mark or bracket, and a space
_BOUNDARY: Final = re.compile(r"[.?!][”’\"')]*\s+")
_CONJUNCTIONS: Final = ("But ", "And ", "Yet ", "So ")
_PRONOUN: Final = re.compile(r"(He|She) [a-z]")


def repeats_the_opener(par: str, at: int, pronoun: str) -> bool:
    """The sentence of `par` holding the quotation at `at`, whose speaker is the pronoun `pronoun`
    ("he" or "she"), opens with that pronoun as its subject and writes it again before the quotation
    ("He declared that …, which he declared “…”"): the second means whom the opener means. Not
    when the pronoun is written once ("He noted … messages in which Adair tells Esposito, “…”":
    the opener may be no speaker of the quotation at all)."""
    if pronoun not in ("he", "she"):
        return False
    start = 0
    for m in _BOUNDARY.finditer(par, 0, at):
        start = m.end()
    for conjunction in _CONJUNCTIONS:
        if par.startswith(conjunction, start):
            start += len(conjunction)
            break
    opener = _PRONOUN.match(par, start)
    if opener is None or opener.group(1).lower() != pronoun:
        return False
    return par.find(f" {pronoun} ", opener.end(), at) >= 0
