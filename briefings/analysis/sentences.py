"""Sentence splitting shared by every analyser (syntok: rule-based, pure Python, no model)."""

from __future__ import annotations

import re
from functools import lru_cache

from syntok import segmenter
from syntok._segmentation_states import State

# Where syntok ends a sentence that goes on: after a title before a name ("Gov. Chris Christie"),
# before a word in lower case, a number or a dash ("Feb. 11-15", "WASHINGTON (AP) — …"), and
# inside a quotation of several sentences, which the quote and point finders read as one.
_TITLE_AT_END = re.compile(
    r"(?:^|[\s(“\"])(?:Gov|Sen|Sens|Rep|Reps|Lt|Gen|Col|Maj|Capt|Cmdr|Adm|Sgt|Cpl|Gens|Prof|Rev"
    r"|Supt|Insp|Amb|Atty|Pres|Sec|Fr|Msgr|Hon|Mt|Ft|Pvt|Ens|Brig|Lieut)\.$"
)
_GOES_ON = re.compile(r"[a-z0-9—–\-]")


def _continues(sentence: str, rest: str) -> bool:
    """Whether `rest`, the paragraph after `sentence`, still belongs to this sentence."""
    if _TITLE_AT_END.search(sentence) or _GOES_ON.match(rest):
        return True
    if sentence.count("“") > sentence.count("”"):
        return "”" in rest
    return sentence.count('"') % 2 == 1 and '"' in rest


# syntok considers ending a sentence only at a terminal mark or an opening bracket: a paragraph
# with none before its final marks (and one closing quote) is one sentence, found without it.
_DECIDES = re.compile(
    "[" + re.escape("".join(sorted({*"".join(State.terminals), *State.opening_brackets}))) + "]"
)
_FINAL_MARKS = re.compile(r"[.!?]*[”\"’']?\Z")


def _one_sentence(paragraph: str) -> bool:
    """Whether syntok would read the whole paragraph as a single sentence, for certain."""
    first, last = paragraph[:1], paragraph[-1:]
    if not first or first.isspace() or last.isspace() or "\u200b" in (first, last):
        return False  # syntok's first or last token might not reach the paragraph's ends
    if "\n" in paragraph:
        return False  # syntok might see paragraphs in it
    final = _FINAL_MARKS.search(paragraph)
    return final is not None and _DECIDES.search(paragraph, 0, final.start()) is None


@lru_cache(maxsize=4096)
def split_sentences(paragraph: str) -> tuple[str, ...]:
    """The sentences of one paragraph, stripped, in order, each an exact slice of the paragraph."""
    if _one_sentence(paragraph):
        return (paragraph,)
    spans: list[tuple[int, int]] = []
    for block in segmenter.analyze(paragraph):
        for sentence in block:
            if not sentence:
                continue
            start = sentence[0].offset
            end = sentence[-1].offset + len(sentence[-1].value)
            if spans and _continues(paragraph[spans[-1][0] : spans[-1][1]], paragraph[start:]):
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
    return tuple(t for t in (paragraph[a:b].strip() for a, b in spans) if t)
