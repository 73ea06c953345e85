"""A lone speaking word that opens one organisation's name: "Meridian said" of Meridian Health Partners."""

from __future__ import annotations

from briefings.analysis.common.kinds import kind_by_lists
from briefings.analysis.common.names import name_key
from briefings.analysis.speech.name_index import NameIndex

__all__ = ["organisation_opened"]


def organisation_opened(word: str, index: NameIndex) -> str | None:
    """The one organisation the word lists make of a name the article writes opening on `word`
    ("Meridian Health Partners", "Harland Foods Inc."), the shorter forms of it aside; None when
    there are two ("Apex Holdings", "Apex Union"), or when a name ending on `word` is a person's
    ("Trump" of Donald Trump beside the Trump Organization)."""
    if " " in word:
        return None
    names = {name for _, name in index.runs}
    if any(n != word and n.split()[-1] == word and index.is_person(n) for n in names):
        return None
    opening = {
        n
        for n in names
        if len(n.split()) > 1
        and n.split()[0] == word
        and kind_by_lists(n, name_key(n).split()) == "organisation"
    }
    longest = max(opening, key=len, default=None)
    if longest is None or any(not longest.startswith(n) for n in opening):
        return None
    return longest
