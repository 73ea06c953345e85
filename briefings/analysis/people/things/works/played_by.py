"""Parts told by how they are played: "Phil Mitchell would return, played by Steve McFadden"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from briefings.analysis.people.finding.candidates import Candidate

# A participle of playing after a comma, and the actor's name: ", played by Steve McFadden".
_PLAYED_BY: Final = re.compile(r", (?:played|voiced|portrayed) by [A-Z]")

# A full name a verb of playing takes for years: "has played Ken Barlow since 1960", "played Dot
# Cotton for 30 years".
_PLAYED_FOR_YEARS: Final = re.compile(
    r"\b(?:plays|played|portrays|portrayed|voices|voiced) ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+)"
    r" (?:since (?:19|20)\d\d\b|for (?:more than |over |almost |nearly )?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty) (?:years|decades)\b)"
)


def parts_played(sentences: Sequence[str], read: Sequence[list[Candidate]]) -> None:
    """The full names read as people's that a clause closing on ", played by" and an actor has
    for its subject ("He said Phil Mitchell would return in January, played by Steve
    McFadden"), or that a verb of playing takes "since" a year or for years ("where he has
    played Ken Barlow since 1960"): made a part's hint, which the article's marks of a person
    elsewhere outweigh (not "Tom Smith, 40, was interviewed by police", no playing)."""
    for k, sentence in enumerate(sentences):
        if "play" not in sentence and "voice" not in sentence and "portray" not in sentence:
            continue  # (a substring test before the searches)
        parts = {m.group(1) for m in _PLAYED_FOR_YEARS.finditer(sentence)}
        for m in _PLAYED_BY.finditer(sentence):
            parts |= _subject_before(sentence[: m.start()], read[k])
        for c in read[k]:
            if c.kind == "person" and c.text in parts and not c.alias:
                c.kind, c.role, c.evidence, c.spoken, c.thing_hint = None, None, False, False, True


def _subject_before(clause: str, found: Sequence[Candidate]) -> set[str]:
    """The last full name in `clause` with no comma and no other name between it and the end,
    and no possessive after it."""
    last: tuple[int, str] | None = None
    for c in found:
        at = clause.rfind(c.text)
        if at >= 0 and (last is None or at > last[0]):
            last = (at, c.text)
    if last is None or " " not in last[1]:
        return set()
    between = clause[last[0] + len(last[1]) :]
    if "," in between or between.startswith(("'s", "’s")):
        return set()  # "Jane Austen's hero, played by Colin Firth": the hero is played
    return {last[1]}
