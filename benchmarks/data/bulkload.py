"""Fill a database with N analysed articles fast: analyse a few thousand, store varied copies."""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import insert, text
from sqlalchemy.orm import Session, sessionmaker

from benchmarks.data.corpus import DAYS, OUTLETS, START, Article, Corpus, Person
from briefings.analysis import grouping
from briefings.analysis.linking.keys import lookup_keys
from briefings.analysis.linking.records import StoryEntity
from briefings.analysis.results import ArticleAnalysis, FoundEntity, FoundQuote
from briefings.db import unit_of_work
from briefings.ingest.errors import ArticleError
from briefings.ingest.parallel import prepare
from briefings.ingest.prepared import Prepared
from briefings.ingest.reading.document import TITLE_CHARS, fit
from briefings.models import Article as ArticleRow
from briefings.models import (
    Entity,
    EntityName,
    Event,
    EventGroup,
    Mention,
    Point,
    PointGroup,
    Quote,
)

CHUNK = 5000
BUCKET = 10  # copies of one template that report the same facts as one group


@dataclass(frozen=True)
class Template:
    """One real article analysed by the real code, with what the generator knows it contains."""

    source: Article
    prepared: Prepared


def _prepare(path: Path) -> Prepared:
    found = prepare(path, {})
    if not isinstance(found, Prepared):
        raise ArticleError(f"{path}: {found.reason}")
    return found


def analyse_templates(corpus: Corpus, folder: Path, count: int, workers: int) -> list[Template]:
    """Write and analyse `count` articles of the corpus (all cores); the analysed templates."""
    paths = corpus.write(folder, count)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        prepared = list(pool.map(_prepare, paths, chunksize=16))
    return [Template(corpus.article(i), p) for i, p in enumerate(prepared)]


def _with_truth(template: Template) -> ArticleAnalysis:
    """The real analysis; where an analyser finds nothing yet, what the generator put in."""
    found = template.prepared.analysis
    truth = template.source
    quotes = found.quotes or tuple(
        FoundQuote(q.text, q.speaker, q.role, q.kind, q.paragraph)  # type: ignore[arg-type]
        for q in truth.quotes
    )
    entities = found.entities or tuple(
        FoundEntity(p.name, "person", p.role, (p.surname,), 1 + truth.text.count(p.surname))
        for p in truth.people
    )
    return ArticleAnalysis(found.summary, quotes, entities, found.events, found.points)


class Renamer:
    """Copy k of a template speaks through other people: same text shape, other names."""

    def __init__(self, people: list[Person]) -> None:
        self.people = people
        self.index = {p.name: i for i, p in enumerate(people)}

    def mapping(self, speakers: tuple[Person, ...], copy: int) -> list[tuple[str, str]]:
        if copy == 0:
            return []
        pairs = []
        for person in speakers:
            other = self.people[(self.index[person.name] + copy * 7919) % len(self.people)]
            pairs += [(person.name, other.name), (person.surname, other.surname)]
        return pairs


def _rename(value: str | None, pairs: list[tuple[str, str]]) -> Any:
    if value is None:
        return None
    for old, new in pairs:
        value = value.replace(old, new)
    return value


@dataclass
class TemplateGroups:
    """Story-level groups found by the real grouping code on the templates alone."""

    point_group: dict[tuple[int, int], int]  # (template, position) -> template group
    event_group: dict[tuple[int, int], int]

    @classmethod
    def of(cls, templates: list[Template]) -> TemplateGroups:
        points = [
            (t, i, p, tpl.source.published)
            for t, tpl in enumerate(templates)
            for i, p in enumerate(tpl.prepared.analysis.points)
        ]
        flat_p = [(t, i) for t, i, _, _ in points]
        inputs = [
            grouping.PointInput(n, t, p.text, p.score, published)
            for n, (t, _, p, published) in enumerate(points)
        ]
        point_group = {
            flat_p[m]: g
            for g, found in enumerate(grouping.group_points(inputs))
            for m in found.member_ids
        }
        flat_e = [
            (t, i, e)
            for t, tpl in enumerate(templates)
            for i, e in enumerate(tpl.prepared.analysis.events)
        ]
        events = [
            grouping.EventInput(n, t, e.text, e.date, e.date_precision)
            for n, (t, _, e) in enumerate(flat_e)
        ]
        event_group = {
            flat_e[m][:2]: g
            for g, found in enumerate(grouping.group_events(events))
            for m in found.member_ids
        }
        return cls(point_group, event_group)


