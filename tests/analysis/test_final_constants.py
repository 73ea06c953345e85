"""The compiled analysis' module-level constants are declared Final: mypyc then keeps each in a C
static, read directly, where any other module-level name is looked up in the module's dictionary
at every use (about 1.3 million look-ups per 150 articles, a hot path's constants among them)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ANALYSIS = Path(__file__).resolve().parents[2] / "briefings" / "analysis"
INTERPRETED = {
    "results.py",
    "grouping.py",
    "common/given_names/first_names.py",
    "compiled.py",
}  # setup.py
CONSTANT = re.compile(r"^_?[A-Z][A-Z0-9_]*$")
NOT_CONSTANTS = {"TypeVar", "NewType", "NamedTuple", "TypedDict"}
# Constants that tests replace with monkeypatch, which compiled code reading a C static would not
# see: left plain module names (a look-up each use, as before).
PATCHED_BY_TESTS = {
    "similarity.py": {"LONG_SPAN_WEEKS", "COMPARED_NEAR"},
    "people/roles/tokens.py": {"_READS"},
    "common/names.py": {"_POSSESSIVE", "_LEADING_THE", "_DASHES", "_DOTS_AND_APOSTROPHES"},
    "candidates.py": {"_REPORTING"},
    "speech/name_index.py": {"_KNIGHTED"},
    "dates/relative.py": {"RULES"},
}


def _compiled_modules() -> list[Path]:
    return [
        path
        for path in sorted(ANALYSIS.rglob("*.py"))
        if path.name != "__init__.py" and path.relative_to(ANALYSIS).as_posix() not in INTERPRETED
    ]


def _bound_once(tree: ast.Module) -> set[str]:
    """Names bound exactly once at module level, never declared `global`."""
    counts: dict[str, int] = {}
    declared = {n for node in ast.walk(tree) if isinstance(node, ast.Global) for n in node.names}
    for node in tree.body:
        for sub in ast.walk(node) if not isinstance(node, ast.FunctionDef | ast.ClassDef) else ():
            targets = sub.targets if isinstance(sub, ast.Assign) else []
            if isinstance(sub, ast.AnnAssign | ast.AugAssign):
                targets = [sub.target]
            for target in targets:
                for name in ast.walk(target):
                    if isinstance(name, ast.Name):
                        counts[name.id] = counts.get(name.id, 0) + 1
    return {name for name, count in counts.items() if count == 1 and name not in declared}


def _unfinal_constants(path: Path) -> list[str]:
    tree = ast.parse(path.read_text())
    once = _bound_once(tree)
    found = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, annotation = node.targets[0], None
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, annotation = node.target, ast.unparse(node.annotation)
        else:
            continue
        if not isinstance(target, ast.Name) or not CONSTANT.match(target.id):
            continue
        value = node.value
        if isinstance(value, ast.Call) and getattr(value.func, "id", None) in NOT_CONSTANTS:
            continue
        if target.id in once and not (
            annotation and ("Final" in annotation or "ClassVar" in annotation)
        ):
            found.append(target.id)
    return found


@pytest.mark.parametrize(
    "path", _compiled_modules(), ids=lambda p: p.relative_to(ANALYSIS).as_posix()
)
def test_module_constants_are_final(path: Path) -> None:
    patched = PATCHED_BY_TESTS.get(path.relative_to(ANALYSIS).as_posix(), set())
    assert sorted(set(_unfinal_constants(path)) - patched) == []
