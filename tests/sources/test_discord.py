"""/story and /source through the fake Discord: a feed followed, answered per story, a broken
source reported once in the story's channel, a private address refused."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from bot.app import Backend, BotOptions, BriefBot
from briefings.config import Secret, Settings
from briefings.models import Source, StoryRow
from briefings.sources.stories import list_sources
from briefings.story import Story
from tests.bot.test_interactions import text_of
from tests.digest.fake_guild import DigestFakeDiscord
from tests.fake_discord import TOKEN
from tests.fake_discord.server import Exchange
from tests.fake_discord.serving import serving
from tests.sources.server import Site, ThreadedSite


class GroupFake(DigestFakeDiscord):
    def __init__(self) -> None:
        super().__init__()
        self.bodies: list[dict[str, Any]] = []  # every message the bot created, as sent

    def _create(self, channel_id: str, body: dict[str, Any]) -> tuple[int, Any]:
        self.bodies.append(body)
        return super()._create(channel_id, body)

    async def group(self, name: str, sub: str, /, **options: Any) -> Exchange:
        """`/name sub` with options, as alice (a Manage Server holder in these tests)."""
        command = self.command(name)
        spec = next(o for o in command["options"] if o["name"] == sub)
        types = {o["name"]: o["type"] for o in spec.get("options", [])}
        data = {
            "id": command["id"],
            "name": name,
            "type": 1,
            "guild_id": command.get("guild_id", self.guild_id),
            "options": [
                {
                    "name": sub,
                    "type": 1,
                    "options": [
                        {"name": k, "type": types[k], "value": v} for k, v in options.items()
                    ],
                }
            ],
        }
        return await self._interact(2, data, "alice")


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
    task = asyncio.create_task(made.start(TOKEN))
    ready = asyncio.create_task(made.wait_until_ready())
    await asyncio.wait({task, ready}, timeout=10, return_when=asyncio.FIRST_COMPLETED)
    if task.done():
        task.result()
    yield made
    await made.close()
    await asyncio.wait({task}, timeout=5)


async def _fetched(sessions: sessionmaker[Session], url: str) -> None:
    for _ in range(300):
        found = [s for s in list_sources(sessions) if s.url == url]
        if found and (found[0].last_success or found[0].failures):
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"{url} was never fetched")


def _digests(fake: GroupFake) -> list[dict[str, Any]]:
    return [
        b
        for b in fake.bodies
        if any(str(e.get("title", "")).startswith("Bridge:") for e in b.get("embeds") or [])
    ]


def _said(fake: GroupFake, word: str) -> list[str]:
    return [
        m["content"]
        for m in fake.messages.values()
        if m.get("channel_id") == fake.channel_id and word in (m.get("content") or "")
    ]


async def test_follow_a_feed_from_discord(
    fake: GroupFake, bot: BriefBot, sessions: sessionmaker[Session], site: Site
) -> None:
    added = await fake.response(await fake.group("story", "add", name="Bridge", keywords="bridge"))
    assert "Now following **Bridge**" in added["data"]["content"]
    feed = f"{site.base}/feed.xml"
    said = await fake.response(await fake.group("source", "add", url=feed, story="Bridge"))
    assert "now feeds **Bridge**" in said["data"]["content"]
    await _fetched(sessions, feed)  # the bot fetched it at once, off its event loop
    answer = await fake.response(await fake.slash("sources", story="Bridge"))
    shown = text_of(answer["data"])
    assert "Bridge story 1" in shown and "Bridge story 2" in shown
    listed = await fake.response(await fake.group("source", "list"))
    assert "ok, fetched" in listed["data"]["content"]
    assert not _digests(fake)  # the first fetch posted nothing

    # The feed grows: the new item is in the story's digest, once, with its role mentioned only.
    role = 4242
    with sessions.begin() as session:
        session.execute(update(StoryRow).values(role_id=role))
        session.execute(update(Source).values(next_due=None))
    site.items = 3
    cog: Any = bot.get_cog("SourceCog")
    await cog.fetch_now()
    await cog.fetch_now()
    (sent,) = _digests(fake)
    assert "Bridge story 3" in str(sent["embeds"]) and "Bridge story 1" not in str(sent["embeds"])
    assert sent["content"].startswith(f"<@&{role}>")
    assert sent["allowed_mentions"] == {"parse": [], "roles": [str(role)]} or sent[
        "allowed_mentions"
    ]["roles"] == [role]
    unknown = await fake.response(await fake.slash("brief", story="Nope"))
    assert "no story named 'Nope'" in unknown["data"]["content"]

    # A broken feed: paused after repeated failures, reported once in the story's channel.
    broken = f"{site.base}/broken.xml"
    await fake.response(await fake.group("source", "add", url=broken, story="Bridge"))
    await _fetched(sessions, broken)
    with sessions.begin() as session:  # four failures behind it already: the fifth pauses it
        session.execute(
            update(Source).where(Source.url == broken).values(next_due=None, failures=4)
        )
    await cog.fetch_now()
    await cog.notify_pauses()  # nothing more to say
    assert len(_said(fake, "is paused after repeated failures")) == 1
    listed = await fake.response(await fake.group("source", "list", story="Bridge"))
    assert "paused after" in listed["data"]["content"] and "HTTP 500" in listed["data"]["content"]
    status = await fake.response(await fake.group("digest", "status"))
    assert "Broken sources" in status["data"]["content"] and "paused" in status["data"]["content"]

    # Added through Discord, a loopback address is refused: no proxy into the host's network.
    bot.settings = dataclasses.replace(bot.settings, fetch_allow_private=False)
    refused = await fake.response(
        await fake.group("source", "add", url=f"{site.base}/other.xml", story="Bridge")
    )
    assert "private or loopback" in refused["data"]["content"]
