"""What happened to each file of an ingest run, and the run's report."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

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


def shown(path: Path, resolved: Path | str | None = None) -> str:
    """A path as the user sees it: relative to the working folder when inside it. `resolved`:
    `path.resolve()` (or the real path as a string) when the caller has it already."""
    try:
        real = str(resolved if resolved is not None else path.resolve())
        here = os.getcwd()
    except (OSError, RuntimeError, ValueError):  # a looping link, a NUL; no working folder
        return str(path)
    inside = relative_within(real, here)
    return inside if inside is not None else str(path)


def relative_within(real: str, folder: str) -> str | None:
    """The resolved path `real` relative to the resolved folder `folder` (both absolute and
    normalised), as `Path.relative_to` gives it, on the strings; None when outside it."""
    if real == folder:
        return "."
    prefix = folder if folder.endswith(os.sep) else folder + os.sep
    return real[len(prefix) :] if real.startswith(prefix) else None
