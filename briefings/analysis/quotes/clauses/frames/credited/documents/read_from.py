"""Words someone reads from a message are its sender's, not the reader's ("He read from a text
message she had received from a county commissioner, Lyle Braddock: “…”")."""

from __future__ import annotations

from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.speaker import parse_speaker
from briefings.analysis.speech.tokens import is_cap

__all__ = ["read_from"]


def read_from(toks: list[str], cue: int, upto: int) -> str | None:
    """For a "read" at `cue` followed by "from" (or "aloud from", "out from"), the sender of what
    was read: the person named after the last "from" before the quotation at `upto`, past a
    description ("from a county commissioner, Lyle Braddock"); "" (no one) when no person is
    named there; None when the verb is not "read from"."""
    if toks[cue] != "read":
        return None
    k = cue + 1
    if k < upto and toks[k] in {"aloud", "out"}:
        k += 1
    if k >= upto or toks[k] != "from":
        return None
    last = max(j for j in range(k, upto) if toks[j] == "from")
    for j in range(last + 1, min(upto, last + 9)):
        if mask_id(toks[j]) is not None or toks[j] in {":", ";"}:
            break
        if is_cap(toks[j]):
            end = j
            while end < upto and is_cap(toks[end]) and mask_id(toks[end]) is None:
                end += 1
            phrase = " ".join(toks[j:end])
            speaker = parse_speaker(phrase)
            if speaker and speaker.name and not speaker.is_org and " " in speaker.name:
                return phrase
            break
    return ""
