"""The seed articles ingested into a SQLite database of their own, read as the real Story."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from briefings.db import open_database
from briefings.ingest import ingest_paths
from briefings.story import Story
from tests.conftest import SEEDS

__all__ = ["seeded_story"]


def seeded_story(tmp_path_factory: pytest.TempPathFactory, folder: str) -> Iterator[Story]:
    """The story of the seeds in a new database under a temporary `folder` (a fixture's body:
    the database is closed when the fixture ends)."""
    sessions = open_database(f"sqlite:///{tmp_path_factory.mktemp(folder) / 'briefbot.db'}")
    ingest_paths(sessions, [SEEDS])
    yield Story(sessions)
    sessions.kw["bind"].dispose()
