"""/timeline: the dated events of the story, oldest first."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.interactions import stories
from bot.interactions.checks import heavy
from bot.interactions.queries import Text
from bot.render import pictures

if TYPE_CHECKING:
    from bot.app import BriefBot


class Timeline(commands.Cog):
    @app_commands.command(name="timeline", description="The dated events of the story")
    @app_commands.describe(
        private="Show the answer only to you",
        story="Which story (default: the channel's, else every article)",
    )
    @app_commands.autocomplete(story=stories.names)
    @heavy()
    async def timeline(
        self,
        interaction: discord.Interaction[BriefBot],
        private: bool = False,
        story: Text | None = None,
    ) -> None:
        await stories.answer_drawn(interaction, story, pictures.timeline, private=private)


async def setup(bot: BriefBot) -> None:
    await bot.add_cog(Timeline())
