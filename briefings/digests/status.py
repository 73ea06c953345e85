"""What `/digest status` says, in either adapter: the lines in words, the marks given by each."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from briefings.digests.schedules import zone
from briefings.digests.subscriptions import DigestSettings


def local_time(when: dt.datetime, timezone: str) -> str:
    """A time as the guild or workspace reads it: `Thu 02 May 2024, 08:00 CEST`."""
    return when.astimezone(zone(timezone)).strftime("%a %d %b %Y, %H:%M %Z")


@dataclass(frozen=True)
class StatusMarks:
    """How one platform writes the status: bold, a channel link, a warning, escaped text."""

    strong: Callable[[str], str]  # "on" / "off"
    channel: Callable[[int], str]  # a channel key as a link that notifies no one
    warning: str  # the mark before a problem
    code: Callable[[str], str]  # schedule and time zone, shown in a code span
    text: Callable[[str], str]  # an error message, shown as text


def status_lines(
    settings: DigestSettings,
    next_run: dt.datetime | None,
    marks: StatusMarks,
    problem: str | None = None,
) -> list[str]:
    """The status of a digest that is set up; `problem` keeps it from posting (already marked
    up), if any."""
    tz = settings.schedule.timezone
    lines = [
        f"Digest: {marks.strong('on' if settings.enabled else 'off')}, "
        f"`{marks.code(settings.schedule.text)}` ({marks.code(tz)}) "
        f"in {marks.channel(settings.channel_id)}.",
    ]
    if settings.enabled:
        lines.append(f"Next digest: {local_time(next_run, tz) if next_run else 'not scheduled'}.")
    last = local_time(settings.last_posted_at, tz) if settings.last_posted_at else "never"
    lines.append(f"Last posted: {last}.")
    if settings.silent_when_empty:
        lines.append("When nothing is new, no message is posted.")
    if problem:
        lines.append(f"{marks.warning} {problem}")
    if settings.last_error:
        when = f" ({local_time(settings.last_error_at, tz)})" if settings.last_error_at else ""
        lines.append(
            f"{marks.warning} Last delivery failed{when}: {marks.text(settings.last_error)}"
        )
    return lines
