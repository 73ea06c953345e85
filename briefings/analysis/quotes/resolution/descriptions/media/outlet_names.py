"""Outlets named with "the" in several words or as a sayer's report: "the Daily Mail", "The Hill"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefings.analysis.quotes.resolution.descriptions.media.outlets import PUBLICATIONS
from briefings.analysis.speech.name_shapes import is_title_word
from briefings.analysis.speech.speaker import Speaker

__all__ = ["named_outlet"]

# how an article writes a name it means as a publication: "The Hill reported", "told The Hill",
# "according to the Daily Mail", "the Union Leader, the state’s largest newspaper,"; each way is
# the words before the name (ending where it starts) and after it (from where it ends), read at
# each place the article writes the name: no pattern made and run over the article per name
_THE_BEFORE: Final = re.compile(r"\b[Tt]he \Z")
_TOLD_BEFORE: Final = re.compile(
    r"\b(?:told|interview with|according to|reported by|first reported by) [Tt]he \Z"
)
_REPORTED_AFTER: Final = re.compile(
    r" (?:first |later |also )?(?:reported|reports|revealed|noted in an editorial)\b"
)
_PAPER_AFTER: Final = re.compile(
    r", (?:the|a|an) [^,.“”]{0,40}\b(?:newspaper|paper|tabloid|magazine|outlet|website|site)\b"
)
_BOUNDARY: Final = re.compile(r"\b")
_LONGEST_BEFORE: Final = len("first reported by The ")


def named_outlet(sp: Speaker, paragraphs: Sequence[str]) -> str | None:
    """The publication a definite speaker phrase of capitalised words names: one ending in a
    newspaper's word ("the Daily Mail", "the New York Post"), or one the article writes as a paper
    ("The Hill reported", "The New Hampshire Union Leader, the state’s largest newspaper, said"),
    not a person read from its last word ("Mail", "Hill") nor a description ("Leader"); None
    otherwise."""
    if not sp.definite or sp.pronoun or sp.is_org:
        return None
    phrase = " ".join(w for w in (sp.role, sp.name) if w)
    words = phrase.split()
    if not words or not all(w[:1].isupper() for w in words):
        return None
    if len(words) > 1 and words[-1] in PUBLICATIONS:
        return phrase
    if len(words) == 1 and is_title_word(phrase):
        return None  # "according to the Bishop": a person's title, as `outlet_of` reads it
    return phrase if written_as_a_paper(phrase, "\n".join(paragraphs)) else None


def written_as_a_paper(phrase: str, text: str) -> bool:
    """Whether the text writes the phrase as a publication at one of the places it writes it:
    "The Hill reported", "told The Hill", "The Union Leader, the state’s largest newspaper"."""
    at = text.find(phrase)
    while at >= 0:
        if _as_a_paper_at(text, at, at + len(phrase)):
            return True
        at = text.find(phrase, at + 1)
    return False


def _as_a_paper_at(text: str, start: int, end: int) -> bool:
    """Whether the name written from `start` to `end` is written as a publication there."""
    if (
        _TOLD_BEFORE.search(text, max(0, start - _LONGEST_BEFORE), start)
        and _BOUNDARY.match(text, end) is not None
    ):
        return True  # "told The Hill"
    if not _THE_BEFORE.search(text, max(0, start - 4), start):
        return False
    return bool(_REPORTED_AFTER.match(text, end) or _PAPER_AFTER.match(text, end))
