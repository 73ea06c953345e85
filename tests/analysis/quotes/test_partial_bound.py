"""The bound that spares quote clustering most partial ratios never rules out a partial quote."""

from __future__ import annotations

import random

from rapidfuzz import fuzz

from briefings.analysis.quotes.clusters import PARTIAL, _may_be_inside, _same_words

WORDS = [
    "the",
    "they",
    "will",
    "pay",
    "a",
    "price",
    "for",
    "this",
    "in",
    "international",
    "community",
    "we",
    "now",
    "keep",
    "talks",
]


def _pairs(count: int) -> list[tuple[str, str]]:
    """Short quotes and longer ones holding them, edited, or made of the same few words."""
    rng = random.Random(19)
    pairs = []
    for _ in range(count):
        long_ = " ".join(rng.choices(WORDS, k=rng.randint(3, 40)))
        start = rng.randint(0, len(long_) // 2)
        short = list(long_[start : start + rng.randint(5, 120)])
        for _ in range(rng.randint(0, 6)):  # a few characters changed
            short[rng.randrange(len(short))] = rng.choice("abcdefghij ")
        pairs.append(("".join(short), long_))
        pairs.append((" ".join(rng.choices(WORDS, k=rng.randint(3, 12))), long_))
    return [(a, b) if len(a) <= len(b) else (b, a) for a, b in pairs]


def test_the_bound_never_rules_out_a_partial_quote() -> None:
    pairs = _pairs(3000)
    partial = [(a, b) for a, b in pairs if fuzz.partial_ratio(a, b) >= PARTIAL]
    assert len(partial) > 500  # the pairs reach the threshold often enough to test it
    assert all(_may_be_inside(a, b) for a, b in partial)
    assert sum(not _may_be_inside(a, b) for a, b in pairs) > 500  # and it rules many out


def test_the_bound_holds_at_the_exact_threshold() -> None:
    assert (
        fuzz.partial_ratio("now we talking", "now talking keep about useful will keep about") == 88
    )
    assert _may_be_inside("now we talking", "now talking keep about useful will keep about")


def test_different_words_around_a_shared_run_are_ruled_out_without_a_partial_ratio() -> None:
    short = "we will keep working with our allies to make sure this never happens again"
    long_ = (
        "the minister said the talks had failed and that we will keep pressing the government in "
        "the coming weeks, whatever the cost to the coalition and its voters"
    )
    assert fuzz.partial_ratio(short, long_) < PARTIAL
    assert not _may_be_inside(short, long_)
    assert not _same_words(short, long_)
