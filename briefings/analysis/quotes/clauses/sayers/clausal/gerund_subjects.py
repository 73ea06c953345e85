"""A name right before a participle of speech, after "of" or a verb of hearing ("reminds me of
Abraham Lincoln saying that “…”", "footage of Trump saying “…”"): the name says it."""

from __future__ import annotations

from typing import Final

from briefings.analysis.speech.speaker import parse_speaker
from briefings.analysis.speech.tokens import is_cap

__all__ = ["gerund_subject"]

_BEFORE: Final = frozenset(
    {"of", "heard", "hear", "hears", "remember", "remembers", "remembered", "recalled", "recalls"}
)
_LONGEST: Final = 5  # words of the name


def gerund_subject(toks: list[str], cue: int) -> str | None:
    """The name written just before the participle at `cue` with "of" or a verb of hearing or
    remembering before it ("of Abraham Lincoln saying": "Abraham Lincoln"); None otherwise, or
    when the phrase names no person ("of Fox News saying")."""
    j = cue - 1
    while j >= 0 and cue - j <= _LONGEST and is_cap(toks[j]):
        j -= 1
    if j < 0 or j + 1 == cue or toks[j].lower() not in _BEFORE:
        return None
    phrase = " ".join(toks[j + 1 : cue])
    speaker = parse_speaker(phrase)
    return phrase if speaker and speaker.name and not speaker.is_org else None
