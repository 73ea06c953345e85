"""A person a sentence singles out of a group as its example, "parents like Jessica Moen, who …",
whom a "she" or a "he" after it means."""

from __future__ import annotations

from typing import Final

from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.speaker import parse_speaker
from briefings.analysis.speech.tokens import is_cap, is_possessive

__all__ = ["example_named"]

_OPENING: Final = (
    3  # words before the group's noun: "But parents", "For residents", "Some older voters"
)


def example_named(toks: list[str]) -> tuple[int, str] | None:
    """Where the first full name after "like" on a plural noun opening the sentence starts, and the
    name, when a comma or a verb follows it: "But parents like Jessica Moen, who works a hospital shift, had to
    scramble.", "For residents like Tamika Ellis, who fled …"; None otherwise, or for a body
    ("states like New York")."""
    for k in range(1, min(len(toks) - 2, _OPENING + 2)):  # the sentence's opening words:
        # not "hopes of propelling pro-gun candidates like Sen. Jon Tester to victory"
        noun = toks[k - 1]
        plural = noun.isalpha() and noun.endswith("s") and (noun.islower() or k == 1)
        if toks[k] != "like" or not plural or not all(t.isalpha() for t in toks[: k - 1]):
            continue  # "Patients like …", "But parents like …" opening the sentence
        end = k + 1
        while end < len(toks) and is_cap(toks[end]) and mask_id(toks[end]) is None:
            end += 1
        if end - k < 3 or is_possessive(toks[end - 1]) or end >= len(toks):
            continue  # "parents like Moen", "voters like Trump’s": no full name of a person
        if toks[end] not in {",", "."} and not (toks[end].isalpha() and toks[end].islower()):
            continue
        speaker = parse_speaker(" ".join(toks[k + 1 : end]))
        if speaker is not None and speaker.name and not speaker.is_org:
            return k + 1, speaker.name
    return None
