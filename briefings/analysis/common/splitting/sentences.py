"""Sentence splitting shared by every analyser (syntok: rule-based, pure Python, no model)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from briefings.analysis.common.splitting.syntok_spans import sentence_spans

# Where syntok ends a sentence that goes on: after a title before a name ("Gov. Chris Christie"),
# before a word in lower case, a number or a dash ("Feb. 11-15", "WASHINGTON (AP) — …"), and
# inside a quotation of several sentences, which the quote and point finders read as one.
_TITLE_AT_END: Final = re.compile(
    r"(?:^|[\s(“\"])(?:Gov|Sen|Sens|Rep|Reps|Lt|Gen|Col|Maj|Capt|Cmdr|Adm|Sgt|Cpl|Gens|Prof|Rev"
    r"|Supt|Insp|Amb|Atty|Pres|Sec|Fr|Msgr|Hon|Mt|Ft|Pvt|Ens|Brig|Lieut|Ald)\.$"
)
_GOES_ON: Final = re.compile(r"[a-z0-9—–\-]")
# (A title at the end is looked for in the last 12 characters: the longest match has 8.)


def _continues(sentence: str, rest: str) -> bool:
    """Whether `rest`, the paragraph after `sentence`, still belongs to this sentence."""
    if _TITLE_AT_END.search(sentence, max(0, len(sentence) - 12)) or _GOES_ON.match(rest):
        return True
    if sentence.count("“") > sentence.count("”"):
        return "”" in rest
    return sentence.count('"') % 2 == 1 and '"' in rest


@lru_cache(maxsize=4096)
def split_sentences(paragraph: str) -> tuple[str, ...]:
    """The sentences of one paragraph, stripped, in order, each an exact slice of the paragraph."""
    spans: list[tuple[int, int]] = []
    for start, end in sentence_spans(paragraph):
        if spans and _continues(paragraph[spans[-1][0] : spans[-1][1]], paragraph[start:]):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return tuple(t for t in (paragraph[a:b].strip() for a, b in spans) if t)
