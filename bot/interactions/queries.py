"""The commands as plain functions: validated options in, pages of embeds out (bot and console)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import discord
from discord import app_commands

from bot.digest.render import digest_message
from bot.render import embeds
from bot.render.limits import Page
from briefings.chat.commands import MAX_TEXT, clean, parse_since
from briefings.chat.commands import (
    BadInput as BadInput,  # raised here, caught by bot.interactions.errors
)
from briefings.digests.compose import preview
from briefings.story import Story

LISTED = 200  # articles or events a /sources or /timeline answer pages through, newest


class TooLong(app_commands.AppCommandError):
    """A typed option longer than its definition allows (Discord's check was bypassed)."""


class Bounded(app_commands.Transformer):
    """A text option of at most `most` characters: the synced definition carries max_length
    for Discord to enforce, and the bot checks it again, as a client can send anything."""

    def __init__(self, most: int) -> None:
        self.most = most

    @property
    def type(self) -> discord.AppCommandOptionType:
        return discord.AppCommandOptionType.string

    @property
    def min_value(self) -> int:
        return 1

    @property
    def max_value(self) -> int:
        return self.most

    async def transform(self, interaction: discord.Interaction[Any], value: Any, /) -> str:
        text = str(value)
        if len(text) > self.most:
            raise TooLong(f"That value is too long: at most {self.most} characters.")
        return text


Text = app_commands.Transform[str, Bounded(MAX_TEXT)]  # a name or word option
Day = app_commands.Transform[str, Bounded(10)]  # a YYYY-MM-DD option

HELP = [
    (
        "/brief [focus:NAME] [since:YYYY-MM-DD] [story:NAME]",
        "the story so far: key points with their sources, about one name, since a date",
    ),
    (
        "/quote [speaker:NAME] [about:WORD] [story:NAME]",
        "who said what, with role, outlet and date",
    ),
    (
        "/who name:NAME [story:NAME]",
        "a profile: roles, mentions, quotes, people mentioned with them",
    ),
    ("/sources [story:NAME]", "the articles the briefing is built from, newest first"),
    ("/timeline [story:NAME]", "the dated events of the story"),
    (
        "/digest now [story:NAME]",
        "post what is new in the server's (or the story's) digest channel (console: a preview)",
    ),
    (
        "/digest status [story:NAME]",
        "the digest schedule, next and last post, any delivery problem; the channel's story's too",
    ),
    (
        "/digest set channel schedule timezone [silent]",
        "post a digest on a schedule (Manage Server; Discord only)",
    ),
    ("/digest off", "stop the schedule (Manage Server; Discord only)"),
    (
        "/help",
        "this list; every command but /help and /digest takes private:True; story: picks one of the stories (default: the channel's, else every article)",
    ),
]


def brief(story: Story, focus: str | None = None, since: str | None = None) -> list[Page]:
    answer = story.briefing(focus=clean(focus, "focus"), since=parse_since(since))
    return embeds.briefing_pages(answer) + embeds.evidence_pages(answer)


def quote(story: Story, speaker: str | None = None, about: str | None = None) -> list[Page]:
    answer = story.quotes(speaker=clean(speaker, "speaker"), about=clean(about, "about"))
    return embeds.quote_pages(answer)


def who(story: Story, name: str) -> list[Page]:
    text = clean(name, "name")
    if text is None:
        raise BadInput("Give a name, for example /who Kim Jong Un.")
    return embeds.profile_pages(story.profile(text))


def sources(story: Story) -> list[Page]:
    items = story.sources(limit=LISTED)
    total = story.count_sources() if len(items) >= LISTED else len(items)
    return embeds.sources_pages(items, total)


def timeline(story: Story) -> list[Page]:
    events = story.timeline(limit=LISTED)
    total = story.count_timeline() if len(events) >= LISTED else len(events)
    return embeds.timeline_pages(events, total)


def digest(story: Story) -> list[Page]:
    """What a digest posted now would say: the console's /digest, the same embed the bot posts."""
    content, posted = digest_message(preview(story))
    return [posted] if posted else [[discord.Embed(description=content)]]


def digest_status(story: Story) -> list[Page]:
    """Every server's digest schedule stored in the story's database (the console's status)."""
    from bot.digest.render import status_text
    from briefings.digests.subscriptions import enabled_settings

    with story.sessions() as session:
        found = enabled_settings(session)
    if not found:
        text = (
            "No digest is set up. In Discord, someone with Manage Server can use `/digest set`; "
            "here, /digest previews what it would post."
        )
        return [[discord.Embed(title="Digest status", description=text)]]
    embeds_ = [
        discord.Embed(
            title=f"Digest status: server {s.guild_id}",
            description=status_text(s, s.schedule.next_fire(dt.datetime.now(dt.UTC))),
        )
        for s in found
    ]
    return [embeds_[i : i + 10] for i in range(0, len(embeds_), 10)]


def help_() -> list[Page]:
    return embeds.help_pages(HELP)
