"""Build hook: the article analysis compiled to C with mypyc when it can be, pure Python otherwise.

pyproject.toml keeps the project's metadata; this file only adds the compiled modules. The
analysis is typed and mypy-clean, which is what mypyc needs: compiled, it costs about a quarter less
CPU (docs/benchmarks-log.md, **The analysis compiled with mypyc**). Without mypyc, without a
working C compiler, with BRIEFBOT_PURE_PYTHON=1, or when compiling fails, the same modules are
installed as Python: the same results, slower. briefings/analysis/compiled.py keeps a compiled
module whose source was edited after the build from being loaded (the Python source is).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import sysconfig
import tempfile
from collections.abc import Collection
from pathlib import Path
from typing import Any

from setuptools import setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent
PACKAGE = "briefings/analysis"
GROUP = "briefings.analysis._native"  # the shared library, inside the package (not top level)
MANIFEST = "_compiled.json"  # each compiled module's source hash, beside the compiled files
# Modules of the analysis left interpreted, and why.
INTERPRETED = {
    # Its dataclasses cross process boundaries pickled (ingest workers); mypyc's frozen
    # dataclasses cannot be unpickled (their __setstate__ assigns to frozen fields).
    "results.py": "pickled",
    # Its groups cross from the grouper process to the parent pickled (parallel ingest): the
    # same, else every 2-worker refresh groups the new points again itself.
    "grouping.py": "pickled",
    # Subclasses gender-guesser's Detector: a compiled subclass of an interpreted class that sets
    # attributes crashes; its look-ups are cached anyway.
    "common/given_names/first_names.py": "subclasses a third-party class",
    # The stale-build guard itself, run before any compiled module is imported.
    "compiled.py": "the guard",
}


def compiled_sources() -> list[str]:
    """The analysis modules to compile, as paths relative to the project root."""
    out = []
    for path in sorted((ROOT / PACKAGE).rglob("*.py")):
        relative = path.relative_to(ROOT / PACKAGE).as_posix()
        if path.name != "__init__.py" and relative not in INTERPRETED:
            out.append(path.relative_to(ROOT).as_posix())
    return out


def _why_pure() -> str | None:
    """Why the analysis cannot be compiled here, or None when it can."""
    if os.environ.get("BRIEFBOT_PURE_PYTHON", "") not in ("", "0"):
        return "BRIEFBOT_PURE_PYTHON is set"
    if sys.implementation.name != "cpython":
        return f"mypyc needs CPython, not {sys.implementation.name}"
    try:
        import mypyc.build  # noqa: F401
    except ImportError:
        return "mypyc (part of mypy) is not installed"
    return _compiler_problem()


def _compiler_problem() -> str | None:
    """None when a C compiler builds against this Python's headers; what failed otherwise."""
    from setuptools._distutils.ccompiler import new_compiler
    from setuptools._distutils.sysconfig import customize_compiler

    compiler: Any = new_compiler()
    customize_compiler(compiler)
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder, "probe.c")
        source.write_text("#include <Python.h>\nint probe(void) { return 0; }\n")
        try:
            compiler.compile(
                [str(source)], output_dir=folder, include_dirs=[sysconfig.get_paths()["include"]]
            )
        except Exception as exc:  # CompileError, or no compiler found at all
            return f"no working C compiler ({type(exc).__name__})"
    return None


def source_hashes() -> dict[str, str]:
    """The manifest: each compiled module's name and the SHA-256 of its source."""
    hashes = {}
    for path in compiled_sources():
        module = path.removesuffix(".py").replace("/", ".")
        hashes[module] = hashlib.sha256((ROOT / path).read_bytes()).hexdigest()
    return hashes


class BuildExt(build_ext):
    """build_ext that writes the manifest of what it compiled beside the compiled modules, and
    leaves the analysis interpreted, with a warning, when compiling fails."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # a compiler error: install the pure Python analysis
            self.warn(f"compiling the analysis failed, it stays pure Python: {exc}")
            self._remove_outputs()
            return
        manifest = json.dumps(_HASHES, indent=1, sort_keys=True)
        folders = [Path(self.build_lib, PACKAGE)]
        if self.inplace:
            folders.append(ROOT / PACKAGE)
            built = {
                ROOT / self.get_ext_filename(self.get_ext_fullname(e.name)) for e in self.extensions
            }
            _remove_compiled_from_checkout(keep=built)  # a module no longer compiled
        for folder in folders:
            folder.mkdir(parents=True, exist_ok=True)
            (folder / MANIFEST).write_text(manifest + "\n")

    def get_outputs(self) -> list[str]:
        return [*super().get_outputs(), str(Path(self.build_lib, PACKAGE, MANIFEST))]

    def _remove_outputs(self) -> None:
        for output in super().get_outputs():
            Path(output).unlink(missing_ok=True)


def _remove_compiled_from_checkout(keep: Collection[Path] = ()) -> None:
    """No compiled module of an earlier build left in the source tree but those in `keep`."""
    for path in (ROOT / PACKAGE).rglob("*"):
        if (path.suffix in (".so", ".pyd") or path.name == MANIFEST) and path not in keep:
            path.unlink()


def extensions() -> list[Any]:
    """mypyc's extension modules, or none when the analysis stays pure."""
    commands = {arg for arg in sys.argv[1:] if arg.isidentifier()}  # not options, not paths
    if commands <= {"egg_info", "dist_info", "sdist"}:  # metadata only: nothing to compile
        return []
    why = _why_pure()
    if why is not None:
        print(f"briefbot: the analysis is installed as pure Python ({why})", file=sys.stderr)
        _remove_compiled_from_checkout()
        return []
    from mypyc.build import mypycify

    _HASHES.update(source_hashes())
    try:
        # Third-party packages are absent from an isolated build: their types are Any here (the
        # compiled code treats their values generically), and the ignores they need are unused.
        modules = mypycify(
            [
                *compiled_sources(),
                "--ignore-missing-imports",
                "--no-warn-unused-ignores",
                "--cache-dir=build/mypyc-cache",  # not the checkout's .mypy_cache
            ],
            group_name=GROUP,
        )
    except (Exception, SystemExit) as exc:  # a type error or a mypyc limit: stay pure
        print(f"briefbot: mypyc failed, the analysis stays pure Python ({exc!r})", file=sys.stderr)
        _remove_compiled_from_checkout()
        return []
    return modules


_HASHES: dict[str, str] = {}  # the manifest of the modules being compiled, filled by extensions()
setup(ext_modules=extensions(), cmdclass={"build_ext": BuildExt})
