"""A photo's credit line ("Getty.", "POOL New/Reuters.", "AP Photo/Evan Vucci"): the paragraph
after it is the photo's caption, whose people are shown, not speaking."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["is_caption", "is_photo_credit"]

_AGENCY: Final = re.compile(
    r"\b(?:Getty|Reuters|AP|AFP|EPA|Bloomberg|Images|Pool|POOL|Photo|Photos|Shutterstock|Corbis)\b"
)
# a caption's sentence: a name, then a verb in the present tense ("Sanford police officer Timothy
# Smith holds up the gun …", "Ranger Paul Hendricks stands guard …")
_CAPTION: Final = re.compile(r"(?:\S+ ){0,8}?[A-Z][\w.’'-]+ (?:[a-z]+ly )?([a-z]{2,}s) ")
_NO_VERBS: Final = frozenset({"was", "has", "his", "its", "this", "thus", "plus", "less", "unless"})
_LOWER_ALLOWED: Final = frozenset({"by", "via", "for", "of", "the", "and", "courtesy", "photo"})


def is_photo_credit(par: str) -> bool:
    """A short paragraph of an agency's or photographer's name alone: at most eight words, an
    agency's word among them, no lower-case word but "by", "via", "courtesy" and the like."""
    words = par.strip().strip("()[]").split(maxsplit=8)  # a ninth piece: more than eight words
    if not words or len(words) > 8 or not _AGENCY.search(par):
        return False
    return all(not w[:1].islower() or w.strip(".,:;").lower() in _LOWER_ALLOWED for w in words)


def is_caption(par: str, before: str) -> bool:
    """`par` follows the photo credit `before` and reads as its caption: one sentence, no
    quotation mark, a name and a verb in the present tense."""
    if not is_photo_credit(before) or any(m in par for m in '“”"'):
        return False
    if par.rstrip().rstrip(".").count(". ") > 1:
        return False
    m = _CAPTION.match(par)
    return m is not None and m.group(1) not in _NO_VERBS
