"""Grow a really-ingested database to N articles by cloning its analysed rows.

A 100k story shaped like a really-ingested one, without the 100 minutes its ingest would take.

Copy k (1, 2, ...) of every stored article gets new ids, a path, URL and content hash of its own,
its dates moved k * SHIFT_DAYS days on within the span the source's dates cover (events and groups
with it), and is stored after the source's articles (the digest's newest are copies). Its mentions,
quotes, points and events are cloned with it; its point and event groups and quote clusters are
copies of their own (other articles report other facts). The story's regulars (named in at least
REGULAR articles of the source, as Donald Trump is) stay one entity each, named and quoted as many
times more; everyone else is cloned as another entity whose last name is swapped for another
from the source's, with its lookup keys made as the story refresh makes them. Not cloned: the
MinHash band rows (no query reads them). The source is read, never written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import zlib
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Table, create_engine, delete, func, insert, select, text
from sqlalchemy.orm import Session, sessionmaker

from briefings.analysis.linking.keys import lookup_keys
from briefings.analysis.linking.records import StoryEntity
from briefings.db import open_database, unit_of_work
from briefings.models import (
    Article,
    Entity,
    EntityName,
    Event,
    EventGroup,
    Mention,
    Point,
    PointGroup,
    Quote,
    StoryState,
    table_of,
)

SHIFT_DAYS = 73  # copy k's dates move k * 73 days on, wrapped within the source's span
REGULAR = 20  # entities named in this many source articles are the same person in every copy
CHUNK = 5000
SEQUENCED = (
    "articles",
    "entities",
    "entity_names",
    "mentions",
    "quotes",
    "points",
    "point_groups",
    "events",
    "event_groups",
)
Row = dict[str, Any]


def _rows(source: Any, table: Table) -> list[Row]:
    """Every row of `table` in the source, as dicts of the source's columns."""
    with source.connect() as conn:
        return [
            dict(r._mapping) for r in conn.execute(select(table).order_by(table.c[_key(table)]))
        ]


def _key(table: Table) -> str:
    return "id" if "id" in table.c else next(iter(table.primary_key.columns)).name


def _max_id(rows: list[Row]) -> int:
    return max((r["id"] for r in rows), default=0)


class Shift:
    """Copy k's dates: k * SHIFT_DAYS days on, wrapped within [start, end] (outside: moved)."""

    def __init__(self, dates: Iterable[dt.date | None]) -> None:
        known = [d for d in dates if d is not None]
        self.start = min(known, default=dt.date(2024, 1, 1))
        self.span = max(1, (max(known, default=self.start) - self.start).days + 1)

    def __call__(self, date: dt.date | None, copy: int) -> dt.date | None:
        if date is None:
            return None
        days = (date - self.start).days
        if 0 <= days < self.span:
            return self.start + dt.timedelta(days=(days + copy * SHIFT_DAYS) % self.span)
        return date + dt.timedelta(days=copy * SHIFT_DAYS)


class Renames:
    """The clones of the non-regular entities: their ids and names in each copy."""

    def __init__(self, entities: list[Row], articles: int) -> None:
        self.regular = {e["id"] for e in entities if e["article_count"] >= REGULAR}
        self.step = _max_id(entities)
        surnames = {e["name"].split()[-1] for e in entities if e["kind"] == "person"}
        self.pool = sorted(s for s in surnames if s[:1].isupper() and s.isalpha())
        self.names = {e["id"]: e["name"] for e in entities}

    def entity_id(self, entity_id: int | None, copy: int) -> int | None:
        if entity_id is None or copy == 0 or entity_id in self.regular:
            return entity_id
        return entity_id + copy * self.step

    def pairs(self, entity_id: int | None, copy: int) -> tuple[str, str] | None:
        """(old last word, new last word) of the entity's name in copy `copy`, if renamed."""
        if entity_id is None or copy == 0 or entity_id in self.regular or not self.pool:
            return None
        words = self.names.get(entity_id, "").split()
        if len(words) < 2:
            return None
        pick = (zlib.crc32(self.names[entity_id].encode()) + copy * 7919) % len(self.pool)
        return words[-1], self.pool[pick]


