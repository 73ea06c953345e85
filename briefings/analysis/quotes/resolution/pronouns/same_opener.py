"""A pronoun that repeats its sentence's opening pronoun ("He declared that … Trump would have a
path …, which he declared “a total disaster”"): it means whom the opener means, not a name written
between the two."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.quotes.resolution.sentence_starts import starts_near

__all__ = ["repeats_the_opener"]

_CONJUNCTIONS: Final = ("But ", "And ", "Yet ", "So ")
# the opening pronoun, past a short fronted phrase that names no one ("As treasurer, she fell
# out with …", "In 1991, he")
_PRONOUN: Final = re.compile(r"(?:[A-Z][a-z]*(?: [a-z0-9][\w’'-]*){0,5}, )?([Hh]e|[Ss]he) [a-z]")


def repeats_the_opener(par: str, at: int, pronoun: str) -> bool:
    """The sentence of `par` holding the quotation at `at`, whose speaker is the pronoun `pronoun`
    ("he" or "she"), opens with that pronoun as its subject and writes it again before the quotation
    ("He declared that …, which he declared “…”"): the second means whom the opener means. Not
    when the pronoun is written once ("He noted … messages in which Adair tells Esposito, “…”":
    the opener may be no speaker of the quotation at all)."""
    if pronoun not in ("he", "she"):
        return False
    start = starts_near(par, at)[-1]  # past titles: "then-Gov. Dale Rooker" ends no sentence
    for conjunction in _CONJUNCTIONS:
        if par.startswith(conjunction, start):
            start += len(conjunction)
            break
    opener = _PRONOUN.match(par, start)
    if opener is None or opener.group(1).lower() != pronoun:
        return False
    return par.find(f" {pronoun} ", opener.end(), at) >= 0
