"""Ingest on every core: worker processes read, check and analyse; the calling process writes."""

from __future__ import annotations

import contextlib
import functools
import logging
import multiprocessing
import os
import threading
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing.connection import Connection
from pathlib import Path
from typing import cast

from sqlalchemy.orm import Session, sessionmaker

from briefings.analysis.results import (
    ArticleAnalysis,
)
from briefings.ingest.batch import Batch
from briefings.ingest.heap import collections_paused, set_aside_loaded
from briefings.ingest.outcomes import FileOutcome, IngestReport, shown
from briefings.ingest.pipeline import (
    LOOKED_UP_TOGETHER,
    Job,
    Run,
    _discover,
    _manifest_for,
    analysed,
    read_article,
)
from briefings.ingest.prepared import Prepared
from briefings.ingest.reading.files import Within
from briefings.ingest.reading.sidecar import Entries
from briefings.ingest.workers import (
    checker,
    lookup_sessions,
    start_grouper,
    start_worker,
    warm_up,
)
from briefings.refresh.storyline import GroupPlans, plan_new_groups

try:
    import fcntl
except ImportError:  # pragma: no cover - not on Linux (and no F_SETPIPE_SZ but there)
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

CHUNK = 8  # files a worker is handed at once, at most (see `chunks`)

# The closing refresh (see `_closing_due`): a refresh's time per article over an analysis's on
# one worker (measured: about 3 ms against 11 ms), and the fewest articles worth refreshing early
# (a refresh costs about 0.3 s whatever it covers: fewer, that outweighs the time it saves).
CLOSING_SHARE = 0.3
CLOSING_LEAST = 150

# Bytes the pipe carrying the workers' results holds (Linux; the unprivileged most): a chunk's
# results are about 65 kB, more than a pipe's 64 kB, and a worker handing them over waited,
# its core idle, for the parent to read them (a thread of the parent's, waiting its turn for
# the interpreter while the parent stores or refreshes). Here they wait in the pipe.
RESULT_PIPE = 1 << 20


def prepare(path: Path, manifest: dict[str, str], within: Within = None) -> Prepared | FileOutcome:
    """Everything about one file that needs no write: runs in a worker process. The file is
    looked up first, as one process does, so an unchanged file or a duplicate is not analysed."""
    return prepare_chunk([(path, manifest, within)])[0]


def prepare_chunk(jobs: Sequence[Job]) -> list[Prepared | FileOutcome]:
    """`prepare` for a worker's chunk of files, in their order: all read, then looked up in one
    session (`Batch.check_all`), then each analysed unless found unchanged or a duplicate. What
    goes wrong with one file is that file's outcome; the others go on."""
    read = [read_article(*job) for job in jobs]
    found = [item for item in read if not isinstance(item, FileOutcome)]
    sessions = checker()
    checks = iter(Batch(sessions).check_all(found) if sessions is not None else [])
    prepared: list[Prepared | FileOutcome] = []
    for item in read:
        if isinstance(item, FileOutcome):
            prepared.append(item)
            continue
        checked = next(checks, None)
        if checked is not None and checked.outcome is not None:
            prepared.append(checked.outcome)
            continue
        analysis = analysed(item.shown, item.doc)
        if isinstance(analysis, FileOutcome):
            prepared.append(analysis)
            continue
        item.doc.data = b""  # hashed already: the writer needs the text, not the file's bytes again
        prepared.append(Prepared(item, analysis, checked))
    return prepared


def ingest_parallel(
    sessions: sessionmaker[Session],
    paths: Iterable[Path | str],
    workers: int | None = None,
    *,
    on_outcome: Callable[[FileOutcome], None] | None = None,
) -> IngestReport:
    """Like `ingest_paths`, with reading and analysis spread over `workers` processes (all cores).

    This process stores what the workers hand it while they go on analysing, and refreshes the
    story every REFRESH_EVERY new articles meanwhile, and once more shortly before the end (see
    `_closing_due`): the refresh left for the end, which runs alone, covers only the last few.
    At each incremental refresh a process of its own groups the new points and events while
    this one links and clusters (`Grouper`): the same story, the refreshes at the end shorter."""
    with Run(sessions, on_outcome) as run:
        run.set_aside = set_aside_loaded  # a CLI run: see `Run._settled`
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
        if count <= 1 or len(jobs) < 2:  # one process: exactly `ingest_paths`
            set_aside_loaded()  # what start-up loaded, out of its collections (a CLI run)
            _one_process(run, jobs, order)
            return run.finish()
        url = _shared_url(sessions)
        _warmed_up()  # before the grouper and the workers are forked
        with _grouper(url) as grouper, _pool(count, url) as pool:
            run.planner = grouper.start if grouper is not None else None
            prepared = _prepared(pool, jobs, count)  # workers go on while this stores
            try:
                _store_prepared(run, order, prepared, len(jobs), min(count, len(jobs)))
            except BaseException:
                prepared.close()  # the workers stop after the chunks they have begun
                raise
            return _finished(run, pool)


