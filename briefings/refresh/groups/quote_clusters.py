"""Quote clusters: the same words of the same speaker, reported by several outlets, as one quote."""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import TextClause, select, text, update
from sqlalchemy.orm import Session

from briefings.analysis.quotes import cluster_quotes
from briefings.models import Quote
from briefings.refresh.writes.rows import update_rows

MAX_POSTING = 100  # stored quotes of one speaker a new quote is compared with, newest first
SPEAKERS_PER_QUERY = 50  # speakers whose newest quotes one UNION ALL statement reads


def group_quotes(session: Session, speakers: dict[int, int]) -> None:
    """The same words of the same speaker reported by several outlets become one quote. Every
    quote's speaker (`speakers`: the entity who spoke it, as `link_all` found; none for the
    others) is written with its cluster, in one update of each quote row."""
    rows = (
        session.connection()
        .execute(select(Quote.id, Quote.text, Quote.speaker).order_by(Quote.id))
        .all()
    )
    clusters = cluster_quotes([quote_item(q, t, speakers.get(q), s) for q, t, s in rows])
    update_rows(
        session,
        Quote,
        [{"id": q, "cluster": clusters[q], "speaker_id": speakers.get(q)} for q, _, _ in rows],
    )


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
        for quote_id, text, speaker_id, speaker in session.connection().execute(
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
            for part, newest, *row in session.connection().execute(statement, values):
                seen[row[4]].append((part, -newest, (row[0], row[1], row[2], row[3], row[4])))
    found = []
    for parts in seen.values():  # a cluster under two speakers: its first part's place
        parts.sort(key=lambda p: p[0])
        longest = max(parts, key=lambda p: len(p[2][1]))  # the first of equals
        found.append((parts[0][0], parts[0][1], longest[2]))
    return [quote for _, _, quote in sorted(found, key=lambda f: (f[0], f[1]))]


_SIZES = (1, 2, 4, 8, 16, 32, SPEAKERS_PER_QUERY)


# One part of `_longest_of_clusters`: the longest of each cluster (the newest of equals) among a
# speaker's newest MAX_POSTING clustered quotes, and the newest quote of that cluster. Written as
# text: the same statement built from Core constructs cost 50-70 ms to build and compile at 50
# parts, for each kind and size (a third of a 1,000-article ingest's quote clustering).
_PART = (
    "SELECT CAST(:part{n} AS INTEGER) AS part, max(recent.id) OVER (PARTITION BY recent.cluster)"
    " AS newest, recent.id, recent.text, recent.speaker_id, recent.speaker, recent.cluster,"
    " row_number() OVER (PARTITION BY recent.cluster ORDER BY length(recent.text) DESC,"
    " recent.id DESC) AS rank FROM (SELECT quotes.id AS id, quotes.text AS text, quotes.speaker_id"
    " AS speaker_id, quotes.speaker AS speaker, quotes.cluster AS cluster FROM quotes WHERE {whose}"
    " AND quotes.cluster IS NOT NULL ORDER BY quotes.id DESC LIMIT {limit}) AS recent"
)
_SPOKEN_BY = {  # quotes of an entity, of a name no entity holds, of no one
    "id": "quotes.speaker_id = :speaker{n}",
    "name": "quotes.speaker = :speaker{n} AND quotes.speaker_id IS NULL",
    "no one": "quotes.speaker IS NULL AND quotes.speaker_id IS NULL",
}


@functools.lru_cache(maxsize=32)
def _longest_statement(kind: str, count: int) -> TextClause:
    """The statement of `_longest_of_clusters` for `count` speakers of one kind, built once: its
    parts' numbers and speakers are parameters (part0, speaker0, ...)."""
    parts = []
    for n in range(count):
        whose = _SPOKEN_BY[kind].format(n=n)
        ranked = _PART.format(n=n, whose=whose, limit=MAX_POSTING)
        parts.append(
            "SELECT part, newest, id, text, speaker_id, speaker, cluster"
            f" FROM ({ranked}) AS ranked{n} WHERE rank = 1"
        )
    return text(" UNION ALL ".join(parts))
