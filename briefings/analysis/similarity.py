"""Clusters of near-identical sentences across many articles: sparse TF-IDF, blocking, union-find.

Word weights (IDF) come from a fixed table (data/term_weights.txt, fitted by
scripts/fit_term_weights.py), not from the sentences compared: two sentences are as similar
whichever others are stored or refreshed with them, so a story regrouped incrementally after an
edit and one rebuilt in full compare them alike."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from typing import Final

from briefings.analysis import term_counts
from briefings.analysis.textrank import content_terms

SparseVector = dict[str, float]
BLOCKING_TERMS: Final = (
    6  # each sentence is compared only with groups sharing one of its rarest words
)
MAX_POSTING: Final = 500  # per word, only the latest representatives holding it are counted
COMPARED: Final = (
    30  # cosines computed per undated sentence: the representatives sharing most rare words
)
# Cosines per dated sentence at most (every representative near its dates sharing a rare word:
# at 10,000 generated articles 65 on average for a point, 16 for an event, above 600 only for a
# few events dated by their year); past it, the representatives sharing most of its rare words.
COMPARED_NEAR = 600
# A representative dated over more weeks than this (a year-precise event, a group spanning
# months) is indexed once per word with its first and last week, not under each of its weeks.
LONG_SPAN_WEEKS = 8
REPRESENTATIVES: Final = 4  # most sentences kept per group to compare newcomers with
REPRESENTATIVE_BELOW: Final = (
    0.6  # a member this unlike the group's wording becomes a representative
)


def phrase_terms(text: str) -> list[str]:
    """Content words and their adjacent pairs: shared phrases ("pay price") weigh more than words."""
    words = content_terms(text)
    return words + [f"{a} {b}" for a, b in pairwise(words)]


@lru_cache(maxsize=1)
def _idf_table() -> tuple[dict[str, float], float]:
    """Each fitted term's IDF, and the IDF of a term the table has not seen. The table lists the
    terms of one count together: a logarithm per count (some 300), not per term (34,000), no JSON
    parse (the load was 108 M instructions a process, docs/benchmarks-log.md, speedAE)."""
    raw = resources.files("briefings.analysis").joinpath(term_counts.FILE).read_text()
    total, groups = term_counts.groups(raw)
    idf: dict[str, float] = {}
    for count, terms in groups:
        weight = math.log((1 + total) / (1 + count)) + 1.0
        for term in terms:
            idf[term] = weight
    return idf, math.log(1 + total) + 1.0


def tfidf_vectors(texts: Sequence[str]) -> list[SparseVector]:
    """L2-normalised sparse TF-IDF vectors of words and word pairs, IDF from the fixed table
    (read only: a text's vector is shared between calls)."""
    return [_vector(text) for text in texts]


@lru_cache(maxsize=4096)  # the stored groups a refresh compares with (two windows of 1,000) recur
def _vector(text: str) -> SparseVector:
    """`phrase_terms(text)` weighed: each term's IDF, times 1 + log(count) for a term that comes
    more than once, L2-normalised; terms in first-seen order (as a Counter's), the norm summed
    in that order. Built in one dictionary by native loops (no phrase list, key list, weight
    lists or Counter: about half the instructions a vector cost)."""
    idf, unseen = _idf_table()
    words = content_terms(text)
    vector: dict[str, float] = {}
    repeated: dict[str, int] = {}  # a term that comes more than once -> its count (most: none)
    for term in words:
        if term in vector:
            repeated[term] = repeated.get(term, 1) + 1
        else:
            vector[term] = idf.get(term, unseen)
    for k in range(1, len(words)):
        pair = f"{words[k - 1]} {words[k]}"  # phrase_terms' pairs
        if pair in vector:
            repeated[pair] = repeated.get(pair, 1) + 1
        else:
            vector[pair] = idf.get(pair, unseen)
    for term, count in repeated.items():
        vector[term] = (1.0 + math.log(count)) * vector[term]
    total = 0.0
    for weight in vector.values():
        total += weight * weight
    norm = math.sqrt(total) or 1.0
    return {term: weight / norm for term, weight in vector.items()}


def cosine(a: SparseVector, b: SparseVector) -> float:
    """Cosine of two normalised sparse vectors: over the terms they share, each term of the
    shorter looked up in the longer (compiled, a native loop: no set of shared keys is built, as
    `a.keys() & b.keys()` did, a third of a refresh's grouping). Summed in the shorter's order
    of terms, not in the order of a set of strings, which changed with each process's hash seed."""
    if len(a) > len(b):
        a, b = b, a
    total = 0.0
    for term in a:  # the keys alone: no (key, value) pair made for each term
        other = b.get(term)
        if other is not None:
            total += a[term] * other
    return total


@dataclass
class Span:
    """The dates a group's dated members stand for: the earliest and latest first and last days."""

    min_start: dt.date
    max_start: dt.date
    min_end: dt.date
    max_end: dt.date

    @classmethod
    def of(cls, period: tuple[dt.date, dt.date]) -> Span:
        return cls(period[0], period[0], period[1], period[1])

    def joined(self, other: Span | None) -> Span:
        if other is None:
            return self
        return Span(
            min(self.min_start, other.min_start),
            max(self.max_start, other.max_start),
            min(self.min_end, other.min_end),
            max(self.max_end, other.max_end),
        )


@dataclass
class _Group:
    members: list[int]
    representatives: list[int]  # the leader, then members worded unlike the others
    span: Span | None


WORDS_KEPT: Final = (
    8192  # texts whose blocking words are kept (the stored groups a refresh compares
)
# with recur; twice _vector's cache, as the words take far less room than the vectors)
_words_kept: dict[str, tuple[str, ...]] = {}  # text -> its blocking words, least recent first


def blocking_words(text: str) -> tuple[str, ...]:
    """The text's rarest words (`_blocking_words` of its vector), worked out once per text."""
    found = _words_kept.get(text)
    return found if found is not None else _keep_words(text, _vector(text))


def vectors_and_words(texts: Sequence[str]) -> tuple[list[SparseVector], list[tuple[str, ...]]]:
    """`tfidf_vectors(texts)` and each text's `blocking_words`, the words taken from the vector
    in hand: no vector worked out twice when the texts outnumber _vector's cache."""
    vectors = tfidf_vectors(texts)
    words = []
    for text, vector in zip(texts, vectors, strict=True):
        found = _words_kept.pop(text, None)  # put back last: the most recently used
        if found is None:
            words.append(_keep_words(text, vector))
        else:
            _words_kept[text] = found
            words.append(found)
    return vectors, words


def _keep_words(text: str, vector: SparseVector) -> tuple[str, ...]:
    """The blocking words of `text` (whose vector is `vector`), kept for the next call."""
    found = tuple(_blocking_words(vector))
    if len(_words_kept) >= WORDS_KEPT:
        del _words_kept[next(iter(_words_kept))]
    _words_kept[text] = found
    return found


def _blocking_words(vector: SparseVector) -> list[str]:
    """The sentence's rarest words: what it is compared on.

    A sentence's heaviest TF-IDF words are its rarest; two sentences above any useful
    threshold share at least one of them in practice. Word pairs (a shared pair implies shared
    words) are skipped; ties go by the word, so the choice depends on the sentence alone.
    """
    ranked = sorted([(-w, t) for t, w in vector.items() if " " not in t])  # no key calls
    return [term for _, term in ranked[:BLOCKING_TERMS]]


def _weeks(period: tuple[dt.date, dt.date], reach: int) -> range:
    """The weeks (day ordinal // 7) of the days from `reach` days before the period to `reach`
    days after it."""
    first = (period[0].toordinal() - reach) // 7
    return range(first, (period[1].toordinal() - 1 + reach) // 7 + 1)


def cluster(
    vectors: Sequence[SparseVector],
    order: Sequence[int],
    threshold: Callable[[int, int], float],
    period: Callable[[int], tuple[dt.date, dt.date] | None],
    accept: Callable[[Span], bool],
    seeds: Sequence[tuple[int, Span | None]] = (),
    reach: int = 0,
    words: Sequence[Sequence[str]] | None = None,
    floor: float = 0.0,
) -> list[list[int]]:
    """Leader clustering over an inverted index: bounded work per sentence.

    Sentences are taken in `order` (best first). Each joins the most similar group whose
    representatives it reaches through a shared rare word, when the cosine is at least
    `threshold(sentence, representative)` and the group's dates would still be `accept`ed;
    otherwise it leads a new group. A widely reported fact is one group with a few
    representatives, so the work per sentence stays bounded however many outlets repeat it.

    A dated sentence is compared with every representative sharing one of its rare words whose
    own dates lie within `reach` days of its own (or that has none; up to COMPARED_NEAR): the
    index is kept by word and week, so which groups it may join depends on those groups alone,
    not on how many others share its words elsewhere in time. An undated one, with the
    representatives sharing most of its words among the latest MAX_POSTING holding each.

    `seeds` are groups found before, each given by its representative sentence and its dates:
    they come first in the result (their representative among the members), in their order.
    `words`: each sentence's `blocking_words`, when known (else worked out from its vector).
    `floor`: no `threshold` is below it (a candidate less similar is passed over without asking
    `threshold`, an interpreted call for most candidates otherwise).
    """

    def rarest(i: int) -> Sequence[str]:
        return words[i] if words is not None else _blocking_words(vectors[i])

    groups: list[_Group] = []
    group_of: dict[int, int] = {}
    postings: dict[str, list[int]] = defaultdict(list)  # word -> representatives
    # word -> week -> them: one look-up of the word, then one per week
    dated: dict[str, dict[int | None, list[int]]] = defaultdict(dict)
    spans: dict[str, list[tuple[int, int, int]]] = defaultdict(list)  # word -> long-dated ones

    def index(
        representative: int, words: Sequence[str], own: tuple[dt.date, dt.date] | None
    ) -> None:
        own_weeks = _weeks(own, 0) if own else None
        if own_weeks is not None and len(own_weeks) > LONG_SPAN_WEEKS:
            for word in words:
                postings[word].append(representative)
                spans[word].append((own_weeks[0], own_weeks[-1], representative))
            return
        weeks: Sequence[int | None] = [None] if own_weeks is None else own_weeks
        for word in words:
            postings[word].append(representative)
            by_week = dated[word]
            for week in weeks:
                held = by_week.get(week)
                if held is None:
                    by_week[week] = [representative]
                else:
                    held.append(representative)

    # a seed is indexed only under the words some sentence to place has: no other word is ever
    # looked up (a refresh places a few new sentences among a window of up to 1,000 groups)
    sought = {word for item in order for word in rarest(item)} if seeds else set()
    for seed, span in seeds:
        groups.append(_Group([seed], [seed], span))
        group_of[seed] = len(groups) - 1
        dates = (span.min_start, span.max_end) if span else None
        index(seed, [word for word in rarest(seed) if word in sought], dates)
    for item in order:
        vector = vectors[item]
        rare = rarest(item)
        own = period(item)
        own_span = Span.of(own) if own else None
        candidates: Iterable[int]
        if own:
            near = _weeks(own, reach)
            weeks = [*near, None]
            hits = [
                r
                for by_week in [dated[w] for w in rare if w in dated]
                for week in weeks
                for r in by_week.get(week, ())
            ]
            if spans:
                hits += _overlapping(spans, rare, near)
            candidates = set(hits)
            if len(candidates) > COMPARED_NEAR:  # a crowded stretch: those sharing most words
                shared_near = Counter(hits)
                ranked = sorted(candidates, key=lambda r: (-shared_near[r], group_of[r], r))
                candidates = set(ranked[:COMPARED_NEAR])
        else:
            shared: dict[int, int] = {}  # counted natively (compiled), not by Counter.update
            for word in rare:
                for held in postings[word][-MAX_POSTING:]:
                    shared[held] = shared.get(held, 0) + 1
            candidates = _most_shared(shared, COMPARED)
        best, best_similarity = -1, 0.0
        for representative in candidates:
            similarity = cosine(vector, vectors[representative])
            if similarity < best_similarity or similarity < floor:
                continue
            if similarity < threshold(item, representative):
                continue
            group = group_of[representative]
            if similarity == best_similarity and group > best:
                continue  # a tie: the group found first
            span = own_span.joined(groups[group].span) if own_span else groups[group].span
            if span is None or accept(span):  # dated too far apart: not joined
                best, best_similarity = group, similarity
        if best < 0:
            groups.append(_Group([item], [item], own_span))
            group_of[item] = len(groups) - 1
            index(item, rare, own)
            continue
        chosen = groups[best]
        chosen.members.append(item)
        if own_span:
            chosen.span = own_span.joined(chosen.span)
        if best_similarity < REPRESENTATIVE_BELOW and len(chosen.representatives) < REPRESENTATIVES:
            chosen.representatives.append(item)
            group_of[item] = best
            index(item, rare, own)
    return [sorted(group.members) for group in groups]


def _most_shared(shared: dict[int, int], count: int) -> list[int]:
    """The `count` representatives sharing most words (as `Counter.most_common` ranks them: a
    tie goes to the one counted first), every one when there are no more: unranked then, as the
    group chosen does not depend on the order they are compared in (the most similar wins, a tie
    goes to the group found first)."""
    if len(shared) <= count:
        return list(shared)
    return sorted(shared, key=shared.__getitem__, reverse=True)[:count]  # a stable sort


def _overlapping(
    spans: Mapping[str, list[tuple[int, int, int]]], words: Sequence[str], near: range
) -> list[int]:
    """The long-dated representatives sharing each word whose weeks overlap `near`, each once
    per week they share: as many hits as indexing them under each of their weeks would give."""
    hits: list[int] = []
    if not near:
        return hits
    first, last = near[0], near[-1]
    for word in words:
        for start, end, representative in spans.get(word, ()):
            shared = min(end, last) - max(start, first) + 1
            if shared > 0:
                hits += [representative] * shared
    return hits


MEDOID_SAMPLE: Final = 50  # centrality of a member is measured against at most this many others


def medoid(members: Sequence[int], vectors: Sequence[SparseVector]) -> list[float]:
    """Mean similarity of each member to (a sample of) the others; 1.0 for a lone member."""
    if len(members) == 1:
        return [1.0]
    sample = members[:: max(1, len(members) // MEDOID_SAMPLE)][:MEDOID_SAMPLE]
    return [
        sum(cosine(vectors[i], vectors[j]) for j in sample if j != i)
        / max(1, len(sample) - (i in sample))
        for i in members
    ]
