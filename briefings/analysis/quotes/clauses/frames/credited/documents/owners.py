"""A person's own document as a speech verb's subject ("Ruiz’s statement said …", "Sanders’
fundraising email to his supporters notes that …"): the person's words."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.speech.speaker import parse_speaker
from briefings.analysis.speech.tokens import is_cap, is_possessive, without_possessive

__all__ = ["document_owner"]

_DOCUMENTS: Final = words_set(
    """memo memorandum letter statement email e-mail note essay op-ed tweet post message
    newsletter"""
)
_MODIFIERS: Final = 2  # lower-case words between the owner and the noun: "fundraising", "latest"
_ADDRESSEES: Final = 5  # lower-case words of "to his supporters", "to the board"


def document_owner(toks: list[str], cue: int) -> str | None:
    """The person whose document opening the sentence is the subject of the speech verb at `cue`:
    "Ruiz’s statement said", "Sanders’ fundraising email to his supporters notes that" (the owner
    a name in the possessive, a person's); None otherwise ("The utility’s statement said")."""
    j = 0
    while j < cue and is_cap(toks[j]) and not is_possessive(toks[j]):
        j += 1
    if j >= cue or not is_possessive(toks[j]) or not is_cap(toks[j]):
        return None
    owner = " ".join([*toks[:j], without_possessive(toks[j])])
    k = j + 1
    while k < cue and k - j - 1 < _MODIFIERS and toks[k].lower() not in _DOCUMENTS:
        if not (toks[k].isalpha() and toks[k].islower()):
            return None
        k += 1
    if k >= cue or toks[k].lower() not in _DOCUMENTS:
        return None
    rest = toks[k + 1 : cue]
    if rest and not (
        rest[0] == "to"
        and len(rest) <= _ADDRESSEES
        and all(t.isalpha() and t.islower() for t in rest)
    ):
        return None
    speaker = parse_speaker(owner)
    return owner if speaker and speaker.name and not speaker.is_org else None
