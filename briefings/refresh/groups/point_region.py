"""The stored points an edit can move, through chains of sentences found alike.

Every sentence linked to the edited ones through a chain of sentences a clustering compares and
finds alike.

The clustering of points (grouping.group_points: leaders taken best first, each sentence joining
the most similar group it reaches) decides a sentence's group from the sentences it is compared
with and finds alike: those sharing one of its rarest words, dated within the weeks it looks up,
at least SAME_FACT similar. A sentence added or taken away can change the groups of all the
sentences linked to it through such pairs, and of no other. Regrouped whole, in the same order,
such a region gets the groups a rebuild of the whole story gets (the relative order of its
sentences and groups, all ties included, is the rebuild's), but where more than COMPARED_NEAR
stored sentences near one date share its rarest words (similarity.py: the comparisons are then
capped, by a ranking over every one of them).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from briefings.analysis import grouping
from briefings.analysis.similarity import SparseVector, _blocking_words, cosine, tfidf_vectors
from briefings.models import Article, Point

# Days between two dated sentences a clustering may compare: a sentence looks up the weeks from
# MAX_DAYS_APART + 1 days before its date to as many after (similarity._weeks), a week more
# at either end at most.
REACH_DAYS = grouping.MAX_DAYS_APART + 1 + 7
REACH = dt.timedelta(days=REACH_DAYS)

RELEASED = -1  # Point.cluster of a point whose group an edit dissolved: its region is regrouped

Loaded = tuple[grouping.PointInput, int | None]  # a point, its stored group
Row = Any  # a row of stored_points(): id, article, text, score, published, group


def stored_points() -> Select:
    """A point as grouping reads it (id, article, text, score, published) and its stored group."""
    return select(
        Point.id, Point.article_id, Point.text, Point.score, Article.published, Point.cluster
    ).join(Article, Point.article_id == Article.id)


def _token(term: str) -> str:
    """A pattern matching every token (textrank._TOKEN) stemmed to the content word `term`:
    textrank.stem only strips a last "'s", then a last "s" or makes "ies" "y", so the token is
    the term, with "s" or, for a last "y", "ies", and "'s" after either (an apostrophe written
    ' or ’), then no more of a token."""
    word = re.escape(term).replace("'", "['’]")
    forms = f"{word}s?"
    if term.endswith("y"):
        forms += f"|{word[:-1]}ies"
    return f"(?:{forms})(?:['’]s)?"


class TooLarge(Exception):
    """A region's walk would read more stored points than its limit."""


class _Store:
    """The stored points read so far (every undated one, the dated ones of one span of days);
    those that hold one of the region's rare words indexed by rare word and week."""

    def __init__(self, session: Session, limit: int | None = None) -> None:
        self.session = session
        self.limit = limit  # points read at most (past it: TooLarge)
        self.rows: dict[int, Row] = {}  # each point read, as stored_points() reads it
        self.vectors: dict[int, SparseVector] = {}
        self.words: dict[int, list[str]] = {}
        self.day: dict[int, int | None] = {}  # each point's date as an ordinal
        # word -> week (None: undated) -> the points holding it
        self.by_word: dict[str, dict[int | None, list[int]]] = defaultdict(dict)
        self.by_group: dict[int, list[int]] = defaultdict(list)
        self.span: tuple[dt.date, dt.date] | None = None
        self.prefixes: set[str] = set()  # the region's rare words as tokens: the texts looked for
        self.pending: dict[int, str] = {}  # read, not indexed: " " and the lower-cased text
        self.fresh: list[int] = []  # read since the last look
        self._read(Article.published.is_(None))

    def cover(self, first: dt.date, last: dt.date) -> None:
        """Read the dated points from `first` to `last` not read yet."""
        if self.span is None:
            self._read(Article.published.between(first, last))
            self.span = (first, last)
            return
        low, high = self.span
        parts = []
        if first < low:
            parts.append(and_(Article.published >= first, Article.published < low))
        if last > high:
            parts.append(and_(Article.published > high, Article.published <= last))
        if parts:
            self._read(or_(*parts))
            self.span = (min(first, low), max(last, high))

    def cover_all(self) -> None:
        """Read every dated point (an undated sentence is compared with sentences of any date)."""
        dated = select(Article.published).where(Article.published.is_not(None)).limit(1)
        first = self.session.scalar(dated.order_by(Article.published))
        last = self.session.scalar(dated.order_by(Article.published.desc()))
        if first is not None and last is not None:
            self.cover(first, last)

    def look_for(self, ids: Iterable[int]) -> None:
        """Index the points `ids` and every point read that holds one of their rare words (a
        point holding none shares none with them: they are never compared)."""
        new: set[str] = set()
        for i in ids:
            new |= {_token(w) for w in self.index(i)}
        new -= self.prefixes
        self.prefixes |= new
        if self.fresh and self.prefixes:
            self._index_matching(self.fresh, self.prefixes)
        self.fresh = []
        if new:
            self._index_matching(list(self.pending), new)

    def _index_matching(self, ids: list[int], prefixes: set[str]) -> None:
        # a token starts after a character no token holds and ends before one
        tokens = "|".join(sorted(prefixes))
        found = re.compile(f"[^a-z0-9](?:{tokens})(?![a-z0-9]|[-'’][a-z0-9])").search
        for i in ids:
            text = self.pending.get(i)
            if text is not None and found(text):
                self.index(i)

    def index(self, i: int) -> list[str]:
        """Point i indexed by its rare words (once); those words."""
        words = self.words.get(i)
        if words is not None:
            return words
        self.pending.pop(i, None)
        vector = self.vectors[i] = tfidf_vectors([self.rows[i][2]])[0]
        words = self.words[i] = _blocking_words(vector)
        day = self.day[i]
        week = day // 7 if day is not None else None
        for word in words:
            held = self.by_word[word].get(week)
            if held is None:
                self.by_word[word][week] = [i]
            else:
                held.append(i)
        return words

    def near(self, i: int) -> Iterable[int]:
        """The points sharing one of point i's rare words a clustering may compare with it."""
        day = self.day[i]
        for word in self.words[i]:
            by_week = self.by_word[word]
            if day is None:
                for held in by_week.values():
                    yield from held
                continue
            for week in (*range((day - REACH_DAYS) // 7, (day + REACH_DAYS) // 7 + 1), None):
                yield from by_week.get(week, ())

    def _read(self, where: object) -> None:
        query = stored_points().where(where)  # type: ignore[arg-type]
        if self.limit is not None:  # counted first: given up, the walk reads none of them
            room = self.limit - len(self.rows)
            counted = select(func.count()).select_from(query.limit(room + 1).subquery())
            if (self.session.scalar(counted) or 0) > room:
                raise TooLarge
        for row in self.session.connection().execute(query):
            i, _, t, _, p, group = row
            if i in self.rows:
                continue
            self.rows[i] = row
            self.day[i] = p.toordinal() if p is not None else None
            self.pending[i] = " " + t.lower()
            self.fresh.append(i)
            if group is not None and group != RELEASED:
                self.by_group[group].append(i)


def point_region(
    session: Session, start: Iterable[int], steps: int | None = None, limit: int | None = None
) -> list[Loaded]:
    """The stored points `start` (point ids) are linked to, themselves included, with every
    member of a group one of them is in, each with its group; in the order of their ids.
    `steps`: only so many links away from `start` (None: every chain). `limit`: TooLarge
    raised as soon as the walk would read more stored points than this (the region is among
    the points read)."""
    return _walk(_Store(session, limit), start, steps)


def _walk(store: _Store, start: Iterable[int], steps: int | None) -> list[Loaded]:
    seen = set(start)
    frontier = sorted(seen)
    while frontier and steps != 0:
        steps = None if steps is None else steps - 1
        _cover(store, frontier)
        store.look_for(frontier)
        found: list[int] = []
        for i in frontier:
            group = store.rows[i][5]
            linked = [j for j in store.by_group.get(group, ()) if j not in seen] if group else []
            seen.update(linked)
            day, vector = store.day[i], store.vectors[i]
            for j in store.near(i):
                if j in seen:
                    continue
                other = store.day[j]
                if day is not None and other is not None and abs(day - other) > REACH_DAYS:
                    continue
                if cosine(vector, store.vectors[j]) >= grouping.SAME_FACT:
                    seen.add(j)
                    linked.append(j)
            found += linked
        frontier = sorted(found)
    rows = [store.rows[i] for i in sorted(seen)]
    return [(grouping.PointInput(i, a, t, s, p), g) for i, a, t, s, p, g in rows]


def _cover(store: _Store, ids: list[int]) -> None:
    """Read every stored point a clustering may compare with one of `ids`."""
    missing = [i for i in ids if i not in store.rows]
    if missing:  # the start, when dated outside the span read
        rows = store.session.execute(
            select(Article.published)
            .join(Point, Point.article_id == Article.id)
            .where(Point.id.in_(missing))
        ).scalars()
        days = [d for d in rows if d is not None]
        if days:
            store.cover(min(days) - REACH, max(days) + REACH)
    days = [store.rows[i][4] for i in ids]
    if None in days:
        store.cover_all()
        return
    store.cover(min(days) - REACH, max(days) + REACH)
