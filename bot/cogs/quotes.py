"""/quote: attributed quotes, by speaker and topic, paged."""

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


class Quotes(commands.Cog):
    @app_commands.command(name="quote", description="Who said what, with role, outlet and date")
    @app_commands.describe(
        speaker="The person quoted",
        about="Only quotes containing these words",
        private="Show the answer only to you",
        story="Which story (default: the channel's, else every article)",
    )
    @app_commands.autocomplete(speaker=autocomplete.speakers, story=stories.names)
    @heavy()
    async def quote(
        self,
        interaction: discord.Interaction[BriefBot],
        speaker: queries.Text | None = None,
        about: queries.Text | None = None,
        private: bool = False,
        story: queries.Text | None = None,
    ) -> None:
        scoped = await stories.resolve(interaction, story)
        if scoped is None:
            return
        await answer(interaction, lambda: queries.quote(scoped, speaker, about), private=private)


async def setup(bot: BriefBot) -> None:
    await bot.add_cog(Quotes())
