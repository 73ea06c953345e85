"""The cosine summed natively in a fixed order, and `cluster` asking no threshold below its floor."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from briefings.analysis import grouping, similarity
from briefings.analysis.similarity import cosine, tfidf_vectors

ROOT = Path(__file__).resolve().parents[3]

# Shared terms whose products sum to different floats in different orders (1e16 + 1.0 is 1e16)
SHORT = {"price": 1.0, "grain": 1.0, "troops": 1.0, "talks": 1.0, "port": 1.0}
LONG = {"talks": -1e16, "port": 1.0, "price": 1e16, "grain": 1.0, "troops": 1.0, "deal": 3.0}


def test_cosine_sums_the_shared_terms_in_the_shorter_vectors_order() -> None:
    expected = 0.0
    for term, weight in SHORT.items():
        expected += weight * LONG[term]
    assert cosine(SHORT, LONG) == expected
    assert cosine(LONG, SHORT) == expected  # the same order whichever comes first
    assert cosine(SHORT, {"deal": 1.0}) == 0.0 and cosine({}, LONG) == 0.0


def test_cosine_is_the_same_whatever_the_hash_seed() -> None:
    # before, the shared terms were summed in the order of a set of strings, which changes with
    # each process's hash seed: a similarity at a threshold could fall either side of it
    program = (
        "from briefings.analysis.similarity import cosine; "
        f"print(repr(cosine({SHORT!r}, {LONG!r})), repr(cosine({LONG!r}, {SHORT!r})))"
    )
    found = set()
    for seed in ("0", "1", "2", "3", "4", "5"):
        environment = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        run = subprocess.run(
            [sys.executable, "-c", program],
            env=environment,
            capture_output=True,
            text=True,
            check=True,
        )
        found.add(run.stdout)
    assert len(found) == 1


TEXTS = [
    "North Korea will pay a price for sending troops to Russia, the adviser said on Monday.",
    "The adviser warned that North Korea would pay a price for its troops in Russia.",
    "Talks in Geneva ended without a deal on grain exports, officials said.",
    "Officials said the Geneva talks on grain exports ended without a deal.",
    "North Korea said the talks on its troops ended, officials in Geneva said.",
    "A price for grain exports was agreed in Geneva on Monday.",
]


def test_cluster_asks_no_threshold_below_its_floor_and_groups_alike() -> None:
    vectors = tfidf_vectors(TEXTS)
    day = dt.date(2024, 5, 1)
    asked: list[float] = []

    def threshold(i: int, j: int) -> float:
        asked.append(cosine(vectors[i], vectors[j]))
        return grouping.SAME_FACT

    def grouped(floor: float) -> list[list[int]]:
        asked.clear()
        return similarity.cluster(
            vectors,
            range(len(TEXTS)),
            threshold,
            lambda i: (day, day + dt.timedelta(days=1)) if i % 2 else None,
            lambda span: True,
            floor=floor,
        )

    everything = grouped(0.0)
    assert any(s < grouping.SAME_FACT for s in asked)  # candidates below it were asked about
    assert grouped(grouping.SAME_FACT) == everything
    assert asked and all(s >= grouping.SAME_FACT for s in asked)
    assert everything == [[0, 1], [2, 3, 5], [4]]
