"""Embeds rendered as plain text, so the console shows exactly what the bot would send."""

from __future__ import annotations

import re
import textwrap

import discord

from bot.limits import Page

WIDTH = 100
BOLD = re.compile(r"\*\*(.+?)\*\*")
ITALIC = re.compile(r"(?<!\*)\*(?!\s)([^*]+?)\*(?!\*)")


def plain(markdown: str) -> str:
    """Discord markdown as it reads: **bold** and *italic* without their stars."""
    return ITALIC.sub(r"\1", BOLD.sub(r"\1", markdown))


def _wrapped(text: str, indent: str = "") -> list[str]:
    lines = []
    for line in plain(text).splitlines() or [""]:
        hang = indent + ("  " if line.startswith(("• ", "- ")) else "")
        lines += textwrap.wrap(line, WIDTH, initial_indent=indent, subsequent_indent=hang) or [""]
    return lines


def embed_text(embed: discord.Embed) -> str:
    lines = []
    if embed.title:
        lines += [plain(embed.title), "=" * min(WIDTH, len(plain(embed.title)))]
    if embed.description:
        lines += _wrapped(embed.description)
    for field in embed.fields:
        lines += ["", plain(field.name or "")]
        lines += _wrapped(field.value or "", "  ")
    if embed.footer.text:
        lines += ["", f"({embed.footer.text})"]
    return "\n".join(lines)


def page_text(page: Page, content: str = "") -> str:
    parts = [content] if content else []
    return "\n\n".join(parts + [embed_text(e) for e in page])
