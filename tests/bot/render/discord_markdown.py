"""What Discord would make of a message's markdown: the links, mentions and blocks it activates.

Written from Discord's rules, apart from the bot's escaping, so a test can tell whether text
from an article or a user arrives inert."""

from __future__ import annotations

import re

# A backslash before any punctuation shows it literally; everything else is live.
_ESCAPED = re.compile(r"\\[^A-Za-z0-9\s]")
_LIVE = {
    "masked link": re.compile(r"\[[^\]\n]*\]\(\s*<?[a-z][\w+.-]*:[^)]*\)", re.I),
    "mention": re.compile(
        r"<(?:@[!&]?\d+|#\d+|/[\w -]+:\d+|t:-?\d+(?::\w)?|a?:\w+:\d+)>|@(?:everyone|here)\b"
    ),
    "heading": re.compile(r"^\s*(?:#{1,3}|-#)\s", re.M),
    "block quote": re.compile(r"^\s*>(?:>>)?\s", re.M),
    "list item": re.compile(r"^\s*(?:[-*+]|\d+\.)\s", re.M),
    "code": re.compile(r"`"),
    "spoiler": re.compile(r"\|\|"),
    "strike or underline": re.compile(r"~~|__"),
}


def live(text: str) -> dict[str, list[str]]:
    """Each kind of markdown Discord would act on in `text`, with what it would act on."""
    masked = _ESCAPED.sub("\x00\x00", text)  # escaped characters can start nothing
    found = {kind: rule.findall(masked) for kind, rule in _LIVE.items()}
    return {kind: hits for kind, hits in found.items() if hits}


def shown(text: str) -> str:
    """The characters a reader sees once escapes are applied (stars of emphasis removed)."""
    return re.sub(r"\\([^A-Za-z0-9\s])", r"\1", re.sub(r"(?<!\\)\*", "", text))
