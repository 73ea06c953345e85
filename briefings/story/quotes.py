"""Quotes of a story, by speaker or word, merged across the articles that report them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.sql.elements import ColumnElement

from briefings.answers import QuoteList, ambiguous_note
from briefings.story.names import Names
from briefings.story.quoting import (
    QUOTE_COLUMNS,
    Speaker,
    quote_ids,
    quote_item,
    rank_reports,
    read_quotes,
    said_by,
)
from briefings.story.tables import REF_COLUMNS, Article, Entity, EntityRow, Quote, articles
from briefings.story.words import contains_word, has_word

if TYPE_CHECKING:
    from briefings.story.scope import Reader

MAX_QUOTES = 200
READ = MAX_QUOTES * 4  # quotes read for one answer (reports of one quote are merged)


class Quotes(Names):
    """Quotes of a story."""

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
        with self.reading() as session:
            query = select(*QUOTE_COLUMNS, *REF_COLUMNS).join(
                articles, Quote.article_id == Article.id
            )
            query = self._within(query, Article.id)
            resolved: EntityRow | None = None
            if speaker:
                resolved, ambiguous = self._resolve(session, speaker)
                if ambiguous:
                    return QuoteList(
                        [],
                        about=about,
                        note=ambiguous_note(speaker, ambiguous),
                        ambiguous=ambiguous,
                    )
                if resolved is None:
                    return QuoteList(
                        [],
                        about=about,
                        note=f"No one called {speaker!r} is quoted in the articles.",
                        suggestions=self._suggest(session, speaker),
                    )
                query = query.where(self._spoken_by(session, resolved, bool(about), read))
            if about:
                query = query.where(has_word(session, about, first=None if speaker else read))
            found = read_quotes(session, query.order_by(Quote.id).limit(read))
            complete = read is None or len(found) < read
            rows = [
                (quote, ref)
                for quote, ref in found
                if not about or contains_word(quote.text, about)
            ]
            ranked = rank_reports(rows)
            end = None if limit is None else offset + limit
            shown = ranked[offset:end]  # only these become items: most of what was read is not
            roles = self._entity_roles(session, {longest.speaker_id for longest, _ in shown})
            items = [quote_item(longest, group, roles) for longest, group in shown]
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
        session: Reader, entity: EntityRow, filtered: bool, read: int | None = READ
    ) -> ColumnElement[bool]:
        """Quotes of the entity or given to its name: the first `read` of them, unless another
        filter follows or all are wanted (then all, and the filters together pick)."""
        if filtered or read is None:
            return said_by(entity)
        return Quote.id.in_(quote_ids(entity, read, newest=False))

    @staticmethod
    def _entity_roles(session: Reader, ids: set[int | None]) -> dict[int, Speaker]:
        wanted = [i for i in ids if i is not None]
        if not wanted:
            return {}
        query = select(Entity.id, Entity.name, Entity.role).where(Entity.id.in_(wanted))
        return {i: Speaker(name, role) for i, name, role in session.execute(query)}
