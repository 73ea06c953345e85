"""A name the next sentence takes up as a firm: "Jimmy Choo had a hard year. The company blamed"."""

from __future__ import annotations

import re
from collections.abc import Sequence

# How a sentence opens when its subject is the firm the sentence before was about: "The company
# blamed", "It said" (not "It was", "It is": "It was a good day"; not "Its": "Tony Blair visited
# the plant. Its workers").
_A_FIRM_OPENS = re.compile(
    r"(?:The|the) (?:company|firm|group|chain|retailer|bank|brand|label|business|airline|carmaker|"
    r"brewer|insurer|lender|supermarket|retail group|fashion chain|fashion retailer)\b"
    r"|It (?:said|says|added|reported|posted)\b"
)

# A person taken up in the next sentence: "The company said he would stay".
_PERSONS = re.compile(r"\b(?:he|she|his|her|him)\b", re.I)


def taken_up_as_a_firm(sentence: str, names: Sequence[str], following: str) -> str | None:
    """The name that opens `sentence`, the only one it has (`names`: the candidates read in it),
    when `following` opens by calling its subject a firm and names no person by a pronoun: the
    firm the sentence was about."""
    if len(names) != 1 or len(names[0].split()) < 2 or not sentence.startswith(names[0]):
        return None
    if not _A_FIRM_OPENS.match(following.lstrip("“\"‘' ")) or _PERSONS.search(following):
        return None
    return names[0]
