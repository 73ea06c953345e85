"""Ingest on every core: worker processes read, clean and analyse; the calling process writes."""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from briefings.analysis.results import ArticleAnalysis
from briefings.ingest.batch import Found
from briefings.ingest.lifeline import die_with_parent
from briefings.ingest.outcomes import FileOutcome, IngestReport, shown
from briefings.ingest.pipeline import Run, _discover, _manifest_for, analysed, read_article
from briefings.ingest.sidecar import Entries

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Prepared:
    """One file read and analysed in a worker, ready to be stored."""

    found: Found
    analysis: ArticleAnalysis


def prepare(
    path: Path, manifest: dict[str, str], within: Path | None = None
) -> Prepared | FileOutcome:
    """Everything about one file that needs no database: runs in a worker process."""
    found = read_article(path, manifest, within)
    if isinstance(found, FileOutcome):
        return found
    analysis = analysed(found.shown, found.doc)
    if isinstance(analysis, FileOutcome):
        return analysis
    return Prepared(found, analysis)


Job = tuple[Path, dict[str, str], Path | None]


def _prepare_job(job: Job) -> Prepared | FileOutcome:
    return prepare(*job)


def ingest_parallel(
    sessions: sessionmaker[Session],
    paths: Iterable[Path | str],
    workers: int | None = None,
    *,
    on_outcome: Callable[[FileOutcome], None] | None = None,
) -> IngestReport:
    """Like `ingest_paths`, with reading and analysis spread over `workers` processes (all cores)."""
    with Run(sessions, on_outcome) as run:
        manifests: dict[Path, Entries] = {}
        jobs: list[Job] = []
        order: list[FileOutcome | None] = []
        for path, problem, within in _discover(paths):
            if problem is not None:
                order.append(FileOutcome(shown(path), problem[0], problem[1]))
            else:
                jobs.append((path, _manifest_for(path, manifests, run.add), within))
                order.append(None)
        count = workers or os.cpu_count() or 1
        prepared = _prepared(jobs, count)  # the workers go on while this process stores
        for known in order:
            item = known if known is not None else next(prepared)
            if isinstance(item, FileOutcome):
                run.add(item)
            else:  # the same rules as ingest: unchanged and duplicates are not stored
                run.store(item.found, functools.partial(_analysis, item))
        return run.finish()


def _analysis(item: Prepared) -> ArticleAnalysis:
    return item.analysis


def _prepared(jobs: list[Job], workers: int) -> Iterator[Prepared | FileOutcome]:
    """Results in the order of `jobs`, computed `workers` at a time (in this process when 1)."""
    if workers <= 1 or len(jobs) < 2:
        yield from (prepare(*job) for job in jobs)
        return
    parent = os.getpid()  # the workers die with this process, even on SIGKILL
    with ProcessPoolExecutor(workers, initializer=die_with_parent, initargs=(parent,)) as pool:
        yield from pool.map(_prepare_job, jobs, chunksize=4)
