"""/story and /source through the fake Discord: a feed followed, answered per story, its digest
posted once on its own schedule (its role the only mention), a broken source reported once in the
story's channel, a private address refused."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from bot.app import BriefBot
from briefings.digests.deliveries import DigestDelivery
from briefings.ingest import ingest_paths
from briefings.models import Source, StoryRow
from briefings.sources.stories import list_sources
from tests.bot.test_interactions import text_of
from tests.conftest import SEEDS
from tests.sources.discord_fake import (
    PINGS,
    GroupFake,
    fetched,
    said_in_channel,
    slot_passed,
    story_digests,
)
from tests.sources.server import Site


async def test_follow_a_feed_from_discord(
    fake: GroupFake, bot: BriefBot, sessions: sessionmaker[Session], site: Site
) -> None:
    added = await fake.response(await fake.group("story", "add", name="Bridge", keywords="bridge"))
    assert "Now following **Bridge**" in added["data"]["content"]
    feed = f"{site.base}/feed.xml"
    said = await fake.response(await fake.group("source", "add", url=feed, story="Bridge"))
    assert "now feeds **Bridge**" in said["data"]["content"]
    await fetched(sessions, feed)  # the bot fetched it at once, off its event loop
    answer = await fake.response(await fake.slash("sources", story="Bridge"))
    shown = text_of(answer["data"])
    assert "Bridge story 1" in shown and "Bridge story 2" in shown
    listed = await fake.response(await fake.group("source", "list"))
    assert "ok, fetched" in listed["data"]["content"]
    assert not story_digests(fake)  # the first fetch posted nothing

    # The feed grows. Fetching posts nothing: the story's digest waits for its own slot, then
    # posts the new item once, its role (and nothing else) mentioned though the article's text
    # holds @everyone, a user and another role.
    role = 4242
    with sessions.begin() as session:
        session.execute(update(StoryRow).values(role_id=role))
        session.execute(update(Source).values(next_due=None))
    slot = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
    edited = await fake.group("story", "edit", name="Bridge", schedule=f"daily {slot:%H:%M}")
    assert f"digest `daily {slot:%H:%M}` (UTC)" in (await fake.response(edited))["data"]["content"]
    site.items = 3
    site.asides[3] = PINGS
    cog: Any = bot.get_cog("SourceCog")
    await cog.fetch_now()
    assert not story_digests(fake)  # a fetch pass posts no digest
    await slot_passed(sessions, bot)
    await slot_passed(sessions, bot, move=False)  # the same slot again: claimed already
    (sent,) = story_digests(fake)
    assert "Bridge story 3" in str(sent["embeds"]) and "Bridge story 1" not in str(sent["embeds"])
    assert "@everyone" in str(sent["embeds"]) and "&lt;" not in str(sent["embeds"])
    assert sent["content"] == f"<@&{role}>"
    assert sent["allowed_mentions"] == {"parse": [], "roles": [role]}  # that role only
    assert sent["nonce"] and sent["enforce_nonce"] is True  # the exactly-once path
    with sessions() as session:
        (delivery,) = session.scalars(select(DigestDelivery)).all()
        assert delivery.state == "posted" and delivery.slot is not None

    unknown = await fake.response(await fake.slash("brief", story="Nope"))
    assert "no story named 'Nope'" in unknown["data"]["content"]
    who = await fake.response(await fake.slash("who", name="Ada Whitlock", story="Bridge"))
    assert "Whitlock" in text_of(who["data"])
    unknown = await fake.response(await fake.slash("who", name="Ada Whitlock", story="Nope"))
    assert "no story named 'Nope'" in unknown["data"]["content"]
    status = await fake.response(await fake.group("digest", "status", story="Bridge"))
    assert "**Bridge** (its own digest)" in status["data"]["content"]

    # A broken feed: paused after repeated failures, reported once in the story's channel.
    broken = f"{site.base}/broken.xml"
    await fake.response(await fake.group("source", "add", url=broken, story="Bridge"))
    await fetched(sessions, broken)
    with sessions.begin() as session:  # four failures behind it already: the fifth pauses it
        session.execute(
            update(Source).where(Source.url == broken).values(next_due=None, failures=4)
        )
    await cog.fetch_now()
    await cog.notify_pauses()  # nothing more to say
    assert len(said_in_channel(fake, "is paused after repeated failures")) == 1
    listed = await fake.response(await fake.group("source", "list", story="Bridge"))
    assert "paused after 5 failures (never ok)" in listed["data"]["content"]
    assert "HTTP 500" in listed["data"]["content"]
    status = await fake.response(await fake.group("digest", "status"))
    assert "Broken sources" in status["data"]["content"] and "paused" in status["data"]["content"]

    # Removed by its number (Manage Server only): no longer listed, the stored articles stay.
    (gone,) = [s for s in list_sources(sessions) if s.url == broken]
    denied = await fake.response(
        await fake.group("source", "remove", source=f"#{gone.id}", user="bob")
    )
    assert "You cannot run this command here" in denied["data"]["content"]
    assert [s.id for s in list_sources(sessions) if s.url == broken] == [gone.id]  # still there
    removed = await fake.response(await fake.group("source", "remove", source=f"#{gone.id}"))
    assert f"Source #{gone.id} <{broken}> removed from **Bridge**" in removed["data"]["content"]
    assert "It had brought no article" in removed["data"]["content"]
    listed = await fake.response(await fake.group("source", "list", story="Bridge"))
    assert broken not in listed["data"]["content"] and "feed.xml" in listed["data"]["content"]
    shown = text_of((await fake.response(await fake.slash("sources", story="Bridge")))["data"])
    assert "Bridge story 3" in shown

    # Added through Discord, a loopback address is refused: no proxy into the host's network.
    bot.settings = dataclasses.replace(bot.settings, fetch_allow_private=False)
    refused = await fake.response(
        await fake.group("source", "add", url=f"{site.base}/other.xml", story="Bridge")
    )
    assert "private or loopback" in refused["data"]["content"]


async def test_name_suggestions_come_from_the_story_named(
    fake: GroupFake, bot: BriefBot, sessions: sessionmaker[Session], site: Site
) -> None:
    """/who name: (and /quote speaker:) suggest only the names of the story in `story:`, else
    of the channel's story, else of every article."""
    await asyncio.to_thread(ingest_paths, sessions, [SEEDS])  # the default story: the seeds
    await fake.response(await fake.group("story", "add", name="Bridge", keywords="bridge"))
    feed = f"{site.base}/feed.xml"
    await fake.response(await fake.group("source", "add", url=feed, story="Bridge"))
    await fetched(sessions, feed)

    async def offered(command: str, option: str, typed: str, **others: str) -> list[str]:
        body = await fake.response(await fake.autocomplete(command, option, typed, **others))
        return [choice["value"] for choice in body["data"]["choices"]]

    # this channel is Bridge's (`/story add` bound it): /who answers, and suggests, from Bridge
    assert await offered("who", "name", "Sull") == []
    assert await offered("who", "name", "Whit") == ["Ada Whitlock"]
    with sessions.begin() as session:
        session.execute(update(StoryRow).values(channel_id=0))  # now bound to no story
    assert "Jake Sullivan" in await offered("who", "name", "Sull")  # every article
    assert "Ada Whitlock" in await offered("who", "name", "Whit")
    assert await offered("who", "name", "Sull", story="Bridge") == []
    assert await offered("who", "name", "Whit", story="Bridge") == ["Ada Whitlock"]
    in_bridge = await offered("who", "name", "", story="Bridge")
    assert "Ada Whitlock" in in_bridge and "Jake Sullivan" not in in_bridge
    assert "Jake Sullivan" in await offered("quote", "speaker", "")
    assert await offered("quote", "speaker", "", story="Bridge") == ["Ada Whitlock"]
    # a story name half typed is no story yet: every article's names, as before
    assert "Jake Sullivan" in await offered("who", "name", "Sull", story="Bri")
