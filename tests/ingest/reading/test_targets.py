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


def test_the_folder_s_real_path_is_resolved_once_for_all_its_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each file is resolved when found and when read (and once for the path it is stored under);
    the folder it must stay in only once for the run, not again for each file."""
    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(4):
        text = f"Headline {n}\n\nThe minister said on Monday that article {n} was new.\n"
        (folder / f"{n}.txt").write_text(text, encoding="utf-8")
    resolved: list[str] = []
    realpath = os.path.realpath

    def counted(path: Any, **kwargs: Any) -> str:
        resolved.append(os.fspath(path))
        return realpath(path, **kwargs)

    monkeypatch.setattr(os.path, "realpath", counted)
    found = [read_article(path, {}, within) for path, problem, within in _discover([folder])]
    assert all(isinstance(f, Found) for f in found) and len(found) == 4
    assert resolved.count(str(folder)) == 1
    assert len(resolved) == 1 + 3 * 4
