"""Quotes of the entities an edit linked anew: kept, attributed again or clustered again.

A quote is kept where its speaker's name still means only that entity, attributed again
otherwise; a speaker whose quotes changed is clustered again whole.

A released entity made again (refresh/release.py) keeps its id when its mentions mostly stay
together (link.py), so its quotes need not all be attributed and clustered again: a quote whose
speaker is written as a key (`linking.keys.query_key`) no other entity holds goes to it in a rebuild
too. The others, and every quote of an entity not made again, go back to unattributed. A speaker
among the relinked that gains or loses a quote (one of its quotes is not clustered, or its
cluster was dissolved) has all its quotes clustered again, as a rebuild clusters them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from collections.abc import Set as AbstractSet

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from briefings.analysis.linking.keys import query_key
from briefings.models import EntityName, Quote
from briefings.refresh.writes.rows import chunks

__all__ = ["recluster_speakers", "settle_quotes"]


def _dissolve(session: Session, clusters: Iterable[int]) -> None:
    for chunk in chunks(sorted(set(clusters))):
        session.execute(update(Quote).where(Quote.cluster.in_(chunk)).values(cluster=None))


def settle_quotes(session: Session, kept: AbstractSet[int], gone: AbstractSet[int]) -> None:
    """Quotes of `gone` entities (about to be deleted), and those of `kept` ones (their keys
    written anew) whose speaker's key another entity holds too or they hold no more, go back to
    unattributed, with the clusters they were in."""
    spoken: list[tuple[int, str | None, int | None, int]] = []
    for chunk in chunks(sorted(kept | gone)):
        spoken += session.execute(
            select(Quote.id, Quote.speaker, Quote.cluster, Quote.speaker_id).where(
                Quote.speaker_id.in_(chunk)
            )
        ).all()  # type: ignore[arg-type]
    keys = {query_key(s or "")[:256] for _, s, _, who in spoken if who in kept}
    holders: dict[str, set[int]] = defaultdict(set)
    for chunk in chunks(sorted(keys)):
        for key, entity_id in session.execute(
            select(EntityName.key, EntityName.entity_id).where(EntityName.key.in_(chunk))
        ):
            holders[key].add(entity_id)
    reset = [
        (quote_id, cluster)
        for quote_id, speaker, cluster, who in spoken
        if who in gone or holders.get(query_key(speaker or "")[:256]) != {who}
    ]
    _dissolve(session, (c for _, c in reset if c is not None))
    for chunk in chunks([q for q, _ in reset]):
        session.execute(update(Quote).where(Quote.id.in_(chunk)).values(speaker_id=None))


def recluster_speakers(session: Session, relinked: AbstractSet[int], found: dict[int, int]) -> None:
    """Every quote of a relinked entity that speaks a quote not clustered (one of `found`, the
    speakers just attributed: quote id → entity id, or one attributed before) goes back to
    unclustered, to be clustered again with the others."""
    if not relinked:
        return
    speakers = {who for who in found.values() if who in relinked}
    speakers |= {
        who
        for who in session.scalars(
            select(Quote.speaker_id).where(Quote.cluster.is_(None), Quote.speaker_id.is_not(None))
        )
        if who is not None and who in relinked
    }
    for chunk in chunks(sorted(speakers)):
        session.execute(update(Quote).where(Quote.speaker_id.in_(chunk)).values(cluster=None))
