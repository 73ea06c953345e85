"""Autocomplete for name and speaker options: at most 25 choices, answered well inside 3 seconds."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import discord
from discord import app_commands

from bot.limits import CHOICE, CHOICES, clip

if TYPE_CHECKING:
    from bot.app import BriefBot

log = logging.getLogger(__name__)
DEADLINE = 2.0  # seconds; Discord drops autocomplete answers after 3


async def _choices(
    lookup: Callable[[str, int], list[str]], current: str
) -> list[app_commands.Choice[str]]:
    prefix = " ".join(current.split())[:CHOICE]
    try:
        names = await asyncio.wait_for(asyncio.to_thread(lookup, prefix, CHOICES), DEADLINE)
    except Exception:
        log.warning("autocomplete failed for %r", prefix, exc_info=True)
        return []
    unique = list(dict.fromkeys(n for n in names if n and len(n) <= CHOICE))
    return [app_commands.Choice(name=clip(n, CHOICE), value=n) for n in unique[:CHOICES]]


async def names(
    interaction: discord.Interaction[BriefBot], current: str
) -> list[app_commands.Choice[str]]:
    return await _choices(interaction.client.story.complete_names, current)


async def speakers(
    interaction: discord.Interaction[BriefBot], current: str
) -> list[app_commands.Choice[str]]:
    return await _choices(interaction.client.story.complete_speakers, current)
