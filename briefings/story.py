"""The query functions every adapter calls: each opens one session, reads, returns plain data."""

from __future__ import annotations

import datetime as dt
import json
import re
import string
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy import Column, Row, Select, TextClause, exists, func, or_, select, union
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql import Executable
from sqlalchemy.sql.base import ReadOnlyColumnCollection
from sqlalchemy.sql.elements import ColumnElement

from briefings import models
from briefings.analysis.common.names import name_key
from briefings.analysis.headline import compress
from briefings.analysis.quotes.confidence import THRESHOLD
from briefings.answers import (
    Briefing,
    BriefPoint,
    PersonItem,
    Profile,
    ProfileResult,
    QuoteItem,
    QuoteList,
    RoleItem,
    SourceItem,
    SourceRef,
    Tie,
    TimelineEvent,
)
from briefings.models import UNDATED_SQL, table_of

# The tables read as Core tables, never through the ORM: its first query in a process configures
# every mapper and each statement compiles through its plugins, about 15 ms of CPU in every CLI
# command (100k articles, load 6). `Quote.id` is the column quotes.id; rows are read as rows
# (`EntityRow`), with the same attributes the models have.
articles = table_of(models.Article)
entities = table_of(models.Entity)
mentions = table_of(models.Mention)
point_groups = table_of(models.PointGroup)
event_groups = table_of(models.EventGroup)
events = table_of(models.Event)
quotes = table_of(models.Quote)
Article = articles.c
Entity = entities.c
Mention = mentions.c
PointGroup = point_groups.c
EntityName = table_of(models.EntityName).c
Event = events.c
EventGroup = event_groups.c
Point = table_of(models.Point).c
Quote = quotes.c
StoryArticle = table_of(models.StoryArticle).c
Columns = ReadOnlyColumnCollection[str, Column[Any]]  # a table's columns: Point, Event
EntityRow = Row[Any]  # a row of the entities table: .id, .name, .kind, .role, .aliases, ...

BRIEFING_POINTS = 8
RARE = 1000  # SQLite: a focus name in at most this many point groups is found by their index
PROFILE_ARTICLES = 25  # articles listed in a profile, newest first (the count covers all)
PROFILE_SCAN = 200  # newest articles naming someone read for a profile's roles
RELATED_SCAN = 100  # the newest of those in which their companions are counted
PROFILE_QUOTES = 50  # newest quotes read for a profile
POPULAR = 5 * PROFILE_SCAN  # named in more articles than this: found newest article first
SUGGEST_POOL = 5000  # names compared with an unknown one, the most mentioned first
MAX_QUOTES = 200
READ = MAX_QUOTES * 4  # quotes read for one answer (reports of one quote are merged)
REFS_PER_GROUP = 10  # sources cited under one point or event, newest first
# What a citation shows: read as columns, never whole articles with their bodies.
REF_COLUMNS = (
    Article.id,
    Article.path,
    Article.title,
    Article.outlet,
    Article.published,
    Article.date_precision,
)


class QuoteRow(NamedTuple):
    """The columns of a quote an answer shows (QUOTE_COLUMNS, in this order)."""

    id: int
    text: str
    speaker: str | None
    speaker_role: str | None
    kind: str
    speaker_id: int | None
    cluster: int | None
    confidence: float
    found_by: str


# Read as columns: building hundreds of ORM objects per answer cost more than the query.
QUOTE_COLUMNS = (
    Quote.id,
    Quote.text,
    Quote.speaker,
    Quote.speaker_role,
    Quote.kind,
    Quote.speaker_id,
    Quote.cluster,
    Quote.confidence,
    Quote.found_by,
)


class Speaker(NamedTuple):
    """What a quote's answer shows of its linked speaker."""

    name: str
    role: str | None


def _quote_rows(session: Session, query: Executable) -> list[tuple[QuoteRow, SourceRef]]:
    """Each row of a `select(*QUOTE_COLUMNS, *REF_COLUMNS)`: the quote and its citation, which
    carries the quote's own wording (`text`), as the answer shows it."""
    width = len(QUOTE_COLUMNS)
    return [
        (QuoteRow(*row[:width]), ref_of(row[width:], text=row[1])) for row in session.execute(query)
    ]


def ref_of(row: Sequence[Any], text: str | None = None) -> SourceRef:
    """A citation from the values of REF_COLUMNS, in that order (`text`: a quote's wording)."""
    return SourceRef(row[0], row[1], row[2], row[3], row[4], row[5], None, text)


def _newest_first(refs: Iterable[SourceRef]) -> list[SourceRef]:
    unique = {r.article_id: r for r in refs}.values()
    return sorted(unique, key=lambda r: (r.published or dt.date.min, r.article_id), reverse=True)


def _said_by(entity: EntityRow) -> ColumnElement[bool]:
    """Quotes linked to the entity, or given to its name when linking found no one."""
    return or_(Quote.speaker_id == entity.id, Quote.speaker == entity.name) & (
        Quote.confidence >= THRESHOLD
    )


