"""A short quoted sentence right after a quotation and its "she said.": the same speaker's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefings.analysis.quotes.finding.paragraph import Found

__all__ = ["said_then_short"]

# what stands between the two quotations: the first one's closing mark and a short clause that
# ends its sentence (",” she said. ", "!” Ortiz shouted. "), then the second's opening mark
_BETWEEN: Final = re.compile(r"\W{0,3}\s*(?:[\w.’'\-]+\s+){1,4}?[\w’'\-]+\.\s*\W?\Z")


def said_then_short(found: Sequence[Found], n: int, paragraphs: Sequence[str]) -> bool:
    """Quotation `n`, of one or two words, is a whole sentence ("“Print them.”", "“No.”") that
    opens the sentence right after a quotation of its paragraph with a speech clause of its own
    ("“I’ve given you the numbers,” she said. “Print them.”"): not a scare quote nor a title, but
    the speaker going on."""
    f = found[n]
    text = f.span.text.strip()
    if n == 0 or not text[:1].isupper() or not text.endswith((".", "!", "?")):
        return False
    before = found[n - 1]
    if before.para != f.para or not before.attributed or before.kind != "full":
        return False
    between = paragraphs[f.para][before.span.end : f.span.start]
    return len(between) <= 40 and _BETWEEN.match(between) is not None
