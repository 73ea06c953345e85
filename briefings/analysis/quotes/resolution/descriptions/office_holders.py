"""An office described ("the senator replied", "the former president wrote") is held by someone the
article gives that office, not by the most salient person when the article gives that one another
job."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from briefings.analysis.quotes.resolution.descriptions.media.hosts import INTERVIEWERS, called
from briefings.analysis.quotes.resolution.descriptions.offices import another_office, holds_office
from briefings.analysis.quotes.resolution.descriptions.staff import on_staff
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
    host = host or (not mine and on_staff(name, paragraphs))  # "Okafor’s campaign manager, Luis
    # Ferrer": no congressman
    if not host and not another_office(description, mine or ""):
        return None  # "Former Democratic candidate Bernie Sanders": no office, his own may be
    holders = {
        other
        for other in others
        if other != name and _holds(description, role_beside(other, paragraphs) or "")
    }
    words = description.split()
    alone = len(words) == 1 or (len(words) == 2 and words[0].lower() == "former")
    if len(holders) > 1 and words[0].lower() == "former":  # round 55: "the former congressman"
        # is "then-House Armed Services Chairman Russell Dyer", not "Rep. Janelle Okafor"
        holders = {h for h in holders if _former(role_beside(h, paragraphs) or "")} or holders
    return next(iter(holders)) if len(holders) == 1 and alone else NO_HOLDER


# a chamber in a role holds its members' office: "Senate Majority Leader" is a senator
_CHAMBERS: Final = {
    "Senate": ("senator",),
    "House": ("congressman", "congresswoman", "representative"),
}


def _former(role: str) -> bool:
    """A role the article writes as held once: "former Rep.", "then-House … Chairman"."""
    first = role.split()[0].lower() if role.split() else ""
    return first in {"former", "ex-"} or first.startswith(("then-", "ex-"))


def _holds(description: str, role: str) -> bool:
    """`role` holds the office of the description's head, or names the chamber whose member it
    is: "Senate Majority Leader Mitch Cole" is "the senator"."""
    if holds_office(description, role):
        return True
    head = description.split()[-1].lower()
    chambers = (word.removeprefix("then-") for word in role.split())  # "then-House …": once
    return any(head in _CHAMBERS[word] for word in chambers if word in _CHAMBERS)
