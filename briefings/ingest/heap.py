"""Fewer garbage collections while an ingest runs.

Its caches and rows grow the heap, and each full collection walks all of it (about a tenth of a
one-process ingest's CPU time)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# A full collection after this many middle ones, not Python's 10: cyclic garbage still goes in
# the young collections, what outlives them waits a little longer (the setting is restored).
RARE_FULL = 100
# A young collection after this many new objects, not Python's 700: an article's analysis makes
# and drops thousands, and fewer of them outlive a young collection into the older ones (5,000:
# the full collections of a 1,000-file ingest fell from two to one, about 1.5% of its CPU time).
RARE_YOUNG = 20_000
# A middle collection after this many young ones, not Python's 10: what outlives a young
# collection is mostly the rows and caches an ingest keeps (1,000 real files: 21 middle
# collections took 0.13-0.17 s of CPU, 5 now take under 0.01 s; the young ones 0.19-0.23 s).
RARE_MIDDLE = 50

_lock = threading.Lock()
_running = [0]  # ingests under way in this process (the bot may run a few at once)
_saved: list[tuple[int, int, int]] = []


@contextmanager
def rare_full_collections() -> Iterator[None]:
    """Within: young collections after RARE_YOUNG new objects, full ones RARE_FULL times rarer;
    the old setting is back once the last ingest running in the process leaves."""
    with _lock:
        if _running[0] == 0:
            _saved[:] = [gc.get_threshold()]
            _set_rare()
        _running[0] += 1
    try:
        yield
    finally:
        with _lock:
            _running[0] -= 1
            if _running[0] == 0 and _saved:
                gc.set_threshold(*_saved.pop())


def rare_full_collections_always() -> None:
    """In a worker process, which does nothing but analyse: for its whole life."""
    _set_rare()


@contextmanager
def collections_paused() -> Iterator[None]:
    """Within: no garbage collection (as it was after). For loading what lives as long as the
    process: a collection while it loads finds no garbage in it, and walks all of it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def set_aside_loaded() -> None:
    """Freeze what is alive (the analysis' dictionaries, loaded by the warm-up, and the rest of
    start-up), as the CLI does at its start: it never becomes garbage, and the full collections
    of this process and of the workers forked from it skip it (a tenth of a second each on
    1,000 files). Only in a CLI run (`ingest_parallel`, before forking ingest workers or before
    an ingest in this one process, and again after each commit and refresh: `Run._settled`): a
    bot's transient objects are not frozen. Garbage in a cycle that is frozen is freed only when
    the process ends (a few hundred objects on 1,000 files: freed by reference counting, as
    nearly everything an ingest drops, a frozen object is freed as any other)."""
    gc.freeze()


def _set_rare() -> None:
    """Collections at least as rare as RARE_YOUNG, RARE_MIDDLE and RARE_FULL say."""
    young, middle, full = gc.get_threshold()
    gc.set_threshold(max(young, RARE_YOUNG), max(middle, RARE_MIDDLE), max(full, RARE_FULL))
