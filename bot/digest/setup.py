"""Wire digests into a running bot: service, Discord poster, `/digest` cog and scheduler."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from discord.ext import commands
from sqlalchemy.orm import Session, sessionmaker

from bot.digest.cog import DigestCog
from bot.digest.poster import DiscordPoster
from bot.digest.scheduler import DigestScheduler
from briefings.digests.service import Clock, DigestService, utc_now


async def start_digests(
    bot: commands.Bot,
    sessions: sessionmaker[Session],
    *,
    ingest: Callable[[], object] | None = None,
    ingest_interval: dt.timedelta = dt.timedelta(minutes=10),
    clock: Clock = utc_now,
) -> DigestScheduler:
    """Call from `setup_hook`; keep the result and `await result.shutdown()` in `close()`."""
    service = DigestService(sessions, DiscordPoster(bot), clock=clock)
    scheduler = DigestScheduler(service, ingest=ingest, ingest_interval=ingest_interval)
    await bot.add_cog(DigestCog(service, scheduler))
    await scheduler.start()
    return scheduler
