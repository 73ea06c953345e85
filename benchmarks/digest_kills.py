"""The real bot killed around a digest slot and restarted: the posts per slot counted."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from aiohttp import web
from sqlalchemy import select

from briefings.db import open_database, unit_of_work
from briefings.digests.deliveries import DigestDelivery
from briefings.digests.schedules import parse_schedule
from briefings.digests.subscriptions import save_settings, story_key
from briefings.ingest import ingest_paths
from briefings.models import Article, StoryArticle, StoryRow
from tests.fake_discord import FakeDiscord

SEEDS = Path(__file__).parents[1] / "seeds"
PHASES = ("claim", "post", "start", "late")
FIRST_SLOT = dt.datetime(2024, 5, 1, 8, 0, tzinfo=dt.UTC)
REPLY_DELAY = 0.15  # seconds the fake Discord holds its answer after storing a message


class SlowFakeDiscord(FakeDiscord):
    """The fake Discord, holding its answer to a channel message a moment after storing it,
    and saying when it received one, so a kill can land between Discord's post and our record."""

    def __init__(self) -> None:
        super().__init__()
        self.received = asyncio.Event()

    async def _rest(self, request: web.Request) -> web.Response:
        response = await super()._rest(request)
        if request.method == "POST" and request.path.endswith(("/messages", "/threads")):
            self.received.set()
            await asyncio.sleep(REPLY_DELAY)
        return response


def _intent(sessions: Any, slot: dt.datetime) -> tuple[str, bool] | None:
    """(state, attempted) of the slot's delivery, None when not decided yet."""
    with unit_of_work(sessions) as session:
        row = session.scalars(select(DigestDelivery).where(DigestDelivery.slot == slot)).first()
        return None if row is None else (row.state, row.attempted_at is not None)


class Cycles:
    def __init__(self, url: str, fake: SlowFakeDiscord, folder: Path) -> None:
        self.url, self.fake, self.folder = url, fake, folder
        self.sessions = open_database(url)

    def spawn(self, start: dt.datetime, name: str) -> subprocess.Popen[bytes]:
        log = (self.folder / f"{name}.log").open("wb")
        return subprocess.Popen(
            [
                sys.executable,
                "-m",
                "benchmarks.processes.digest_bot",
                self.url,
                self.fake.api_base,
                self.fake.gateway_url,
                self.fake.guild_id,
                start.isoformat(),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=Path(__file__).parents[1],
        )

    async def state(self, slot: dt.datetime) -> tuple[str, bool] | None:
        return await asyncio.to_thread(_intent, self.sessions, slot)

    async def wait_for(self, condition: Any, within: float) -> bool:
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            if await condition():
                return True
            await asyncio.sleep(0.005)
        return False

    async def cycle(self, number: int, phase: str, rng: random.Random) -> dict[str, Any]:
        slot = FIRST_SLOT + dt.timedelta(days=number)
        before = len(self.fake.channel_messages)
        self.fake.received.clear()
        child = self.spawn(slot + dt.timedelta(seconds=1), f"cycle{number}-first")
        if phase in ("claim", "late"):
            await self.wait_for(lambda: self._decided(slot), 30)
            await asyncio.sleep(rng.uniform(0, 0.4) if phase == "claim" else rng.uniform(0.4, 3))
        elif phase == "post":
            async with asyncio.timeout(30):
                await self.fake.received.wait()
            await asyncio.sleep(rng.uniform(0, REPLY_DELAY))
        else:
            await asyncio.sleep(rng.uniform(0, 4.0))
        child.send_signal(signal.SIGKILL)
        child.wait()
        killed_at = await self.state(slot)
        posted_before_restart = len(self.fake.channel_messages) - before
        again = self.spawn(slot + dt.timedelta(seconds=30), f"cycle{number}-again")
        finished = await self.wait_for(lambda: self._posted(slot), 60)
        await asyncio.sleep(0.5)  # a second post, if there were one, would come now
        again.send_signal(signal.SIGKILL)
        again.wait()
        return {
            "cycle": number,
            "phase": phase,
            "state_at_kill": "undecided" if killed_at is None else _label(killed_at),
            "posted_before_restart": posted_before_restart,
            "recorded": finished,
            "posts": len(self.fake.channel_messages) - before,
        }

    async def _decided(self, slot: dt.datetime) -> bool:
        return await self.state(slot) is not None

    async def _posted(self, slot: dt.datetime) -> bool:
        found = await self.state(slot)
        return found is not None and found[0] == "posted"


def _label(state: tuple[str, bool]) -> str:
    name, attempted = state
    return f"{name}, attempted" if name == "pending" and attempted else name


def _prepare(url: str, guild: int, channel: int, story: bool) -> None:
    """The seeds, and a daily digest at 08:00: the server's, or (`story`) a story's holding the
    seeds, with a role to mention."""
    sessions = open_database(url)
    ingest_paths(sessions, [SEEDS])
    schedule = parse_schedule("daily 08:00", "UTC")
    before = FIRST_SLOT - dt.timedelta(hours=1)
    with unit_of_work(sessions) as session:
        if not story:
            save_settings(session, guild, channel, schedule, False, before)
        else:
            row = StoryRow(name="Arms deal", include=[], exclude=[], role_id=4242)
            row.channel_id, row.created_at = channel, dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
            session.add(row)
            session.flush()
            for article_id in session.scalars(select(Article.id)):
                session.add(StoryArticle(story_id=row.id, article_id=article_id, announce=True))
            key = story_key(row.id)
            save_settings(session, key, channel, schedule, False, before, story_id=row.id)
    sessions.kw["bind"].dispose()


async def run(
    cycles: int,
    url: str | None,
    seed: int,
    target: str = "channel",
    phases: tuple[str, ...] = PHASES,
) -> dict[str, Any]:
    rng = random.Random(seed)
    fake = SlowFakeDiscord()
    await fake.start()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="briefbot-kills-") as tmp:
        folder = Path(tmp)
        url = url or f"sqlite:///{folder / 'kills.db'}"
        channel = {"channel": fake.channel_id, "thread": fake.thread_id, "forum": fake.forum_id}
        await asyncio.to_thread(
            _prepare, url, int(fake.guild_id), int(channel[target]), target != "channel"
        )
        runner = Cycles(url, fake, folder)
        results = []
        try:
            for number in range(cycles):
                results.append(await runner.cycle(number, phases[number % len(phases)], rng))
                print(json.dumps(results[-1]), file=sys.stderr)
        finally:
            runner.sessions.kw["bind"].dispose()
            await fake.stop()
    posts = [r["posts"] for r in results]
    return {
        "target": target,
        "cycles": cycles,
        "seconds": round(time.perf_counter() - started, 1),
        "states_at_kill": _count(r["state_at_kill"] for r in results),
        "posts_per_slot": _count(str(p) for p in posts),
        "exactly_once": all(p == 1 for p in posts) and all(r["recorded"] for r in results),
        "problems": fake.problems,
        "runs": results,
    }


