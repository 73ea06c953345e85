"""Which paths may be read as files, and reading them with a bound.

Regular files only, links followed only within their folder, nothing that could block or never
end."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import NamedTuple

from briefings.ingest.errors import ArticleError

__all__ = ["Folder", "Refused", "Within", "read_bounded", "read_real", "real_target", "target"]

_CHUNK = 1 << 20
# O_NONBLOCK: opening a FIFO never waits for a writer; O_NOFOLLOW: the resolved path must not have
# turned into a link since it was checked.
_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
)


class Refused(ArticleError):
    """A path not read on purpose (a device, a FIFO, a link leading out of its folder): skipped."""


class Folder(NamedTuple):
    """A folder being ingested with its real path, resolved once for every file found in it."""

    path: Path
    real: str

    @classmethod
    def of(cls, path: Path) -> Folder:
        return cls(path, os.path.realpath(path))


Within = Path | Folder | None  # the folder a link must not lead out of (None: anywhere)


def target(path: Path, within: Within = None) -> Path:
    """The regular file `path` names, links resolved, checked without opening it.

    Raises ArticleError (failed: a broken or looping link, an unreadable path) or Refused (skipped:
    not a regular file, or a link out of `within`, the folder being ingested)."""
    return Path(real_target(path, within))


def real_target(path: Path, within: Within = None) -> str:
    """`target` as the string `os.path.realpath` gives (no `Path` made of it)."""
    try:
        real = os.path.realpath(path, strict=True)
    except OSError as exc:
        raise ArticleError(_missing(path, exc)) from None
    except (RuntimeError, ValueError) as exc:  # a loop on an older Python; an odd path
        raise ArticleError(f"cannot resolve its path ({exc})") from None
    root = _real(within)
    if root is not None and not _inside(real, root):
        raise Refused("a link to a file outside the folder: not followed")
    try:
        mode = os.stat(real).st_mode
    except OSError as exc:
        raise ArticleError(_missing(path, exc)) from None
    if not stat.S_ISREG(mode):
        raise Refused(f"not a regular file ({_kind(mode)}): not read")
    return real


def _real(within: Within) -> str | None:
    """The real path of the folder `within`, resolved now unless it was already."""
    if isinstance(within, Folder):
        return within.real
    return os.path.realpath(within) if within is not None else None


def _inside(real: str, root: str) -> bool:
    """Whether the resolved path `real` is the resolved folder `root` or inside it (as
    `Path.is_relative_to`, on the strings: both are absolute and normalised by `realpath`)."""
    return real == root or real.startswith(root if root.endswith(os.sep) else root + os.sep)


def read_bounded(path: Path, limit: int, within: Within = None) -> bytes:
    """The bytes of the regular file `path` names, refused when larger than `limit`."""
    return read_real(path, limit, within)[1]


def read_real(path: Path, limit: int, within: Within = None) -> tuple[str, bytes]:
    """`read_bounded`, with the real path of the file read (links resolved, as `Path.resolve`
    gives it for a file that exists): the caller need not resolve the path again."""
    real = real_target(path, within)
    return real, _read_file(real, limit)


def _read_file(real: str, limit: int) -> bytes:
    """The bytes of the regular file at the resolved path `real`, at most `limit` of them."""
    try:
        fd = os.open(real, _FLAGS)
    except PermissionError:
        raise ArticleError("cannot read it: permission denied") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ArticleError("became a link while being read: not followed") from None
        raise ArticleError(f"cannot read it: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise Refused(f"not a regular file ({_kind(info.st_mode)}): not read")
        if info.st_size > limit:
            raise ArticleError(too_large(info.st_size, limit))
        chunks: list[bytes] = []
        size = 0
        while size <= limit:  # the file may grow while it is read: never read past the limit
            chunk = os.read(fd, min(_CHUNK, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise ArticleError(too_large(size, limit))
        return b"".join(chunks)
    except OSError as exc:
        raise ArticleError(f"cannot read it: {exc.strerror or exc}") from None
    finally:
        os.close(fd)


def too_large(size: int, limit: int) -> str:
    return f"too large ({size / 1048576:.1f} MB; the limit is {limit // 1048576} MB)"


def _missing(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "broken link: it leads round in a loop"
    if os.path.islink(path):
        return "broken link: its target does not exist"
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return "no such file or folder"
    if exc.errno == errno.EACCES:
        return "cannot read it: permission denied"
    return f"cannot read it: {exc.strerror or exc}"


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a file"
