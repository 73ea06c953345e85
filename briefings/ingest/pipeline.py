"""Ingest files and folders: each article read, analysed and stored in its own transaction."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from briefings.analysis.pipeline import analyse
from briefings.analysis.results import ArticleAnalysis, ArticleText
from briefings.db import unit_of_work
from briefings.ingest.document import Document, build_document
from briefings.ingest.errors import ArticleError
from briefings.ingest.fingerprint import content_hash, signature
from briefings.ingest.manifest import MANIFEST_NAME, load_manifest
from briefings.ingest.readers import SUPPORTED, read_document
from briefings.store import article_at, duplicate_of, save_article
from briefings.storyline import refresh_story

log = logging.getLogger(__name__)

# New articles stored between two refreshes of the story in one long run.
REFRESH_EVERY = 500
Status = Literal["added", "updated", "unchanged", "duplicate", "skipped", "failed"]


@dataclass
class FileOutcome:
    """What happened to one file."""

    path: str
    status: Status
    reason: str = ""
    warnings: list[str] = field(default_factory=list)
    article_id: int | None = None

    def line(self) -> str:
        text = f"{self.status:<9} {self.path}"
        if self.reason:
            text += f": {self.reason}"
        return text + "".join(f"\n          warning: {w}" for w in self.warnings)


@dataclass
class IngestReport:
    outcomes: list[FileOutcome] = field(default_factory=list)
    story_error: str | None = None

    @property
    def failed(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    @property
    def changed(self) -> bool:
        return any(o.status in ("added", "updated") for o in self.outcomes)

    def count(self, status: Status) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    def summary(self) -> str:
        parts = [
            f"{self.count(s)} {s}"
            for s in ("added", "updated", "unchanged", "duplicate", "skipped", "failed")
            if self.count(s)
        ]
        text = "ingest: " + (", ".join(parts) if parts else "no files found")
        return text + (f"\nerror: {self.story_error}" if self.story_error else "")


def ingest_paths(
    sessions: sessionmaker[Session],
    paths: Iterable[Path | str],
    *,
    on_outcome: Callable[[FileOutcome], None] | None = None,
) -> IngestReport:
    """Ingest every article file in `paths` (files or folders), refreshing the story every
    REFRESH_EVERY new articles and at the end (see `Run`)."""
    run = Run(sessions, on_outcome)
    manifests: dict[Path, dict[str, dict[str, str]]] = {}
    for path, problem in _discover(paths):
        if problem is not None:
            run.add(FileOutcome(_display(path), problem[0], problem[1]))
        else:
            run.add(_ingest_file(sessions, path, _manifest_for(path, manifests, run.report)))
    return run.finish()


class Run:
    """The outcomes of one ingest run, and the story refreshed as it goes: with what the new
    articles add every REFRESH_EVERY of them (a long run's answers grow while it works), and
    once at the end, in full when a stored article changed."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        on_outcome: Callable[[FileOutcome], None] | None = None,
    ) -> None:
        self.sessions = sessions
        self.on_outcome = on_outcome
        self.report = IngestReport()
        self.pending = IngestReport()  # outcomes since the last refresh

    def add(self, outcome: FileOutcome) -> None:
        self.report.outcomes.append(outcome)
        self.pending.outcomes.append(outcome)
        if self.on_outcome is not None:
            self.on_outcome(outcome)
        if self.pending.count("added") >= REFRESH_EVERY and not self.pending.count("updated"):
            self._refresh()

    def finish(self) -> IngestReport:
        self._refresh()
        return self.report

    def _refresh(self) -> None:
        refresh(self.sessions, self.pending)
        self.report.story_error = self.pending.story_error or self.report.story_error
        self.pending = IngestReport()


def refresh(sessions: sessionmaker[Session], report: IngestReport) -> None:
    """Refresh the story after the outcomes of `report`, if they stored anything: with what the
    new articles add, or in full when a stored article changed. A failure is reported in
    `report`; the articles stay stored."""
    if not report.changed:
        return
    try:
        with unit_of_work(sessions) as session:
            refresh_story(session, full=report.count("updated") > 0)
    except Exception as exc:  # the articles are stored; the story-wide view keeps its old state
        log.exception("refreshing the story failed")
        report.story_error = f"the articles are stored, but the story could not be refreshed: {exc}"


def _ingest_file(
    sessions: sessionmaker[Session], path: Path, manifest: dict[str, str]
) -> FileOutcome:
    shown = _display(path)
    try:
        doc = build_document(read_document(path), manifest)
    except ArticleError as exc:
        return FileOutcome(shown, "failed", str(exc))
    found = Found(shown, str(path.resolve()), content_hash(doc.data), signature(doc.body), doc)
    try:
        with sessions() as session:
            known, replacing = already_stored(session, found)
        if known is not None:
            return known
        analysis = analysed(shown, doc)
        if isinstance(analysis, FileOutcome):
            return analysis
        return write(sessions, found, analysis, replacing=replacing)
    except SQLAlchemyError as exc:
        return database_failure(shown, exc)