def _count(values: Any) -> dict[str, int]:
    found: dict[str, int] = {}
    for value in values:
        found[value] = found.get(value, 0) + 1
    return found


# what --help prints above the options
_DESCRIPTION = """Kill the real bot with SIGKILL around a digest slot, restart it, and count the posts per slot.

`python -m benchmarks.digest_kills [--cycles 20] [--db URL | --postgres] [--seed N]
[--target channel|thread|forum]`: a fake Discord on
127.0.0.1 in this process, the bot in a child process (`benchmarks.processes.digest_bot`) whose clock puts
a daily slot a moment after its start. Each cycle kills it at a random point of one phase:
  claim  - a random 0-400 ms after the slot's intent is written (claimed, maybe not yet posted);
  post   - a random 0-150 ms after Discord received the message (posted, not yet recorded);
  start  - a random 0-4 s after the process started (often before the claim: the job had fired);
  late   - a random 0.4-3 s after the intent is written (before, during or after the post);
then starts it again 30 s later on its clock and waits until the slot's message is recorded.
The floor: exactly one message per slot. Prints one JSON object.
`--target thread|forum`: the digest is a story's (issue 16), posted into a thread (with a nonce,
as a channel) or as a new post in a forum channel (no nonce there: a restart finds its post).
"""


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.digest_kills", description=_DESCRIPTION
    )
    parser.add_argument("--cycles", type=int, default=20)
    parser.add_argument("--db", help="database URL (default: a fresh SQLite file)")
    parser.add_argument(
        "--postgres", action="store_true", help="on a throwaway PostgreSQL server (as the tests)"
    )
    parser.add_argument("--seed", type=int, default=int(os.environ.get("KILL_SEED", "1")))
    parser.add_argument(
        "--target",
        choices=("channel", "thread", "forum"),
        default="channel",
        help="the server's digest in a channel, or a story's in a thread or a forum",
    )
    args = parser.parse_args(argv)
    server = None
    if args.postgres and not args.db:
        from tests.storage.postgres import TemporaryPostgres

        server = TemporaryPostgres()
        args.db = server.start()
    try:
        print(json.dumps(asyncio.run(run(args.cycles, args.db, args.seed, args.target))))
    finally:
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