def _renamed(value: Any, pair: tuple[str, str] | None) -> Any:
    if pair is None or value is None:
        return value
    if isinstance(value, list):
        return [_renamed(v, pair) for v in value]
    return str(value).replace(pair[0], pair[1])


def _insert(session: Session, table: Table, rows: list[Row]) -> None:
    for start in range(0, len(rows), CHUNK):
        session.execute(insert(table), rows[start : start + CHUNK])


def clone(source_url: str, target_url: str, size: int, log: Callable[[str], None] = print) -> int:
    """Fill the new database `target_url` with the source's rows and copies of them up to `size`
    articles (whole copies: the nearest multiple of the source's count); how many articles it holds."""
    source = create_engine(source_url)
    tables = {
        m: table_of(m)
        for m in (Article, Entity, Mention, Quote, Point, PointGroup, Event, EventGroup)
    }
    data = {m: _rows(source, t) for m, t in tables.items()}
    with source.connect() as conn:
        state = conn.execute(select(table_of(StoryState))).mappings().first()
    source.dispose()
    articles = data[Article]
    copies = max(1, round(size / max(1, len(articles))))
    steps = {m: _max_id(rows) for m, rows in data.items()}
    shift = Shift([a["published"] for a in articles])
    ingested = [a["ingested_at"] for a in articles]
    period = (
        (max(ingested) - min(ingested)) + dt.timedelta(minutes=1) if ingested else dt.timedelta()
    )
    renames = Renames(data[Entity], len(articles))
    sessions = open_database(target_url)
    with unit_of_work(sessions) as session:
        _story_rows(session, data[Entity], renames, copies)
        for copy in range(copies):
            log(f"copy {copy + 1} of {copies}")
            _copy(session, tables, data, steps, copy, shift, period, renames)
        if state is not None:  # nothing owed, as in the source
            session.execute(delete(table_of(StoryState)))
            session.execute(insert(table_of(StoryState)), [dict(state)])
    _finish(sessions)
    return copies * len(articles)


def _copy(
    session: Session,
    tables: dict[Any, Table],
    data: dict[Any, list[Row]],
    steps: dict[Any, int],
    copy: int,
    shift: Shift,
    period: dt.timedelta,
    renames: Renames,
) -> None:
    """Copy `copy` of every article and what analysis found in it."""

    def moved(model: Any, value: int | None) -> int | None:
        return None if value is None else value + copy * steps[model]

    out: list[Row] = []
    for a in data[Article]:
        row = dict(a, id=moved(Article, a["id"]))
        if copy:
            row["path"] = f"/shaped/copy{copy}/{a['path'].lstrip('/')}"
            row["url"] = f"{a['url']}?copy={copy}" if a["url"] else None
            row["content_hash"] = hashlib.sha256(f"{a['content_hash']}:{copy}".encode()).hexdigest()
            row["published"] = shift(a["published"], copy)
            row["updated"] = shift(a["updated"], copy)
            row["ingested_at"] = a["ingested_at"] + copy * period
        out.append(row)
    _insert(session, tables[Article], out)
    out = []
    for m in data[Mention]:
        pair = renames.pairs(m["entity_id"], copy)
        out.append(
            dict(
                m,
                id=moved(Mention, m["id"]),
                article_id=moved(Article, m["article_id"]),
                entity_id=renames.entity_id(m["entity_id"], copy),
                name=_renamed(m["name"], pair),
                aliases=_renamed(m["aliases"], pair),
            )
        )
    _insert(session, tables[Mention], out)
    out = []
    for q in data[Quote]:
        pair = renames.pairs(q["speaker_id"], copy)
        out.append(
            dict(
                q,
                id=moved(Quote, q["id"]),
                article_id=moved(Article, q["article_id"]),
                speaker_id=renames.entity_id(q["speaker_id"], copy),
                speaker=_renamed(q["speaker"], pair),
                cluster=moved(Quote, q["cluster"]),
            )
        )
    _insert(session, tables[Quote], out)
    for group, member, date in ((PointGroup, Point, "published"), (EventGroup, Event, "date")):
        groups = []
        for g in data[group]:
            row = dict(g, id=moved(group, g["id"]))
            row["representative_id"] = moved(member, g["representative_id"])
            row[date] = shift(g[date], copy)
            if group is PointGroup:
                row["first_published"] = shift(g["first_published"], copy)
            groups.append(row)
        _insert(session, tables[group], groups)
        members = []
        for p in data[member]:
            row = dict(
                p,
                id=moved(member, p["id"]),
                article_id=moved(Article, p["article_id"]),
                cluster=moved(group, p["cluster"]),
            )
            if member is Event:
                row["date"] = shift(p["date"], copy)
            members.append(row)
        _insert(session, tables[member], members)


