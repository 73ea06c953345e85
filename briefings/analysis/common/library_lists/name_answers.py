"""gender-guesser's answer for each name of its dictionary, kept in the user's cache folder."""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

__all__ = ["cache_file", "cache_folder", "cached_answers", "keep_json", "read_kept"]

log = logging.getLogger(__name__)

# Reading the dictionary (4 MB) and asking the detector about each name cost about 0.1 s of CPU
# per process; the answers, read back from the cache, about a tenth of that. The cache is made
# from the installed package at first use (its dictionary is under the GNU FDL: the project
# ships no copy of it) and made again when the package's version or its dictionary file
# changes. No cache folder, or one that cannot be written: the answers are worked out in each
# process, as before (the same answers either way). Each installed copy of the package has a
# cache of its own: several environments on one machine (a checkout's and a worktree's) would
# otherwise make one shared cache again each time the other one runs.

FORMAT: Final = 1  # raised when what is kept changes: a cache of another format is made again
_NAME: Final = "gender-guesser-answers-{}.json"  # named by the dictionary's place (`cache_file`)


def cached_answers(dictionary: Path, build: Callable[[], dict[str, str]]) -> dict[str, str]:
    """Each name of gender-guesser's `dictionary` file with its answer (`build()` works them
    out): read from the cache when it was made from this file by this version, else built and
    kept there for the next process."""
    path = cache_file(dictionary)
    try:
        source = _source(dictionary)
    except OSError:  # the dictionary is missing: `build` says so
        return build()
    if path is not None:
        kept = _read(path, source)
        if kept is not None:
            return kept
    answers = build()
    if path is not None:
        _write(path, source, answers)
    return answers


def cache_file(dictionary: Path) -> Path | None:
    """Where the answers made from `dictionary` are kept: briefbot's folder in the user's cache
    folder (`cache_folder`), in a file named by the dictionary's place; None when there is no
    home folder to find it in."""
    folder = cache_folder()
    if folder is None:
        return None
    place = hashlib.sha256(os.fsencode(dictionary.absolute())).hexdigest()[:16]
    return folder / _NAME.format(place)


def cache_folder() -> Path | None:
    """briefbot's folder in the user's cache folder ($XDG_CACHE_HOME, else ~/.cache); None when
    there is no home folder to find it in."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except (RuntimeError, KeyError):  # no home folder known
            return None
    return Path(base) / "briefbot"


def _source(dictionary: Path) -> str:
    """What the answers were made from: this format, the package's version, and the
    dictionary file's size and time of change (a file edited in place)."""
    version = importlib.metadata.version("gender-guesser")
    info = dictionary.stat()
    return f"{FORMAT} {version} {info.st_size} {info.st_mtime_ns}"


def _read(path: Path, source: str) -> dict[str, str] | None:
    """The answers kept at `path` if they were made from `source`; None otherwise (no cache,
    another source, or a file that cannot be read)."""
    kept = read_kept(path, source)
    if kept is None:
        return None
    answers: dict[str, str] = {}
    try:
        for answer, names in kept["names"].items():  # kept by answer: a tenth the size
            answers.update(dict.fromkeys(names, answer))
    except (KeyError, AttributeError, TypeError):  # not what `_write` writes
        return None
    return answers


def _write(path: Path, source: str, answers: dict[str, str]) -> None:
    """Keep `answers` at `path` (`keep_json`)."""
    names: dict[str, list[str]] = {}
    for name, answer in answers.items():
        names.setdefault(answer, []).append(name)
    keep_json(path, {"source": source, "names": names})


def read_kept(path: Path, source: str) -> dict[str, Any] | None:
    """What `keep_json` kept at `path` when it was made from `source` (its "source" entry);
    None otherwise (no file, another source, or a file that cannot be read)."""
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(kept, dict) or kept.get("source") != source:
        return None
    return kept


def keep_json(path: Path, kept: dict[str, object]) -> None:
    """Keep `kept` as JSON at `path`, whole or not at all (another process may read it
    meanwhile, or write it too); a folder that cannot be written is left alone."""
    text = json.dumps(kept, ensure_ascii=False)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".kept-")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                file.write(text)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError:
        log.debug("could not keep %s", path, exc_info=True)
