"""Shared fixtures: a fresh database per test, on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from briefings.db import open_database
from tests.storage.postgres import TemporaryPostgres

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
_counter = itertools.count()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A server URL: TEST_POSTGRES_URL if given, else a throwaway server started here."""
    given = os.environ.get("TEST_POSTGRES_URL")
    if given:
        yield given
        return
    try:
        server = TemporaryPostgres()
        url = server.start()
    except Exception as exc:
        if os.environ.get("BRIEFBOT_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PostgreSQL is required here but could not start: {exc}")
        pytest.skip(f"no PostgreSQL server available: {exc}")
    try:
        yield url
    finally:
        server.stop()


def _fresh_postgres_database(server_url: str) -> str:
    name = f"briefbot_test_{os.getpid()}_{next(_counter)}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database on each backend in turn."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'briefbot.db'}"
    return _fresh_postgres_database(request.getfixturevalue("postgres_server"))


@pytest.fixture
def sessions(database_url: str) -> Iterator[sessionmaker[Session]]:
    factory = open_database(database_url)
    yield factory
    factory.kw["bind"].dispose()


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    """The seed folder copied, so a test may edit files without touching the repository."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target
