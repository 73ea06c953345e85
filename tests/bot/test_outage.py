"""A database outage gets its own sentence, in Discord and in the console, and the bot lives on."""

from __future__ import annotations

import asyncio

import pytest

from bot.console.shell import respond
from bot.interactions.errors import DATABASE_DOWN
from briefings.db import open_database
from briefings.story import Story
from tests.storage.postgres import TemporaryPostgres

EPHEMERAL = 64


@pytest.mark.postgres
async def test_a_stopped_postgres_is_reported_as_such(fake, start_bot):
    try:
        server = TemporaryPostgres()
        url = await asyncio.to_thread(server.start)
    except Exception as exc:  # no server binaries here: the conftest's rule decides
        pytest.skip(f"no PostgreSQL server available: {exc}")
    sessions = open_database(url, connect_args={"connect_timeout": 3})
    running = True
    try:
        story = Story(sessions)
        await start_bot(story)
        body = await fake.response(await fake.slash("sources"))
        assert "None yet." in str(body["data"]["embeds"])
        running = False
        await asyncio.to_thread(server.stop)
        body = await fake.response(await fake.slash("sources"), within=10)
        assert body["data"]["content"] == DATABASE_DOWN
        assert body["data"]["flags"] & EPHEMERAL
        assert await asyncio.to_thread(respond, story, "/sources") == DATABASE_DOWN
    finally:
        sessions.kw["bind"].dispose()
        if running:
            server.stop()


def test_an_unreachable_database_in_the_console(tmp_path):
    sessions = open_database(f"sqlite:///{tmp_path / 'gone.db'}")
    (tmp_path / "gone.db").unlink()
    (tmp_path / "gone.db").mkdir()  # a folder where the file was: SQLite cannot open it
    sessions.kw["bind"].dispose()
    assert respond(Story(sessions), "/sources") == DATABASE_DOWN
