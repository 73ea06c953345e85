"""Where the clause of a quotation starts when semicolons part a list of people's reports."""

from __future__ import annotations

from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.cues import CUES


def own_clause_start(toks: list[str], upto: int) -> int:
    """The token after the last semicolon before the quotation at `upto`, when the clause from
    there has a speech verb of its own ("Zandi said it “…”; Swonk called it “…”": Swonk's words,
    not the first clause's speaker's); 0 when there is no such semicolon."""
    semi = next((s for s in range(upto - 1, 0, -1) if toks[s] == ";"), None)
    if semi is None:
        return 0
    if not any(mask_id(t) is not None or t in CUES for t in toks[:semi]):
        return 0  # the clause before reports no words: not a list of reports
    if not any(t in CUES and t.islower() for t in toks[semi + 1 : upto]):
        return 0  # "Zandi said …; that alone made it “…”": the clause has no speech verb
    return semi + 1
