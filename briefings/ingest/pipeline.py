"""Ingest files and folders: each article read and analysed, then stored many to a transaction."""

from __future__ import annotations

import logging
import os
import stat
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from briefings.analysis.pipeline import analyse
from briefings.analysis.results import ArticleAnalysis, ArticleText
from briefings.ingest.batch import Batch, Checked, Found
from briefings.ingest.errors import ArticleError
from briefings.ingest.fingerprint import content_hash, signature
from briefings.ingest.heap import rare_full_collections
from briefings.ingest.outcomes import FileOutcome, IngestReport, Status, shown
from briefings.ingest.reading.document import Document, build_document
from briefings.ingest.reading.files import Folder, Refused, Within, real_target
from briefings.ingest.reading.readers import SUPPORTED, read_document
from briefings.ingest.reading.sidecar import SIDECAR_NAMES, Entries, entry_for
from briefings.ingest.workers import one_thread
from briefings.refresh.state import refresh_owed
from briefings.refresh.storyline import Planner

__all__ = [
    "REFRESH_EVERY",
    "FileOutcome",
    "IngestReport",
    "Run",
    "analysed",
    "ingest_paths",
    "read_article",
]

log = logging.getLogger(__name__)

# New articles stored between two refreshes of the story in one long run.
REFRESH_EVERY = 500


def ingest_paths(
    sessions: sessionmaker[Session],
    paths: Iterable[Path | str],
    *,
    on_outcome: Callable[[FileOutcome], None] | None = None,
) -> IngestReport:
    """Ingest every article file in `paths` (files or folders), refreshing the story every
    REFRESH_EVERY new articles and at the end (see `Run`)."""
    with Run(sessions, on_outcome) as run:
        manifests: dict[Path, Entries] = {}
        waiting: list[FileOutcome | Job] = []  # in order: outcomes known, files to read
        for path, problem, within in _discover(paths):
            if problem is not None:
                waiting.append(FileOutcome(shown(path), problem[0], problem[1]))
                continue
            waiting.append((path, _manifest_for(path, manifests, waiting.append), within))
            if len(waiting) >= LOOKED_UP_TOGETHER:
                run.store_in_order(waiting)
                waiting = []
        run.store_in_order(waiting)
        return run.finish()


Job = tuple[Path, dict[str, str], Within]  # a file to read: its path, sidecar entry, folder
# Files read, then looked up in one session (`Batch.check_all`), before the first is analysed:
# a session and the story's written mark per file cost more than the look-up (0.14 ms of CPU a
# new file looked up alone, 0.07 ms eight at a time).
LOOKED_UP_TOGETHER = 8


