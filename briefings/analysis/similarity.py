"""Clusters of near-identical sentences across many articles: sparse TF-IDF, blocking, union-find."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from briefings.analysis.textrank import content_terms

SparseVector = dict[str, float]
BLOCKING_TERMS = 6  # each sentence is compared only with sentences sharing one of its rarest terms
MAX_POSTING = 5000  # a term in more sentences than this is too common to block on


def phrase_terms(text: str) -> list[str]:
    """Content words and their adjacent pairs: shared phrases ("pay price") weigh more than words."""
    words = content_terms(text)
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


def tfidf_vectors(texts: Sequence[str]) -> tuple[list[SparseVector], Counter[str]]:
    """L2-normalised sparse TF-IDF vectors of words and word pairs, IDF from the texts themselves."""
    documents = [Counter(phrase_terms(text)) for text in texts]
    frequency: Counter[str] = Counter()
    for terms in documents:
        frequency.update(terms.keys())
    total = len(documents)
    vectors = []
    for terms in documents:
        weights = {
            term: (1.0 + math.log(count)) * (math.log((1 + total) / (1 + frequency[term])) + 1.0)
            for term, count in terms.items()
        }
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        vectors.append({term: w / norm for term, w in weights.items()})
    return vectors, frequency


def cosine(a: SparseVector, b: SparseVector) -> float:
    """Cosine of two normalised sparse vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(weight * b.get(term, 0.0) for term, weight in a.items())


def candidate_pairs(
    vectors: Sequence[SparseVector], frequency: Counter[str]
) -> set[tuple[int, int]]:
    """Pairs (i < j) that share one of the rarest shared words of either: no all-pairs comparison.

    A sentence's heaviest TF-IDF words are its rarest; two sentences above any useful
    similarity threshold share at least one of them in practice, so only the postings of
    those words are compared (linear in the corpus for a bounded posting length). Words no
    other sentence has, and word pairs (a shared pair implies shared words), are skipped.
    """
    postings: dict[str, list[int]] = defaultdict(list)
    prefixes = []
    for index, vector in enumerate(vectors):
        words = [t for t in vector if " " not in t and 2 <= frequency[t] <= MAX_POSTING]
        prefix = sorted(words, key=lambda term: -vector[term])[:BLOCKING_TERMS]
        prefixes.append(prefix)
        for term in prefix:
            postings[term].append(index)
    pairs: set[tuple[int, int]] = set()
    for index, prefix in enumerate(prefixes):
        for term in prefix:
            members = postings[term]
            pairs.update((other, index) for other in members if other < index)
    return pairs


def cluster(
    vectors: Sequence[SparseVector],
    frequency: Counter[str],
    link: Callable[[int, int, float], bool],
) -> list[list[int]]:
    """Connected components of the graph whose edges are candidate pairs (i, j) that
    `link(i, j, cosine)` accepts, as lists of indices."""
    parent = list(range(len(vectors)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in candidate_pairs(vectors, frequency):
        if link(i, j, cosine(vectors[i], vectors[j])):
            parent[root(i)] = root(j)
    components: dict[int, list[int]] = defaultdict(list)
    for index in range(len(vectors)):
        components[root(index)].append(index)
    return list(components.values())


def medoid(members: Sequence[int], vectors: Sequence[SparseVector]) -> list[float]:
    """Mean similarity of each member to the others (1.0 for a lone member)."""
    if len(members) == 1:
        return [1.0]
    return [
        sum(cosine(vectors[i], vectors[j]) for j in members if j != i) / (len(members) - 1)
        for i in members
    ]
