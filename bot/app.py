"""The bot: resources made in `setup_hook` and closed in `close`, commands synced at start."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import discord
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from discord import app_commands
from discord.ext import commands

from bot import errors
from bot.cogs import EXTENSIONS
from briefings.config import Settings
from briefings.db import open_database
from briefings.ingest import ingest_paths
from briefings.story import Story

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BotOptions:
    """How patient the bot is; tests shorten these."""

    defer_after: float = 1.0  # seconds an answer may take before the interaction is deferred
    page_timeout: float = 600.0  # seconds Previous/Next keep working
    cooldown_rate: int = 4  # runs of a heavier command ...
    cooldown_per: float = 30.0  # ... per user in this many seconds


@dataclass
class Backend:
    """What the bot reads from, and how to release it."""

    story: Story
    close: Callable[[], None] = field(default=lambda: None)
    refresh: Callable[[], None] | None = (
        None  # ingest new or changed articles, if there is a source
    )


def open_backend(settings: Settings) -> Backend:
    """The story in the database of DATABASE_URL (migrated), refreshed from ARTICLES_DIR."""
    sessions = open_database(settings.database_url)
    engine = sessions.kw["bind"]

    def refresh() -> None:
        report = ingest_paths(sessions, [settings.articles_dir])
        log.info("%s", report.summary())

    return Backend(Story(sessions), engine.dispose, refresh)


class BriefBot(commands.Bot):
    """Slash commands over one story; needs only the default intents."""

    def __init__(
        self,
        settings: Settings,
        *,
        backend: Callable[[Settings], Backend] = open_backend,
        options: BotOptions | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=discord.Intents.default(),
            allowed_mentions=discord.AllowedMentions.none(),
            help_command=None,
            **kwargs,
        )
        self.settings = settings
        self.options = options or BotOptions()
        self._open_backend = backend
        self.backend: Backend | None = None
        self.scheduler: AsyncIOScheduler | None = None
        self.cooldowns: dict[tuple[str, int], app_commands.Cooldown] = {}

    @property
    def story(self) -> Story:
        if self.backend is None:
            raise RuntimeError("the bot has not been set up yet")
        return self.backend.story

    async def setup_hook(self) -> None:
        self.backend = await asyncio.to_thread(self._open_backend, self.settings)
        self.scheduler = AsyncIOScheduler(timezone=dt.UTC)
        if self.backend.refresh is not None:
            # once at start (overdue work done at once), then every INGEST_INTERVAL_MINUTES
            self.scheduler.add_job(
                self._refresh,
                "interval",
                minutes=self.settings.ingest_interval_minutes,
                next_run_time=dt.datetime.now(dt.UTC),
                id="ingest",
                max_instances=1,
                coalesce=True,
            )
        self.scheduler.start()
        self.tree.on_error = errors.on_app_command_error  # type: ignore[method-assign]
        for name in EXTENSIONS:
            await self.load_extension(f"bot.cogs.{name}")
        await self.sync_commands()

    async def _refresh(self) -> None:
        refresh = self.backend.refresh if self.backend else None
        if refresh is None:
            return
        try:
            await asyncio.to_thread(refresh)
        except Exception:
            log.exception("ingest of %s failed", self.settings.articles_dir)

    async def sync_commands(self) -> None:
        """To the test server when DISCORD_GUILD_ID is set (at once), else globally (slower)."""
        guild_id = self.settings.discord_guild_id
        if guild_id:
            guild = discord.Object(id=guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("synced %d commands to server %s", len(synced), guild_id)
        else:
            synced = await self.tree.sync()
            log.info("synced %d commands globally", len(synced))

    async def on_ready(self) -> None:
        log.info("logged in as %s in %d servers", self.user, len(self.guilds))

    async def close(self) -> None:
        await super().close()
        if self.scheduler is not None:
            self.scheduler.shutdown(wait=False)
            self.scheduler = None
        if self.backend is not None:
            backend, self.backend = self.backend, None
            await asyncio.to_thread(backend.close)


NO_TOKEN = "DISCORD_TOKEN is not set: put it in .env (see .env.example and docs/discord.md)."


async def run_bot(settings: Settings) -> None:
    """Run the bot until it is stopped; exits at once with one line when there is no token."""
    if not settings.discord_token:
        raise SystemExit(NO_TOKEN)
    level = logging.getLevelName(settings.log_level)
    if logging.getLogger().handlers:
        logging.getLogger().setLevel(level)
    else:
        discord.utils.setup_logging(level=level)
    async with BriefBot(settings) as bot:
        await bot.start(settings.discord_token)
