"""Run every analyser over one article: the single entry point ingest calls."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import replace
from typing import Final, TypeVar

import numpy as np

from briefings.analysis.bounds import MAX_PARAGRAPH_CHARS, MAX_SENTENCE_CHARS, bounded
from briefings.analysis.dates.events import extract_events
from briefings.analysis.people.extract import extract_entities
from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import (
    ArticleAnalysis,
    ArticleText,
    FoundEntity,
    FoundEvent,
    FoundPoint,
    FoundQuote,
)
from briefings.analysis.summaries.points import key_points
from briefings.analysis.summaries.summary import Ranked, combine, ranked_sentences, summarise

# Candidate briefing points kept per article: enough for every development it reports, few enough
# that grouping them across a year of articles stays fast.
POINTS_PER_ARTICLE: Final = 8
# Seconds an article read in windows may take: the windows analysed when it runs out are kept.
BUDGET_SECONDS: Final = 4.0


def analyse(article: ArticleText, budget: float | None = BUDGET_SECONDS) -> ArticleAnalysis:
    """Everything computed from one article: summary, quotes, entities, events, key points.

    An ordinary article is read whole. Over-long paragraphs are cut into pieces first, and an
    article longer than a window (bounds.WINDOW_CHARS) is read window by window, its sentences
    ranked within their window, until `budget` seconds have passed; the analysis then says, in
    its warnings, what was left unread."""
    pieces = bounded(article.paragraphs)
    text = replace(article, paragraphs=pieces.paragraphs)
    warnings: list[str] = []
    if pieces.cut:
        warnings.append(
            f"{pieces.cut} paragraph(s) longer than {MAX_PARAGRAPH_CHARS:,} characters or with "
            f"a sentence longer than {MAX_SENTENCE_CHARS:,} cut into pieces for analysis"
        )
    windows = pieces.windows()
    if len(windows) <= 1:
        found = _analyse(text, ranked_sentences(text))
    else:
        found = _analyse_windows(text, windows, budget, pieces.origin, warnings)
    found = _roles_from_people(found)
    if not pieces.cut:  # each piece a whole paragraph: the numbers are the article's own
        return replace(found, warnings=tuple(warnings))
    return _placed(found, pieces.origin, warnings)


def _analyse(article: ArticleText, ranked: Ranked) -> ArticleAnalysis:
    """The analysers over the whole text, the summary and the key points ranking the same
    sentences."""
    return ArticleAnalysis(
        summary=tuple(summarise(article, ranked=ranked)),
        quotes=tuple(extract_quotes(article)),
        entities=tuple(extract_entities(article)),
        events=tuple(extract_events(article)),
        points=_best_points(key_points(article, ranked)),
    )


def _roles_from_people(found: ArticleAnalysis) -> ArticleAnalysis:
    """A speaker's role as the article writes it beside the person's name elsewhere, where the
    quote's clause gives none ("Chief executive Sir Terry Leahy" … "Sir Terry said") or the same
    job cut short ("spokesman" of "Liberal Democrat education spokesman Ed Davey")."""
    roles = {e.name: e.role for e in found.entities if e.kind == "person" and e.role}

    def fuller(q: FoundQuote) -> str | None:
        role = roles.get(q.speaker or "")
        if role and (not q.speaker_role or role.endswith(" " + q.speaker_role)):
            return role
        return None

    if not any(fuller(q) for q in found.quotes):
        return found
    # (a quote whose role stays is kept as it is: a copy made by `replace` costs more than the rest)
    quotes = tuple(
        q if (role := fuller(q)) is None else replace(q, speaker_role=role) for q in found.quotes
    )
    return replace(found, quotes=quotes)


def _best_points(points: Sequence[FoundPoint]) -> tuple[FoundPoint, ...]:
    return tuple(sorted(points, key=lambda p: p.score, reverse=True)[:POINTS_PER_ARTICLE])


def _analyse_windows(
    article: ArticleText,
    windows: Sequence[range],
    budget: float | None,
    origin: Sequence[int],
    warnings: list[str],
) -> ArticleAnalysis:
    """A long article window by window: quotes, people and events found in each, sentences
    ranked within each (see `summary.combine`), until the budget runs out."""
    deadline = None if budget is None else time.monotonic() + budget
    ranked: list[tuple[Ranked, int]] = []
    quotes: list[FoundQuote] = []
    events: list[FoundEvent] = []
    entities: list[FoundEntity] = []
    candidates = 0
    for number, span in enumerate(windows):
        if number and deadline is not None and time.monotonic() > deadline:
            warnings.append(
                f"analysis stopped at its {budget:g} s budget: paragraphs {origin[span.start] + 1}"
                f" to {origin[-1] + 1} are stored but not analysed"
            )
            break
        window = replace(article, paragraphs=article.paragraphs[span.start : span.stop])
        window_ranked = ranked_sentences(window, first=candidates)
        candidates += len(window_ranked[0])
        ranked.append(((window_ranked[0], window_ranked[1], _NO_ROWS), span.start))
        quotes += [_moved(q, span.start) for q in extract_quotes(window)]
        events += [_moved(e, span.start) for e in extract_events(window)]
        entities = _merged(entities, extract_entities(window))
    best = combine(ranked)
    return ArticleAnalysis(
        summary=tuple(summarise(article, ranked=best)),
        quotes=tuple(quotes),
        entities=tuple(entities),
        events=tuple(events),
        points=_best_points(key_points(article, best)),
    )


_NO_ROWS: Final = np.zeros((0, 0))  # a window's TF-IDF rows are not kept: combine makes its own
Placed = TypeVar("Placed", FoundQuote, FoundEvent, FoundPoint)


def _moved(found: Placed, by: int) -> Placed:
    return replace(found, paragraph=found.paragraph + by)


def _merged(known: list[FoundEntity], more: Sequence[FoundEntity]) -> list[FoundEntity]:
    """The entities of two windows as one list: the same name and kind counted once."""
    index = {(e.name, e.kind): n for n, e in enumerate(known)}
    out = list(known)
    for entity in more:
        at = index.get((entity.name, entity.kind))
        if at is None:
            index[(entity.name, entity.kind)] = len(out)
            out.append(entity)
            continue
        first = out[at]
        aliases = tuple(dict.fromkeys(first.aliases + entity.aliases))
        out[at] = replace(
            first,
            role=first.role or entity.role,
            aliases=aliases,
            mentions=first.mentions + entity.mentions,
        )
    return out


def _placed(found: ArticleAnalysis, origin: Sequence[int], warnings: list[str]) -> ArticleAnalysis:
    """Paragraph numbers of the pieces read as the article's own."""
    return replace(
        found,
        quotes=tuple(replace(q, paragraph=origin[q.paragraph]) for q in found.quotes),
        events=tuple(replace(e, paragraph=origin[e.paragraph]) for e in found.events),
        points=tuple(replace(p, paragraph=origin[p.paragraph]) for p in found.points),
        warnings=tuple(warnings),
    )
