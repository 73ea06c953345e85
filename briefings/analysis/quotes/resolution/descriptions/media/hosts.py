"""A host, an anchor or a moderator described, not named: "“…?” the host asked"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.common.parts import may_hold
from briefings.analysis.speech.roles import role_near

__all__ = ["INTERVIEWERS", "called", "not_the_host", "the_interviewer_is_not"]

INTERVIEWERS: Final = words_set("host co-host anchor moderator interviewer")


def not_the_host(role: str, name: str, paragraphs: Sequence[str]) -> bool:
    """ "the host asked", "the anchor said" where the most salient person `name` is given another
    job by the article and never that one ("Gov. Rick Dunmore defended his decision on Fox
    Business. “…?” the host asked"): a guest is no host, so the host is someone else."""
    head = role.lower()
    if head not in INTERVIEWERS or called(head, name, paragraphs):
        return False
    return role_near(name, paragraphs) is not None


# the press's own jobs, which a description of an interviewer may use ("the reporter said")
_PRESS: Final = INTERVIEWERS | words_set("reporter journalist correspondent columnist newsman")


def the_interviewer_is_not(role: str, name: str, paragraphs: Sequence[str]) -> bool:
    """ "the candidate said" where the most salient person `name` is written as an anchor, a host
    or a moderator ("Telemundo anchor Rafael Sotomayor … “…,” the candidate said"): one plain noun
    of no press job the article never writes beside `name` is someone else's."""
    head = role.lower()
    if not (head.isalpha() and head.islower()) or head in _PRESS:
        return False
    surname = name.split()[-1]
    # (every match writes the name and a job: only paragraphs that write both are searched, and
    # the name's patterns, this one's and `called`'s, are made only when one does)
    both = [  # (the case-blind search, slow, only where a job's letters may stand)
        par
        for par in paragraphs
        if surname in par and may_hold(par, _JOB_PARTS) and _JOB.search(par)
    ]
    if not both or called(head, name, paragraphs):
        return False
    word = re.escape(surname)
    written = re.compile(  # the job as a noun: not "to host Trump’s two rivals"
        rf"(?<!\bto )\b{_JOBS},?(?: [A-Z][\w.’'-]*){{0,3}} {word}\b(?![’']s\b)"
        rf"|\b{word}\b, (?:[^,.;:“”\"]{{0,30}} )?{_JOBS}\b"
    )
    return any(written.search(par) for par in both)


_JOBS: Final = rf"(?i:{'|'.join(sorted(INTERVIEWERS))})"  # an interviewer's job, any case
_JOB: Final = re.compile(_JOBS)
_JOB_PARTS: Final = ("host", "anchor", "moderator", "interviewer")  # what every job holds


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
