"""Text from articles and users made inert in Discord markdown, and read back as plain text."""

from __future__ import annotations

import re

# Characters Discord reads as markdown anywhere in a line: emphasis, spoilers, code, masked links
# ([text](url)), mentions and timestamps (<@id>, <#id>, <t:…>), headings, quotes and escapes.
SPECIAL = re.compile(r"([\\*_~`|\[\]()<>#])")
# What is markdown only at the start of a line: a list item or a numbered one.
LINE_START = re.compile(r"^(\s*)([-+]|\d+\.)(?=\s)", re.MULTILINE)
# @everyone and @here are mentions even without angle brackets.
EVERYONE = re.compile(r"@(?=(?:everyone|here)\b)")
ESCAPED = re.compile(r"\\([^A-Za-z0-9\s])|\*")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def escape(text: str) -> str:
    """`text` shown literally by Discord: no link, mention, heading, code block or emphasis.

    `[click](https://evil.example)` stays those characters, with no link behind them."""
    text = SPECIAL.sub(r"\\\1", CONTROL.sub("", text))
    text = EVERYONE.sub(r"\\@", text)
    return LINE_START.sub(lambda m: f"{m.group(1)}{m.group(2)[:-1]}\\{m.group(2)[-1]}", text)


def plain(markdown: str) -> str:
    """The words of a message built with `escape`, for a terminal: escapes removed, and the
    bot's own **bold** and *italic* stars dropped (every star from the text is escaped)."""
    return ESCAPED.sub(lambda m: m.group(1) or "", CONTROL.sub("", markdown))