class Run:
    """The outcomes of one ingest run, and the story refreshed as it goes: with what the new
    articles add every REFRESH_EVERY of them (a long run's answers grow while it works), and
    at the end with whatever the stored articles owe it (`refresh_owed`: in full when a stored
    article changed, and also what an earlier run killed before its refresh left owed).

    Articles are analysed first, then written BATCH to a short transaction (see `Batch`); an
    outcome is reported once what it says is committed, in the order of the files, and a batch
    whose commit fails reports its articles failed. Used as a context manager, a run that stops
    on an error drops the articles it has not stored.

    Numeric code runs on one thread: the analysis' matrices are small, and BLAS threads spinning
    beside it cost more CPU than they save (a third of a one-process ingest's CPU time)."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        on_outcome: Callable[[FileOutcome], None] | None = None,
    ) -> None:
        one_thread()
        self.sessions = sessions
        self.on_outcome = on_outcome
        self.batch = Batch(sessions)
        self.report = IngestReport()
        self.pending: Counter[Status] = Counter()  # outcomes since the last refresh, by status
        self.unsaved: list[FileOutcome | None] = []  # not yet reported; None: waiting in the batch
        self.planner: Planner | None = None  # groups new points and events elsewhere (parallel.py)
        # A CLI run (parallel.py): what each commit and refresh leave alive set aside from the
        # garbage collector (`heap.set_aside_loaded`), as start-up's heap is
        self.set_aside: Callable[[], None] | None = None

    def __enter__(self) -> Run:
        self._collections = rare_full_collections()
        self._collections.__enter__()
        return self

    def __exit__(self, *_exc: object) -> None:
        try:
            self.batch.close()
        finally:
            self._collections.__exit__(None, None, None)

    def add(self, outcome: FileOutcome) -> None:
        """An outcome that stores nothing: reported after the articles before it."""
        self.unsaved.append(outcome)
        if not self.batch.ready:
            self._commit()

    def store(self, found: Found, analysis: Callable[[], ArticleAnalysis | FileOutcome]) -> None:
        """Store the article unless it is unchanged or a duplicate (then it is not analysed)."""
        checked = self.batch.check(found)
        known = checked.outcome
        result = analysis() if known is None else known  # no transaction open meanwhile
        self.keep(found, result, checked)

    def store_in_order(self, items: Sequence[FileOutcome | Job]) -> None:
        """Report or store each in order: an outcome known, or a file read and stored (unless
        unchanged or a duplicate, then not analysed). The files are all read and looked up
        first: a look-up that may no longer hold when the article is written (an article
        stored meanwhile could be its duplicate) is made again by the write (`Batch`)."""
        read = [item if isinstance(item, FileOutcome) else read_article(*item) for item in items]
        checks = iter(self.batch.check_all([r for r in read if not isinstance(r, FileOutcome)]))
        for found in read:
            if isinstance(found, FileOutcome):
                self.add(found)
                continue
            checked = next(checks)
            known = checked.outcome
            result = analysed(found.shown, found.doc) if known is None else known
            self.keep(found, result, checked)

    def keep(
        self, found: Found, result: ArticleAnalysis | FileOutcome, checked: Checked | None = None
    ) -> None:
        """Store an article already checked and analysed (or report why not): the write looks
        it up again, in its transaction, only if `checked` may no longer hold (`Batch`)."""
        if isinstance(result, FileOutcome):
            self.add(result)
            return
        self.batch.add(found, result, checked)
        self.unsaved.append(None)
        soon = self.pending["added"] + len(self.batch.ready) >= REFRESH_EVERY
        if self.batch.full or soon:
            self._commit()

    def owed(self) -> int:
        """New articles stored or waiting to be, that the story has not been refreshed with."""
        return self.pending["added"] + len(self.batch.ready)

    def refresh_early(self) -> None:
        """Store what waits and refresh the story with it now, before REFRESH_EVERY new articles
        (a parallel run does, shortly before its end, while its workers still analyse)."""
        self._commit()
        if self.pending["added"] and not self.pending["updated"]:
            self._refresh(rebuild_now=False)

    def finish(self) -> IngestReport:
        self._commit()
        self._refresh(rebuild_now=True)
        return self.report

    def _commit(self) -> None:
        stored = iter(self.batch.commit())
        self._settled()
        for waiting in self.unsaved:
            outcome = waiting if waiting is not None else next(stored)
            self.report.outcomes.append(outcome)
            self.pending[outcome.status] += 1
            if self.on_outcome is not None:
                self.on_outcome(outcome)
        self.unsaved = []
        if self.pending["added"] >= REFRESH_EVERY and not self.pending["updated"]:
            self._refresh(rebuild_now=False)

    def _refresh(self, *, rebuild_now: bool) -> None:
        """Do what the story is owed; a failure is reported, the articles stay stored and the
        refresh stays owed (the next ingest, the bot at start or `briefbot repair` does it)."""
        try:
            refresh_owed(self.sessions, rebuild_now=rebuild_now, planner=self.planner)
        except Exception as exc:  # the articles are stored; the story keeps its old state
            log.exception("refreshing the story failed")
            self.report.story_error = (
                f"the articles are stored, but the story could not be refreshed: {exc} "
                "(the next ingest or `briefbot repair` finishes it)"
            )
        self.pending.clear()
        self._settled()

    def _settled(self) -> None:
        """In a CLI run, what the work so far left alive (the caches it grew, the outcomes)
        frozen: the young collections then walk only what the articles in progress make, not
        again what every earlier batch left (about 40 collections of 20,000 objects on 1,000
        files, a tenth of a second and more of CPU, now a few)."""
        if self.set_aside is not None:
            self.set_aside()


def read_article(
    path: Path, manifest: dict[str, str], within: Within = None
) -> Found | FileOutcome:
    """The file read and cleaned, with what identifies its content; a failed (or skipped) outcome
    when it cannot be read as an article. `within`: the folder being ingested, which a link in
    it must not lead out of. Whatever goes wrong with one file is that file's outcome. The key
    it is stored under is the real path the read resolved (not resolved a second time)."""
    try:
        raw = read_document(path, within)
        doc = build_document(raw, manifest)
        key = raw.real if raw.real is not None else str(path.resolve())
        return Found(shown(path, key), key, content_hash(doc.data), signature(doc.body), doc)
    except Refused as exc:
        return FileOutcome(shown(path), "skipped", str(exc))
    except ArticleError as exc:
        return FileOutcome(shown(path), "failed", str(exc))
    except RecursionError:
        return FileOutcome(shown(path), "failed", "cannot be read: nested too deeply")
    except Exception as exc:  # a bug or a limit in a reader must not stop the other files
        display = shown(path)
        log.exception("reading %s failed", display)
        return FileOutcome(display, "failed", f"cannot be read ({type(exc).__name__}: {exc})")


def analysed(path: str, doc: Document) -> ArticleAnalysis | FileOutcome:
    """The article's analysis; a failed outcome when an analyser fails (the other files go on)."""
    try:
        analysis = analyse(_article_text(doc))
    except RecursionError:
        log.exception("analysing %s failed", path)
        return FileOutcome(path, "failed", "analysis failed (RecursionError: nested too deeply)")
    except Exception as exc:  # a bug in one analyser must not stop the other files
        log.exception("analysing %s failed", path)
        return FileOutcome(path, "failed", f"analysis failed ({type(exc).__name__}: {exc})")
    doc.warnings.extend(analysis.warnings)  # reported on the file's line
    return analysis