class Builder:
    """Rows for N stored articles, with the story-level tables filled as refresh_story would."""

    def __init__(self, templates: list[Template], people: list[Person]) -> None:
        self.templates = templates
        self.renamer = Renamer(people)
        self.groups = TemplateGroups.of(templates)
        self.ids: dict[str, int] = defaultdict(int)
        self.entities: dict[tuple[str, str], dict[str, Any]] = {}
        self.quote_clusters: dict[tuple[str | None, str], int] = {}
        self.point_groups: dict[tuple[int, int], dict[str, Any]] = {}
        self.event_groups: dict[tuple[int, int], dict[str, Any]] = {}

    def _next(self, table: str) -> int:
        self.ids[table] += 1
        return self.ids[table]

    def article(self, number: int) -> dict[str, list[dict[str, Any]]]:
        """The rows of stored article `number` (id number + 1), keyed by table."""
        copy, index = divmod(number, len(self.templates))
        template = self.templates[index]
        item, source = template.prepared.found, template.source
        bucket = copy // BUCKET
        pairs = self.renamer.mapping(source.people, bucket * BUCKET)
        base = START + dt.timedelta(days=((source.published - START).days + bucket * 53) % DAYS)
        event_shift = base - source.published
        published = base + dt.timedelta(days=copy % BUCKET)
        analysis = _with_truth(template)
        article_id = number + 1
        body = _rename(item.doc.body, pairs)
        rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
        rows["articles"].append(
            {
                "id": article_id,
                "path": f"/bulk/{number:06d}_{source.filename}",
                "content_hash": hashlib.sha256(f"{number}:{source.filename}".encode()).hexdigest(),
                "signature": item.fingerprint,
                "title": fit(_rename(source.title, pairs), TITLE_CHARS),  # as ingest cuts it
                "outlet": OUTLETS[(OUTLETS.index(source.outlet) + copy) % len(OUTLETS)],
                "author": item.doc.author,
                "url": f"https://news.example/{number}",
                "published": published,
                "date_precision": "day",
                "body": body,
                "summary": [_rename(s, pairs) for s in analysis.summary],
                "word_count": len(body.split()),
                "ingested_at": dt.datetime.combine(published, dt.time(6), dt.UTC)
                + dt.timedelta(minutes=number % 600),
            }
        )
        for e in analysis.entities:
            name = _rename(e.name, pairs)
            entity = self.entities.get((name, e.kind))
            if entity is None:
                entity = {
                    "id": len(self.entities) + 1,
                    "name": name,
                    "kind": e.kind,
                    "role": e.role,
                    "aliases": set(),
                    "mentions": 0,
                    "articles": set(),
                }
                self.entities[(name, e.kind)] = entity
            entity["role"] = entity["role"] or e.role
            entity["aliases"].update(_rename(a, pairs) for a in e.aliases)
            entity["mentions"] += e.mentions
            entity["articles"].add(article_id)
            rows["mentions"].append(
                {
                    "id": self._next("mentions"),
                    "article_id": article_id,
                    "entity_id": entity["id"],
                    "name": name,
                    "kind": e.kind,
                    "role": e.role,
                    "aliases": [_rename(a, pairs) for a in e.aliases],
                    "count": e.mentions,
                }
            )
        for i, q in enumerate(analysis.quotes):
            quote_id = self._next("quotes")
            speaker, words = _rename(q.speaker, pairs), _rename(q.text, pairs)
            entity = self.entities.get((speaker, "person")) if speaker else None
            rows["quotes"].append(
                {
                    "id": quote_id,
                    "article_id": article_id,
                    "position": i,
                    "paragraph": q.paragraph,
                    "text": words,
                    "speaker": speaker,
                    "speaker_role": q.speaker_role,
                    "kind": q.kind,
                    "speaker_id": entity["id"] if entity else None,
                    "cluster": self.quote_clusters.setdefault(
                        (speaker, " ".join(words.lower().split())), quote_id
                    ),
                }
            )
        for i, p in enumerate(analysis.points):
            point_id = self._next("points")
            key = (self.groups.point_group[(index, i)], bucket)
            text = _rename(p.text, pairs)
            group = self.point_groups.get(key)
            if group is None:
                group = {
                    "id": len(self.point_groups) + 1,
                    "text": text,
                    "representative_id": point_id,
                    "score": p.score,
                    "articles": set(),
                    "published": published,
                    "first_published": published,
                }
                self.point_groups[key] = group
            group["articles"].add(article_id)
            group["score"] = max(group["score"], p.score)
            group["published"] = max(group["published"], published)
            group["first_published"] = min(group["first_published"], published)
            rows["points"].append(
                {
                    "id": point_id,
                    "article_id": article_id,
                    "position": i,
                    "paragraph": p.paragraph,
                    "text": text,
                    "score": p.score,
                    "cluster": group["id"],
                }
            )
        for i, ev in enumerate(analysis.events):
            event_id = self._next("events")
            date = ev.date + event_shift if ev.date else None
            key = (self.groups.event_group[(index, i)], bucket)
            group = self.event_groups.get(key)
            if group is None:
                group = {
                    "id": len(self.event_groups) + 1,
                    "text": _rename(ev.text, pairs),
                    "representative_id": event_id,
                    "date": date,
                    "date_precision": ev.date_precision,
                    "articles": set(),
                }
                self.event_groups[key] = group
            group["articles"].add(article_id)
            rows["events"].append(
                {
                    "id": event_id,
                    "article_id": article_id,
                    "position": i,
                    "paragraph": ev.paragraph,
                    "text": _rename(ev.text, pairs),
                    "date": date,
                    "date_precision": ev.date_precision,
                    "cluster": group["id"],
                }
            )
        return rows

    def story_rows(self) -> dict[str, list[dict[str, Any]]]:
        """Entities and groups, as refresh_story would store them."""
        entities = [
            {
                "id": e["id"],
                "name": e["name"],
                "kind": e["kind"],
                "role": e["role"],
                "aliases": sorted(e["aliases"] - {e["name"]}),
                "mentions": e["mentions"],
                "article_count": len(e["articles"]),
            }
            for e in self.entities.values()
        ]
        points = [
            {
                "id": g["id"],
                "text": g["text"],
                "representative_id": g["representative_id"],
                "score": round(g["score"] * (1.0 + math.log(len(g["articles"]))), 4),
                "article_count": len(g["articles"]),
                "published": g["published"],
                "first_published": g["first_published"],
            }
            for g in self.point_groups.values()
        ]
        events = [
            {
                "id": g["id"],
                "text": g["text"],
                "representative_id": g["representative_id"],
                "date": g["date"],
                "date_precision": g["date_precision"],
                "article_count": len(g["articles"]),
            }
            for g in self.event_groups.values()
        ]
        names = [
            {"entity_id": e["id"], "key": key[:256]}
            for e in entities
            for key in lookup_keys(
                StoryEntity(e["name"], e["kind"], e["role"], tuple(e["aliases"]), 0, (), ())
            )
        ]
        return {
            "entities": entities,
            "entity_names": names,
            "point_groups": points,
            "event_groups": events,
        }


