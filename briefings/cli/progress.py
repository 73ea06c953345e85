"""Ingest's output: a progress bar with every line above it on a terminal, plain lines in a pipe."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from briefings.ingest.outcomes import FileOutcome

Show = Callable[[FileOutcome], None]


def count_files(paths: Iterable[Path | str]) -> int:
    """How many files ingest will report on (hidden files and manifests are not)."""
    total = 0
    for given in paths:
        path = Path(given)
        if not path.is_dir():
            total += 1
            continue
        for _root, dirs, files in os.walk(path):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            total += sum(1 for f in files if not f.startswith(".") and f != "manifest.json")
    return total


@contextmanager
def reporting(paths: list[str], out: TextIO | None = None) -> Iterator[Show]:
    """A function to call with each outcome: a rich progress bar (count, rate, time left) with
    the lines printed above it when `out` is a terminal, else one plain line per file."""
    out = out or sys.stdout  # looked up now: tests and callers may have replaced it
    if not out.isatty():
        yield lambda outcome: print(outcome.line(), file=out, flush=True)
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    console = Console(file=out, highlight=False, markup=False, emoji=False)
    columns = (
        TextColumn("ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files"),
        TimeElapsedColumn(),
        TextColumn("left"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("ingest", total=count_files(paths))

        def show(outcome: FileOutcome) -> None:
            progress.console.print(outcome.line(), soft_wrap=True)
            progress.advance(task)

        yield show
