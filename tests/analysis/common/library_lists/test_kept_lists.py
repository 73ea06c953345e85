"""Lists read from an installed package: kept in the user's cache, read again from the package
when it changes."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import pytest

from briefings.analysis.common.library_lists.kept_lists import Lists, lists_kept_for, package_folder

LISTED = {"titles": ["bishop", "novelist"], "suffix_acronyms": ["mbe", "qc"]}
FILES = ("*.py", "config/*.py")
PACKAGE = "nameparser"  # an installed package: its version is part of what the lists come from


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture
def package(tmp_path: Path) -> Path:
    folder = tmp_path / "site" / PACKAGE
    (folder / "config").mkdir(parents=True)
    (folder / "__init__.py").write_text("")
    (folder / "config" / "titles.py").write_text("TITLES = {'bishop'}\n")
    return folder


def _read() -> Lists:
    return {name: list(entries) for name, entries in LISTED.items()}


def _never() -> Lists:
    raise AssertionError("read from the package again although kept")


def _kept(folder: Path, read: object = _read) -> Lists:
    return lists_kept_for(folder, PACKAGE, FILES, read)  # type: ignore[arg-type]


def test_lists_are_kept_and_read_back(cache_home: Path, package: Path) -> None:
    assert _kept(package) == LISTED
    (kept,) = (cache_home / "briefbot").iterdir()
    assert kept.name.startswith(f"{PACKAGE}-lists-")
    assert _kept(package, _never) == LISTED


def test_a_changed_file_reads_them_again(cache_home: Path, package: Path) -> None:
    _kept(package)
    (package / "config" / "titles.py").write_text("TITLES = {'bishop', 'dean'}\n")
    changed = {"titles": ["bishop", "dean"], "suffix_acronyms": []}
    assert _kept(package, lambda: changed) == changed
    assert _kept(package, _never) == changed


def test_a_new_file_reads_them_again(cache_home: Path, package: Path) -> None:
    _kept(package)
    (package / "config" / "suffixes.py").write_text("SUFFIXES = {'qc'}\n")
    assert _kept(package, lambda: {"titles": []}) == {"titles": []}


def test_another_version_of_the_package_reads_them_again(
    cache_home: Path, package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _kept(package)
    monkeypatch.setattr(importlib.metadata, "version", lambda _name: "99.0")
    assert _kept(package, lambda: {"titles": ["dean"]}) == {"titles": ["dean"]}


def test_each_installed_copy_keeps_its_own(cache_home: Path, tmp_path: Path) -> None:
    # several environments on one machine: neither reads the other's lists again and again
    first, second = tmp_path / "one" / PACKAGE, tmp_path / "two" / PACKAGE
    for folder in (first, second):
        (folder / "config").mkdir(parents=True)
    other = {"titles": ["dean"]}
    assert _kept(first) == LISTED
    assert _kept(second, lambda: other) == other
    assert _kept(first, _never) == LISTED
    assert _kept(second, _never) == other


def test_a_damaged_cache_is_made_again(cache_home: Path, package: Path) -> None:
    _kept(package)
    (kept,) = (cache_home / "briefbot").iterdir()
    kept.write_text('{"source": "x"')
    assert _kept(package) == LISTED
    assert _kept(package, _never) == LISTED


def test_a_cache_folder_that_cannot_be_written_is_left_alone(
    tmp_path: Path, package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert _kept(package) == LISTED
    assert _kept(package) == LISTED


def test_a_package_is_found_without_being_imported() -> None:
    folder = package_folder("nameparser")
    assert folder is not None and (folder / "config" / "titles.py").is_file()
    assert package_folder("no_such_package_here") is None
