"""A nickname quoted inside a person's name ("Juan “Chico” Manriquez") taken out of the name."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.common.given_names.first_names import is_given_name
from briefings.analysis.quotes.finding.marks import Span, mask_id

__all__ = ["without_nicknames"]

# a placeholder between a capitalised word and a capitalised word that goes on in lower case:
# "Juan \ue000\ue1xx\ue001 Manriquez"
_BETWEEN_NAMES: Final = re.compile(
    r"\b([A-Z][^\W\d_A-Z]{1,14}) \ue000([\ue100-\ue1ff])\ue001(?= [A-Z][^\W\d_A-Z]+\b)"
)
_NICKNAME: Final = re.compile(r"[A-Z][A-Za-z.’'\-]*(?: [A-Z][A-Za-z.’'\-]*)?")


def without_nicknames(masked: str, spans: list[Span]) -> str:
    """The masked paragraph with each quotation of one or two capitalised words that stands
    between a given name and a surname taken out, so the name reads whole ("Juan “Chico”
    Manriquez of Oakland carried …" as "Juan Manriquez of Oakland carried …"): a nickname, no one's
    quote. The word before must be a given name; a closed quotation only, with no mark of its own
    after it."""

    def drop(m: re.Match[str]) -> str:
        k = mask_id(m.group(2))
        if k is None or k >= len(spans) or not is_given_name(m.group(1)):
            return m.group()
        span = spans[k]
        return m.group(1) if span.closed and _NICKNAME.fullmatch(span.text.strip()) else m.group()

    return _BETWEEN_NAMES.sub(drop, masked) if "\ue001 " in masked else masked
