"""/help: the commands, shown only to the person asking."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.interactions import queries
from bot.interactions.replies import answer

if TYPE_CHECKING:
    from bot.app import BriefBot


class Help(commands.Cog):
    @app_commands.command(name="help", description="What briefbot can tell you")
    async def help(self, interaction: discord.Interaction[BriefBot]) -> None:
        await answer(interaction, queries.help_, private=True)


async def setup(bot: BriefBot) -> None:
    await bot.add_cog(Help())
