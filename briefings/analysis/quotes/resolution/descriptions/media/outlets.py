"""Newspapers and magazines named with "the" as a sayer: "the Independent said" is no person."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.speech.name_shapes import is_title_word
from briefings.analysis.speech.speaker import Speaker

__all__ = ["outlet_of"]

# The one-word names of well-known newspapers and magazines that a description could be taken
# for: "the Independent" (a party label), "the Economist" (a job), "the Guardian", "the Times".
PUBLICATIONS: Final = words_set(
    """Independent Economist Guardian Telegraph Times Observer Spectator Mirror Sun Mail Express
    Herald Scotsman Statesman Standard Post Journal Tribune Chronicle Gazette Inquirer Examiner
    Bookseller Listener Tablet Week Atlantic"""
)

# Words after a name that show the article writing it as a publication: "the Courier newspaper"
_PAPER_WORDS: Final = r"(?:newspaper|magazine|tabloid|broadsheet|columnist)"


def outlet_of(sp: Speaker, paragraphs: Sequence[str]) -> str | None:
    """The publication a definite speaker phrase names ("the Independent", "the Economist", "the
    Courier" where the article writes "the Courier newspaper" or "told the Courier"); None for a
    description of a person ("the Bishop", "the senator": "told the Bishop" is said to a person)."""
    if not sp.definite or sp.pronoun:
        return None
    phrase = sp.name if sp.name and not sp.role else sp.role if not sp.name else None
    if not phrase or " " in phrase or not phrase[:1].isupper():
        return None
    if phrase in PUBLICATIONS:
        return phrase
    word = re.escape(phrase)
    written_as_paper = rf"\b[Tt]he {word} {_PAPER_WORDS}\b"
    if not is_title_word(phrase):
        written_as_paper += rf"|\b(?:told|interview with) the {word}\b"
    return phrase if re.search(written_as_paper, "\n".join(paragraphs)) else None
