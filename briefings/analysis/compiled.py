"""No stale compiled module: a compiled analysis module is imported only while current.

A compiled analysis module (setup.py, mypyc) whose source changed since the build, or whose source
is gone, is never imported; the Python sources are, with a warning."""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

MANIFEST = "_compiled.json"  # written by setup.py's build: each compiled module's source hash
_NATIVE = "_native__mypyc"  # the shared library the compiled modules' stubs load


def compiled_modules(folder: Path, package: str) -> dict[str, Path]:
    """Every compiled module under `folder` (the package `package`) and its file, the shared
    library left out."""
    found = {}
    for path in folder.rglob("*"):
        suffix = next(
            (s for s in importlib.machinery.EXTENSION_SUFFIXES if path.name.endswith(s)), ""
        )
        relative = path.relative_to(folder).as_posix().removesuffix(suffix)
        if suffix and not relative.endswith(_NATIVE):
            found[f"{package}.{relative.replace('/', '.')}"] = path
    return found


def stale(folder: Path, package: str) -> dict[str, Path | None]:
    """The compiled modules that must not be loaded, with the source to load instead (None when
    there is none): all of them when one is stale, since compiled modules call each other
    directly; none when every one was built from its source as it is now."""
    compiled = compiled_modules(folder, package)
    if not compiled:
        return {}
    try:
        built = json.loads((folder / MANIFEST).read_text())
    except (OSError, ValueError):
        built = {}
    sources = {name: _source(path) for name, path in compiled.items()}
    if all(
        source is not None and built.get(name) == _hash(source) for name, source in sources.items()
    ):
        return {}
    return sources


def _source(extension: Path) -> Path | None:
    """The Python source of a compiled module: its file, or the package of the same name its
    code moved into ("bare.py" → "bare/__init__.py"), or None when there is neither."""
    name = extension.name.split(".", 1)[0]
    for source in (extension.with_name(f"{name}.py"), extension.with_name(name) / "__init__.py"):
        if source.is_file():
            return source
    return None


def _hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class _Sources(importlib.abc.MetaPathFinder):
    """Imports each of the named modules from its Python source, or finds it missing."""

    def __init__(self, sources: dict[str, Path | None]):
        self.sources = sources

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in self.sources:
            return None
        source = self.sources[fullname]
        if source is None:  # a compiled module whose source was moved or deleted
            raise ModuleNotFoundError(f"No module named {fullname!r}", name=fullname)
        if source.name == "__init__.py":  # a module that became a package of the same name
            return importlib.util.spec_from_file_location(
                fullname, source, submodule_search_locations=[str(source.parent)]
            )
        return importlib.util.spec_from_file_location(fullname, source)


def guard(folder: Path, package: str) -> bool:
    """Before the package's modules are imported: when a compiled one is stale, import the Python
    sources of them all instead, and warn. True when it did."""
    sources = stale(folder, package)
    if not sources:
        return False
    sys.meta_path.insert(0, _Sources(sources))
    warnings.warn(
        f"the compiled modules of {package} were built from other sources than these "
        f"({len(sources)} modules, among them {min(sources)}): the analysis runs as Python "
        "(slower, the same results); rebuild with `pip install -e .`, or install with "
        "BRIEFBOT_PURE_PYTHON=1 to drop the compiled modules",
        RuntimeWarning,
        stacklevel=2,
    )
    return True
