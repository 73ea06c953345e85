"""/sources: the articles the story is built from."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.interactions import stories
from bot.interactions.queries import Text
from bot.render import pictures

if TYPE_CHECKING:
    from bot.app import BriefBot


class Sources(commands.Cog):
    @app_commands.command(name="sources", description="The articles: outlet, date, summary")
    @app_commands.describe(
        private="Show the answer only to you",
        story="Which story (default: the channel's, else every article)",
    )
    @app_commands.autocomplete(story=stories.names)
    async def sources(
        self,
        interaction: discord.Interaction[BriefBot],
        private: bool = False,
        story: Text | None = None,
    ) -> None:
        await stories.answer_drawn(interaction, story, pictures.sources, private=private)


async def setup(bot: BriefBot) -> None:
    await bot.add_cog(Sources())
