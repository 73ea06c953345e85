"""A story's digest through the fake Discord: on its own schedule, into a thread, then as a new
post in a forum channel titled with the story and the day; once per slot, only what is new."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from bot.app import BriefBot
from briefings.models import Source, StoryRow
from tests.sources.discord_fake import GroupFake, fetched, slot_passed
from tests.sources.server import Site


def _in(fake: GroupFake, channel_id: str) -> list[dict[str, Any]]:
    return [m for m in fake.channel_messages if m["channel_id"] == channel_id]


async def _grow(site: Site, bot: BriefBot, sessions: sessionmaker[Session], items: int) -> None:
    site.items = items
    with sessions.begin() as session:
        session.execute(update(Source).values(next_due=None))
    cog: Any = bot.get_cog("SourceCog")
    await cog.fetch_now()


async def test_story_digest_into_a_thread_then_a_forum_once_per_slot(
    fake: GroupFake, bot: BriefBot, sessions: sessionmaker[Session], site: Site
) -> None:
    slot = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
    added = await fake.group(
        "story",
        "add",
        name="Bridge",
        channel=fake.thread_id,
        schedule=f"daily {slot:%H:%M}",
        timezone="UTC",
    )
    said = (await fake.response(added))["data"]["content"]
    assert f"in <#{fake.thread_id}>" in said, said
    feed = f"{site.base}/feed.xml"
    await fake.response(await fake.group("source", "add", url=feed, story="Bridge"))
    await fetched(sessions, feed)
    await slot_passed(sessions, bot)
    assert not _in(fake, fake.thread_id)  # the first fetch is stored, never posted; silent

    await _grow(site, bot, sessions, 3)
    await slot_passed(sessions, bot)
    (posted,) = _in(fake, fake.thread_id)
    assert "Bridge story 3" in str(posted["embeds"]) and "story 2" not in str(posted["embeds"])
    assert posted["embeds"][0]["title"].startswith("Bridge: ") and posted["nonce"]
    assert not _in(fake, fake.channel_id)  # nothing in the channel the thread is in
    # Only what is new: the mayor and her quote were in the first fetch's articles (stored,
    # never posted), so they are no news to the story.
    assert "Whitlock" not in str(posted["embeds"][0].get("fields")), posted["embeds"]

    # Moved to a forum channel: one new post per digest, titled with the story and the day.
    role = 777
    with sessions.begin() as session:
        session.execute(update(StoryRow).values(role_id=role))
    moved = await fake.group("story", "edit", name="Bridge", channel=fake.forum_id)
    assert f"in <#{fake.forum_id}>" in (await fake.response(moved))["data"]["content"]
    await _grow(site, bot, sessions, 4)
    await slot_passed(sessions, bot)
    await slot_passed(sessions, bot, move=False)  # the slot again: already claimed, nothing
    (post,) = fake.forum_posts
    today = dt.datetime.now(dt.UTC)
    assert post["name"] == f"Bridge — {today.day} {today:%b %Y}"
    (message,) = _in(fake, post["id"])
    assert "Bridge story 4" in str(message["embeds"]) and "story 3" not in str(message["embeds"])
    assert message["content"] == f"<@&{role}>"
    (sent,) = [r.body for r in fake.requests if r.path.endswith(f"{fake.forum_id}/threads")]
    assert sent["message"]["allowed_mentions"] == {"parse": [], "roles": [role]}
    assert len(_in(fake, fake.thread_id)) == 1  # the thread got nothing more
