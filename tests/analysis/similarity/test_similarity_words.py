"""A sentence's vector and rarest words, worked out once per text, group sentences as before."""

from __future__ import annotations

import datetime as dt
import math
import random
from collections import Counter
from importlib import resources

from briefings.analysis import grouping, similarity, term_counts
from briefings.analysis.similarity import blocking_words, phrase_terms, tfidf_vectors

TEXTS = [
    "North Korea will pay a price for sending troops to Russia, the adviser said on Monday.",
    "The adviser warned that North Korea would pay a price for its troops in Russia.",
    "Talks in Geneva ended without a deal on grain exports, officials said.",
    "Officials said the Geneva talks on grain exports ended without a deal.",
    "The the the price price price of grain.",
    "",
]


def _vector_as_written(text: str) -> dict[str, float]:
    """The TF-IDF vector by its definition: each term's IDF, raised by 1 + log(count) when it
    comes more than once, the whole scaled to length 1."""
    idf, unseen = similarity._idf_table()
    terms = Counter(phrase_terms(text))
    weights = {t: idf.get(t, unseen) for t in terms}
    for term, count in terms.items():
        if count > 1:
            weights[term] = (1.0 + math.log(count)) * weights[term]
    norm = math.sqrt(sum([w * w for w in weights.values()])) or 1.0
    return {t: w / norm for t, w in weights.items()}


def test_vectors_are_exactly_the_definition() -> None:
    for text, vector in zip(TEXTS, tfidf_vectors(TEXTS), strict=True):
        expected = _vector_as_written(text)
        assert list(vector.items()) == list(expected.items())  # same terms, order, floats


def test_rarest_words_given_or_worked_out_group_alike() -> None:
    vectors = tfidf_vectors(TEXTS)
    words = [blocking_words(t) for t in TEXTS]
    assert words[0] == tuple(similarity._blocking_words(vectors[0]))

    def grouped(given: list[tuple[str, ...]] | None) -> list[list[int]]:
        day = dt.date(2024, 5, 1)
        return similarity.cluster(
            vectors,
            range(len(TEXTS)),
            lambda i, j: grouping.SAME_FACT,
            lambda i: (day, day + dt.timedelta(days=1)),
            lambda span: True,
            words=given,
        )

    assert grouped(words) == grouped(None)
    assert [0, 1] in grouped(words) and [2, 3] in grouped(words)


def test_vectors_and_words_work_each_text_out_once() -> None:
    # more texts than _vector's cache holds: the words come from the vectors in hand (before,
    # blocking_words worked the first texts' vectors out again, pushed out of the cache)
    texts = [
        f"Minister {n} said the port of {n * 7} reopened on day {n % 97}." for n in range(5000)
    ]
    similarity._vector.cache_clear()
    similarity._words_kept.clear()
    vectors, words = similarity.vectors_and_words(texts)
    assert similarity._vector.cache_info().misses == len(texts)
    assert vectors == [_vector_as_written(t) for t in texts]
    assert words == [tuple(similarity._blocking_words(v)) for v in vectors]
    assert len(similarity._words_kept) == len(texts)
    assert [blocking_words(t) for t in texts[-100:]] == words[-100:]  # kept for the next call
    assert similarity._vector.cache_info().misses == len(texts)


def test_words_kept_up_to_their_bound_least_recent_out_first() -> None:
    similarity._words_kept.clear()
    texts = [f"Report number {n} on grain." for n in range(similarity.WORDS_KEPT + 2)]
    similarity.vectors_and_words(texts[:2])
    similarity.vectors_and_words([texts[0]])  # used again: now the most recent
    similarity.vectors_and_words(texts[2:])
    assert len(similarity._words_kept) == similarity.WORDS_KEPT
    assert texts[0] not in similarity._words_kept and texts[1] not in similarity._words_kept
    similarity._words_kept.clear()
    similarity.vectors_and_words(texts[:2])
    similarity.vectors_and_words([texts[0]])
    similarity.vectors_and_words(texts[2 : similarity.WORDS_KEPT + 1])
    assert texts[0] in similarity._words_kept and texts[1] not in similarity._words_kept


def test_fewest_shared_candidates_are_most_commons_set() -> None:
    # the undated candidates: every one unranked when few, else most_common's, ties as it breaks
    rng = random.Random(19)
    for _ in range(500):
        held = rng.choices(range(60), k=rng.randrange(0, 120))
        shared = Counter(held)
        count = rng.choice([1, 5, 30])
        expected = [r for r, _ in shared.most_common(count)]
        counted: dict[int, int] = {}  # counted as `cluster` counts them, in a plain dict
        for r in held:
            counted[r] = counted.get(r, 0) + 1
        found = similarity._most_shared(counted, count)
        assert sorted(found) == sorted(expected)
        if len(shared) > count:
            assert found == expected


def test_idf_table_is_exactly_the_definition() -> None:
    """The table read a count at a time (one logarithm per count) gives each term's IDF
    log((1 + sentences) / (1 + count)) + 1 bit for bit."""
    raw = resources.files("briefings.analysis").joinpath(term_counts.FILE).read_text()
    total, _, counts = term_counts.counts(raw)
    expected = {t: math.log((1 + total) / (1 + n)) + 1.0 for t, n in counts.items()}
    idf, unseen = similarity._idf_table()
    assert len(idf) == len(expected) > 30_000
    assert all(idf[t].hex() == weight.hex() for t, weight in expected.items())
    assert unseen == math.log(1 + total) + 1.0
