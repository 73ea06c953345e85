"""What the words around a quote say of where it comes from: second hand, a medium, a phrase."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from briefings.analysis.common.parts import may_hold

__all__ = ["Hearsay", "hearsay", "may_have_cues"]

# one pass over the paragraph: the reporter had the words from someone else (a source, a report,
# a pool, a transcript); they were written or shown, not spoken to the reporter (an ad, a video, a
# post); they are a phrase the article recalls (a slogan, a chant, a nickname, what was once said)
_CUES: Final = re.compile(  # (the lookahead: only where one of the words can start, which is faster)
    r"\b(?=[aArRpPeEtTvscwofmdn])(?:(?P<second_hand>(?i:according to|reports?|reported|pool|excerpts?|transcripts?))"
    r"|(?P<medium>ads?|video|spot|commercial|wrote|writes|tweet\w*|posted)"
    r"|(?P<phrase>once|famous|famously|slogan|phrase|chant\w*|motto|dubbed|nicknamed?))\b"
)
# What the text cannot hold a cue without, in lower case: one of these parts, or "ad" or "ads" as
# a word (a part of most texts: "had", "said"), searched for from its letters (the search skips to
# each "ad" at once; the look-behind is the word boundary before it). Most texts hold none, and
# are not searched for the cues, which costs several times these tests.
_CUE_PARTS: Final = (
    *("according to", "report", "pool", "excerpt", "transcript", "video", "spot", "commercial"),
    *("wrote", "writes", "tweet", "posted", "once", "famous", "slogan", "phrase", "chant"),
    *("motto", "dubbed", "nickname"),
)
_AN_AD: Final = re.compile(r"ad(?<!\wad)s?\b")  # `\bads?\b`


def may_have_cues(text: str) -> bool:
    """False when `_CUES` certainly finds nothing in the text."""
    return _AN_AD.search(text) is not None or may_hold(text, _CUE_PARTS)


@dataclass(init=False)  # its own __init__: mypyc compiles it, a dataclass's is interpreted
class Hearsay:
    """What the quote's paragraph, outside the quote, says of its origin."""

    second_hand: bool = False
    medium: bool = False
    phrase: bool = False

    def __init__(
        self, second_hand: bool = False, medium: bool = False, phrase: bool = False
    ) -> None:
        self.second_hand = second_hand
        self.medium = medium
        self.phrase = phrase


def hearsay(paragraph: str, quote: str) -> Hearsay:
    """Whether `paragraph`, `quote` left out, reports it second hand ("according to", "a pool
    report"), through a medium ("the ad", "wrote", "tweeted") or as a phrase ("the slogan",
    "once said"): on the tuned data speakers are wrong there two to four times as often."""
    text = paragraph.replace(quote, " ")
    if not may_have_cues(text):
        return Hearsay()
    seen = {m.lastgroup for m in _CUES.finditer(text)}
    return Hearsay("second_hand" in seen, "medium" in seen, "phrase" in seen)
