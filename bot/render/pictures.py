"""Answers with a picture: the pages of text and a way to draw the picture.

The picture is of the same data, attached to the embeds by its `attachment://` name."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

import discord

from bot.interactions import queries
from bot.render import embeds
from bot.render.limits import Page
from briefings.charts import Chart, ChartCache, coverage_chart, network_chart, timeline_chart
from briefings.chat.commands import clean
from briefings.story import Story


@dataclass
class Reply:
    """The pages of an answer, and the picture of the very data they show (drawn when called)."""

    pages: list[Page]
    picture: Callable[[], Chart | None] | None = None


def timeline(story: Story, charts: ChartCache) -> Reply:
    events = story.timeline(limit=queries.LISTED)
    return Reply(
        embeds.timeline_pages(events), lambda: charts.get("timeline", events, timeline_chart)
    )


def sources(story: Story, charts: ChartCache) -> Reply:
    items = story.sources(limit=queries.LISTED)
    return Reply(embeds.sources_pages(items), lambda: charts.get("coverage", items, coverage_chart))


def who(story: Story, charts: ChartCache, name: str) -> Reply:
    text = clean(name, "name")
    if text is None:
        raise queries.BadInput("Give a name, for example /who Kim Jong Un.")
    result = story.profile(text)
    pages = embeds.profile_pages(result)
    profile = result.profile
    if profile is None:
        return Reply(pages)
    return Reply(pages, lambda: charts.get("network", profile, network_chart))


def attach(pages: list[Page], chart: Chart) -> discord.File:
    """The picture as a file, shown in the last embed of every page (so paging keeps it)."""
    for page in pages:
        page[-1].set_image(url=f"attachment://{chart.filename}")
    return discord.File(io.BytesIO(chart.png), filename=chart.filename, description=chart.alt)
