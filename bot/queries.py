"""The commands as plain functions: validated options in, pages of embeds out (bot and console)."""

from __future__ import annotations

import discord
from discord import app_commands

from bot import embeds
from bot.digest.render import digest_message
from bot.limits import Page
from briefings.commands import MAX_TEXT, clean, parse_since
from briefings.commands import BadInput as BadInput  # raised here, caught by bot.errors
from briefings.digest import preview
from briefings.story import Story

Text = app_commands.Range[str, 1, MAX_TEXT]  # a name or word option: Discord enforces the length
LISTED = 200  # articles or events a /sources or /timeline answer pages through, newest

HELP = [
    ("/brief [focus] [since]", "the story so far: key points with their sources"),
    ("/quote [speaker] [about]", "who said what, with role, outlet and date"),
    ("/who <name>", "a person's profile: roles, mentions, quotes, people around them"),
    ("/sources", "the articles the briefing is built from"),
    ("/timeline", "the dated events of the story"),
    (
        "/digest now|status|set|off",
        "what is new, now or on a schedule (console: /digest previews it)",
    ),
    ("/help", "this list"),
]


def brief(story: Story, focus: str | None = None, since: str | None = None) -> list[Page]:
    answer = story.briefing(focus=clean(focus, "focus"), since=parse_since(since))
    return embeds.briefing_pages(answer)


def quote(story: Story, speaker: str | None = None, about: str | None = None) -> list[Page]:
    answer = story.quotes(speaker=clean(speaker, "speaker"), about=clean(about, "about"))
    return embeds.quote_pages(answer)


def who(story: Story, name: str) -> list[Page]:
    text = clean(name, "name")
    if text is None:
        raise BadInput("Give a name, for example /who Kim Jong Un.")
    return embeds.profile_pages(story.profile(text))


def sources(story: Story) -> list[Page]:
    return embeds.sources_pages(story.sources(limit=LISTED))


def timeline(story: Story) -> list[Page]:
    return embeds.timeline_pages(story.timeline(limit=LISTED))


def digest(story: Story) -> list[Page]:
    """What a digest posted now would say: the console's /digest, the same embed the bot posts."""
    content, posted = digest_message(preview(story))
    return [posted] if posted else [[discord.Embed(description=content)]]


def help_() -> list[Page]:
    return embeds.help_pages(HELP)
