"""Lists read from an installed package, kept in the user's cache folder until it changes."""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import os
from collections.abc import Callable
from pathlib import Path
from typing import Final

from briefings.analysis.common.library_lists.name_answers import cache_folder, keep_json, read_kept

__all__ = ["Lists", "kept_lists", "package_folder"]

# Some lists the analysis needs come from a package that costs far more to import, or to read
# them from, than the lists cost to read back: nameparser's titles (its import, about 0.035 s of
# CPU) in every process that ingests. As gender-guesser's answers (`name_answers`), they are
# made from the installed package at first use (the project ships no copy of them) and made
# again when the package's version or one of the files they come from changes. No cache
# folder, or one that cannot be written: they are read from the package in each process, as
# before (the same lists either way).

Lists = dict[str, list[str]]
FORMAT: Final = 1  # raised when what is kept changes: a cache of another format is made again
_NAME: Final = "{}-lists-{}.json"  # named by the package and its folder's place


def kept_lists(package: str, files: tuple[str, ...], read: Callable[[], Lists]) -> Lists:
    """The lists `read()` reads from the installed `package`, read from the user's cache when
    they were made from the package as it is: its version, and the size and time of change of
    each of its `files` (glob patterns in its folder). Read again, and kept, when not."""
    folder = package_folder(package)
    if folder is None:
        return read()  # not installed: `read` says so
    return lists_kept_for(folder, package, files, read)


def lists_kept_for(
    folder: Path, package: str, files: tuple[str, ...], read: Callable[[], Lists]
) -> Lists:
    """`kept_lists` of the package installed in `folder`."""
    cache = cache_folder()
    if cache is None:
        return read()
    try:
        source = _source(folder, package, files)
    except (OSError, importlib.metadata.PackageNotFoundError):
        return read()
    place = hashlib.sha256(os.fsencode(folder.absolute())).hexdigest()[:16]
    path = cache / _NAME.format(package, place)
    kept = _read(path, source)
    if kept is not None:
        return kept
    lists = read()
    keep_json(path, {"source": source, "lists": lists})
    return lists


def package_folder(package: str) -> Path | None:
    """An installed package's folder, found without importing it; None when it is not."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _source(folder: Path, package: str, files: tuple[str, ...]) -> str:
    """What the lists were made from: this format, the package's version, and each file's size
    and time of change (a file edited in place)."""
    stats = []
    for path in sorted({p for pattern in files for p in folder.glob(pattern)}):
        info = path.stat()
        stats.append(f"{path.relative_to(folder).as_posix()}:{info.st_size}:{info.st_mtime_ns}")
    return f"{FORMAT} {importlib.metadata.version(package)} {';'.join(stats)}"


def _read(path: Path, source: str) -> Lists | None:
    """The lists kept at `path` if they were made from `source`; None otherwise (no cache,
    another source, or a file that cannot be read)."""
    kept = read_kept(path, source)
    lists = kept.get("lists") if kept is not None else None
    if not isinstance(lists, dict) or not all(
        isinstance(entries, list) and all(isinstance(e, str) for e in entries)
        for entries in lists.values()
    ):
        return None  # not what `lists_kept_for` writes
    return lists
