"""/timeline: the dated events of the story, oldest first."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot import pictures
from bot.checks import heavy
from bot.replies import answer

if TYPE_CHECKING:
    from bot.app import BriefBot


class Timeline(commands.Cog):
    @app_commands.command(name="timeline", description="The dated events of the story")
    @app_commands.describe(private="Show the answer only to you")
    @heavy()
    async def timeline(
        self, interaction: discord.Interaction[BriefBot], private: bool = False
    ) -> None:
        story, charts = interaction.client.story, interaction.client.charts
        await answer(interaction, lambda: pictures.timeline(story, charts), private=private)


async def setup(bot: BriefBot) -> None:
    await bot.add_cog(Timeline())
