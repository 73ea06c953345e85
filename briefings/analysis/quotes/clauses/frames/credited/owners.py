"""Someone's words, post or statement opening a sentence before a colon: the owner speaks them."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.quotes.clauses.words import past_conjunctions
from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.speaker import parse_speaker
from briefings.analysis.speech.tokens import is_possessive, without_possessive
from briefings.analysis.speech.words import person_head

__all__ = ["spoken_owner", "words_owner"]

_WORDS: Final = words_set(
    """words remarks statement tweet tweets post posts message reply response answer speech
    testimony email emails letter note text texts"""
)
_REACH: Final = 6  # words of the owner's name or description before the possessive


# what a person says or rules, whose words a sentence opening with their owner gives after its
# colon ("Thorne’s opinion was brief by comparison: “…”"); a post or a letter is the document's,
# which the tuned gold gives no one ("Hoff’s letter makes a libertarian-style case: “…”")
_SPOKEN: Final = words_set("words remarks reply response answer speech testimony opinion dissent")
_OWNED: Final = _SPOKEN | _WORDS


def spoken_owner(toks: list[str]) -> str | None:
    """For a sentence ending on a colon that opens with someone's words, opinion or document
    ("Thorne’s opinion was brief by comparison:", "Delacroix’s statement was shorter:"): the owner
    when the words are spoken or ruled, "" (no one, not the person quoted before) when they are a
    document's; None when the sentence does not open so."""
    owner = words_owner(toks, _OWNED)
    if not owner:
        return None
    noun = next(t for t in toks if t in _OWNED)
    return owner if noun in _SPOKEN else ""


def words_owner(toks: list[str], nouns: frozenset[str] = _WORDS) -> str | None:
    """The owner of the words a sentence ending on a colon opens with ("The majority leader’s own
    words, from a 2021 floor speech, are worth quoting at length:", "Schumer’s tweet read:"): the
    quotation that follows is theirs; None when the sentence does not open so."""
    if not toks or toks[-1] != ":":
        return None
    start = past_conjunctions(toks)
    pronoun = _POSSESSIVE_PRONOUNS.get(toks[start].lower()) if start < len(toks) - 2 else None
    if pronoun and toks[start + 1 + (toks[start + 1] == "own")] in nouns:
        return pronoun  # "His statement read, in part:"
    for j in range(start, min(len(toks) - 2, start + _REACH)):
        t = toks[j]
        if mask_id(t) is not None or not (t[:1].isalpha()):
            return None
        if not is_possessive(t):
            continue
        k = j + 1 + (toks[j + 1] == "own")
        if k >= len(toks) or toks[k] not in nouns:
            return None
        owner = " ".join([*toks[start:j], without_possessive(t)])
        return owner if _a_person(owner) else None
    return None


_POSSESSIVE_PRONOUNS: Final = {"his": "he", "her": "she"}


def _a_person(owner: str) -> bool:
    """A person's name or a description of one ("the majority leader"), not a body's or a
    thing's ("the bill", "the White House")."""
    speaker = parse_speaker(owner)
    if speaker is None or speaker.is_org:
        return False
    if speaker.name:
        return True
    return bool(speaker.role) and person_head(owner.split()[-1].lower())
