"""A pronoun right after the sentence that tells its antecedent's death ("… four years later,
Freddy was dead. / “…,” he said"): the dead do not say things now, so the pronoun means someone
else, and no one is named rather than a guess."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefings.analysis.quotes.resolution.sentence_starts import starts_outside_quotations

__all__ = ["said_after_their_death"]

# the pronoun saying it now: "he said", "she told reporters", not "he once said", "he had said"
_SAYS_NOW: Final = re.compile(r"(?:he|she)\s+(?:said|says|added|adds|told|tells)\b", re.I)
_PRONOUN: Final = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_QUOTED: Final = re.compile(r"“[^“”]*”|\"[^\"]*\"|''.*?''")
_END: Final = re.compile(r"[.?!](?=\s|$)")
# the words `_died` cannot match without (its pattern reads no other case): the name's pattern is
# made only for a sentence that writes one of them
_DEATH_WORDS: Final = ("dead", "died", "passed")


def _died(name: str) -> re.Pattern[str]:
    """ "Freddy was dead", "Trump died", "Freddy Trump had passed away": any word of the name."""
    words = "|".join(re.escape(w) for w in name.split() if len(w) > 1)
    return re.compile(
        rf"\b(?:{words})\s+(?:(?:was|had\s+been)\s+dead|(?:had\s+)?died|"
        r"(?:had\s+)?passed\s+away)\b"
    )


def _may_tell_a_death(text: str, end: int) -> bool:
    """`text` writes, before `end`, a word `_died` needs: "dead", "died" or "passed"."""
    return any(text.find(word, 0, end) >= 0 for word in _DEATH_WORDS)


def _said_now(par: str, opening: int) -> bool:
    """The first "he" or "she" of the sentence opening at `opening`, read outside quotations,
    says the words now: "“…,” he said", "He told reporters: “…”"."""
    plain = _QUOTED.sub(lambda m: " " * len(m.group()), par[opening:])
    end = _END.search(plain)
    pronoun = _PRONOUN.search(plain, 0, end.end() if end else len(plain))
    return pronoun is not None and _SAYS_NOW.match(plain, pronoun.start()) is not None


def said_after_their_death(name: str, paragraphs: Sequence[str], n: int, at: int) -> bool:
    """The quotation at `at` of paragraph `n` is said now by a "he" or "she" of its sentence, and
    the sentence before (in its paragraph, or the last of the paragraph before) tells that `name`
    died or was dead."""
    par = paragraphs[n]
    if not _may_tell_a_death(par, at) and not (
        n and _may_tell_a_death(paragraphs[n - 1], len(paragraphs[n - 1]))
    ):
        return False  # (the sentence before lies in `par` before `at`, or in the paragraph before)
    starts = starts_outside_quotations(par, at)
    if not _said_now(par, starts[-1]):
        return False
    if len(starts) > 1:
        before = par[starts[-2] : starts[-1]]
    elif n:
        last = paragraphs[n - 1]
        before = last[starts_outside_quotations(last, len(last))[-1] :]
    else:
        return False
    return _may_tell_a_death(before, len(before)) and bool(_died(name).search(before))
