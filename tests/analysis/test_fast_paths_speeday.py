"""Round 53's speed steps (branch speedAY) answer as the code they stand in for did, on edge
cases and on random mixes of the words each test reads (drawn from what builds it, so a word
added later is in the mixes)."""

from __future__ import annotations

import random

from briefings.analysis.common.kinds import kind_by_lists
from briefings.analysis.quotes.clauses import datelines
from briefings.analysis.quotes.clauses.datelines import dateline_end


def _titled_place_end_before(toks: list[str]) -> int:
    """Round 49's `_titled_place_end` as it was: the word lists read before the dash."""
    k = 0
    while k < min(len(toks), datelines._PLACE_WORDS) and datelines._TITLED.fullmatch(toks[k]):
        k += 1
    if k == 0 or kind_by_lists(" ".join(toks[:k]), [t.lower() for t in toks[:k]]) != "place":
        return 0
    if k + 2 < len(toks) and toks[k] == "(" and toks[k + 2] == ")":
        k += 3
    if k + 1 < len(toks) and toks[k] in datelines._DASHES and toks[k + 1][:1].isupper():
        return k + 1
    return 0


_PLACES = ["Washington", "New", "York", "Salt", "Lake", "City", "Denver", "Jordan", "Paris"]
_OTHER = ["(", ")", "AFP", "Reuters", "Democrat", "who", "said", "Hillary", "—", ",", "the", "US"]
_EDGES = [
    [],
    ["Washington", "(", "AFP", ")", "–", "Democrat", "Hillary", "Clinton"],
    ["Washington", "–", "Democrat", "Hillary"],
    ["Salt", "Lake", "City", "—", "The", "mayor"],
    ["Jordan", "—", "who", "said"],
    ["Washington", "(", "AFP", ")", "–"],
    ["Washington", "—"],
    ["Washington", "(", "AFP", ")"],
    ["Denver", "-", "Police"],
    ["Paris", "--", "A"],
    ["GASTONIA", ",", "N.C.", "—", "Harold"],
]


def test_a_titled_dateline_reads_the_word_lists_only_past_its_dash() -> None:
    words = _PLACES + _OTHER + sorted(datelines._DASHES)
    rng = random.Random(53)
    cases = _EDGES + [[rng.choice(words) for _ in range(rng.randint(1, 9))] for _ in range(20000)]
    found = 0
    for toks in cases:
        before = _titled_place_end_before(toks)
        assert datelines._titled_place_end(toks) == before, toks
        found += before > 0
    assert found > 100  # the mixes hold datelines, not only sentences without one
    assert dateline_end(_EDGES[1]) == 5
    assert dateline_end(_EDGES[4]) == 0
