"""The fake Discord with `/story` and `/source` groups, and what the story tests look for."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from bot.app import BriefBot
from briefings.digests.subscriptions import DigestSubscription
from briefings.sources.stories import list_sources
from tests.digest.fake_guild import DigestFakeDiscord


class GroupFake(DigestFakeDiscord):
    def __init__(self) -> None:
        super().__init__()
        self.bodies: list[dict[str, Any]] = []  # every message the bot created, as sent

    def _create(self, channel_id: str, body: dict[str, Any]) -> tuple[int, Any]:
        self.bodies.append(body)
        return super()._create(channel_id, body)


async def fetched(sessions: sessionmaker[Session], url: str) -> None:
    for _ in range(300):
        found = [s for s in list_sources(sessions) if s.url == url]
        if found and (found[0].last_success or found[0].failures):
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"{url} was never fetched")


PINGS = "@everyone <@123> <@&456> @here"  # in an article: must never ping


async def slot_passed(sessions: sessionmaker[Session], bot: BriefBot, *, move: bool = True) -> None:
    """As if the bot had been down over the story's slot (a minute ago): its start-up check
    posts a digest missed within the hour, once."""
    if move:
        with sessions.begin() as session:
            session.execute(
                update(DigestSubscription)
                .where(DigestSubscription.story_id.is_not(None))
                .values(due_from=dt.datetime.now(dt.UTC) - dt.timedelta(hours=2))
            )
    assert bot.digests is not None
    await bot.digests.catch_up()


def story_digests(fake: GroupFake) -> list[dict[str, Any]]:
    return [
        b
        for b in fake.bodies
        if any(str(e.get("title", "")).startswith("Bridge:") for e in b.get("embeds") or [])
    ]


def said_in_channel(fake: GroupFake, word: str) -> list[str]:
    return [
        m["content"]
        for m in fake.messages.values()
        if m.get("channel_id") == fake.channel_id and word in (m.get("content") or "")
    ]
