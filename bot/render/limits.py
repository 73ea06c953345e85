"""Discord's message limits, and the helpers that keep every embed inside them."""

from __future__ import annotations

import discord

# the text helpers live in briefings.chat.fitting (shared with the Slack adapter); re-exported here
from briefings.chat.fitting import ELLIPSIS as ELLIPSIS
from briefings.chat.fitting import chunk_lines as chunk_lines
from briefings.chat.fitting import clip as clip

TITLE = 256
DESCRIPTION = 4096
FIELDS = 25
FIELD_NAME = 256
FIELD_VALUE = 1024
FOOTER = 2048
AUTHOR = 256
MESSAGE_EMBEDS_TOTAL = 6000
EMBEDS = 10
CONTENT = 2000
CHOICES = 25
CHOICE = 100

FOOTER_RESERVE = 100  # room kept in every page for the "Page 2/5" footer the pager adds
Page = list[discord.Embed]  # the embeds of one message


def characters(embed: discord.Embed) -> int:
    """What Discord counts toward the 6000 characters of a message's embeds."""
    return len(embed)


def paginate(embeds: list[discord.Embed], *, per_page: int = EMBEDS) -> list[Page]:
    """Embeds packed in order into messages of at most 10 embeds and 6000 characters."""
    budget = MESSAGE_EMBEDS_TOTAL - FOOTER_RESERVE
    pages: list[Page] = []
    page: Page = []
    size = 0
    for embed in embeds:
        length = characters(embed)
        if page and (len(page) >= min(per_page, EMBEDS) or size + length > budget):
            pages.append(page)
            page, size = [], 0
        page.append(embed)
        size += length
    if page:
        pages.append(page)
    return pages or [[discord.Embed(description="Nothing to show.")]]


def problems(page: Page, content: str = "") -> list[str]:
    """Every limit a message with these embeds would break; empty when Discord would accept it."""
    found = []
    if len(content) > CONTENT:
        found.append("content")
    if len(page) > EMBEDS:
        found.append("embed count")
    if sum(characters(e) for e in page) > MESSAGE_EMBEDS_TOTAL:
        found.append("6000 total")
    for embed in page:
        if len(embed.title or "") > TITLE or len(embed.description or "") > DESCRIPTION:
            found.append("title or description")
        if len(embed.fields) > FIELDS:
            found.append("field count")
        for field in embed.fields:
            if not 0 < len(field.name or "") <= FIELD_NAME:
                found.append("field name")
            if not 0 < len(field.value or "") <= FIELD_VALUE:
                found.append("field value")
        if len(embed.footer.text or "") > FOOTER:
            found.append("footer")
    return found
