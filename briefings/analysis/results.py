"""Plain data produced by analysing one article, before it is stored."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

DatePrecision = Literal["day", "month", "year", "unknown"]
EntityKind = Literal["person", "organisation", "place"]
QuoteKind = Literal["full", "partial"]


@dataclass(frozen=True)
class ArticleText:
    """What the analysers read: the cleaned article and its publication date."""

    title: str | None
    paragraphs: tuple[str, ...]
    published: dt.date | None = None
    date_precision: DatePrecision = "unknown"


@dataclass(frozen=True)
class FoundQuote:
    """A direct quote and who said it, as established inside one article."""

    text: str  # the words inside the quotation marks, brackets kept as written
    speaker: str | None  # the fullest name the article gives the speaker, None if unknown
    speaker_role: (
        str | None
    )  # the role as the article writes it, e.g. "White House National Security Adviser"
    kind: QuoteKind  # "full": the quotation is a sentence of its own; "partial": inside the reporter's sentence
    paragraph: int  # index of the paragraph where the quote starts
    confidence: float = 1.0  # how likely the speaker is right, from how it was found (0: no one)
    found_by: str = ""  # how the speaker was found: "name", "pronoun, earlier paragraph", …
    told_by: str | None = None  # who reports the speaker saying it, when not the speaker: the
    # fullest name of "Ruane" in "Ruane said Marsh had told him “…”" (a nested report)


@dataclass(frozen=True)
class FoundEntity:
    """A person, organisation or place named in one article."""

    name: str  # the fullest form used in the article, e.g. "Jake Sullivan"
    kind: EntityKind
    role: str | None  # role as written in this article, None when the article gives none
    aliases: tuple[
        str, ...
    ] = ()  # other forms in this article: "Sullivan", "Mr Kim", "Kim Jong-un"
    mentions: int = 1  # how many times the article names it, any form


@dataclass(frozen=True)
class FoundEvent:
    """A dated (or explicitly undatable) event reported in one article."""

    text: str  # the sentence reporting it
    date: dt.date | None  # first day of the period when precision is month or year
    date_precision: DatePrecision
    paragraph: int


@dataclass(frozen=True)
class FoundPoint:
    """A candidate point for the story briefing: one informative sentence of the article."""

    text: str
    score: float  # importance within the article, higher is more important
    paragraph: int


@dataclass(frozen=True)
class ArticleAnalysis:
    """Everything computed from one article at ingest time."""

    summary: tuple[str, ...] = ()
    quotes: tuple[FoundQuote, ...] = ()
    entities: tuple[FoundEntity, ...] = ()
    events: tuple[FoundEvent, ...] = ()
    points: tuple[FoundPoint, ...] = field(default_factory=tuple)
    warnings: tuple[str, ...] = ()  # what the analysis left out (an over-long article)
