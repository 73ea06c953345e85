"""The seed articles in a real SQLite database, shared by the picture tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from briefings.db import open_database
from briefings.ingest import ingest_paths
from briefings.story import Story

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="package")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Story]:
    url = f"sqlite:///{tmp_path_factory.mktemp('charts') / 'briefbot.db'}"
    sessions = open_database(url)
    ingest_paths(sessions, [SEEDS])
    yield Story(sessions)
    sessions.kw["bind"].dispose()


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header, after checking it is a PNG at all."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
