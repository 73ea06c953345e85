"""Autocomplete for name and speaker options: at most 25 choices, answered well inside 3 seconds."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import discord
from discord import app_commands

from bot.render.limits import CHOICE, CHOICES, clip

if TYPE_CHECKING:
    from bot.app import BriefBot
    from briefings.story import Story

log = logging.getLogger(__name__)
DEADLINE = 2.0  # seconds; Discord drops autocomplete answers after 3
Lookup = Callable[[str, int], list[str]]  # (prefix, limit) -> names


async def _choices(lookup: Lookup, current: str) -> list[app_commands.Choice[str]]:
    prefix = " ".join(current.split())[:CHOICE]
    try:
        names = await asyncio.wait_for(asyncio.to_thread(lookup, prefix, CHOICES), DEADLINE)
    except Exception:
        log.warning("autocomplete failed for %r", prefix, exc_info=True)
        return []
    unique = list(dict.fromkeys(n for n in names if n and len(n) <= CHOICE))
    return [app_commands.Choice(name=clip(n, CHOICE), value=n) for n in unique[:CHOICES]]


def _in_story(
    interaction: discord.Interaction[BriefBot], lookup: Callable[[Story], Lookup]
) -> Lookup:
    """`lookup` (names or speakers) in the story the command would answer from: its `story`
    option when filled in, else the channel's story, else every article."""
    story, channel = interaction.client.story, interaction.channel_id
    named = interaction.namespace.story  # None when the command has no such option, or unset

    def complete(prefix: str, limit: int) -> list[str]:
        from bot.interactions.stories import scoped  # bot.interactions.stories imports this module

        try:
            chosen = scoped(story, str(named) if named else None, channel)
        except Exception:  # a name half typed or unknown, no stories table: every article
            chosen = story
        return lookup(chosen)(prefix, limit)

    return complete


async def names(
    interaction: discord.Interaction[BriefBot], current: str
) -> list[app_commands.Choice[str]]:
    return await _choices(_in_story(interaction, lambda s: s.complete_names), current)


async def speakers(
    interaction: discord.Interaction[BriefBot], current: str
) -> list[app_commands.Choice[str]]:
    return await _choices(_in_story(interaction, lambda s: s.complete_speakers), current)
