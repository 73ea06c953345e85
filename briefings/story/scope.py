"""Which articles a story reads: every stored one, or a named story's own."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, sessionmaker

from briefings.story.tables import Columns, Mention, StoryArticle


class Scope:
    """The session factory and the story whose articles are read (None: every article)."""

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

    def _named_in(self) -> Select[int | None]:
        """The entities the story's articles mention."""
        return self._within(select(Mention.entity_id), Mention.article_id)

    def _clusters(self, model: Columns) -> Select[Any]:
        """The point or event groups some article of the story is in."""
        return self._within(select(model.cluster), model.article_id)