def _article_text(doc: Document) -> ArticleText:
    return ArticleText(
        title=doc.title,
        paragraphs=tuple(doc.paragraphs),
        published=doc.published,
        date_precision=doc.date_precision,  # type: ignore[arg-type]
    )


Discovered = tuple[Path, tuple[Status, str] | None, Within]


def _discover(paths: Iterable[Path | str]) -> Iterator[Discovered]:
    """Every candidate file, in a stable order, with a problem already known about it, and the
    folder it was found in (a link there is followed only within it; a file named on its own is
    read wherever its link leads, but only when it is a regular file)."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path, _problem(path, None), None


def _walk(folder: Path) -> Iterator[Discovered]:
    """The files under `folder`, which links in it must not lead out of (its real path resolved
    once here, not again for each file read)."""
    within = Folder.of(folder)
    errors: list[OSError] = []
    found: list[Discovered] = []
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name in SIDECAR_NAMES:
                continue
            path = Path(root) / name
            if path.suffix.lower() not in SUPPORTED:
                problem: tuple[Status, str] | None = (
                    "skipped",
                    f"not an article file ({path.suffix or 'no extension'})",
                )
            elif _plain_file(path):
                problem = None  # `_problem` would find none: not resolved here (the read does)
            else:
                problem = _problem(path, within)
            found.append((path, problem, within))
    for error in errors:
        found.append(
            (
                Path(error.filename or folder),
                ("failed", f"cannot read folder: {error.strerror}"),
                within,
            )
        )
    yield from sorted(found, key=lambda item: str(item[0]))


def _plain_file(path: Path) -> bool:
    """Whether `path`, found by the walk, is a regular file and no link (one `lstat`): the walk
    enters no linked folder, so such a file is inside the folder being walked, and `_problem`
    would find nothing wrong with it. Reading it checks it again in full (`files.target`)."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except (OSError, ValueError):  # gone since it was listed, or an odd name: `_problem` says
        return False


def _problem(path: Path, within: Within) -> tuple[Status, str] | None:
    """Why `path` will not be read, found without opening it: a device or FIFO, a link out of
    the folder (skipped); a broken or looping link, no such file (failed)."""
    try:
        real_target(path, within)
    except Refused as exc:
        return "skipped", str(exc)
    except ArticleError as exc:
        return "failed", str(exc)
    return None


def _manifest_for(
    path: Path,
    cache: dict[Path, Entries],
    report: Callable[[FileOutcome], None],
) -> dict[str, str]:
    """The sidecar entry of `path` (see `sidecar.entry_for`); a broken sidecar is reported
    once, as a failed file."""
    return entry_for(
        path,
        cache,
        lambda problem: report(FileOutcome(shown(problem.path), "failed", problem.reason)),
    )