def _quote_ids(
    entity: EntityRow, limit: int, newest: bool, members: Select[Any] | None = None
) -> Select[tuple[int]]:
    """The ids of the first (or newest) `limit` quotes of the entity or given to its name (of a
    named story's articles, `members`, when given), as one subquery. Each kind is found by its
    own index, `limit` of each (an OR of the two would read every quote in id order), and the
    union cut to `limit`."""
    order = Quote.id.desc() if newest else Quote.id
    firsts = []
    for condition in (Quote.speaker_id == entity.id, Quote.speaker == entity.name):
        sure = condition & (Quote.confidence >= THRESHOLD)  # attributions above the threshold
        if members is not None:
            sure = sure & Quote.article_id.in_(members)
        firsts.append(select(Quote.id).where(sure).order_by(order).limit(limit).subquery())
    both = union(*(select(first.c.id) for first in firsts)).subquery()
    return select(both.c.id).order_by(both.c.id.desc() if newest else both.c.id).limit(limit)


def _day(date: dt.date | None) -> int:
    return (date or dt.date.min).toordinal()


def _contains_word(text: str, word: str) -> bool:
    return _word_pattern(word).search(text) is not None


@lru_cache(maxsize=64)
def _word_pattern(word: str) -> re.Pattern[str]:
    """The word standing alone, in any case (made once: a quote list asks it of 800 quotes)."""
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.I)


def _has_word(
    session: Session, word: str, first: int | None = None
) -> ColumnElement[bool] | TextClause:
    """Quotes that may contain `word`, by the full-text index (SQLite: 0004; PostgreSQL: 0005).

    The index finds a superset of the quotes `_contains_word` accepts (its tokens ignore case and
    accents), so the answer is the same as scanning every quote, without the scan. A word with
    no letters or digits has no tokens: a substring match then. `first`: only the first so many
    quotes (by id) with the word are wanted, and SQLite's index can stop there."""
    if not re.search(r"\w", word):
        return Quote.text.ilike(f"%{word}%")
    if session.get_bind().dialect.name == "sqlite":
        phrase = '"' + word.replace('"', '""') + '"'
        sql = "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :phrase ORDER BY rowid"
        if first is not None:
            sql += f" LIMIT {int(first)}"
        return Quote.id.in_(sql_text(sql).bindparams(phrase=phrase))
    return _stored_words("quotes", word)


def _stored_words(table: str, word: str, name: str = "word") -> TextClause:
    """PostgreSQL: rows of `table` whose stored words (migration 0005) hold `word` as a phrase."""
    return sql_text(f"{table}.words @@ phraseto_tsquery('simple', :{name})").bindparams(
        **{name: word}
    )


_IN_POINT_INDEX = sql_text(
    "SELECT count(*), group_concat(rowid) FROM "
    "(SELECT rowid FROM point_groups_fts WHERE point_groups_fts MATCH :match LIMIT :n)"
)


def _point_has(session: Session, word: str, n: int) -> ColumnElement[bool] | TextClause:
    """Briefing points that may contain `word` (checked exactly afterwards); the n-th of a focus's
    names. SQLite: LIKE, read in score order (`_rare_groups` finds the few of a rare name first;
    SQLite's LIKE ignores ASCII case as ILIKE's lower() does, without copying each text lower
    first); PostgreSQL: the stored words, as its ILIKE would read every point."""
    if session.get_bind().dialect.name == "postgresql":
        if re.search(r"\w", word):
            return _stored_words("point_groups", word, f"focus{n}")
        return PointGroup.text.ilike(f"%{word}%")
    return PointGroup.text.like(f"%{word}%")


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def _widest(words: Sequence[str]) -> list[str]:
    """The words whose LIKE '%word%' no other word's takes in: a word holding another (ASCII case
    aside, as LIKE ignores it: "Ted Cruz" holds "Cruz") finds only groups the other finds, so
    the scan tests each group against "Cruz" alone. Words with LIKE's wildcards are all kept."""
    folded = {w: w.translate(_ASCII_LOWER) for w in words}
    return [
        w
        for n, w in enumerate(words)
        if "%" in w
        or "_" in w
        or not any(
            o != w
            and "%" not in o
            and "_" not in o
            and folded[o] in folded[w]
            and (folded[o] != folded[w] or m < n)
            for m, o in enumerate(words)
        )
    ]


def _trigrams(word: str, every: bool) -> set[str]:
    """The trigrams of `word`'s runs between LIKE's wildcards: `every` one, else only enough to
    cover each run (every third, and the last). Each trigram the index intersects costs a walk
    of its groups (about 0.5 ms for a common one at 100k articles); the covering ones narrow a
    name to a few groups, or every one does when it is made of common pieces ("Minning")."""
    found: set[str] = set()
    for run in re.split(r"[%_]", word):
        starts = range(len(run) - 2) if every else [*range(0, len(run) - 2, 3), len(run) - 3]
        found.update(run[i : i + 3] for i in starts if i >= 0)
    return found


