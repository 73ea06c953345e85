"""Reports of the same words by the same speaker across articles, merged into one quote."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from itertools import combinations
from typing import Final

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

__all__ = ["cluster_quotes"]


_PUNCTUATION: Final = re.compile(r"[^\w\s]")  # compiled once: `re.sub` looked it up per quote


def _norm(text: str) -> str:
    return " ".join(_PUNCTUATION.sub(" ", text.lower()).split())


_MAX_POSTING: Final = 200  # quotes sharing one three-word run beyond which the run is ignored


def cluster_quotes(items: Sequence[tuple[int, str, str | None]]) -> dict[int, int]:
    """Group reports of the same words by the same speaker: quote id → cluster id.

    Quotes are compared only within one speaker key (None is its own block), and inside a block only
    when they share a run of three words, so the cost stays near linear in the number of quotes."""
    blocks: dict[str | None, list[tuple[int, str]]] = defaultdict(list)
    texts: dict[int, str] = {}
    for qid, text, key in items:
        texts[qid] = _norm(text)
        blocks[key].append((qid, texts[qid]))
    parent: dict[int, int] = {qid: qid for qid, _, _ in items}

    def root(q: int) -> int:
        while parent[q] != q:
            parent[q] = parent[parent[q]]
            q = parent[q]
        return q

    for block in blocks.values():
        for qa, qb in sorted(_candidate_pairs(block)):
            if root(qa) != root(qb) and _same_words(texts[qa], texts[qb]):
                parent[root(qb)] = root(qa)
    return {qid: root(qid) for qid, _, _ in items}


def _candidate_pairs(block: list[tuple[int, str]]) -> set[tuple[int, int]]:
    """Pairs of quotes sharing a run of three words: a near-linear prefilter before fuzzy matching.
    Runs shared by very many quotes ("i don t") say nothing and are skipped."""
    postings: dict[str, list[int]] = {}  # a plain dictionary: most runs are new, and a
    # defaultdict's miss goes through the interpreter's __missing__ (some 1,000 instructions)
    for qid, text in block:
        words = text.split()
        if len(words) < 3:
            grams = {" ".join(words)}
        else:
            grams = {f"{words[i]} {words[i + 1]} {words[i + 2]}" for i in range(len(words) - 2)}
        for gram in grams:
            held = postings.get(gram)
            if held is None:
                postings[gram] = [qid]
            else:
                held.append(qid)
    pairs: set[tuple[int, int]] = set()
    for ids in postings.values():
        if 1 < len(ids) <= _MAX_POSTING:
            pairs.update(combinations(ids, 2))  # (a, b) for each a before b
    return pairs


# Pairs whose answer is kept: a refresh compares again the stored clusters' longest quotes that an
# earlier one compared (about 40 % of the last refresh's pairs in a 650-article ingest).
PAIRS_KEPT: Final = 8192


@lru_cache(maxsize=PAIRS_KEPT)
def _same_words(a: str, b: str) -> bool:
    """Two normalised quotes report the same words: near-identical, or the shorter one inside the
    longer one (a partial quote of a full one)."""
    if not a or not b:
        return False
    # (With a score cutoff rapidfuzz gives up on a pair as soon as the score cannot reach it, and
    # returns 0 below it: the same answers as comparing the full scores, in about a third the time.)
    if fuzz.ratio(a, b, score_cutoff=80) or fuzz.token_set_ratio(a, b, score_cutoff=90):
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short.split()) < 3 or not _may_be_inside(short, long_):
        return False
    return fuzz.partial_ratio(short, long_, score_cutoff=PARTIAL) >= PARTIAL


PARTIAL: Final = 88  # partial ratio from which the shorter quote is a part of the longer one


def _may_be_inside(short: str, long_: str) -> bool:
    """Whether `fuzz.partial_ratio(short, long_)` can reach PARTIAL: False when a bound on it says
    not, found in a small part of its time (most pairs sharing a three-word run are not).

    The partial ratio is the best `ratio` of `short` (n characters) against a stretch of `long_`
    no longer than n: 200 * LCS / (n + k) for a stretch of k characters and their longest common
    subsequence LCS. Every such stretch lies inside one of the pieces `long_[j : j + n + n // 2]`
    (j every n // 2 characters), so its LCS is at most L, the largest LCS of `short` with a piece,
    and at most k: the ratio is at most 200 * L / (n + L). Below PARTIAL (in whole numbers, no
    rounding) the pair cannot be a partial quote."""
    n = len(short)
    step = max(1, n // 2)
    longest = max(
        LCSseq.similarity(short, long_[j : j + n + step])
        for j in range(0, max(1, len(long_) - n + 1), step)
    )
    return 200 * longest >= PARTIAL * (n + longest)
