"""Run every analyser over one article: the single entry point ingest calls."""

from __future__ import annotations

from briefings.analysis.events import extract_events
from briefings.analysis.people import extract_entities
from briefings.analysis.points import key_points
from briefings.analysis.results import ArticleAnalysis, ArticleText
from briefings.analysis.summary import summarise


def analyse(article: ArticleText) -> ArticleAnalysis:
    """Everything computed from one article: summary, quotes, entities, events, key points."""
    return ArticleAnalysis(
        summary=tuple(summarise(article)),
        entities=tuple(extract_entities(article)),
        events=tuple(extract_events(article)),
        points=tuple(key_points(article)),
    )
