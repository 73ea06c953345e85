"""Store analysed articles many to a short transaction.

The new ones are written together, and again one by one, each in its own savepoint, when that
fails (so one failing article fails alone)."""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from briefings.analysis.results import ArticleAnalysis
from briefings.db import is_busy, retrying
from briefings.ingest.fingerprint import band_keys
from briefings.ingest.outcomes import FileOutcome, Status, shown
from briefings.ingest.reading.document import Document
from briefings.ingest.since import OwnWrites
from briefings.refresh.state import begin_storing, mark_written, written_mark
from briefings.store import NewArticle, lookup, save_article, save_new_articles

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

    def keys(self) -> list[Hashable]:
        """What a stored article is compared on to find this one (`store.lookup`): its path,
        its bytes and its MinHash bands."""
        bands: list[Hashable] = list(enumerate(band_keys(self.fingerprint)))
        return [("path", self.key), ("digest", self.digest), *bands]


@dataclass(frozen=True)
class Checked:
    """What the look-up before the analysis found: the outcome when the file need not be stored
    (unchanged, a duplicate), else whether storing it replaces the record at its path; and the
    story's `written` mark it was made at (None: not known, so the write looks it up again)."""

    outcome: FileOutcome | None
    replacing: bool = False
    mark: int | None = None


