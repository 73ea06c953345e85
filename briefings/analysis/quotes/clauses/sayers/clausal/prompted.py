"""The one an event moves to speak ("leading Gene Sperling to counter that “…”") speaks."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.speaker import parse_speaker

__all__ = ["prompted_sayer"]

# verbs whose object is moved to act: "leading X to say", "prompted X to warn"
_PROMPTING: Final = words_set(
    """lead leads leading led prompt prompts prompting prompted spur spurs spurring spurred
    cause causes causing caused"""
)
# speech verbs in the bare infinitive after "to"
_TO_SAY: Final = words_set(
    """say argue counter respond reply retort insist declare note warn complain claim predict
    tweet write quip joke boast concede"""
)
_STOPS: Final = frozenset({",", ".", ";", ":", "(", ")", "—", "–"})
_REACH: Final = 8  # words of the clause after "that" before the quotation
_OBJECT: Final = 8  # words of the one moved


def prompted_sayer(toks: list[str], idx: int) -> str | None:
    """For a quotation at `idx` that a speech verb in the infinitive introduces after an object
    that "leading", "prompted" or "caused" moves ("…, leading Clinton economic advisers like Gene
    Sperling to counter that “…”", "The vote prompted Mayor Ann Ruiz to declare, “…”"): that
    object, when it names a person. None otherwise."""
    verb = idx - 1
    while verb >= 0 and toks[verb] in {"\ue000", ","}:
        verb -= 1
    if verb >= 0 and toks[verb].lower() == "that":
        verb -= 1
    else:  # "to counter that the plan was “…”": a short clause after "that"
        for j in range(idx - 1, max(-1, idx - _REACH - 2), -1):
            if toks[j] in _STOPS or mask_id(toks[j]) is not None:
                break
            if toks[j].lower() == "that":
                verb = j - 1
                break
    if verb < 1 or toks[verb].lower() not in _TO_SAY or toks[verb - 1] != "to":
        return None
    for j in range(verb - 2, max(-1, verb - 2 - _OBJECT), -1):
        t = toks[j]
        if t in _STOPS or mask_id(t) is not None:
            return None
        if t.lower() in _PROMPTING:
            phrase = " ".join(toks[j + 1 : verb - 1])
            speaker = parse_speaker(phrase) if phrase else None
            if speaker is None or speaker.is_org or not (speaker.name or speaker.pronoun):
                return None
            return phrase
    return None
