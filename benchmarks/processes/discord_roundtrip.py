"""Whole slash commands through the local fake Discord, bot start-up to READY, resident memory.

Run in its own process (`python -m benchmarks.processes.discord_roundtrip URL REPS`) so that the memory
measured is the bot's alone (plus the small in-process fake Discord); prints one JSON object.
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import discord
import yarl
from discord.gateway import DiscordWebSocket

from benchmarks.measure.memory import memory_mb
from benchmarks.measure.queries import PREFIXES, pick_inputs
from benchmarks.measure.ranks import percentile
from bot.app import BotOptions, BriefBot
from briefings.config import Secret, Settings
from briefings.db import open_database
from tests.fake_discord import TOKEN, FakeDiscord

DEFERRED = 5


async def _answered(fake: FakeDiscord, exchange: Any) -> None:
    """Until the user sees the answer: the callback, or the first follow-up after a deferral."""
    first = await fake.response(exchange, within=60)
    if first.get("type") == DEFERRED:
        await fake.later(exchange, within=60)


async def run(url: str, reps: int) -> dict[str, Any]:
    sessions = open_database(url)
    inputs = pick_inputs(sessions)
    sessions.kw["bind"].dispose()
    fake = FakeDiscord()
    await fake.start()
    discord.http.Route.BASE = fake.api_base
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(fake.gateway_url)
    empty = Path(tempfile.mkdtemp(prefix="briefbot-bench-articles-"))
    bot = BriefBot(
        Settings(
            database_url=url,
            articles_dir=empty,
            discord_token=Secret(TOKEN),
            discord_guild_id=int(fake.guild_id),
        ),
        options=BotOptions(defer_after=1.0, cooldown_rate=1_000_000),
    )
    started = time.perf_counter()
    task = asyncio.create_task(bot.start(TOKEN))
    ready = asyncio.create_task(bot.wait_until_ready())
    await asyncio.wait({task, ready}, timeout=120, return_when=asyncio.FIRST_COMPLETED)
    if task.done():
        task.result()
    startup_s = time.perf_counter() - started
    rss_ready = memory_mb()
    speaker, person = inputs.speakers[0], inputs.people[0]
    commands: dict[str, Callable[[int], Awaitable[Any]]] = {
        "/brief": lambda i: fake.slash("brief"),
        "/quote speaker": lambda i: fake.slash("quote", speaker=speaker),
        "/quote about": lambda i: fake.slash("quote", about="weapons"),
        "/who": lambda i: fake.slash("who", name=person),
        "/sources": lambda i: fake.slash("sources"),
        "/timeline": lambda i: fake.slash("timeline"),
        "autocomplete /who": lambda i: fake.autocomplete(
            "who", "name", PREFIXES[i % len(PREFIXES)]
        ),
    }
    timings: dict[str, dict[str, float]] = {}
    try:
        for name, send in commands.items():
            samples = []
            for i in range(reps + 1):
                began = time.perf_counter()
                await _answered(fake, await send(i))
                if i:  # the first run warms up
                    samples.append((time.perf_counter() - began) * 1000)
            timings[name] = {
                "median_ms": round(sorted(samples)[len(samples) // 2], 1),
                "p99_ms": round(percentile(samples, 99), 1),
                "reps": len(samples),
            }
    finally:
        await bot.close()
        await asyncio.wait({task}, timeout=10)
        await fake.stop()
    return {
        "startup_to_ready_s": round(startup_s, 2),
        "rss_at_ready_mb": rss_ready,
        "rss_peak_mb": memory_mb("VmHWM"),
        "commands": timings,
        "problems": fake.problems,
    }


def main(argv: list[str]) -> None:
    url, reps = argv[0], int(argv[1]) if len(argv) > 1 else 10
    print(json.dumps(asyncio.run(run(url, reps))))


if __name__ == "__main__":
    main(sys.argv[1:])