TABLES = {
    "articles": ArticleRow,
    "entities": Entity,
    "entity_names": EntityName,
    "mentions": Mention,
    "quotes": Quote,
    "point_groups": PointGroup,
    "points": Point,
    "event_groups": EventGroup,
    "events": Event,
}


def bulk_load(
    sessions: sessionmaker[Session], templates: list[Template], count: int, people: list[Person]
) -> dict[str, float]:
    """Store `count` articles built from `templates` with their story-level rows; seconds taken.

    The story-level rows (entities, quote clusters, point and event groups) are computed here in
    one pass, as `refresh_story` defines them for entities and quotes; point and event groups are
    the groups the real grouping code finds among the templates, each copied per bucket of
    copies: ingesting 100,000 files for real would take about an hour per database.
    """
    builder = Builder(templates, people)
    started = time.perf_counter()
    pending: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for number in range(count):
        for table, rows in builder.article(number).items():
            pending[table] += rows
    pending.update(builder.story_rows())
    built = time.perf_counter()
    with unit_of_work(sessions) as session:
        for table, model in TABLES.items():
            rows = pending.get(table, [])
            for start in range(0, len(rows), CHUNK):
                session.execute(insert(model), rows[start : start + CHUNK])
        if session.get_bind().dialect.name == "postgresql":
            for table in TABLES:
                session.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(SELECT coalesce(max(id), 1) FROM {table}))"
                    )
                )
    engine = sessions.kw["bind"]
    # What a server that has run for months has done long ago, done at once: statistics, and the
    # bulk load's pages written out of the log (else the first writes afterwards pay for them).
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
            conn.execute(text("CHECKPOINT"))
    else:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return {"build_s": built - started, "insert_s": time.perf_counter() - built}
