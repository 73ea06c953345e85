"""/brief: the story briefing, optionally about one person or since a date."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.interactions import autocomplete, queries, stories
from bot.interactions.checks import heavy
from bot.interactions.replies import answer

if TYPE_CHECKING:
    from bot.app import BriefBot


class Brief(commands.Cog):
    @app_commands.command(name="brief", description="The story so far: key points and sources")
    @app_commands.describe(
        focus="Only what concerns this person, place or organisation",
        since="Only what happened on or after this date (YYYY-MM-DD)",
        private="Show the answer only to you",
        story="Which story (default: the channel's, else every article)",
    )
    @app_commands.autocomplete(focus=autocomplete.names, story=stories.names)
    @heavy()
    async def brief(
        self,
        interaction: discord.Interaction[BriefBot],
        focus: queries.Text | None = None,
        since: queries.Day | None = None,
        private: bool = False,
        story: queries.Text | None = None,
    ) -> None:
        queries.parse_since(since)  # a bad date is refused before any work
        scoped = await stories.resolve(interaction, story)
        if scoped is None:
            return
        await answer(interaction, lambda: queries.brief(scoped, focus, since), private=private)


async def setup(bot: BriefBot) -> None:
    await bot.add_cog(Brief())
