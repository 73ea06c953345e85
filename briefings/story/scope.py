"""Which articles a story reads: every stored one, or a named story's own."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, TypeAlias

from sqlalchemy import Engine, Select, select

from briefings.story.tables import Columns, Mention, StoryArticle

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session, sessionmaker

    # What a query reads through: an ORM session, or a connection (a story opened on an engine)
    Reader: TypeAlias = Session | Connection


class Scope:
    """The database and the story whose articles are read (None: every article).

    Opened on an engine (the command line's queries), a story reads through connections and
    never loads the ORM; its `sessions` are made when something asks for them (a write, a named
    story's lookup). Opened on a session factory (the bots), it reads through its sessions."""

    def __init__(
        self, sessions: sessionmaker[Session] | Engine, story_id: int | None = None
    ) -> None:
        self._engine = sessions if isinstance(sessions, Engine) else None
        self._sessions = None if isinstance(sessions, Engine) else sessions
        self.story_id = story_id  # a named story: only its articles (None: every article)

    @property
    def sessions(self) -> sessionmaker[Session]:
        """The ORM's session factory of the story's database."""
        if self._sessions is None:
            from briefings.db import session_factory  # a story opened on an engine: when asked

            assert self._engine is not None  # one of the two is always given
            self._sessions = session_factory(self._engine)
        return self._sessions

    def reading(self) -> AbstractContextManager[Reader]:
        """One read (`with story.reading() as session:`): a connection when the story was opened
        on an engine, else a session of its factory."""
        if self._engine is not None:
            return self._engine.connect()
        return self.sessions()

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
