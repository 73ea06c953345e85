"""A pronoun's quote right after someone was asked a yes-or-no question: the answer may be theirs."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.speech.name_index import NameIndex

__all__ = ["asked_in_its_sentence", "asked_in_the_paragraph_before", "asked_someone_else"]

# "asked Romero whether", "asked Greeley about the rift"; any space, a no-break one too (round 46:
# "asked Sanders\xa0whether", as web copy prints it)
_ASKED: Final = re.compile(
    r"\basked\s((?:[A-Z][\w’'\-]*\.?\s)*[A-Z][\w’'\-]+),?\s(?:whether|if|about)\b"
)
_SENTENCE_END: Final = re.compile(r"[.!?][”\"]?\s+(?=[“\"A-Z])")


def asked_someone_else(
    paragraph: str, upto: int, person: str, want: str | None, index: NameIndex, at: int
) -> bool:
    """The sentence before a quote (or its own, up to the quote at `upto` in `paragraph`) says
    someone asked a named person of the pronoun's gender `want` whether or if something is so, or
    about something ("Finch asked Romero whether she would resign. “…,” she said"; "a supporter
    asked Greeley about the rift. He paused and said he was “…”"), and `person`, whom the pronoun
    was resolved to, is not that person: the answer may be the asked person's, so whose words
    these are is not clear."""
    if "asked " not in paragraph:
        return False
    # the quote's own sentence up to it, and the sentence before
    recent = " ".join(_SENTENCE_END.split(paragraph[:upto])[-2:])
    for m in _ASKED.finditer(recent):
        asked = index.fullest(m.group(1), at)
        if index.is_person(asked) and index.gender(asked) in (want, None):
            return asked.split()[-1] != person.split()[-1]
    return False


def asked_in_its_sentence(
    paragraph: str, upto: int, want: str | None, index: NameIndex, at: int
) -> str | None:
    """The person of the pronoun's gender `want` whom the quote's own sentence, before the quote at
    `upto`, says someone asked about something or whether something is so ("Hewitt asked Trump
    about statements he had made, when he claimed Obama was “the founder”"): a "he" or "she"
    after the one asked is theirs. None when the sentence asks no one."""
    if "asked " not in paragraph:
        return None
    # up to the quote's opening mark, so that a quote opening its own sentence asks no one
    own = _SENTENCE_END.split(paragraph[: upto + 1])[-1]
    for m in _ASKED.finditer(own):
        asked = index.fullest(m.group(1), at)
        if index.is_person(asked) and index.gender(asked) in (want, None) and want is not None:
            return asked
    return None


def asked_in_the_paragraph_before(
    paragraph: str, upto: int, before: str, person: str, want: str | None, index: NameIndex, at: int
) -> str | None:
    """A pronoun opening the first sentence of its paragraph (`paragraph`, the quote at `upto`)
    was resolved to `person` of an earlier paragraph while the paragraph just before (`before`,
    ending before position `at`) ends saying someone asked another person of the pronoun's gender
    whether something is so ("Rep. Lauren Boyce … asked Hendry whether he had visited the border
    …. He said he had not." / "“…,” he told the committee"): the one asked, whose answer it is,
    not the sheriff quoted two paragraphs up (round 44); None when no one else is asked so."""
    if want is None or "asked " not in before or _SENTENCE_END.search(paragraph, 0, upto):
        return None
    recent = " ".join(_SENTENCE_END.split(before)[-2:])
    for m in _ASKED.finditer(recent):
        asked = index.fullest(m.group(1), at)
        if index.is_person(asked) and index.gender(asked) in (want, None):
            return asked if asked.split()[-1] != person.split()[-1] else None
    return None
