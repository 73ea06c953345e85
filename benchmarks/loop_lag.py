"""How long the bot's event loop is blocked while its periodic ingest reads long articles."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import logging
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import discord
import yarl
from discord.gateway import DiscordWebSocket

from benchmarks.data.corpus import Corpus
from benchmarks.measure.ranks import percentile
from bot.app import BotOptions, BriefBot
from briefings.config import Secret, Settings
from briefings.digests.jobs import INGEST_JOB_ID
from tests.fake_discord import TOKEN, FakeDiscord

FLOOR_MS = 100.0
TICK = 0.010


def write_long_articles(folder: Path, count: int, kb: int, seed: int = 1) -> list[Path]:
    """`count` articles of about `kb` KB each: generated articles' bodies joined in order."""
    corpus = Corpus(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths, number = [], 0
    for index in range(count):
        parts: list[str] = []
        while sum(len(p) for p in parts) < kb * 1024:
            parts.append(corpus.article(number).text.split("\n\n", 1)[-1])
            number += 1
        path = folder / f"long-{index:02d}.txt"
        path.write_text(f"Long story {index}\n\n" + "\n\n".join(parts), encoding="utf-8")
        paths.append(path)
    return paths


class IngestDone(logging.Handler):
    """Set when the bot logs the end of its periodic ingest."""

    def __init__(self) -> None:
        super().__init__()
        self.done = asyncio.Event()
        self.loop = asyncio.get_running_loop()

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith("Periodic ingest done"):
            self.loop.call_soon_threadsafe(self.done.set)


async def sample(stop: asyncio.Event, lags: list[float]) -> None:
    while not stop.is_set():
        asked = time.perf_counter()
        await asyncio.sleep(TICK)
        lags.append((time.perf_counter() - asked - TICK) * 1000)


async def measure(fake: FakeDiscord, until: asyncio.Event) -> tuple[list[float], list[float]]:
    """Loop lags (ms) and /sources round trips (ms, one every 0.5 s) until `until` is set."""
    lags: list[float] = []
    stop = asyncio.Event()
    sampler = asyncio.create_task(sample(stop, lags))
    commands: list[float] = []
    while not until.is_set():
        asked = time.perf_counter()
        exchange = await fake.slash("sources")
        await fake.response(exchange, within=60)
        commands.append((time.perf_counter() - asked) * 1000)
        await asyncio.wait({asyncio.ensure_future(until.wait())}, timeout=0.5)
    stop.set()
    await sampler
    return lags, commands


def _cpu() -> tuple[float, float]:
    """CPU seconds of this process (all its threads) and of its ended child processes."""
    mine = resource.getrusage(resource.RUSAGE_SELF)
    ended = resource.getrusage(resource.RUSAGE_CHILDREN)
    return mine.ru_utime + mine.ru_stime, ended.ru_utime + ended.ru_stime


async def run(count: int, kb: int) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="briefbot-lag-"))
    (folder / "articles").mkdir()
    fake = FakeDiscord()
    await fake.start()
    discord.http.Route.BASE = fake.api_base
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(fake.gateway_url)
    watcher = IngestDone()
    logging.getLogger("briefings.digests.jobs").addHandler(watcher)
    logging.getLogger("briefings.digests.jobs").setLevel(logging.INFO)
    bot = BriefBot(
        Settings(
            database_url=f"sqlite:///{folder / 'lag.db'}",
            articles_dir=folder / "articles",
            discord_token=Secret(TOKEN),
            discord_guild_id=int(fake.guild_id),
        ),
        options=BotOptions(),
    )
    started = time.perf_counter()
    task = asyncio.create_task(bot.start(TOKEN))
    await asyncio.wait_for(bot.wait_until_ready(), 120)
    ready_s = time.perf_counter() - started
    # The ingest at start found the folder empty; the long articles arrive now, and the bot's
    # periodic ingest job is run at once (as its interval would), with the bot up and answering.
    await asyncio.wait_for(watcher.done.wait(), 120)
    watcher.done.clear()
    paths = write_long_articles(folder / "articles", count, kb)
    assert bot.digests is not None
    bot.digests.scheduler.modify_job(INGEST_JOB_ID, next_run_time=dt.datetime.now(dt.UTC))
    started = time.perf_counter()
    own, children = _cpu()
    lags, commands = await measure(fake, watcher.done)
    ingest_s = time.perf_counter() - started
    own_after, children_after = _cpu()
    # The same, with the ingest over: what this machine's load alone costs the loop.
    calm = asyncio.Event()
    asyncio.get_running_loop().call_later(min(10.0, ingest_s), calm.set)
    baseline, _ = await measure(fake, calm)
    stored = len(await asyncio.to_thread(bot.story.sources, count + 1))
    await bot.close()
    await asyncio.wait({task}, timeout=10)
    await fake.stop()
    worst = max(lags) if lags else 0.0
    return {
        "articles": count,
        "kb_each": round(sum(p.stat().st_size for p in paths) / count / 1024),
        "stored": stored,
        "ingest_s": round(ingest_s, 1),
        "ready_s": round(ready_s, 2),
        "samples": len(lags),
        # from READY to the end of the ingest: the bot's own CPU, and its ingest child's
        "bot_cpu_s": round(own_after - own, 2),
        "ingest_child_cpu_s": round(children_after - children, 2),
        "lag_max_ms": round(worst, 1),
        "lag_p99_ms": round(percentile(sorted(lags), 99), 1) if lags else 0.0,
        "sources_while_ingesting_p50_max_ms": [
            round(percentile(commands, 50)) if commands else 0,
            round(max(commands, default=0)),
        ],
        "baseline_lag_max_ms": round(max(baseline, default=0.0), 1),
        "baseline_lag_p99_ms": round(percentile(baseline, 99), 1) if baseline else 0.0,
        "floor_ms": FLOOR_MS,
        "floor_met": bool(lags) and worst < FLOOR_MS,
    }


# what --help prints above the options
_DESCRIPTION = """How long the bot's event loop is blocked while its periodic ingest reads long articles.

`python -m benchmarks.loop_lag [--articles 4] [--kb 200]`: starts the unmodified bot on a fresh
SQLite database against the local fake Discord, with an empty ARTICLES_DIR; once it is ready,
writes long articles there (generated articles' paragraphs joined into one long story each) and
runs its periodic ingest job at once. While the ingest works, a task sleeps 10 ms again and again and records how
much later than asked it woke: the loop lag; a user asks /sources every half second meanwhile.
The fake Discord shares the bot's loop, so its own work counts as lag too (an overestimate).
Then the same once the ingest is over: the baseline this machine's load alone gives.
The floor: never more than 100 ms during the ingest. Prints one JSON object.
"""


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.loop_lag", description=_DESCRIPTION)
    parser.add_argument("--articles", type=int, default=4)
    parser.add_argument("--kb", type=int, default=200)
    args = parser.parse_args(argv)
    print(json.dumps(asyncio.run(run(args.articles, args.kb))))


if __name__ == "__main__":
    main(sys.argv[1:])
