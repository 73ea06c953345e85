"""The entity a typed name means, the closest names for one nobody has, and names completed from a prefix."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, exists, select

from briefings.analysis.common.names import name_key
from briefings.story.scope import Scope
from briefings.story.tables import Entity, EntityName, EntityRow, Mention, Quote, entities

if TYPE_CHECKING:
    from briefings.story.scope import Reader

SUGGEST_POOL = 5000  # names compared with an unknown one, the most mentioned first


class Names(Scope):
    """Names looked up within a story."""

    # --- lookup and autocomplete ----------------------------------------------------------
    @staticmethod
    def _matches(session: Reader, name: str) -> list[EntityRow]:
        """Every entity the name could mean (name, alias or surname), most mentioned first."""
        key = name_key(name)
        if not key:
            return []
        found = Names._named(session, key)
        if found:
            return found
        from briefings.analysis.common.given_names.gender import (  # only when needed
            HONORIFICS,
            gender_of,
        )
        from briefings.analysis.linking.keys import query_key

        bare = query_key(name)
        if bare != key:  # "Mr Kirby": the person of that surname, of that gender
            want = HONORIFICS.get(key.split()[0])
            found = [
                e
                for e in Names._named(session, bare)
                if e.kind == "person" and (want is None or gender_of(e.name) in (want, None))
            ]
        return found

    @staticmethod
    def _named(session: Reader, key: str) -> list[EntityRow]:
        named = select(EntityName.entity_id).where(EntityName.key == key)
        return list(
            session.execute(
                select(entities)
                .where(Entity.id.in_(named))
                .order_by(Entity.mentions.desc(), Entity.id)
                .limit(10)
            )
        )

    def _story_matches(self, session: Reader, name: str) -> list[EntityRow]:
        """`_matches`, of a named story only those its articles name."""
        found = self._matches(session, name)
        if self.story_id is None or not found:
            return found
        named = set(
            session.scalars(self._named_in().where(Mention.entity_id.in_([e.id for e in found])))
        )
        return [e for e in found if e.id in named]

    def _lookup(self, session: Reader, name: str) -> EntityRow | None:
        found = self._story_matches(session, name)
        return found[0] if found else None

    def _others(self, session: Reader, name: str, chosen: EntityRow) -> list[str]:
        return [e.name for e in self._story_matches(session, name) if e.id != chosen.id][:5]

    @staticmethod
    def _suggest(session: Reader, name: str) -> list[str]:
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
        with self.reading() as session:
            return list(session.scalars(self._prefixed(prefix, limit, *named)))

    def complete_speakers(self, prefix: str, limit: int = 25) -> list[str]:
        """Names of the people quoted in the articles (in a named story, its articles), any of
        whose names starts with `prefix`."""
        quoted = exists().where(Quote.speaker_id == Entity.id)
        quoted = self._within(quoted, Quote.article_id)
        with self.reading() as session:
            return list(session.scalars(self._prefixed(prefix, limit, quoted)))
