"""Write articles and their analysis to the database, and find what is already stored."""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import (
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

from briefings.analysis.results import ArticleAnalysis
from briefings.ingest.fingerprint import BANDS, NEAR_DUPLICATE, band_keys, similarity
from briefings.models import Article, ArticleBand, Base, Event, Mention, Point, Quote, table_of
from briefings.refresh.release import release_articles, release_names


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
    rows = session.connection().execute(_LOOKUP, {"path": path, "digest": digest, **keys}).all()
    at_path = next((Stored(*r[:3]) for r in rows if not r.near and r.path == path), None)
    same = min((r for r in rows if not r.near and r.path != path), key=lambda r: r.id, default=None)
    if same is not None:
        return Known(at_path, (Stored(*same[:3]), "exact"))
    best = max(
        (r for r in rows if r.near), key=lambda r: similarity(r[3], fingerprint), default=None
    )
    if best is not None and similarity(best[3], fingerprint) >= NEAR_DUPLICATE:
        return Known(at_path, (Stored(*best[:3]), "near"))
    return Known(at_path, None)


_INSERT_ARTICLE = insert(table_of(Article)).returning(table_of(Article).c.id)


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
    article = {
        "path": path,
        "content_hash": digest,
        "signature": fingerprint,
        "body": body,
        "summary": list(analysis.summary),
        "word_count": len(body.split()),
        **metadata,
    }
    article_id: int = session.execute(_INSERT_ARTICLE, article).scalar_one()
    rows: dict[type[Base], list[dict[str, object]]] = {
        ArticleBand: [{"band": i, "key": k} for i, k in enumerate(band_keys(fingerprint))],
        Quote: [
            {
                "position": i,
                "paragraph": q.paragraph,
                "text": q.text,
                "speaker": q.speaker,
                "speaker_role": q.speaker_role,
                "kind": q.kind,
                "confidence": q.confidence,
                "found_by": q.found_by[:64],
            }
            for i, q in enumerate(analysis.quotes)
        ],
        Mention: [
            {
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
                "position": i,
                "paragraph": e.paragraph,
                "text": e.text,
                "date": e.date,
                "date_precision": e.date_precision,
            }
            for i, e in enumerate(analysis.events)
        ],
        Point: [
            {"position": i, "paragraph": p.paragraph, "text": p.text, "score": p.score}
            for i, p in enumerate(analysis.points)
        ],
    }
    for model, values in rows.items():
        if values:
            session.execute(
                insert(table_of(model)), [{"article_id": article_id, **v} for v in values]
            )
    if replace and old:
        release_names(session, article_id)  # what its names could join is linked anew with them
    return article_id