def _in_point_index(session: Session, trigrams: set[str]) -> list[int] | None:
    """The ids of the point groups holding every trigram (the index only); None when more than
    RARE do. Counted and joined by SQLite: a common name's RARE + 1 ids are never fetched one by
    one (about 2 ms at 100k articles)."""
    match = " AND ".join('"' + t.replace('"', '""') + '"' for t in sorted(trigrams))
    count, ids = session.execute(_IN_POINT_INDEX, {"match": match, "n": RARE + 1}).one()
    return None if count > RARE else _ids_of(ids)


def _rare_groups(session: Session, words: Sequence[str]) -> list[int] | None:
    """SQLite: the ids of a superset of the point groups `_point_has` accepts for some word, from
    their trigram index (migration 0024), when each word is in at most RARE groups; else None:
    the scan in score order then meets enough of them early (the briefing reads the first
    BRIEFING_POINTS * 4), while for a rarely named person it reads every group (2.1 s at 100k
    articles). A group whose text is LIKE '%word%' holds every trigram of the word's runs
    between LIKE's wildcards (the index folds case, as LIKE does), so the groups found hold all
    of them, and the query keeps its LIKE: the same groups as the scan, looked up by id. Only the
    index is read here, never a group's text. The shortest word first: a name's commonest form
    (a surname) settles it. A word with no three characters in a row between wildcards: None."""
    if session.get_bind().dialect.name != "sqlite":
        return None
    found: set[int] = set()
    for word in sorted(words, key=len):
        if not _trigrams(word, every=False):
            return None
        ids = _in_point_index(session, _trigrams(word, every=False))
        if ids is None:
            ids = _in_point_index(session, _trigrams(word, every=True))
        if ids is None:
            return None
        found.update(ids)
    return sorted(found)


def _stated(text: str, refs: Sequence[SourceRef]) -> str:
    """The point in the words of an article cited for it: its own text, unless `since` left
    out the article whose sentence it is (then the newest cited article's sentence)."""
    if not refs or any(r.evidence == text for r in refs):
        return text
    return refs[0].evidence or text


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _worded(
    group: Sequence[tuple[QuoteRow, SourceRef]], shown: QuoteRow
) -> tuple[list[SourceRef], list[int]]:
    """The sources of one quote, each with its own wording (`text`): first the one whose
    wording is shown, then the others newest first; and whether any printed other words than
    those shown (their ids; a shorter excerpt of the same words is no other wording)."""
    if len(group) == 1:  # most quotes: one report, its citation already worded (_quote_rows)
        return [group[0][1]], []
    own: dict[int, tuple[QuoteRow, SourceRef]] = {}
    pieces: dict[int, list[str]] = defaultdict(list)
    for quote, ref in sorted(group, key=lambda qr: qr[0].id):
        pieces[ref.article_id].append(quote.text)
    for quote, ref in sorted(group, key=lambda qr: (qr[0].id == shown.id, len(qr[0].text))):
        own[ref.article_id] = (quote, ref)  # per article: the shown quote, else its longest
    refs = {
        a: replace(ref, text=quote.text if quote.id == shown.id else " … ".join(pieces[a]))
        for a, (quote, ref) in own.items()
    }
    first = next(a for a, (quote, _) in own.items() if quote.id == shown.id)
    ordered = [refs[first], *(r for r in _newest_first(refs.values()) if r.article_id != first)]
    wording = _words(shown.text)
    differs = [
        r.article_id
        for r in ordered[1:]
        if any(_words(piece) not in wording for piece in pieces[r.article_id])
    ]
    return ordered, differs


def _ranked(
    rows: Sequence[tuple[QuoteRow, SourceRef]],
) -> list[tuple[QuoteRow, list[tuple[QuoteRow, SourceRef]]]]:
    """Reports of one quote merged (by cluster), most widely reported first, then newest: each
    group with the report whose wording is shown (the longest full quote). Only the order is
    worked out here; `_quote_item` makes the items that are shown."""
    groups: dict[int, list[tuple[QuoteRow, SourceRef]]] = defaultdict(list)
    for quote, ref in rows:
        groups[quote.cluster if quote.cluster is not None else -quote.id].append((quote, ref))
    keyed = []
    for group in groups.values():
        if len(group) == 1:  # most quotes: one report
            longest, ref = group[0]
            keyed.append(((1, ref.published or dt.date.min), longest, group))
            continue
        longest = max(group, key=lambda qa: (qa[0].kind == "full", len(qa[0].text)))[0]
        # as the item's sources: one per article, the shown report's article first
        shown = next(ref for quote, ref in group if quote.id == longest.id)
        articles = len({ref.article_id for _, ref in group})
        keyed.append(((articles, shown.published or dt.date.min), longest, group))
    keyed.sort(key=lambda k: k[0], reverse=True)
    return [(longest, group) for _, longest, group in keyed]


