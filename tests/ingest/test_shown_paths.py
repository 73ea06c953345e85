"""`outcomes.shown`: a path as the user sees it, relative to the working folder on the strings,
exactly as `Path.relative_to` gives it."""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

import pytest

from briefings.ingest.batch import Found
from briefings.ingest.outcomes import FileOutcome, relative_within, shown
from briefings.ingest.pipeline import read_article


def _relative_to(real: str, folder: str) -> str | None:
    try:
        return str(PurePosixPath(real).relative_to(PurePosixPath(folder)))
    except ValueError:
        return None


@pytest.mark.parametrize(
    ("real", "folder"),
    [
        ("/work/news/a.txt", "/work"),
        ("/work/news/a.txt", "/work/news"),
        ("/work/news", "/work/news"),  # the folder itself: "."
        ("/work/news-old/a.txt", "/work/news"),  # a sibling sharing the name's start: outside
        ("/work/newsa.txt", "/work/news"),
        ("/work", "/work/news"),  # above it
        ("/a.txt", "/"),  # the root as working folder
        ("/", "/"),
        ("/elsewhere/x.txt", "/work"),
    ],
)
def test_relative_within_is_relative_to_on_the_strings(real: str, folder: str) -> None:
    assert os.sep == "/"
    assert relative_within(real, folder) == _relative_to(real, folder)


def test_shown_inside_and_outside_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inside = tmp_path / "here" / "news" / "a.txt"
    inside.parent.mkdir(parents=True)
    inside.write_text("A.\n", encoding="utf-8")
    outside = tmp_path / "there.txt"
    outside.write_text("B.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "here")
    assert shown(inside) == "news/a.txt"
    assert shown(Path("news/a.txt")) == "news/a.txt"
    assert shown(inside, str(inside.resolve())) == "news/a.txt"  # the real path as a string
    assert shown(outside) == str(outside)  # outside: as given
    assert shown(Path("../there.txt")) == "../there.txt"
    assert shown(Path("missing.txt")) == "missing.txt"  # resolved where it would be


def test_an_article_read_through_a_link_is_shown_and_stored_under_its_real_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The key is the real path the read resolved; shown relative to the working folder."""
    folder = tmp_path / "news"
    (folder / "deep").mkdir(parents=True)
    (folder / "deep" / "x.txt").write_text(
        "Headline\n\nThe minister said on Monday that the talks were useful.\n", encoding="utf-8"
    )
    (folder / "link.txt").symlink_to(folder / "deep" / "x.txt")
    monkeypatch.chdir(tmp_path)
    found = read_article(Path("news/link.txt"), {}, folder)
    assert isinstance(found, Found), found
    assert found.key == str((folder / "deep" / "x.txt").resolve())
    assert found.shown == "news/deep/x.txt"
    missing = read_article(Path("news/gone.txt"), {}, folder)
    assert isinstance(missing, FileOutcome)
    assert (missing.path, missing.status) == ("news/gone.txt", "failed")
