"""Quote clusters: the same words of the same speaker, reported by several outlets, as one quote."""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    CompoundSelect,
    Integer,
    bindparam,
    func,
    select,
    union_all,
    update,
)
from sqlalchemy.orm import Session

from briefings.analysis.quotes import cluster_quotes
from briefings.models import Quote
from briefings.refresh.rows import assign, update_rows

MAX_POSTING = 100  # stored quotes of one speaker a new quote is compared with, newest first
SPEAKERS_PER_QUERY = 50  # speakers whose newest quotes one UNION ALL statement reads


def group_quotes(session: Session) -> None:
    """The same words of the same speaker reported by several outlets become one quote."""
    rows = session.execute(
        select(Quote.id, Quote.text, Quote.speaker_id, Quote.speaker).order_by(Quote.id)
    ).all()
    assign(session, Quote, cluster_quotes([quote_item(*row) for row in rows]))


def quote_item(
    quote_id: int, text: str, speaker_id: int | None, speaker: str | None
) -> tuple[int, str, str | None]:
    """A quote as `cluster_quotes` compares it: the entity who spoke, else the name given."""
    return quote_id, text, str(speaker_id) if speaker_id is not None else speaker


def group_new_quotes(session: Session, speakers: dict[int, int]) -> None:
    """Cluster the new quotes (their newly found `speakers` too) with the newest MAX_POSTING
    stored quotes of the same speaker, each stored cluster by its longest member."""
    new = [
        (quote_id, text, speakers.get(quote_id, speaker_id), speaker)
        for quote_id, text, speaker_id, speaker in session.execute(
            select(Quote.id, Quote.text, Quote.speaker_id, Quote.speaker)
            .where(Quote.cluster.is_(None))
            .order_by(Quote.id)  # the order decides which new quote names a new cluster
        )
    ]
    if not new:
        return
    whose: list[tuple[str, int | str | None]] = [
        ("id", i) for i in sorted({r[2] for r in new if r[2] is not None})
    ]
    whose += [("name", n) for n in sorted({r[3] for r in new if r[2] is None and r[3] is not None})]
    if any(row[2] is None and row[3] is None for row in new):
        whose.append(("no one", None))
    stored = _longest_of_clusters(session, whose)
    old_cluster = {row[0]: row[4] for row in stored}
    items = [quote_item(r[0], r[1], r[2], r[3]) for r in stored]
    items += [quote_item(r[0], r[1], r[2], r[3]) for r in new]
    roots = cluster_quotes(items)
    components: dict[int, list[int]] = defaultdict(list)
    for quote_id, root in roots.items():
        components[root].append(quote_id)
    assigned: dict[int, int] = {}
    for root, members in components.items():
        fresh = [q for q in members if q not in old_cluster]
        if not fresh:
            continue
        before = sorted({old_cluster[q] for q in members if q in old_cluster})
        target = before[0] if before else root
        assigned.update(dict.fromkeys(fresh, target))
        for other in before[1:]:  # the new words bridge two stored clusters: one quote now
            session.execute(update(Quote).where(Quote.cluster == other).values(cluster=target))
    update_rows(
        session,
        Quote,
        [{"id": q, "cluster": assigned[q], "speaker_id": s} for q, _, s, _ in new],
    )


_StoredQuote = tuple[int, str, int | None, str | None, int]


def _longest_of_clusters(
    session: Session, speakers: Sequence[tuple[str, int | str | None]]
) -> list[_StoredQuote]:
    """Among the newest MAX_POSTING clustered quotes of each of `speakers` (an entity id, a name
    no entity holds, or no one), the longest of each cluster (the newest of equals), clusters in
    the order their newest quote comes, speaker by speaker. The database picks them (window
    functions over each speaker's newest quotes), so only one row per cluster is read; one
    statement per SPEAKERS_PER_QUERY speakers of a kind, each part walking its own index."""
    seen: dict[int, list[tuple[int, int, _StoredQuote]]] = defaultdict(list)  # by cluster
    numbered = list(enumerate(speakers))
    for kind in dict.fromkeys(k for k, _ in speakers):
        of_kind = [(part, value) for part, (k, value) in numbered if k == kind]
        for start in range(0, len(of_kind), SPEAKERS_PER_QUERY):
            chunk = of_kind[start : start + SPEAKERS_PER_QUERY]
            size = next(b for b in _SIZES if b >= len(chunk))
            # padded to a few sizes, so a handful of statements is ever built and compiled: no
            # entity has id -1, and a name repeated adds rows already read (the same answer)
            pad = (chunk[-1][0], -1) if kind == "id" else chunk[-1]
            chunk = chunk + [pad] * (size - len(chunk))
            values: dict[str, Any] = {f"part{n}": part for n, (part, _) in enumerate(chunk)}
            values.update({f"speaker{n}": value for n, (_, value) in enumerate(chunk)})
            statement = _longest_statement(kind, size)
            for part, newest, *row in session.execute(statement, values):
                seen[row[4]].append((part, -newest, (row[0], row[1], row[2], row[3], row[4])))
    found = []
    for parts in seen.values():  # a cluster under two speakers: its first part's place
        parts.sort(key=lambda p: p[0])
        longest = max(parts, key=lambda p: len(p[2][1]))  # the first of equals
        found.append((parts[0][0], parts[0][1], longest[2]))
    return [quote for _, _, quote in sorted(found, key=lambda f: (f[0], f[1]))]


_SIZES = (1, 2, 4, 8, 16, 32, SPEAKERS_PER_QUERY)


@functools.lru_cache(maxsize=32)
def _longest_statement(kind: str, count: int) -> CompoundSelect:
    """The statement of `_longest_of_clusters` for `count` speakers of one kind, built once: its
    parts' numbers and speakers are parameters (part0, speaker0, ...)."""
    parts = []
    for n in range(count):
        newest = (
            select(Quote.id, Quote.text, Quote.speaker_id, Quote.speaker, Quote.cluster)
            .where(_spoken_by(kind, bindparam(f"speaker{n}")), Quote.cluster.is_not(None))
            .order_by(Quote.id.desc())
            .limit(MAX_POSTING)
            .subquery()
        )
        ranked = select(
            bindparam(f"part{n}", type_=Integer).label("part"),
            func.max(newest.c.id).over(partition_by=newest.c.cluster).label("newest"),
            *newest.c,
            func.row_number()
            .over(
                partition_by=newest.c.cluster,
                order_by=(func.length(newest.c.text).desc(), newest.c.id.desc()),
            )
            .label("rank"),
        ).subquery()
        parts.append(select(*[c for c in ranked.c if c.name != "rank"]).where(ranked.c.rank == 1))
    return union_all(*parts)


def _spoken_by(kind: str, speaker: BindParameter[Any]) -> ColumnElement[bool]:
    """Quotes of an entity (kind "id"), of a name no entity holds ("name"), or of no one."""
    if kind == "id":
        return Quote.speaker_id == speaker
    if kind == "name":
        return (Quote.speaker == speaker) & Quote.speaker_id.is_(None)
    return Quote.speaker.is_(None) & Quote.speaker_id.is_(None)