def _quote_item(
    longest: QuoteRow, group: Sequence[tuple[QuoteRow, SourceRef]], speakers: dict[int, Speaker]
) -> QuoteItem:
    """One merged quote as the answer shows it, in the words of `longest`."""
    entity = speakers.get(longest.speaker_id) if longest.speaker_id else None
    refs, differs = _worded(group, longest)
    return QuoteItem(
        text=longest.text,
        speaker=entity.name if entity else longest.speaker,
        speaker_role=longest.speaker_role
        or next((q.speaker_role for q, _ in group if q.speaker_role), None)
        or (entity.role if entity else None),
        kind=longest.kind,
        sources=refs,
        wording_differs=bool(differs),
        differing=differs,
        confidence=longest.confidence,
        found_by=longest.found_by,
    )


def _id_list(session: Session, column: Any) -> ColumnElement[Any]:
    """The distinct values of an integer column, aggregated into one value per group."""
    if session.get_bind().dialect.name == "postgresql":
        return func.array_agg(column.distinct())
    return func.group_concat(column.distinct())  # SQLite: "3,17,42"


def _ids_of(aggregated: str | list[int] | None) -> list[int]:
    """The ids `_id_list` aggregated, in increasing order."""
    if not aggregated:
        return []
    if isinstance(aggregated, str):  # read by json's parser: twice as fast as int() on each
        return sorted(json.loads(f"[{aggregated}]"))
    return sorted(aggregated)


