"""Embeds rendered as plain text, so the console shows exactly what the bot would send."""

from __future__ import annotations

import textwrap

import discord

from bot.render.limits import Page
from bot.render.markdown import plain
from briefings.cli.terminal import WIDTH, heading


def _wrapped(text: str, indent: str = "") -> list[str]:
    lines = []
    for line in plain(text).splitlines() or [""]:
        hang = indent + ("  " if line.startswith(("• ", "- ")) else "")
        lines += textwrap.wrap(line, WIDTH, initial_indent=indent, subsequent_indent=hang) or [""]
    return lines


def embed_text(embed: discord.Embed) -> str:
    lines = []
    if embed.title:
        lines += heading(plain(embed.title))
    if embed.description:
        lines += _wrapped(embed.description)
    for field in embed.fields:
        lines += ["", *textwrap.wrap(plain(field.name or ""), WIDTH)]
        lines += _wrapped(field.value or "", "  ")
    if embed.footer.text:
        lines += ["", f"({plain(embed.footer.text)})"]
    return "\n".join(lines)


def page_text(page: Page, content: str = "") -> str:
    parts = [plain(content)] if content else []
    return "\n\n".join(parts + [embed_text(e) for e in page])
