"""A story's digest as Discord posts it.

Titled with the story, its role (and only its role) mentioned, and in a forum channel one new post
per digest, found again after a crash."""

from __future__ import annotations

import datetime as dt

import discord

from briefings.digests.schedules import zone
from briefings.digests.subscriptions import DigestSettings, StoryTarget

DASH = " — "
NAME_LIMIT = 100  # a thread's name


def story_message(
    story: StoryTarget, content: str | None, embeds: list[discord.Embed]
) -> tuple[str | None, list[discord.Embed], discord.AllowedMentions]:
    """The digest's message for a story: its embeds titled with the story's name, its role
    mentioned first, and allowed mentions that let that role through and nothing else, so an
    `@everyone` or `<@123>` quoted from an article never pings anyone."""
    for embed in embeds:
        embed.title = f"{story.name}: {embed.title}"[:256]
    if story.role_id is None:
        return content, embeds, discord.AllowedMentions.none()
    content = f"<@&{story.role_id}> {content or ''}".strip()
    only_role = discord.AllowedMentions(
        everyone=False, users=False, roles=[discord.Object(story.role_id)], replied_user=False
    )
    return content, embeds, only_role


def forum_title(settings: DigestSettings, now: dt.datetime) -> str:
    """`Harbour bridge — 2 Dec 2026`: the story and the day in the digest's time zone."""
    name = settings.story.name if settings.story else "Digest"
    day = now.astimezone(zone(settings.schedule.timezone))
    return f"{name}{DASH}{day.day} {day:%b %Y}"[:NAME_LIMIT]


async def earlier_forum_post(
    forum: discord.ForumChannel, settings: DigestSettings, title: str, me: int
) -> int | None:
    """The post an earlier try of this digest made, if Discord has it: a forum post takes no
    nonce, so the forum's active threads are looked at instead. A thread the bot started with
    this title, newer than the last digest recorded in this forum, is the digest now pending
    (digests to one channel are delivered one at a time, and a retry comes within minutes)."""
    after = settings.last_message_id or 0
    threads = await forum.guild.active_threads()
    found = [
        t.id
        for t in threads
        if t.parent_id == forum.id and t.owner_id == me and t.id > after and t.name == title
    ]
    return min(found) if found else None  # a forum post's first message has the thread's id