class Story:
    """Read access to the analysed story stored in one database."""

    def __init__(self, sessions: sessionmaker[Session], story_id: int | None = None) -> None:
        self.sessions = sessions
        self.story_id = story_id  # a named story: only its articles (None: every article)

    def _members(self) -> Select[int] | None:
        """The ids of the named story's articles; None for the default story (all of them)."""
        if self.story_id is None:
            return None
        return select(StoryArticle.article_id).where(StoryArticle.story_id == self.story_id)

    def _within(self, query: Any, column: Any) -> Any:
        """`query` limited to rows whose `column` (an article id) is one of the story's."""
        members = self._members()
        return query if members is None else query.where(column.in_(members))

    # --- articles -------------------------------------------------------------------------
    # Counted as count(*), not count(id): SQLite then counts the cells of an index's pages
    # instead of reading every entry (259,660 entities: 2 ms of CPU instead of 11).
    def count_sources(self) -> int:
        """How many articles are stored."""
        with self.sessions() as session:
            counted = select(func.count()).select_from(articles)
            return int(session.scalar(self._within(counted, Article.id)) or 0)

    def count_people(self) -> int:
        """How many people, organisations and places the story has."""
        with self.sessions() as session:
            query = select(func.count()).select_from(entities)
            if self.story_id is not None:
                query = query.where(Entity.id.in_(self._named_in()))
            return int(session.scalar(query) or 0)

    def count_timeline(self) -> int:
        """How many dated events the timeline has."""
        with self.sessions() as session:
            query = select(func.count()).select_from(event_groups)
            query = query.where(EventGroup.date.is_not(None))
            if self.story_id is not None:
                query = query.where(EventGroup.id.in_(self._clusters(Event)))
            return int(session.scalar(query) or 0)

    def _named_in(self) -> Select[int | None]:
        """The entities the story's articles mention."""
        return self._within(select(Mention.entity_id), Mention.article_id)

    def _clusters(self, model: Columns) -> Select[Any]:
        """The point or event groups some article of the story is in."""
        return self._within(select(model.cluster), model.article_id)

    def sources(self, limit: int | None = None, offset: int = 0) -> list[SourceItem]:
        """The stored articles, newest first (undated last); `limit` of them from `offset`."""
        with self.sessions() as session:
            chosen = self._within(
                select(
                    *REF_COLUMNS,
                    Article.author,
                    Article.url,
                    Article.summary,
                    Article.ingested_at,
                    Article.updated,
                    Article.updated_precision,
                ),
                Article.id,
            )
            rows = session.execute(
                chosen.order_by(Article.published.desc().nulls_last(), Article.id)
                .limit(limit)
                .offset(offset or None)
            )
            return [
                SourceItem(
                    id=r[0],
                    path=r[1],
                    title=r[2],
                    outlet=r[3],
                    published=r[4],
                    date_precision=r[5],
                    author=r[6],
                    url=r[7],
                    summary=list(r[8]),
                    ingested_at=r[9],
                    updated=r[10],
                    updated_precision=r[11],
                )
                for r in rows
            ]

    # --- briefing -------------------------------------------------------------------------
    def briefing(self, focus: str | None = None, since: dt.date | None = None) -> Briefing:
        with self.sessions() as session:
            query = select(point_groups).order_by(PointGroup.score.desc(), PointGroup.id)
            if self.story_id is not None:  # the story-wide groups its articles are in
                query = query.where(PointGroup.id.in_(self._clusters(Point)))
            undated = 0
            if since is not None:
                query = query.where(PointGroup.published >= since)
                undated = self._undated(session)
            terms = self._focus_terms(session, focus) if focus else []
            rare = None
            if terms:
                sqlite = session.get_bind().dialect.name == "sqlite"
                words = _widest(terms) if sqlite else terms  # LIKE's, not the stored words'
                query = query.where(or_(*(_point_has(session, t, n) for n, t in enumerate(words))))
                rare = _rare_groups(session, words)
                if rare is not None:  # the same groups, looked up by id instead of a scan
                    query = query.where(PointGroup.id.in_(rare))
            found = [
                g
                for g in ([] if rare == [] else session.execute(query.limit(BRIEFING_POINTS * 4)))
                if not terms or any(_contains_word(g.text, t) for t in terms)
            ]
            refs: dict[int, list[SourceRef]] = {}
            chosen: list[Row[Any]] = []
            members = self._members()
            for start in range(0, len(found), BRIEFING_POINTS):  # most often the first suffice
                batch = found[start : start + BRIEFING_POINTS]
                refs.update(self._point_sources(session, [g.id for g in batch], since, members))
                chosen += [g for g in batch if refs[g.id]]
                if len(chosen) >= BRIEFING_POINTS:
                    break
            chosen = chosen[:BRIEFING_POINTS]
            if chosen:  # imported here: a query that cites no point need not load it
                from briefings.analysis.support import states
            for g in chosen:  # groups stored before the check (0010) cite only what holds too
                text = _stated(g.text, refs[g.id])
                refs[g.id] = [r for r in refs[g.id] if r.evidence and states(r.evidence, text)]
            points = [
                BriefPoint(
                    text=_stated(g.text, refs[g.id]),
                    sources=refs[g.id],
                    date=refs[g.id][0].published if refs[g.id] else None,
                    date_precision=refs[g.id][0].date_precision if refs[g.id] else "unknown",
                )
                for g in chosen
            ]
            points.sort(key=lambda p: p.date or dt.date.min, reverse=True)
            cited = _newest_first(r for p in points for r in p.sources)
            note = None
            headline = "No briefing yet"
            if not points:
                if focus:
                    headline = "Nothing matches that focus"
                    note = f"Nothing in the articles matches the focus “{focus}”."
                elif since:
                    headline = "Nothing since that date"
                    note = f"No articles dated on or after {since.isoformat()}."
                else:
                    note = "No articles yet: ingest some first."
            elif since is not None:
                note = f"Articles dated on or after {since.isoformat()}"
                if undated:
                    note += f"; {undated} undated article{'s' if undated != 1 else ''} left out"
                note += "."
            # the headline: the fact the most cited articles state, in a cited article's words
            top = max(chosen, key=lambda g: (len(refs[g.id]), g.score), default=None)
            headline = compress(_stated(top.text, refs[top.id])) if top else headline
            return Briefing(
                headline,
                points,
                cited,
                focus=focus,
                since=since,
                note=note,
                undated_left_out=undated,
            )

    @staticmethod
    def _undated(session: Session) -> int:
        """Articles with no known publication date: a `since` filter leaves them out."""
        return int(
            session.scalar(
                select(func.count())
                .select_from(articles)
                .where(sql_text(UNDATED_SQL))  # as ix_articles_undated says it (0023)
            )
            or 0
        )

    @staticmethod
    def _point_sources(
        session: Session,
        group_ids: list[int],
        since: dt.date | None,
        members: Select[int] | None = None,
    ) -> dict[int, list[SourceRef]]:
        """The articles behind each point, newest REFS_PER_GROUP first, each with its evidence:
        the sentence it printed that states the point (its best-supporting one). With `since`,
        only articles dated on or after it: an undated article is never cited then."""
        best: dict[int | None, dict[int, tuple[float, SourceRef]]] = defaultdict(dict)
        if group_ids:
            query = (
                select(Point.cluster, Point.support, Point.text, *REF_COLUMNS)
                .join(articles, Point.article_id == Article.id)
                .where(Point.cluster.in_(group_ids))
            )
            if since is not None:
                query = query.where(Article.published >= since, Article.date_precision != "unknown")
            if members is not None:  # a named story cites its own articles only
                query = query.where(Article.id.in_(members))
            for cluster, share, text, *columns in session.execute(query):
                ref = replace(ref_of(columns), evidence=text)
                held = best[cluster].get(ref.article_id)
                if held is None or share > held[0]:
                    best[cluster][ref.article_id] = (share, ref)
        return {
            g: _newest_first(r for _, r in best[g].values())[:REFS_PER_GROUP] for g in group_ids
        }

    @staticmethod
    def _group_sources(
        session: Session,
        model: Columns,
        group_ids: list[int],
        members: Select[int] | None = None,
    ) -> dict[int, list[SourceRef]]:
        """The articles behind each group, the newest REFS_PER_GROUP, in one query."""
        found: dict[int | None, list[SourceRef]] = defaultdict(list)
        if group_ids:
            query = (
                select(model.cluster, *REF_COLUMNS)
                .join(articles, model.article_id == Article.id)
                .where(model.cluster.in_(group_ids))
            )
            if members is not None:
                query = query.where(Article.id.in_(members))
            for row in session.execute(query):
                found[row[0]].append(ref_of(row[1:]))
        return {g: _newest_first(found[g])[:REFS_PER_GROUP] for g in group_ids}

    def _focus_terms(self, session: Session, focus: str) -> list[str]:
        entity = self._lookup(session, focus)
        if entity is None:
            return [focus]
        return [entity.name, *entity.aliases]

    # --- quotes ---------------------------------------------------------------------------
    def quotes(
        self,
        speaker: str | None = None,
        about: str | None = None,
        limit: int | None = MAX_QUOTES,
        offset: int = 0,
    ) -> QuoteList:
        """Quotes (reports of the same words merged), most widely reported first: `limit` of
        them from `offset`, every one when `limit` is None. `total` counts what matched when
        every candidate was read; None when more may match than were read."""
        read = None if limit is None else max(READ, (offset + limit) * 4)
        with self.sessions() as session:
            query = select(*QUOTE_COLUMNS, *REF_COLUMNS).join(
                articles, Quote.article_id == Article.id
            )
            query = self._within(query, Article.id)
            resolved: EntityRow | None = None
            if speaker:
                resolved = self._lookup(session, speaker)
                if resolved is None:
                    return QuoteList(
                        [],
                        about=about,
                        note=f"No one called {speaker!r} is quoted in the articles.",
                        suggestions=self._suggest(session, speaker),
                    )
                query = query.where(self._spoken_by(session, resolved, bool(about), read))
            if about:
                query = query.where(_has_word(session, about, first=None if speaker else read))
            found = _quote_rows(session, query.order_by(Quote.id).limit(read))
            complete = read is None or len(found) < read
            rows = [
                (quote, ref)
                for quote, ref in found
                if not about or _contains_word(quote.text, about)
            ]
            ranked = _ranked(rows)
            end = None if limit is None else offset + limit
            shown = ranked[offset:end]  # only these become items: most of what was read is not
            roles = self._entity_roles(session, {longest.speaker_id for longest, _ in shown})
            items = [_quote_item(longest, group, roles) for longest, group in shown]
            note = None
            if not ranked:
                who = f" by {resolved.name}" if resolved else ""
                what = f" about {about!r}" if about else ""
                note = f"No quotes{who}{what} in the articles."
            return QuoteList(
                items,
                speaker=resolved.name if resolved else None,
                about=about,
                note=note,
                total=len(ranked) if complete else None,
                offset=offset,
                more=not complete,
            )

    @staticmethod
    def _spoken_by(
        session: Session, entity: EntityRow, filtered: bool, read: int | None = READ
    ) -> ColumnElement[bool]:
        """Quotes of the entity or given to its name: the first `read` of them, unless another
        filter follows or all are wanted (then all, and the filters together pick)."""
        if filtered or read is None:
            return _said_by(entity)
        return Quote.id.in_(_quote_ids(entity, read, newest=False))

    @staticmethod
    def _entity_roles(session: Session, ids: set[int | None]) -> dict[int, Speaker]:
        wanted = [i for i in ids if i is not None]
        if not wanted:
            return {}
        query = select(Entity.id, Entity.name, Entity.role).where(Entity.id.in_(wanted))
        return {i: Speaker(name, role) for i, name, role in session.execute(query)}

    # --- people ---------------------------------------------------------------------------
    def people(
        self, limit: int | None = None, offset: int = 0, articles: int | None = None
    ) -> list[PersonItem]:
        """Everyone in the story, most mentioned first; `limit` of them from `offset`. Each
        carries the ids of the newest `articles` articles naming them (None: of every one) and
        how many articles name them."""
        order = (Entity.mentions.desc(), Entity.name, Entity.id)
        with self.sessions() as session:
            named = self._named_in() if self.story_id is not None else None
            picked = select(
                Entity.name,
                Entity.kind,
                Entity.role,
                Entity.aliases,
                Entity.mentions,
                self._article_count().label("article_count"),
                self._article_ids(session, articles).label("article_ids"),
            )
            if named is not None:
                picked = picked.where(Entity.id.in_(named))
            rows = session.execute(picked.order_by(*order).limit(limit).offset(offset or None))
            return [
                PersonItem(
                    name=e.name,
                    kind=e.kind,
                    role=e.role,
                    aliases=list(e.aliases),
                    articles=_ids_of(e.article_ids),
                    mentions=e.mentions,
                    article_count=e.article_count,
                )
                for e in rows
            ]

    def _article_count(self) -> Any:
        """How many of the story's articles name the entity of the enclosing query: kept in
        the entity's row for the default story, counted for a named one."""
        if self.story_id is None:
            return Entity.article_count
        counted = select(func.count(Mention.article_id.distinct()))
        counted = counted.where(Mention.entity_id == Entity.id)
        return self._within(counted, Mention.article_id).scalar_subquery()

    def _article_ids(self, session: Session, newest: int | None) -> Any:
        """The ids of the story's articles naming the entity of the enclosing query, the
        `newest` of them (None: all), aggregated into one value (`_ids_of` reads it). Someone
        named in 38,000 articles is not 38,000 ids to read unless every id is asked for."""
        if newest is None:
            ids = select(_id_list(session, Mention.article_id))
            ids = ids.where(Mention.entity_id == Entity.id)
            return self._within(ids, Mention.article_id).scalar_subquery()
        latest = select(Mention.article_id).distinct().where(Mention.entity_id == Entity.id)
        latest = self._within(latest, Mention.article_id).correlate(entities)
        chosen = latest.order_by(Mention.article_id.desc()).limit(newest).subquery()
        return select(_id_list(session, chosen.c.article_id)).scalar_subquery()

    def profile(self, name: str) -> ProfileResult:
        with self.sessions() as session:
            entity = self._lookup(session, name)
            if entity is None:
                return ProfileResult(
                    query=name, profile=None, suggestions=self._suggest(session, name)
                )
            naming = list(
                session.execute(
                    select(Mention.role, *REF_COLUMNS)
                    .join(articles, Mention.article_id == Article.id)
                    .where(
                        Mention.entity_id == entity.id,
                        Mention.article_id.in_(self._newest_naming(entity, self._members())),
                    )
                )
            )
            naming.sort(key=lambda row: (row[5] is None, -_day(row[5]), -row[1]))
            refs = [ref_of(row[1:]) for row in naming]
            roles: dict[str, list[SourceRef]] = defaultdict(list)
            for (role, *_), ref in zip(naming, refs, strict=True):
                if role:
                    roles[role].append(ref)
            newest = _newest_first(refs)
            article_ids = {r.article_id for r in newest[:RELATED_SCAN]}
            related_rows = session.execute(
                select(Entity.name, func.count(func.distinct(Mention.article_id)))
                .join(mentions, Mention.entity_id == Entity.id)
                .where(Mention.article_id.in_(article_ids), Entity.id != entity.id)
                .where(Entity.kind == "person")
                .group_by(Entity.name)
                .order_by(func.count(func.distinct(Mention.article_id)).desc(), Entity.name)
                .limit(10)
            ).all()
            quote_rows = _quote_rows(
                session,
                select(*QUOTE_COLUMNS, *REF_COLUMNS)
                .join(articles, Quote.article_id == Article.id)
                .where(
                    Quote.id.in_(
                        _quote_ids(entity, PROFILE_QUOTES, newest=True, members=self._members())
                    )
                )
                .order_by(Quote.id.desc()),
            )
            profile = Profile(
                name=entity.name,
                kind=entity.kind,
                role=entity.role,
                roles=[RoleItem(r, _newest_first(refs)) for r, refs in roles.items()],
                aliases=list(entity.aliases),
                mentions=entity.mentions,
                articles=newest[:PROFILE_ARTICLES],
                quotes=[
                    _quote_item(longest, group, {entity.id: Speaker(entity.name, entity.role)})
                    for longest, group in _ranked(quote_rows)
                ],
                related=[(n, int(c)) for n, c in related_rows],
                article_count=entity.article_count,
                related_from=len(article_ids),
                ties=self._ties(session, article_ids, [n for n, _ in related_rows]),
            )
            others = self._others(session, name, entity)
            return ProfileResult(query=name, profile=profile, others=others)

    @staticmethod
    def _ties(session: Session, article_ids: set[int], names: list[str]) -> list[Tie]:
        """For each companion (by name), the articles among `article_ids` naming them, and those
        quoting them: the edges of the person's network, with their article numbers. Quotes are
        read by article (a hundred articles at most), not by speaker, who may have thousands."""
        if not names or not article_ids:
            return []
        people = dict(
            session.execute(
                select(Entity.id, Entity.name).where(
                    Entity.name.in_(names), Entity.kind == "person"
                )
            ).all()
        )
        named: dict[str, set[int]] = defaultdict(set)
        for entity_id, article_id in session.execute(
            select(Mention.entity_id, Mention.article_id).where(
                Mention.entity_id.in_(people), Mention.article_id.in_(article_ids)
            )
        ):
            if entity_id is not None:
                named[people[entity_id]].add(article_id)
        quoted: dict[str, set[int]] = defaultdict(set)
        for speaker_id, article_id in session.execute(
            select(Quote.speaker_id, Quote.article_id).where(
                Quote.article_id.in_(article_ids), Quote.speaker_id.is_not(None)
            )
        ):
            if speaker_id is not None and speaker_id in people:
                quoted[people[speaker_id]].add(article_id)
        return [Tie(n, sorted(named[n]), sorted(named[n] & quoted[n])) for n in names]

    @staticmethod
    def _newest_naming(entity: EntityRow, members: Select[int] | None = None) -> Select[int]:
        """The newest PROFILE_SCAN articles naming the entity (of a named story's, `members`,
        when given). Someone named in most articles is found by walking the articles newest
        first; anyone else through their mentions."""
        newest_first = (
            Article.published.desc().nulls_last(),
            Article.id,
        )  # ix_articles_published_id
        if entity.article_count > POPULAR:
            named = exists().where(Mention.article_id == Article.id, Mention.entity_id == entity.id)
            query = select(Article.id).where(named)
            if members is not None:
                query = query.where(Article.id.in_(members))
            return query.order_by(*newest_first).limit(PROFILE_SCAN)
        query = (
            select(Mention.article_id)
            .join(articles, Mention.article_id == Article.id)
            .where(Mention.entity_id == entity.id)
        )
        if members is not None:
            query = query.where(Mention.article_id.in_(members))
        return query.order_by(*newest_first).limit(PROFILE_SCAN)

    # --- lookup and autocomplete ----------------------------------------------------------
    @staticmethod
    def _matches(session: Session, name: str) -> list[EntityRow]:
        """Every entity the name could mean (name, alias or surname), most mentioned first."""
        key = name_key(name)
        if not key:
            return []
        found = Story._named(session, key)
        if found:
            return found
        from briefings.analysis.attribution import HONORIFICS, gender_of  # only when needed
        from briefings.analysis.linking import query_key

        bare = query_key(name)
        if bare != key:  # "Mr Kirby": the person of that surname, of that gender
            want = HONORIFICS.get(key.split()[0])
            found = [
                e
                for e in Story._named(session, bare)
                if e.kind == "person" and (want is None or gender_of(e.name) in (want, None))
            ]
        return found

    @staticmethod
    def _named(session: Session, key: str) -> list[EntityRow]:
        named = select(EntityName.entity_id).where(EntityName.key == key)
        return list(
            session.execute(
                select(entities)
                .where(Entity.id.in_(named))
                .order_by(Entity.mentions.desc(), Entity.id)
                .limit(10)
            )
        )

    def _story_matches(self, session: Session, name: str) -> list[EntityRow]:
        """`_matches`, of a named story only those its articles name."""
        found = self._matches(session, name)
        if self.story_id is None or not found:
            return found
        named = set(
            session.scalars(self._named_in().where(Mention.entity_id.in_([e.id for e in found])))
        )
        return [e for e in found if e.id in named]

    def _lookup(self, session: Session, name: str) -> EntityRow | None:
        found = self._story_matches(session, name)
        return found[0] if found else None

    def _others(self, session: Session, name: str, chosen: EntityRow) -> list[str]:
        return [e.name for e in self._story_matches(session, name) if e.id != chosen.id][:5]

    @staticmethod
    def _suggest(session: Session, name: str) -> list[str]:
        """The closest names, among the best-known entities, for a name nobody has."""
        from rapidfuzz import fuzz, process  # only for a name nobody has

        names = list(
            session.scalars(
                select(Entity.name).order_by(Entity.mentions.desc()).limit(SUGGEST_POOL)
            )
        )
        found = process.extract(name, names, scorer=fuzz.WRatio, limit=5, score_cutoff=70)
        return [match for match, _score, _index in found]

    @staticmethod
    def _prefixed(prefix: str, limit: int, *conditions: Any) -> Select[str]:
        key = name_key(prefix)
        query = (
            select(Entity.name)
            .where(*conditions)
            .order_by(Entity.mentions.desc(), Entity.name)
            .limit(limit)
        )
        if key:
            starting = select(EntityName.entity_id).where(
                EntityName.key >= key, EntityName.key < key + "\uffff"
            )
            query = query.where(Entity.id.in_(starting))
        return query

    def complete_names(self, prefix: str, limit: int = 25) -> list[str]:
        """Names (people, organisations, places) any of whose names starts with `prefix`; in a
        named story, only those its articles mention."""
        named = () if self.story_id is None else (Entity.id.in_(self._named_in()),)
        with self.sessions() as session:
            return list(session.scalars(self._prefixed(prefix, limit, *named)))

    def complete_speakers(self, prefix: str, limit: int = 25) -> list[str]:
        """Names of the people quoted in the articles (in a named story, its articles), any of
        whose names starts with `prefix`."""
        quoted = exists().where(Quote.speaker_id == Entity.id)
        quoted = self._within(quoted, Quote.article_id)
        with self.sessions() as session:
            return list(session.scalars(self._prefixed(prefix, limit, quoted)))

    # --- timeline -------------------------------------------------------------------------
    def timeline(self, limit: int | None = None, offset: int = 0) -> list[TimelineEvent]:
        """Dated events in date order (the latest `limit` when given, skipping the `offset`
        latest); undated ones left out."""
        with self.sessions() as session:
            dated = select(
                EventGroup.id, EventGroup.date, EventGroup.date_precision, EventGroup.text
            ).where(EventGroup.date.is_not(None))
            if self.story_id is not None:
                dated = dated.where(EventGroup.id.in_(self._clusters(Event)))
            groups = session.execute(
                dated.order_by(EventGroup.date.desc(), EventGroup.id.desc())
                .limit(limit)
                .offset(offset or None)
            ).all()[::-1]
            refs = self._group_sources(session, Event, [g.id for g in groups], self._members())
            return [
                TimelineEvent(
                    date=g.date, date_precision=g.date_precision, text=g.text, sources=refs[g.id]
                )
                for g in groups
            ]
