"""`files.target`: a link is followed only within the folder being ingested."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from briefings.ingest.batch import Found
from briefings.ingest.pipeline import _discover, read_article
from briefings.ingest.reading.files import Refused, target


def test_a_link_into_a_sibling_folder_sharing_the_name_s_start_is_refused(tmp_path: Path) -> None:
    """`news-old/x.txt` is not inside `news`, though its path starts with the folder's."""
    folder, sibling = tmp_path / "news", tmp_path / "news-old"
    folder.mkdir()
    sibling.mkdir()
    (sibling / "x.txt").write_text("Elsewhere.\n", encoding="utf-8")
    (folder / "link.txt").symlink_to(sibling / "x.txt")
    with pytest.raises(Refused, match="outside the folder"):
        target(folder / "link.txt", folder)


def test_links_within_the_folder_and_at_the_root_are_followed(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    (folder / "deep").mkdir(parents=True)
    (folder / "deep" / "x.txt").write_text("Inside.\n", encoding="utf-8")
    (folder / "link.txt").symlink_to(folder / "deep" / "x.txt")
    assert target(folder / "link.txt", folder) == (folder / "deep" / "x.txt").resolve()
    assert target(folder / "link.txt", Path("/")) == (folder / "deep" / "x.txt").resolve()
    assert isinstance(target(folder / "link.txt", folder), Path)


@pytest.fixture
def resolved(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every path `os.path.realpath` is asked to resolve while the test runs, in order."""
    paths: list[str] = []
    realpath = os.path.realpath

    def counted(path: Any, **kwargs: Any) -> str:
        paths.append(os.fspath(path))
        return realpath(path, **kwargs)

    monkeypatch.setattr(os.path, "realpath", counted)
    return paths


def test_the_folder_s_real_path_is_resolved_once_for_all_its_files(
    tmp_path: Path, resolved: list[str]
) -> None:
    """A regular file found in the folder is resolved only when read (the real path the read
    resolved is the key it is stored under); the folder it must stay in only once for the run,
    not again for each file."""
    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(4):
        text = f"Headline {n}\n\nThe minister said on Monday that article {n} was new.\n"
        (folder / f"{n}.txt").write_text(text, encoding="utf-8")
    found = [read_article(path, {}, within) for path, problem, within in _discover([folder])]
    assert all(isinstance(f, Found) for f in found) and len(found) == 4
    assert resolved.count(str(folder)) == 1
    assert len(resolved) == 1 + 4
    assert [f.key for f in found if isinstance(f, Found)] == [
        os.path.realpath(folder / f"{n}.txt") for n in range(4)
    ]


def test_links_are_resolved_when_found_and_still_refused_when_they_lead_out(
    tmp_path: Path, resolved: list[str]
) -> None:
    """Discovery resolves only what is no plain file (a link): a link out of the folder is
    skipped when found, as before, and a link within it followed."""
    folder, elsewhere = tmp_path / "news", tmp_path / "elsewhere"
    (folder / "deep").mkdir(parents=True)
    elsewhere.mkdir()
    text = "Headline\n\nThe minister said on Monday that the talks were useful.\n"
    (folder / "deep" / "in.txt").write_text(text, encoding="utf-8")
    (elsewhere / "out.txt").write_text(text, encoding="utf-8")
    (folder / "a-link-in.txt").symlink_to(folder / "deep" / "in.txt")
    (folder / "a-link-out.txt").symlink_to(elsewhere / "out.txt")
    (folder / "a-broken.txt").symlink_to(folder / "gone.txt")
    problems = {path.name: problem for path, problem, _ in _discover([folder])}
    assert problems["in.txt"] is None and problems["a-link-in.txt"] is None
    assert problems["a-link-out.txt"] == (
        "skipped",
        "a link to a file outside the folder: not followed",
    )
    assert problems["a-broken.txt"] == ("failed", "broken link: its target does not exist")
    links = [str(folder / n) for n in ("a-broken.txt", "a-link-in.txt", "a-link-out.txt")]
    assert sorted(r for r in resolved if r != str(folder)) == links  # not the plain file
