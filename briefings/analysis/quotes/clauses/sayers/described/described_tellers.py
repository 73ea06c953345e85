"""A later speech verb's subject described, not named, after an aside: "she writes, the governor told"."""

from __future__ import annotations

from briefings.analysis.speech.speaker import Speaker
from briefings.analysis.speech.words import person_head

__all__ = ["described_teller"]


def described_teller(speaker: Speaker, toks: list[str], at: int) -> bool:
    """Whether the subject `speaker`, read at `at` after a comma, describes one person with "the"
    and a person's noun ("the governor", "the senator"), right after an aside of the first speech
    verb ("in which, she writes, the governor told his cabinet: “…”"): the quotation is that
    person's, as a later named subject's is (`_nearer_named`)."""
    if not (speaker.definite and speaker.role and not speaker.name and not speaker.pronoun):
        return False
    if at < 1 or toks[at - 1] != ",":
        return False
    return person_head(speaker.role.split()[-1].lower())
