"""A surname that several people of one family share: which of them a mention may mean."""

from __future__ import annotations

from typing import Final

from briefings.analysis.speech.name_index import NameIndex
from briefings.analysis.speech.speaker import Speaker

_AGE_RANKS: Final = frozenset({"younger", "elder", "older", "youngest", "eldest", "oldest"})


def one_of_a_family(sp: Speaker) -> bool:
    """ "the younger Bush", "the elder Mr. Trump": a surname that a comparison of age picks out of
    a family, which the name alone cannot tell apart."""
    return sp.definite and sp.name is not None and sp.role in _AGE_RANKS


def of_the_other_gender(surname: str, meant: str, index: NameIndex) -> list[str]:
    """The people named in full with `surname` whose gender is not that of `meant`, the one a bare
    surname was taken to mean ("Kasmierski" after Joe and Donna Kasmierski): a "he" or "she"
    after it that does not fit `meant` may be the other of them, never someone named before."""
    mine = index.gender(meant)
    if mine is None:
        return []
    others = []
    for runs in index.people_called(surname):
        full = runs[-1][1]
        if full != meant and index.gender(full) not in (mine, None):
            others.append(full)
    return others
