"""A work's title named at a sentence's opening and taken up by the next as "The play"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from briefings.analysis.common.given_names.gender import PERSON_NOUNS
from briefings.analysis.common.names import words_set
from briefings.analysis.speech.name_shapes import is_title_word

if TYPE_CHECKING:
    from briefings.analysis.people.finding.candidates import Candidate

# The works a next sentence may take a title up as: "The play, written by Jack Thorne,".
_TAKEN_UP_AS: Final = words_set(
    "play musical film movie show novel book opera series drama sitcom documentary album"
)
_OPENS_WITH_A_WORK: Final = re.compile(r"^The ([a-z]+)(?:'s|’s)?\b")
# "and the" and the words in capitals after a name: "and the Cursed Child".
_AND_THE: Final = re.compile(r" and the ((?:[A-Z][\w'’-]* ?)+)")
# One plural word in capitals after "and the": a leader's band, named for its players ("Bob Marley
# and the Wailers", "Tom Petty and the Heartbreakers", "Cliff Richard and the Shadows").
_BACKING_PLAYERS: Final = re.compile(r"[A-Z][a-z]+[a-rt-z]s")


def titles_taken_up(sentences: Sequence[str], read: Sequence[list[Candidate]]) -> None:
    """A name read as a person's, with no role nor mark of one, that opens its sentence before
    "and the" and a word in capitals, when the next sentence opens with "The" and a work ("Harry
    Potter and the Cursed Child will close on Broadway. The play, written by …"): the opening of
    the work's title, no person (not "Tony Blair and the Queen will see a play. The play, …": a
    person's noun; nor "Bob Marley and the Wailers … The film": a band's players, one plural word)."""
    for k in range(len(sentences) - 1):
        m = _OPENS_WITH_A_WORK.match(sentences[k + 1])
        if m is None or m.group(1) not in _TAKEN_UP_AS:
            continue
        for c in read[k]:
            if c.kind != "person" or c.role or c.evidence or c.alias or " " not in c.text:
                continue
            if not sentences[k].startswith(c.text):
                continue
            joined = _AND_THE.match(sentences[k], len(c.text))
            words = joined.group(1).split() if joined else []
            if len(words) == 1 and _BACKING_PLAYERS.fullmatch(words[0]):
                continue
            if joined and not any(w.lower() in PERSON_NOUNS or is_title_word(w) for w in words):
                c.kind, c.evidence, c.thing_hint, c.not_a_person = None, False, True, True
