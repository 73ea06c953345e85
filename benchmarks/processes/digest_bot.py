"""The real bot in its own process, pointed at a fake Discord and living at a shifted time.

`python -m benchmarks.processes.digest_bot DB_URL API_BASE GATEWAY_URL GUILD_ID START_ISO`: the unmodified
BriefBot (its own backend, migrations, scheduler and an empty articles folder) whose clock starts
at START_ISO and runs at real speed, so a digest slot comes seconds after start. Used by
`benchmarks.digest_kills`, which kills it with SIGKILL around the slot.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import sys
import tempfile
import time
from pathlib import Path

import apscheduler.executors.base
import apscheduler.schedulers.base
import discord
import yarl
from discord.gateway import DiscordWebSocket

from bot.app import BotOptions, BriefBot
from briefings.config import Secret, Settings
from tests.fake_discord import TOKEN


def shifted_clock(start: dt.datetime) -> type[dt.datetime]:
    """A datetime class whose now() starts at `start` and runs at real speed; APScheduler reads
    it (as the digest tests do), the bot's digest service is given its now()."""
    origin = time.monotonic()

    class Shifted(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> Shifted:
            value = start + dt.timedelta(seconds=time.monotonic() - origin)
            return value.astimezone(tz) if tz else value.replace(tzinfo=None)  # type: ignore[return-value]

    apscheduler.schedulers.base.datetime = Shifted
    apscheduler.executors.base.datetime = Shifted
    return Shifted


async def run(url: str, api: str, gateway: str, guild: int, start: dt.datetime) -> None:
    clock = shifted_clock(start)
    discord.http.Route.BASE = api
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway)
    settings = Settings(
        database_url=url,
        articles_dir=Path(tempfile.mkdtemp(prefix="briefbot-kills-articles-")),
        discord_token=Secret(TOKEN),
        discord_guild_id=guild,
    )
    options = BotOptions(clock=lambda: clock.now(dt.UTC))
    async with BriefBot(settings, options=options) as bot:
        await bot.start(TOKEN)


def main(argv: list[str]) -> None:
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(asctime)s %(message)s")
    url, api, gateway, guild, start = argv
    asyncio.run(run(url, api, gateway, int(guild), dt.datetime.fromisoformat(start)))


if __name__ == "__main__":
    main(sys.argv[1:])
