"""A job's tail naming the body in common words: "leader of the council", "chair of the board"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.people.roles.tokens import Token

# Bodies a job is "of" that local and institutional reporting names in lower case, after "the"
# ("the leader of the council", "the chairman of the planning committee").
_BODY_NOUNS: Final = words_set(
    "council committee board authority cabinet assembly parliament senate trust commission"
)

# The most words that may describe the body: "of the county council", "of the planning committee".
_DESCRIBING_WORDS: Final = 2


def a_common_body_tail(tail: list[Token]) -> bool:
    """ "of the council", "of the county council" after a job: the body the person works for,
    named in lower-case words that end in a body's noun."""
    return (
        2 < len(tail) <= 3 + _DESCRIBING_WORDS
        and tail[0].lower == "of"
        and tail[1].lower == "the"
        and all(t.is_word and not t.is_cap and not t.possessive for t in tail[2:])
        and tail[-1].lower in _BODY_NOUNS
    )
