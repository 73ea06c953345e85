"""Whose job a name after "a spokeswoman for the governor," is: the office's or the job's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from briefings.analysis.common.names import ROLE_HEADS
from briefings.analysis.speech.words import KIN_NOUNS

if TYPE_CHECKING:
    from briefings.analysis.people.finding.candidates import Candidate

# "A spokesperson for the governor, " before a name: a job, for/of/to, "the" and an office, each
# of one to three lower-case words ending in a title's noun.
_SERVED: Final = re.compile(
    r"(?:^|\b)(?:an?|the|An?|The)\s+(?P<job>(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*)"
    r"\s+(?:for|of|to)\s+the\s+(?P<office>(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z][\w-]*)),\s+$"
)
# An office's noun and the title written short for it: "Gov. Alan Brenner" holds "governor".
_SHORT: Final = {
    "governor": "gov",
    "senator": "sen",
    "representative": "rep",
    "president": "pres",
    "general": "gen",
    "professor": "prof",
}


def served_offices(sentences: Sequence[str], read: Sequence[Sequence[Candidate]]) -> None:
    """Give a person named after "a spokesperson for the governor," with no role the job when the
    article names the office's holder before ("Michigan Gov. Alan Brenner … A spokeswoman for the
    governor, Nicole Ambrose," → "spokeswoman for the governor": the governor is the one named
    before). With no holder named before, the apposition may rename either noun ("A spokesperson
    for the governor, Tina Kotek," is the governor or the spokesperson), so the name gets no role."""
    for k, (sentence, found) in enumerate(zip(sentences, read, strict=True)):
        for c in found:
            if c.kind != "person" or c.role:
                continue
            at = sentence.find(f", {c.text}")
            after = sentence[at + 2 + len(c.text) : at + 3 + len(c.text)]
            if at < 0 or after not in (",", ""):
                continue
            match = _SERVED.search(sentence[: at + 2])
            if not match or not _a_title(match["job"]) or match["head"] not in ROLE_HEADS:
                continue
            before = " ".join([*sentences[:k], sentence[: match.start()]])
            if _names_the_office(before, match["head"]):
                c.role = sentence[match.start("job") : match.end("office")]


def _a_title(words: str) -> bool:
    """Whether a job's words end in a title's noun: "spokesperson", "senior adviser"; not a kin
    noun ("The son of the president, Hunter Biden,": the name is the son's, as kin are named)."""
    last = words.split()[-1]
    return last in ROLE_HEADS and last not in KIN_NOUNS


def _names_the_office(text: str, head: str) -> bool:
    """Whether the text writes the office's noun ("the governor", "Governor") or its title
    written short ("Gov.")."""
    short = _SHORT.get(head)
    pattern = rf"\b{re.escape(head)}\b" + (rf"|\b{short}\." if short else "")
    return re.search(pattern, text, re.IGNORECASE) is not None
