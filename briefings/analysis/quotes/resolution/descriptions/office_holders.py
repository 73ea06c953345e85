"""An elected office described ("the senator replied") is held by someone the article gives that
office, not by the most salient person when the article gives that one another job."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from briefings.analysis.quotes.resolution.descriptions.hosts import INTERVIEWERS, called
from briefings.analysis.quotes.resolution.descriptions.relatives import office_titles
from briefings.analysis.speech.roles import role_near

__all__ = ["NO_HOLDER", "held_by_another"]

NO_HOLDER: Final = ""  # several others hold the office: no one


def held_by_another(
    office: str, name: str, others: Sequence[str], paragraphs: Sequence[str]
) -> str | None:
    """For a description of an elected `office` ("the senator") that went to the most salient
    person `name` whom the article gives another job and never that office ("Fox News host Jesse
    Watters asked Brock …. “We’ll see,” the senator replied", "Gov. Mary Lane"): the one other
    person among `others` the article gives the office ("Sen. Ted Brock"), NO_HOLDER when several
    hold it, None (no change) when `name` has no role written, holds the office, or no one else
    does."""
    mine = role_near(name, paragraphs)
    words = office_titles(office)
    if mine and _holds(mine, words):
        return None
    if not mine and not any(called(job, name, paragraphs) for job in INTERVIEWERS):
        return None  # no job written for `name` (a host's is no role_near's)
    holders = {o for o in others if o != name and _holds(role_near(o, paragraphs) or "", words)}
    if not holders:
        return None
    return next(iter(holders)) if len(holders) == 1 else NO_HOLDER


def _holds(role: str, words: frozenset[str]) -> bool:
    return any(w.lower().rstrip(".") in words for w in role.split())
