"""Who calls someone “…”: the quoted words are what the one who calls says of the one called
("a Democratic colleague who called border agents “the problem”", "with Lewandowski taking to
Twitter to call Fields “totally delusional”"), not the words of the sentence's subject."""

from __future__ import annotations

from typing import Final

from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.tokens import is_cap, is_possessive

__all__ = ["caller_of"]

_CALL: Final = frozenset({"call", "calls", "called", "calling"})
_OBJECT: Final = 5  # words of the one called
_CLAUSE: Final = 8  # words from "with" to "call"
_DETERMINERS: Final = frozenset({"a", "an", "one", "another"})
_STOPS: Final = frozenset({",", ";", ":", "(", ")", "that", "and", "but", "said", "says"})


def caller_of(toks: list[str], idx: int) -> str | None:
    """The phrase of whoever calls someone the quotation at `idx` when the verb's subject is not
    the sentence's: a relative "who" standing for an indefinite description or a name just before
    it ("to respond to a Democratic colleague who called border agents “…”": the colleague's), or
    the name after a "with" whose "-ing" clause holds the call ("with Lewandowski taking to
    Twitter to call Fields “…”"). None when neither stands before the quotation."""
    call = idx - 1
    while call >= 0 and toks[call] == "\ue000":  # the quotation's opening mark
        call -= 1
    lowest = max(0, call - _OBJECT)
    while call > lowest and toks[call] not in _CALL:
        if toks[call] in _STOPS or mask_id(toks[call]) is not None:
            return None
        call -= 1
    if toks[call] not in _CALL or call == idx - 1 or call < 2:
        return None
    if toks[call - 1] == "who":
        return _described_before(toks, call - 1)
    return _with_clause(toks, call)


def _described_before(toks: list[str], who: int) -> str | None:
    """ "a Democratic colleague who": an indefinite description ending in a lower-case noun just
    before "who" (a name there is `relative_antecedent`'s)."""
    end = who
    if is_cap(toks[end - 1]) or toks[end - 1] in _STOPS:
        return None
    start = end - 1
    while start > max(0, end - 5) and toks[start - 1] not in _DETERMINERS:
        t = toks[start - 1]
        if t in _STOPS or mask_id(t) is not None or not (t.islower() or is_cap(t)):
            return None
        start -= 1
    if start == 0 or toks[start - 1] not in _DETERMINERS:
        return None
    return " ".join(toks[start - 1 : end])


def _with_clause(toks: list[str], call: int) -> str | None:
    """ "with Lewandowski taking to Twitter to call": the name after "with", followed by a word
    in "-ing"."""
    w = call - 1
    while w >= max(0, call - _CLAUSE) and toks[w].lower() != "with":
        if toks[w] in _STOPS or mask_id(toks[w]) is not None:
            return None
        w -= 1
    if w < 0 or toks[w].lower() != "with":
        return None
    end = w + 1
    while end < call and is_cap(toks[end]) and not is_possessive(toks[end]):
        end += 1
    if end == w + 1 or end - w > 4 or not toks[end].endswith("ing"):
        return None
    return " ".join(toks[w + 1 : end])
