"""Write articles and their analysis to the database, and find what is already stored."""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import and_, delete, insert, or_, select
from sqlalchemy.orm import Session

from briefings.analysis.results import ArticleAnalysis
from briefings.ingest.fingerprint import NEAR_DUPLICATE, band_keys, similarity
from briefings.models import Article, ArticleBand, Base, Event, Mention, Point, Quote


class Stored(NamedTuple):
    """What ingest needs to know of a stored article (never its body)."""

    id: int
    path: str
    content_hash: str


STORED = (Article.id, Article.path, Article.content_hash)


def article_at(session: Session, path: str) -> Stored | None:
    row = session.execute(select(*STORED).where(Article.path == path)).one_or_none()
    return Stored(*row) if row is not None else None


def duplicate_of(
    session: Session, digest: str, fingerprint: bytes, *, exclude_path: str
) -> tuple[Stored, str] | None:
    """A stored article with the same bytes, or a near-identical text; with the kind of match."""
    same = session.execute(
        select(*STORED).where(Article.content_hash == digest, Article.path != exclude_path).limit(1)
    ).first()
    if same is not None:
        return Stored(*same), "exact"
    keys = band_keys(fingerprint)
    candidates = session.execute(
        select(*STORED, Article.signature)
        .join(ArticleBand, ArticleBand.article_id == Article.id)
        .where(
            Article.path != exclude_path,
            # one OR branch per band: SQLite searches the (band, key) index for each; a
            # row-value IN made it scan every article.
            or_(*(and_(ArticleBand.band == i, ArticleBand.key == k) for i, k in enumerate(keys))),
        )
        .distinct()
    ).all()
    best = max(candidates, key=lambda c: similarity(c[3], fingerprint), default=None)
    if best is not None and similarity(best[3], fingerprint) >= NEAR_DUPLICATE:
        return Stored(*best[:3]), "near"
    return None


def save_article(
    session: Session,
    *,
    path: str,
    digest: str,
    fingerprint: bytes,
    body: str,
    metadata: dict[str, object],
    analysis: ArticleAnalysis,
) -> int:
    """Insert the article (replacing any record at the same path) with everything derived from it;
    its id. Rows go in as one multi-row INSERT per table, not object by object."""
    session.execute(delete(Article).where(Article.path == path))
    article_id: int = session.execute(
        insert(Article)
        .values(
            path=path,
            content_hash=digest,
            signature=fingerprint,
            body=body,
            summary=list(analysis.summary),
            word_count=len(body.split()),
            **metadata,
        )
        .returning(Article.id)
    ).scalar_one()
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
            session.execute(insert(model), [{"article_id": article_id, **v} for v in values])
    return article_id
