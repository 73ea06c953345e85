"""The clustering's index of dated representatives: a long-dated one (a year-precise event) kept
once per word with its weeks finds the same groups as one kept under each of its weeks."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from briefings.analysis import similarity
from briefings.analysis.similarity import Span, cluster

WORDS = [f"word{i}" for i in range(14)]
START = dt.date(2024, 1, 1)


def _sentences(rng: random.Random, count: int) -> tuple[list[dict[str, float]], list]:
    """Sparse vectors over a small vocabulary (many shared words), and periods: a day, a
    month, a year, or none."""
    vectors, periods = [], []
    for _ in range(count):
        words = rng.sample(WORDS, rng.randint(3, 7))
        weights = {w: rng.random() + 0.1 for w in words}
        norm = sum(v * v for v in weights.values()) ** 0.5
        vectors.append({w: v / norm for w, v in weights.items()})
        first = START + dt.timedelta(days=rng.randint(0, 500))
        days = rng.choice([None, 1, 1, 30, 365, 700])
        periods.append(None if days is None else (first, first + dt.timedelta(days=days)))
    return vectors, periods


def _grouped(long_weeks: int, seed: int, monkeypatch: pytest.MonkeyPatch) -> list[list[int]]:
    monkeypatch.setattr(similarity, "LONG_SPAN_WEEKS", long_weeks)
    monkeypatch.setattr(similarity, "COMPARED_NEAR", 6)  # crowded: ranked by words shared
    rng = random.Random(seed)
    vectors, periods = _sentences(rng, 160)
    seeds = [(k, Span.of(periods[k]) if periods[k] else None) for k in range(40)]
    return cluster(
        vectors,
        list(range(40, 160)),
        lambda i, j: 0.3,
        lambda i: periods[i],
        lambda span: (span.max_start - span.min_end).days < 400,
        seeds,
        reach=8,
    )


@pytest.mark.parametrize("seed", range(6))
def test_long_dated_representatives_kept_as_spans_group_alike(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    by_week = _grouped(10**9, seed, monkeypatch)  # every representative under each week
    by_span = _grouped(0, seed, monkeypatch)  # every dated one as a span
    default = _grouped(similarity.LONG_SPAN_WEEKS, seed, monkeypatch)
    assert by_span == by_week
    assert default == by_week
    assert any(len(group) > 1 for group in by_week)  # the case is not trivial


def test_seeds_are_indexed_only_under_the_words_sought(monkeypatch: pytest.MonkeyPatch) -> None:
    """A refresh places a few new sentences among a window of up to 1,000 stored groups: a
    group is indexed only under the words some new sentence has (no other word is looked up),
    and the groups come out as when every word of every group is indexed."""
    made: list[dict[str, object]] = []

    class Recorded(dict):  # type: ignore[type-arg]
        def __init__(self, factory: type) -> None:
            super().__init__()
            self.factory = factory
            made.append(self)

        def __missing__(self, key: str) -> object:
            self[key] = value = self.factory()
            return value

    rng = random.Random(3)
    vectors, periods = _sentences(rng, 160)
    seeds = [(k, Span.of(periods[k]) if periods[k] else None) for k in range(150)]
    sought = set(WORDS[:6])
    for item in range(150, 160):  # the new sentences share only the first six words
        words = rng.sample(sorted(sought), 3)
        vectors[item] = {w: 3**-0.5 for w in words}

    def grouped() -> list[list[int]]:
        return cluster(
            vectors,
            list(range(150, 160)),
            lambda i, j: 0.3,
            lambda i: periods[i],
            lambda span: (span.max_start - span.min_end).days < 400,
            seeds,
            reach=8,
        )

    unrecorded = grouped()
    monkeypatch.setattr(similarity, "defaultdict", Recorded)
    assert grouped() == unrecorded
    indexed = {word for index in made for word in index}
    assert indexed and indexed <= sought  # the groups' other words were left out
    assert any(len(group) > 1 for group in unrecorded[:150])  # new sentences joined stored groups
