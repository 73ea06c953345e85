"""A broadcast show's quoted title after its network ("ABC’s “This Week,”") read as a plain word."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.quotes.finding.marks import Span, mask_id

__all__ = ["without_show_titles"]

# a network's possessive, then a placeholder: "NBC’s \ue000\ue1xx\ue001"
_AFTER_A_NETWORK: Final = re.compile(
    r"\b(?:ABC|CBS|NBC|CNN|MSNBC|CNBC|PBS|NPR|C-SPAN|Fox News|Fox|Fox Business|HBO|BBC)(?:’s|'s|’|')"
    r" \ue000([\ue100-\ue1ff])\ue001"
)
_TITLE: Final = re.compile(r"[A-Z0-9][\w’'\-]*(?: [\w’'\-]+){0,5}[,.]?")
_WORD: Final = "show"  # a lower-case noun no frame reads as a speaker


def without_show_titles(masked: str, spans: list[Span]) -> str:
    """The masked paragraph with each closed quotation of six words or fewer, opening with a
    capital, that follows a network's possessive ("told NBC’s “Meet the Press.”", "Hargrove, in an
    interview with ABC’s “This Week,” called …") read as "show", keeping the comma or stop inside
    its marks: a show's title, no one's words, whose comma closes the aside around it."""

    def plain(m: re.Match[str]) -> str:
        k = mask_id(m.group(1))
        if k is None or k >= len(spans):
            return m.group()
        text = spans[k].text.strip()
        if not spans[k].closed or not _TITLE.fullmatch(text):
            return m.group()
        tail = text[-1] if text[-1] in ",." else ""
        return m.group()[: m.start(1) - m.start() - 1] + _WORD + tail

    return _AFTER_A_NETWORK.sub(plain, masked) if "\ue000" in masked else masked