def _story_rows(session: Session, entities: list[Row], renames: Renames, copies: int) -> None:
    """The entities: regulars counted in every copy, the others cloned under their new names;
    with the lookup keys of each."""
    rows: list[Row] = []
    for copy in range(copies):
        for e in entities:
            if copy and e["id"] in renames.regular:
                continue
            pair = renames.pairs(e["id"], copy)
            row = dict(
                e,
                id=renames.entity_id(e["id"], copy),
                name=_renamed(e["name"], pair),
                aliases=_renamed(e["aliases"], pair),
            )
            if e["id"] in renames.regular:
                row["mentions"] = e["mentions"] * copies
                row["article_count"] = e["article_count"] * copies
            rows.append(row)
    _insert(session, table_of(Entity), rows)
    names = [
        {"entity_id": r["id"], "key": key[:256]}
        for r in rows
        for key in sorted(
            lookup_keys(
                StoryEntity(r["name"], r["kind"], r["role"], tuple(r["aliases"] or ()), 0, (), ())
            )
        )
    ]
    _insert(session, table_of(EntityName), names)


def _finish(sessions: sessionmaker[Session]) -> None:
    """PostgreSQL: sequences past the ids written, statistics as autovacuum would gather them;
    SQLite: the log written out (as a database in use for months has done)."""
    engine = sessions.kw["bind"]
    if engine.dialect.name == "postgresql":
        with unit_of_work(sessions) as session:
            for table in SEQUENCED:
                session.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(SELECT coalesce(max(id), 1) FROM {table}))"
                    )
                )
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
            conn.execute(text("CHECKPOINT"))
    else:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()


def counts(url: str) -> dict[str, int]:
    """Rows per table, to report beside the figures."""
    engine = create_engine(url)
    with engine.connect() as conn:
        found = {
            t.name: int(conn.execute(select(func.count()).select_from(t)).scalar() or 0)
            for t in (
                table_of(m) for m in (Article, Entity, Mention, Quote, PointGroup, EventGroup)
            )
        }
    engine.dispose()
    return found


def main(argv: list[str] | None = None) -> int:
    """`python -m benchmarks.shaped SOURCE TARGET --size N`: a shaped database kept in a file,
    to measure again and again (`python -m benchmarks.real --reuse TARGET --ingest-files 0`)."""
    import argparse
    import json

    parser = argparse.ArgumentParser(prog="python -m benchmarks.shaped", description=main.__doc__)
    parser.add_argument("source", help="a really-ingested database URL (read only)")
    parser.add_argument("target", help="a new database URL to fill")
    parser.add_argument("--size", type=int, default=100_000, help="articles (100000)")
    args = parser.parse_args(argv)
    articles = clone(args.source, args.target, args.size)
    print(json.dumps({"articles": articles, "rows": counts(args.target)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
