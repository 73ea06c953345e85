"""Digests and digest status as Discord messages, always within Discord's limits."""

from __future__ import annotations

import datetime as dt

import discord

from bot.limits import clip
from bot.markdown import escape
from briefings.digest import NOTHING_NEW, Digest
from briefings.digest_layout import layout
from briefings.schedules import zone
from briefings.subscriptions import DigestSettings

TITLE_LIMIT = 256
FIELD_LIMIT = 1024
FOOTER_LIMIT = 2048
# Description 2,000 + 3 fields of 1,024 + title + footer stays under the 6,000 of one message.
DESCRIPTION_BUDGET = 2000
COLOUR = discord.Colour.blurple()


def pack(lines: list[str], limit: int) -> str:
    """As many whole lines as fit in `limit` characters, then how many were left out."""
    room = min(24, limit // 2)  # for "…and N more" after any line
    lines = [clip(line, limit - room) for line in lines]
    if len("\n".join(lines)) <= limit:
        return "\n".join(lines)
    kept: list[str] = []
    for index, line in enumerate(lines):
        rest = len(lines) - index - 1
        reserve = len(f"\n…and {rest} more") if rest else 0
        if len("\n".join([*kept, line])) + reserve > limit:
            break
        kept.append(line)
    left = len(lines) - len(kept)
    return "\n".join([*kept, f"…and {left} more"])


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


def local_time(when: dt.datetime, timezone: str) -> str:
    return when.astimezone(zone(timezone)).strftime("%a %d %b %Y, %H:%M %Z")


def status_text(settings: DigestSettings | None, next_run: dt.datetime | None) -> str:
    """What `/digest status` answers, with times in the guild's chosen time zone."""
    if settings is None:
        return "No digest is set up here. Someone with Manage Server can use `/digest set`."
    tz = settings.schedule.timezone
    lines = [
        f"Digest: **{'on' if settings.enabled else 'off'}**, `{settings.schedule.text}` "
        f"({tz}) in <#{settings.channel_id}>.",
    ]
    if settings.enabled:
        lines.append(f"Next digest: {local_time(next_run, tz) if next_run else 'not scheduled'}.")
    lines.append(
        "Last posted: "
        + (local_time(settings.last_posted_at, tz) if settings.last_posted_at else "never")
        + "."
    )
    if settings.silent_when_empty:
        lines.append("When nothing is new, no message is posted.")
    if settings.last_error:
        when = f" ({local_time(settings.last_error_at, tz)})" if settings.last_error_at else ""
        lines.append(f"⚠️ Last delivery failed{when}: {escape(settings.last_error)}")
    return clip("\n".join(lines), 2000)
