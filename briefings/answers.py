"""Answers as plain data, rendered alike by the Discord bot, the console and any other adapter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from typing import Any


@dataclass(frozen=True)
class SourceRef:
    """The article a point, quote or event comes from."""

    article_id: int
    path: str
    title: str | None
    outlet: str | None
    published: dt.date | None
    date_precision: str  # day | month | year | unknown
    # under a briefing point: the sentence this article printed that states the point
    evidence: str | None = None
    # under a quote: this article's own wording of it
    text: str | None = None


def cite_number(article_id: int) -> str:
    """How a source is numbered in every answer and digest: its article id, `[12]`."""
    return f"[{article_id}]"


def cite_numbers(refs: Iterable[SourceRef]) -> str:
    """`[3][12]`: the numbers of the sources, each once."""
    return "".join(cite_number(i) for i in dict.fromkeys(r.article_id for r in refs))


@dataclass(frozen=True)
class SourceItem:
    """One stored article, for /sources."""

    id: int
    path: str
    title: str | None
    outlet: str | None
    author: str | None
    url: str | None
    published: dt.date | None
    date_precision: str
    summary: list[str]
    ingested_at: dt.datetime
    updated: dt.date | None = None  # an update note's date, shown as such
    updated_precision: str = "unknown"


@dataclass(frozen=True)
class BriefPoint:
    """One point of a briefing: a fact of the story, with the articles that state it."""

    text: str
    sources: list[SourceRef]
    date: dt.date | None = None
    date_precision: str = "unknown"


@dataclass(frozen=True)
class Briefing:
    """The story's best-supported points (/brief), with every article they cite."""

    headline: str
    points: list[BriefPoint]
    sources: list[SourceRef]  # every article cited, in the order their numbers are given
    focus: str | None = None
    since: dt.date | None = None
    note: str | None = None  # e.g. "nothing about 'X' in the articles"
    undated_left_out: int = 0  # with `since`: undated articles not considered


@dataclass(frozen=True)
class QuoteItem:
    """One quote, with the articles that report it and its speaker as they give them."""

    text: str
    speaker: str | None
    speaker_role: str | None
    kind: str  # full | partial
    sources: list[SourceRef]  # the first is the one whose wording `text` is
    wording_differs: bool = False  # some source printed other words (see sources[].text)
    differing: list[int] = field(default_factory=list)  # ids of the articles worded otherwise
    confidence: float = 1.0  # how likely the speaker is right (analysis/quotes/confidence/model.py)
    found_by: str = ""  # how the speaker was found; set with no speaker: not clear in the source
    told_by: str | None = None  # who reports the speaker saying it ("Ruane said Marsh had told
    # him “…”": Marsh's words, told by Victor Ruane); None when the speaker is quoted first hand

    @property
    def speaker_shown(self) -> str | None:
        """The speaker as an answer names them: "Ellen Marsh (as told by Victor Ruane)" for a
        nested report; None with no speaker."""
        if not self.speaker:
            return None
        return f"{self.speaker} (as told by {self.told_by})" if self.told_by else self.speaker

    @property
    def wording_note(self) -> str | None:
        """`OAN's wording; [4][2] printed other words`, when the sources' words differ."""
        if not self.wording_differs or not self.sources:
            return None
        whose = self.sources[0].outlet or f"source {cite_number(self.sources[0].article_id)}"
        others = "".join(cite_number(a) for a in self.differing)
        return f"{whose}’s wording; {others} printed other words"


@dataclass(frozen=True)
class QuoteList:
    """The quotes a query found (/quote), with what it matched and what is left out."""

    quotes: list[QuoteItem]
    speaker: str | None = None  # the person the query resolved to, if any
    about: str | None = None
    note: str | None = None  # e.g. "no one called 'X' in the articles; closest: ..."
    suggestions: list[str] = field(default_factory=list)
    total: int | None = None  # every quote matched (None: as many as listed, or uncounted)
    offset: int = 0  # how many matched quotes come before these
    more: bool = False  # more may match than were read, uncounted (total is then None)
    ambiguous: list[str] = field(default_factory=list)  # the people the speaker typed could be,
    # when the articles do not settle which (no quotes are then given: none is picked)

    @property
    def cut(self) -> bool:
        """Some matched quotes are not in this answer."""
        counted = self.total is not None and self.offset + len(self.quotes) < self.total
        return self.more or counted or self.offset > 0


@dataclass(frozen=True)
class PersonItem:
    """One person, organisation or place, for /people."""

    name: str
    kind: str  # person | organisation | place
    role: str | None
    aliases: list[str]
    articles: list[int]  # ids of the articles that mention them, increasing (maybe the newest only)
    mentions: int
    article_count: int  # how many articles mention them (all, however many `articles` holds)


