"""An office described ("the senator replied", "the former president wrote") is held by someone the
article gives that office, not by the most salient person when the article gives that one another
job."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from briefings.analysis.quotes.resolution.descriptions.media.hosts import INTERVIEWERS, called
from briefings.analysis.quotes.resolution.descriptions.offices import another_office, holds_office
from briefings.analysis.speech.roles import role_beside

__all__ = ["NO_HOLDER", "held_by_another"]

NO_HOLDER: Final = ""  # no one: several others hold the office, or none does


def held_by_another(
    description: str, name: str, others: Sequence[str], paragraphs: Sequence[str]
) -> str | None:
    """For a description whose head is an office ("the senator", "the former president") that
    went to the most salient person `name` whom the article gives another office or a host's job
    and never that office ("Fox News host Jesse Watters asked Brock …. “We’ll see,” the senator
    replied", "Gov. Mary Lane", "Rep. Matt Gaines … the former president wrote"): the one other
    person among `others` the article gives the office ("Sen. Ted Brock"), when the description
    is the office alone (a state's or a party's word may fit another: "the Vermont senator");
    else NO_HOLDER. None (no change) when `name` holds the office or has no other office or job
    written beside the full name (a relative's "Secretary Clinton" is no job of Bill Clinton's)."""
    mine = role_beside(name, paragraphs)
    if mine and _holds(description, mine):
        return None
    host = not mine and any(called(job, name, paragraphs) for job in INTERVIEWERS)
    if not host and not another_office(description, mine or ""):
        return None  # "Former Democratic candidate Bernie Sanders": no office, his own may be
    holders = {
        other
        for other in others
        if other != name and _holds(description, role_beside(other, paragraphs) or "")
    }
    words = description.split()
    alone = len(words) == 1 or (len(words) == 2 and words[0].lower() == "former")
    return next(iter(holders)) if len(holders) == 1 and alone else NO_HOLDER


# a chamber in a role holds its members' office: "Senate Majority Leader" is a senator
_CHAMBERS: Final = {
    "Senate": ("senator",),
    "House": ("congressman", "congresswoman", "representative"),
}


def _holds(description: str, role: str) -> bool:
    """`role` holds the office of the description's head, or names the chamber whose member it
    is: "Senate Majority Leader Mitch Cole" is "the senator"."""
    if holds_office(description, role):
        return True
    head = description.split()[-1].lower()
    return any(head in _CHAMBERS[word] for word in role.split() if word in _CHAMBERS)
