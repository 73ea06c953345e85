"""A quotation someone is quoted as saying ("Trump quoted Pence as telling him, “…”"): theirs."""

from __future__ import annotations

from typing import Final

from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.tokens import is_cap

__all__ = ["quoted_as"]

_QUOTING: Final = frozenset({"quoted", "quotes", "quoting"})
_VERBS: Final = frozenset(
    {"saying", "telling", "writing", "asking", "declaring", "calling", "having", "describing"}
)
_LONGEST: Final = 10  # words of the phrase naming whose words they are


def quoted_as(toks: list[str], idx: int) -> str | None:
    """The speaker phrase of "X quoted Y as saying" before the quotation at `idx` ("Trump quoted
    his running mate, Mike Pence, as telling him, “…”": "Mike Pence"; "The book quotes one aide as
    saying “…”": "one aide"), not the sentence's subject, who only repeats the words; None when
    there is none, or another quotation comes between."""
    for i in range(idx - 1, 0, -1):
        if mask_id(toks[i]) is not None:
            return None
        if toks[i] != "as" or i + 1 >= idx or toks[i + 1].lower() not in _VERBS:
            continue
        for q in range(i - 1, max(-1, i - _LONGEST - 2), -1):
            if mask_id(toks[q]) is not None:
                return None
            if toks[q].lower() in _QUOTING:
                phrase = toks[q + 1 : i]
                while phrase and phrase[-1] == ",":
                    phrase.pop()
                if "," in phrase:  # "his running mate, Mike Pence,": the name apposed
                    apposed = phrase[phrase.index(",") + 1 :]
                    if apposed and all(is_cap(t) or t in {".", "-"} for t in apposed):
                        return " ".join(apposed)
                if len(phrase) == 1 and phrase[0].lower() in {"him", "her", "them", "me", "us"}:
                    return None  # "The Times quoted him as saying": as the clause reads it
                return " ".join(phrase) or None
        return None
    return None