def _store_prepared(
    run: Run,
    order: list[FileOutcome | None],
    prepared: Iterator[Prepared | FileOutcome],
    left: int,
    workers: int,
) -> None:
    """Report or store each file in order: known outcomes as they come, the others as the
    workers hand them over (`left`: how many they have not handed over yet)."""
    for known in order:
        if known is not None:
            run.add(known)
            continue
        item = next(prepared)
        left -= 1
        if isinstance(item, FileOutcome):
            run.add(item)
        elif item.checked is not None:  # the write looks it up again only if need be
            run.keep(item.found, item.analysis, item.checked)
        else:
            run.store(item.found, functools.partial(_analysis, item))
        if _closing_due(run, left, workers):
            run.refresh_early()


def _finished(run: Run, pool: ProcessPoolExecutor) -> IngestReport:
    """The last refresh, while the workers, every result handed over, exit (shut down on a
    thread of its own; joined before this returns, so no worker outlives the ingest)."""
    closing = threading.Thread(target=pool.shutdown, name="ingest-workers-exit", daemon=True)
    closing.start()
    try:
        return run.finish()
    finally:
        closing.join()


def _closing_due(run: Run, left: int, workers: int) -> bool:
    """Whether to refresh the story now, before the `left` files: once refreshing what it is
    owed would take about as long as the workers need for those files. The refresh then runs
    while they analyse them, and the one at the end covers only those; later, the refresh at
    the end would run alone, the workers done (on 1,000 files, 2.8 s of CPU of the parent's 7.6).
    Counted in files, not timed: a refresh and an analysis are slowed alike on a busy machine."""
    if left <= 0:  # the refresh at the end follows at once
        return False
    owed = run.owed()
    return owed >= CLOSING_LEAST and left <= CLOSING_SHARE * workers * owed


def _analysis(item: Prepared) -> ArticleAnalysis:
    return item.analysis


def _one_process(run: Run, jobs: list[Job], order: list[FileOutcome | None]) -> None:
    pending = iter(jobs)
    items = [known if known is not None else next(pending) for known in order]
    for start in range(0, len(items), LOOKED_UP_TOGETHER):
        run.store_in_order(items[start : start + LOOKED_UP_TOGETHER])


def _shared_url(sessions: sessionmaker[Session]) -> str | None:
    """The database URL a worker can open to look files up; None for one only this process sees."""
    engine = sessions.kw.get("bind")
    if engine is None:
        return None
    url = engine.url
    if url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"):
        return None
    return str(url.render_as_string(hide_password=False))


def _pool(workers: int, url: str | None) -> ProcessPoolExecutor:
    """`workers` processes, forked (after `_warmed_up`) when the first chunk is handed over."""
    parent = os.getpid()  # the workers die with this process, even on SIGKILL
    lookups = None if url is None else _reads(url)
    pool = ProcessPoolExecutor(workers, initializer=start_worker, initargs=(parent, lookups))
    _roomy(pool)
    return pool


def _roomy(pool: ProcessPoolExecutor) -> int | None:
    """The pipe the workers hand their results over made RESULT_PIPE bytes large, so that a
    worker's next chunk does not wait for the parent to read the last one; its size after (None
    where it cannot be set: not Linux, another executor's making, or a limit on pipes reached)."""
    setter = getattr(fcntl, "F_SETPIPE_SZ", None)
    getter = getattr(fcntl, "F_GETPIPE_SZ", None)
    reader = getattr(getattr(pool, "_result_queue", None), "_reader", None)
    if setter is None or getter is None or reader is None:
        return None
    try:
        fcntl.fcntl(reader.fileno(), setter, RESULT_PIPE)
        return int(fcntl.fcntl(reader.fileno(), getter))
    except (OSError, ValueError):  # the pipes' limit, or not a pipe
        return None


