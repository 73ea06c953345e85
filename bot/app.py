"""The bot: resources made in `setup_hook` and closed in `close`, commands synced at start."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import discord
from discord.ext import commands
from sqlalchemy.orm import Session, sessionmaker

from bot.cogs import EXTENSIONS
from bot.digest.scheduler import DigestScheduler
from bot.digest.setup import start_digests
from bot.interactions import errors
from bot.runtime import settle_heap
from briefings.charts import ChartCache
from briefings.chat.child_ingest import ingest_in_child
from briefings.chat.cooldowns import Cooldowns
from briefings.config import Settings
from briefings.db import open_database
from briefings.digests.service import Clock, utc_now
from briefings.refresh.state import refresh_owed
from briefings.story import Story

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BotOptions:
    """How patient the bot is; tests shorten these."""

    defer_after: float = 1.0  # seconds an answer may take before the interaction is deferred
    page_timeout: float = 600.0  # seconds Previous/Next keep working
    picture_wait: float = 1.0  # seconds the text waits for its picture, else it is edited in
    # (with defer_after, under the 3 s Discord gives a first answer)
    picture_timeout: float = 30.0  # seconds after which a picture not yet drawn is given up
    cooldown_rate: int = 4  # runs of a heavier command ...
    cooldown_per: float = 30.0  # ... per user in this many seconds
    clock: Clock = utc_now  # the digest scheduler's idea of now


@dataclass
class Backend:
    """What the bot reads from, and how to release it."""

    story: Story
    close: Callable[[], None] = field(default=lambda: None)
    refresh: Callable[[], None] | None = None  # ingest new or changed articles, if any source
    sessions: sessionmaker[Session] | None = None  # the database digests are kept in, if any


def open_backend(settings: Settings) -> Backend:
    """The story in the database of DATABASE_URL (migrated, any story refresh left owed done),
    refreshed from ARTICLES_DIR. Runs in a thread: nothing here blocks the event loop."""
    sessions = open_database(settings.database_url)
    engine = sessions.kw["bind"]
    try:  # a refresh an ingest killed mid-way left owed: answers are whole from the start
        healed = refresh_owed(sessions)
        if healed.done:
            log.info("finished a story refresh left owed in %.1f s", healed.seconds)
    except Exception:  # the periodic ingest tries again; the bot answers from what is stored
        log.exception("finishing an owed story refresh failed")

    def refresh() -> None:
        log.info("%s", ingest_in_child(settings))

    return Backend(Story(sessions), engine.dispose, refresh, sessions)


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
        self.digests: DigestScheduler | None = None
        self.cooldowns = Cooldowns(self.options.cooldown_rate, self.options.cooldown_per)
        self.charts = ChartCache()  # pictures per story version, drawn off the event loop

    @property
    def story(self) -> Story:
        if self.backend is None:
            raise RuntimeError("the bot has not been set up yet")
        return self.backend.story

    async def setup_hook(self) -> None:
        self.backend = await asyncio.to_thread(self._open_backend, self.settings)
        self.tree.on_error = errors.on_app_command_error  # type: ignore[method-assign]
        for name in EXTENSIONS:
            await self.load_extension(f"bot.cogs.{name}")
        if self.backend.sessions is not None:
            # One scheduler for the digests and the periodic ingest (once at start, then every
            # INGEST_INTERVAL_MINUTES), its jobs stored in the bot's database.
            self.digests = await start_digests(
                self,
                self.backend.sessions,
                ingest=self.backend.refresh,
                ingest_interval=dt.timedelta(minutes=self.settings.ingest_interval_minutes),
                clock=self.options.clock,
            )
        await self.sync_commands()
        settle_heap()

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
        if self.digests is not None:
            digests, self.digests = self.digests, None
            await digests.shutdown()
        await super().close()
        if self.backend is not None:
            backend, self.backend = self.backend, None
            await asyncio.to_thread(backend.close)


NO_TOKEN = "DISCORD_TOKEN is not set: put it in .env (see .env.example and the README)."


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
