"""A readout's or transcript's account of what someone said: "According to a White House readout,
Ellison “underscored …”"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.cues import CUES
from briefings.analysis.speech.speaker import parse_speaker
from briefings.analysis.speech.tokens import is_cap
from briefings.analysis.speech.words import person_head

__all__ = ["is_record", "record_names_a_speaker", "record_subject"]

_RECORDS: Final = words_set("readout read-out readouts transcript transcripts")


def is_record(phrase: list[str]) -> bool:
    """Whether an "according to" phrase names a record of someone's words ("a White House
    readout", "a State Department readout of the meeting", "a transcript of the call"): it tells
    who said what, it is not the speaker."""
    return any(t.lower() in _RECORDS for t in phrase)


def record_subject(toks: list[str], start: int, upto: int) -> str | None:
    """The person the record quotes when the clause after it, from `start` to the quotation at
    `upto`, is that person alone: "…, Ellison “underscored …”", "…, the president “pledged …”";
    None when the clause says more (its own verb then decides)."""
    words = toks[start:upto]
    if words and words[-1] == "\ue000":  # the quotation's opening mark
        words = words[:-1]
    if not 0 < len(words) <= 4 or any(mask_id(t) is not None for t in words):
        return None
    if len(words) == 2 and words[0].lower() == "the" and person_head(words[1].lower()):
        return " ".join(words)  # "the president"
    if not all(is_cap(t) and not t.endswith(("’s", "'s")) for t in words):
        return None
    speaker = parse_speaker(" ".join(words))
    return " ".join(words) if speaker and speaker.name and not speaker.is_org else None


def record_names_a_speaker(toks: list[str], end: int, upto: int) -> bool:
    """Whether, after the comma closing an "according to" record at `end`, a person named (a role
    before the name allowed) is at once the subject of a speech verb before the quotation at
    `upto`: "According to a transcript of the call, new chief executive Warren Stiles told donors
    that the campaign would “…”" — the record only gives the words, which are the speaker's."""
    if end >= upto or toks[end] != ",":
        return False
    start = end + 1
    verb = next((k for k in range(start, min(upto, start + 7)) if toks[k] in CUES), None)
    if verb is None or verb == start or not toks[verb].islower():
        return False
    words = toks[start:verb]
    if any(mask_id(t) is not None or t in {",", "\ue000"} for t in words):
        return False
    speaker = parse_speaker(" ".join(words))
    return bool(speaker and speaker.name and not speaker.is_org and is_cap(words[-1]))
