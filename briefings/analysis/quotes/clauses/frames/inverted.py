"""A speech verb opening its sentence before the speaker: "Said Joan Pike, a spokeswoman, “…”"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.speaker import parse_speaker
from briefings.analysis.speech.tokens import is_cap, is_possessive

__all__ = ["inverted_speaker"]

# verbs that open an inverted clause; not "Asked" or "Told" ("Asked about it, Pike said"), nor a
# participle ("Speaking to reporters, …"), which open a phrase about the subject instead
_INVERTED: Final = words_set(
    """said says added adds wrote writes recalled recalls explained explains noted notes
    continued continues replied replies declared declares quipped quips recounted recounts"""
)
_OPENING_WORDS: Final = words_set("and but so then")
_REACH: Final = 30  # tokens from the verb to the quotation at most


def inverted_speaker(toks: list[str], idx: int) -> str | None:
    """The name after a speech verb that opens the sentence of the quotation at `idx`, the
    quotation following it after a comma or a colon with no other between: "Said Dorothy Poynter,
    who grew up with Ali, “…”", "Added Pike: “…”", "Wrote Imani on social media: “…”"; None when
    the sentence does not open so ("Said to be considering an appeal, the lawyer …")."""
    start = 0
    while start < idx and toks[start].lower() in _OPENING_WORDS:
        start += 1  # "And said Pike, …"
    if start + 1 >= idx or idx - start > _REACH or toks[start].lower() not in _INVERTED:
        return None
    if not toks[start][:1].isupper() and start == 0:
        return None  # the verb is capitalised as a sentence's first word
    end = start + 1
    while end < idx and is_cap(toks[end]) and mask_id(toks[end]) is None:
        if is_possessive(toks[end]):
            return None  # "Said Pike’s office …": the office, not Pike
        end += 1
    if end == start + 1:
        return None
    before = [t for t in toks[end:idx] if t not in {"\ue000", "\ue001"}]
    if not before or before[-1] not in {",", ":"}:
        return None  # the quotation follows the clause after its comma or colon
    if any(mask_id(t) is not None for t in before):
        return None  # another quotation between the clause and this one
    phrase = " ".join(toks[start + 1 : end])
    speaker = parse_speaker(phrase)
    return phrase if speaker and speaker.name and not speaker.is_org else None
