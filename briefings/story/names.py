"""The entity a typed name means, the closest names for one nobody has, and names completed from a prefix."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, exists, select

from briefings.analysis.common.names import NAME_SUFFIXES, name_key
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
        return found or Names._by_words(session, bare)

    @staticmethod
    def _by_words(session: Reader, key: str) -> list[EntityRow]:
        """People whose full name holds every word of a query no name has: "Lamar Greene" and
        "Greene Jr." for "Lamar T. Greene Jr.", "Kirby Alan" for Alan Kirby (words in order
        first; in any order only when none has them in order). Initials typed do not count."""
        words = [w for w in key.split() if len(w) > 1]
        surnames = [w for w in words if w not in NAME_SUFFIXES]
        if len(words) < 2 or not surnames:
            return []
        people: dict[int, EntityRow] = {}
        for word in surnames:
            for e in Names._named(session, word):
                if e.kind == "person":
                    people.setdefault(e.id, e)
        ordered, unordered = [], []
        for e in people.values():
            have = name_key(e.name).split()
            if _in_order(words, have):
                ordered.append(e)
            elif set(words) <= set(have):
                unordered.append(e)
        found = ordered or unordered
        return sorted(found, key=lambda e: (-e.mentions, e.id))

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

    def _resolve(self, session: Reader, name: str) -> tuple[EntityRow | None, list[str]]:
        """The one entity a typed name means, or None and the people it could mean when the
        articles do not settle which: "Dalton" with Mark and Ruth Dalton, neither called
        "Dalton" alone, is ambiguous; with only Mark called so, it is Mark. One entity the
        articles call by the typed name is the one; otherwise one person of that surname. When
        it is none, every person of the name is listed, also those never called by it alone."""
        found = self._story_matches(session, name)
        if len(found) <= 1:
            return (found[0] if found else None), []
        typed = {name_key(name), _bare(name)}
        called = [e for e in found if typed & _forms(e)]
        if len(called) == 1:
            return called[0], []
        people = [e for e in called or found if e.kind == "person"]
        if len(people) > 1:  # every person it could be, called so or not ("Ruth Dalton" too)
            return None, [e.name for e in found if e.kind == "person"]
        return (people or called or found)[0], []

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


def _bare(name: str) -> str:
    from briefings.analysis.linking.keys import query_key

    return query_key(name)


def _forms(entity: EntityRow) -> set[str]:
    """The keys of the names the articles give the entity, with and without courtesy title."""
    forms = (entity.name, *entity.aliases)
    return {k for f in forms for k in (name_key(f), _bare(f))}


def _in_order(words: list[str], have: list[str]) -> bool:
    """Every word of `words` in `have`, in the same order (others may come between)."""
    rest = iter(have)
    return all(w in rest for w in words)
