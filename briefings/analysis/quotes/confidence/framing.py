"""How the quote's paragraph names its speaker: only as an object, or only inside quotations."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["named_only_as_object", "named_only_in_quotes", "outside_quotes"]

# a quotation in any of the marks news writes: “…”, "…", ''…'' (the New York Times' archive)
_QUOTED: Final = re.compile(r"“[^”]*”|\"[^\"]*\"|''.*?''")
# what the speaker's name (its given names and titles dropped) follows when it is not the one
# speaking: the object of a verb or a preposition ("told Ray", "asked Sen. Ray", "of Ray")
_OBJECT_CUE: Final = re.compile(
    r"\b(?:told|tells|asked|asks|urged|of|to|about|against|with|for|on|at|from|criticized"
    r"|attacked|praised|mocked|accused|thanked|and)\s+$"
)
_LAST_WORD: Final = re.compile(r"(\S+)\s+$")


def outside_quotes(text: str) -> str:
    """`text` with its quotations blanked."""
    return _QUOTED.sub(" ", text)


def named_only_as_object(paragraph: str, quote: str, speaker: str, surname: str) -> bool:
    """Whether the paragraph, its quotations left out, writes `surname` only after a verb or a
    preposition that makes `speaker` its object ("I told Megyn Kelly that …", "reminds me of
    Abraham Lincoln saying"): not the subject of the frame ("according to Ray" is not an object,
    nor is "of" in "the Center for Rural Affairs said")."""
    if not surname:
        return False
    text = outside_quotes(paragraph.replace(quote, " "))
    at = [m.start() for m in re.finditer(rf"\b{re.escape(surname)}\b", text)]
    own = set(speaker.split())
    return bool(at) and all(_as_object(text[max(0, k - 80) : k], own) for k in at)


def _as_object(before: str, own: set[str]) -> bool:
    """Whether the words before a name, the name's own words, titles and initials dropped, make
    it an object."""
    lead = before
    while (m := _LAST_WORD.search(lead)) and (m.group(1) in own or m.group(1)[0].isupper()):
        lead = lead[: m.start()]
    lead += " "
    return _OBJECT_CUE.search(lead) is not None and not lead.rstrip().endswith("according to")


def named_only_in_quotes(text: str, quote: str, surname: str) -> bool:
    """Whether `text` (the quote's paragraph and those before it), the quote left out, names
    `surname` only inside other quotations: the speaker is someone the quoted people talk about."""
    rest = text.replace(quote, " ")
    return _has_word(rest, surname) and not _has_word(outside_quotes(rest), surname)


def _has_word(text: str, word: str) -> bool:
    return bool(word) and re.search(rf"\b{re.escape(word)}\b", text) is not None
