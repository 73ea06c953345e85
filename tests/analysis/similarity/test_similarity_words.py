"""A sentence's vector and rarest words, worked out once per text, group sentences as before."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter

from briefings.analysis import grouping, similarity
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
