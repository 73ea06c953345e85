"""Digests and digest status as Discord messages, always within Discord's limits."""

from __future__ import annotations

import datetime as dt

import discord

from bot.render.limits import clip
from bot.render.markdown import escape
from briefings.chat import fitting
from briefings.digests.compose import NOTHING_NEW, Digest
from briefings.digests.layout import layout
from briefings.digests.status import StatusMarks, local_time, status_lines
from briefings.digests.subscriptions import DigestSettings

__all__ = ["digest_message", "local_time", "pack", "status_text"]

TITLE_LIMIT = 256
FIELD_LIMIT = 1024
FOOTER_LIMIT = 2048
# Description 2,000 + 3 fields of 1,024 + title + footer stays under the 6,000 of one message.
DESCRIPTION_BUDGET = 2000
COLOUR = discord.Colour.blurple()


def pack(lines: list[str], limit: int) -> str:
    """As many whole lines as fit in `limit` characters, then how many were left out."""
    return fitting.pack(lines, limit, room=min(24, limit // 2))


def digest_message(digest: Digest) -> tuple[str | None, list[discord.Embed]]:
    """The content and embeds to post: one line when nothing is new, else one embed."""
    if digest.empty:
        return NOTHING_NEW, []
    page = layout(digest, escape)
    embed = discord.Embed(
        title=clip(page.title, TITLE_LIMIT),
        description=pack(page.articles, DESCRIPTION_BUDGET),
        colour=COLOUR,
    )
    for section in page.sections:
        embed.add_field(name=section.name, value=pack(section.lines, FIELD_LIMIT), inline=False)
    embed.set_footer(text=clip(page.footer, FOOTER_LIMIT))
    return None, [embed]


DISCORD_MARKS = StatusMarks(
    strong=lambda word: f"**{word}**",
    channel=lambda key: f"<#{key}>",
    warning="⚠️",
    code=str,  # a schedule and a time zone that parsed: no backtick in either
    text=escape,
)


def status_text(settings: DigestSettings | None, next_run: dt.datetime | None) -> str:
    """What `/digest status` answers, with times in the guild's chosen time zone."""
    if settings is None:
        return "No digest is set up here. Someone with Manage Server can use `/digest set`."
    return clip("\n".join(status_lines(settings, next_run, DISCORD_MARKS)), 2000)
