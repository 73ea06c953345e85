"""Clusters of near-identical sentences across many articles: sparse TF-IDF, blocking, union-find."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from itertools import pairwise

from briefings.analysis.textrank import content_terms

SparseVector = dict[str, float]
BLOCKING_TERMS = 6  # each sentence is compared only with sentences sharing one of its rarest terms
MAX_POSTING = 5000  # a term in more sentences than this is too common to block on


def phrase_terms(text: str) -> list[str]:
    """Content words and their adjacent pairs: shared phrases ("pay price") weigh more than words."""
    words = content_terms(text)
    return words + [f"{a} {b}" for a, b in pairwise(words)]


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
    compatible: Callable[[list[int], list[int]], bool] = lambda a, b: True,
) -> list[list[int]]:
    """Groups of indices joined by the candidate pairs (i, j) that `link(i, j, cosine)` accepts.

    Pairs are joined most similar first, and two groups are joined only when `compatible`
    accepts their members together, so a loose member cannot chain conflicting ones.
    """
    group_of = list(range(len(vectors)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(vectors))}
    scored = [
        (cosine(vectors[i], vectors[j]), i, j) for i, j in candidate_pairs(vectors, frequency)
    ]
    for similarity, i, j in sorted(scored, reverse=True):
        a, b = group_of[i], group_of[j]
        if a == b or not link(i, j, similarity) or not compatible(members[a], members[b]):
            continue
        if len(members[a]) < len(members[b]):
            a, b = b, a
        for index in members[b]:
            group_of[index] = a
        members[a].extend(members.pop(b))
    return [sorted(group) for group in members.values()]


def medoid(members: Sequence[int], vectors: Sequence[SparseVector]) -> list[float]:
    """Mean similarity of each member to the others (1.0 for a lone member)."""
    if len(members) == 1:
        return [1.0]
    return [
        sum(cosine(vectors[i], vectors[j]) for j in members if j != i) / (len(members) - 1)
        for i in members
    ]
