"""A quotation inside a clause of its own that ", OUTLET reported" closes: the outlet only relays."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.speaker import parse_speaker

__all__ = ["outlet_relays"]

_REPORTED: Final = words_set("reported reports")
_CLOSING: Final = frozenset({".", ";"})


def outlet_relays(toks: list[str], idx: int) -> bool:
    """Whether the quotation at `idx` sits inside a clause whose subject and verb come before it
    (no quotation opens the sentence) and the sentence ends ", [a body] reported": "The two
    leaders discussed ways to deepen their “…”, state news agency Wam reported". The outlet
    passes the clause on: where no speech verb before the quotation names a speaker, the words
    are no one's, never the agency's. (Where one does, "Carter discussed how he had placed a note
    in a “burn bag,” the Times reported", the caller keeps the outlet: PolNeAR's annotators give
    such words to the paper.)"""
    if idx < 3 or any(mask_id(t) is not None for t in toks[:idx]):
        return False
    if not any(t.isalpha() and t.islower() for t in toks[1:idx]):
        return False  # a verb of the clause, lower case, before the quotation
    k = idx + 1
    while k < len(toks) and toks[k] in {",", "\ue001"}:
        k += 1
    end = next((e for e in range(k, len(toks)) if toks[e] in _CLOSING), len(toks))
    if end - k < 2 or toks[end - 1] not in _REPORTED or "," in toks[k:end]:
        return False
    speaker = parse_speaker(" ".join(toks[k : end - 1]))
    return bool(speaker and speaker.is_org)
