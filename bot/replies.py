"""Answering an interaction: query off the event loop, defer when slow, page long answers."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import discord

from bot.limits import Page
from bot.paging import Pager, numbered

if TYPE_CHECKING:
    from bot.app import BriefBot


async def answer(
    interaction: discord.Interaction[BriefBot], work: Callable[[], list[Page]], *, private: bool
) -> None:
    """Send the pages `work()` makes, deferring first when they take longer than the bot allows."""
    options = interaction.client.options
    task = asyncio.ensure_future(asyncio.to_thread(work))
    done, _ = await asyncio.wait({task}, timeout=options.defer_after)
    if not done:
        await interaction.response.defer(ephemeral=private, thinking=True)
    pages = numbered(await task)
    view = (
        Pager(pages, interaction.user.id, timeout=options.page_timeout) if len(pages) > 1 else None
    )
    kwargs: dict[str, Any] = {"embeds": pages[0], "ephemeral": private}
    if view is not None:
        kwargs["view"] = view
    if interaction.response.is_done():
        message: Any = await interaction.followup.send(wait=True, **kwargs)
    else:
        callback = await interaction.response.send_message(**kwargs)
        message = callback.resource
    if view is not None:
        view.message = message


async def notice(interaction: discord.Interaction[Any], text: str) -> None:
    """One short ephemeral sentence, whether or not the interaction was answered already."""
    if interaction.response.is_done():
        await interaction.followup.send(text, ephemeral=True)
    else:
        await interaction.response.send_message(text, ephemeral=True)
