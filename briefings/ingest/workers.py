"""The set-up of an ingest worker process.

It is tied to its parent and runs a little behind it, with one thread of numeric code and its own
read-only way into the database."""

from __future__ import annotations

import contextlib
import os

from sqlalchemy.orm import Session, sessionmaker

from briefings.ingest.heap import rare_full_collections_always
from briefings.ingest.lifeline import die_with_parent

THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
WORKER_NICENESS = 5  # added to the workers' niceness: the parent (storing, refreshing) goes first

# In a worker process only: its sessions for looking files up (one per process, made at start).
_lookups: list[sessionmaker[Session]] = []


def start_worker(parent: int, url: str | sessionmaker[Session] | None) -> None:
    """Initializer of a worker: it dies with `parent`, its numeric libraries use one thread (N
    workers on N cores, not N x N threads fighting for them), and it can look files up in the
    database at `url` (None: the parent looks them up), or with sessions made before the fork
    (`lookup_sessions`)."""
    start_grouper(parent)
    yield_to_parent()
    if isinstance(url, str):
        url = lookup_sessions(url)
    _lookups[:] = [] if url is None else [url]


def start_grouper(parent: int) -> None:
    """Set-up of the grouper process (parallel.py), and the first of a worker's: it dies with
    `parent`, one thread of numeric code, rare full collections; at the parent's priority (the
    refresh waits for what it works out)."""
    die_with_parent(parent)
    one_thread()
    rare_full_collections_always()


def lookup_sessions(url: str) -> sessionmaker[Session]:
    """Sessions for a worker's look-ups in the database at `url`. Made in the parent before the
    fork, their engine not yet connected (no connection crosses the fork): a worker making its
    own spent about 20 ms of CPU on it, copying the parent's pages it touched, before its first
    file."""
    from briefings.db import make_engine, session_factory

    return session_factory(make_engine(url))


def yield_to_parent() -> None:
    """Run a little behind the parent: it alone stores and refreshes the story, so when the
    workers and it want more cores than there are, its work goes first and the workers take what
    is left (else it falls behind, and stores and refreshes alone once they are done)."""
    with contextlib.suppress(OSError):  # not allowed here: they run at the parent's priority
        os.nice(WORKER_NICENESS)


def one_thread() -> None:
    """Hold BLAS and OpenMP to one thread: the variables for libraries loaded from now on, and
    threadpoolctl for those already loaded (numpy is, in a process forked from the CLI)."""
    for name in THREAD_VARIABLES:
        os.environ[name] = "1"
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1)


WARM_UP = (
    "“We will keep talking,” said Anna Schmidt, the ambassador to the United Nations, on "
    "Monday in Berlin. Her deputy, Boris Novak, told reporters the talks were “useful”."
)


def warm_up() -> None:
    """Analyse a short text in the parent before the workers are forked: what analysis loads
    on first use (the first-name dictionary, about 1 s) is then loaded once, not in each worker."""
    from briefings.analysis.pipeline import analyse
    from briefings.analysis.results import ArticleText
    from briefings.analysis.speech.words import name_titles

    analyse(ArticleText(title="Warm-up", paragraphs=(WARM_UP,)))
    name_titles()  # nameparser's titles, loaded on first use


def checker() -> sessionmaker[Session] | None:
    """The worker's sessions for looking files up; None outside a worker or without a URL."""
    return _lookups[0] if _lookups else None
