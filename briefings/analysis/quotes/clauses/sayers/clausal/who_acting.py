"""Words a participle gives after a "who" clause are the one "who" stands for ("Sen. Paula
Whitcomb, who ran an ad calling him a “…”")."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.quotes.clauses.sayers.subjects import relative_antecedent
from briefings.analysis.quotes.clauses.words import verb_like
from briefings.analysis.speech.cues import CUES, PARTICIPLE_CUES

__all__ = ["who_acting"]

# participles that put words on someone: "calling him", "naming him the", "dubbing her"
_NAMING: Final = PARTICIPLE_CUES | words_set("naming dubbing labeling labelling branding")
_BETWEEN: Final = words_set("him her them it us me a an the his its their")


def who_acting(toks: list[str], upto: int) -> str | None:
    """The name a "who" stands for when its clause's verb and object lead, with no comma or speech
    verb, to a participle naming someone just before the quotation at `upto`: "He was attacked
    by Sen. Paula Whitcomb, who ran an ad calling him a “…”" is hers, the ad's words being the
    one's who ran it, not the sentence subject's (round 54); None otherwise."""
    p = upto - 1
    while p > max(0, upto - 6) and (
        toks[p] in _BETWEEN or toks[p] == "\ue000" or (toks[p][:1].isupper() and toks[p].isalpha())
    ):
        p -= 1  # "calling [him a] “…”", "calling [Lindahl] “…”"
    if p < 4 or toks[p] not in _NAMING:
        return None
    w = next((j for j in range(p - 1, max(0, p - 9), -1) if toks[j] == "who"), None)
    if w is None or w + 2 > p - 1:
        return None  # no "who", or no verb and object between it and the participle
    if any(not (t.isalnum() or t == "-") or t.lower() in CUES for t in toks[w + 1 : p]):
        return None  # a comma, a quotation or a speech verb of its own between
    if not verb_like(toks[w + 1]):
        return None
    return relative_antecedent(toks, w + 1, within=1)
