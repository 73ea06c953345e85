"""Text for Slack's mrkdwn: escaped so article text never mentions anyone or breaks formatting."""

from __future__ import annotations

from typing import Any

from briefings.chat.fitting import clip


def escape(text: str) -> str:
    """`&`, `<` and `>` as Slack requires: `<!channel>` or `<@U123>` in an article stays text."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unescape(text: str) -> str:
    """What the user typed: Slack sends `&`, `<`, `>` in command text escaped."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def bold(text: str) -> str:
    """Escaped text in bold (stars inside it would end the bold early, so they go)."""
    return f"*{escape(text.replace('*', ''))}*"


def section(text: str, limit: int = 3000) -> dict[str, Any]:
    """A section block of mrkdwn text (already escaped), cut to `limit`."""
    return {"type": "section", "text": {"type": "mrkdwn", "text": clip(text, limit) or " "}}


def context(text: str) -> dict[str, Any]:
    """A context block: one small line of mrkdwn (already escaped)."""
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": clip(text, 3000)}]}


def plain(text: str, limit: int) -> dict[str, Any]:
    return {"type": "plain_text", "text": clip(text, limit), "emoji": False}
