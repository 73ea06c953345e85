"""The analysis compiled with mypyc (setup.py): never a stale compiled module, the same results."""

from __future__ import annotations

import hashlib
import importlib
import importlib.machinery
import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import briefings.analysis
from briefings.analysis.compiled import MANIFEST, compiled_modules, stale
from evaluation.gold.seeds import load_seeds

SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]
GUARDED_INIT = """from pathlib import Path
from briefings.analysis.compiled import guard
guard(Path(__file__).parent, __name__)
"""


def _package(root: Path, name: str, built_from: str | None) -> Path:
    """A package whose module `mod` has a "compiled" file (not loadable: any import of it
    fails) built from the source `built_from`, and a source that says "edited"."""
    folder = root / name
    folder.mkdir()
    (folder / "__init__.py").write_text(GUARDED_INIT)
    (folder / "mod.py").write_text('VALUE = "edited"\n')
    (folder / f"mod{SUFFIX}").write_bytes(b"not a shared library")
    if built_from is not None:
        digest = hashlib.sha256(built_from.encode()).hexdigest()
        (folder / MANIFEST).write_text(json.dumps({f"{name}.mod": digest}))
    return folder


@pytest.fixture
def clean_imports(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    monkeypatch.setattr(sys, "modules", dict(sys.modules))
    return tmp_path


def test_a_module_edited_after_the_build_is_imported_from_its_source(clean_imports: Path) -> None:
    _package(clean_imports, "edited_pkg", built_from='VALUE = "built"\n')
    with pytest.warns(RuntimeWarning, match="built from other sources"):
        module = importlib.import_module("edited_pkg.mod")
    assert module.VALUE == "edited"


def test_a_module_built_without_a_manifest_is_not_trusted(clean_imports: Path) -> None:
    _package(clean_imports, "unlisted_pkg", built_from=None)
    with pytest.warns(RuntimeWarning):
        assert importlib.import_module("unlisted_pkg.mod").VALUE == "edited"


def test_a_compiled_module_whose_source_is_gone_is_not_found(clean_imports: Path) -> None:
    folder = _package(clean_imports, "moved_pkg", built_from='VALUE = "edited"\n')
    (folder / "mod.py").unlink()
    with pytest.warns(RuntimeWarning), pytest.raises(ModuleNotFoundError):
        importlib.import_module("moved_pkg.mod")


def test_a_compiled_module_that_became_a_package_imports_the_package(clean_imports: Path) -> None:
    """A module moved into a package of its name ("resolution/bare.py" → "resolution/bare/"),
    with the old build still on disk: the package and its modules import, from their sources."""
    folder = _package(clean_imports, "regrouped_pkg", built_from='VALUE = "edited"\n')
    (folder / "mod.py").unlink()
    (folder / "mod").mkdir()
    (folder / "mod" / "__init__.py").write_text('"""Now a package."""\n')
    (folder / "mod" / "inner.py").write_text('VALUE = "moved"\n')
    with pytest.warns(RuntimeWarning):
        assert importlib.import_module("regrouped_pkg.mod.inner").VALUE == "moved"


def test_a_module_built_from_its_source_as_it_is_stays_compiled(tmp_path: Path) -> None:
    folder = _package(tmp_path, "fresh_pkg", built_from='VALUE = "edited"\n')
    assert compiled_modules(folder, "fresh_pkg") == {"fresh_pkg.mod": folder / f"mod{SUFFIX}"}
    assert stale(folder, "fresh_pkg") == {}
    (folder / "mod.py").write_text('VALUE = "edited again"\n')
    assert stale(folder, "fresh_pkg") == {"fresh_pkg.mod": folder / "mod.py"}


def _all_analysis_modules() -> list[str]:
    return [
        info.name
        for info in pkgutil.walk_packages(briefings.analysis.__path__, "briefings.analysis.")
        if not info.name.endswith("_native__mypyc")
    ]


def test_no_analysis_module_in_use_was_built_from_other_sources() -> None:
    """What the guard keeps: every compiled module loaded matches its source (in a checkout with
    a stale build, the sources are loaded instead)."""
    folder = Path(briefings.analysis.__file__).parent
    manifest = folder / MANIFEST
    built = json.loads(manifest.read_text()) if manifest.exists() else {}
    for name in _all_analysis_modules():
        module = importlib.import_module(name)
        origin = module.__spec__.origin if module.__spec__ else None
        if origin and not origin.endswith(".py"):
            source = folder.joinpath(*name.split(".")[2:]).with_suffix(".py")
            assert built.get(name) == hashlib.sha256(source.read_bytes()).hexdigest(), name


ANALYSE_SEEDS = """
import sys
from briefings.analysis import compiled
if sys.argv[1] == "pure":  # as the guard does for a stale build: every module from its source
    import briefings.analysis as package
    from pathlib import Path
    folder = Path(package.__file__).parent
    sources = {n: compiled._source(p) for n, p in compiled.compiled_modules(folder, package.__name__).items()}
    sys.meta_path.insert(0, compiled._Sources(sources))
from briefings.analysis.pipeline import analyse
import briefings.analysis.pipeline as pipeline
from evaluation.gold.seeds import load_seeds
print(pipeline.__spec__.origin.endswith(".py"))
for name, article in sorted(load_seeds().items()):
    print(name, repr(analyse(article, budget=None)))
"""


def test_where_a_compiled_build_is_required_the_analysis_was_compiled() -> None:
    """CI sets BRIEFBOT_REQUIRE_COMPILED: there, a module mypyc cannot compile (setup.py then
    installs the analysis as pure Python, with only a warning pip --quiet hides) fails here."""
    if os.environ.get("BRIEFBOT_REQUIRE_COMPILED", "") in ("", "0"):
        pytest.skip("a pure Python analysis is allowed here (BRIEFBOT_REQUIRE_COMPILED unset)")
    folder = Path(briefings.analysis.__file__).parent
    assert compiled_modules(folder, "briefings.analysis"), "the analysis was not compiled"
    assert not stale(folder, "briefings.analysis"), "the compiled analysis is stale"


def test_compiled_and_interpreted_analysis_agree_on_the_seeds() -> None:
    folder = Path(briefings.analysis.__file__).parent
    if not compiled_modules(folder, "briefings.analysis") or stale(folder, "briefings.analysis"):
        pytest.skip("the analysis is not compiled here (or its build is stale)")
    root = Path(__file__).resolve().parents[2]
    runs = {
        mode: subprocess.run(
            [sys.executable, "-c", ANALYSE_SEEDS, mode],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.splitlines()
        for mode in ("compiled", "pure")
    }
    assert runs["compiled"][0] == "False" and runs["pure"][0] == "True"  # as asked
    assert len(runs["compiled"]) == 1 + len(load_seeds())
    assert runs["compiled"][1:] == runs["pure"][1:]
