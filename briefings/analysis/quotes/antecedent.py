"""How a pronoun or a description was resolved: what the confidence reads of its antecedent."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from briefings.analysis.quotes.resolve import Mention, rank_antecedents
from briefings.analysis.speech.name_index import NameIndex
from briefings.analysis.speech.speaker import Speaker
from briefings.analysis.speech.words import PRONOUNS

__all__ = ["Antecedent", "antecedent_of"]


@dataclass(frozen=True)
class Antecedent:
    """The salience runner-up's share of the best, and how the best was last named."""

    margin: float = 0.0  # the runner-up's salience / the best's
    role: str = ""  # "speaker" of a quote, subject "opening" a sentence, of a "clause" or a "cue",
    # or "possessor" of a subject ("Mrs. Hall’s speech came later")


def antecedent_of(
    speaker: Speaker, index: NameIndex, recent: Sequence[Mention], here: tuple[int, int]
) -> Antecedent:
    """The resolution of `speaker`, a pronoun or a description, in sentence and paragraph `here`."""
    want = PRONOUNS[speaker.pronoun] if speaker.pronoun else None
    ranked = rank_antecedents(want, index, recent, here)
    if not ranked:
        return Antecedent()
    best = ranked[0][1]
    margin = ranked[1][0] / ranked[0][0] if len(ranked) > 1 and ranked[0][0] > 0 else 0.0
    role = next((m.how for m in reversed(recent) if m.name == best), "")
    return Antecedent(margin, role)
