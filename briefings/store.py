"""Write articles and their analysis to the database, and find what is already stored."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any, NamedTuple, cast

from sqlalchemy import (
    Connection,
    Dialect,
    and_,
    bindparam,
    delete,
    false,
    insert,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler

from briefings.analysis.results import ArticleAnalysis
from briefings.ingest.fingerprint import BANDS, NEAR_DUPLICATE, band_keys, similarity
from briefings.models import (
    Article,
    ArticleBand,
    Base,
    Event,
    Mention,
    Point,
    Quote,
    table_of,
    utcnow,
)
from briefings.refresh.release import release_articles, release_names
from briefings.refresh.writes.rows import insert_rows, inserted


class Stored(NamedTuple):
    """What ingest needs to know of a stored article (never its body)."""

    id: int
    path: str
    content_hash: str


STORED = (Article.id, Article.path, Article.content_hash)


class Known(NamedTuple):
    """What is stored of a file about to be ingested."""

    at_path: Stored | None  # the record at its path
    duplicate: tuple[Stored, str] | None  # another article with the same or a near-identical text


# One statement (one round trip) built once: the record at the path or with the same bytes, and
# the articles sharing a MinHash band with the text. One OR branch per band: SQLite searches the
# (band, key) index for each; a row-value IN made it scan every article.
_LOOKUP = union_all(
    select(*STORED, Article.signature, false().label("near")).where(
        or_(Article.path == bindparam("path"), Article.content_hash == bindparam("digest"))
    ),
    select(*STORED, Article.signature, true().label("near"))
    .join(ArticleBand, ArticleBand.article_id == Article.id)
    .where(
        Article.path != bindparam("path"),
        or_(
            *(
                and_(ArticleBand.band == i, ArticleBand.key == bindparam(f"key{i}"))
                for i in range(BANDS)
            )
        ),
    )
    .distinct(),
)


def lookup(session: Session, path: str, digest: str, fingerprint: bytes) -> Known:
    """The record at `path`, and a stored article other than it with the same bytes (`digest`,
    "exact") or else a near-identical text ("near")."""
    keys = {f"key{i}": k for i, k in enumerate(band_keys(fingerprint))}
    rows = _lookup_rows(session.connection(), {"path": path, "digest": digest, **keys})
    at_path = next((Stored(*r[:3]) for r in rows if not r[4] and r[1] == path), None)
    same = min((r for r in rows if not r[4] and r[1] != path), key=lambda r: r[0], default=None)
    if same is not None:
        return Known(at_path, (Stored(*same[:3]), "exact"))
    best = max((r for r in rows if r[4]), key=lambda r: similarity(r[3], fingerprint), default=None)
    if best is not None and similarity(best[3], fingerprint) >= NEAR_DUPLICATE:
        return Known(at_path, (Stored(*best[:3]), "near"))
    return Known(at_path, None)


def _lookup_rows(connection: Connection, given: dict[str, Any]) -> list[tuple[Any, ...]]:
    """The rows of `_LOOKUP` for the values `given` (id, path, content_hash, signature, near):
    on SQLite its text run by the driver itself (`_driver_lookup`); elsewhere the Core
    statement. Core works out the statement's cache key at each execution, hashing its nested
    tuples, and a result's columns and their conversions (a file's look-up cost about 520,000
    instructions, the query itself under a tenth of them); the same rows, `near` 0 or 1."""
    dialect = connection.dialect
    if dialect.name != "sqlite":
        return [tuple(r) for r in connection.execute(_LOOKUP, given)]
    sql, names, fixed = _driver_lookup(dialect)
    values = {**fixed, **given}
    raw = connection.connection.dbapi_connection
    assert raw is not None  # a session's connection, open
    found: list[tuple[Any, ...]] = raw.execute(sql, [values[n] for n in names]).fetchall()
    return found


@functools.lru_cache(maxsize=4)
def _driver_lookup(dialect: Dialect) -> tuple[str, tuple[str, ...], dict[str, Any]]:
    """`_LOOKUP` compiled once for `dialect` (SQLite's positional parameters): its text, its
    parameters' names in order (one may come twice) and the values it fixes (the band numbers).
    No value of it is converted on the way in (strings and whole numbers)."""
    compiled = cast(SQLCompiler, _LOOKUP.compile(dialect=dialect))
    if compiled._bind_processors:  # never on SQLite: the values would need converting
        raise RuntimeError("the look-up's parameters need converting")
    fixed = {k: v for k, v in compiled.params.items() if v is not None}
    return compiled.string, tuple(compiled.positiontup or ()), fixed


_ARTICLES = table_of(Article)
_INSERT_ARTICLE = insert(_ARTICLES).returning(_ARTICLES.c.id)
_DERIVED = (ArticleBand, Quote, Mention, Event, Point)  # the tables of an article's rows


class NewArticle(NamedTuple):
    """An article to store where no record is at its path, with its analysis."""

    path: str
    digest: str
    fingerprint: bytes
    body: str
    metadata: dict[str, object]
    analysis: ArticleAnalysis


def save_article(
    session: Session,
    *,
    path: str,
    digest: str,
    fingerprint: bytes,
    body: str,
    metadata: dict[str, object],
    analysis: ArticleAnalysis,
    replace: bool = True,
) -> int:
    """Insert the article (replacing any record at the same path, unless `replace` is false:
    there is none) with everything derived from it; its id. Rows go in as one INSERT per table
    (Core statements built once, every row with the same columns), not object by object."""
    old: list[int] = []
    if replace:
        old = list(session.scalars(select(Article.id).where(Article.path == path)))
        release_articles(session, old)  # the story regroups only what the old text touched
        session.execute(delete(Article).where(Article.path == path))
    article = NewArticle(path, digest, fingerprint, body, metadata, analysis)
    article_id: int = session.execute(_INSERT_ARTICLE, _article_row(article)).scalar_one()
    _insert_derived(session, [(article_id, article)])
    if replace and old:
        release_names(session, article_id)  # what its names could join is linked anew with them
    return article_id


def save_new_articles(session: Session, articles: Sequence[NewArticle]) -> list[int]:
    """Insert articles that replace nothing, with everything derived from them, in one INSERT
    per table for all of them (the rows, and so their ids, in the order `save_article` one by
    one would give); their ids, in order."""
    if not articles:
        return []
    rows = [_article_row(a) for a in articles]
    ids_by_path: dict[str, int] = dict(inserted(session, _ARTICLES, rows, ("path", "id")))
    ids = [ids_by_path[a.path] for a in articles]
    _insert_derived(session, list(zip(ids, articles, strict=True)))
    return ids


def _article_row(article: NewArticle) -> dict[str, object]:
    return {
        "path": article.path,
        "content_hash": article.digest,
        "signature": article.fingerprint,
        "body": article.body,
        "summary": list(article.analysis.summary),
        "word_count": len(article.body.split()),
        "ingested_at": utcnow(),  # the column's default, given: every row the same columns
        **article.metadata,
    }


def _insert_derived(session: Session, articles: Sequence[tuple[int, NewArticle]]) -> None:
    """The articles' bands, quotes, mentions, events and points: one INSERT per table."""
    rows: dict[type[Base], list[dict[str, object]]] = {model: [] for model in _DERIVED}
    for article_id, article in articles:
        for model, values in _derived_rows(article_id, article).items():
            rows[model] += values
    for model, values in rows.items():
        insert_rows(session, model, values)


def _derived_rows(
    article_id: int, article: NewArticle
) -> dict[type[Base], list[dict[str, object]]]:
    analysis = article.analysis
    bands = enumerate(band_keys(article.fingerprint))
    return {
        ArticleBand: [{"article_id": article_id, "band": i, "key": k} for i, k in bands],
        Quote: [
            {
                "article_id": article_id,
                "position": i,
                "paragraph": q.paragraph,
                "text": q.text,
                "speaker": q.speaker,
                "speaker_role": q.speaker_role,
                "kind": q.kind,
                "confidence": q.confidence,
                "found_by": q.found_by[:64],
                "told_by": q.told_by[:256] if q.told_by else None,
            }
            for i, q in enumerate(analysis.quotes)
        ],
        Mention: [
            {
                "article_id": article_id,
                "name": e.name,
                "kind": e.kind,
                "role": e.role,
                "aliases": list(e.aliases),
                "count": e.mentions,
            }
            for e in analysis.entities
        ],
        Event: [
            {
                "article_id": article_id,
                "position": i,
                "paragraph": e.paragraph,
                "text": e.text,
                "date": e.date,
                "date_precision": e.date_precision,
            }
            for i, e in enumerate(analysis.events)
        ],
        Point: [
            {
                "article_id": article_id,
                "position": i,
                "paragraph": p.paragraph,
                "text": p.text,
                "score": p.score,
                "support": 1.0,  # the column's default, given: every row the same columns
            }
            for i, p in enumerate(analysis.points)
        ],
    }
