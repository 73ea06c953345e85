"""How the person a pronoun or a description went to was last named: what the confidence reads."""

from __future__ import annotations

from collections.abc import Sequence

from briefings.analysis.quotes.resolution.resolve import Mention

__all__ = ["last_named_as"]


def last_named_as(person: str, recent: Sequence[Mention]) -> str:
    """The role of the last mention of `person` among `recent` (people named before the quote, in
    reading order): "speaker" of a quote, subject "opening" a sentence, of a later "clause" or of
    a speech verb ("cue"), or only "possessor" of a subject ("Mrs. Hall’s speech came later"); ""
    when they were not named as any of these."""
    return next((m.how for m in reversed(recent) if m.name == person), "")
