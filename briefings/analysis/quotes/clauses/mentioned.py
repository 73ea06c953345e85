"""A quotation a sentence talks about ("“I am committed” sounds great in Ohio"): no one's here."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.cues import CUES
from briefings.analysis.speech.tokens import is_possessive

_JUDGED: Final = words_set("sounds sounded seems seemed rings rang looks looked reads")


def talked_about(toks: list[str], idx: int) -> bool:
    """The quotation at `idx` opens its sentence and is the subject of "sounds", "seems", "rings"
    or "reads" right after it, with no speech verb and no name's possessive in the sentence: the
    writer judging words, not reporting who says them ("“I am really committed to bringing back
    manufacturing” sounds great in Youngstown")."""
    before = [t for t in toks[:idx] if t not in {"\ue000", "\ue001"}]
    if before:
        return False
    after = [t for t in toks[idx + 1 :] if t not in {"\ue000", "\ue001"}]
    if not after or after[0] not in _JUDGED:
        return False
    rest = after[1:]
    return not any(
        t in CUES or (is_possessive(t) and t[:1].isupper()) or mask_id(t) is not None for t in rest
    )