@dataclass(frozen=True)
class RoleItem:
    """One role the articles give someone, with the articles that give it."""

    role: str
    sources: list[SourceRef]


@dataclass(frozen=True)
class Tie:
    """Someone mentioned with a person: the articles naming both, and those quoting them."""

    name: str
    articles: list[int]  # ids of the articles naming both (the count in `Profile.related`)
    quoted_in: list[int]  # those of them in which this person is quoted


@dataclass(frozen=True)
class Profile:
    """Everything the articles say about one person, organisation or place (/who)."""

    name: str
    kind: str
    role: str | None
    roles: list[RoleItem]  # every role the articles give, each with its sources
    aliases: list[str]
    mentions: int
    articles: list[SourceRef]  # the newest articles naming them, at most PROFILE_ARTICLES
    quotes: list[QuoteItem]
    related: list[tuple[str, int]]  # people mentioned in the same articles, with how many articles
    article_count: int = 0  # every article naming them
    related_from: int = 0  # how many of their newest articles `related` counts in
    ties: list[Tie] = field(default_factory=list)  # `related` with article numbers, for the network

    @property
    def related_heading(self) -> str:
        """What the `related` counts are: all their articles, or only the newest."""
        if self.related_from == 1 < self.article_count:
            return "Mentioned with (in the newest article naming them)"
        if 0 < self.related_from < self.article_count:
            return f"Mentioned with (in the {self.related_from} newest articles naming them)"
        return "Mentioned with"


@dataclass(frozen=True)
class ProfileResult:
    """The answer to /who: the profile the name found, or the closest names."""

    query: str
    profile: Profile | None
    suggestions: list[str] = field(default_factory=list)  # closest names when unknown
    others: list[str] = field(default_factory=list)  # other people the name could mean
    ambiguous: list[str] = field(default_factory=list)  # with no profile: the people the name
    # could be, when the articles do not settle which ("Greene": Lamar T. Greene Jr. and Sr.)


def ambiguous_note(query: str, names: list[str]) -> str:
    """What every answer says when a name could be several people: none of them is picked."""
    return f"{query!r} is ambiguous: {', '.join(names)}; ask for one of them by full name."


@dataclass(frozen=True)
class TimelineEvent:
    """One dated event of the timeline, with the articles that report it."""

    date: dt.date | None
    date_precision: str
    text: str
    sources: list[SourceRef]


_PLAIN = frozenset((str, int, float, bool, type(None)))


def to_json(value: Any) -> Any:
    """A JSON-ready copy of an answer: dates as ISO strings, dataclasses as objects.

    One pass, each value visited once (not `asdict`'s deep copy and then a second walk); a list
    of plain values (a person's 600,000 article ids) is copied whole."""
    kind = type(value)
    if kind in _PLAIN:
        return value
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: to_json(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        if set(map(type, value)) <= _PLAIN:
            return list(value)
        return [to_json(v) for v in value]
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def format_date(date: dt.date | None, precision: str) -> str:
    """A date shown no more precisely than it is known: 6 Sep 2023, Sep 2023, 2023, date unknown."""
    if date is None or precision == "unknown":
        return "date unknown"
    if precision == "year":
        return f"{date.year}"
    if precision == "month":
        return date.strftime("%b %Y")
    return f"{date.day} {date.strftime('%b %Y')}"


def updated_label(item: SourceItem) -> str | None:
    """`updated 14 Oct 2016` when the article states an update date."""
    if item.updated is None or item.updated_precision == "unknown":
        return None
    return f"updated {format_date(item.updated, item.updated_precision)}"


def source_label(ref: SourceRef | SourceItem) -> str:
    """`Outlet, 6 Sep 2023`, saying plainly what is unknown."""
    outlet = ref.outlet or "outlet unknown"
    return f"{outlet}, {format_date(ref.published, ref.date_precision)}"


def numbered_labels(refs: Iterable[SourceRef], mark: Callable[[str], str] = str) -> str:
    """`[1] OAN, 6 Sep 2023; [4] outlet unknown, date unknown`: each source once, under its
    number; `mark` escapes the label for a chat platform."""
    unique = {r.article_id: r for r in refs}.values()
    labels = [f"{cite_number(r.article_id)} {mark(source_label(r))}" for r in unique]
    return "; ".join(labels) or "source unknown"


def source_title(ref: SourceRef | SourceItem) -> str:
    """The title, or the file name when the article states none."""
    return ref.title or f"untitled ({ref.path.rsplit('/', 1)[-1]})"
