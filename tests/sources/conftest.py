"""Fixtures of the story and source tests: the local news site, the fake Discord, the bot."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.app import Backend, BotOptions, BriefBot
from briefings.config import Secret, Settings
from briefings.story import Story
from tests.fake_discord import TOKEN
from tests.fake_discord.serving import connected, serving
from tests.sources.discord_fake import GroupFake
from tests.sources.server import Site, ThreadedSite


@pytest.fixture
def site() -> Iterator[Site]:
    with ThreadedSite() as served:
        yield served


@pytest.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[GroupFake]:
    async with serving(GroupFake(), monkeypatch) as server:
        server.managers.add("alice")
        yield server


@pytest.fixture
async def bot(
    fake: GroupFake, sessions: sessionmaker[Session], database_url: str
) -> AsyncIterator[BriefBot]:
    made = BriefBot(
        Settings(
            discord_token=Secret(TOKEN),
            discord_guild_id=int(fake.guild_id),
            database_url=database_url,
            fetch_allow_private=True,  # the test site is on 127.0.0.1
            fetch_poll_seconds=3600,
        ),
        backend=lambda _: Backend(Story(sessions), sessions=sessions),
        options=BotOptions(),
        guild_ready_timeout=0.01,
    )
    async with connected(made):
        yield made
