"""Per-user cooldowns on the heavier commands, kept by each bot instance."""

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
        key = (command, interaction.user.id)
        bucket = bot.cooldowns.get(key)
        if bucket is None:
            bucket = app_commands.Cooldown(bot.options.cooldown_rate, bot.options.cooldown_per)
            bot.cooldowns[key] = bucket
        retry_after = bucket.update_rate_limit()
        if retry_after:
            raise app_commands.CommandOnCooldown(bucket, retry_after)
        return True

    return app_commands.check(predicate)
