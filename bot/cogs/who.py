"""/who: the profile of a person, organisation or place named in the articles."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.interactions import autocomplete, queries, stories
from bot.interactions.checks import heavy
from bot.render import pictures

if TYPE_CHECKING:
    from bot.app import BriefBot


class Who(commands.Cog):
    @app_commands.command(name="who", description="Profile: role, aliases, mentions, quotes")
    @app_commands.describe(
        name="The person, organisation or place",
        private="Only you see it",
        story="Which story (default: the channel's, else every article)",
    )
    @app_commands.autocomplete(name=autocomplete.names, story=stories.names)
    @heavy()
    async def who(
        self,
        interaction: discord.Interaction[BriefBot],
        name: queries.Text,
        private: bool = False,
        story: queries.Text | None = None,
    ) -> None:
        await stories.answer_drawn(
            interaction,
            story,
            lambda scoped, charts: pictures.who(scoped, charts, name),
            private=private,
        )


async def setup(bot: BriefBot) -> None:
    await bot.add_cog(Who())
