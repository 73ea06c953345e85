"""Store analysed articles many to a short transaction, each in its own savepoint so one
failing article fails alone."""

from __future__ import annotations

import functools
import logging
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from briefings.analysis.results import ArticleAnalysis
from briefings.db import is_busy, retrying
from briefings.ingest.document import Document
from briefings.ingest.outcomes import FileOutcome, Status, shown
from briefings.refresh.state import begin_storing, mark_written
from briefings.store import lookup, save_article

log = logging.getLogger(__name__)

BATCH = 25  # articles per transaction: a commit each cost about as much as their writes
FLUSH_AFTER = 2.0  # seconds an analysed article waits for its batch to fill (slow analyses)


@dataclass(frozen=True)
class Found:
    """One article file read and cleaned, with what identifies its content."""

    shown: str  # the path as the user gave it
    key: str  # the absolute path it is stored under
    digest: str
    fingerprint: bytes
    doc: Document


class Batch:
    """Up to BATCH articles, analysed already, waiting to be stored in one short transaction.

    Nothing is analysed while the transaction is open, so SQLite's write lock is held only to
    write. A transaction that finds the database busy (another writer holding it) is tried again
    with growing waits (`retrying`), not failed. Each article goes in its own savepoint: a
    database error fails it alone, what came before is committed and the rest go on in a new
    transaction (if the connection was lost, that commit fails and those articles are reported
    failed). A crash loses at most the articles not yet committed: they are not stored, so the
    next run ingests them again."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions
        self.ready: list[Ready] = []
        self.since = 0.0  # when the first waiting article was added

    @property
    def full(self) -> bool:
        waited = time.monotonic() - self.since
        return len(self.ready) >= BATCH or (bool(self.ready) and waited > FLUSH_AFTER)

    def check(self, found: Found) -> FileOutcome | None:
        """The outcome when the file need not be stored (unchanged, or a duplicate of a stored
        article), read without the write lock, before it is analysed; None to store it."""
        try:
            with self.sessions() as session:
                return already_stored(session, found)[0]
        except SQLAlchemyError:  # the write will find out what is wrong, and report it
            log.debug("looking up %s failed", found.shown, exc_info=True)
            return None

    def add(self, found: Found, analysis: ArticleAnalysis) -> None:
        if not self.ready:
            self.since = time.monotonic()
        self.ready.append(Ready(found, analysis))

    def commit(self) -> list[FileOutcome]:
        """Store the waiting articles (none of them when one raises something other than a
        database error); their outcomes, in order."""
        ready, self.ready = self.ready, []
        outcomes: list[FileOutcome] = []
        while len(outcomes) < len(ready):
            rest = ready[len(outcomes) :]
            try:
                write = functools.partial(self._write, rest)
                outcomes += retrying(write, "storing a batch of articles")
            except SQLAlchemyError as exc:  # could not even begin (busy past every retry)
                log.exception("storing a batch of articles failed")
                outcomes += [_failed(r.found, exc) for r in rest]
        return outcomes

    def close(self) -> None:
        """Drop the articles not stored (the run stopped on an error)."""
        self.ready = []

    def _write(self, ready: list[Ready]) -> list[FileOutcome]:
        """Write `ready` in one transaction, up to the first that fails on a database error
        (that one failed, and the ones before failed too if their commit fails)."""
        outcomes: list[FileOutcome] = []
        with self.sessions() as session:
            begin_storing(session)
            for item in ready:
                try:
                    with session.begin_nested():
                        outcomes.append(_store(session, item))
                except SQLAlchemyError as exc:
                    if is_busy(exc):
                        raise  # a deadlock or the like: the whole transaction again
                    log.exception("storing %s failed", item.found.shown)
                    outcomes.append(_failed(item.found, exc))
                    break
            written = [o for o in outcomes if o.status in ("added", "updated")]
            try:
                if written:
                    mark_written(session, rebuild=False)  # an update released what it touched
                session.commit()
            except SQLAlchemyError as exc:
                if is_busy(exc):
                    raise
                log.exception("committing a batch of articles failed")
                return [_failed(r.found, exc) for r in ready[: len(outcomes)]]
        return outcomes


@dataclass(frozen=True)
class Ready:
    """One article read and analysed, waiting to be stored."""

    found: Found
    analysis: ArticleAnalysis


def _store(session: Session, item: Ready) -> FileOutcome:
    """Write the article unless it is now unchanged or a duplicate (of one stored meanwhile)."""
    known, replacing = already_stored(session, item.found)
    if known is not None:
        return known
    return write(session, item.found, item.analysis, replacing=replacing)


def _failed(found: Found, exc: SQLAlchemyError) -> FileOutcome:
    reason = f"database error, nothing stored ({type(exc).__name__})"
    return FileOutcome(found.shown, "failed", reason, found.doc.warnings)


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
