"""The articles of a story, newest first."""

from __future__ import annotations

from sqlalchemy import func, select

from briefings.answers import SourceItem
from briefings.story.scope import Scope
from briefings.story.tables import REF_COLUMNS, Article, articles


class Sources(Scope):
    """The stored articles of a story."""

    # --- articles -------------------------------------------------------------------------
    # Counted as count(*), not count(id): SQLite then counts the cells of an index's pages
    # instead of reading every entry (259,660 entities: 2 ms of CPU instead of 11).
    def count_sources(self) -> int:
        """How many articles are stored."""
        with self.reading() as session:
            counted = select(func.count()).select_from(articles)
            return int(session.scalar(self._within(counted, Article.id)) or 0)

    def sources(self, limit: int | None = None, offset: int = 0) -> list[SourceItem]:
        """The stored articles, newest first (undated last); `limit` of them from `offset`."""
        with self.reading() as session:
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
