"""The briefing: the story's best-supported points, each cited to the articles that state it."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, Select, func, or_, select
from sqlalchemy import text as sql_text

from briefings.analysis.headline import compress
from briefings.answers import Briefing, BriefPoint, SourceRef
from briefings.schema import UNDATED_SQL
from briefings.story.names import Names
from briefings.story.tables import (
    REF_COLUMNS,
    REFS_PER_GROUP,
    Article,
    Point,
    PointGroup,
    articles,
    dialect_name,
    newest_first,
    point_groups,
    ref_of,
)
from briefings.story.words import contains_word, point_has, rare_groups, widest

if TYPE_CHECKING:
    from briefings.story.scope import Reader

BRIEFING_POINTS = 8


def _stated(text: str, refs: Sequence[SourceRef]) -> str:
    """The point in the words of an article cited for it: its own text, unless `since` left
    out the article whose sentence it is (then the newest cited article's sentence)."""
    if not refs or any(r.evidence == text for r in refs):
        return text
    return refs[0].evidence or text


class Briefings(Names):
    """The briefing of a story, with or without a focus and a start date."""

    # --- briefing -------------------------------------------------------------------------
    def briefing(self, focus: str | None = None, since: dt.date | None = None) -> Briefing:
        with self.reading() as session:
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
                sqlite = dialect_name(session) == "sqlite"
                words = widest(terms) if sqlite else terms  # LIKE's, not the stored words'
                query = query.where(or_(*(point_has(session, t, n) for n, t in enumerate(words))))
                rare = rare_groups(session, words)
                if rare is not None:  # the same groups, looked up by id instead of a scan
                    query = query.where(PointGroup.id.in_(rare))
            found = [
                g
                for g in ([] if rare == [] else session.execute(query.limit(BRIEFING_POINTS * 4)))
                if not terms or any(contains_word(g.text, t) for t in terms)
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
            cited = newest_first(r for p in points for r in p.sources)
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
    def _undated(session: Reader) -> int:
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
        session: Reader,
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
        return {g: newest_first(r for _, r in best[g].values())[:REFS_PER_GROUP] for g in group_ids}

    def _focus_terms(self, session: Reader, focus: str) -> list[str]:
        """The words a focus is searched by: the one entity's names, or, for a name several
        people share ("Dalton": Mark and Ruth Dalton), the name and every one of theirs."""
        entity, ambiguous = self._resolve(session, focus)
        if entity is None:
            return [focus, *ambiguous]
        return [entity.name, *entity.aliases]
