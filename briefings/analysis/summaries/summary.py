"""Per-article extractive summary: the most central sentences, lead-biased, without repeats."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Final

import numpy as np

from briefings.analysis.candidates import Sentence, is_pure_quote, usable_sentences
from briefings.analysis.results import ArticleText
from briefings.analysis.textrank import content_terms, lexrank, position_prior, tfidf_matrix

REDUNDANT: Final = 0.5  # cosine above which a sentence mostly repeats one already chosen


def default_length(sentence_count: int) -> int:
    """2 sentences for a short article, 3 for a medium one, 4 for a long one (at most all)."""
    wanted = 2 if sentence_count <= 8 else 3 if sentence_count <= 20 else 4
    return min(wanted, sentence_count)


Ranked = tuple[list[Sentence], np.ndarray, np.ndarray]


def ranked_sentences(article: ArticleText, first: int | None = None) -> Ranked:
    """Summary candidates, their centrality scores and their TF-IDF rows. `first`: when the text
    is a window of a longer article, how many candidates come before it (the scores are then
    weighted by the window's share of the article's position prior)."""
    sentences = [s for s in usable_sentences(article, min_words=6) if not s.text.endswith("?")]
    attributed = [s for s in sentences if not is_pure_quote(s.text)]
    if len(attributed) >= 4:  # a quotation cut from its "he said" loses its speaker
        sentences = attributed
    if not sentences:
        return [], np.zeros(0), np.zeros((0, 0))
    title_terms = content_terms(article.title or "")
    matrix = tfidf_matrix([content_terms(s.text) for s in sentences] + [title_terms])
    vectors, title = matrix[:-1], matrix[-1]
    skip = first or 0
    prior = position_prior(skip + len(sentences))[skip:] * (1.0 + vectors @ title)
    scores = lexrank(vectors @ vectors.T, prior)
    if first is not None:  # a window: its scores weighted by its share of the article's prior
        scores = scores * float(prior.sum())
    return sentences, scores, vectors


# Sentences of a long article kept as summary and point candidates once its windows are ranked.
CANDIDATES: Final = 200


def combine(windows: Sequence[tuple[Ranked, int]]) -> Ranked:
    """One ranking of a long article read in windows, from each window's ranking (its sentences
    linked only to each other; ranked with the `first` of the window) and the index of its first
    paragraph: the CANDIDATES best sentences, in article order, with TF-IDF rows of their own."""
    sentences: list[Sentence] = []
    scores: list[float] = []
    for (found, centrality, _), offset in windows:
        for sentence, score in zip(found, centrality, strict=True):
            sentences.append(
                replace(sentence, paragraph=sentence.paragraph + offset, order=len(sentences))
            )
            scores.append(float(score))
    if not sentences:
        return [], np.zeros(0), np.zeros((0, 0))
    best = sorted(np.argsort(-np.array(scores), kind="stable")[:CANDIDATES])
    kept = [sentences[i] for i in best]
    vectors = tfidf_matrix([content_terms(s.text) for s in kept])
    return kept, np.array([scores[i] for i in best]), vectors


def summarise(
    article: ArticleText, max_sentences: int | None = None, ranked: Ranked | None = None
) -> list[str]:
    """2–4 of the article's own sentences (fewer when it is very short), in article order.
    `ranked`: the article's `ranked_sentences`, when already computed."""
    sentences, scores, vectors = ranked or ranked_sentences(article)
    if not sentences:
        return []
    wanted = default_length(len(sentences)) if max_sentences is None else max_sentences
    chosen: list[int] = []
    for index in np.argsort(-scores, kind="stable"):
        if len(chosen) >= wanted:
            break
        if chosen and float((vectors[chosen] @ vectors[index]).max()) > REDUNDANT:
            continue
        chosen.append(int(index))
    return [sentences[i].text for i in sorted(chosen)]
