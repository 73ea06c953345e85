"""Run every analyser over one article: the single entry point ingest calls."""

from __future__ import annotations

from briefings.analysis.events import extract_events
from briefings.analysis.people import extract_entities
from briefings.analysis.points import key_points
from briefings.analysis.quotes import extract_quotes
from briefings.analysis.results import ArticleAnalysis, ArticleText
from briefings.analysis.summary import ranked_sentences, summarise

# Candidate briefing points kept per article: enough for every development it reports, few enough
# that grouping them across a year of articles stays fast.
POINTS_PER_ARTICLE = 8


def analyse(article: ArticleText) -> ArticleAnalysis:
    """Everything computed from one article: summary, quotes, entities, events, key points."""
    ranked = ranked_sentences(article)  # the summary and the key points rank the same sentences
    return ArticleAnalysis(
        summary=tuple(summarise(article, ranked=ranked)),
        quotes=tuple(extract_quotes(article)),
        entities=tuple(extract_entities(article)),
        events=tuple(extract_events(article)),
        points=tuple(
            sorted(key_points(article, ranked), key=lambda p: p.score, reverse=True)[
                :POINTS_PER_ARTICLE
            ]
        ),
    )
