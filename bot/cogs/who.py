"""/who: the profile of a person, organisation or place named in the articles."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot import autocomplete, pictures, queries
from bot.checks import heavy
from bot.replies import answer

if TYPE_CHECKING:
    from bot.app import BriefBot


class Who(commands.Cog):
    @app_commands.command(name="who", description="Profile: role, aliases, mentions, quotes")
    @app_commands.describe(name="The person, organisation or place", private="Only you see it")
    @app_commands.autocomplete(name=autocomplete.names)
    @heavy()
    async def who(
        self, interaction: discord.Interaction[BriefBot], name: queries.Text, private: bool = False
    ) -> None:
        story, charts = interaction.client.story, interaction.client.charts
        await answer(interaction, lambda: pictures.who(story, charts, name), private=private)


async def setup(bot: BriefBot) -> None:
    await bot.add_cog(Who())
