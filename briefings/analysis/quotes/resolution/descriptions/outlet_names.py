"""Outlets named with "the" in several words or as a sayer's report: "the Daily Mail", "The Hill"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefings.analysis.quotes.resolution.descriptions.outlets import PUBLICATIONS
from briefings.analysis.speech.name_shapes import is_title_word
from briefings.analysis.speech.speaker import Speaker

__all__ = ["named_outlet"]

# how an article writes a name it means as a publication: "The Hill reported", "told The Hill",
# "according to the Daily Mail", "the Union Leader, the state’s largest newspaper,"
_AS_A_PAPER: Final = (
    r"\b[Tt]he {0} (?:first |later |also )?(?:reported|reports|revealed|noted in an editorial)\b"
    r"|\b(?:told|interview with|according to|reported by|first reported by) [Tt]he {0}\b"
    r"|\b[Tt]he {0}, (?:the|a|an) [^,.“”]{{0,40}}\b(?:newspaper|paper|tabloid|magazine|outlet"
    r"|website|site)\b"
)


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
    pattern = _AS_A_PAPER.format(re.escape(phrase))
    return phrase if re.search(pattern, "\n".join(paragraphs)) else None
