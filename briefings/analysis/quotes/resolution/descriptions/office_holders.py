"""An office described ("the senator replied", "the former president wrote") is held by someone the
article gives that office, not by the most salient person when the article gives that one another
job."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from briefings.analysis.quotes.resolution.descriptions.hosts import INTERVIEWERS, called
from briefings.analysis.quotes.resolution.descriptions.offices import another_office, holds_office
from briefings.analysis.speech.roles import role_beside

__all__ = ["NO_HOLDER", "held_by_another"]

NO_HOLDER: Final = ""  # no one: several others hold the office, or none does


def held_by_another(
    description: str, name: str, others: Sequence[str], paragraphs: Sequence[str]
) -> str | None:
    """For a description whose head is an office ("the senator", "the former president") that
    went to the most salient person `name` whom the article gives another job and never that
    office ("Fox News host Jesse Watters asked Brock …. “We’ll see,” the senator replied", "Gov.
    Mary Lane", "Rep. Matt Gaines … the former president wrote"): the one other person among
    `others` the article gives the office ("Sen. Ted Brock"); NO_HOLDER when several hold it, or
    when none does and `name`'s job is another office or a host's; None (no change) when `name`
    has no job written or holds the office."""
    mine = role_beside(name, paragraphs)
    if mine and holds_office(description, mine):
        return None
    host = not mine and any(called(job, name, paragraphs) for job in INTERVIEWERS)
    if not mine and not host:
        return None  # no job written for `name` (a host's is no role_beside's)
    holders = {
        other
        for other in others
        if other != name and holds_office(description, role_beside(other, paragraphs) or "")
    }
    if len(holders) == 1:
        return next(iter(holders))
    if holders or host or another_office(description, mine or ""):
        return NO_HOLDER
    return None
