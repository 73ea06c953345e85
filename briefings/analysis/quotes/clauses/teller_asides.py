"""A teller's aside inside a sentence whose own speech verb reports someone else's words."""

from __future__ import annotations

from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.cues import CUES, PARTICIPLE_CUES
from briefings.analysis.speech.speaker import parse_speaker
from briefings.analysis.speech.tokens import is_cap
from briefings.analysis.speech.words import PRONOUNS


def tells_a_later_verb(toks: list[str], i: int, upto: int) -> bool:
    """The speech verb at `i` closes an aside between commas (", she writes,", ", Pratt writes,")
    and another speech verb of a person's follows it before the quotation at `upto` ("The
    congressman, she writes, asked, “Which year?”"): the aside tells the sentence, the later
    verb's subject speaks. Not a participle after the aside ("…, Manafort said, adding that …":
    his), nor a body's verb ("CNN, Cruz said, called it “…”": PolNeAR's gold gives the teller)."""
    if i + 1 >= upto or toks[i + 1] != ",":
        return False
    k = i - 1
    while k >= 0 and i - k <= 4 and (is_cap(toks[k]) or toks[k].lower() in PRONOUNS):
        k -= 1
    if k == i - 1 or k < 1 or toks[k] != ",":
        return False
    later = next(
        (t for t in toks[i + 2 : upto] if mask_id(t) is None and t in CUES and t.islower()), None
    )
    if later is None or later in PARTICIPLE_CUES:
        return False
    first = k
    while first > 0 and is_cap(toks[first - 1]):
        first -= 1
    before = parse_speaker(" ".join(toks[first:k])) if first < k else None
    return not (before and before.is_org)