def _warmed_up() -> None:
    """What analysis loads on first use loaded here once, shared by the processes forked after
    (the workers, the grouper)."""
    # collections paused: they cost about a tenth of the warm-up, and finding the heap frozen
    # before they resume, the first does not walk what it loaded
    with collections_paused():
        warm_up()  # loaded once here, shared by the forked workers
        set_aside_loaded()  # and left out of their garbage collections, and this process's


def _reads(url: str) -> str | sessionmaker[Session]:
    """How a forked process reads the database at `url`: sessions made here (inherited, not
    pickled, not yet connected), or the URL where processes are not forked."""
    if multiprocessing.get_start_method() == "fork":
        return lookup_sessions(url)
    return url


@contextlib.contextmanager
def _grouper(url: str | None) -> Iterator[Grouper | None]:
    """A process that groups the new points and events of each incremental refresh while this
    one links and clusters (`refresh_story`), at the end above all: the last refreshes, run as
    the workers finish, then take about half as long. None for a database only this process
    sees. Forked before the workers, so that no thread runs in this process yet."""
    if url is None:
        yield None
        return
    grouper = Grouper(_reads(url))
    try:
        yield grouper
    finally:
        grouper.close()


class Grouper:
    """A process that works out `plan_new_groups` when asked, reading what is committed: one
    request at a time, its answer read by the function `start` returns."""

    def __init__(self, lookups: str | sessionmaker[Session]) -> None:
        context = multiprocessing.get_context()
        self.connection, theirs = context.Pipe()
        self.process = context.Process(
            target=serve_plans,
            args=(theirs, os.getpid(), lookups),
            name="ingest-grouper",
            daemon=True,
        )
        self.process.start()
        theirs.close()
        self.asked = 0  # requests whose answer is not read yet (a refresh that failed first)

    def start(self) -> Callable[[], GroupPlans]:
        """Ask for the new groups; a function that waits for them (raises if planning failed)."""
        while self.asked:  # an answer nobody waited for: out of date
            self.asked -= 1
            self.connection.recv()
        self.connection.send(True)
        self.asked += 1
        return self._answer

    def _answer(self) -> GroupPlans:
        self.asked -= 1
        answer = self.connection.recv()
        if isinstance(answer, str):
            raise RuntimeError(f"planning the new groups failed: {answer}")
        return cast(GroupPlans, answer)

    def close(self) -> None:
        """Let the process exit, and wait for it."""
        with contextlib.suppress(OSError):
            self.connection.send(False)
        self.connection.close()
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()


def serve_plans(connection: Connection, parent: int, lookups: str | sessionmaker[Session]) -> None:
    """The grouper process: `plan_new_groups` for each request, in a session of its own, until
    told to stop (or its parent goes). A failure is answered with its text."""
    start_grouper(parent)
    sessions = lookup_sessions(lookups) if isinstance(lookups, str) else lookups
    while True:
        try:
            if not connection.recv():
                return
        except EOFError:
            return
        try:
            with sessions() as session:
                answer: GroupPlans | str = plan_new_groups(session)
        except Exception as exc:
            log.debug("planning the new groups failed", exc_info=True)
            answer = f"{type(exc).__name__}: {exc}"
        connection.send(answer)


def _prepared(
    pool: ProcessPoolExecutor, jobs: list[Job], workers: int
) -> Generator[Prepared | FileOutcome]:
    """Results in the order of `jobs`, computed by the `workers` processes of `pool`, handed
    over a chunk at a time (`chunks`). Leaving early (an error) cancels the chunks not begun."""
    futures = [
        pool.submit(prepare_chunk, jobs[part.start : part.stop])
        for part in chunks(len(jobs), workers)
    ]  # all handed over now: the workers start while this process reports what it knows
    return _in_order(futures)


def _in_order(
    futures: list[Future[list[Prepared | FileOutcome]]],
) -> Generator[Prepared | FileOutcome]:
    try:
        for future in futures:
            yield from future.result()
    finally:  # closed early (an error): the chunks not begun are not analysed
        for future in futures:
            future.cancel()


def chunks(count: int, workers: int) -> list[range]:
    """The `count` jobs cut into chunks for `workers` processes: CHUNK files at a time (fewer
    round trips), smaller once fewer are left than four chunks a worker, down to one file: the
    workers then finish about together, and the files the story's last refreshes wait for come
    back soon after they are analysed, not with up to CHUNK - 1 others."""
    parts: list[range] = []
    start = 0
    while start < count:
        size = max(1, min(CHUNK, (count - start) // (workers * 4)))
        parts.append(range(start, start + size))
        start += size
    return parts
