"""`/digest` end to end: the unmodified bot with the digest cog, connected to the fake Discord."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, JobExecutionEvent
from sqlalchemy.orm import Session, sessionmaker

from bot.app import Backend, BotOptions, BriefBot
from bot.digest.cog import NOT_ALLOWED
from briefings.config import Secret, Settings
from briefings.digests.compose import NOTHING_NEW
from briefings.ingest import ingest_paths
from briefings.story import Story
from tests.fake_discord import TOKEN
from tests.fake_discord.serving import connected, serving

from .conftest import FakeClock
from .fake_guild import DigestFakeDiscord

UTC = dt.UTC
SEEDS = Path(__file__).parents[2] / "seeds"


@pytest.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[DigestFakeDiscord]:
    async with serving(DigestFakeDiscord(), monkeypatch) as server:
        yield server


@pytest.fixture
async def bot(
    fake: DigestFakeDiscord, sessions: sessionmaker[Session], clock: FakeClock
) -> AsyncIterator[BriefBot]:
    clock.set(dt.datetime(2024, 3, 30, 6, 0, tzinfo=UTC))
    await asyncio.to_thread(ingest_paths, sessions, [SEEDS])
    made = BriefBot(
        Settings(discord_token=Secret(TOKEN), discord_guild_id=int(fake.guild_id)),
        backend=lambda _: Backend(Story(sessions), sessions=sessions),
        options=BotOptions(clock=clock),
        guild_ready_timeout=0.01,
    )
    async with connected(made):
        yield made


async def _run_due(bot: BriefBot, clock: FakeClock, when: dt.datetime, *, due: bool = True) -> None:
    """Move the clock to `when`, wake the scheduler and wait until the job it starts has ended."""
    assert bot.digests is not None
    scheduler = bot.digests.scheduler
    ended = asyncio.Event()

    def listener(event: JobExecutionEvent) -> None:
        if event.job_id.startswith("digest:"):  # not the periodic check for pending ones
            ended.set()

    scheduler.add_listener(listener, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)
    clock.set(when)
    scheduler.wakeup()
    if due:
        async with asyncio.timeout(5):
            await ended.wait()
    else:
        await asyncio.sleep(0.2)
        assert not ended.is_set(), "a digest ran before its time"
    scheduler.remove_listener(listener)


async def _reply(fake: DigestFakeDiscord, sub: str, **options: Any) -> str:
    exchange = await fake.digest(sub, **options)
    body = await fake.response(exchange)
    if body["type"] == 5:  # deferred: the answer is the follow-up
        return str((await fake.later(exchange))[-1]["content"])
    assert body["data"]["flags"] & 64, "digest settings are answered privately"
    return str(body["data"]["content"])


async def test_scheduled_digest_posts_seeds_with_sources_at_local_time(
    fake: DigestFakeDiscord, bot: BriefBot, clock: FakeClock
) -> None:
    fake.managers.add("alice")
    reply = await _reply(
        fake, "set", channel=fake.channel_id, schedule="daily 08:00", timezone="Europe/Paris"
    )
    assert "Sat 30 Mar 2024, 08:00 CET" in reply
    assert bot.digests is not None

    await _run_due(bot, clock, dt.datetime(2024, 3, 30, 7, 0, tzinfo=UTC))  # 08:00 in Paris
    assert len(fake.channel_messages) == 1
    posted = next(r for r in fake.requests if r.method == "POST" and "messages" in r.path)
    assert posted.path == f"/channels/{fake.channel_id}/messages"
    assert posted.body["allowed_mentions"]["parse"] == []
    embed = posted.body["embeds"][0]
    assert embed["title"] == "Story digest: 5 new articles"
    assert embed["description"].count("\n") == 4
    # every article under its id, as in /brief and /sources
    assert re.match(r"\[\d+\] ", embed["description"])

    await _run_due(bot, clock, dt.datetime(2024, 3, 31, 5, 59, tzinfo=UTC), due=False)
    assert len(fake.channel_messages) == 1, "posted before 08:00 local time"
    await _run_due(bot, clock, dt.datetime(2024, 3, 31, 6, 0, tzinfo=UTC))  # 08:00, summer time
    assert len(fake.channel_messages) == 2
    assert fake.channel_messages[-1]["content"] == NOTHING_NEW

    status = await _reply(fake, "status")
    assert "Next digest: Mon 01 Apr 2024, 08:00 CEST" in status
    assert "Last posted: Sun 31 Mar 2024, 08:00 CEST" in status


async def test_member_without_manage_server_is_refused(
    fake: DigestFakeDiscord, bot: BriefBot, sessions: sessionmaker[Session]
) -> None:
    reply = await _reply(
        fake, "set", channel=fake.channel_id, schedule="daily 08:00", timezone="UTC"
    )
    assert reply == NOT_ALLOWED
    assert await _reply(fake, "now") == NOT_ALLOWED
    assert "No digest is set up here" in await _reply(fake, "status")
    assert int(fake.command("digest")["default_member_permissions"]) == 1 << 5


async def test_bad_schedule_and_zone_are_explained(fake: DigestFakeDiscord, bot: BriefBot) -> None:
    fake.managers.add("alice")
    bad = await _reply(
        fake, "set", channel=fake.channel_id, schedule="every day", timezone="Europe/Paris"
    )
    assert bad.startswith("Nothing changed: Cannot read the schedule 'every day'")
    zone = await _reply(
        fake, "set", channel=fake.channel_id, schedule="daily 08:00", timezone="Europe/Pariss"
    )
    assert "Did you mean Europe/Paris" in zone
    assert "No digest is set up here" in await _reply(fake, "status")


async def test_forbidden_channel_is_reported_in_reply_and_status(
    fake: DigestFakeDiscord, bot: BriefBot
) -> None:
    fake.managers.add("alice")
    await _reply(fake, "set", channel=fake.locked_id, schedule="daily 08:00", timezone="UTC")
    now = await _reply(fake, "now")
    assert "could not be posted" in now and "403" in now
    status = await _reply(fake, "status")
    assert "Last delivery failed" in status and "Send Messages" in status
    assert fake.channel_messages == []


async def test_timezone_autocomplete_offers_iana_names(
    fake: DigestFakeDiscord, bot: BriefBot
) -> None:
    command = fake.command("digest")
    spec = next(o for o in command["options"] if o["name"] == "set")
    assert {o["name"] for o in spec["options"]} == {"channel", "schedule", "timezone", "silent"}
    data = {
        "id": command["id"],
        "name": "digest",
        "type": 1,
        "guild_id": fake.guild_id,
        "options": [
            {
                "name": "set",
                "type": 1,
                "options": [{"name": "timezone", "type": 3, "value": "europe/pa", "focused": True}],
            }
        ],
    }
    exchange = await fake._interact(4, data, "alice")
    body = await fake.response(exchange)
    assert body["data"]["choices"][0]["value"] == "Europe/Paris"