def analysed(shown: str, doc: Document) -> ArticleAnalysis | FileOutcome:
    """The article's analysis; a failed outcome when an analyser fails (the other files go on)."""
    try:
        return analyse(_article_text(doc))
    except Exception as exc:  # a bug in one analyser must not stop the other files
        log.exception("analysing %s failed", shown)
        return FileOutcome(shown, "failed", f"analysis failed ({type(exc).__name__}: {exc})")


@dataclass(frozen=True)
class Found:
    """One article file read and cleaned, with what identifies its content."""

    shown: str  # the path as the user gave it
    key: str  # the absolute path it is stored under
    digest: str
    fingerprint: bytes
    doc: Document


def already_stored(session: Session, found: Found) -> tuple[FileOutcome | None, bool]:
    """The outcome when the file need not be stored (unchanged, or a duplicate of another), and
    whether storing it would replace a record at the same path."""
    existing = article_at(session, found.key)
    warnings = found.doc.warnings
    if existing is not None and existing.content_hash == found.digest:
        return FileOutcome(
            found.shown, "unchanged", warnings=warnings, article_id=existing.id
        ), True
    match = duplicate_of(session, found.digest, found.fingerprint, exclude_path=found.key)
    if match is not None:
        other, how = match
        what = "same text as" if how == "exact" else "near-duplicate of"
        reason = f"{what} {_display(Path(other.path))} (#{other.id}); not stored twice"
        return FileOutcome(found.shown, "duplicate", reason, warnings, other.id), True
    return None, existing is not None


def write(
    sessions: sessionmaker[Session], found: Found, analysis: ArticleAnalysis, *, replacing: bool
) -> FileOutcome:
    """Store the article and its analysis in one transaction."""
    with unit_of_work(sessions) as session:
        article_id = save_article(
            session,
            path=found.key,
            digest=found.digest,
            fingerprint=found.fingerprint,
            body=found.doc.body,
            metadata=_metadata(found.doc),
            analysis=analysis,
        )
    status: Status = "updated" if replacing else "added"
    return FileOutcome(found.shown, status, warnings=found.doc.warnings, article_id=article_id)


def database_failure(shown: str, exc: SQLAlchemyError) -> FileOutcome:
    log.exception("storing %s failed", shown)
    return FileOutcome(shown, "failed", f"database error, nothing stored ({type(exc).__name__})")


def _article_text(doc: Document) -> ArticleText:
    return ArticleText(
        title=doc.title,
        paragraphs=tuple(doc.paragraphs),
        published=doc.published,
        date_precision=doc.date_precision,  # type: ignore[arg-type]
    )


def _metadata(doc: Document) -> dict[str, object]:
    return {
        "title": doc.title,
        "outlet": doc.outlet,
        "author": doc.author,
        "url": doc.url,
        "published": doc.published,
        "date_precision": doc.date_precision,
    }


def _discover(
    paths: Iterable[Path | str],
) -> Iterator[tuple[Path, tuple[Status, str] | None]]:
    """Every candidate file, in a stable order, with a problem already known about it."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            yield path, None
        elif path.is_symlink():
            yield path, ("failed", "broken link: its target does not exist")
        else:
            yield path, ("failed", "no such file or folder")


def _walk(folder: Path) -> Iterator[tuple[Path, tuple[Status, str] | None]]:
    errors: list[OSError] = []
    found: list[tuple[Path, tuple[Status, str] | None]] = []
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name == MANIFEST_NAME:
                continue
            path = Path(root) / name
            if path.suffix.lower() not in SUPPORTED:
                found.append(
                    (path, ("skipped", f"not an article file ({path.suffix or 'no extension'})"))
                )
            elif not path.exists():
                found.append((path, ("failed", "broken link: its target does not exist")))
            else:
                found.append((path, None))
    for error in errors:
        found.append(
            (Path(error.filename or folder), ("failed", f"cannot read folder: {error.strerror}"))
        )
    yield from sorted(found, key=lambda item: str(item[0]))


def _manifest_for(
    path: Path, cache: dict[Path, dict[str, dict[str, str]]], report: IngestReport
) -> dict[str, str]:
    folder = path.parent
    if folder not in cache:
        cache[folder], problem = load_manifest(folder)
        if problem is not None:
            report.outcomes.append(FileOutcome(_display(problem.path), "failed", problem.reason))
    return cache[folder].get(path.name, {})


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
