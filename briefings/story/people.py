"""Who is who: the story's people listed, and one person's profile with roles, quotes and companions."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, exists, func, select

from briefings.answers import PersonItem, Profile, ProfileResult, RoleItem, SourceRef, Tie
from briefings.story.names import Names
from briefings.story.quoting import (
    QUOTE_COLUMNS,
    Speaker,
    quote_ids,
    quote_item,
    rank_reports,
    read_quotes,
)
from briefings.story.tables import (
    REF_COLUMNS,
    Article,
    Entity,
    EntityRow,
    Mention,
    Quote,
    articles,
    day,
    entities,
    id_list,
    ids_of,
    mentions,
    newest_first,
    ref_of,
)

if TYPE_CHECKING:
    from briefings.story.scope import Reader

PROFILE_ARTICLES = 25  # articles listed in a profile, newest first (the count covers all)
PROFILE_SCAN = 200  # newest articles naming someone read for a profile's roles
RELATED_SCAN = 100  # the newest of those in which their companions are counted
PROFILE_QUOTES = 50  # newest quotes read for a profile
POPULAR = 5 * PROFILE_SCAN  # named in more articles than this: found newest article first


class People(Names):
    """The people, organisations and places of a story."""

    def count_people(self) -> int:
        """How many people, organisations and places the story has."""
        with self.reading() as session:
            query = select(func.count()).select_from(entities)
            if self.story_id is not None:
                query = query.where(Entity.id.in_(self._named_in()))
            return int(session.scalar(query) or 0)

    # --- people ---------------------------------------------------------------------------
    def people(
        self, limit: int | None = None, offset: int = 0, articles: int | None = None
    ) -> list[PersonItem]:
        """Everyone in the story, most mentioned first; `limit` of them from `offset`. Each
        carries the ids of the newest `articles` articles naming them (None: of every one) and
        how many articles name them."""
        order = (Entity.mentions.desc(), Entity.name, Entity.id)
        with self.reading() as session:
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
                    articles=ids_of(e.article_ids),
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

    def _article_ids(self, session: Reader, newest: int | None) -> Any:
        """The ids of the story's articles naming the entity of the enclosing query, the
        `newest` of them (None: all), aggregated into one value (`ids_of` reads it). Someone
        named in 38,000 articles is not 38,000 ids to read unless every id is asked for."""
        if newest is None:
            ids = select(id_list(session, Mention.article_id))
            ids = ids.where(Mention.entity_id == Entity.id)
            return self._within(ids, Mention.article_id).scalar_subquery()
        latest = select(Mention.article_id).distinct().where(Mention.entity_id == Entity.id)
        latest = self._within(latest, Mention.article_id).correlate(entities)
        chosen = latest.order_by(Mention.article_id.desc()).limit(newest).subquery()
        return select(id_list(session, chosen.c.article_id)).scalar_subquery()

    def profile(self, name: str) -> ProfileResult:
        with self.reading() as session:
            entity, ambiguous = self._resolve(session, name)
            if ambiguous:
                return ProfileResult(query=name, profile=None, ambiguous=ambiguous)
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
            naming.sort(key=lambda row: (row[5] is None, -day(row[5]), -row[1]))
            refs = [ref_of(row[1:]) for row in naming]
            roles: dict[str, list[SourceRef]] = defaultdict(list)
            for (role, *_), ref in zip(naming, refs, strict=True):
                if role:
                    roles[role].append(ref)
            newest = newest_first(refs)
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
            quote_rows = read_quotes(
                session,
                select(*QUOTE_COLUMNS, *REF_COLUMNS)
                .join(articles, Quote.article_id == Article.id)
                .where(
                    Quote.id.in_(
                        quote_ids(entity, PROFILE_QUOTES, newest=True, members=self._members())
                    )
                )
                .order_by(Quote.id.desc()),
            )
            profile = Profile(
                name=entity.name,
                kind=entity.kind,
                role=entity.role,
                roles=[RoleItem(r, newest_first(refs)) for r, refs in roles.items()],
                aliases=list(entity.aliases),
                mentions=entity.mentions,
                articles=newest[:PROFILE_ARTICLES],
                quotes=[
                    quote_item(longest, group, {entity.id: Speaker(entity.name, entity.role)})
                    for longest, group in rank_reports(quote_rows)
                ],
                related=[(n, int(c)) for n, c in related_rows],
                article_count=entity.article_count,
                related_from=len(article_ids),
                ties=self._ties(session, article_ids, [n for n, _ in related_rows]),
            )
            others = self._others(session, name, entity)
            return ProfileResult(query=name, profile=profile, others=others)

    @staticmethod
    def _ties(session: Reader, article_ids: set[int], names: list[str]) -> list[Tie]:
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
