"""The story a reading command answers from, and autocomplete for story names.

Its `story` option, else the story bound to the channel, else every article (the default
story)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from sqlalchemy import select

from bot.interactions.autocomplete import _choices
from bot.interactions.replies import answer
from bot.render.pictures import Reply
from briefings.charts import ChartCache
from briefings.models import StoryRow
from briefings.sources.stories import StoryError, story_id, story_names
from briefings.story import Story

if TYPE_CHECKING:
    from bot.app import BriefBot


def scoped(story: Story, name: str | None, channel_id: int | None) -> Story:
    """`story` limited to the named story's articles (runs in a thread: it reads the database)."""
    with story.sessions() as session:
        if name:
            return Story(story.sessions, story_id(session, name))
        if channel_id is None:
            return story
        bound = session.scalar(
            select(StoryRow.id)
            .where((StoryRow.channel_id == channel_id) | (StoryRow.thread_id == channel_id))
            .limit(1)
        )
        return story if bound is None else Story(story.sessions, bound)


async def resolve(interaction: discord.Interaction[BriefBot], name: str | None) -> Story | None:
    """The story to answer from; None when the name is unknown (the user was told why)."""
    story = interaction.client.story
    try:
        return await asyncio.to_thread(scoped, story, name, interaction.channel_id)
    except StoryError as exc:
        await interaction.response.send_message(str(exc), ephemeral=True)
        return None
    except Exception:  # no stories table (a story double in tests, an old database): all
        if name:
            raise
        return story


def charts_for(interaction: discord.Interaction[BriefBot], scoped: Story) -> ChartCache:
    """The pictures' cache for `scoped`: the bot's own for its story; a named story's are drawn
    afresh (pictures are cached per story version)."""
    return interaction.client.charts if scoped is interaction.client.story else ChartCache()


async def answer_drawn(
    interaction: discord.Interaction[BriefBot],
    story: str | None,
    draw: Callable[[Story, ChartCache], Reply],
    *,
    private: bool,
) -> None:
    """Answer with what `draw` makes of the story `story` names (or the channel's) and its
    pictures' cache; nothing when the name is unknown (the user was told why)."""
    scoped = await resolve(interaction, story)
    if scoped is None:
        return
    charts = charts_for(interaction, scoped)
    await answer(interaction, lambda: draw(scoped, charts), private=private)


async def names(
    interaction: discord.Interaction[BriefBot], current: str
) -> list[app_commands.Choice[str]]:
    sessions = interaction.client.story.sessions

    def lookup(prefix: str, limit: int) -> list[str]:
        return [n for n in story_names(sessions) if n.lower().startswith(prefix.lower())][:limit]

    return await _choices(lookup, current)
