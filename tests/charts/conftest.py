"""The seed articles in a real SQLite database, shared by the picture tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from briefings.story import Story
from tests.seeded import seeded_story


@pytest.fixture(scope="package")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Story]:
    yield from seeded_story(tmp_path_factory, "charts")


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header, after checking it is a PNG at all."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
