"""/sources: the articles the story is built from."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot import pictures
from bot.replies import answer

if TYPE_CHECKING:
    from bot.app import BriefBot


class Sources(commands.Cog):
    @app_commands.command(name="sources", description="The articles: outlet, date, summary")
    @app_commands.describe(private="Show the answer only to you")
    async def sources(
        self, interaction: discord.Interaction[BriefBot], private: bool = False
    ) -> None:
        story, charts = interaction.client.story, interaction.client.charts
        await answer(interaction, lambda: pictures.sources(story, charts), private=private)


async def setup(bot: BriefBot) -> None:
    await bot.add_cog(Sources())
