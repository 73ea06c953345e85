"""Fixtures: the fake Discord on 127.0.0.1 and the unmodified bot connected to it."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest

from bot.app import Backend, BotOptions, BriefBot, open_backend
from briefings.config import Secret, Settings
from briefings.story import Story
from tests.fake_discord import TOKEN, FakeDiscord
from tests.fake_discord.serving import serving

StartBot = Callable[..., Awaitable[BriefBot]]


@pytest.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    async with serving(FakeDiscord(), monkeypatch) as server:
        yield server


@pytest.fixture
async def start_bot(fake: FakeDiscord) -> AsyncIterator[StartBot]:
    running: list[tuple[BriefBot, asyncio.Task[None]]] = []

    async def start(
        story: Story | None = None,
        *,
        guild: bool = True,
        settings: dict[str, Any] | None = None,
        **options: Any,
    ) -> BriefBot:
        """The bot on `story`; without one, on the database and articles `settings` name."""
        bot = BriefBot(
            Settings(
                discord_token=Secret(TOKEN),
                discord_guild_id=int(fake.guild_id) if guild else None,
                **(settings or {}),
            ),
            backend=open_backend if story is None else lambda _: Backend(story),
            options=BotOptions(**{"defer_after": 1.0, **options}),
            guild_ready_timeout=0.01,
        )
        task = asyncio.create_task(bot.start(TOKEN))
        running.append((bot, task))
        ready = asyncio.create_task(bot.wait_until_ready())
        await asyncio.wait({task, ready}, timeout=10, return_when=asyncio.FIRST_COMPLETED)
        if task.done():
            task.result()  # raises what went wrong
        assert bot.is_ready(), "the bot did not get ready"
        return bot

    yield start
    for bot, task in running:
        await bot.close()
        await asyncio.wait({task}, timeout=5)
    gc.unfreeze()  # the bot froze the test process's objects at start-up (bot/runtime.py)
