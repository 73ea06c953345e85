"""Markdown from articles and users arrives inert: no masked link, mention, heading or code block."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from bot.console.shell import respond
from bot.render import markdown
from briefings.answers import Briefing, BriefPoint, QuoteItem, QuoteList, SourceItem, TimelineEvent
from tests.bot.render.discord_markdown import live, shown
from tests.bot.story_double import NK, OAN, StoryDouble

HOSTILE = [
    "[click here](https://evil.example/phish)",
    "@everyone look <@&123> <@456> <#789> <t:1700000000:R>",
    "# BIG HEADING",
    "-# small print",
    "> quoted\n>>> all of it",
    "```py\nprint('code')\n```",
    "**EVIL bold** __under__ ~~gone~~ ||spoiler|| `tick`",
    "- listed\n1. numbered",
    "back\\slash \\[not\\](escaped)",
]
EVIL = " ".join(HOSTILE)
REF = dataclasses.replace(OAN, title=EVIL, outlet="[Outlet](https://evil.example)")


class HostileStory(StoryDouble):
    """Every piece of text an answer carries is hostile markdown."""

    def briefing(self, focus: str | None = None, since: dt.date | None = None) -> Briefing:
        points = [BriefPoint(text, [REF, NK], dt.date(2023, 9, 6), "day") for text in HOSTILE]
        return Briefing(EVIL, points, [REF, NK], focus, since, note=EVIL)

    def quotes(self, speaker: str | None = None, about: str | None = None) -> QuoteList:
        return QuoteList(
            [QuoteItem(text, EVIL, EVIL, "partial", [REF]) for text in HOSTILE], EVIL, about
        )

    def sources(self, limit: int | None = None, offset: int = 0) -> list[SourceItem]:
        now = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
        return [
            SourceItem(1, "a.txt", EVIL, EVIL, EVIL, EVIL, None, "unknown", HOSTILE, now),
        ]

    def timeline(self, limit: int | None = None, offset: int = 0) -> list[TimelineEvent]:
        return [TimelineEvent(dt.date(2023, 9, 1), "day", text, [REF]) for text in HOSTILE]


def texts(data: dict) -> list[str]:
    parts = [data.get("content") or ""]
    for embed in data.get("embeds") or []:
        parts += [embed.get("title") or "", embed.get("description") or ""]
        for f in embed.get("fields", []):
            parts += [f["name"], f["value"]]
    return parts


def assert_inert(data: dict) -> None:
    for text in texts(data):
        assert live(text) == {}, text


@pytest.mark.parametrize(
    ("command", "options"),
    [
        ("brief", {"focus": "[focus](https://evil.example) **EVIL**"}),
        ("quote", {"speaker": "@everyone", "about": "# EVIL"}),
        ("sources", {}),
        ("timeline", {}),
        ("who", {"name": "[EVIL](https://evil.example)"}),
    ],
)
async def test_injected_markdown_arrives_inert(fake, start_bot, command, options):
    await start_bot(HostileStory())
    body = await fake.response(await fake.slash(command, **options))
    data = body["data"]
    assert_inert(data)
    seen = "\n".join(shown(t) for t in texts(data))
    if command != "who":  # an unknown name: only the name typed is echoed
        for text in HOSTILE:  # every character readable; a live star or escape would be lost
            assert text in seen, text
    for typed in options.values():
        assert typed.replace("**", "") in seen.replace("**", "") or command == "quote"


async def test_an_echoed_bad_value_is_inert(fake, start_bot):
    await start_bot(HostileStory())
    body = await fake.response(await fake.slash("brief", since="[x](http:)"))
    content = body["data"]["content"]
    assert live(content) == {}
    assert "[x](http:)" in shown(content)


def test_escape_round_trips_to_plain_text():
    for text in HOSTILE:
        assert markdown.plain(markdown.escape(text)) == text


def test_the_console_stays_plain():
    out = respond(HostileStory(), "/brief")
    assert "[click here](https://evil.example/phish)" in out
    for text in HOSTILE:  # as written, no escapes shown in a terminal
        assert text.splitlines()[0] in out
    assert "\x1b" not in respond(HostileStory(), "/who \x1b[31mred")
