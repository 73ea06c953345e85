"""A digest and its status as Slack messages, escaped and inside Slack's limits."""

from __future__ import annotations

import datetime as dt
import re

from briefings.chat import fitting
from briefings.chat.fitting import clip
from briefings.digests.compose import NOTHING_NEW, Digest
from briefings.digests.layout import layout
from briefings.digests.status import StatusMarks, local_time, status_lines
from briefings.digests.subscriptions import DigestSettings
from slackbot.blocks import SlackPage
from slackbot.ids import from_key
from slackbot.limits import LIMITS
from slackbot.text import bold, context, escape, section

__all__ = ["channel", "digest_page", "local_time", "pack", "status_text"]

LINK = re.compile(r"&lt;#([A-Z0-9]{9,12})&gt;")


def pack(lines: list[str], limit: int) -> str:
    """As many whole escaped lines as fit in `limit` characters, then how many were left out."""
    return fitting.pack([escape(line) for line in lines], limit, room=30)


def digest_page(digest: Digest) -> SlackPage:
    """One message: one line when nothing is new, else the sections with numbered sources."""
    if digest.empty:
        return SlackPage(NOTHING_NEW, [section(NOTHING_NEW)])
    page = layout(digest)
    blocks = [section(bold(page.title)), section(pack(page.articles, LIMITS.section_text))]
    for part in page.sections:
        body = pack(part.lines, LIMITS.section_text - len(part.name) - 10)
        blocks.append(section(f"*{escape(part.name)}*\n{body}"))
    blocks.append(context(escape(page.footer)))
    return SlackPage(escape(page.title), blocks)


def channel(key: int) -> str:
    """A channel link: Slack shows its name and it notifies no one."""
    return f"<#{from_key(key)}>"


SLACK_MARKS = StatusMarks(
    strong=lambda word: f"*{word}*",
    channel=channel,
    warning=":warning:",
    code=escape,
    text=lambda error: LINK.sub(r"<#\1>", escape(error)),  # our own channel links stay
)


def status_text(
    settings: DigestSettings | None, next_run: dt.datetime | None, membership: str | None
) -> str:
    """What `/digest status` answers; `membership` is a problem with the channel, if any."""
    if settings is None:
        return "No digest is set up in this workspace. An admin can use `/digest set`."
    lines = status_lines(settings, next_run, SLACK_MARKS, membership)
    return clip("\n".join(lines), LIMITS.section_text)
