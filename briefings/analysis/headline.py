"""A briefing's headline: a point's sentence cut down to headline shape.

No numpy, no grouping: a query imports only this."""

from __future__ import annotations

import re
from typing import Final

_LEADING_ADVERBIAL: Final = re.compile(
    r"^(?:On|In|Earlier|Later|Between|After|Since|However|Meanwhile|Last|This)\b[^,“\"]{0,60},\s+"
)
_ATTRIBUTION: Final = re.compile(
    r"^(?:The\s+)?(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4})\s+"
    r"(?:said|says|stated|warned|warns|announced|told reporters|claimed)\s+(?:on\s+\w+\s+)?that\s+"
)
_TAIL: Final = re.compile(r",?\s+(?:amid|as|while|which|who|after|according to)\b.*$")
HEADLINE_WORDS: Final = 20


def compress(sentence: str, limit: int = HEADLINE_WORDS) -> str:
    """A sentence cut down to headline shape: "Who: what", no lead-in, no trailing clause."""
    text = re.sub(r"\s*\([^)]*\)", "", sentence).strip().rstrip(".")
    text = _LEADING_ADVERBIAL.sub("", text)
    attribution = _ATTRIBUTION.match(text)
    if attribution:
        text = f"{attribution['who']}: {text[attribution.end() :]}"
    if len(text.split()) > limit:
        text = _TAIL.sub("", text)
    words = text.split()
    if len(words) > limit:
        cut = " ".join(words[:limit])
        clause = cut.rsplit(",", 1)[0] if "," in cut else cut
        text = (clause if len(clause.split()) >= limit // 2 else cut).rstrip(",;:") + "…"
    return text[:1].upper() + text[1:]
