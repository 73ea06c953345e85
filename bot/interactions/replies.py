"""Answering an interaction: query off the event loop, defer when slow, page long answers."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import aiohttp
import discord

from bot.render.limits import Page
from bot.render.paging import Pager, numbered
from bot.render.pictures import Reply, attach
from briefings.charts import Chart

if TYPE_CHECKING:
    from bot.app import BriefBot

log = logging.getLogger(__name__)


async def answer(
    interaction: discord.Interaction[BriefBot],
    work: Callable[[], list[Page] | Reply],
    *,
    private: bool,
) -> None:
    """Send the pages `work()` makes, deferring first when they take longer than the bot allows.
    A picture comes with them when drawn in time, else it is edited in once drawn."""
    options = interaction.client.options
    task = asyncio.ensure_future(asyncio.to_thread(work))
    done, _ = await asyncio.wait({task}, timeout=options.defer_after)
    if not done:
        await interaction.response.defer(ephemeral=private, thinking=True)
    result = await task
    reply = result if isinstance(result, Reply) else Reply(result)
    drawing = asyncio.ensure_future(asyncio.to_thread(reply.picture)) if reply.picture else None
    if drawing is not None:
        await asyncio.wait({drawing}, timeout=options.picture_wait)
    pages = numbered(reply.pages)
    view = (
        Pager(pages, interaction.user.id, timeout=options.page_timeout) if len(pages) > 1 else None
    )
    kwargs: dict[str, Any] = {"embeds": pages[0], "ephemeral": private}
    if view is not None:
        kwargs["view"] = view
    chart = _drawn(drawing) if drawing is not None and drawing.done() else None
    if chart is not None:
        kwargs["file"] = attach(pages, chart)
    if interaction.response.is_done():
        message: Any = await interaction.followup.send(wait=True, **kwargs)
    else:
        callback = await interaction.response.send_message(**kwargs)
        message = callback.resource
    if view is not None:
        view.message = message
    if drawing is not None and not drawing.done():
        await _edit_in(interaction, message, pages, view, drawing)


def _drawn(drawing: asyncio.Future[Chart | None]) -> Chart | None:
    """The finished picture, or None when drawing failed (the text answer stands alone)."""
    try:
        return drawing.result()
    except Exception:
        log.exception("drawing a picture failed")
        return None


async def _edit_in(
    interaction: discord.Interaction[BriefBot],
    message: Any,
    pages: list[Page],
    view: Pager | None,
    drawing: asyncio.Future[Chart | None],
) -> None:
    """The picture added to the sent answer once drawn, unless it takes too long."""
    done, _ = await asyncio.wait({drawing}, timeout=interaction.client.options.picture_timeout)
    chart = _drawn(drawing) if done else None
    if chart is None:
        if not done:
            log.warning("a picture took too long; the answer stays text only")
        return
    file = attach(pages, chart)
    page = pages[view.index if view is not None else 0]
    try:
        if isinstance(message, discord.WebhookMessage):
            await message.edit(embeds=page, attachments=[file])
        else:
            await interaction.edit_original_response(embeds=page, attachments=[file])
    except (discord.HTTPException, aiohttp.ClientError):  # the message gone, the bot closing
        log.warning("could not add the picture to the answer", exc_info=True)


async def notice(interaction: discord.Interaction[Any], text: str) -> None:
    """One short ephemeral sentence, whether or not the interaction was answered already."""
    if interaction.response.is_done():
        await interaction.followup.send(text, ephemeral=True)
    else:
        await interaction.response.send_message(text, ephemeral=True)
