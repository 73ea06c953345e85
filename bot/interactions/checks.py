"""Per-user cooldowns on the heavier commands, kept by each bot instance.

The sliding window of `briefings.chat.cooldowns`, as in the Slack adapter."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

if TYPE_CHECKING:
    from bot.app import BriefBot


def heavy() -> Callable[[Any], Any]:
    """At most `cooldown_rate` runs per `cooldown_per` seconds per user and command."""

    async def predicate(interaction: discord.Interaction[BriefBot]) -> bool:
        bot = interaction.client
        command = interaction.command.qualified_name if interaction.command else ""
        retry_after = bot.cooldowns.retry_after((command, interaction.user.id))
        if retry_after is not None:  # discord.py's error, so the tree's handler answers it
            bucket = app_commands.Cooldown(bot.cooldowns.rate, bot.cooldowns.per)
            raise app_commands.CommandOnCooldown(bucket, retry_after)
        return True

    return app_commands.check(predicate)
