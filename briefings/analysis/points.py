"""Candidate points for the story briefing: the article's informative, reported sentences."""

from __future__ import annotations

import re

import numpy as np

from briefings.analysis.candidates import has_reporting_clause, is_pure_quote, outside_quotes
from briefings.analysis.relative_dates import find_dates
from briefings.analysis.results import ArticleText, FoundPoint
from briefings.analysis.summary import Ranked, ranked_sentences

# The reporter speaking for themselves: first person, chatty contractions, evaluative asides.
_OPINION = re.compile(
    r"\b(?:I|we|we're|we’re|we've|we’ve|our|ours|us|my|me|let's|let’s|you|your)\b"
    r"|^(?:So|If)\b|\b(?:simply|really|actually|at best|at worst|needless to say)\b"
    r"|\b(?:obviously|of course|frankly|surely|arguably|in the end"
    r"|sounds like|it's not as if|it’s not as if|doesn't mean|doesn’t mean|I think|we think)\b"
    r"|!",
)
_INFORMAL = re.compile(r"\b(?:that|it|there|what|here)['’]s\b|\b\w+n['’]t\b", re.IGNORECASE)
# Verbs of news: someone did or said something.
_ACTION = re.compile(
    r"\b\w+(?:ed)\b|\b(?:said|says|told|warned|announced|sold|sent|met|sought|took|made|gave"
    r"|agreed|signed|imposed|launched|struck|won|lost|rose|fell|paid|held|reached|plans?|seeks?)\b",
    re.IGNORECASE,
)
_NAME = re.compile(r"\b[A-Z][a-z]+(?:[-\s][A-Z][a-z]+)*")
_NUMBER = re.compile(r"\d")
MIN_WORDS, MAX_WORDS = 8, 70


def is_opinion(sentence: str) -> bool:
    """True when the writer's own voice shows: first person, asides, chatty contractions."""
    own = outside_quotes(sentence)
    return bool(_OPINION.search(own) or _INFORMAL.search(own))


def informativeness(sentence: str) -> float:
    """0–1: an action or reporting verb, named actors, figures and dates each add to it."""
    own = outside_quotes(sentence)
    names = len(_NAME.findall(own, 1))  # the sentence's first word is capitalised anyway
    score = 0.35 * has_reporting_clause(sentence) + 0.2 * bool(_ACTION.search(own))
    score += 0.25 * min(names, 3) / 3
    score += 0.1 * bool(_NUMBER.search(own)) + 0.1 * bool(find_dates(own, None, "unknown"))
    return score


def key_points(article: ArticleText, ranked: Ranked | None = None) -> list[FoundPoint]:
    """Sentences reporting facts and developments, in article order, each with a 0–1 score.

    Left out: questions, unattributed quotations, the writer's opinion, fragments and run-ons.
    The score mixes the sentence's centrality in the article (LexRank) with how informative
    it reads (who did or said what, figures, dates). `ranked`: the article's
    `ranked_sentences`, when already computed.
    """
    sentences, centrality, _ = ranked or ranked_sentences(article)
    if not sentences:
        return []
    central = centrality / float(np.max(centrality))
    points = []
    for sentence, weight in zip(sentences, central, strict=True):
        text = sentence.text
        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS or text.rstrip("”\"' ").endswith("?"):
            continue
        if is_pure_quote(text) or is_opinion(text):
            continue
        score = 0.5 * float(weight) + 0.5 * informativeness(text)
        points.append(FoundPoint(text, round(score, 4), sentence.paragraph))
    return points
