"""`files.target`: a link is followed only within the folder being ingested."""

from __future__ import annotations

from pathlib import Path

import pytest

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
