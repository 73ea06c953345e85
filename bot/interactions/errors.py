"""A failed command: one short ephemeral sentence for the user, the traceback for the log."""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord import app_commands

from bot.interactions.queries import BadInput, TooLong
from bot.interactions.replies import notice
from bot.render.limits import clip
from bot.render.markdown import escape
from briefings.chat.outage import DATABASE_DOWN, SORRY, database_down

log = logging.getLogger(__name__)
__all__ = ["DATABASE_DOWN", "database_down", "on_app_command_error", "sentence"]
ECHO = 80  # characters of a typed value repeated back in an error


def sentence(error: app_commands.AppCommandError) -> str | None:
    """The sentence for an expected failure; None for a bug."""
    original = getattr(error, "original", error)
    if isinstance(original, BadInput):
        return escape(clip(str(original), 300))
    if isinstance(error, TooLong):
        return str(error)
    if database_down(original):
        return DATABASE_DOWN
    if isinstance(error, app_commands.CommandOnCooldown):
        return f"Slow down: you can run this again in {error.retry_after:.0f} s."
    if isinstance(error, app_commands.TransformerError):
        return f"“{escape(clip(str(error.value), ECHO))}” is not a valid value for this option."
    if isinstance(error, app_commands.CheckFailure):
        return "You cannot run this command here."
    return None


async def on_app_command_error(
    interaction: discord.Interaction[Any], error: app_commands.AppCommandError
) -> None:
    """The tree's error handler."""
    text = sentence(error)
    if text is None:
        command = interaction.command.qualified_name if interaction.command else "?"
        log.error("/%s failed", command, exc_info=error)
        text = SORRY
    try:
        await notice(interaction, text)
    except discord.HTTPException:
        log.warning("could not tell the user about an error", exc_info=True)
