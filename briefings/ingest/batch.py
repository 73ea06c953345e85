"""Store articles many to a transaction, each in its own savepoint so one failing article
fails alone."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from briefings.analysis.results import ArticleAnalysis
from briefings.db import begin_writing
from briefings.ingest.document import Document
from briefings.ingest.outcomes import FileOutcome, Status, shown
from briefings.store import lookup, save_article

log = logging.getLogger(__name__)

BATCH = 25  # articles per transaction: a commit each cost about as much as their writes


@dataclass(frozen=True)
class Found:
    """One article file read and cleaned, with what identifies its content."""

    shown: str  # the path as the user gave it
    key: str  # the absolute path it is stored under
    digest: str
    fingerprint: bytes
    doc: Document


class Batch:
    """One open transaction holding up to BATCH articles, each in a savepoint.

    A database error rolls its article back to the savepoint, alone, and ends the batch (if the
    connection was lost, the commit fails and the batch's articles are reported failed; the next
    ones go on in a new transaction). A crash loses at most the uncommitted batch: those files
    are not stored, so the next run ingests them again."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions
        self.session: Session | None = None
        self.size = 0  # articles looked up or written since the last commit
        self.broken = False  # a database error: commit what came before, go on afresh

    @property
    def full(self) -> bool:
        return self.size >= BATCH or self.broken

    def store(
        self, found: Found, analysis: Callable[[], ArticleAnalysis | FileOutcome]
    ) -> FileOutcome:
        """Write the article unless it is unchanged or a duplicate (then it is not analysed)."""
        session = self._open()
        self.size += 1
        try:
            with session.begin_nested():
                known, replacing = already_stored(session, found)
                if known is not None:
                    return known
                result = analysis()
                if isinstance(result, FileOutcome):
                    return result
                outcome = write(session, found, result, replacing=replacing)
        except SQLAlchemyError as exc:
            self.broken = True  # the transaction may be unusable (a lost connection)
            return database_failure(found.shown, exc)
        return outcome

    def commit(self) -> str | None:
        """Commit what the batch wrote; why not when that failed (then none of it is stored)."""
        session, self.session, self.size, self.broken = self.session, None, 0, False
        if session is None:
            return None
        try:
            session.commit()
        except SQLAlchemyError as exc:
            log.exception("committing a batch of articles failed")
            return f"database error, nothing stored ({type(exc).__name__})"
        finally:
            session.close()
        return None

    def close(self) -> None:
        """Roll back what is not committed (the run stopped on an error)."""
        if self.session is not None:
            self.session.close()
        self.session, self.size, self.broken = None, 0, False

    def _open(self) -> Session:
        if self.session is None:
            self.session = self.sessions()
            begin_writing(self.session)
        return self.session


def already_stored(session: Session, found: Found) -> tuple[FileOutcome | None, bool]:
    """The outcome when the file need not be stored (unchanged, or a duplicate of another), and
    whether storing it would replace a record at the same path."""
    existing, match = lookup(session, found.key, found.digest, found.fingerprint)
    warnings = found.doc.warnings
    if existing is not None and existing.content_hash == found.digest:
        return FileOutcome(
            found.shown, "unchanged", warnings=warnings, article_id=existing.id
        ), True
    if match is not None:
        other, how = match
        what = "same text as" if how == "exact" else "near-duplicate of"
        reason = f"{what} {shown(Path(other.path))} (#{other.id}); not stored twice"
        return FileOutcome(found.shown, "duplicate", reason, warnings, other.id), True
    return None, existing is not None


def write(
    session: Session, found: Found, analysis: ArticleAnalysis, *, replacing: bool
) -> FileOutcome:
    """Store the article and its analysis."""
    article_id = save_article(
        session,
        path=found.key,
        digest=found.digest,
        fingerprint=found.fingerprint,
        body=found.doc.body,
        metadata=_metadata(found.doc),
        analysis=analysis,
        replace=replacing,
    )
    status: Status = "updated" if replacing else "added"
    return FileOutcome(found.shown, status, warnings=found.doc.warnings, article_id=article_id)


def database_failure(path: str, exc: SQLAlchemyError) -> FileOutcome:
    log.exception("storing %s failed", path)
    return FileOutcome(path, "failed", f"database error, nothing stored ({type(exc).__name__})")


def _metadata(doc: Document) -> dict[str, object]:
    return {
        "title": doc.title,
        "outlet": doc.outlet,
        "author": doc.author,
        "url": doc.url,
        "published": doc.published,
        "date_precision": doc.date_precision,
        "updated": doc.updated,
        "updated_precision": doc.updated_precision,
    }
