"""A pronoun reporting words said afterwards ("He said later that …", "she said afterward"), right
after a sentence of its own paragraph naming two people of its gender ("Haines pressed Whitcomb on
his votes …", "when Pryor questioned Vance’s attendance record"): either of the two may have said
it once the exchange was over, so no one is meant."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.quotes.resolution.sentence_starts import starts_near
from briefings.analysis.speech.name_index import NameIndex

__all__ = ["said_later_after_two"]

# "He said later", "she later told", "he said afterward": the remark came after the exchange
_LATER: Final = re.compile(r"\b(?:he|she)\b(?: \w+){0,2}? (?:later|afterwards?)\b", re.IGNORECASE)


def said_later_after_two(
    name: str, want: str, index: NameIndex, par: str, start: int, pos: int
) -> bool:
    """The pronoun of gender `want` before the quotation at global position `pos` in `par`
    (opening at global `start`), resolved to `name`, says the words came later, and the sentence
    before it in the paragraph names, outside quotation marks, both `name` and another person the
    article shows is of that gender."""
    if "later" not in par and "fterward" not in par:  # the rare word first
        return False
    at = pos - start
    starts = starts_near(par, at)
    if len(starts) < 2:
        return False
    window, own = starts[-2], starts[-1]
    if _LATER.search(par, own, at) is None:  # "He said later that …" before the quotation
        return False
    surname = name.split()[-1]
    named, other = False, False
    for run_at, run in index.runs[
        index.runs_before(start + window) : index.runs_before(start + own)
    ]:
        before = par[: run_at - start]
        if before.count("“") > before.count("”") or not index.is_person(run, speaker=True):
            continue  # named inside a quotation: spoken of, not speaking
        full = index.fullest(run, run_at)
        if full == name or full.split()[-1] == surname:
            named = True
        elif index.gender(full) == want:
            other = True
    return named and other