class Batch:
    """Up to BATCH articles, analysed already, waiting to be stored in one short transaction.

    Nothing is analysed while the transaction is open, so SQLite's write lock is held only to
    write. A transaction that finds the database busy (another writer holding it) is tried again
    with growing waits (`retrying`), not failed. The new articles are written together (one
    INSERT per table for all, in one savepoint); on a database error that savepoint is undone
    and each article goes in a savepoint of its own: the error fails it alone, what came before
    is committed and the rest go on in a new transaction (if the connection was lost, that
    commit fails and those articles are reported failed). A crash loses at most the articles
    not yet committed: they are not stored, so the next run ingests them again.

    Each file is looked up once, before its analysis (`check`): the write looks it up again only
    when that look-up may no longer hold (`OwnWrites`: another process stored or removed articles
    since, or an article this run stored since could be its duplicate)."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions
        self.ready: list[Ready] = []
        self.since = 0.0  # when the first waiting article was added
        self.own = OwnWrites()

    @property
    def full(self) -> bool:
        waited = time.monotonic() - self.since
        return len(self.ready) >= BATCH or (bool(self.ready) and waited > FLUSH_AFTER)

    def check(self, found: Found) -> Checked:
        """Whether the file need not be stored (unchanged, or a duplicate of a stored article),
        read without the write lock, before it is analysed."""
        try:
            with self.sessions() as session:
                mark = written_mark(session)  # first: a commit after it shows as newer
                return Checked(*already_stored(session, found), mark)
        except SQLAlchemyError:  # the write will find out what is wrong, and report it
            log.debug("looking up %s failed", found.shown, exc_info=True)
            return Checked(None)

    def check_all(self, found: list[Found]) -> list[Checked]:
        """`check` for a few files in one session, the story's written mark read once before
        them (a worker's chunk of files: a session and a mark per file cost more than a look-up)."""
        if not found:
            return []
        try:
            with self.sessions() as session:
                mark = written_mark(session)  # first: a commit after it shows as newer
                return [Checked(*already_stored(session, one), mark) for one in found]
        except SQLAlchemyError:  # the write will find out what is wrong, and report it
            log.debug("looking up %d files failed", len(found), exc_info=True)
            return [Checked(None) for _ in found]

    def add(self, found: Found, analysis: ArticleAnalysis, checked: Checked | None = None) -> None:
        """An article to store; `checked`: its look-up (None: none was made)."""
        if not self.ready:
            self.since = time.monotonic()
        self.ready.append(Ready(found, analysis, checked or Checked(None)))

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
        """Write `ready` in one transaction: together in one savepoint (`_write_together`), or
        when that fails on a database error, one by one, each in a savepoint of its own, up to
        the first that fails (that one failed, and the ones before failed too if their commit
        fails)."""
        with self.sessions() as session:
            begin_storing(session)
            now = written_mark(session)
            try:
                try:
                    with session.begin_nested():
                        outcomes = self._write_together(session, ready, now)
                except SQLAlchemyError as exc:
                    if is_busy(exc):
                        raise  # a deadlock or the like: the whole transaction again
                    log.debug("storing %d articles together failed", len(ready), exc_info=True)
                    outcomes = self._write_each(session, ready, now)
                written = [o for o in outcomes if o.status in ("added", "updated")]
                mark = now
                try:
                    if written:
                        mark = mark_written(session, rebuild=False)  # an update released rows
                    session.commit()
                except SQLAlchemyError as exc:
                    if is_busy(exc):
                        raise
                    log.exception("committing a batch of articles failed")
                    self.own.rolled_back(now)
                    return [_failed(r.found, exc) for r in ready[: len(outcomes)]]
            except BaseException:
                self.own.rolled_back(now)
                raise
            if written:
                self.own.committed(mark)
            else:
                self.own.rolled_back(now)  # nothing of it is stored
        return outcomes

    def _write_together(
        self, session: Session, ready: list[Ready], now: int | None
    ) -> list[FileOutcome]:
        """Every new article of `ready` in one INSERT per table (`save_new_articles`); one that
        replaces a record, or is looked up again, once the articles before it are written."""
        outcomes: list[FileOutcome | None] = []
        new: list[tuple[int, Ready]] = []  # where its outcome goes, the article

        def flush() -> None:
            ids = save_new_articles(session, [_new_article(item) for _, item in new])
            for (at, item), article_id in zip(new, ids, strict=True):
                outcomes[at] = _stored(item.found, "added", article_id)
            new.clear()

        for item in ready:
            now = self._mark(session, now)
            keys = item.found.keys()
            # flush first: a look-up made again sees the articles before it
            known, replacing = self._looked_up(session, item, keys, now, before=flush)
            if known is not None:
                outcomes.append(known)
                continue
            if replacing:
                flush()
                outcomes.append(write(session, item.found, item.analysis, replacing=True))
            else:
                new.append((len(outcomes), item))
                outcomes.append(None)
            self.own.stored(keys)
        flush()
        return [o for o in outcomes if o is not None]

    def _write_each(
        self, session: Session, ready: list[Ready], now: int | None
    ) -> list[FileOutcome]:
        """`ready` one by one, each in its own savepoint, up to the first that fails."""
        outcomes: list[FileOutcome] = []
        for item in ready:
            try:
                now = self._mark(session, now)
                with session.begin_nested():
                    outcomes.append(self._store(session, item, now))
            except SQLAlchemyError as exc:
                if is_busy(exc):
                    raise  # a deadlock or the like: the whole transaction again
                log.exception("storing %s failed", item.found.shown)
                outcomes.append(_failed(item.found, exc))
                break
        return outcomes

    def _store(self, session: Session, item: Ready, now: int | None) -> FileOutcome:
        """Write the article unless it is now unchanged or a duplicate (of one stored since it
        was looked up): looked up again only when its look-up may no longer hold."""
        keys = item.found.keys()
        known, replacing = self._looked_up(session, item, keys, now)
        if known is not None:
            return known
        outcome = write(session, item.found, item.analysis, replacing=replacing)
        self.own.stored(keys)
        return outcome

    def _looked_up(
        self,
        session: Session,
        item: Ready,
        keys: list[Hashable],
        now: int | None,
        before: Callable[[], None] = lambda: None,
    ) -> tuple[FileOutcome | None, bool]:
        """`already_stored` for the article at mark `now`: its look-up before the analysis while
        that still holds, else made again in this transaction (after `before`)."""
        if self.own.holds(keys, item.checked.mark, now):
            return None, item.checked.replacing
        before()
        return already_stored(session, item.found)

    @staticmethod
    def _mark(session: Session, now: int | None) -> int | None:
        """The story's written mark before the next article: read again on PostgreSQL, which
        lets other processes commit while this transaction writes (SQLite's write lock does
        not)."""
        if session.get_bind().dialect.name == "postgresql":
            return written_mark(session)
        return now


@dataclass(frozen=True)
class Ready:
    """One article read and analysed, waiting to be stored."""

    found: Found
    analysis: ArticleAnalysis
    checked: Checked


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


def _new_article(item: Ready) -> NewArticle:
    found = item.found
    doc = found.doc
    return NewArticle(
        found.key, found.digest, found.fingerprint, doc.body, _metadata(doc), item.analysis
    )


def _stored(found: Found, status: Status, article_id: int) -> FileOutcome:
    return FileOutcome(found.shown, status, warnings=found.doc.warnings, article_id=article_id)


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
    return _stored(found, "updated" if replacing else "added", article_id)


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
