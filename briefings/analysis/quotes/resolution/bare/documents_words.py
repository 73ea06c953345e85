"""A quotation in a sentence whose subject is a document: the document's words, no one's."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.speech.cues import CUES

# "But the grand jury’s report, released last week, faulted the office for “…”"
_DOCUMENT_SUBJECT: Final = re.compile(
    r"(?:(?:But|And|Yet|Still|Instead),?\s+)?(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:report|audit|review|study|investigation"
    r"|inquiry|survey|poll)\b(?:,[^,“”]{1,60},)?\s+[a-z]+"
)
_SENTENCE_END: Final = re.compile(r"[.!?][”\"’)]?\s+(?=[A-Z“\"(])")


def a_documents_sentence(paragraph: str, start: int) -> bool:
    """The sentence holding the quotation opening at `start` has a document for its subject and
    no speech verb before the quotation ("But the grand jury’s report … faulted the office for
    “…”"): the words are the document's, not those of the speaker of a quotation beside it."""
    ends = [m.end() for m in _SENTENCE_END.finditer(paragraph, 0, start)]
    opening = ends[-1] if ends else 0
    before = paragraph[opening:start]
    if "“" in before or '"' in before:
        return False  # another quotation opens the sentence
    if any(w in CUES for w in re.findall(r"[a-z]+", before)):
        return False
    return _DOCUMENT_SUBJECT.match(before) is not None
