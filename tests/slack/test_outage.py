"""A database that stops answering gets its own sentence in Slack too, and the adapter lives on."""

from __future__ import annotations

from pathlib import Path

from briefings.chat.outage import DATABASE_DOWN
from tests.fake_slack.server import ADMIN

from .conftest import StartApp


async def test_an_unreachable_database_is_said_plainly(start_app: StartApp, db_url: str) -> None:
    slack = await start_app()
    assert "None yet." not in str((await slack.command("/sources", ""))["blocks"])
    assert slack.bot.sessions is not None
    make_unopenable(Path(db_url.removeprefix("sqlite:///")))
    slack.bot.sessions.kw["bind"].dispose()
    for command, text, user in (("/sources", "", None), ("/digest", "now", ADMIN)):
        answer = await slack.command(command, text, *([user] if user else []))
        assert answer["text"] == DATABASE_DOWN, command
        assert answer["response_type"] == "ephemeral"


def make_unopenable(path: Path) -> None:
    """A folder where the database file was: SQLite cannot open it."""
    path.unlink()
    path.mkdir()
