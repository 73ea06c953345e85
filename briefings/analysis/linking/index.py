"""Who is X over the story's entities: dictionary lookups by name, alias and surname."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from rapidfuzz import fuzz, process

from briefings.analysis.common.given_names.gender import title_allows
from briefings.analysis.common.names import name_key, surname_keys
from briefings.analysis.linking.keys import person_keys, query_key
from briefings.analysis.linking.records import StoryEntity


class EntityIndex:
    """Answers "who is X" over the story entities with dictionary lookups."""

    def __init__(self, entities: Sequence[StoryEntity]) -> None:
        self.entities = sorted(entities, key=lambda e: -e.mentions)
        self._exact: dict[str, list[StoryEntity]] = defaultdict(list)
        self._surname: dict[str, list[StoryEntity]] = defaultdict(list)
        self._by_article: dict[int, list[StoryEntity]] = defaultdict(list)
        self._choices: dict[str, str] = {}
        for entity in self.entities:  # most mentioned first, so every list is in that order
            for form in (entity.name, *entity.aliases):
                self._choices.setdefault(form, entity.name)
                _add_once(self._exact[query_key(form)], entity)
            if entity.kind == "person":
                for s in surname_keys(name_key(entity.name)):
                    _add_once(self._surname[s], entity)
                for k in sorted(person_keys(entity.kind, (entity.name, *entity.aliases))):
                    _add_once(self._exact[k], entity)  # "Sir Alan": Alan Sugar
            for article_id in entity.article_ids:
                self._by_article[article_id].append(entity)

    def _matches(self, query: str) -> list[StoryEntity]:
        key = query_key(query)
        found = list(self._exact.get(key, ()))
        seen = {id(e) for e in found}  # by identity: comparing entities field by field is slow
        found += [e for e in self._surname.get(key, ()) if id(e) not in seen]
        return found

    def matches(self, query: str) -> list[StoryEntity]:
        """Every entity the query could mean: exact names and aliases first, then surnames."""
        return self._matches(query)

    def lookup(self, query: str) -> StoryEntity | None:
        """The entity a name, alias or surname means; the most mentioned when several could."""
        matches = self._matches(query)
        return matches[0] if matches else None

    def others(self, query: str) -> list[str]:
        """Other entities the query could also mean: "Kim Yo Jong" for "Kim"."""
        return [e.name for e in self._matches(query)[1:]]

    def suggest(self, query: str, n: int = 5) -> list[str]:
        """The closest known names, for a name that is not known."""
        hits = process.extract(
            query, list(self._choices), scorer=fuzz.WRatio, processor=query_key, limit=n * 4
        )
        return list(dict.fromkeys(self._choices[form] for form, _score, _i in hits))[:n]

    def speaker_entity(self, speaker_name: str, article_id: int) -> StoryEntity | None:
        """The entity a quote's speaker is, preferring one named in the same article.

        Elsewhere only when the name can mean one entity: a quote is never given to the wrong person.
        Two people of the article the name could mean ("Dalton" with a Mr and a Mrs Dalton): no one;
        a courtesy title leaves out those of the other gender ("Mrs Dalton": not Mr Dalton).
        """
        matches = [  # "Mrs Dalton said": not Mark Dalton (issue 15)
            e for e in self._matches(speaker_name) if title_allows(speaker_name, e.name)
        ]
        here = set(map(id, self._by_article.get(article_id, ())))
        in_article = [e for e in matches if id(e) in here]
        if in_article:
            return None if _people(in_article) > 1 else in_article[0]
        return matches[0] if len(matches) == 1 else None

    def speaker(self, speaker_name: str, article_id: int) -> StoryEntity | None:
        """`speaker_entity` under the name the story refresh calls (a method, not an alias of it:
        mypyc fails on an alias in a compiled class's body)."""
        return self.speaker_entity(speaker_name, article_id)

    def companions(self, entity: StoryEntity, n: int = 5) -> list[tuple[StoryEntity, int]]:
        """Who appears with whom: the entities sharing most articles with this one."""
        shared: Counter[int] = Counter()
        by_id = {}
        for article_id in entity.article_ids:
            for other in self._by_article.get(article_id, ()):
                if other is not entity:
                    shared[id(other)] += 1
                    by_id[id(other)] = other
        return [(by_id[i], count) for i, count in shared.most_common(n)]


def _add_once(entities: list[StoryEntity], entity: StoryEntity) -> None:
    if not entities or entities[-1] is not entity:  # each entity adds its forms one after another
        entities.append(entity)


def _people(entities: Sequence[StoryEntity]) -> int:
    return sum(1 for e in entities if e.kind == "person")
