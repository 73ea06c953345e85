"""A host, an anchor or a moderator described, not named: "“…?” the host asked"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.speech.roles import role_near

__all__ = ["INTERVIEWERS", "called", "not_the_host"]

INTERVIEWERS: Final = words_set("host co-host anchor moderator interviewer")


def not_the_host(role: str, name: str, paragraphs: Sequence[str]) -> bool:
    """ "the host asked", "the anchor said" where the most salient person `name` is given another
    job by the article and never that one ("Gov. Rick Dunmore defended his decision on Fox
    Business. “…?” the host asked"): a guest is no host, so the host is someone else."""
    head = role.lower()
    if head not in INTERVIEWERS or called(head, name, paragraphs):
        return False
    return role_near(name, paragraphs) is not None


def called(head: str, name: str, paragraphs: Sequence[str]) -> bool:
    """The article writes the job `head` beside `name`: "host Sean Hannity", "Morning Joe hosts
    Joe Scarborough and …", "Hannity, the Fox News host"."""
    surname = name.split()[-1]
    pattern: re.Pattern[str] | None = None
    for par in paragraphs:
        if surname not in par or head not in par.lower():
            continue  # (most paragraphs write neither: no pattern made for them)
        if pattern is None:
            word = re.escape(surname)
            pattern = re.compile(  # the job, then capitalised words up to the surname
                rf"\b(?i:{head})s?(?: [A-Z][\w.’'-]*){{0,3}} {word}\b"
                rf"|\b{word}\b, (?:[^,.;:“”\"]{{0,30}} )?{head}s?\b"
            )
        if pattern.search(par):
            return True
    return False
